// Each platform's fixture (tests/fixtures/survey/) read end to end: format, header rows, the columns
// detected, and the scores by hand, overall, per segment and per period.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SurveyTallies, Tally } from '../../../src/calculators/survey/aggregate.ts';
import { analyse, inspect, type Inspection } from '../../../src/calculators/survey/read.ts';
import { scoreGroup } from '../../../src/calculators/survey/results.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/survey/${name}`, import.meta.url), 'utf8');

function run(name: string): { inspection: Inspection; tallies: SurveyTallies } {
  const inspection = inspect(fixture(name));
  return { inspection, tallies: analyse(fixture(name), inspection, inspection.mapping) };
}
const group = (list: [string, Tally][], key: string) => scoreGroup(key, list.find(([k]) => k === key)![1]);

describe('plain CSV (plain.csv): a quoted comma and newline, a ragged row, a blank row, a summary row', () => {
  const { inspection, tallies } = run('plain.csv');
  it('is read as one header row with the columns named in it', () => {
    expect(inspection.header.format).toBe('plain');
    expect(inspection.header.headerRows).toBe(1);
    expect(inspection.delimiter).toBe(',');
    // id,date,region,nps,satisfaction,comment
    expect(inspection.mapping).toEqual({ nps: 3, csat: 4, ces: undefined, date: 1, segments: [2], comment: 5, drivers: [4] });
  });
  it('uses 10 rows, skips the blank row and excludes the "Total" row with its row number', () => {
    // Row 1 is the header; responses are rows 2-11 (row 4's answer spans two lines but is one row);
    // row 12 is blank; row 13 is "Total,,,,," with no score.
    expect([tallies.used, tallies.excluded, tallies.blank]).toEqual([10, 1, 1]);
    expect(tallies.firstExcluded).toEqual([{ row: 13, reason: 'no score answered' }]);
  });
  it('scores all responses', () => {
    const all = scoreGroup('All', tallies.overall);
    // NPS answers 10 9 8 6 10 3 7 9 0 10: promoters 10,9,10,9,10 = 5, passives 8,7 = 2,
    // detractors 6,3,0 = 3 -> NPS = 100 (5 - 3) / 10 = 20.
    expect(all.nps!.counts).toEqual({ promoters: 5, passives: 2, detractors: 3 });
    expect(all.nps!.score).toBe(20);
    // Satisfaction 5 4 3 2 5 1 4 5 2 4: six answers of 4 or 5 -> CSAT = 6 / 10 = 60%.
    expect(all.csat!.score).toBe(60);
    // Comments on rows of ids 1, 3, 4, 6, 9.
    expect(all.comments).toBe(5);
  });
  it('keeps the comments with their row and NPS group', () => {
    // id 1 (row 2) answered 10, id 3 (row 4) 8, id 4 (row 5) 6, id 6 (row 7) 3, id 9 (row 10) 0.
    expect(tallies.comments).toEqual([
      { row: 2, text: 'Great, fast', group: 'promoter' },
      { row: 4, text: 'Fine\nmostly', group: 'passive' },
      { row: 5, text: 'Slow', group: 'detractor' },
      { row: 7, text: 'Too slow, gave up', group: 'detractor' },
      { row: 10, text: 'Bad', group: 'detractor' },
    ]);
  });
  it('scores each region', () => {
    // North: ids 1 2 5 7 9 answer 10 9 10 7 0 -> 3 promoters, 1 passive, 1 detractor -> 100 (3 - 1) / 5 = 40;
    //   satisfaction 5 4 5 4 2 -> 4 of 5 = 80%.
    const north = group(tallies.segments[2]!, 'North');
    expect([north.nps!.score, north.csat!.score]).toEqual([40, 80]);
    // South: ids 3 4 6 8 10 answer 8 6 3 9 10 -> 2, 1, 2 -> 0; satisfaction 3 2 1 5 4 -> 2 of 5 = 40%.
    const south = group(tallies.segments[2]!, 'South');
    expect([south.nps!.score, south.csat!.score]).toEqual([0, 40]);
  });
  it('scores each month, quarter and week', () => {
    // January: ids 1-4 answer 10 9 8 6 -> 2, 1, 1 -> 100 (2 - 1) / 4 = 25; satisfaction 5 4 3 2 -> 2 of 4 = 50%.
    const jan = group(tallies.periods.month, '2024-01');
    expect([jan.responses, jan.nps!.score, jan.csat!.score]).toEqual([4, 25, 50]);
    // February: ids 5-10 answer 10 3 7 9 0 10 -> 3, 1, 2 -> 100 (3 - 2) / 6 = 16.67; satisfaction 5 1 4 5 2 4 -> 4 of 6 = 66.67%.
    const feb = group(tallies.periods.month, '2024-02');
    expect(feb.nps!.score).toBeCloseTo(100 / 6, 10);
    expect(feb.csat!.score).toBeCloseTo(400 / 6, 10);
    expect(tallies.periods.quarter.map(([k, t]) => [k, t.rows])).toEqual([['2024-Q1', 10]]);
    // 5 January 2024 is the Friday of week 1 (1 January 2024 was a Monday).
    expect(tallies.periods.week[0]![0]).toBe('2024-W01');
  });
});

