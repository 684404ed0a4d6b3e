// The two other ways of entering a survey, turned into counts: percentages with a total (what
// survey dashboards report) and a pasted column of 0-10 scores (what a spreadsheet export holds).
// Both run in the browser; nothing is sent anywhere. Messages are in a language's words (the
// `tools.nps.*` strings; `…In(w, …)`), or the default language's (./words.ts).
import { formatNumber } from '../../shared/format.ts';
import { fillWords } from '../shared/words.ts';
import { NPS_WORDS, type NpsWords } from './words.ts';

/** Counts of one NPS survey, each a whole number of responses. */
export interface NpsCounts {
  /** Answers of 9 or 10, in responses. */
  promoters: number;
  /** Answers of 7 or 8, in responses. */
  passives: number;
  /** Answers of 0 to 6, in responses. */
  detractors: number;
}

/** How far the three percentages may add up away from 100, in percentage points (three values rounded to whole percent can be off by up to 1.5). */
export const PERCENT_SUM_TOLERANCE = 1.5;

/** Percentages of one survey, each PERCENT 0-100, with the number of responses they describe. */
export interface NpsPercentages {
  /** Promoters, PERCENT 0-100. */
  promoterPercent: number;
  /** Passives, PERCENT 0-100. */
  passivePercent: number;
  /** Detractors, PERCENT 0-100. */
  detractorPercent: number;
  /** How many people answered, in responses (a whole number). */
  total: number;
}

/** Counts rebuilt from percentages, or why they cannot be. */
export type PercentParse = { ok: true; counts: NpsCounts } | { ok: false; message: string };

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Rebuilds counts from percentages (PERCENT 0-100) and a total (responses). The percentages must
 * add up to 100 within PERCENT_SUM_TOLERANCE; they are scaled to exactly 100 and the total is
 * shared out by largest remainder, so the counts always add up to the total (ties go to
 * promoters, then passives).
 */
export function countsFromPercentagesIn(w: NpsWords, p: NpsPercentages, locale: string): PercentParse {
  const parts = [p.promoterPercent, p.passivePercent, p.detractorPercent];
  const sum = parts[0]! + parts[1]! + parts[2]!;
  if (Math.abs(sum - 100) > PERCENT_SUM_TOLERANCE + 1e-9)
    return {
      ok: false,
      message: fillWords(w.percentSum, {
        sum: formatNumber(round1(sum), locale, 1),
        tolerance: formatNumber(PERCENT_SUM_TOLERANCE, locale, 1),
      }),
    };
  const exact = parts.map((x) => (x / sum) * p.total);
  const counts = exact.map(Math.floor);
  let left = p.total - counts.reduce((a, b) => a + b, 0);
  const order = [0, 1, 2].sort((a, b) => exact[b]! - counts[b]! - (exact[a]! - counts[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return { ok: true, counts: { promoters: counts[0]!, passives: counts[1]!, detractors: counts[2]! } };
}

/** `countsFromPercentagesIn` with the default language's message. */
export const countsFromPercentages = (p: NpsPercentages): PercentParse => countsFromPercentagesIn(NPS_WORDS, p, 'en');

/** One line of a pasted column that is not a score. */
export interface ScoreLineError {
  /** Line number in the pasted text, counted from 1 (blank lines count). */
  line: number;
  /** The line as pasted, trimmed. */
  text: string;
  /** What is wrong, e.g. `line 7: "eleven" is not a score from 0 to 10`. */
  message: string;
}

/** A pasted column read into counts, or every line that is not a score. */
export type ScoreParse =
  | { ok: true; counts: NpsCounts; /** How many answers of each score 0..10 (index = score), in responses. */ histogram: number[] }
  | { ok: false; errors: ScoreLineError[] };

const SCORE = /^(\d+)(?:[.,]0+)?$/;
const MAX_SHOWN = 24;

/** How a bad line is quoted in a message: trimmed, and cut short when long. */
const quote = (text: string) => JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

/**
 * Reads a pasted column of NPS answers: one whole score from 0 to 10 per line (`7.0` also
 * accepted, as spreadsheets export it), surrounding spaces and blank lines ignored. Returns
 * the counts, or an error for every line that is not a score.
 */
export function parseScoreColumnIn(w: NpsWords, text: string): ScoreParse {
  const histogram = Array.from({ length: 11 }, () => 0);
  const errors: ScoreLineError[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const m = SCORE.exec(line);
    const score = m ? Number(m[1]) : NaN;
    if (Number.isInteger(score) && score >= 0 && score <= 10) histogram[score]! += 1;
    else errors.push({ line: i + 1, text: line, message: fillWords(w.badScore, { line: i + 1, text: quote(line) }) });
  });
  if (errors.length) return { ok: false, errors };
  const sum = (from: number, to: number) => histogram.slice(from, to + 1).reduce((a, b) => a + b, 0);
  return { ok: true, counts: { promoters: sum(9, 10), passives: sum(7, 8), detractors: sum(0, 6) }, histogram };
}

/** `parseScoreColumnIn` with the default language's messages. */
export const parseScoreColumn = (text: string): ScoreParse => parseScoreColumnIn(NPS_WORDS, text);
