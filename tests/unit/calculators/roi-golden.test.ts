// Golden cases for the CX ROI model, each derived by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { calculateRoi, paybackMonths } from '../../../src/calculators/roi/calculate.ts';
import type { RoiInput } from '../../../src/calculators/roi/schema.ts';

const defaults: RoiInput = {
  customers: 10_000,
  revenuePerCustomer: 400,
  margin: 40,
  retention: 75,
  retentionUplift: 3,
  spendUplift: 5,
  contactsPerYear: 20_000,
  costPerContact: 6,
  deflection: 15,
  investment: 150_000,
  runningCost: 40_000,
  horizon: 5,
  discountRate: 8,
};
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

describe('calculateRoi: the tool defaults', () => {
  const r = calculateRoi(defaults);
  it('year 1 by source', () => {
    // customers: 10,000 × 0.75 = 7,500 without; 10,000 × 0.78 = 7,800 with
    // kept: (7,800 − 7,500) × 400 × 0.40 = 300 × 160 = 48,000
    // spend: 7,800 × 400 × 0.05 × 0.40 = 7,800 × 8 = 62,400
    // deflection: 20,000 × 0.15 × 6 = 18,000; benefit 128,400; net 128,400 − 40,000 = 88,400
    const y = r.years[1]!;
    expect(y.customersBaseline).toBeCloseTo(7500, 8);
    expect(y.customersWithProgramme).toBeCloseTo(7800, 8);
    expect(y.retentionBenefit).toBeCloseTo(48_000, 6);
    expect(y.spendBenefit).toBeCloseTo(62_400, 6);
    expect(y.deflectionBenefit).toBeCloseTo(18_000, 8);
    expect(y.benefit).toBeCloseTo(128_400, 6);
    expect(y.net).toBeCloseTo(88_400, 6);
  });
  it('year 0 and the cumulative net flow', () => {
    // year 0: −150,000; year 1: −150,000 + 88,400 = −61,600
    // year 2: 0.75² = 0.5625 → 5,625; 0.78² = 0.6084 → 6,084; kept 459 × 160 = 73,440; spend 6,084 × 8 = 48,672;
    //   benefit 73,440 + 48,672 + 18,000 = 140,112; net 100,112; cumulative −61,600 + 100,112 = 38,512
    expect(r.years[0]).toMatchObject({ year: 0, benefit: 0, cost: 150_000, net: -150_000, cumulative: -150_000 });
    expect(r.years[1]!.cumulative).toBeCloseTo(-61_600, 6);
    expect(r.years[2]!.benefit).toBeCloseTo(140_112, 6);
    expect(r.years[2]!.cumulative).toBeCloseTo(38_512, 6);
  });
  it('years 3 to 5', () => {
    // year 3: 0.421875 → 4,218.75; 0.474552 → 4,745.52; kept 526.77 × 160 = 84,283.2; spend 4,745.52 × 8 = 37,964.16;
    //   benefit 140,247.36; net 100,247.36; cumulative 138,759.36
    // year 4: 3,164.0625 and 3,701.5056; kept 537.4431 × 160 = 85,990.896; spend 29,612.0448; benefit 133,602.9408
    // year 5: 2,373.046875 and 2,887.174368; kept 514.127493 × 160 = 82,260.39888; spend 23,097.394944;
    //   benefit 123,357.793824; cumulative 38,512 + 100,247.36 + 93,602.9408 + 83,357.793824 = 315,720.094624
    expect(r.years[3]!.benefit).toBeCloseTo(140_247.36, 5);
    expect(r.years[4]!.benefit).toBeCloseTo(133_602.9408, 5);
    expect(r.years[5]!.benefit).toBeCloseTo(123_357.793824, 5);
    expect(r.years[5]!.cumulative).toBeCloseTo(315_720.094624, 5);
  });
  it('totals and ROI', () => {
    // benefits 128,400 + 140,112 + 140,247.36 + 133,602.9408 + 123,357.793824 = 665,720.094624
    // costs 150,000 + 5 × 40,000 = 350,000; ROI = 315,720.094624 / 350,000 = 0.90205741…
    expect(r.totalBenefits).toBeCloseTo(665_720.094624, 5);
    expect(r.totalCosts).toBe(350_000);
    expect(r.roi).toBeCloseTo(0.9020574132, 8);
  });
  it('NPV at 8%', () => {
    // −150,000 + 88,400 / 1.08 + 100,112 / 1.1664 + 100,247.36 / 1.259712 + 93,602.9408 / 1.36048896
    //   + 83,357.793824 / 1.4693280768
    // = −150,000 + 81,851.85 + 85,829.90 + 79,579.58 + 68,800.96 + 56,731.92 ≈ 222,794.2 (by hand, to about ±0.3)
    expect(Math.abs(r.npv - 222_794.2)).toBeLessThan(0.5);
  });
  it('discounted ROI', () => {
    // PV of costs: 150,000 + 40,000 × (1/1.08 + 1/1.1664 + 1/1.259712 + 1/1.36048896 + 1/1.4693280768)
    //   = 150,000 + 40,000 × (0.9259259 + 0.8573388 + 0.7938322 + 0.7350299 + 0.6805832) = 150,000 + 40,000 × 3.9927100
    //   = 309,708.40; PV of benefits = NPV + PV of costs ≈ 222,794.2 + 309,708.4 = 532,502.6
    // discounted ROI ≈ 222,794.2 / 309,708.4 = 0.71937
    expect(r.pvCosts).toBeCloseTo(309_708.4, 1);
    expect(r.roiDiscounted).toBeCloseTo(0.71937, 4);
  });
  it('payback', () => {
    // last year ending below zero: year 1 (−61,600); year 2 ends at 38,512
    // 12 × (1 + 61,600 / (38,512 + 61,600)) = 12 × (1 + 61,600 / 100,112) = 12 × 1.6153109 = 19.383730…
    expect(r.paybackMonths).toBeCloseTo(19.3837302, 6);
  });
});

