// The messages between the survey page and its worker (survey-worker.ts). The worker words what it
// writes into the tallies (excluded rows' reasons, unnamed columns, the blank segment) with the
// page's words sent along with the file; its refusals are codes the page words.
import type { SurveyTallies } from '../../calculators/survey/aggregate.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import type { FileProblem, SurveyEncoding } from '../../calculators/survey/decode.ts';
import type { Inspection } from '../../calculators/survey/read.ts';
import type { SurveyWorkerWords } from '../../calculators/survey/words.ts';

/** From the page: read a file (or pasted text) with the page's words, or analyse the file read last with a mapping. */
export type ToWorker =
  | { type: 'load'; file: Blob; words: SurveyWorkerWords }
  | { type: 'load'; text: string; words: SurveyWorkerWords }
  | { type: 'analyse'; mapping: ColumnMapping };

/** Why the worker refuses a file: a problem of its first bytes, a header without responses, or an error reading it (`detail`). */
export type WorkerProblem = FileProblem | 'noResponses' | 'unreadable';

/** From the worker: a refusal, what the first rows say, progress, or the finished tallies. */
export type FromWorker =
  | { type: 'error'; problem: WorkerProblem; detail?: string }
  | { type: 'inspected'; inspection: Inspection; encoding: SurveyEncoding | 'pasted' }
  | { type: 'progress'; rowsRead: number }
  | { type: 'done'; tallies: SurveyTallies; rowsRead: number };
