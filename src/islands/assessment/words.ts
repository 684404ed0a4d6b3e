// How scores and changes are written on the page, in its language; numbers go through the shared Intl helpers.
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { formatDateTime, formatNumber } from '../../shared/format.ts';

/** The words a score or change may be written as. */
export type ScoreWords = Pick<AssessmentWords, 'notScored' | 'noChange' | 'notComparable'>;

/** A score in points 0-100 with at most one decimal, or "not scored". */
export const formatScore = (score: number | null, locale: string, w: Pick<ScoreWords, 'notScored'>): string =>
  score === null ? w.notScored : formatNumber(score, locale, 1);

/** A change in points, signed: "+12.5", "−25", "no change"; "not comparable" when either side is unscored. */
export function formatChange(change: number | null, locale: string, w: ScoreWords): string {
  if (change === null) return w.notComparable;
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return w.noChange;
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), locale, 1)}`;
}

/** A date and time in the reader's locale, e.g. "3 Mar 2026, 09:15". */
export const formatDate = (iso: string, locale: string): string => formatDateTime(iso, locale);

/**
 * A sentence with one link in it: `text` holds `{link}` where the link goes (its words are the
 * caller's), so each language puts the link where its sentence needs it.
 */
export function aroundLink(text: string): [before: string, after: string] {
  const at = text.indexOf('{link}');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + '{link}'.length)];
}
