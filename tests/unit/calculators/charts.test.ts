// The CLV and CX ROI chart specs, field by field, on inputs small enough to work out by hand.
// The display tests only check that every value is finite; these pin what each chart says.
// (Added for mutation testing, `npm run test:mutation`.)
import { describe, expect, it } from 'vitest';
import { calculateClv } from '../../../src/calculators/clv/calculate.ts';
import { clvChart } from '../../../src/calculators/clv/chart.ts';
import type { ClvInput } from '../../../src/calculators/clv/schema.ts';
import { calculateRoi } from '../../../src/calculators/roi/calculate.ts';
import { roiCashChart, roiHistogramChart, roiTornadoChart } from '../../../src/calculators/roi/chart.ts';
import { simulateRoi } from '../../../src/calculators/roi/monte-carlo.ts';
import type { RoiInput, RoiInputKey } from '../../../src/calculators/roi/schema.ts';

const money = (v: number) => `€${v.toFixed(2)}`;

describe('clvChart', () => {
  // AOV 100 × 1 order × 100% margin: m = 100. Retention 0 and discount 0: year 1 brings 100 / 1.0 = 100,
  // year 2 has survival 0^1 = 0, so 0; the running CLV is 100 then 100. CAC 100.
  const input: ClvInput = {
    orderValue: 100,
    ordersPerYear: 1,
    margin: 100,
    retention: 0,
    discountRate: 0,
    acquisitionCost: 100,
    horizon: 2,
    retentionWhatIf: 0,
  };

  it('describes every series of a two-year build-up', () => {
    expect(clvChart(input, calculateClv(input), money)).toEqual({
      id: 'clv-build-up',
      title: 'CLV built up over 2 years, against the acquisition cost',
      // the running CLV reaches CAC (100 >= 100) in year 1: "covers ... in year 1"
      summary: 'Cumulative CLV reaches €100.00 after 2 years; it covers the acquisition cost of €100.00 in year 1.',
      kind: 'xy',
      categoryTitle: 'Year',
      categories: ['Year 1', 'Year 2'],
      unit: 'money',
      series: [
        { label: 'Discounted margin in the year', type: 'bar', values: [100, 0], tone: 1 },
        { label: 'Cumulative CLV', type: 'line', values: [100, 100], tone: 0 },
        { label: 'Acquisition cost (CAC)', type: 'line', values: [100, 100], tone: 2, dashed: true },
      ],
    });
  });

  it('one year is "1 year"; a CAC never reached is said so', () => {
    // horizon 1: running CLV 100 < CAC 150, so it is not covered within that time
    const one = { ...input, horizon: 1, acquisitionCost: 150 };
    const chart = clvChart(one, calculateClv(one), money);
    expect(chart.title).toBe('CLV built up over 1 year, against the acquisition cost');
    expect(chart.summary).toBe(
      'Cumulative CLV reaches €100.00 after 1 year; it does not cover the acquisition cost of €150.00 within that time.',
    );
  });

  it('names the first year whose running CLV reaches CAC', () => {
    // retention 50%, discount 0: years bring 100, 50, 25 → running CLV 100, 150, 175; CAC 120 is first reached in year 2
    const later = { ...input, retention: 50, horizon: 3, acquisitionCost: 120 };
    expect(clvChart(later, calculateClv(later), money).summary).toBe(
      'Cumulative CLV reaches €175.00 after 3 years; it covers the acquisition cost of €120.00 in year 2.',
    );
  });
});

const nothing: RoiInput = {
  customers: 0,
  revenuePerCustomer: 0,
  margin: 0,
  retention: 0,
  retentionUplift: 0,
  spendUplift: 0,
  contactsPerYear: 0,
  costPerContact: 0,
  deflection: 0,
  investment: 0,
  runningCost: 0,
  horizon: 1,
  discountRate: 0,
};
const labels = Object.fromEntries(Object.keys(nothing).map((k) => [k, `<${k}>`])) as Record<RoiInputKey, string>;

