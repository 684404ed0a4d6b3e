// The business case as data: what the page shows and the Markdown export writes, every figure
// already written as text (in the reader's currency and locale) by the tool that made it. Built in
// the browser by src/islands/business-case/assemble.ts from saved scenarios, recalculated with
// each tool's own model; nothing here calculates or formats.
import type { ChartSpec } from '../shared/chart-spec.ts';

/** One labelled figure: an input or a headline result, as the tool's page writes it. */
export interface CaseRow {
  label: string;
  value: string;
  /** A short line the tool shows under a result (a convention or a comparison). */
  note?: string;
  /** One of the one or two numbers the tool is about: the summary quotes these. */
  emphasis?: boolean;
}

/** A table with its cells already written: a chart's numbers, or a table the tool shows. */
export interface CaseTable {
  /** Stable id, unique inside its section. */
  id: string;
  title: string;
  /** Column headers; the first column holds the row headers. */
  head: string[];
  rows: string[][];
}

/**
 * A scenario's range of outcomes (the ROI tool's): its risk adjustments, the ranges it gives and the
 * simulation's summary, or a note that it gives single values.
 */
export interface CaseRange {
  title: string;
  /** Sentences under the title: what the figures are and how they were drawn. */
  notes: string[];
  /** For the summary: the simulated P10 to P90 of the headline figure; absent when there is no range. */
  headline?: string;
  /** Tables with their cells written: risk adjustments, the ranges, the percentiles, the chances. */
  tables: CaseTable[];
  /** Charts drawn with their tables: `chartTables[i]` holds `charts[i]`'s numbers. */
  charts: ChartSpec[];
  chartTables: CaseTable[];
}

/** One chosen scenario of one tool. */
export interface CaseSection {
  /** Unique in the document: `<tool>-<n>`. */
  id: string;
  /** The tool's id, e.g. "clv". */
  tool: string;
  /** The tool's title, e.g. "Customer lifetime value". */
  toolTitle: string;
  /** The scenario's name as saved. */
  scenario: string;
  /** Link to the tool's page. */
  href: string;
  inputs: CaseRow[];
  results: CaseRow[];
  /** The tool's charts, drawn on the page (each with its table) and written as tables in Markdown. */
  charts: ChartSpec[];
  /** Each chart's numbers as a table, in the order of `charts`, then the tool's own tables. */
  tables: CaseTable[];
  /** The range of outcomes, for a tool that has one (ROI). */
  range?: CaseRange;
  /** What the tool computes, in one sentence, and where its full method is. */
  method: { summary: string; href: string };
  /** The currency of its amounts when it is not the document's: the one its scenario was saved in. */
  currency?: string;
}

/** One statistic with its short citation, as a failure pattern's page shows it. */
export interface CaseStat {
  value: string;
  claim: string;
  /** The short citation, e.g. "Bain & Company, reported by Jeannie Walters, 2018". */
  cite: string;
  /** The source's id (content/sources/), to list its full citation once. */
  source: string;
  /** Its language when it is not the page's (a statistic not yet translated). */
  lang?: string;
}

/** One chosen failure pattern and its evidence (studies and surveys only, as on its page). */
export interface CaseEvidence {
  id: string;
  title: string;
  summary: string;
  href: string;
  stats: CaseStat[];
  /** Its language when it is not the page's (a pattern not yet translated). */
  lang?: string;
}

/** A source the evidence cites, with its full citation line. */
export interface CaseSource {
  id: string;
  citation: string;
}

/** The whole document. */
export interface CaseDocument {
  /** The date it was made, already written in the reader's locale. */
  date: string;
  /** The summary's lines: each section's headline results, in section order. */
  summary: { section: string; text: string }[];
  sections: CaseSection[];
  evidence: CaseEvidence[];
  /** Every source the evidence cites, each once, in the order first cited. */
  sources: CaseSource[];
}

/** The sources cited by `evidence`, each once, in the order first cited; ids not in `all` are left out. */
export function citedSources(evidence: readonly CaseEvidence[], all: Readonly<Record<string, string>>): CaseSource[] {
  const ids = [...new Set(evidence.flatMap((e) => e.stats.map((s) => s.source)))];
  return ids.filter((id) => id in all).map((id) => ({ id, citation: all[id]! }));
}

/** The chart's numbers as a table: a row per category, a column per series (a range's end, as its bar reaches it). */
export function chartTable(spec: ChartSpec, format: (values: readonly number[]) => (value: number) => string): CaseTable {
  const end = (v: number | [number, number] | undefined) => (Array.isArray(v) ? v[1] : v);
  const columns = spec.series.map((s) => format(s.values.map(end).filter((n): n is number => n !== undefined)));
  return {
    id: spec.id,
    title: spec.title,
    head: [spec.categoryTitle, ...spec.series.map((s) => s.label)],
    rows: spec.categories.map((c, i) => [
      c,
      ...spec.series.map((s, j) => {
        const n = end(s.values[i]);
        return n === undefined ? '' : columns[j]!(n);
      }),
    ]),
  };
}
