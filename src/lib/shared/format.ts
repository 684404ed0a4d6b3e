// Number formatting for the calculators, always through Intl so the reader's chosen locale and
// currency apply. Words around the numbers stay English (the site's language); the locale
// changes only how numbers are written. A value that is not finite never reaches the page:
// it is written as NOT_AVAILABLE instead of "NaN" or "∞".

/** The currency and locale numbers are written in, e.g. { currency: 'EUR', locale: 'en-GB' }. */
export interface NumberStyle {
  /** ISO 4217 currency code. */
  currency: string;
  /** BCP 47 locale tag. */
  locale: string;
}

/** Shown in place of a value that is not a finite number (the models never produce one). */
export const NOT_AVAILABLE = 'not available';

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Rounds away floating-point dust (and -0) so "-€0.00" never appears. */
function clean(value: number, digits: number): number {
  return Math.round(Math.abs(value) * 10 ** digits) === 0 ? 0 : value;
}

/**
 * Money in the style's currency: whole units from 100 upwards (€1,235), cents below (€12.50).
 * `value` is an amount in that currency.
 */
export function formatMoney(value: number, style: NumberStyle): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return formatter(style.locale, {
    style: 'currency', currency: style.currency, minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(clean(value, digits));
}

/** A share 0-1 as a percentage (0.256 -> "25.6%"), with at most `digits` decimals (default 1). */
export function formatShare(value: number, locale: string, digits = 1): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(locale, { style: 'percent', maximumFractionDigits: digits }).format(clean(value, digits + 2));
}

/** A percentage as typed, PERCENT 0-100 (25.6 -> "25.6%"), with at most `digits` decimals (default 2). */
export function formatPercent(value: number, locale: string, digits = 2): string {
  return formatShare(value / 100, locale, digits);
}

/** A plain number with grouping and at most `digits` decimals (default 2), e.g. 1234.5 -> "1,234.5". */
export function formatNumber(value: number, locale: string, digits = 2): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(locale, { maximumFractionDigits: digits }).format(clean(value, digits));
}

/** A count with its noun, singular for exactly 1: (1, 'year') -> "1 year", (2.5, 'year') -> "2.5 years". */
export function formatCount(value: number, noun: string, locale: string, digits = 1): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return `${formatNumber(value, locale, digits)} ${value === 1 ? noun : `${noun}s`}`;
}

/**
 * A number written back into an input box: the locale's decimal separator, no grouping, at most
 * 6 decimals (1234.5 -> "1234.5" in en-GB, "1234,5" in de-DE), so that parseNumber reads it back.
 */
export function formatInput(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  return formatter(locale, { maximumFractionDigits: 6, useGrouping: false }).format(clean(value, 6));
}

/** The locale's decimal and grouping separators, e.g. { decimal: ',', group: '.' } for de-DE. */
export function separators(locale: string): { decimal: string; group: string } {
  const parts = formatter(locale, { useGrouping: true }).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}