describe('calculateRoi: a case with round numbers', () => {
  // 100 customers, 100 revenue, 100% margin, retention 50% → 100% with a 50-point uplift, no spend uplift,
  // no contacts, 100 upfront, nothing running, 2 years, no discounting.
  const input: RoiInput = {
    ...nothing,
    customers: 100,
    revenuePerCustomer: 100,
    margin: 100,
    retention: 50,
    retentionUplift: 50,
    investment: 100,
    horizon: 2,
  };
  const r = calculateRoi(input);
  it('flows, NPV, ROI and payback', () => {
    // year 1: without 100 × 0.5 = 50, with 100 × 1 = 100 → (100 − 50) × 100 × 1 = 5,000
    // year 2: without 25, with 100 → 75 × 100 = 7,500
    // NPV at 0% = −100 + 5,000 + 7,500 = 12,400; ROI = (12,500 − 100) / 100 = 124
    // payback: year 0 ends at −100, year 1 at 4,900 → 12 × (0 + 100 / 5,000) = 0.24 months
    expect(r.years.map((y) => y.net)).toEqual([-100, 5000, 7500]);
    expect(r.npv).toBe(12_400);
    expect(r.roi).toBe(124);
    expect(r.roiDiscounted).toBe(124);
    expect(r.paybackMonths).toBeCloseTo(0.24, 12);
  });
  it('sensitivity: each driver 20% down and up, kept in range, largest swing first', () => {
    // customers 80 → benefits × 0.8 = 4,000 + 6,000 → NPV 9,900; 120 → 15,000 → 14,900; swing 5,000
    // revenue: the same as customers (swing 5,000; ties keep the drivers' order)
    // uplift 40 → with: 90, 81 → (90 − 50) × 100 + (81 − 25) × 100 = 4,000 + 5,600 → NPV 9,500;
    //   60 is capped at 100 − 50 = 50 → NPV 12,400; swing 2,900
    // margin 80% → benefits × 0.8 → 9,900; 120% is capped at 100% → 12,400; swing 2,500
    // retention 40 → without: 40, 16; with (the uplift is in points on top): 40 + 50 = 90% → 90, 81
    //   → (90 − 40) × 100 + (81 − 16) × 100 = 5,000 + 6,500 = 11,500 → NPV 11,400;
    //   60 is capped at 100 − 50 = 50 → 12,400; swing 1,000
    // investment 80 → 12,420; 120 → 12,380; swing 40; every other driver is 0 and stays 0
    const s = r.sensitivity;
    expect(s.slice(0, 6).map((d) => d.key)).toEqual([
      'customers',
      'revenuePerCustomer',
      'retentionUplift',
      'margin',
      'retention',
      'investment',
    ]);
    expect(s[0]).toMatchObject({ lowValue: 80, highValue: 120, npvLow: 9_900, npvHigh: 14_900, swing: 5_000 });
    expect(s[2]).toMatchObject({ lowValue: 40, highValue: 50, npvLow: 9_500, npvHigh: 12_400 });
    expect(s[2]!.swing).toBeCloseTo(2_900, 8);
    expect(s[3]).toMatchObject({ lowValue: 80, highValue: 100, npvHigh: 12_400 });
    expect(s[3]!.npvLow).toBeCloseTo(9_900, 8);
    expect(s[4]).toMatchObject({ lowValue: 40, highValue: 50, npvHigh: 12_400 });
    expect(s[4]!.npvLow).toBeCloseTo(11_400, 8);
    expect(s[4]!.swing).toBeCloseTo(1_000, 8);
    expect(s[5]).toMatchObject({ lowValue: 80, highValue: 120, npvLow: 12_420, npvHigh: 12_380, swing: 40 });
    expect(s.slice(6).every((d) => d.swing === 0)).toBe(true);
  });
  it('sensitivity: says which side was capped at its range edge and the value actually used', () => {
    // N 100, R 100, g 100%, r 90%, uplift 10 points (r' = 100%), u 10%, one year, no costs, d 0:
    //   retention benefit 100 × (1.0 − 0.9) × 100 × 1 = 1,000; spend 100 × 1.0 × 100 × 0.1 × 1 = 1,000; NPV 2,000
    // retention +20%: 90 × 1.2 = 108 > 100 − 10 = 90 → capped at 90 (its own value) → NPV 2,000 (the base)
    //   −20%: 72, r' 82% → 1,000 + 100 × 0.82 × 100 × 0.1 = 1,820; not capped
    // uplift +20%: 12 > 100 − 90 = 10 → capped at 10 → 2,000; −20%: 8, r' 98% → 800 + 980 = 1,780
    // margin +20%: 120 > 100 → capped at 100 → 2,000; −20%: 80 → 2,000 × 0.8 = 1,600
    // spend uplift ±20%: 8 and 12, both inside 0..100 → 1,800 and 2,200; not capped
    // customers 0.8×/1.2× → 1,600 / 2,400; not capped (no upper edge in reach)
    const r = calculateRoi({
      ...nothing,
      customers: 100,
      revenuePerCustomer: 100,
      margin: 100,
      retention: 90,
      retentionUplift: 10,
      spendUplift: 10,
      horizon: 1,
    });
    expect(r.npv).toBeCloseTo(2_000, 8);
    const by = new Map(r.sensitivity.map((d) => [d.key, d]));
    const retention = by.get('retention')!;
    expect(retention).toMatchObject({ lowValue: 72, highValue: 90, lowCapped: false, highCapped: true });
    expect(retention.npvHigh).toBeCloseTo(2_000, 8);
    expect(retention.npvLow).toBeCloseTo(1_820, 8);
    const uplift = by.get('retentionUplift')!;
    expect(uplift).toMatchObject({ lowValue: 8, highValue: 10, lowCapped: false, highCapped: true });
    expect(uplift.npvLow).toBeCloseTo(1_780, 8);
    expect(uplift.npvHigh).toBeCloseTo(2_000, 8);
    expect(by.get('margin')).toMatchObject({ lowValue: 80, highValue: 100, lowCapped: false, highCapped: true });
    expect(by.get('margin')!.npvLow).toBeCloseTo(1_600, 8);
    const spend = by.get('spendUplift')!;
    expect(spend).toMatchObject({ lowCapped: false, highCapped: false });
    expect(spend.npvLow).toBeCloseTo(1_800, 8);
    expect(spend.npvHigh).toBeCloseTo(2_200, 8);
    expect(by.get('customers')).toMatchObject({ lowValue: 80, highValue: 120, lowCapped: false, highCapped: false });
    // a driver at 0 stays at 0: not capped, just not moved
    expect(by.get('deflection')).toMatchObject({ lowValue: 0, highValue: 0, lowCapped: false, highCapped: false });
  });
});

