// CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, quotes where needed. Numbers
// are written plainly ("1234.5"), never in a locale's style, so every spreadsheet reads them.
import { roundTo } from '../../shared/format.ts';

/** One cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** Text a spreadsheet would run as a formula starts with one of these; such cells get a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: numbers rounded to 6 decimals (non-finite ones left empty), text quoted when needed. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Math.round(cell * 1e6) / 1e6 || 0) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as one CSV document, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name for a tool's export, e.g. "cx-playbook-clv-2025-03-01.csv" (the date is local). */
export function csvFileName(tool: string, date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `cx-playbook-${tool}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

/**
 * What a figure in a CSV export measures, which sets its unit cell and its rounding (the one rule,
 * written out in docs/methods/README.md, "Figures in CSV exports"):
 * money 2 decimals with the currency code; percentages 2 decimals with "%" ('share' is a 0-1 share
 * written as a percentage, 0.902057 -> 90.21); NPS points ("NPS points"), months and years 1 decimal; ratios 2
 * decimals ("x"); test statistics (z, p) 3 decimals; counts whole, labelled with their noun.
 */
export type FigureUnit = 'money' | 'percent' | 'share' | 'points' | 'months' | 'years' | 'ratio' | 'statistic' | 'text' | { count: string };

/** Decimals kept and the unit cell of each kind of figure (money's unit is the currency code). */
export const FIGURES = {
  money: [2, ''],
  percent: [2, '%'],
  share: [2, '%'],
  points: [1, 'NPS points'],
  months: [1, 'months'],
  years: [1, 'years'],
  ratio: [2, 'x'],
  statistic: [3, ''],
} as const;

/**
 * A figure's value and unit cells: `[value, unit]`, the value rounded by the rule above (a share
 * turned into a percentage; counts whole). Text and empty values pass through; `currency` is the ISO 4217 code.
 */
export function csvFigure(value: CsvCell, unit: FigureUnit | undefined, currency: string): [CsvCell, string] {
  if (!unit || unit === 'text') return [value, ''];
  const [decimals, label] = typeof unit === 'object' ? [0, unit.count] : FIGURES[unit];
  return [
    typeof value === 'number' ? roundTo(unit === 'share' ? value * 100 : value, decimals) : value,
    unit === 'money' ? currency : label,
  ];
}

/** One `label, value, unit` row of a CSV export. */
export function figureRow(label: string, value: CsvCell, unit: FigureUnit | undefined, currency: string): CsvCell[] {
  return [label, ...csvFigure(value, unit, currency)];
}

/**
 * One row of the same figure side by side (a comparison of scenarios): `[label, value…, unit]`, each
 * value rounded by the rule above and one unit cell after them, as a chart's rows end.
 */
export function figuresRow(label: string, values: readonly CsvCell[], unit: FigureUnit | undefined, currency: string): CsvCell[] {
  return [label, ...values.map((v) => csvFigure(v, unit, currency)[0]), csvFigure(0, unit, currency)[1]];
}
