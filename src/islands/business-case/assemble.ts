// Assembling the business case from saved scenarios: each chosen scenario is recalculated with
// its tool's own model and written with its tool's own words (the definitions its page uses), so
// no stored result is ever trusted and every figure reads as the tool's page shows it for the same
// inputs, currency and locale. Pure apart from those definitions: no DOM, no storage (./read-saved.ts reads the scenarios).
import {
  chartTable,
  citedSources,
  type CaseDocument,
  type CaseRange,
  type CaseSection,
  type CaseStat,
  type CaseTable,
} from '../../calculators/business-case/document.ts';
import type { CaseWords } from '../../calculators/business-case/words.ts';
import type { ChartUnit } from '../../calculators/shared/chart-spec.ts';
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import type { InputValue, MessageStyle } from '../../lib/browser/inputs.ts';
import type { Scenario } from '../../lib/browser/scenarios.ts';
import { formatInput } from '../../shared/format.ts';
import { makeFormatters, type Formatters } from '../calculator/formatters.ts';
import type { CalculatorContent } from '../calculator/types.ts';
import type { AnyDefinition, CaseDefinitions, CaseToolId } from './case-views.ts';

/** What the page knows about one tool (from content/tools/<id>.mdx and the site config). */
export interface CaseToolInfo {
  id: CaseToolId;
  title: string;
  /** The tool's one-sentence summary: the document's method line. */
  summary: string;
  /** The tool's page and its method section, with the base path. */
  href: string;
  methodHref: string;
  content: CalculatorContent;
}

/** One failure pattern the case can address, with its evidence. */
export interface CasePatternInfo {
  id: string;
  title: string;
  summary: string;
  href: string;
  stats: CaseStat[];
  /** Its language when it is not the page's (a pattern not yet translated). */
  lang?: string;
}

/** One chosen scenario. */
export interface CasePick {
  tool: CaseToolId;
  scenario: Scenario;
}

/** A section's recalculated view: what a tool's range of outcomes is worked out from. */
export interface SectionView {
  input: Readonly<Record<string, InputValue>>;
  result: unknown;
  fmt: Formatters;
  labels: Record<string, string>;
}

/** What a tool adds to its section beyond its page's definition (ROI: its range of outcomes). */
export type CaseRangeOf = (view: SectionView) => CaseRange;

export const labelsOf = (content: CalculatorContent) => Object.fromEntries(Object.entries(content.fields).map(([k, f]) => [k, f.label]));

/** The formatter of one table column of a chart, by the chart's unit (as the tool's own chart tables write it). */
const columnFormat = (fmt: Formatters, unit: ChartUnit) =>
  ({
    money: fmt.moneyColumn,
    percent: () => (v: number) => fmt.share(v),
    count: () => (v: number) => fmt.number(v),
  })[unit];

/** The business case's words a section and the summary need (`businessCase.*`). */
export type SectionWords = Pick<CaseWords, 'summaryLine' | 'line' | 'lines'>;

/** How many lines a text input has, in words. */
const lineCount = (n: number, fmt: Formatters, words: SectionWords | undefined) =>
  words ? countWords(n, words.line, words.lines, fmt.number, 0) : fmt.count(n, 'line', 0);

/** The inputs that matter for these values, written as the tool's form and scenario table write them. */
function inputRows(
  def: AnyDefinition,
  values: Readonly<Record<string, InputValue>>,
  labels: Record<string, string>,
  fmt: Formatters,
  words: SectionWords | undefined,
) {
  const specs = fieldSpecs(def.form.fields);
  const raw = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? formatInput(v, fmt.style.locale) : v]));
  const groups = def.groups ?? [{ legend: '', keys: specs.map((s) => s.key) }];
  return specs
    .filter((spec) => groups.some((g) => g.keys.includes(spec.key) && (!g.when || g.when(raw))))
    .map((spec) => {
      const v = values[spec.key] ?? '';
      const value =
        typeof v === 'number'
          ? fmt.unit(v, spec.unit)
          : spec.kind === 'choice'
            ? (def.choices?.[spec.key]?.[v] ?? v)
            : lineCount(v.split('\n').filter((line) => line.trim()).length, fmt, words);
      return { label: labels[spec.key] ?? spec.key, value };
    });
}

