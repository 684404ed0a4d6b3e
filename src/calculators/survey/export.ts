// The results as rows for a CSV export (every figure with its unit) and as JSON.
import type { GroupScores } from './results.ts';
import { SURVEY_WORDS, type SurveyWords } from './words.ts';

/** One view of the results: its title and its groups (overall, segments or periods). */
export interface ResultView {
  /** E.g. "All responses", "By Region", "By month". */
  title: string;
  groups: readonly GroupScores[];
}

/** The export's words (`survey.csv*`). */
export type CsvWords = Pick<
  SurveyWords,
  | 'csvView'
  | 'csvGroup'
  | 'csvMeasure'
  | 'csvValue'
  | 'csvLow'
  | 'csvHigh'
  | 'csvUnit'
  | 'csvAnswers'
  | 'csvResponses'
  | 'csvNps'
  | 'csvCsat'
  | 'csvCesShare'
  | 'csvCesMean'
  | 'csvUnitResponses'
  | 'csvUnitNps'
  | 'csvUnitScale'
>;

/** Header row of the CSV export in `w`. */
export const csvHeaderIn = (w: CsvWords): string[] => [
  w.csvView,
  w.csvGroup,
  w.csvMeasure,
  w.csvValue,
  w.csvLow,
  w.csvHigh,
  w.csvUnit,
  w.csvAnswers,
];

type Row = [string, string, string, number | null, number | null, number | null, string, number];

/**
 * Rows of the CSV export in `w`: one per view, group and measure, rounded as docs/methods/README.md
 * says (points and scale points 1 decimal, percentages 2). Numbers stay numbers: the file is for
 * other programs, whatever the page's language.
 */
export function csvRowsIn(views: readonly ResultView[], w: CsvWords): Row[] {
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const rows: Row[] = [];
  for (const view of views)
    for (const g of view.groups) {
      rows.push([view.title, g.name, w.csvResponses, g.responses, null, null, w.csvUnitResponses, g.responses]);
      if (g.nps) rows.push([view.title, g.name, w.csvNps, r1(g.nps.score), r1(g.nps.low), r1(g.nps.high), w.csvUnitNps, g.nps.responses]);
      if (g.csat) rows.push([view.title, g.name, w.csvCsat, r2(g.csat.score), r2(g.csat.low), r2(g.csat.high), '%', g.csat.responses]);
      if (g.cesShare)
        rows.push([
          view.title,
          g.name,
          w.csvCesShare,
          r2(g.cesShare.score),
          r2(g.cesShare.low),
          r2(g.cesShare.high),
          '%',
          g.cesShare.responses,
        ]);
      if (g.cesMean)
        rows.push([
          view.title,
          g.name,
          w.csvCesMean,
          r2(g.cesMean.mean),
          r2(g.cesMean.low),
          r2(g.cesMean.high),
          w.csvUnitScale,
          g.cesMean.responses,
        ]);
    }
  return rows;
}

/** Rows of the CSV export in the default language. */
export const csvRows = (views: readonly ResultView[]): Row[] => csvRowsIn(views, SURVEY_WORDS);
