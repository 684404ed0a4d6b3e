// The verdict in words a manager can repeat in a meeting: sentences in a language's words (the
// `tools.nps.*` strings; `…In(w, …)`), or the default language's (./words.ts) for code without a
// page; numbers are formatted for the page's locale.
import { formatFixed, formatNumber } from '../../shared/format.ts';
import { countWords, fillWords } from '../shared/words.ts';
import { NPS_WORDS, type NpsWords } from './words.ts';
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

/** A number of responses in words ("500 responses", "1 response"), numbers for `locale`. */
export const responsesIn = (w: NpsWords, x: number, locale: string): string =>
  countWords(x, w.response, w.responses, (v, d) => number(v, locale, d), 0);

/** "the previous survey needs 20 more", "the previous survey needs 20 more and the current survey 29 more". */
function needsInWords(w: NpsWords, c: SurveyComparison, locale: string): string {
  const { previous, current } = c.moreNeeded;
  const values = { previous: number(previous, locale, 0), current: number(current, locale, 0) };
  return fillWords(previous > 0 && current > 0 ? w.needsEach : previous > 0 ? w.needsPrevious : w.needsCurrent, values);
}

/** Puts a comparison of two surveys into a language's words (`tools.nps.*`), with numbers formatted for `locale`. */
export function describeComparisonIn(
  w: NpsWords,
  previous: NpsEstimate,
  current: NpsEstimate,
  c: SurveyComparison,
  locale: string,
): ComparisonWords {
  const from = number(previous.score, locale);
  const to = number(current.score, locale);
  const sizes =
    previous.responses === current.responses
      ? fillWords(w.sizesEach, { responses: responsesIn(w, previous.responses, locale) })
      : fillWords(w.sizesBoth, { previous: number(previous.responses, locale, 0), current: number(current.responses, locale, 0) });
  const signed = (x: number) => (x > 0 ? '+' : '') + number(x, locale);
  const range = fillWords(w.range, { low: signed(c.low), high: signed(c.high) });
  if (c.verdict === 'too-small')
    return {
      headline: fillWords(w.tooSmall, { sizes, min: number(MIN_RESPONSES, locale, 0), needs: needsInWords(w, c, locale) }),
      detail: fillWords(w.tooSmallDetail, { range }),
    };
  const p = comparisonP(c, locale);
  const detail = fillWords(w.detail, { range });
  if (c.difference === 0) return { headline: fillWords(w.noChange, { score: from, sizes, p }), detail };
  const direction = c.difference > 0 ? w.rise : w.fall;
  const size = number(Math.abs(c.difference), locale);
  const change =
    size === number(0, locale)
      ? fillWords(w.changeTiny, { direction, size: number(0.1, locale) })
      : fillWords(size === number(1, locale) ? w.changeOne : article(size) === 'an' ? w.changeAn : w.change, { size, direction });
  const real = c.verdict === 'likely-real';
  const verdict = real ? w.isReal : c.p >= EASILY_NOISE ? w.isEasilyNoise : w.isNoise;
  const more = !real && c.p < EASILY_NOISE ? w.settle : '';
  return { headline: fillWords(w.headline, { change, from, to, sizes, verdict, p, more }), detail };
}

/** Puts a comparison of two surveys into the default language's words, with numbers formatted for `locale`. */
export const describeComparison = (previous: NpsEstimate, current: NpsEstimate, c: SurveyComparison, locale = 'en'): ComparisonWords =>
  describeComparisonIn(NPS_WORDS, previous, current, c, locale);

/** One survey's score in a language's words, e.g. "68 (95% interval 63.3 to 72.8, from 500 responses)". */
export const describeEstimateIn = (w: NpsWords, e: NpsEstimate, locale: string): string =>
  fillWords(w.estimate, {
    score: number(e.score, locale),
    low: number(e.low, locale),
    high: number(e.high, locale),
    responses: responsesIn(w, e.responses, locale),
  });

/** One survey's score in the default language's words. */
export const describeEstimate = (e: NpsEstimate, locale = 'en'): string => describeEstimateIn(NPS_WORDS, e, locale);
