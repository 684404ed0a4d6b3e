// Customer lifetime value, as docs/methods/clv.md defines it. Conventions: the first year's margin is
// certain; a customer survives into year t with probability r^(t-1); each year's margin arrives
// at the end of the year and is discounted by (1 + d)^t.
import { clamp, discountFactor, finiteOrNull, share } from '../shared/finance.ts';
import type { ClvInput } from './fields.ts';

/** Highest retention the model allows, PERCENT (at 100% a customer would never leave). */
export const MAX_RETENTION_PERCENT = 99;

/** One year of the horizon. */
export interface ClvYear {
  /** Year number, 1 = the first year. */
  year: number;
  /** Share 0-1 of customers still active in this year: r^(year-1). */
  survival: number;
  /** Margin this year per acquired customer after survival and discounting, money. */
  discountedMargin: number;
  /** Sum of discounted margin up to and including this year, money: the CLV over `year` years. */
  cumulative: number;
}

/** Everything the CLV calculator works out. Money is in the input currency; ratios are shares. */
export interface ClvResult {
  /** Margin per active customer per year, money: AOV x orders x margin. */
  marginPerYear: number;
  /** Expected customer lifetime, years: 1 / (1 - r). */
  expectedLifetimeYears: number;
  /** CLV over all future years, money: m / (1 + d - r). */
  clv: number;
  /** CLV over the horizon, money: sum over t = 1..H of m r^(t-1) / (1 + d)^t. */
  clvHorizon: number;
  /** Year-by-year build-up of the horizon CLV (the chart). */
  years: ClvYear[];
  /** CLV (all future years) divided by CAC, a plain ratio; null when CAC is 0, or so near 0 that the ratio overflows. */
  clvToCac: number | null;
  /** CLV (all future years) minus CAC, money. */
  clvMinusCac: number;
  /** Months of margin needed to recover CAC: CAC / (m / 12); 0 when CAC is 0; null when m is 0 (never) or so near 0 that it overflows. */
  monthsToRecoverCac: number | null;
  /** The retention what-if. */
  whatIf: {
    /** Retention used, PERCENT 0-99: retention + what-if points, capped at 99. */
    retention: number;
    /** Whether the cap at 99% cut the what-if points short. */
    capped: boolean;
    /** CLV (all future years) at that retention, money. */
    clv: number;
    /** What-if CLV minus CLV, money. */
    gain: number;
  };
}

/** CLV over all future years, money: margin per year (money) / (1 + d - r), with d and r shares 0-1. */
export const lifetimeValue = (marginPerYear: number, d: number, r: number): number => marginPerYear / (1 + d - r);

/** Works out CLV and its companions from validated inputs (PERCENT fields as typed, money as entered). */
export function calculateClv(input: ClvInput): ClvResult {
  const m = input.orderValue * input.ordersPerYear * share(input.margin);
  const r = share(input.retention);
  const d = share(input.discountRate);
  const clv = lifetimeValue(m, d, r);

  const years: ClvYear[] = [];
  let cumulative = 0;
  for (let t = 1; t <= input.horizon; t++) {
    const survival = r ** (t - 1);
    const discountedMargin = m * survival * discountFactor(d, t);
    cumulative += discountedMargin;
    years.push({ year: t, survival, discountedMargin, cumulative });
  }

  const cac = input.acquisitionCost;
  const whatIfRetention = clamp(input.retention + input.retentionWhatIf, 0, MAX_RETENTION_PERCENT);
  const whatIfClv = lifetimeValue(m, d, share(whatIfRetention));
  return {
    marginPerYear: m,
    expectedLifetimeYears: 1 / (1 - r),
    clv,
    clvHorizon: cumulative,
    years,
    clvToCac: cac > 0 ? finiteOrNull(clv / cac) : null,
    clvMinusCac: clv - cac,
    monthsToRecoverCac: cac === 0 ? 0 : m > 0 ? finiteOrNull((12 * cac) / m) : null,
    whatIf: {
      retention: whatIfRetention,
      capped: input.retention + input.retentionWhatIf > MAX_RETENTION_PERCENT,
      clv: whatIfClv,
      gain: whatIfClv - clv,
    },
  };
}
