// The reader's calendar date, for comparing with dates typed into date fields (due dates, reviews).

/** Today in the reader's time zone, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
