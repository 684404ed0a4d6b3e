// The cost of churn, as docs/methods/churn.md defines it. Conventions, the CLV tool's where they
// overlap: retention r = 1 - churn; a customer in the base at the start of year 1 brings that
// year's margin for certain and is still there in year t with probability r^(t-1); margin arrives
// at the end of each year and is discounted by (1 + d)^t. The lost margin over the horizon follows
// today's base with no replacement (a shrinking base); the acquisition spend "to stand still"
// replaces each year's leavers to hold the base at N.
import { clamp, discountFactor, share } from '../shared/finance.ts';
import type { ChurnInput } from './fields.ts';

/** The churn cuts every result shows, in percentage POINTS, before the reader's own. */
export const STANDARD_CUTS = [1, 2, 5] as const;

/** One year of the horizon, for today's base with no replacement. */
export interface ChurnYear {
  /** Year number, 1 = the first year. */
  year: number;
  /** Customers still in the base during the year at today's churn: N r^(year-1). */
  active: number;
  /** The same with the reader's churn cut: N r'^(year-1). */
  activeWithCut: number;
  /** Margin lost in the year against a base that kept everyone, money, not discounted: (N - active) m. */
  marginLost: number;
  /** The same with the reader's churn cut, money, not discounted. */
  marginLostWithCut: number;
}

/** What cutting churn by some points is worth. */
export interface ChurnCut {
  /** Points asked for, percentage POINTS. */
  points: number;
  /** Points used: `points`, capped at today's churn (churn cannot go below 0%). */
  applied: number;
  /** Whether the cap cut the points short. */
  capped: boolean;
  /** Churn after the cut, PERCENT 0-100. */
  churn: number;
  /** Customers kept in the first year: N x applied / 100. */
  customersKept: number;
  /** Margin kept over the horizon in today's money: the fall in discounted lost margin, money. */
  value: number;
}

/** Everything the cost-of-churn calculator works out. Money is in the input currency. */
export interface ChurnResult {
  /** Margin per customer per year m = R g, money. */
  marginPerCustomer: number;
  /** Customers lost in a year L = N c (the first year's, from today's base). */
  customersLostPerYear: number;
  /** Revenue those leavers would have brought in a year, money: L R. */
  revenueLostPerYear: number;
  /** Margin those leavers would have brought in a year, money: L m. */
  marginLostPerYear: number;
  /** Acquisition spend a year to replace the leavers and keep N customers, money: L x CAC. */
  standStillSpendPerYear: number;
  /** That spend every year of the horizon (the base held at N), in today's money: sum of L CAC / (1 + d)^t. */
  standStillSpendHorizon: number;
  /** Revenue lost over the horizon by today's base, in today's money: sum of N (1 - r^(t-1)) R / (1 + d)^t. */
  revenueLostHorizon: number;
  /** Margin lost over the horizon by today's base, in today's money: sum of N (1 - r^(t-1)) m / (1 + d)^t. */
  marginLostHorizon: number;
  /**
   * Margin one customer kept brings over the next H years, valued when they would have left:
   * sum of m r^(t-1) / (1 + d)^t, the CLV tool's horizon CLV for the same margin, retention and rate.
   */
  valueOfOneKept: number;
  /** Year-by-year lost margin at today's churn and with the reader's cut (the chart). */
  years: ChurnYear[];
  /** Cuts of 1, 2 and 5 points, then the reader's own. */
  cuts: [ChurnCut, ChurnCut, ChurnCut, ChurnCut];
}

/** Discounted margin (or revenue, per `perCustomer`) lost over `horizon` years by `n` customers at retention `r` (share). */
function lostOverHorizon(n: number, perCustomer: number, r: number, d: number, horizon: number): number {
  let total = 0;
  for (let t = 1; t <= horizon; t++) total += n * (1 - r ** (t - 1)) * perCustomer * discountFactor(d, t);
  return total;
}

/** Works out the cost of churn from validated inputs (PERCENT fields as typed, money as entered). */
export function calculateChurn(input: ChurnInput): ChurnResult {
  const n = input.customers;
  const c = share(input.churn);
  const r = 1 - c;
  const d = share(input.discountRate);
  const m = input.revenuePerCustomer * share(input.margin);
  const lost = n * c;
  const marginLostHorizon = lostOverHorizon(n, m, r, d, input.horizon);

  let annuity = 0;
  let valueOfOneKept = 0;
  for (let t = 1; t <= input.horizon; t++) {
    annuity += discountFactor(d, t);
    valueOfOneKept += m * r ** (t - 1) * discountFactor(d, t);
  }

  const cut = (points: number): ChurnCut => {
    const applied = clamp(points, 0, input.churn);
    const churn = input.churn - applied;
    return {
      points,
      applied,
      capped: points > input.churn,
      churn,
      customersKept: n * share(applied),
      value: marginLostHorizon - lostOverHorizon(n, m, 1 - share(churn), d, input.horizon),
    };
  };
  const cuts = [...STANDARD_CUTS.map(cut), cut(input.churnCut)] as ChurnResult['cuts'];
  const rCut = 1 - share(cuts[3].churn);

  const years: ChurnYear[] = [];
  for (let t = 1; t <= input.horizon; t++) {
    const active = n * r ** (t - 1);
    const activeWithCut = n * rCut ** (t - 1);
    years.push({ year: t, active, activeWithCut, marginLost: (n - active) * m, marginLostWithCut: (n - activeWithCut) * m });
  }

  return {
    marginPerCustomer: m,
    customersLostPerYear: lost,
    revenueLostPerYear: lost * input.revenuePerCustomer,
    marginLostPerYear: lost * m,
    standStillSpendPerYear: lost * input.replacementCost,
    standStillSpendHorizon: lost * input.replacementCost * annuity,
    revenueLostHorizon: lostOverHorizon(n, input.revenuePerCustomer, r, d, input.horizon),
    marginLostHorizon,
    valueOfOneKept,
    years,
    cuts,
  };
}
