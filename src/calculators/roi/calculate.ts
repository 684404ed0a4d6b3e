// CX return on investment, as docs/methods/roi.md defines it. Conventions: year 0 carries only the upfront
// investment; benefits and running costs arrive at the end of years 1..T and are discounted by
// (1 + d)^t; of N customers, N r^t are still there in year t without the programme and
// N (r + uplift)^t with it; deflection savings are the same every year. Each benefit line is
// multiplied by (1 - its risk adjustment), as Forrester's TEI studies do; at 0 (the default) the
// figures are exactly the unadjusted ones.
import { clamp, discountFactor, finiteOrNull, npv, share } from '../shared/finance.ts';
import { fieldSpecs } from '../shared/fields.ts';
import { RANGE_DRIVERS, ROI_FIELDS, roiRanges, type RangeKey, type RoiInput } from './fields.ts';

/** One year of the business case; money in the input currency. Year 0 is the upfront investment. */
export interface RoiYear {
  /** Year number, 0 = today (the investment), 1..T = years of the programme. */
  year: number;
  /** Customers left in year t without the programme: N r^t. */
  customersBaseline: number;
  /** Customers left in year t with the programme: N (r + uplift)^t. */
  customersWithProgramme: number;
  /** Margin from customers kept by the uplift, money: N ((r + uplift)^t - r^t) R g. */
  retentionBenefit: number;
  /** Margin from the extra spend of retained customers, money: N (r + uplift)^t R u g. */
  spendBenefit: number;
  /** Support cost saved by self-service, money: C x deflection x k. */
  deflectionBenefit: number;
  /** All benefits this year, money (the three above). */
  benefit: number;
  /** Costs this year, money: I0 in year 0, A in later years. */
  cost: number;
  /** Benefit minus cost, money. */
  net: number;
  /** Net flow summed from year 0 up to this year, money. */
  cumulative: number;
  /** Net flow discounted to today, money: net / (1 + d)^t. */
  presentValue: number;
}

/** NPV with one driver 20% lower and 20% higher (kept inside its valid range), or at the ends of the range the reader gave. */
export interface RoiSensitivity {
  /** The input that was moved. */
  key: RangeKey;
  /** 'step': moved by SENSITIVITY_STEP either way; 'range': set to the low and high of the reader's range. */
  source: 'step' | 'range';
  /** The driver's value at -20%, in its input unit. */
  lowValue: number;
  /** The driver's value at +20%, in its input unit. */
  highValue: number;
  /** True when -20% would leave the driver's valid range, so lowValue is the range's edge instead. */
  lowCapped: boolean;
  /** True when +20% would leave the driver's valid range (e.g. retention + uplift over 100), so highValue is the edge. */
  highCapped: boolean;
  /** NPV with the driver at lowValue, money. */
  npvLow: number;
  /** NPV with the driver at highValue, money. */
  npvHigh: number;
  /** |npvHigh - npvLow|, money; the tornado sorts by it. */
  swing: number;
}

/** Everything the CX ROI calculator works out. Money in the input currency; ROI as shares (1.5 = 150%). */
export interface RoiResult {
  /** Years 0..T. */
  years: RoiYear[];
  /** Benefits over years 1..T, undiscounted, money. */
  totalBenefits: number;
  /** Costs over years 0..T (I0 + T A), undiscounted, money. */
  totalCosts: number;
  /** Present value of the benefits at d, money. */
  pvBenefits: number;
  /** Present value of the costs at d, money. */
  pvCosts: number;
  /** Net present value of the net flows at d, money. */
  npv: number;
  /** (benefits - costs) / costs, undiscounted, a share; null when there are no costs. */
  roi: number | null;
  /** (PV benefits - PV costs) / PV costs, a share; null when there are no costs. */
  roiDiscounted: number | null;
  /** Months until the cumulative net flow reaches zero and stays there; null if not within the horizon. */
  paybackMonths: number | null;
  /**
   * The tornado, largest swing first: each driver's NPV at -20% and +20%, or, when the reader gave
   * ranges, each driver with a range at its low and high.
   */
  sensitivity: RoiSensitivity[];
  /** True when a benefit line has a risk adjustment above 0. */
  riskAdjusted: boolean;
  /** The same figures with no risk adjustment (null when none is set: then they are the figures above). */
  unadjusted: RoiFigures | null;
}

