// The survey import off the page's thread: decodes the file, inspects its first rows, then streams
// every row through the aggregator when asked, posting rows read. PapaParse loads only here. The
// file stays in this worker's memory; nothing is sent anywhere. Cancelling terminates the worker.
// Refusals go back as codes (the page words them); what the tallies hold is in the page's words.
import { decodeSurvey, fileProblem, type SurveyEncoding } from '../../calculators/survey/decode.ts';
import { analyse, inspect, type Inspection } from '../../calculators/survey/read.ts';
import type { SurveyWorkerWords } from '../../calculators/survey/words.ts';
import type { FromWorker, ToWorker } from './survey-messages.ts';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const post = (m: FromWorker) => scope.postMessage(m);

let text = '';
let inspection: Inspection | undefined;
let words: SurveyWorkerWords | undefined;

async function load(message: Extract<ToWorker, { type: 'load' }>): Promise<void> {
  inspection = undefined;
  words = message.words;
  let encoding: SurveyEncoding | 'pasted' = 'pasted';
  if ('file' in message) {
    const bytes = new Uint8Array(await message.file.arrayBuffer());
    const problem = fileProblem(bytes);
    if (problem) return post({ type: 'error', problem });
    ({ text, encoding } = decodeSurvey(bytes));
  } else text = message.text;
  if (text.trim() === '') return post({ type: 'error', problem: 'empty' });
  inspection = inspect(text, words);
  if (inspection.noResponses) return post({ type: 'error', problem: 'noResponses' });
  post({ type: 'inspected', inspection, encoding });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'load') {
    load(message).catch((error: unknown) => post({ type: 'error', problem: 'unreadable', detail: String(error) }));
    return;
  }
  if (!inspection) return;
  const tallies = analyse(text, inspection, message.mapping, (rowsRead) => post({ type: 'progress', rowsRead }), words);
  post({ type: 'done', tallies, rowsRead: tallies.used + tallies.excluded + tallies.blank + inspection.header.headerRows });
};