describe('roiCashChart', () => {
  // 100 customers, revenue 100, margin 100%, retention 50% + 50 points uplift, spend uplift 10%, investment 100, one year:
  // year 1: 50 without, 100 with; kept (100 − 50) × 100 × 1 = 5,000; spend 100 × 100 × 0.10 × 1 = 1,000; no deflection
  // cumulative: year 0 −100, year 1 −100 + 6,000 = 5,900; benefits 6,000, costs 100
  const input: RoiInput = {
    ...nothing,
    customers: 100,
    revenuePerCustomer: 100,
    margin: 100,
    retention: 50,
    retentionUplift: 50,
    spendUplift: 10,
    investment: 100,
  };

  it('stacks the three sources per year and draws the running net flow', () => {
    const chart = roiCashChart(calculateRoi(input), money);
    expect(chart).toMatchObject({
      id: 'roi-cash',
      title: 'Benefits by source and cumulative net flow, by year',
      summary: 'Benefits total €6000.00 against costs of €100.00; the cumulative net flow ends at €5900.00.',
      kind: 'xy',
      categoryTitle: 'Year',
      categories: ['Year 0', 'Year 1'],
      unit: 'money',
    });
    expect(chart.series).toHaveLength(4);
    const [kept, spend, deflection, net] = chart.series;
    expect(kept).toEqual({ label: 'Retention benefit', type: 'bar', stack: 'benefit', values: [0, 5000], tone: 0 });
    expect(spend!.label).toBe('Spend uplift benefit');
    expect(spend!.type).toBe('bar');
    expect(spend!.stack).toBe('benefit');
    expect(spend!.tone).toBe(1);
    expect(spend!.values[0]).toBe(0);
    expect(spend!.values[1]).toBeCloseTo(1000, 9);
    expect(deflection).toEqual({ label: 'Deflection saving', type: 'bar', stack: 'benefit', values: [0, 0], tone: 2 });
    expect(net!.label).toBe('Cumulative net flow');
    expect(net!.type).toBe('line');
    expect(net!.tone).toBe(3);
    expect(net!.values[0]).toBe(-100);
    expect(net!.values[1]).toBeCloseTo(5900, 9);
  });

  it('says when the programme does not pay back', () => {
    // two years, investment 20,000: year 1 as above, 6,000; year 2: 100 × 0.5² = 25 without, 100 × 1² = 100 with,
    // kept 75 × 100 = 7,500, spend 100 × 100 × 0.10 = 1,000, so 8,500; benefits 14,500, costs 20,000;
    // the flow ends (year 2, not year 1) at −20,000 + 6,000 + 8,500 = −5,500
    const chart = roiCashChart(calculateRoi({ ...input, investment: 20_000, horizon: 2 }), money);
    expect(chart.summary).toBe(
      'Benefits total €14500.00 against costs of €20000.00; the cumulative net flow ends at €-5500.00 and does not pay back within the horizon.',
    );
  });

  it('ends at 0 when there are no years to read', () => {
    // a result with no years (not one calculateRoi gives, but the chart must not throw on it)
    const empty = { ...calculateRoi(nothing), years: [], paybackMonths: 0 };
    expect(roiCashChart(empty, money).summary).toBe('Benefits total €0.00 against costs of €0.00; the cumulative net flow ends at €0.00.');
  });
});

