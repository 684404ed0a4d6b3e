// A pasted column of 1-7 effort answers read into counts. Runs in the browser; nothing is sent anywhere.
// Messages are in a language's words (`tools.effort.*`; `parseEffortColumnIn`), or the default language's.
import { fillWords } from '../shared/words.ts';
import { EFFORT_WORDS, type EffortWords } from './words.ts';

/** A pasted column read into counts of each answer, or every line that is not an answer. */
export type EffortParse =
  | { ok: true; /** Answers of each value 1..7 (index 0 = answer 1), in responses. */ counts: number[] }
  | { ok: false; errors: { line: number; message: string }[] };

const ANSWER = /^(\d+)(?:[.,]0+)?$/;
const MAX_SHOWN = 24;

/** How a bad line is quoted in a message: trimmed, and cut short when long. */
const quote = (text: string) => JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

/**
 * Reads a pasted column of effort answers: one whole answer from 1 to 7 per line (`5.0` also
 * accepted, as spreadsheets export it), surrounding spaces and blank lines ignored.
 */
export function parseEffortColumnIn(w: EffortWords, text: string): EffortParse {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const m = ANSWER.exec(line);
    const answer = m ? Number(m[1]) : NaN;
    if (answer >= 1 && answer <= 7) counts[answer - 1]! += 1;
    else errors.push({ line: i + 1, message: fillWords(w.badAnswer, { line: i + 1, text: quote(line) }) });
  });
  return errors.length ? { ok: false, errors } : { ok: true, counts };
}

/** `parseEffortColumnIn` with the default language's messages. */
export const parseEffortColumn = (text: string): EffortParse => parseEffortColumnIn(EFFORT_WORDS, text);
