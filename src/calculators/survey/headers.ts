// Which platform wrote an export, how many header rows it has, and one label per column.
// Qualtrics: three rows (column ids, question text, {"ImportId":…}); SurveyMonkey: two (the
// question, then the answer option under it, the question left blank over its later options);
// Typeform and Google Forms: one row, with "Submitted At" or "Timestamp"; anything else: one row.
// The page names the formats in its language (`survey.format*` of the strings files).
import { fillWords } from '../shared/words.ts';
import { SURVEY_WORKER_WORDS, type SurveyWorkerWords } from './words.ts';

/** The export formats the tool recognises. */
export type SurveyFormat = 'qualtrics' | 'surveymonkey' | 'typeform' | 'google-forms' | 'plain';

/** The header of an export. */
export interface SurveyHeader {
  format: SurveyFormat;
  /** Rows before the first response, in rows. */
  headerRows: number;
  /** One label per column (the widest header row's width), never empty: "Column 7" (in the words given) when the file names none. */
  labels: string[];
}

const has = (row: readonly string[] | undefined, test: RegExp) => (row ?? []).some((c) => test.test(c.trim()));

/** Names the format of an export from its first rows (each a list of cells); `words` name a column the file leaves unnamed. */
export function detectHeader(
  rows: readonly (readonly string[])[],
  words: Pick<SurveyWorkerWords, 'columnNumber'> = SURVEY_WORKER_WORDS,
): SurveyHeader {
  const [first = [], second, third] = rows;
  let format: SurveyFormat = 'plain';
  let headerRows = 1;
  if (has(third, /^\{"ImportId"/i)) [format, headerRows] = ['qualtrics', 3];
  else if (has(first, /^Respondent ID$/i) && has(second, /^(Response|Open-Ended Response)$/i)) [format, headerRows] = ['surveymonkey', 2];
  else if (has(first, /^Submitted At$/i)) format = 'typeform';
  else if (/^Timestamp$/i.test((first[0] ?? '').trim())) format = 'google-forms';
  const width = Math.max(0, ...rows.slice(0, headerRows).map((r) => r.length));
  const labels: string[] = [];
  let question = '';
  for (let i = 0; i < width; i++) {
    const top = (first[i] ?? '').trim();
    let label = top;
    if (format === 'qualtrics') label = (second?.[i] ?? '').trim() || top;
    if (format === 'surveymonkey') {
      question = top || question;
      const option = (second?.[i] ?? '').trim();
      label = /^(Response|Open-Ended Response|)$/i.test(option) ? question : `${question} - ${option}`;
    }
    labels.push(label || fillWords(words.columnNumber, { number: i + 1 }));
  }
  return { format, headerRows, labels };
}

/** A short hash of a file's column labels (FNV-1a, 8 hex digits): the key its mapping is remembered under. */
export function headerHash(labels: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of labels.join('\u0001')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