describe('Qualtrics (qualtrics.csv): three header rows, choice text', () => {
  const { inspection, tallies } = run('qualtrics.csv');
  it('is read as Qualtrics, labelled by the question text', () => {
    expect(inspection.header.format).toBe('qualtrics');
    expect(inspection.header.headerRows).toBe(3);
    expect(inspection.header.labels[3]).toBe('How likely are you to recommend us to a friend or colleague?');
    // StartDate, EndDate, ResponseId, Q1 (likelihood), Q2 (effort as agreement), Q3 (plan)
    expect(inspection.mapping).toEqual({ nps: 3, csat: undefined, ces: 4, date: 0, segments: [5], comment: undefined, drivers: [4] });
  });
  it('scores NPS and CES overall', () => {
    expect([tallies.used, tallies.excluded]).toEqual([8, 0]);
    const all = scoreGroup('All', tallies.overall);
    // Likelihood 10 9 7 0 5 8 10 6 -> promoters 3, passives 2, detractors 3 -> NPS = 100 (3 - 3) / 8 = 0.
    expect(all.nps!.counts).toEqual({ promoters: 3, passives: 2, detractors: 3 });
    expect(all.nps!.score).toBe(0);
    // Agreement as 1-7: 7 6 5 1 4 6 3 2 -> answers of 5-7: 7, 6, 5, 6 = 4 of 8 = 50%; mean 34 / 8 = 4.25.
    expect(all.cesShare!.score).toBe(50);
    expect(all.cesMean!.mean).toBe(4.25);
  });
  it('scores each plan and month', () => {
    // Basic R1 R3 R5 R7: 10 7 5 10 -> 2, 1, 1 -> 25; Pro R2 R4 R6 R8: 9 0 8 6 -> 1, 1, 2 -> -25.
    expect(group(tallies.segments[5]!, 'Basic').nps!.score).toBe(25);
    expect(group(tallies.segments[5]!, 'Pro').nps!.score).toBe(-25);
    // March R1-R4: 10 9 7 0 -> 25; April R5-R8: 5 8 10 6 -> -25.
    expect(group(tallies.periods.month, '2024-03').nps!.score).toBe(25);
    expect(group(tallies.periods.month, '2024-04').nps!.score).toBe(-25);
  });
});