/** The headline figures of one case, for the risk-adjusted and unadjusted columns. */
export type RoiFigures = Pick<RoiResult, 'totalBenefits' | 'pvBenefits' | 'npv' | 'roi' | 'roiDiscounted' | 'paybackMonths'>;

/** The inputs moved in the sensitivity analysis: every input except the whole-year horizon (and the risk adjustments). */
export const SENSITIVITY_DRIVERS: readonly RangeKey[] = RANGE_DRIVERS;

/** How far each driver moves in the sensitivity analysis, a share: 0.2 = 20%. */
export const SENSITIVITY_STEP = 0.2;

/** The year-by-year table (years 0..T) from validated inputs. */
export function roiYears(input: RoiInput): RoiYear[] {
  const { customers: n, revenuePerCustomer: rev, investment, runningCost, horizon } = input;
  const g = share(input.margin);
  const r = share(input.retention);
  const rp = share(input.retention + input.retentionUplift);
  const u = share(input.spendUplift);
  const d = share(input.discountRate);
  // Kept as "× (1 − risk)" only when a risk is set, so an unadjusted figure is the same float as before.
  const adjust = (value: number, risk: number | undefined) => (risk ? value * (1 - share(risk)) : value);
  const deflectionBenefit = adjust(input.contactsPerYear * share(input.deflection) * input.costPerContact, input.riskDeflection);

  const years: RoiYear[] = [];
  let cumulative = -investment;
  years.push({
    year: 0,
    customersBaseline: n,
    customersWithProgramme: n,
    retentionBenefit: 0,
    spendBenefit: 0,
    deflectionBenefit: 0,
    benefit: 0,
    cost: investment,
    net: -investment,
    cumulative,
    presentValue: -investment,
  });
  for (let t = 1; t <= horizon; t++) {
    const customersBaseline = n * r ** t;
    const customersWithProgramme = n * rp ** t;
    const retentionBenefit = adjust((customersWithProgramme - customersBaseline) * rev * g, input.riskRetention);
    const spendBenefit = adjust(customersWithProgramme * rev * u * g, input.riskSpend);
    const benefit = retentionBenefit + spendBenefit + deflectionBenefit;
    const net = benefit - runningCost;
    cumulative += net;
    years.push({
      year: t,
      customersBaseline,
      customersWithProgramme,
      retentionBenefit,
      spendBenefit,
      deflectionBenefit,
      benefit,
      cost: runningCost,
      net,
      cumulative,
      presentValue: net * discountFactor(d, t),
    });
  }
  return years;
}

/**
 * Payback in months from the cumulative net flows at the end of years 0..T (money), drawn as a
 * straight line inside each year: the moment after which the line stays at or above zero.
 * 0 when it never dips below zero; null when it is below zero at the end of the horizon.
 */
export function paybackMonths(cumulative: readonly number[]): number | null {
  const last = cumulative.length - 1;
  if ((cumulative[last] ?? -1) < 0) return null;
  let j = -1;
  for (let t = last; t >= 0; t--) {
    if ((cumulative[t] ?? 0) < 0) {
      j = t;
      break;
    }
  }
  if (j < 0) return 0;
  const before = cumulative[j]!;
  const after = cumulative[j + 1]!;
  return 12 * (j + -before / (after - before));
}

/** NPV (money) of validated inputs at their own discount rate. */
export function roiNpv(input: RoiInput): number {
  return npv(
    share(input.discountRate),
    roiYears(input).map((y) => y.net),
  );
}

const SPECS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s]));

