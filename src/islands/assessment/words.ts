// How scores and changes are written on the page; numbers go through the shared Intl helpers.
import { formatDateTime, formatNumber } from '../../shared/format.ts';

/** A score in points 0-100 with at most one decimal, or "not scored". */
export const formatScore = (score: number | null, locale: string): string =>
  score === null ? 'not scored' : formatNumber(score, locale, 1);

/** A change in points, signed: "+12.5", "−25", "no change"; "not comparable" when either side is unscored. */
export function formatChange(change: number | null, locale: string): string {
  if (change === null) return 'not comparable';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return 'no change';
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), locale, 1)}`;
}

/** A date and time in the reader's locale, e.g. "3 Mar 2026, 09:15". */
export const formatDate = (iso: string, locale: string): string => formatDateTime(iso, locale);
