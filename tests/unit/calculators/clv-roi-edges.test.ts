// Edges of the CLV and ROI models and the shared field builder that the golden and property
// tests pass by. (Added for mutation testing, `npm run test:mutation`.)
import { describe, expect, it } from 'vitest';
import { calculateClv } from '../../../src/calculators/clv/calculate.ts';
import { paybackMonths, roiYears } from '../../../src/calculators/roi/calculate.ts';
import { CLV_FIELDS } from '../../../src/calculators/clv/fields.ts';
import { NPS_FIELDS } from '../../../src/calculators/nps/fields.ts';
import { RoiInputSchema } from '../../../src/calculators/roi/schema.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';

describe('CLV what-if cap', () => {
  it('reaching exactly 99% is not "capped"; passing it is', () => {
    const base = {
      orderValue: 60,
      ordersPerYear: 3,
      margin: 40,
      retention: 94,
      discountRate: 8,
      acquisitionCost: 120,
      horizon: 10,
      retentionWhatIf: 5,
    };
    // 94 + 5 = 99: allowed as it is
    expect(calculateClv(base).whatIf).toMatchObject({ retention: 99, capped: false });
    // 94 + 6 = 100 → 99, capped
    expect(calculateClv({ ...base, retentionWhatIf: 6 }).whatIf).toMatchObject({ retention: 99, capped: true });
  });
});

describe('CLV with neither margin nor acquisition cost', () => {
  it('nothing to recover is 0 months, even with no margin to recover it from', () => {
    // CAC 0 → 0 months, whatever the margin (m = 60 × 3 × 0 = 0 here); no ratio to CAC
    const r = calculateClv({
      orderValue: 60,
      ordersPerYear: 3,
      margin: 0,
      retention: 70,
      discountRate: 8,
      acquisitionCost: 0,
      horizon: 10,
      retentionWhatIf: 5,
    });
    expect(r.monthsToRecoverCac).toBe(0);
    expect(r.clvToCac).toBeNull();
  });
});

describe('ROI payback and schema', () => {
  it('year 0 is the investment, undiscounted and negative', () => {
    const years = roiYears({
      customers: 0,
      revenuePerCustomer: 0,
      margin: 0,
      retention: 0,
      retentionUplift: 0,
      spendUplift: 0,
      contactsPerYear: 0,
      costPerContact: 0,
      deflection: 0,
      investment: 1000,
      runningCost: 0,
      horizon: 1,
      discountRate: 10,
    });
    // 1 / 1.1^0 = 1: the present value of year 0 is −1,000
    expect(years[0]).toMatchObject({ year: 0, cost: 1000, net: -1000, cumulative: -1000, presentValue: -1000 });
  });
  it('no years at all: no payback', () => expect(paybackMonths([])).toBeNull());
  it('retention plus uplift over 100 is a custom issue on the uplift', () => {
    const input = {
      customers: 1,
      revenuePerCustomer: 1,
      margin: 1,
      retention: 90,
      retentionUplift: 20,
      spendUplift: 0,
      contactsPerYear: 0,
      costPerContact: 0,
      deflection: 0,
      investment: 0,
      runningCost: 0,
      horizon: 1,
      discountRate: 0,
    };
    const issues = RoiInputSchema.safeParse(input).error!.issues;
    // 100 − 90 = 10 points at most
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['custom', ['retentionUplift'], 'retention plus uplift cannot pass 100%, so the uplift can be at most 10 points'],
    ]);
  });
});

describe('fieldSpecs', () => {
  it('choices and text are not whole numbers and have no range', () => {
    const specs = new Map(fieldSpecs(NPS_FIELDS).map((s) => [s.key, s]));
    expect(specs.get('previousMode')).toEqual({
      key: 'previousMode',
      kind: 'choice',
      unit: 'count',
      min: 0,
      max: 0,
      integer: false,
      options: ['counts', 'percentages', 'scores'],
      maxLength: 0,
    });
    // MAX_PASTE_CHARS = 200,000
    expect(specs.get('previousScores')).toEqual({
      key: 'previousScores',
      kind: 'text',
      unit: 'count',
      min: 0,
      max: 0,
      integer: false,
      options: [],
      maxLength: 200_000,
    });
  });
  it('numbers keep their declared unit, range and whole-number rule', () => {
    // wholeYears(1, 50) is the CLV horizon; percent(99) its retention; money() 0 to MAX_MONEY.
    const specs = new Map(fieldSpecs(CLV_FIELDS).map((s) => [s.key, s]));
    expect(specs.get('horizon')).toMatchObject({ kind: 'number', unit: 'years', min: 1, max: 50, integer: true });
    expect(specs.get('retention')).toMatchObject({ kind: 'number', unit: 'percent', min: 0, max: 99, integer: false });
    expect(specs.get('orderValue')).toMatchObject({ kind: 'number', unit: 'money', min: 0, max: 1_000_000_000, integer: false });
  });
});
