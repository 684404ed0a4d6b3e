// Dates as exports write them, and the week, month and quarter they fall in.
import { describe, expect, it } from 'vitest';
import { dateOrder, isoWeek, parseDate, periodKey } from '../../../src/calculators/survey/dates.ts';

describe('parseDate', () => {
  it.each([
    ['2024-03-05', 'mdy', { year: 2024, month: 3, day: 5 }],
    ['2024-03-05 10:22:11', 'mdy', { year: 2024, month: 3, day: 5 }],
    ['2024-03-05T10:22:11Z', 'dmy', { year: 2024, month: 3, day: 5 }],
    ['3/5/2024 10:22:11', 'mdy', { year: 2024, month: 3, day: 5 }],
    ['03/05/2024 01:00:00 PM', 'mdy', { year: 2024, month: 3, day: 5 }],
    ['3/5/2024', 'dmy', { year: 2024, month: 5, day: 3 }],
    ['05.03.2024 10:22', 'dmy', { year: 2024, month: 3, day: 5 }],
  ] as const)('%j (%s)', (cell, order, date) => {
    expect(parseDate(cell, order)).toEqual(date);
  });
  it.each(['', 'yesterday', '2024-02-30', '13/13/2024', '2024-13-01'])('refuses %j', (cell) => {
    expect(parseDate(cell, 'mdy')).toBeUndefined();
  });
  it('takes day first when any first part is above 12, or dates use dots', () => {
    expect(dateOrder(['3/5/2024', '13/5/2024'])).toBe('dmy');
    expect(dateOrder(['05.03.2024'])).toBe('dmy');
    expect(dateOrder(['3/5/2024', '12/5/2024', '2024-01-01'])).toBe('mdy');
  });
});

describe('periods', () => {
  // 1 January 2024 is a Monday, so it opens week 1 of 2024; 30 December 2024 is a Monday whose
  // Thursday (2 January 2025) is in 2025, so it is week 1 of 2025; 1 January 2021 is a Friday whose
  // Thursday (31 December 2020) is in 2020's week 53.
  it.each([
    ['2024-01-01', '2024-W01'],
    ['2024-01-07', '2024-W01'],
    ['2024-01-08', '2024-W02'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-01', '2020-W53'],
  ])('%s is in ISO week %s', (cell, week) => {
    expect(isoWeek(parseDate(cell, 'mdy')!)).toBe(week);
  });
  it('months and quarters', () => {
    const d = parseDate('2024-08-31', 'mdy')!;
    expect(periodKey(d, 'month')).toBe('2024-08');
    expect(periodKey(d, 'quarter')).toBe('2024-Q3'); // August is in July-September
    expect(periodKey(parseDate('2024-03-31', 'mdy')!, 'quarter')).toBe('2024-Q1');
  });
});