/**
 * `input` with `key` scaled by `factor`, kept inside the field's range and r + uplift <= 100;
 * `capped` says whether the scaled value had to be moved to the range's edge.
 */
function moved(input: RoiInput, key: RangeKey, factor: number): { input: RoiInput; capped: boolean } {
  const spec = SPECS.get(key)!;
  let max = spec.max;
  if (key === 'retention') max = Math.min(max, 100 - input.retentionUplift);
  if (key === 'retentionUplift') max = Math.min(max, 100 - input.retention);
  const wanted = input[key] * factor;
  const value = clamp(wanted, spec.min, max);
  return { input: { ...input, [key]: value }, capped: value !== wanted };
}

/**
 * NPV with each driver at -20% and +20%, largest swing first; when the reader gave ranges, only the
 * drivers with a range, each at its low and high (the others held at their values).
 */
export function roiSensitivity(input: RoiInput): RoiSensitivity[] {
  const ranges = roiRanges(input);
  if (ranges.length)
    return ranges
      .map(({ key, low, high }) => {
        const npvLow = roiNpv({ ...input, [key]: low });
        const npvHigh = roiNpv({ ...input, [key]: high });
        const capped = { lowCapped: false, highCapped: false };
        return {
          key,
          source: 'range' as const,
          lowValue: low,
          highValue: high,
          ...capped,
          npvLow,
          npvHigh,
          swing: Math.abs(npvHigh - npvLow),
        };
      })
      .sort((a, b) => b.swing - a.swing);
  return SENSITIVITY_DRIVERS.map((key) => {
    const low = moved(input, key, 1 - SENSITIVITY_STEP);
    const high = moved(input, key, 1 + SENSITIVITY_STEP);
    const npvLow = roiNpv(low.input);
    const npvHigh = roiNpv(high.input);
    return {
      key,
      source: 'step' as const,
      lowValue: low.input[key],
      highValue: high.input[key],
      lowCapped: low.capped,
      highCapped: high.capped,
      npvLow,
      npvHigh,
      swing: Math.abs(npvHigh - npvLow),
    };
  }).sort((a, b) => b.swing - a.swing);
}

/** Whether any benefit line has a risk adjustment above 0. */
export const hasRiskAdjustment = (input: RoiInput): boolean => Boolean(input.riskRetention || input.riskSpend || input.riskDeflection);

/** Works out the CX business case from validated inputs (PERCENT fields as typed, money as entered). */
export function calculateRoi(input: RoiInput): RoiResult {
  const figures = roiFigures(input);
  const riskAdjusted = hasRiskAdjustment(input);
  return {
    ...figures,
    sensitivity: roiSensitivity(input),
    riskAdjusted,
    unadjusted: riskAdjusted ? roiFigures({ ...input, riskRetention: 0, riskSpend: 0, riskDeflection: 0 }) : null,
  };
}

/** Everything but the tornado and the risk comparison. */
function roiFigures(input: RoiInput): Omit<RoiResult, 'sensitivity' | 'riskAdjusted' | 'unadjusted'> {
  const years = roiYears(input);
  const d = share(input.discountRate);
  const totalBenefits = years.reduce((s, y) => s + y.benefit, 0);
  const totalCosts = years.reduce((s, y) => s + y.cost, 0);
  const pvBenefits = npv(
    d,
    years.map((y) => y.benefit),
  );
  const pvCosts = npv(
    d,
    years.map((y) => y.cost),
  );
  return {
    years,
    totalBenefits,
    totalCosts,
    pvBenefits,
    pvCosts,
    npv: npv(
      d,
      years.map((y) => y.net),
    ),
    roi: totalCosts > 0 ? finiteOrNull((totalBenefits - totalCosts) / totalCosts) : null,
    roiDiscounted: pvCosts > 0 ? finiteOrNull((pvBenefits - pvCosts) / pvCosts) : null,
    paybackMonths: paybackMonths(years.map((y) => y.cumulative)),
  };
}
