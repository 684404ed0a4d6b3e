// One answer to a number: numbers, numbers with their label, labels alone; refusals with reasons.
import { describe, expect, it } from 'vitest';
import { readAnswer, smallWhole } from '../../../src/calculators/survey/scales.ts';

const score = (value: number) => ({ kind: 'score', value });

describe('readAnswer', () => {
  it.each([
    ['10', 'nps', 10],
    ['0', 'nps', 0],
    ['10 - Extremely likely', 'nps', 10],
    ['0 - Not at all likely', 'nps', 0],
    ['Extremely likely', 'nps', 10],
    ['Not at all likely', 'nps', 0],
    [' 7 ', 'nps', 7],
    ['5 (Very satisfied)', 'csat', 5],
    ['Very satisfied', 'csat', 5],
    ['Satisfied', 'csat', 4],
    ['Neither satisfied nor dissatisfied', 'csat', 3],
    ['Dissatisfied', 'csat', 2],
    ['very   DISSATISFIED', 'csat', 1],
    ['Strongly agree', 'ces', 7],
    ['Agree', 'ces', 6],
    ['Somewhat agree', 'ces', 5],
    ['Neither agree nor disagree', 'ces', 4],
    ['Somewhat disagree', 'ces', 3],
    ['Disagree', 'ces', 2],
    ['Strongly disagree', 'ces', 1],
    ['Very easy', 'ces', 7],
    ['7: Strongly agree', 'ces', 7],
    // German templates' wording: the same points, so a German export is not refused row by row.
    ['Äußerst wahrscheinlich', 'nps', 10],
    ['0 - Äußerst unwahrscheinlich', 'nps', 0],
    ['Sehr zufrieden', 'csat', 5],
    ['Weder zufrieden noch unzufrieden', 'csat', 3],
    ['Stimme voll und ganz zu', 'ces', 7],
    ['Stimme eher nicht zu', 'ces', 3],
    ['Sehr leicht', 'ces', 7],
  ] as const)('%j on %s is %d', (cell, scale, value) => {
    expect(readAnswer(cell, scale)).toEqual(score(value));
  });

  it('a blank cell is blank, not an error', () => {
    expect(readAnswer('  ', 'nps')).toEqual({ kind: 'blank' });
  });

  it.each([
    ['11', 'nps', '"11" is outside the 0-10 scale'],
    ['-1', 'nps', '"-1" is outside the 0-10 scale'],
    ['0', 'csat', '"0" is outside the 1-5 scale'],
    ['6 - Very satisfied', 'csat', '"6 - Very satisfied" is outside the 1-5 scale'],
    ['8', 'ces', '"8" is outside the 1-7 scale'],
    ['N/A', 'nps', '"N/A" is not a score on the 0-10 scale'],
    ['9.5', 'nps', '"9.5" is not a whole number on the 0-10 scale'],
    ['4,5', 'csat', '"4,5" is not a whole number on the 1-5 scale'],
    ['Very satisfied', 'nps', '"Very satisfied" is not a score on the 0-10 scale'],
    ['Strongly agree', 'csat', '"Strongly agree" is not a score on the 1-5 scale'],
    // Cut to its first 29 characters, "I would not recommend this to", and an ellipsis.
    ['I would not recommend this to anyone at all', 'nps', '"I would not recommend this to…" is not a score on the 0-10 scale'],
  ] as const)('refuses %j on %s: %s', (cell, scale, reason) => {
    expect(readAnswer(cell, scale)).toEqual({ kind: 'refused', reason });
  });
});

describe('smallWhole (the fast path for bare numbers)', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['10', 10],
    ['99', 99],
    ['', -1],
    ['100', -1],
    ['-1', -1],
    [' 7', -1],
    ['7a', -1],
    ['a', -1],
    ['/', -1], // one below "0" in ASCII
    [':', -1], // one above "9"
  ])('%j -> %d', (cell, value) => {
    expect(smallWhole(cell)).toBe(value);
  });
});
