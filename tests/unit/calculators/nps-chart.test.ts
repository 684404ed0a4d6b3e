// The chart description and its table alternative.
import { describe, expect, it } from 'vitest';
import { calculateNps } from '../../../src/calculators/nps/calculate.ts';
import { npsChart, npsChartSpec, npsTable, TABLE_COLUMNS } from '../../../src/calculators/nps/chart.ts';
import { input } from './nps-fixtures.ts';

describe('npsChart', () => {
  it('both surveys: floating bars for the intervals and points for the scores', () => {
    const chart = npsChart(calculateNps(input()));
    expect(chart.axis).toEqual({ min: -100, max: 100, title: 'NPS (points)' });
    expect(chart.data.labels).toEqual(['Previous survey', 'Current survey']);
    const [bars, points] = chart.data.datasets;
    expect(bars.type).toBe('bar');
    expect(bars.label).toBe('95% interval');
    // 61.32 to 71.88 and 62.43 to 72.76 (see nps-golden.test.ts)
    expect(bars.data[0]![0]).toBeCloseTo(61.3236, 3);
    expect(bars.data[0]![1]).toBeCloseTo(71.8772, 3);
    expect(bars.data[1]![0]).toBeCloseTo(62.4297, 3);
    expect(bars.data[1]![1]).toBeCloseTo(72.7592, 3);
    expect(points).toEqual({ type: 'line', label: 'NPS', data: [67, 68], showLine: false });
  });

  it('leaves out a survey without responses, and takes other names', () => {
    const chart = npsChart(calculateNps(input({ previousPromoters: 0, previousPassives: 0, previousDetractors: 0 })), {
      previous: 'Q1',
      current: 'Q2',
    });
    expect(chart.data.labels).toEqual(['Q2']);
    expect(chart.data.datasets[1].data).toEqual([68]);
    const none = npsChart(calculateNps(input({ previousPromoters: 0, previousPassives: 0, previousDetractors: 0, currentMode: 'scores' })));
    expect(none.data.labels).toEqual([]);
    expect(none.data.datasets[0].data).toEqual([]);
  });
});

describe('npsTable', () => {
  it('one row per survey, every number of the chart and the shares', () => {
    const table = npsTable(calculateNps(input()));
    expect(table.caption).toBe('NPS of each survey with its 95% interval');
    expect(table.columns).toBe(TABLE_COLUMNS);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Survey',
      'Responses',
      'Promoters (%)',
      'Passives (%)',
      'Detractors (%)',
      'NPS',
      '95% interval from',
      '95% interval to',
    ]);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]).toMatchObject({
      survey: 'Previous survey',
      responses: 500,
      promoters: 74,
      passives: 19,
      detractors: 7,
      score: 67,
    });
    expect(table.rows[1]).toMatchObject({
      survey: 'Current survey',
      responses: 500,
      promoters: 74.4,
      passives: 19.2,
      detractors: 6.4,
      score: 68,
    });
    expect(table.rows[1]!.low).toBeCloseTo(62.4297, 3);
    // every column key is a key of the rows
    for (const c of table.columns) expect(table.rows[0]).toHaveProperty(c.key);
  });
});

describe('npsChartSpec', () => {
  it('the shared chart form: the score and both ends of the interval, one number per cell, read out in the summary', () => {
    const spec = npsChartSpec(calculateNps(input()));
    expect(spec).toMatchObject({
      id: 'nps-intervals',
      title: 'NPS of each survey with its 95% interval',
      summary:
        'Previous survey: NPS 67 (95% interval 61.3 to 71.9, from 500 responses). Current survey: NPS 68 (95% interval 62.4 to 72.8, from 500 responses).',
      kind: 'xy',
      categoryTitle: 'Survey',
      categories: ['Previous survey', 'Current survey'],
    });
    expect(spec.series.map((s) => [s.label, s.type])).toEqual([
      ['Lower end of the 95% interval', 'line'],
      ['NPS', 'line'],
      ['Upper end of the 95% interval', 'line'],
    ]);
    const [low, score, high] = spec.series.map((s) => s.values as number[]);
    expect(score).toEqual([67, 68]);
    // 61.32 to 71.88 and 62.43 to 72.76 (see nps-golden.test.ts)
    expect(low![0]).toBeCloseTo(61.3236, 3);
    expect(high![0]).toBeCloseTo(71.8772, 3);
    expect(low![1]).toBeCloseTo(62.4297, 3);
    expect(high![1]).toBeCloseTo(72.7592, 3);
    // no [from, to] pairs: the shared table, tooltip and CSV show every number as it is
    expect(spec.series.flatMap((s) => s.values).every((v) => typeof v === 'number')).toBe(true);
  });

  it('says when there is nothing to plot', () => {
    const r = calculateNps(input({ previousPromoters: 0, previousPassives: 0, previousDetractors: 0, currentMode: 'scores' }));
    expect(npsChartSpec(r)).toMatchObject({ categories: [], summary: 'No survey has responses yet, so there is nothing to plot.' });
  });
});
