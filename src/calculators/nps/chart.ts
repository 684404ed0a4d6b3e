// What the chart shows, as plain data: each survey's score as a point and its 95% interval as a
// floating bar, in the shape chart.js takes (`data` of a bar chart with a point overlay), and the
// same numbers as rows of a table for readers who cannot see the chart. No chart.js import:
// colours and fonts come from the page's theme where the chart is drawn. `npsChartSpec` gives the
// same numbers in the shared calculators' ChartSpec form, which the page draws, in the page's words
// (`npsChartSpecIn`; `npsChart` and `npsTable` keep the default language's).
import type { ChartSpec } from '../shared/chart-spec.ts';
import type { NpsResult, SurveyResult } from './calculate.ts';
import { fillWords } from '../shared/words.ts';
import { describeEstimateIn } from './describe.ts';
import type { NpsEstimate } from './estimate.ts';
import type { SurveyId } from './fields.ts';
import { NPS_WORDS, type NpsWords } from './words.ts';

/** The names the chart and table give the two surveys. */
export interface SurveyNames {
  /** Name of the previous survey, e.g. "Previous survey". */
  previous: string;
  /** Name of the current survey, e.g. "Current survey". */
  current: string;
}

/** Default names of the surveys. */
export const SURVEY_NAMES: SurveyNames = { previous: 'Previous survey', current: 'Current survey' };

/** chart.js `data` for the NPS chart: one category per survey that has responses. */
export interface NpsChartData {
  /** Category labels, one per survey shown. */
  labels: string[];
  datasets: [
    /** Floating bars from the interval's low to high end, in NPS points. */
    { type: 'bar'; label: string; data: [number, number][] },
    /** The reported scores, in NPS points, drawn as points without a line. */
    { type: 'line'; label: string; data: number[]; showLine: false },
  ];
}

/** The NPS chart: data plus the value axis. */
export interface NpsChart {
  /** chart.js data. */
  data: NpsChartData;
  /** The value axis: NPS points from -100 to 100. */
  axis: { min: -100; max: 100; title: string };
}

/** A column of the table alternative. */
export interface TableColumn {
  /** Key of the value in each row. */
  key: keyof NpsTableRow;
  /** Column heading. */
  label: string;
  /** How the value is formatted: text, a count of responses, PERCENT 0-100, or NPS points. */
  unit: 'text' | 'count' | 'percent' | 'points';
}

/** One survey as a row of the table alternative. */
export interface NpsTableRow {
  /** The survey's name. */
  survey: string;
  /** All responses. */
  responses: number;
  /** Promoters, PERCENT 0-100. */
  promoters: number;
  /** Passives, PERCENT 0-100. */
  passives: number;
  /** Detractors, PERCENT 0-100. */
  detractors: number;
  /** NPS, points. */
  score: number;
  /** Lower end of the 95% interval, NPS points. */
  low: number;
  /** Upper end of the 95% interval, NPS points. */
  high: number;
}

/** The table alternative to the chart. */
export interface NpsTable {
  /** Caption saying what the table shows. */
  caption: string;
  /** Columns, in order. */
  columns: TableColumn[];
  /** One row per survey that has responses. */
  rows: NpsTableRow[];
}

/** The columns of the table alternative, in order. */
export const TABLE_COLUMNS: TableColumn[] = [
  { key: 'survey', label: 'Survey', unit: 'text' },
  { key: 'responses', label: 'Responses', unit: 'count' },
  { key: 'promoters', label: 'Promoters (%)', unit: 'percent' },
  { key: 'passives', label: 'Passives (%)', unit: 'percent' },
  { key: 'detractors', label: 'Detractors (%)', unit: 'percent' },
  { key: 'score', label: 'NPS', unit: 'points' },
  { key: 'low', label: '95% interval from', unit: 'points' },
  { key: 'high', label: '95% interval to', unit: 'points' },
];

const shown = (result: NpsResult, names: SurveyNames): [string, NpsEstimate][] =>
  (['previous', 'current'] as SurveyId[]).flatMap((id) => {
    const s: SurveyResult = result[id];
    return s.status === 'ok' ? [[names[id], s.estimate] as [string, NpsEstimate]] : [];
  });

/** The chart of both surveys' NPS with their 95% intervals (surveys without responses left out). */
export function npsChart(result: NpsResult, names: SurveyNames = SURVEY_NAMES): NpsChart {
  const surveys = shown(result, names);
  return {
    data: {
      labels: surveys.map(([name]) => name),
      datasets: [
        { type: 'bar', label: '95% interval', data: surveys.map(([, e]) => [e.low, e.high]) },
        { type: 'line', label: 'NPS', data: surveys.map(([, e]) => e.score), showLine: false },
      ],
    },
    axis: { min: -100, max: 100, title: 'NPS (points)' },
  };
}

/** The table alternative: one row per survey with responses, shares, score and interval. */
export function npsTable(result: NpsResult, names: SurveyNames = SURVEY_NAMES): NpsTable {
  return {
    caption: 'NPS of each survey with its 95% interval',
    columns: TABLE_COLUMNS,
    rows: shown(result, names).map(([survey, e]) => ({
      survey,
      responses: e.responses,
      promoters: e.promoterPercent,
      passives: e.passivePercent,
      detractors: e.detractorPercent,
      score: e.score,
      low: e.low,
      high: e.high,
    })),
  };
}

/**
 * The same chart as a shared ChartSpec (values in NPS points), in a language's words (`tools.nps.*`):
 * per survey, the score and the two ends of its 95% interval, drawn as three lines from the
 * previous to the current survey, the ends dashed, so the band between the dashed lines is the
 * interval. Each end is its own series because the shared chart's table, tooltip and CSV show one
 * number per cell (the second of a [from, to] pair), and stacked floating bars in chart.js are
 * offset by the bars below them; the summary reads both out in words.
 */
export function npsChartSpecIn(w: NpsWords, result: NpsResult, locale: string): ChartSpec {
  const surveys = shown(result, { previous: w.previousName, current: w.currentName });
  const summary = surveys.length
    ? surveys.map(([survey, e]) => fillWords(w.chartSurvey, { survey, estimate: describeEstimateIn(w, e, locale) })).join(' ')
    : w.chartEmpty;
  return {
    id: 'nps-intervals',
    title: w.chartTitle,
    summary,
    kind: 'xy',
    categoryTitle: w.colSurvey,
    categories: surveys.map(([name]) => name),
    unit: 'count',
    series: [
      { label: w.chartLow, type: 'line', values: surveys.map(([, e]) => e.low), tone: 2, dashed: true },
      { label: 'NPS', type: 'line', values: surveys.map(([, e]) => e.score), tone: 0 },
      { label: w.chartHigh, type: 'line', values: surveys.map(([, e]) => e.high), tone: 2, dashed: true },
    ],
  };
}

/** The chart in the default language's words, with the surveys named `names`. */
export const npsChartSpec = (result: NpsResult, names: SurveyNames = SURVEY_NAMES, locale = 'en'): ChartSpec =>
  npsChartSpecIn({ ...NPS_WORDS, previousName: names.previous, currentName: names.current }, result, locale);
