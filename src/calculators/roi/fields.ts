import {
  count,
  fieldSpecs,
  money,
  percent,
  points,
  text,
  wholeCount,
  wholeYears,
  type FieldIssue,
  type FormDecl,
  type InputOf,
  type NumberField,
  type TextField,
} from '../shared/fields.ts';
import { fillWords } from '../shared/words.ts';
import { formatNumber, formatPercent } from '../../shared/format.ts';
import { ROI_RULE_WORDS, type RoiRuleWords } from './words.ts';

/** `decl` with `absent`, the value that means "not used" (see NumberField's `absent` in ../shared/fields.ts). */
const optional = <D extends NumberField | TextField, V extends number | string>(decl: D, absent: V): D & { absent: V } => ({
  ...decl,
  absent,
});

/** Largest seed of the simulation: seeds are 32-bit whole numbers. */
export const MAX_SEED = 4_294_967_295;

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
  /** Risk adjustment of the retention benefit: PERCENT 0-100 taken off it (0, the default, leaves it whole). */
  riskRetention: optional(percent(100), 0),
  /** Risk adjustment of the spend uplift benefit: PERCENT 0-100 taken off it. */
  riskSpend: optional(percent(100), 0),
  /** Risk adjustment of the deflection saving: PERCENT 0-100 taken off it. */
  riskDeflection: optional(percent(100), 0),
  /**
   * Ranges of the drivers, as `key:low:high` joined by `;` (e.g. `retentionUplift:1:5;investment:120000:200000`),
   * each in its input's unit; the input's own value is the most likely. '' (the default): no ranges.
   */
  ranges: optional(text(1_000), ''),
  /** Seed of the simulation's random numbers, a whole number 0 to 2^32 - 1 (default 1): one seed, one result. */
  seed: optional(wholeCount(MAX_SEED), 1),
} as const;

/** Validated CX ROI inputs (see ROI_FIELDS for units). */
export type RoiInput = InputOf<typeof ROI_FIELDS>;

/** The keys of the ROI inputs. */
export type RoiInputKey = keyof RoiInput;

/** The inputs that can be given as a range (and are moved in the tornado): every number but the horizon and the risk adjustments. */
export const RANGE_DRIVERS = [
  'customers',
  'revenuePerCustomer',
  'margin',
  'retention',
  'retentionUplift',
  'spendUplift',
  'contactsPerYear',
  'costPerContact',
  'deflection',
  'investment',
  'runningCost',
  'discountRate',
] as const satisfies readonly RoiInputKey[];

/** An input that can be given as a range. */
export type RangeKey = (typeof RANGE_DRIVERS)[number];

/** A range end as written in `ranges`: a number, or what was wrong with it. */
export type RangeEnd = number | 'empty' | 'invalid';

/** One entry of `ranges` as written, before it is checked. */
export interface RangeEntry {
  key: string;
  low: RangeEnd;
  high: RangeEnd;
}

/** A checked range: low <= the input's own value (the most likely) <= high, in the input's unit. */
export interface DriverRange {
  key: RangeKey;
  low: number;
  high: number;
}

/** A number as written in `ranges`: plain JS notation, "." decimals, as in a share link. */
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const end = (t: string | undefined): RangeEnd => (!t?.trim() ? 'empty' : PLAIN_NUMBER.test(t.trim()) ? Number(t) : 'invalid');

/** Reads `ranges` entry by entry, without checking them ('' reads as no entries). */
export function readRanges(text: string): RangeEntry[] {
  if (!text.trim()) return [];
  return text.split(';').map((part) => {
    const [key = '', low, high] = part.split(':');
    return { key: key.trim(), low: end(low), high: end(high) };
  });
}

/** Writes entries as `ranges` reads them (an unreadable end as "x", an empty one as nothing). */
export function writeRanges(entries: readonly RangeEntry[]): string {
  const w = (e: RangeEnd) => (e === 'empty' ? '' : e === 'invalid' ? 'x' : String(e));
  return entries.map((e) => `${e.key}:${w(e.low)}:${w(e.high)}`).join(';');
}

const isRangeKey = (key: string): key is RangeKey => (RANGE_DRIVERS as readonly string[]).includes(key);

