import { z } from 'astro/zod';
import { count, money, percent, points, wholeYears } from '../shared/fields.ts';

/**
 * Inputs of the CX return-on-investment calculator: a business case for a CX programme over an
 * existing customer base. Percentages are PERCENT 0-100 as the reader types them (85 means 85%);
 * money is in the selected currency. Content defaults and presets (`content/tools/roi.mdx`) are
 * checked with this schema at build time.
 */
export const RoiInputSchema = z
  .object({
    /** Customers N in the base today, 0 or more. */
    customers: count(),
    /** Revenue per customer per year R, money. */
    revenuePerCustomer: money(),
    /** Gross margin g: PERCENT 0-100 of revenue left after the cost of what was sold. */
    margin: percent(100),
    /** Baseline annual retention r: PERCENT 0-100 of customers who stay each year without the programme. */
    retention: percent(100),
    /** Retention uplift: percentage POINTS 0-100 the programme adds to r (r + uplift may not exceed 100). */
    retentionUplift: points(100),
    /** Spend uplift u: PERCENT 0-100 more revenue from each customer retained with the programme. */
    spendUplift: percent(100),
    /** Support contacts per year C across all customers, 0 or more. */
    contactsPerYear: count(),
    /** Cost per contact k, money, 0 to 1,000,000. */
    costPerContact: money(1_000_000),
    /** Deflection: PERCENT 0-100 of contacts that self-service (pyramid level 1) removes. */
    deflection: percent(100),
    /** Upfront investment I0 in year 0, money. */
    investment: money(),
    /** Running cost A per year of the programme, money. */
    runningCost: money(),
    /** Horizon T: whole years 1-10. */
    horizon: wholeYears(1, 10),
    /** Annual discount rate d: PERCENT 0-100 a year. */
    discountRate: percent(100),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.retention + input.retentionUplift > 100)
      ctx.addIssue({
        code: 'custom',
        path: ['retentionUplift'],
        message: `retention plus uplift cannot pass 100%, so the uplift can be at most ${String(Math.round((100 - input.retention) * 100) / 100)} points`,
      });
  });

/** Validated CX ROI inputs (see RoiInputSchema for units). */
export type RoiInput = z.output<typeof RoiInputSchema>;

/** The keys of the ROI inputs. */
export type RoiInputKey = keyof RoiInput;
