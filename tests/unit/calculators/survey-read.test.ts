// What real files contain: every separator, quoted separators and newlines, ragged and blank rows,
// a trailing summary row, values outside the scale; and the messages for files with nothing to use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossKey, EXCLUDED_LISTED, MAX_SEGMENTS_KEPT, OTHER_SEGMENT } from '../../../src/calculators/survey/aggregate.ts';
import { detectColumns, hasScore, NO_SCORE_MESSAGE } from '../../../src/calculators/survey/columns.ts';
import { analyse, inspect, NO_RESPONSES_MESSAGE } from '../../../src/calculators/survey/read.ts';
import { scoreGroup } from '../../../src/calculators/survey/results.ts';

const read = (text: string) => {
  const inspection = inspect(text);
  return { inspection, tallies: analyse(text, inspection, inspection.mapping) };
};

// Four responses: 10, 9 (promoters), 7 (passive), 3 (detractor) -> NPS = 100 (2 - 1) / 4 = 25.
const ROWS = [
  ['region', 'nps'],
  ['North', '10'],
  ['South', '9'],
  ['North', '7'],
  ['South', '3'],
];

describe('separators', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon (European Excel)'],
    ['\t', 'tab (TSV)'],
  ])('finds %j (%s) and reads the same scores', (sep) => {
    const { inspection, tallies } = read(ROWS.map((r) => r.join(sep)).join('\r\n'));
    expect(inspection.delimiter).toBe(sep);
    expect(scoreGroup('All', tallies.overall).nps!.score).toBe(25);
  });
  it('reads semicolon files whose answers hold decimal commas', () => {
    // The comment "2,5 stars" must stay one cell: the semicolon is the separator.
    const text = 'region;nps;comment\nNorth;10;2,5 stars\nSouth;9;ok\nNorth;7;fine\n';
    const { inspection, tallies } = read(text);
    expect(inspection.delimiter).toBe(';');
    expect(tallies.used).toBe(3);
  });
});

describe('awkward rows', () => {
  it('keeps a quoted comma and a quoted newline inside one cell, and counts rows as a spreadsheet does', () => {
    // Row 2's comment spans two lines; the bad answer "11" is on row 3 (line 4 of the file).
    const text = 'nps,comment\n10,"Good, but\nslow"\n11,x\n9,y\n';
    const { tallies } = read(text);
    expect(tallies.used).toBe(2);
    expect(tallies.firstExcluded).toEqual([{ row: 3, reason: '"11" is outside the 0-10 scale' }]);
  });
  it('reads ragged rows: a short row has blanks, a long row keeps its first cells', () => {
    const text = 'region,nps,csat satisfaction\nNorth,10\nSouth,9,5,extra,cells\n';
    const { tallies } = read(text);
    // Both rows are used: North answers NPS only, South both.
    expect(tallies.used).toBe(2);
    expect(tallies.overall.csat).toEqual({ total: 1, satisfied: 1 });
  });
  it('skips blank rows and counts them; the line break at the end of the file is not a row', () => {
    const text = 'nps\n10\n\n9\n  \n8\n\n';
    const { tallies } = read(text);
    expect([tallies.used, tallies.blank, tallies.excluded]).toEqual([3, 2, 0]);
  });
  it('excludes a trailing summary row with no score', () => {
    const { tallies } = read('team,nps\nA,10\nB,6\nTotal,\n');
    expect(tallies.firstExcluded).toEqual([{ row: 4, reason: 'no score answered' }]);
  });
});