/** The ranges of validated inputs (they passed roiRules), in RANGE_DRIVERS order; [] when there are none. */
export function roiRanges(input: Pick<RoiInput, 'ranges'>): DriverRange[] {
  const found = readRanges(input.ranges ?? '').filter(
    (e): e is DriverRange => isRangeKey(e.key) && typeof e.low === 'number' && typeof e.high === 'number',
  );
  return RANGE_DRIVERS.flatMap((key) => found.filter((e) => e.key === key).slice(0, 1));
}

const SPECS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s]));

/** A value in its input's unit for the rules' messages, written for `locale`: "40%", "3 points", "120,000". */
function shownIn(w: RoiRuleWords, locale: string): (key: string, v: number) => string {
  return (key, v) => {
    const unit = SPECS.get(key)?.unit;
    if (unit === 'percent') return formatPercent(v, locale, 6);
    if (unit === 'points') return fillWords(v === 1 ? w.rulePoint : w.rulePoints, { count: formatNumber(v, locale, 6) });
    return formatNumber(v, locale, 6);
  };
}

/** What is wrong with one range, or null; reported under the input it belongs to. */
function rangeIssue(
  w: RoiRuleWords,
  shown: (key: string, v: number) => string,
  e: RangeEntry & { key: RangeKey },
  mostLikely: number,
): string | null {
  const spec = SPECS.get(e.key)!;
  for (const end of ['low', 'high'] as const) {
    const v = e[end];
    const side = end === 'low' ? w.ruleLow : w.ruleHigh;
    if (v === 'empty') return fillWords(w.ruleEndEmpty, { side });
    if (v === 'invalid') return fillWords(w.ruleEndNotNumber, { side });
    if (v < spec.min) return fillWords(w.ruleEndBelowMin, { side, value: shown(e.key, v), min: shown(e.key, spec.min) });
    if (v > spec.max) return fillWords(w.ruleEndAboveMax, { side, value: shown(e.key, v), max: shown(e.key, spec.max) });
  }
  const [low, high] = [e.low as number, e.high as number];
  if (low > mostLikely) return fillWords(w.ruleLowAboveMostLikely, { low: shown(e.key, low), mostLikely: shown(e.key, mostLikely) });
  if (mostLikely > high) return fillWords(w.ruleMostLikelyAboveHigh, { mostLikely: shown(e.key, mostLikely), high: shown(e.key, high) });
  return null;
}

/**
 * The rules between fields, their messages in a language's words (`tools.roi.rule*`) with numbers
 * written for `locale`: retention plus its uplift cannot pass 100%, with the ranges' high values
 * too; each range runs from low to high around the input's own value, inside the input's bounds,
 * once per input.
 */
export function roiRulesIn(w: RoiRuleWords, input: RoiInput, locale: string): FieldIssue[] {
  const shown = shownIn(w, locale);
  if (input.retention + input.retentionUplift > 100) {
    const most = shown('retentionUplift', Math.round((100 - input.retention) * 100) / 100);
    return [{ field: 'retentionUplift', message: fillWords(w.ruleRetentionCap, { most }) }];
  }
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const e of readRanges(input.ranges ?? '')) {
    if (!isRangeKey(e.key)) {
      issues.push({ field: 'ranges', message: fillWords(w.ruleNotRangeInput, { key: e.key.slice(0, 24) }) });
      continue;
    }
    const problem = seen.has(e.key) ? w.ruleTwoRanges : rangeIssue(w, shown, { ...e, key: e.key }, input[e.key]);
    seen.add(e.key);
    if (problem) issues.push({ field: e.key, message: problem });
  }
  if (issues.length) return issues;
  const top = (key: RangeKey) => roiRanges(input).find((r) => r.key === key)?.high ?? input[key];
  const highest = top('retention') + top('retentionUplift');
  if (highest > 100)
    issues.push({
      field: 'retentionUplift',
      message: fillWords(w.ruleHighsPastCap, { value: shown('retention', Math.round(highest * 100) / 100) }),
    });
  return issues;
}

/** The rules with their messages in the default language's words. */
export const roiRules = (input: RoiInput): FieldIssue[] => roiRulesIn(ROI_RULE_WORDS, input, 'en');

/** The ROI form: its inputs and the rules between them, in the default language's words (the page's island uses `roiRulesIn`). */
export const ROI_FORM: FormDecl<typeof ROI_FIELDS> = { fields: ROI_FIELDS, rules: roiRules };
