// Number formatting: Intl in the chosen currency and locale, and never NaN, Infinity or "-0".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDateTime,
  formatFixed,
  formatInput,
  formatLanguageName,
  formatLongDate,
  formatMoney,
  formatMoneyCompact,
  formatMoneyExact,
  formatNumber,
  formatPercent,
  formatShare,
  NOT_AVAILABLE,
  separators,
} from '../../../src/shared/format.ts';
import { parseNumber } from '../../../src/lib/browser/inputs.ts';

const gb = { currency: 'EUR', locale: 'en-GB' };

describe('formatMoney', () => {
  it('whole units from 100 up, cents below', () => {
    expect(formatMoney(1234.56, gb)).toBe('€1,235');
    expect(formatMoney(99.5, gb)).toBe('€99.50');
    expect(formatMoney(-61600, gb)).toBe('-€61,600');
  });
  it('in other currencies and locales', () => {
    expect(formatMoney(1234.5, { currency: 'USD', locale: 'en-US' })).toBe('$1,235');
    expect(formatMoney(12.5, { currency: 'GBP', locale: 'en-GB' })).toBe('£12.50');
    // German: dot groups, comma decimals, a no-break space before the symbol
    expect(formatMoney(1234.5, { currency: 'EUR', locale: 'de-DE' })).toBe('1.235\u00a0€');
  });
  it('rounds floating-point dust to a plain zero, never "-€0.00"', () => {
    expect(formatMoney(-1e-12, gb)).toBe('€0.00');
    expect(formatMoney(-0, gb)).toBe('€0.00');
  });
  it('writes words for what is not a number', () => {
    expect(formatMoney(NaN, gb)).toBe(NOT_AVAILABLE);
    expect(formatMoney(Infinity, gb)).toBe('not available');
  });
  it('never prints NaN or Infinity for any double', () => {
    fc.assert(
      fc.property(fc.double(), (v) => !/NaN|Infinity|∞/.test(formatMoney(v, gb) + formatShare(v, 'en-GB') + formatNumber(v, 'en-GB'))),
    );
  });
});

describe('percentages, numbers and counts', () => {
  it('a share 0-1 and a PERCENT 0-100 value', () => {
    expect(formatShare(0.90205, 'en-GB')).toBe('90.2%');
    expect(formatShare(-0.97087, 'en-GB')).toBe('-97.1%');
    expect(formatPercent(7.5, 'en-GB')).toBe('7.5%');
    expect(formatPercent(40, 'fr-FR')).toBe('40\u00a0%');
  });
  it('numbers with grouping', () => {
    expect(formatNumber(1234.567, 'en-GB')).toBe('1,234.57');
    expect(formatNumber(-0.0001, 'en-GB')).toBe('0');
  });
  it('counts with a noun', () => {
    expect(formatCount(1, 'year', 'en-GB')).toBe('1 year');
    expect(formatCount(19.38, 'month', 'en-GB')).toBe('19.4 months');
    // The noun follows the number shown: 1.02 and 0.96 both show as 1 with one decimal; 1.05 shows as 1.1.
    expect(formatCount(1.02, 'year', 'en-GB')).toBe('1 year');
    expect(formatCount(0.96, 'year', 'en-GB')).toBe('1 year');
    expect(formatCount(1.05, 'year', 'en-GB', 1)).toBe('1.1 years');
    expect(formatCount(1.4, 'year', 'en-GB', 0)).toBe('1 year');
    expect(formatCount(NaN, 'month', 'en-GB')).toBe(NOT_AVAILABLE);
  });
});

describe('formatInput writes what parseNumber reads back', () => {
  it('examples', () => {
    expect(formatInput(1234.5, 'en-GB')).toBe('1234.5');
    expect(formatInput(1234.5, 'de-DE')).toBe('1234,5');
    expect(formatInput(NaN, 'en-GB')).toBe('');
    expect(separators('de-DE')).toEqual({ decimal: ',', group: '.' });
  });
  it('round trip in every offered locale', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom('en-GB', 'en-US', 'de-DE', 'fr-FR'), (v, locale) => {
        const rounded = Number(v.toFixed(6));
        expect(parseNumber(formatInput(rounded, locale), locale)).toBeCloseTo(rounded, 6);
      }),
    );
  });
});

describe('money as typed and on chart axes', () => {
  it('formatMoneyExact: whole amounts without cents, others with', () => {
    expect(formatMoneyExact(40, gb)).toBe('€40');
    expect(formatMoneyExact(12.5, gb)).toBe('€12.50');
    expect(formatMoneyExact(1_000_000_000.5, gb)).toBe('€1,000,000,000.50');
  });
  it('formatMoneyCompact: short forms, €0 below half a unit, never NaN', () => {
    expect(formatMoneyCompact(1234, gb)).toBe('€1.2k');
    // 155,327: one decimal would give €155.3k, three significant digits €155k; the less precise wins.
    expect(formatMoneyCompact(155_327, gb)).toBe('€155k');
    // German has no short form below a million (CLDR): three significant digits, not 8815,9 €.
    expect(formatMoneyCompact(8815.9, { currency: 'EUR', locale: 'de-DE' })).toBe('8820\u00a0€');
    expect(formatMoneyCompact(-3239, { currency: 'EUR', locale: 'de-DE' })).toBe('-3240\u00a0€');
    expect(formatMoneyCompact(3_000_000, gb)).toBe('€3m');
    expect(formatMoneyCompact(-0.4, gb)).toBe('€0');
    expect(formatMoneyCompact(Number.NaN, gb)).toBe(NOT_AVAILABLE);
  });
});

describe('formatFixed', () => {
  it('exactly the digits asked for', () => {
    expect(formatFixed(0.05, 'en-GB', 3)).toBe('0.050');
    expect(formatFixed(0.5, 'de-DE', 2)).toBe('0,50');
  });
});

describe('dates', () => {
  it('formatLongDate: a calendar date in words, in UTC', () => {
    expect(formatLongDate(new Date('2026-03-03T00:00:00Z'), 'en-GB')).toBe('3 March 2026');
    expect(formatLongDate(new Date('2026-03-03T23:30:00Z'), 'en-US')).toBe('March 3, 2026');
  });
  it('formatDateTime: medium date, short time', () => {
    const iso = '2026-03-03T09:15:00';
    expect(formatDateTime(iso, 'en-GB')).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    );
  });
});

describe('formatLanguageName', () => {
  it("names a language in the reader's language, or gives the fallback when Intl cannot", () => {
    // CLDR: English is "Englisch" in German, "English" in English, "anglais" in French.
    expect(formatLanguageName('en', 'de-DE', 'English')).toBe('Englisch');
    expect(formatLanguageName('en', 'en-GB', 'English')).toBe('English');
    expect(formatLanguageName('en', 'fr-FR', 'English')).toBe('anglais');
    // Not a language tag at all: Intl throws, and the config's own name stands in.
    expect(formatLanguageName('not a tag', 'de-DE', 'Ourlang')).toBe('Ourlang');
  });
});
