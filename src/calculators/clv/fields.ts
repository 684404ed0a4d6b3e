import { count, money, percent, points, wholeYears, type FormDecl, type InputOf } from '../shared/fields.ts';

/**
 * Inputs of the customer lifetime value calculator. Percentages are PERCENT 0-100 as the reader
 * types them (60 means 60%); money is in the selected currency. Content defaults and presets
 * (`content/tools/clv.mdx`) are checked against these at build time (./schema.ts).
 */
export const CLV_FIELDS = {
  /** Average order value: money per order, 0 or more. */
  orderValue: money(),
  /** Orders a customer places per year (fractions allowed, e.g. 2.5), 0 to 10,000. */
  ordersPerYear: count(10_000),
  /** Gross margin: PERCENT 0-100 of revenue left after the cost of what was sold. */
  margin: percent(100),
  /** Annual retention: PERCENT 0-99 of customers who stay from one year to the next. */
  retention: percent(99),
  /** Annual discount rate: PERCENT 0-100 a year, the return money could earn elsewhere. */
  discountRate: percent(100),
  /** Acquisition cost (CAC): money spent to win one new customer, 0 or more. */
  acquisitionCost: money(),
  /** Horizon: whole years 1-50 that the chart and the horizon CLV cover. */
  horizon: wholeYears(1, 50),
  /** What-if: percentage POINTS 0-99 added to annual retention (the result is capped at 99%). */
  retentionWhatIf: points(99),
} as const;

/** The CLV form: its inputs; it has no rules between fields. */
export const CLV_FORM: FormDecl<typeof CLV_FIELDS> = { fields: CLV_FIELDS };

/** Validated CLV inputs (see CLV_FIELDS for units). */
export type ClvInput = InputOf<typeof CLV_FIELDS>;