describe('values that cannot be used (bad-values.csv)', () => {
  const text = readFileSync(new URL('../../fixtures/survey/bad-values.csv', import.meta.url), 'utf8');
  const { inspection, tallies } = read(text);
  it('still finds the score column by its label', () => {
    expect(inspection.mapping.nps).toBe(1);
  });
  it('counts used and excluded rows, and lists the first few with row number and reason', () => {
    // 15 responses; 5 cannot be used: "11", "N/A", "9.5", a blank answer and "-1".
    expect([tallies.used, tallies.excluded]).toEqual([10, 5]);
    expect(EXCLUDED_LISTED).toBe(5);
    expect(tallies.firstExcluded).toEqual([
      { row: 3, reason: '"11" is outside the 0-10 scale' },
      { row: 5, reason: '"N/A" is not a score on the 0-10 scale' },
      { row: 7, reason: '"9.5" is not a whole number on the 0-10 scale' },
      { row: 9, reason: 'no score answered' },
      { row: 11, reason: '"-1" is outside the 0-10 scale' },
    ]);
  });
  it('scores only the usable rows, none coerced', () => {
    // Usable answers 10 9 8 7 6 5 10 10 0 3: promoters 4, passives 2, detractors 4 -> NPS = 0.
    expect(tallies.overall.nps).toEqual({ promoters: 4, passives: 2, detractors: 4 });
  });
  it('lists only the first EXCLUDED_LISTED of many excluded rows but counts them all', () => {
    const many = read('nps\n' + Array.from({ length: 12 }, () => '12').join('\n') + '\n' + '10\n'.repeat(20));
    expect(many.tallies.excluded).toBe(12);
    expect(many.tallies.firstExcluded.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('files with nothing to score', () => {
  it('no usable score column', () => {
    const { inspection } = read('name,city\nAna,Leeds\nBo,York\n');
    expect(hasScore(inspection.mapping)).toBe(false);
    expect(NO_SCORE_MESSAGE).toBe(
      'No column holds usable scores: none has 0-10 likelihood, 1-5 satisfaction or 1-7 effort answers. ' +
        'Choose the columns under "What each column holds", or check that this is the responses export.',
    );
  });
  it('a header and no responses', () => {
    expect(inspect('region,nps\n').noResponses).toBe(true);
    expect(NO_RESPONSES_MESSAGE).toBe('The file has a header but no responses under it.');
  });
  it('does not take an id column for the likelihood score', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [String(i + 1), 'North']);
    expect(detectColumns(['id', 'region'], rows).nps).toBeUndefined();
  });
});

describe('progress', () => {
  it('reports rows read after each chunk of CHUNK_CHARS characters', () => {
    // "nps" then 600,000 rows of "10": 4 + 600,000 × 3 = 1,800,004 characters, two 1 MiB chunks.
    const text = 'nps\n' + '10\n'.repeat(600_000);
    const seen: number[] = [];
    const inspection = inspect(text);
    const tallies = analyse(text, inspection, inspection.mapping, (n) => seen.push(n));
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(600_001); // the header row and every response
    expect(tallies.used).toBe(600_000);
  });
});

describe('two segment columns at once', () => {
  it('counts each pair of values', () => {
    // North/Basic: 10, 8 -> 1 promoter, 1 passive -> NPS 50; North/Pro: 6 -> -100; South/Basic: 9, 0 -> 0.
    const text = 'region,plan,nps\nNorth,Basic,10\nNorth,Pro,6\nSouth,Basic,9\nSouth,Basic,0\nNorth,Basic,8\n';
    const { inspection, tallies } = read(text);
    expect(inspection.mapping.segments).toEqual([0, 1]);
    const crossed = tallies.crossed[crossKey(1, 0)]!.map(([a, b, t]) => [a, b, scoreGroup(`${a}/${b}`, t).nps!.score]);
    expect(crossed).toEqual([
      ['North', 'Basic', 50],
      ['North', 'Pro', -100],
      ['South', 'Basic', 0],
    ]);
  });
});

describe('pairs listed in the order first seen', () => {
  it('keeps a later pair of an earlier first value after the pairs seen before it', () => {
    // North/Basic (row 2), South/Basic (row 3), North/Pro (row 4): the third pair comes third,
    // not beside the first because both start with North.
    const text = 'region,plan,nps\nNorth,Basic,10\nSouth,Basic,9\nNorth,Pro,6\nSouth,Basic,0\n';
    const { tallies } = read(text);
    expect(tallies.crossed[crossKey(0, 1)]!.map(([a, b, t]) => [a, b, t.rows])).toEqual([
      ['North', 'Basic', 1],
      ['South', 'Basic', 2],
      ['North', 'Pro', 1],
    ]);
  });
});

describe('at most MAX_SEGMENTS_KEPT values per segment column', () => {
  it('counts values first seen after the 50th under "(other values)", and kept values as themselves', () => {
    // S1 … S52 each answer 10; then S1 answers 0 (kept: S1 is one of the first 50) and S60 answers 0
    // (new after the cap). Kept: S1 … S50 (50 values) and "(other values)" = S51, S52, S60:
    // 3 rows, 2 promoters and 1 detractor. S1: 10 and 0 -> 1 promoter, 1 detractor.
    const rows = Array.from({ length: 52 }, (_, i) => `S${i + 1},10`);
    const text = ['segment,nps', ...rows, 'S1,0', 'S60,0'].join('\n') + '\n';
    const inspection = inspect(text);
    const mapping = { nps: 1, csat: undefined, ces: undefined, date: undefined, segments: [0], comment: undefined, drivers: [] };
    const tallies = analyse(text, inspection, mapping);
    const values = tallies.segments[0]!;
    expect(MAX_SEGMENTS_KEPT).toBe(50);
    expect(values).toHaveLength(51);
    expect(values.slice(0, 50).map(([v]) => v)).toEqual(Array.from({ length: 50 }, (_, i) => `S${i + 1}`));
    expect(values[50]![0]).toBe(OTHER_SEGMENT);
    expect(values[50]![1].nps).toEqual({ promoters: 2, passives: 0, detractors: 1 });
    expect(values[0]![1].nps).toEqual({ promoters: 1, passives: 0, detractors: 1 });
    expect(tallies.used).toBe(54);
  });
});