describe('roiTornadoChart', () => {
  // Only deflection: 1,000 contacts × 50% × 10 per contact = 5,000 a year, one year, no discount, no costs: NPV 5,000.
  // Each of contacts, cost per contact and deflection at ±20% gives 4,000 and 6,000 (swing 2,000); every other
  // driver is 0 (and stays 0 when scaled) or does not touch the flows, so its swing is 0. Ties keep the drivers' order.
  const input: RoiInput = { ...nothing, contactsPerYear: 1000, costPerContact: 10, deflection: 50 };

  it('draws each driver as bars from the base NPV', () => {
    const result = calculateRoi(input);
    const chart = roiTornadoChart(result, labels, money);
    expect(chart).toMatchObject({
      id: 'roi-tornado',
      title: 'Sensitivity: NPV with each driver 20% lower or higher',
      summary: 'The base NPV is €5000.00. <contactsPerYear> moves it most: from €4000.00 at -20% to €6000.00 at +20%.',
      kind: 'range',
      categoryTitle: 'Driver',
      unit: 'money',
      baseline: 5000,
    });
    expect(chart.categories.slice(0, 3)).toEqual(['<contactsPerYear>', '<costPerContact>', '<deflection>']);
    expect(chart.categories).toHaveLength(12);
    const [low, high] = chart.series;
    expect(chart.series).toHaveLength(2);
    expect(low).toMatchObject({ label: 'NPV with the driver 20% lower', type: 'bar', stack: 'tornado', tone: 1 });
    expect(high).toMatchObject({ label: 'NPV with the driver 20% higher', type: 'bar', stack: 'tornado', tone: 0 });
    const [from, to] = low!.values[0] as [number, number];
    expect(from).toBe(5000);
    expect(to).toBeCloseTo(4000, 9);
    expect((high!.values[0] as [number, number])[1]).toBeCloseTo(6000, 9);
    // a driver with no effect: both bars are [5,000, 5,000]
    expect(low!.values[11]).toEqual([5000, 5000]);
    expect(high!.values[11]).toEqual([5000, 5000]);
  });

  it('names a capped driver and the value used, in its label and the summary', () => {
    // 1 customer, revenue 10, margin 100%, retention 100%, spend uplift 100%, one year, no costs:
    // spend benefit 1 × 1 × 10 × 1 × 1 = 10, NPV 10. Margin +20% = 120% → capped at 100%; spend uplift
    // +20% = 120% → capped at 100%; retention +20% = 120% → capped at 100 − 0 = 100%. Deflection is 0: not capped.
    const capped: RoiInput = { ...nothing, customers: 1, revenuePerCustomer: 10, margin: 100, retention: 100, spendUplift: 100 };
    const result = calculateRoi(capped);
    const chart = roiTornadoChart(result, labels, money, (_key, v) => `${v}%`);
    expect(chart.categories).toContain('<margin> (+20% capped at 100%)');
    expect(chart.categories).toContain('<spendUplift> (+20% capped at 100%)');
    expect(chart.categories).toContain('<retention> (+20% capped at 100%)');
    expect(chart.categories).toContain('<deflection>');
    // customers, revenue, margin and spend uplift each move the NPV by 2 at -20% (to 8); customers
    // and revenue at +20% give 12, so customers leads (ties keep the list's order) and is not capped
    expect(chart.summary).toBe('The base NPV is €10.00. <customers> moves it most: from €8.00 at -20% to €12.00 at +20%.');
  });

  it('says when no driver moves the NPV', () => {
    // everything 0: NPV 0, and 0 × 0.8 = 0 × 1.2 = 0 for every driver, so every swing is 0
    expect(roiTornadoChart(calculateRoi(nothing), labels, money).summary).toBe('The base NPV is €0.00. No driver changes it.');
  });
});

describe('ROI charts with ranges and the simulation', () => {
  const input = {
    customers: 0,
    revenuePerCustomer: 0,
    margin: 0,
    retention: 0,
    retentionUplift: 0,
    spendUplift: 0,
    contactsPerYear: 1_000,
    costPerContact: 10,
    deflection: 10,
    investment: 300,
    runningCost: 0,
    horizon: 1,
    discountRate: 0,
    ranges: 'investment:0:1500',
  };
  const plain = (v: number) => `€${v}`;

  it('the tornado swings each ranged driver across its range and says so', () => {
    // NPV = 1,000 − I0: 700 at 300; 1,000 at the low end 0; −500 at the high end 1,500.
    const chart = roiTornadoChart(calculateRoi(input), { investment: 'Upfront investment' } as never, plain, (_k, v) => `€${v}`);
    expect(chart.title).toBe('Sensitivity: NPV at the low and high end of each range you gave');
    expect(chart.categories).toEqual(['Upfront investment (€0 to €1500)']);
    expect(chart.series.map((s) => s.values)).toEqual([[[700, 1000]], [[700, -500]]]);
    expect(chart.summary).toBe('The base NPV is €700. Upfront investment moves it most: from €1000 at €0 to €-500 at €1500.');
  });

  it('the histogram has a bar per band with the count of draws in it', () => {
    const sim = simulateRoi({ ...input, seed: 3 }, 1_000);
    const chart = roiHistogramChart(sim, { money: plain, edge: plain, share: (v) => `${v * 100}%`, count: String });
    expect(chart.title).toBe('NPV over 1000 simulated cases');
    expect(chart.categories).toHaveLength(20);
    expect((chart.series[0]!.values as number[]).reduce((a, b) => a + b, 0)).toBe(1_000);
    expect(chart.unit).toBe('count');
  });
});
