// The verdict in words a manager can repeat in a meeting. Sentences are English; numbers are
// formatted for the site's locale.
import { formatFixed, formatNumber } from '../../shared/format.ts';
import { MIN_RESPONSES, SIGNIFICANCE, type NpsEstimate, type SurveyComparison } from './estimate.ts';

/** Below this p-value (0-1) noise is merely possible; at or above it, the change "could easily be noise". */
export const EASILY_NOISE = 0.2;

const number = (x: number, locale: string, digits = 1) => formatNumber(x, locale, digits);

/**
 * A p-value (0-1) as printed: "p < 0.001", "p = 0.012", "p = 0.79"; never rounded across 0.05.
 * `significant` says whether the verdict calls the change real: a p-value a hair under 0.05 whose
 * interval (with z = 1.96, not 1.95996…) still touches 0 is printed "p = 0.050", not "p < 0.05".
 */
export function formatP(p: number, locale = 'en', significant = p < SIGNIFICANCE): string {
  if (p < 0.001) return `p < ${number(0.001, locale, 3)}`;
  const digits = p < 0.1 ? 3 : 2;
  const shown = Math.round(p * 10 ** digits) / 10 ** digits;
  if (significant && p < SIGNIFICANCE && shown >= SIGNIFICANCE) return `p < ${number(SIGNIFICANCE, locale, 2)}`;
  return `p = ${formatFixed(shown, locale, digits)}`;
}

/** "a" or "an" before a number of points as read aloud in English ("an 8-point", "an 11-point", "a 1-point"). */
function article(shown: string): 'a' | 'an' {
  const whole = shown.split(/[^\d]/)[0] ?? '';
  return /^(8|11|18|8\d)$/.test(whole) ? 'an' : 'a';
}

/** The comparison in words: a one-sentence headline and a sentence on the range of the true change. */
export interface ComparisonWords {
  /** E.g. "A 1-point rise from 67 to 68 with 500 responses in each survey could easily be noise (p = 0.79)." */
  headline: string;
  /** E.g. "Allowing for sampling noise, the true change is probably between -6.3 and +8.3 points." */
  detail: string;
}

/** The p-value of a comparison as printed, agreeing with its verdict. */
export const comparisonP = (c: SurveyComparison, locale = 'en'): string => formatP(c.p, locale, c.verdict === 'likely-real');

/** "the previous survey needs 20 more", "the previous survey needs 20 more and the current survey 29 more". */
function needsInWords(c: SurveyComparison, locale: string): string {
  const more = (x: number) => `${number(x, locale, 0)} more`;
  const { previous, current } = c.moreNeeded;
  if (previous > 0 && current > 0) return `the previous survey needs ${more(previous)} and the current survey ${more(current)}`;
  return previous > 0 ? `the previous survey needs ${more(previous)}` : `the current survey needs ${more(current)}`;
}

/** Puts a comparison of two surveys into words, with numbers formatted for `locale`. */
export function describeComparison(previous: NpsEstimate, current: NpsEstimate, c: SurveyComparison, locale = 'en'): ComparisonWords {
  const from = number(previous.score, locale);
  const to = number(current.score, locale);
  const sizes =
    previous.responses === current.responses
      ? `${number(previous.responses, locale, 0)} ${previous.responses === 1 ? 'response' : 'responses'} in each survey`
      : `${number(previous.responses, locale, 0)} and ${number(current.responses, locale, 0)} responses`;
  const signed = (x: number) => (x > 0 ? '+' : '') + number(x, locale);
  const range = `between ${signed(c.low)} and ${signed(c.high)} points`;
  if (c.verdict === 'too-small')
    return {
      headline:
        `With ${sizes}, the sample is too small to judge a change: each survey needs at least ${number(MIN_RESPONSES, locale, 0)} responses, ` +
        `so ${needsInWords(c, locale)}.`,
      detail: `Until then the change's 95% interval, ${range}, is only a rough guide.`,
    };
  const p = comparisonP(c, locale);
  const detail = `Allowing for sampling noise, the true change is probably ${range} (95% interval).`;
  if (c.difference === 0) return { headline: `Both surveys score ${from} (${sizes}), so there is no change to explain (${p}).`, detail };
  const direction = c.difference > 0 ? 'rise' : 'fall';
  const size = number(Math.abs(c.difference), locale);
  const change =
    size === number(0, locale)
      ? `A tiny ${direction} (under 0.1 points)`
      : `${article(size) === 'an' ? 'An' : 'A'} ${size}-point ${direction}`;
  const verdict =
    c.verdict === 'likely-real' ? 'is likely a real change' : c.p >= EASILY_NOISE ? 'could easily be noise' : 'could be noise';
  const more = verdict === 'could be noise' ? '; more responses would settle it' : '';
  return { headline: `${change} from ${from} to ${to} with ${sizes} ${verdict} (${p})${more}.`, detail };
}

/** One survey's score in words, e.g. "68 (95% interval 63.3 to 72.8, from 500 responses)". */
export function describeEstimate(e: NpsEstimate, locale = 'en'): string {
  const n = `${number(e.responses, locale, 0)} ${e.responses === 1 ? 'response' : 'responses'}`;
  return `${number(e.score, locale)} (95% interval ${number(e.low, locale)} to ${number(e.high, locale)}, from ${n})`;
}
