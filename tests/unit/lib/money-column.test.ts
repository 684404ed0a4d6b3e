// One column of money, one number of decimals (issue 14): moneyColumnDigits picks whole units or
// cents for a whole column, and Formatters.moneyColumn writes every cell with them. Hand-derived.
import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { moneyColumnDigits } from '../../../src/shared/format.ts';

const eur = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
const column = (values: number[]) => values.map(eur.moneyColumn(values));

describe('moneyColumnDigits', () => {
  it('is whole units when every amount other than zero is at least 100 in size', () => {
    expect(moneyColumnDigits([100, 5_300, -10_000])).toBe(0);
    expect(moneyColumnDigits([0, 9_000, 8_300])).toBe(0);
    // Below half a cent counts as zero (floating-point dust).
    expect(moneyColumnDigits([0.004, 250])).toBe(0);
  });
  it('is cents for every amount when one amount is below 100', () => {
    expect(moneyColumnDigits([72.73, 126])).toBe(2);
    expect(moneyColumnDigits([80, 112])).toBe(2);
    expect(moneyColumnDigits([-99.99, 1_000])).toBe(2);
    expect(moneyColumnDigits([0.01, 500])).toBe(2);
  });
  it('is whole units for an empty column or one of zeros', () => {
    expect(moneyColumnDigits([])).toBe(0);
    expect(moneyColumnDigits([0, 0])).toBe(0);
  });
});

describe('Formatters.moneyColumn', () => {
  it('writes €72.73 above €126.00, not above €126', () => {
    expect(column([72.73, 126])).toEqual(['€72.73', '€126.00']);
  });
  it('writes zero as €0 in a column of whole units and €0.00 in a column of cents', () => {
    expect(column([0, 9_000, 8_300])).toEqual(['€0', '€9,000', '€8,300']);
    expect(column([0, 80, 112])).toEqual(['€0.00', '€80.00', '€112.00']);
  });
  it('rounds whole-unit columns half away from zero, as formatMoney does', () => {
    // 7,272.727… -> €7,273; 6,033.057… -> €6,033; −2,000 stays −€2,000.
    expect(column([8_000 / 1.1, 7_300 / 1.21, -2_000])).toEqual(['€7,273', '€6,033', '-€2,000']);
  });
  it('follows the locale and currency', () => {
    const de = makeFormatters({ currency: 'EUR', locale: 'de-DE' });
    // de-DE puts a no-break space before the symbol.
    const cells = [72.73, 1_126].map(de.moneyColumn([72.73, 1_126])).map((c) => c.replace(/\u00a0/g, ' '));
    expect(cells).toEqual(['72,73 €', '1.126,00 €']);
  });
});
