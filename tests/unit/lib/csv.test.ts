// CSV export: quoting, plain numbers and protection against spreadsheet formulas.
import { describe, expect, it } from 'vitest';
import { csvCell, csvFigure, csvFileName, figureRow, figuresRow, toCsv } from '../../../src/lib/browser/csv.ts';

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
  it('writes each figure with its unit, rounded by one rule', () => {
    // money 2 decimals with the currency code: 3,305.785124 → 3305.79
    expect(csvFigure(3305.785124, 'money', 'EUR')).toEqual([3305.79, 'EUR']);
    // a share as a percentage, 2 decimals: 0.902057 → 90.2057% → 90.21
    expect(csvFigure(0.902057, 'share', 'EUR')).toEqual([90.21, '%']);
    // a PERCENT value stays in percent: 84.444… → 84.44
    expect(csvFigure(380 / 4.5, 'percent', 'EUR')).toEqual([84.44, '%']);
    // months, years and NPS points 1 decimal: 19.38373 → 19.4; 2.25 → 2.3 (half up); −4.96 → −5
    expect(csvFigure(19.38373, 'months', 'EUR')).toEqual([19.4, 'months']);
    expect(csvFigure(2.25, 'years', 'EUR')).toEqual([2.3, 'years']);
    expect(csvFigure(-4.96, 'points', '')).toEqual([-5, 'NPS points']);
    // ratios 2 decimals (2.666667 → 2.67 x), statistics 3 (0.791884 → 0.792), counts whole
    expect(csvFigure(8 / 3, 'ratio', 'EUR')).toEqual([2.67, 'x']);
    expect(csvFigure(0.791884, 'statistic', '')).toEqual([0.792, '']);
    expect(csvFigure(1536.2, { count: 'responses' }, '')).toEqual([1536, 'responses']);
    // no number: the cell stays empty but keeps its unit; text has no unit
    expect(csvFigure('', 'months', 'EUR')).toEqual(['', 'months']);
    expect(csvFigure('Could easily be noise', 'text', '')).toEqual(['Could easily be noise', '']);
    expect(csvFigure(12.345678, undefined, 'EUR')).toEqual([12.345678, '']);
  });
  it('makes label, value, unit rows that stay parseable', () => {
    expect(toCsv([figureRow('Total costs, all years', 12000, 'money', 'GBP'), figureRow('ROI', 0.441667, 'share', 'GBP')])).toBe(
      '"Total costs, all years",12000,GBP\r\nROI,44.17,%\r\n',
    );
  });
  it('makes rows of the same figure side by side (a comparison of scenarios), one unit cell at the end', () => {
    // Money to 2 decimals (3305.785124 -> 3305.79), a missing value stays empty; a share as a percentage.
    expect(figuresRow('NPV', [3305.785124, '', -50], 'money', 'EUR')).toEqual(['NPV', 3305.79, '', -50, 'EUR']);
    expect(figuresRow('ROI', [0.441667, 0.9], 'share', 'EUR')).toEqual(['ROI', 44.17, 90, '%']);
    expect(figuresRow('Verdict', ['Likely a real change', 'No change'], undefined, '')).toEqual([
      'Verdict',
      'Likely a real change',
      'No change',
      '',
    ]);
  });
});
