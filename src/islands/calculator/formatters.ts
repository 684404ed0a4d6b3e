import type { Unit } from '../../calculators/shared/fields.ts';
import {
  formatCount,
  formatMoney,
  formatMoneyCompact,
  formatMoneyDigits,
  moneyColumnDigits,
  formatNumber,
  formatPercent,
  formatShare,
  formatSigned,
  NOT_AVAILABLE,
  type NumberStyle,
} from '../../shared/format.ts';
import { formatUnitValue } from '../../lib/browser/inputs.ts';

/** Formatting helpers bound to one currency and locale, handed to a tool's definition. */
export interface Formatters {
  /** The currency and locale in use. */
  style: NumberStyle;
  /** Money in the current currency. */
  money: (value: number) => string;
  /**
   * A formatter for one column of money (a table column, a chart series in its table): every cell
   * with the same decimals, chosen from all of `values` by moneyColumnDigits (src/shared/format.ts).
   */
  moneyColumn: (values: readonly number[]) => (value: number) => string;
  /** Money in compact form for chart axes (€1.2K). */
  moneyCompact: (value: number) => string;
  /** A share 0-1 as a percentage. */
  share: (value: number, digits?: number) => string;
  /** A PERCENT 0-100 value as a percentage. */
  percent: (value: number, digits?: number) => string;
  /** A plain number. */
  number: (value: number, digits?: number) => string;
  /** A signed number: "+1", "−6.4", "0". */
  signed: (value: number, digits?: number) => string;
  /** A count with its noun: count(2, 'month') -> "2 months". */
  count: (value: number, noun: string, digits?: number) => string;
  /** A value in an input's unit, as in the form: €40, 60%, 5 points, 3 years. */
  unit: (value: number, unit: Unit) => string;
  /** Written for values that do not exist (a ratio with nothing to divide by). */
  notAvailable: string;
}

/** Formatters for a currency and locale: src/shared/format.ts bound to one style. */
export function makeFormatters(style: NumberStyle): Formatters {
  return {
    style,
    money: (v) => formatMoney(v, style),
    moneyColumn: (values) => {
      const digits = moneyColumnDigits(values);
      return (v) => formatMoneyDigits(v, style, digits);
    },
    moneyCompact: (v) => formatMoneyCompact(v, style),
    share: (v, digits = 1) => formatShare(v, style.locale, digits),
    percent: (v, digits = 2) => formatPercent(v, style.locale, digits),
    number: (v, digits = 2) => formatNumber(v, style.locale, digits),
    signed: (v, digits = 1) => formatSigned(v, style.locale, digits),
    count: (v, noun, digits = 1) => formatCount(v, noun, style.locale, digits),
    unit: (v, unit) => formatUnitValue(v, unit, style),
    notAvailable: NOT_AVAILABLE,
  };
}
