// The drivers' quadrant chart as data: each rating's importance (its rank correlation with the
// likelihood to recommend, with the 95% interval) across, its performance up. Ratings sit on
// different scales (0-10, 1-5, 1-7), so performance is placed as a percentage of the rating's own
// scale (0 = its lowest answer, 100 = its highest). The quadrant lines cross at the mean importance
// and the mean performance of the ratings drawn, so "high" and "low" are relative to the others:
// a rating right of the line and below it matters more than most and scores worse than most.
import type { CorrelationEstimate, MeanEstimate } from '../nps/scale-estimates.ts';
import { fillWords } from '../shared/words.ts';
import { SURVEY_WORDS, type SurveyWords } from './words.ts';

/** One rating as the drivers table lists it. */
export interface DriverRow {
  /** The column's heading. */
  label: string;
  importance: CorrelationEstimate | undefined;
  performance: MeanEstimate | undefined;
  /** The rating's scale, in scale points. */
  min: number;
  max: number;
}

/** One point of the chart. */
export interface QuadrantPoint {
  label: string;
  /** Rank correlation, -1 to 1, with its 95% interval. */
  importance: number;
  low: number;
  high: number;
  /** The mean as a percentage of the rating's scale, 0-100. */
  performance: number;
  /** Which quadrant it falls in. */
  quadrant: Quadrant;
}

/** The four quadrants, named for what they ask of the reader. */
export type Quadrant = 'fix first' | 'keep up' | 'possible overkill' | 'lower priority';

/** What the chart draws and says. */
export interface QuadrantChart {
  points: QuadrantPoint[];
  /** Where the lines cross: the mean importance and the mean performance (%) of the points. */
  importanceLine: number;
  performanceLine: number;
  /** Read out in place of the picture. */
  summary: string;
  /** Ratings left out for want of an importance or a performance. */
  omitted: string[];
}

/** A mean as a percentage of its scale: 0 at `min`, 100 at `max`. */
export const percentOfScale = (mean: number, min: number, max: number): number => ((mean - min) / (max - min)) * 100;

/** How close to a line counts as on it: a mean of three tenths is 0.4000000000000001, not 0.4, in floating point. */
const ON_LINE = 1e-9;

/** Right of the vertical line is more important than most; above the horizontal line performs better than most (on a line counts as right of it or above it). */
export function quadrantOf(importance: number, performance: number, importanceLine: number, performanceLine: number): Quadrant {
  const important = importance >= importanceLine - ON_LINE;
  const good = performance >= performanceLine - ON_LINE;
  return important ? (good ? 'keep up' : 'fix first') : good ? 'possible overkill' : 'lower priority';
}

/** The summary's words (`survey.quadrant*`). */
export type QuadrantWords = Pick<
  SurveyWords,
  'quadrantNone' | 'quadrantRating' | 'quadrantRatings' | 'quadrantSummary' | 'quadrantFix' | 'quadrantNoFix'
>;

/** The quadrant chart of `rows`; `format` writes a number for the summary, in `words`. */
export function quadrantChartIn(rows: readonly DriverRow[], format: (x: number) => string, words: QuadrantWords): QuadrantChart {
  const drawn = rows.filter((r) => r.importance && r.performance);
  const omitted = rows.filter((r) => !(r.importance && r.performance)).map((r) => r.label);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const importanceLine = mean(drawn.map((r) => r.importance!.value));
  const performanceLine = mean(drawn.map((r) => percentOfScale(r.performance!.mean, r.min, r.max)));
  const points = drawn.map((r): QuadrantPoint => {
    const performance = percentOfScale(r.performance!.mean, r.min, r.max);
    return {
      label: r.label,
      importance: r.importance!.value,
      low: r.importance!.low,
      high: r.importance!.high,
      performance,
      quadrant: quadrantOf(r.importance!.value, performance, importanceLine, performanceLine),
    };
  });
  const fix = points.filter((p) => p.quadrant === 'fix first').map((p) => p.label);
  let summary = words.quadrantNone;
  if (points.length > 0)
    summary = fillWords(words.quadrantSummary, {
      ratings: fillWords(points.length === 1 ? words.quadrantRating : words.quadrantRatings, { count: points.length }),
      importance: format(importanceLine),
      performance: format(performanceLine),
      fix: fix.length ? fillWords(words.quadrantFix, { ratings: fix.join(', ') }) : words.quadrantNoFix,
    });
  return { points, importanceLine, performanceLine, summary, omitted };
}

/** The quadrant chart in the default language. */
export const quadrantChart = (rows: readonly DriverRow[], format: (x: number) => string): QuadrantChart =>
  quadrantChartIn(rows, format, SURVEY_WORDS);
