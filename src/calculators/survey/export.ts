// The results as rows for a CSV export (every figure with its unit) and as JSON.
import type { GroupScores } from './results.ts';

/** One view of the results: its title and its groups (overall, segments or periods). */
export interface ResultView {
  /** E.g. "All responses", "By Region", "By month". */
  title: string;
  groups: readonly GroupScores[];
}

/** Header row of the CSV export. */
export const CSV_HEADER = ['View', 'Group', 'Measure', 'Value', 'Low (95%)', 'High (95%)', 'Unit', 'Answers'] as const;

type Row = [string, string, string, number | null, number | null, number | null, string, number];

/** Rows of the CSV export: one per view, group and measure, rounded as docs/methods/README.md says (points and scale points 1 decimal, percentages 2). */
export function csvRows(views: readonly ResultView[]): Row[] {
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const rows: Row[] = [];
  for (const view of views)
    for (const g of view.groups) {
      rows.push([view.title, g.name, 'Responses used', g.responses, null, null, 'responses', g.responses]);
      if (g.nps) rows.push([view.title, g.name, 'NPS', r1(g.nps.score), r1(g.nps.low), r1(g.nps.high), 'NPS points', g.nps.responses]);
      if (g.csat)
        rows.push([view.title, g.name, 'CSAT (4-5 of 1-5)', r2(g.csat.score), r2(g.csat.low), r2(g.csat.high), '%', g.csat.responses]);
      if (g.cesShare)
        rows.push([
          view.title,
          g.name,
          'CES (5-7 of 1-7)',
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
          'CES mean (1-7)',
          r2(g.cesMean.mean),
          r2(g.cesMean.low),
          r2(g.cesMean.high),
          'scale points',
          g.cesMean.responses,
        ]);
    }
  return rows;
}
