// Which column holds what, detected from the labels and a sample of the responses: the likelihood
// (0-10), satisfaction (1-5) and effort (1-7) scores, a date, categories to segment by, and free-text
// comments. The reader can change every choice; this is only the first guess.
import { parseDate } from './dates.ts';
import { isScaleLabel, readAnswer, SCALES, type ScaleKind } from './scales.ts';
import { NO_SCORE } from './words.ts';

/** What each column is used as; indexes are column positions from 0, undefined when none. */
export interface ColumnMapping {
  /** The 0-10 likelihood-to-recommend column. */
  nps: number | undefined;
  /** The 1-5 satisfaction column. */
  csat: number | undefined;
  /** The 1-7 effort column. */
  ces: number | undefined;
  /** The column with each response's date. */
  date: number | undefined;
  /** Columns whose values name segments (region, plan, channel). */
  segments: number[];
  /** The free-text comment column. */
  comment: number | undefined;
  /** Other rating columns (0-10, or the satisfaction and effort columns) ranked against the likelihood score. */
  drivers: number[];
}

/** Share (0-1) of filled cells that must read on a scale for a column whose label names the scale. */
export const LABELLED_FIT = 0.5;
/** Share (0-1) of filled cells that must read on a scale for a column whose label does not. */
export const UNLABELLED_FIT = 0.9;

/** Most distinct values a segment column may have in the sample. */
export const MAX_SEGMENT_VALUES = 20;

const LABEL: Record<ScaleKind | 'date' | 'comment' | 'notSegment', RegExp> = {
  nps: /recommend|likelihood|\bnps\b/i,
  csat: /satisf|\bcsat\b/i,
  ces: /effort|\beasy\b|\bease\b|\bces\b/i,
  date: /date|time|submitted|timestamp/i,
  comment: /comment|\bwhy\b|reason|feedback|suggest|tell us|anything else/i,
  notSegment: /\bid\b|e-?mail|ip address|name|latitude|longitude|token|url|duration|progress/i,
};

interface Profile {
  filled: string[];
  distinct: number;
  /**
   * Share (0-1) of filled cells that read as an answer on each scale; exact from LABELLED_FIT up,
   * 0 below it (the shares are only ever compared with LABELLED_FIT and UNLABELLED_FIT).
   */
  fits: Record<ScaleKind, number>;
  max: number;
  labelled: Record<ScaleKind, boolean>;
  dates: boolean;
  meanLength: number;
}

function profile(values: string[]): Profile {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  // Each distinct value is read once and weighed by how often it occurs: a rating column of 500
  // sampled cells holds at most 11 values, so detection costs per value, not per cell.
  const counts = new Map<string, number>();
  for (const v of filled) counts.set(v, (counts.get(v) ?? 0) + 1);
  /**
   * Filled cells that pass `test`, or -1 as soon as fewer than `floor` of them (a share 0-1) can:
   * an id or a date column stops after about half its values instead of reading them all.
   */
  const cells = (test: (v: string) => boolean, floor: number) => {
    const need = floor * filled.length;
    let n = 0;
    let left = filled.length;
    for (const [v, c] of counts) {
      if (test(v)) n += c;
      left -= c;
      if (n + left < need) return -1;
    }
    return n;
  };
  const fit = (scale: ScaleKind) => {
    const n = filled.length === 0 ? -1 : cells((v) => readAnswer(v, scale).kind === 'score', LABELLED_FIT);
    return n < 0 ? 0 : n / filled.length;
  };
  const distinct = [...counts.keys()];
  const numbers = distinct.map((v) => Number(/^\d+/.exec(v)?.[0] ?? NaN)).filter((n) => !Number.isNaN(n));
  return {
    filled,
    distinct: counts.size,
    fits: { nps: fit('nps'), csat: fit('csat'), ces: fit('ces') },
    max: Math.max(-1, ...numbers),
    labelled: {
      nps: distinct.some((v) => isScaleLabel(v, 'nps')),
      csat: distinct.some((v) => isScaleLabel(v, 'csat')),
      ces: distinct.some((v) => isScaleLabel(v, 'ces')),
    },
    dates: filled.length > 0 && cells((v) => (parseDate(v, 'mdy') ?? parseDate(v, 'dmy')) !== undefined, 0.9) >= 0.9 * filled.length,
    meanLength: filled.reduce((n, v) => n + v.length, 0) / Math.max(1, filled.length),
  };
}

/** First guess at the mapping from the column labels and sample rows (cells by column position). */
export function detectColumns(labels: readonly string[], sample: readonly (readonly string[])[]): ColumnMapping {
  const profiles = labels.map((_, i) => profile(sample.map((row) => row[i] ?? '')));
  const taken = new Set<number>();
  const pick = (test: (p: Profile, label: string) => boolean): number | undefined => {
    const i = profiles.findIndex((p, j) => !taken.has(j) && test(p, labels[j]!));
    if (i < 0) return undefined;
    taken.add(i);
    return i;
  };
  // A label naming the scale wins when at least half the filled cells read (so a column with bad
  // values is still found, and its bad rows reported); without one, 9 in 10 cells must read and
  // only values that fit no other scale decide (above 7 is a 0-10 answer; satisfaction or
  // agreement words name their scale).
  const named = (scale: ScaleKind) => (p: Profile, l: string) => p.fits[scale] >= LABELLED_FIT && LABEL[scale].test(l);
  const nps =
    pick(named('nps')) ??
    pick(
      (p, l) => p.fits.nps >= UNLABELLED_FIT && (p.max > 7 || p.labelled.nps) && p.distinct > 1 && !p.dates && !LABEL.notSegment.test(l),
    );
  const csat = pick(named('csat')) ?? pick((p) => p.fits.csat >= UNLABELLED_FIT && p.labelled.csat);
  const ces = pick(named('ces')) ?? pick((p) => p.fits.ces >= UNLABELLED_FIT && p.labelled.ces);
  const date = pick((p, l) => p.dates && LABEL.date.test(l)) ?? pick((p) => p.dates);
  const comment =
    pick((p, l) => p.filled.length > 0 && LABEL.comment.test(l) && p.fits.nps < UNLABELLED_FIT) ??
    pick((p) => p.meanLength >= 25 && p.distinct > 0.5 * p.filled.length);
  // Other ratings: whole numbers 0-10 in 9 of 10 filled cells, not an id; the satisfaction and
  // effort columns count too. They are drivers, not segments.
  const drivers = profiles
    .flatMap((p, i) => (!taken.has(i) && p.fits.nps >= UNLABELLED_FIT && p.distinct > 1 && !LABEL.notSegment.test(labels[i]!) ? [i] : []))
    .concat([csat, ces].filter((c): c is number => c !== undefined))
    .sort((a, b) => a - b);
  const segments = profiles.flatMap((p, i) =>
    !taken.has(i) &&
    !drivers.includes(i) &&
    !LABEL.notSegment.test(labels[i]!) &&
    p.distinct >= 2 &&
    p.distinct <= MAX_SEGMENT_VALUES &&
    p.distinct < p.filled.length &&
    p.meanLength < 40
      ? [i]
      : [],
  );
  return { nps, csat, ces, date, segments, comment, drivers };
}

/** Whether a mapping has at least one score column. */
export const hasScore = (m: ColumnMapping): boolean => m.nps !== undefined || m.csat !== undefined || m.ces !== undefined;

/** The message when no column holds scores, in the default language (the page words it from `survey.noScore`). */
export const NO_SCORE_MESSAGE = NO_SCORE;

/** Scale range in words for each score, for labels: "0-10". */
export const scaleName = (scale: ScaleKind): string => SCALES[scale].name;