describe('SurveyMonkey (surveymonkey.csv): two header rows, satisfaction as words', () => {
  const { inspection, tallies } = run('surveymonkey.csv');
  it('is read as SurveyMonkey, the answer option added to its question', () => {
    expect(inspection.header.format).toBe('surveymonkey');
    expect(inspection.header.headerRows).toBe(2);
    expect(inspection.header.labels[7]).toBe('Which channel did you use? - Other (please specify)');
    expect(inspection.mapping).toEqual({ nps: 4, csat: 5, ces: undefined, date: 2, segments: [6], comment: undefined, drivers: [5] });
    expect(inspection.dateOrder).toBe('mdy');
  });
  it('scores overall, per channel and per month', () => {
    const all = scoreGroup('All', tallies.overall);
    // Likelihood 10 9 4 8 2 10 -> 3 promoters, 1 passive, 2 detractors -> 100 (3 - 2) / 6 = 16.67.
    expect(all.nps!.score).toBeCloseTo(100 / 6, 10);
    // Very satisfied 5, Satisfied 4, Dissatisfied 2, Neither 3, Very dissatisfied 1, Satisfied 4 -> 3 of 6 = 50%.
    expect(all.csat!.score).toBe(50);
    // Email: 8 and 10 -> 1 passive, 1 promoter -> 50; satisfaction 3 and 4 -> 1 of 2 = 50%.
    const email = group(tallies.segments[6]!, 'Email');
    expect([email.nps!.score, email.csat!.score]).toEqual([50, 50]);
    // Phone: 10 and 4 -> 0. March: 10 9 4 -> 100 (2 - 1) / 3 = 33.33; April: 8 2 10 -> 0.
    expect(group(tallies.segments[6]!, 'Phone').nps!.score).toBe(0);
    expect(group(tallies.periods.month, '2024-03').nps!.score).toBeCloseTo(100 / 3, 10);
    expect(group(tallies.periods.month, '2024-04').nps!.score).toBe(0);
  });
});

describe('Typeform (typeform.csv): one header row with "Submitted At"', () => {
  const { inspection, tallies } = run('typeform.csv');
  it('is read as Typeform', () => {
    expect(inspection.header.format).toBe('typeform');
    // #, likelihood, ease (1-7), team, submitted at, token
    expect(inspection.mapping).toEqual({ nps: 1, csat: undefined, ces: 2, date: 4, segments: [3], comment: undefined, drivers: [2] });
  });
  it('scores overall and per team', () => {
    const all = scoreGroup('All', tallies.overall);
    // Likelihood 10 6 9 7 10 -> 3, 1, 1 -> 100 (3 - 1) / 5 = 40.
    expect(all.nps!.score).toBe(40);
    // Ease 7 3 6 5 2 -> 5-7: 3 of 5 = 60%; mean 23 / 5 = 4.6.
    expect(all.cesShare!.score).toBe(60);
    expect(all.cesMean!.mean).toBeCloseTo(4.6, 12);
    // Sales: 10, 7 -> 1 promoter, 1 passive -> 50; Support: 6 9 10 -> 100 (2 - 1) / 3 = 33.33.
    expect(group(tallies.segments[3]!, 'Sales').nps!.score).toBe(50);
    expect(group(tallies.segments[3]!, 'Support').nps!.score).toBeCloseTo(100 / 3, 10);
  });
});

describe('Google Forms (google-forms.csv): "Timestamp" first, month-first dates', () => {
  const { inspection, tallies } = run('google-forms.csv');
  it('is read as Google Forms', () => {
    expect(inspection.header.format).toBe('google-forms');
    expect(inspection.mapping).toEqual({ nps: undefined, csat: 1, ces: undefined, date: 0, segments: [2], comment: 3, drivers: [1] });
  });
  it('scores CSAT overall, per store and per month', () => {
    // 5 4 2 3 5 -> 3 of 5 = 60%; Leeds 5 2 5 -> 2 of 3; York 4 3 -> 1 of 2 = 50%.
    expect(scoreGroup('All', tallies.overall).csat!.score).toBe(60);
    expect(group(tallies.segments[2]!, 'Leeds').csat!.score).toBeCloseTo(200 / 3, 10);
    expect(group(tallies.segments[2]!, 'York').csat!.score).toBe(50);
    // "5/20/2024" is 20 May (month first): May 5 4 2 -> 2 of 3; June 3 5 -> 1 of 2.
    expect(group(tallies.periods.month, '2024-05').csat!.score).toBeCloseTo(200 / 3, 10);
    expect(group(tallies.periods.month, '2024-06').csat!.score).toBe(50);
    expect(scoreGroup('All', tallies.overall).comments).toBe(2);
  });
});
