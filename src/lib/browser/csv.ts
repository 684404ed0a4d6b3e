// CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, quotes where needed. Numbers
// are written plainly ("1234.5"), never in a locale's style, so every spreadsheet reads them.

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
