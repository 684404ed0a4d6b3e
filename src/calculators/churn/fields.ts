import { count, money, percent, points, wholeYears, type FormDecl, type InputOf } from '../shared/fields.ts';

/**
 * Inputs of the cost-of-churn calculator. Percentages are PERCENT 0-100 as the reader types them
 * (15 means 15%); money is in the selected currency. Content defaults and presets
 * (`content/tools/churn.mdx`) are checked against these at build time (./schema.ts).
 */
export const CHURN_FIELDS = {
  /** Customers N in the base today, 0 or more. */
  customers: count(),
  /** Annual churn c: PERCENT 0-100 of customers who leave in a year (retention r = 1 - c). */
  churn: percent(100),
  /** Revenue per customer per year R, money. */
  revenuePerCustomer: money(),
  /** Gross margin g: PERCENT 0-100 of revenue left after the cost of what was sold. */
  margin: percent(100),
  /** Cost to acquire one customer to replace one who left (CAC), money. */
  replacementCost: money(),
  /** Horizon H: whole years 1-50 over which lost margin and kept margin are counted. */
  horizon: wholeYears(1, 50),
  /** Annual discount rate d: PERCENT 0-100 a year. */
  discountRate: percent(100),
  /** A churn cut of the reader's choice: percentage POINTS 0-100 taken off churn (never below 0%). */
  churnCut: points(100),
} as const;

/** The cost-of-churn form: its inputs; it has no rules between fields (a cut larger than churn is capped, and said so). */
export const CHURN_FORM: FormDecl<typeof CHURN_FIELDS> = { fields: CHURN_FIELDS };

/** Validated cost-of-churn inputs (see CHURN_FIELDS for units). */
export type ChurnInput = InputOf<typeof CHURN_FIELDS>;
