import { count, money, percent, points, wholeYears, type FieldIssue, type FormDecl, type InputOf } from '../shared/fields.ts';

/**
 * Inputs of the CX return-on-investment calculator: a business case for a CX programme over an
 * existing customer base. Percentages are PERCENT 0-100 as the reader types them (85 means 85%);
 * money is in the selected currency. Content defaults and presets (`content/tools/roi.mdx`) are
 * checked against these at build time (./schema.ts).
 */
export const ROI_FIELDS = {
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
} as const;

/** Validated CX ROI inputs (see ROI_FIELDS for units). */
export type RoiInput = InputOf<typeof ROI_FIELDS>;

/** The keys of the ROI inputs. */
export type RoiInputKey = keyof RoiInput;

/** The rule between fields: retention plus its uplift cannot pass 100%. */
export function roiRules(input: RoiInput): FieldIssue<RoiInputKey>[] {
  if (input.retention + input.retentionUplift <= 100) return [];
  const most = String(Math.round((100 - input.retention) * 100) / 100);
  return [{ field: 'retentionUplift', message: `retention plus uplift cannot pass 100%, so the uplift can be at most ${most} points` }];
}

/** The ROI form: its inputs and the rule between them. */
export const ROI_FORM: FormDecl<typeof ROI_FIELDS> = { fields: ROI_FIELDS, rules: roiRules };
