// Response dates and the periods they fall in. Exports write dates as ISO ("2024-03-05 10:22:11"),
// or as day and month in either order ("3/5/2024 10:22:11 AM"); the order is decided once per
// column (dateOrder), never guessed row by row.

/** A calendar date. */
export interface CalendarDate {
  /** Year, e.g. 2024. */
  year: number;
  /** Month 1-12. */
  month: number;
  /** Day of the month 1-31. */
  day: number;
}

/** How a column writes dates that are not ISO: month first (US) or day first. */
export type DateOrder = 'mdy' | 'dmy';

/** The periods results can be grouped by. */
export type Period = 'week' | 'month' | 'quarter';

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?$/i;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function checked(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1900 || year > 2999) return undefined;
  return { year, month, day };
}

/** A cell read as a date in `order` (for non-ISO dates), or undefined when it is not one. */
export function parseDate(cell: string, order: DateOrder): CalendarDate | undefined {
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const n = NUMERIC.exec(text);
  if (!n) return undefined;
  const [a, b] = [Number(n[1]), Number(n[2])];
  return order === 'mdy' ? checked(Number(n[3]), a, b) : checked(Number(n[3]), b, a);
}

/** The order of a column's non-ISO dates: day first when any first part is above 12 or the separator is a dot, else month first. */
export function dateOrder(cells: readonly string[]): DateOrder {
  for (const cell of cells) {
    const n = NUMERIC.exec(cell.trim());
    if (n && (Number(n[1]) > 12 || cell.includes('.'))) return 'dmy';
  }
  return 'mdy';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO 8601 week of a date, e.g. 2024-12-30 -> "2025-W01" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek({ year, month, day }: CalendarDate): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of the same week
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${pad(week)}`;
}

/** The key of the period a date falls in: "2024-W10", "2024-03" or "2024-Q1" (keys sort in time order). */
export function periodKey(date: CalendarDate, period: Period): string {
  if (period === 'week') return isoWeek(date);
  if (period === 'month') return `${date.year}-${pad(date.month)}`;
  return `${date.year}-Q${Math.ceil(date.month / 3)}`;
}
