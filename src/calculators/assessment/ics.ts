// The next review as a calendar file (iCalendar, RFC 5545): one all-day event that any calendar
// imports. Text is escaped (backslash, semicolon, comma, line breaks), lines end in CRLF and are
// folded at 75 octets of UTF-8 without splitting a character, as the RFC requires.

/** What the calendar event says. */
export interface ReviewEvent {
  /** Globally unique id of the event, e.g. "<session id>-review@cx-playbook"; the same id updates the same event. */
  uid: string;
  /** The review's date, YYYY-MM-DD (an all-day event). */
  date: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  /** The event's title. */
  summary: string;
  /** Its longer text; may hold line breaks. */
  description: string;
  /** Who made it, for PRODID, e.g. "CX Playbook". */
  product: string;
}

/** Escapes TEXT per RFC 5545 3.3.11: \\ ; , and line breaks (CRLF, CR or LF become \n). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line into physical lines of at most 75 octets (RFC 5545 3.1): each
 * continuation starts with a space, which counts towards its 75. A character is never split.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out;
}

/** YYYY-MM-DD -> YYYYMMDD. */
const compactDate = (date: string) => date.replace(/-/g, '');

/** The day after a YYYY-MM-DD date, as YYYYMMDD (DTEND of an all-day event is exclusive). */
export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** A UTC date-time as YYYYMMDDTHHMMSSZ. */
const stampOf = (d: Date) => `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The whole .ics file: one VCALENDAR holding one all-day VEVENT, CRLF line ends, folded. */
export function reviewIcs(e: ReviewEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(e.product)}//Maturity workshop//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stampOf(e.stamp)}`,
    `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
    `DTEND;VALUE=DATE:${dayAfter(e.date)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.flatMap(foldLine).join('\r\n') + '\r\n';
}
