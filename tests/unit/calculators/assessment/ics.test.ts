// The next review's calendar file, validated by parsing it back with a reader written from RFC 5545
// (tests/fixtures/ics-reader.ts, never from ics.ts): CRLF line ends, lines of at most 75 octets,
// unfolding, escaping, one VCALENDAR with one VEVENT and the properties a calendar needs.
import { describe, expect, it } from 'vitest';
import { dayAfter, escapeText, foldLine, reviewIcs, type ReviewEvent } from '../../../../src/calculators/assessment/ics.ts';
import { oneProperty as one, readIcs, unescapeText as unescape } from '../../../fixtures/ics-reader.ts';

/** The parsed file, or the test fails with the rule it breaks. */
const parse = (text: string) => readIcs(text);

const event: ReviewEvent = {
  uid: 'session-42-review@cx-playbook',
  date: '2026-12-31',
  stamp: new Date('2026-03-02T17:05:09.123Z'),
  summary: 'CX maturity review: Q1; Support, Sales \\ Ops',
  description: [
    'Next run after “Q1 review”.',
    'Actions to check:',
    // long enough to fold several times, with two-byte and four-byte characters near the fold points
    `- Réécrire la FAQ, ${'é'.repeat(40)} ${'😀'.repeat(12)} (Zoë, due 2027-01-15)`,
  ].join('\n'),
  product: 'CX Playbook',
};

describe('reviewIcs, parsed back', () => {
  const text = reviewIcs(event);
  const calendars = parse(text);

  it('is one VCALENDAR 2.0 holding one VEVENT', () => {
    expect(calendars.map((c) => c.name)).toEqual(['VCALENDAR']);
    const cal = calendars[0]!;
    expect(one(cal, 'VERSION').value).toBe('2.0');
    expect(one(cal, 'PRODID').value).toBe('-//CX Playbook//Maturity workshop//EN');
    expect(cal.children.map((c) => c.name)).toEqual(['VEVENT']);
  });

  it('has the event on the day, all day: DTSTART the date, DTEND the day after (exclusive)', () => {
    const ev = calendars[0]!.children[0]!;
    expect(one(ev, 'UID').value).toBe('session-42-review@cx-playbook');
    expect(one(ev, 'DTSTAMP').value).toBe('20260302T170509Z');
    expect(one(ev, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261231' });
    // 31 December rolls over to 1 January of the next year
    expect(one(ev, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270101' });
  });

  it('gives back the summary and the description word for word, line breaks and non-ASCII included', () => {
    const ev = calendars[0]!.children[0]!;
    expect(unescape(one(ev, 'SUMMARY').value)).toBe(event.summary);
    expect(unescape(one(ev, 'DESCRIPTION').value)).toBe(event.description);
  });

  it('folds long lines (the description here) and never splits a character', () => {
    const lines = text.split('\r\n');
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
    // every physical line is valid UTF-8 on its own: decoding and re-encoding changes nothing
    for (const l of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
  });
});

describe('the parts, by hand', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('folds at 75 octets: 75 ASCII characters stay one line, 76 make two', () => {
    expect(foldLine('x'.repeat(75))).toEqual(['x'.repeat(75)]);
    expect(foldLine('x'.repeat(76))).toEqual(['x'.repeat(75), ' x']);
    // 74 + a 2-byte "é" = 76 octets: the "é" moves to the next line whole
    expect(foldLine(`${'x'.repeat(74)}é`)).toEqual(['x'.repeat(74), ' é']);
  });
  it('gives the day after, across months, years and 29 February', () => {
    expect(['2026-01-31', '2026-12-31', '2028-02-28', '2028-02-29', '2026-02-28'].map(dayAfter)).toEqual([
      '20260201',
      '20270101',
      '20280229',
      '20280301',
      '20260301',
    ]);
  });
});

describe('the reader refuses what a calendar would choke on (so a pass above means something)', () => {
  const good = reviewIcs(event);
  it('LF line ends, a line of 76 octets, an unclosed or crossed component, a property outside any', () => {
    expect(() => readIcs(good.replace(/\r\n/g, '\n'))).toThrow('does not end with CRLF');
    expect(() => readIcs(good.replace('UID:', `X-LONG:${'x'.repeat(69)}\r\nUID:`))).toThrow('76 octets');
    expect(() => readIcs(good.replace('END:VCALENDAR\r\n', ''))).toThrow('VCALENDAR is never closed');
    expect(() => readIcs(good.replace('END:VEVENT', 'END:VCALENDAR'))).toThrow('END:VCALENDAR closes VEVENT');
    expect(() => readIcs(`X-OUTSIDE:1\r\n${good}`)).toThrow('X-OUTSIDE outside any component');
  });
});