describe('calculateRoi: edges', () => {
  it('payback never reached: the net flow never covers the investment', () => {
    // only deflection: 100 contacts × 10% × 1 = 10 a year, running cost 10 → net 0 every year
    // cumulative −1,000 throughout → not within the horizon (null)
    // ROI = (30 − (1,000 + 3 × 10)) / 1,030 = −1,000 / 1,030 = −0.9708738; NPV = −1,000 at any rate
    const r = calculateRoi({
      ...nothing,
      contactsPerYear: 100,
      deflection: 10,
      costPerContact: 1,
      runningCost: 10,
      investment: 1000,
      horizon: 3,
      discountRate: 10,
    });
    expect(r.paybackMonths).toBeNull();
    expect(r.roi).toBeCloseTo(-0.9708737864, 9);
    expect(r.npv).toBeCloseTo(-1000, 9);
  });
  it('discount 0 and margin 0: only contacts avoided, NPV is the plain sum', () => {
    // 1,000 contacts × 50% × 2 = 1,000 a year; flows −1,500, 1,000, 1,000, 1,000
    // NPV = 1,500; ROI = (3,000 − 1,500) / 1,500 = 1; cumulative −1,500, −500, 500, 1,500
    // payback: year 1 is the last below zero → 12 × (1 + 500 / 1,000) = 18 months
    const r = calculateRoi({
      ...nothing,
      customers: 5000,
      revenuePerCustomer: 300,
      retention: 80,
      retentionUplift: 5,
      spendUplift: 10,
      contactsPerYear: 1000,
      deflection: 50,
      costPerContact: 2,
      investment: 1500,
      horizon: 3,
    });
    expect(r.years.map((y) => y.benefit)).toEqual([0, 1000, 1000, 1000]);
    expect(r.npv).toBe(1500);
    expect(r.roi).toBe(1);
    expect(r.paybackMonths).toBe(18);
  });
  it('retention 0 and no costs: payback at once, no ROI', () => {
    // without the programme nobody stays (0^t = 0); with a 20-point uplift 1,000 × 0.2 = 200, then 40
    // benefits 200 × 10 × 0.5 = 1,000 and 40 × 10 × 0.5 = 200; NPV at 0% = 1,200
    // no investment and no running cost: the line never dips below zero → 0 months; ROI has no costs → null
    const r = calculateRoi({ ...nothing, customers: 1000, revenuePerCustomer: 10, margin: 50, retentionUplift: 20, horizon: 2 });
    expect(r.years.map((y) => y.customersBaseline)).toEqual([1000, 0, 0]);
    expect(r.years[2]!.customersWithProgramme).toBeCloseTo(40, 10);
    expect(r.npv).toBeCloseTo(1200, 9);
    expect(r.paybackMonths).toBe(0);
    expect(r.roi).toBeNull();
    expect(r.roiDiscounted).toBeNull();
  });
  it('a cumulative line that turns down again and ends below zero has no payback', () => {
    // with the programme 1,000 × 0.5^t = 500, 250, 125 customers, at 0.1 revenue and 100% margin: 50, 25, 12.5
    // nets −10, 50 − 30 = 20, 25 − 30 = −5, 12.5 − 30 = −17.5; cumulative −10, 10, 5, −12.5 → null
    const r = calculateRoi({
      ...nothing,
      customers: 1000,
      revenuePerCustomer: 0.1,
      margin: 100,
      retentionUplift: 50,
      investment: 10,
      runningCost: 30,
      horizon: 3,
    });
    expect(r.years.map((y) => y.cumulative)).toEqual([-10, 10, 5, -12.5]);
    expect(r.paybackMonths).toBeNull();
  });
  it('retention 100% with no uplift: the base never shrinks', () => {
    // 100 × 1^t = 100 both ways; kept 0; spend 100 × 50 × 0.1 × 1 = 500 a year
    const r = calculateRoi({
      ...nothing,
      customers: 100,
      revenuePerCustomer: 50,
      margin: 100,
      retention: 100,
      spendUplift: 10,
      horizon: 2,
    });
    expect(r.years.map((y) => y.benefit)).toEqual([0, 500, 500]);
  });
});

describe('paybackMonths', () => {
  it('interpolates inside the year that crosses zero', () => {
    // [−100, −50, 50]: last below zero is year 1 → 12 × (1 + 50 / 100) = 18
    expect(paybackMonths([-100, -50, 50])).toBe(18);
    // [5, −1, 3]: dips in year 1 → 12 × (1 + 1 / 4) = 15
    expect(paybackMonths([5, -1, 3])).toBe(15);
    // [−60, 0]: 12 × (0 + 60 / 60) = 12, exactly at the end of year 1
    expect(paybackMonths([-60, 0])).toBe(12);
  });
  it('0 when never below zero; null when below zero at the end', () => {
    expect(paybackMonths([0, 10, 20])).toBe(0);
    expect(paybackMonths([-1, 5, -0.5])).toBeNull();
  });
});