/** One chosen scenario as a section of the document. */
export function caseSection(
  def: AnyDefinition,
  tool: CaseToolInfo,
  scenario: Scenario,
  /** The currency and locale, with the page's calculator words for units ("5 Jahre"). */
  style: MessageStyle,
  index: number,
  range?: CaseRangeOf,
  words?: SectionWords,
): CaseSection {
  const fmt = makeFormatters(style);
  const labels = labelsOf(tool.content);
  const input = scenario.values;
  const view = { input, result: def.calculate(input), fmt, labels };
  const charts = def.charts(view);
  const own: CaseTable[] = (def.tables?.(view) ?? []).map((t) => ({ id: t.id, title: t.title, head: t.head, rows: t.rows }));
  return {
    id: `${tool.id}-${index + 1}`,
    tool: tool.id,
    toolTitle: tool.title,
    scenario: scenario.name,
    href: tool.href,
    inputs: inputRows(def, input, labels, fmt, words),
    results: def
      .results(view)
      .map((r) => ({ label: r.label, value: r.value, ...(r.note ? { note: r.note } : {}), ...(r.emphasis ? { emphasis: true } : {}) })),
    charts,
    tables: [...charts.map((c) => chartTable(c, columnFormat(fmt, c.unit))), ...own],
    ...(range ? { range: range(view) } : {}),
    method: { summary: tool.summary, href: tool.methodHref },
  };
}

/** The summary line's shape when no words are given (`businessCase.summaryLine` of the default language). */
const SUMMARY_LINE = '“{scenario}”: {results}.';

/** The headline of a section for the summary: its emphasised results (the first result when none is). */
function headline(section: CaseSection, line: string): string {
  const shown = section.results.filter((r) => r.emphasis);
  const lines = (shown.length ? shown : section.results.slice(0, 1)).map((r) => `${r.label} ${r.value}`);
  if (section.range?.headline) lines.push(section.range.headline);
  return fillWords(line, { scenario: section.scenario, results: lines.join('; ') });
}

/**
 * The whole document: a section per chosen scenario (in the order given), the chosen patterns'
 * evidence, and the sources that evidence cites. `date` is already written in the reader's locale.
 */
export function assembleCase(options: {
  /** Every tool's definition (loadDefinitions in ./case-tools.ts). */
  definitions: CaseDefinitions;
  /** What some tools add to their sections (CASE_RANGES in ./case-tools.ts); none when absent. */
  ranges?: Partial<Record<CaseToolId, CaseRangeOf>>;
  picks: readonly CasePick[];
  tools: readonly CaseToolInfo[];
  patterns: readonly CasePatternInfo[];
  sources: Readonly<Record<string, string>>;
  style: MessageStyle;
  date: string;
  /** The business case's words in the page's language: the summary line's shape, text inputs' line counts. */
  words?: SectionWords;
}): CaseDocument {
  const { definitions, ranges = {}, picks, tools, patterns, sources, style, date, words } = options;
  const sections: CaseSection[] = [];
  const summary: CaseDocument['summary'] = [];
  picks.forEach((pick, i) => {
    const tool = tools.find((t) => t.id === pick.tool);
    if (!tool) return;
    // Each scenario's amounts in the currency it was saved in; the reader's choice for one saved without it.
    const own = pick.scenario.currency && tool.content.currencies.includes(pick.scenario.currency) ? pick.scenario.currency : undefined;
    const section = caseSection(
      definitions[tool.id],
      tool,
      pick.scenario,
      own ? { ...style, currency: own } : style,
      i,
      ranges[tool.id],
      words,
    );
    sections.push(own && own !== style.currency ? { ...section, currency: own } : section);
    summary.push({ section: tool.title, text: headline(section, words?.summaryLine ?? SUMMARY_LINE) });
  });
  const evidence = patterns.map((p) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    href: p.href,
    stats: p.stats,
    ...(p.lang ? { lang: p.lang } : {}),
  }));
  return { date, summary, sections, evidence, sources: citedSources(evidence, sources) };
}
