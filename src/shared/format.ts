// Every number, amount of money, percentage and date the site writes, at build time (pages,
// layouts) and in the browser (the islands, the calculators' sentences). This is the one module that
// makes Intl formatters: everything else calls the functions below. Words around the numbers stay
// English (the site's language); the locale changes only how numbers are written. A value that is
// not finite never reaches the page: it is written as NOT_AVAILABLE instead of "NaN" or "∞".

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
    style: 'currency',
    currency: style.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(clean(value, digits));
}

/**
 * The decimals of a column of money (a table's column, a chart's series): whole units when every
 * amount that is not zero is at least 100 (as formatMoney writes it alone), otherwise cents for
 * every amount, so one column never mixes €72.73 with €126. Zero follows the column (€0, €0.00).
 */
export function moneyColumnDigits(values: readonly number[]): 0 | 2 {
  return values.every((v) => !Number.isFinite(v) || clean(v, 2) === 0 || Math.abs(v) >= 100) ? 0 : 2;
}

/** Money with exactly `digits` decimals (0 or 2), for a column whose decimals moneyColumnDigits chose. */
export function formatMoneyDigits(value: number, style: NumberStyle, digits: number): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(style.locale, {
    style: 'currency',
    currency: style.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(clean(value, digits));
}

/**
 * Money as entered: whole amounts without decimals (€40), others with cents (€12.50,
 * €1,000,000,000.50); for messages that repeat what a reader typed.
 */
export function formatMoneyExact(value: number, style: NumberStyle): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return formatter(style.locale, {
    style: 'currency',
    currency: style.currency,
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/**
 * Money in compact form for chart axes and band labels (€1.2k, €3m in en-GB); below half a unit it
 * is €0. At most one decimal and three significant digits, whichever is less precise: German has no
 * short form below a million, so 8,815.9 reads "8820 €" there rather than "8815,9 €".
 */
export function formatMoneyCompact(value: number, style: NumberStyle): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(style.locale, {
    style: 'currency',
    currency: style.currency,
    notation: 'compact',
    maximumFractionDigits: 1,
    maximumSignificantDigits: 3,
    roundingPriority: 'lessPrecision',
  }).format(Math.abs(value) < 0.5 ? 0 : value);
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

/** `value` rounded to `decimals` places (for figures written as plain numbers, e.g. in CSV). */
export const roundTo = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A number with exactly `digits` decimals, e.g. (0.05, 3) -> "0.050"; for p-values. */
export function formatFixed(value: number, locale: string, digits: number): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(clean(value, digits));
}

/** A count with its noun, singular for exactly 1: (1, 'year') -> "1 year", (2.5, 'year') -> "2.5 years". */
export function formatCount(value: number, noun: string, locale: string, digits = 1): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  // The noun follows the number as shown: 1.02 with one decimal reads "1 year", not "1 years".
  return `${formatNumber(value, locale, digits)} ${roundTo(value, digits) === 1 ? noun : `${noun}s`}`;
}

/** A signed number: "+1", "−6.4" (a true minus sign), and "0" with no sign when it rounds to nothing. */
export function formatSigned(value: number, locale: string, digits = 1): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const text = formatNumber(Math.abs(value), locale, digits);
  if (text === formatNumber(0, locale, digits)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/**
 * A number written back into an input box: the locale's decimal separator, no grouping, at most
 * 6 decimals (1234.5 -> "1234.5" in en-GB, "1234,5" in de-DE), so that parseNumber reads it back.
 */
export function formatInput(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  return formatter(locale, { maximumFractionDigits: 6, useGrouping: false }).format(clean(value, 6));
}

/**
 * A number as a reader would write it in a form, with the locale's grouping and every decimal it
 * has (150000 -> "150,000" in en-GB, "150.000" in de-DE; 1234.567891 -> "1,234.567891"); shown in
 * an input box when the reader leaves it. The decimals are those of the number's shortest form, so
 * reading the text back in the same locale gives the same number.
 */
export function formatGrouped(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  const shortest = Math.abs(value).toString();
  if (shortest.includes('e')) return formatInput(value, locale);
  const [, decimals = ''] = shortest.split('.');
  return formatter(locale, { maximumFractionDigits: Math.min(decimals.length, 20), useGrouping: true }).format(value === 0 ? 0 : value);
}

/** The locale's decimal and grouping separators, e.g. { decimal: ',', group: '.' } for de-DE. */
export function separators(locale: string): { decimal: string; group: string } {
  const parts = formatter(locale, { useGrouping: true }).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateCache.get(key);
  if (!f) dateCache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** A calendar date in words, read in UTC, e.g. "3 March 2026" (en-GB). */
export function formatLongDate(date: Date, locale: string): string {
  return dateFormatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A date and time in the reader's time zone, e.g. "3 Mar 2026, 09:15" (en-GB); `iso` is an ISO 8601 timestamp. */
export function formatDateTime(iso: string, locale: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A language's name in another language's words, e.g. "en" in "de-DE" -> "Englisch"; `fallback` when Intl has none. */
export function formatLanguageName(code: string, locale: string, fallback: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name && name !== code ? name : fallback;
  } catch {
    return fallback;
  }
}
