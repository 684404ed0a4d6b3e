// The messages between the survey page and its worker (survey-worker.ts).
import type { SurveyTallies } from '../../calculators/survey/aggregate.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import type { SurveyEncoding } from '../../calculators/survey/decode.ts';
import type { Inspection } from '../../calculators/survey/read.ts';

/** From the page: read a file (or pasted text), or analyse the file read last with a mapping. */
export type ToWorker = { type: 'load'; file: Blob } | { type: 'load'; text: string } | { type: 'analyse'; mapping: ColumnMapping };

/** From the worker: a refusal, what the first rows say, progress, or the finished tallies. */
export type FromWorker =
  | { type: 'error'; message: string }
  | { type: 'inspected'; inspection: Inspection; encoding: SurveyEncoding | 'pasted' }
  | { type: 'progress'; rowsRead: number }
  | { type: 'done'; tallies: SurveyTallies; rowsRead: number };
