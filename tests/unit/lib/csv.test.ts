// CSV export: quoting, plain numbers and protection against spreadsheet formulas.
import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from '../../../src/lib/browser/csv.ts';

describe('csv', () => {
  it('quotes only where needed and doubles quotes', () => {
    expect(
      toCsv([
        ['Input', 'Value'],
        ['Acquisition cost (CAC)', 120],
        ['Say "hi", twice', 'a\nb'],
      ]),
    ).toBe('Input,Value\r\nAcquisition cost (CAC),120\r\n"Say ""hi"", twice","a\nb"\r\n');
  });
  it('writes numbers plainly, rounded to 6 decimals, and leaves non-finite ones empty', () => {
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(-61600)).toBe('-61600');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@x')).toBe("'@x");
  });
  it('names the file after the tool and the day', () => {
    expect(csvFileName('roi', new Date(2025, 2, 7))).toBe('cx-playbook-roi-2025-03-07.csv');
  });
});
