import { z } from 'astro/zod';
import { count, money, percent, points, wholeYears } from '../shared/fields.ts';

/**
 * Inputs of the customer lifetime value calculator. Percentages are PERCENT 0-100 as the reader
 * types them (60 means 60%); money is in the selected currency. Content defaults and presets
 * (`content/tools/clv.mdx`) are checked with this schema at build time.
 */
export const ClvInputSchema = z
  .object({
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
  })
  .strict();

/** Validated CLV inputs (see ClvInputSchema for units). */
export type ClvInput = z.output<typeof ClvInputSchema>;
