// A whole import, text to tallies, with PapaParse (a streaming CSV parser): first `inspect` reads
// the first rows to find the separator, the format, the header and a first mapping; then `analyse`
// streams every row through the aggregator in chunks, reporting rows read. The worker
// (src/islands/survey/survey-worker.ts) runs both off the page's thread; tests run them directly.
import Papa from 'papaparse';
import { isBlankRow, SurveyAggregator, type SurveyTallies } from './aggregate.ts';
import { detectColumns, type ColumnMapping } from './columns.ts';
import { dateOrder, type DateOrder } from './dates.ts';
import { detectHeader, type SurveyHeader } from './headers.ts';
import { NO_RESPONSES, SURVEY_WORKER_WORDS, type SurveyWorkerWords } from './words.ts';

/** Rows read to find the header and the first mapping. */
export const SAMPLE_ROWS = 500;

/** What the first rows of a file say about it. */
export interface Inspection {
  header: SurveyHeader;
  /** The separator found: ",", ";" or a tab. */
  delimiter: string;
  /** First guess at what each column holds. */
  mapping: ColumnMapping;
  /** How the date column writes non-ISO dates (month first unless a first part is above 12). */
  dateOrder: DateOrder;
  /** True when the sample holds no row after the header. */
  noResponses: boolean;
}

/** The message for a file with a header and no responses, in the default language (the page words it from `survey.noResponses`). */
export const NO_RESPONSES_MESSAGE = NO_RESPONSES;

/** Reads the first rows of `text` (a CSV or TSV export); `words` name a column the file leaves unnamed. */
export function inspect(text: string, words: Pick<SurveyWorkerWords, 'columnNumber'> = SURVEY_WORKER_WORDS): Inspection {
  const parsed = Papa.parse<string[]>(text, { preview: SAMPLE_ROWS + 3, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const rows = parsed.data;
  const header = detectHeader(rows.slice(0, 3), words);
  const sample = rows.slice(header.headerRows);
  const mapping = detectColumns(header.labels, sample);
  const order = mapping.date === undefined ? 'mdy' : dateOrder(sample.map((r) => r[mapping.date!] ?? ''));
  return { header, delimiter: parsed.meta.delimiter, mapping, dateOrder: order, noResponses: sample.length === 0 };
}

/** Bytes of text parsed per chunk; progress is reported once per chunk. */
export const CHUNK_CHARS = 1 << 20;

/**
 * Streams every row of `text` through the aggregator; `onProgress` gets the rows read after each
 * chunk; `words` give the reasons of excluded rows and the blank and overflow segments' names.
 */
export function analyse(
  text: string,
  inspection: Pick<Inspection, 'header' | 'delimiter' | 'dateOrder'>,
  mapping: ColumnMapping,
  onProgress: (rowsRead: number) => void = () => {},
  words: SurveyWorkerWords = SURVEY_WORKER_WORDS,
): SurveyTallies {
  const aggregator = new SurveyAggregator(mapping, inspection.header.headerRows, inspection.dateOrder, words);
  let skip = inspection.header.headerRows;
  // Blank rows wait until a row follows them: they count (and keep row numbers right) inside the
  // file, while the empty row after a file's final line break is not a row at all.
  const blanks: string[][] = [];
  // PapaParse streams a string in chunks too (its StringStreamer), though its types only declare
  // `chunk` for files: the config is typed here and passed as a plain ParseConfig.
  const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (results: Papa.ParseResult<string[]>) => void } = {
    delimiter: inspection.delimiter,
    chunkSize: CHUNK_CHARS,
    chunk: (results) => {
      for (const row of results.data) {
        if (skip > 0) skip--;
        else if (isBlankRow(row)) blanks.push(row);
        else {
          if (blanks.length > 0) for (const blank of blanks.splice(0)) aggregator.addRow(blank);
          aggregator.addFilledRow(row);
        }
      }
      onProgress(aggregator.rowsRead);
    },
  };
  Papa.parse<string[]>(text, config);
  return aggregator.result();
}
