// What the CX ROI island shows: for any valid input, every text (results, working, charts,
// year table, announcement) is a real value: never NaN, Infinity, undefined or blank.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateRoi } from '../../../src/calculators/roi/calculate.ts';
import type { RoiInput } from '../../../src/calculators/roi/schema.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { roiDefinition } from '../../../src/islands/roi/roi-definition.ts';
import { texts } from './clv-helpers.ts';
import { roiWorking } from '../../../src/islands/roi/roi-working.ts';

const n = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const anyInput: fc.Arbitrary<RoiInput> = fc
  .record({
    customers: n(0, 1e9),
    revenuePerCustomer: n(0, 1e9),
    margin: n(0, 100),
    retention: n(0, 100),
    share: n(0, 1),
    spendUplift: n(0, 100),
    contactsPerYear: n(0, 1e9),
    costPerContact: n(0, 1e6),
    deflection: n(0, 100),
    investment: n(0, 1e9),
    runningCost: n(0, 1e9),
    horizon: fc.integer({ min: 1, max: 10 }),
    discountRate: n(0, 100),
  })
  .map(({ share, ...i }) => ({ ...i, retentionUplift: share * (100 - i.retention) }));
const labels = {
  customers: 'Customers today',
  revenuePerCustomer: 'Revenue per customer per year',
  margin: 'Gross margin',
  retention: 'Baseline annual retention',
  retentionUplift: 'Retention uplift',
  spendUplift: 'Spend uplift',
  contactsPerYear: 'Support contacts per year',
  costPerContact: 'Cost per contact',
  deflection: 'Contacts deflected by self-service',
  investment: 'Upfront investment',
  runningCost: 'Running cost per year',
  horizon: 'Horizon',
  discountRate: 'Annual discount rate',
};
const BAD = /NaN|Infinity|∞|undefined|null|\[object/;

describe('CX ROI display', () => {
  it('loads its working on demand: the loader resolves to roiWorking', async () => expect(await roiDefinition.working()).toBe(roiWorking));

  it('never shows NaN, Infinity or a blank result', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const view = { input, result: calculateRoi(input), fmt: makeFormatters({ currency: 'EUR', locale: 'en-GB' }), labels };
        const results = roiDefinition.results(view);
        for (const r of results) expect(r.value.trim()).not.toBe('');
        const charts = roiDefinition.charts(view);
        const tables = roiDefinition.tables!(view);
        for (const t of texts([results, roiWorking(view), roiDefinition.summary(view), charts, tables.map((t) => t.rows)]))
          expect(t).not.toMatch(BAD);
        for (const c of charts) expect(c.series.flatMap((s) => s.values.flat()).every(Number.isFinite)).toBe(true);
        expect(tables[0]!.csv.flat().every((v) => typeof v !== 'number' || Number.isFinite(v))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('says where a driver was capped: in the tornado, its table and the working', () => {
    // retention 95% with a 3-point uplift: +20% would be 114%, but retention + uplift may not pass
    // 100, so it is capped at 100 − 3 = 97%; margin 90% × 1.2 = 108% is capped at 100%; the others
    // stay inside their ranges.
    const input: RoiInput = {
      customers: 10000,
      revenuePerCustomer: 400,
      margin: 90,
      retention: 95,
      retentionUplift: 3,
      spendUplift: 5,
      contactsPerYear: 20000,
      costPerContact: 6,
      deflection: 15,
      investment: 150000,
      runningCost: 40000,
      horizon: 5,
      discountRate: 8,
    };
    const view = { input, result: calculateRoi(input), fmt: makeFormatters({ currency: 'EUR', locale: 'en-GB' }), labels };
    const tornado = roiDefinition.charts(view).find((c) => c.id === 'roi-tornado')!;
    expect(tornado.categories).toContain('Baseline annual retention (+20% capped at 97%)');
    expect(tornado.categories).toContain('Gross margin (+20% capped at 100%)');
    expect(tornado.categories).toContain('Spend uplift');
    // the uplift at +20% is 3.6 points, within 100 − 95 = 5: not capped
    expect(tornado.categories).toContain('Retention uplift');
    const step = roiWorking(view).find((w) => w.label === 'Sensitivity')!;
    // retention moves the NPV most (76% keeps far fewer customers), so it leads the working's step
    expect(step.substituted).toMatch(
      /^Baseline annual retention: 76% → €[\d,]+; 97% \(\+20% capped at the edge of its range\) → €[\d,]+; /,
    );
    expect(step.substituted).toContain('; Gross margin: +20% capped at 100%');
  });
  it('says "not within the horizon" rather than a number when payback is never reached', () => {
    const input: RoiInput = {
      customers: 10000,
      revenuePerCustomer: 400,
      margin: 40,
      retention: 75,
      retentionUplift: 1,
      spendUplift: 1,
      contactsPerYear: 20000,
      costPerContact: 6,
      deflection: 5,
      investment: 500000,
      runningCost: 120000,
      horizon: 5,
      discountRate: 8,
    };
    const view = { input, result: calculateRoi(input), fmt: makeFormatters({ currency: 'EUR', locale: 'en-GB' }), labels };
    expect(roiDefinition.results(view).find((r) => r.id === 'payback')!.value).toBe('not within the horizon of 5 years');
  });
});
