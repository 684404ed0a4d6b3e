// "Show the working" for the ROI calculator: each formula with the reader's numbers. Loaded
// when the reader opens it (or prints), so the page's first download leaves it out; the page
// renders it for the defaults at build time for readers without JavaScript.
import { roiYears, SENSITIVITY_STEP, type RoiResult } from '../../calculators/roi/calculate.ts';
import { cappedNote } from '../../calculators/roi/chart.ts';
import type { RoiInput } from '../../calculators/roi/fields.ts';
import type { ViewContext, WorkingStep } from '../calculator/types.ts';
import { driverValue, payback, roiText, UNITS } from './roi-definition.ts';

/** The working, one step per formula. */
export function roiWorking({ input, result, fmt, labels }: ViewContext<RoiInput, RoiResult>): WorkingStep[] {
  const money = fmt.money;
  const y1 = result.years[1]!;
  // With a risk adjustment, the benefit formula is worked out before it, then adjusted in a step of its own.
  const raw1 = result.riskAdjusted ? roiYears({ ...input, riskRetention: 0, riskSpend: 0, riskDeflection: 0 })[1]! : y1;
  const risk = (v: number | undefined) => fmt.percent(v ?? 0);
  const riskSteps: WorkingStep[] = result.riskAdjusted
    ? [
        {
          label: 'Risk-adjusted benefit in year 1',
          formula: 'retention benefit × (1 − a1) + spend benefit × (1 − a2) + deflection saving × (1 − a3)',
          substituted:
            `${money(raw1.retentionBenefit)} × (1 − ${risk(input.riskRetention)}) + ${money(raw1.spendBenefit)} × (1 − ${risk(input.riskSpend)}) + ` +
            `${money(raw1.deflectionBenefit)} × (1 − ${risk(input.riskDeflection)})`,
          result: `${money(y1.benefit)} (NPV ${money(result.npv)} risk-adjusted, ${money(result.unadjusted?.npv ?? result.npv)} unadjusted)`,
        },
      ]
    : [];
  const r = fmt.percent(input.retention);
  const rp = fmt.percent(input.retention + input.retentionUplift);
  const n = fmt.number(input.customers, 2);
  const rev = fmt.unit(input.revenuePerCustomer, 'money');
  const g = fmt.percent(input.margin);
  const d = fmt.percent(input.discountRate);
  const nets = result.years.map((y) => y.net);
  const cumulative = result.years.map((y) => y.cumulative);
  const lastNegative = cumulative.reduce((j, c, t) => (c < 0 ? t : j), -1);
  const top = result.sensitivity[0];
  const capped = result.sensitivity.filter((s) => s !== top && (s.lowCapped || s.highCapped));
  return [
    {
      label: 'Customers still there in year 1',
      formula: 'baseline N × r^t; with the programme N × (r + uplift)^t',
      substituted: `${n} × ${r}^1; ${n} × ${rp}^1`,
      result: `${fmt.number(y1.customersBaseline, 1)}; ${fmt.number(y1.customersWithProgramme, 1)}`,
    },
    {
      label: 'Benefit in year 1',
      formula: 'B(t) = [N (r + uplift)^t × R × (1 + u) − N r^t × R] × g + C × deflection × k',
      substituted: `[${fmt.number(y1.customersWithProgramme, 1)} × ${rev} × (1 + ${fmt.percent(input.spendUplift)}) − ${fmt.number(y1.customersBaseline, 1)} × ${rev}] × ${g} + ${fmt.number(input.contactsPerYear, 0)} × ${fmt.percent(input.deflection)} × ${fmt.unit(input.costPerContact, 'money')}`,
      result: money(raw1.benefit),
    },
    ...riskSteps,
    {
      label: 'Net flow by year',
      formula: 'year 0: −I0; year t: B(t) − A',
      substituted: result.years.map((y) => `year ${y.year}: ${money(y.net)}`).join('; '),
      result: `cumulative at the end: ${money(cumulative.at(-1) ?? 0)}`,
    },
    {
      label: 'Net present value',
      formula: 'NPV = sum for t = 0 to T of net(t) / (1 + d)^t',
      substituted: nets.map((v, t) => (t === 0 ? money(v) : `${money(v)} / (1 + ${d})^${t}`)).join(' + '),
      result: money(result.npv),
    },
    {
      label: 'ROI (undiscounted)',
      formula: '(benefits − costs) / costs',
      substituted: `(${money(result.totalBenefits)} − ${money(result.totalCosts)}) / ${money(result.totalCosts)}`,
      result: roiText(result.roi, fmt),
    },
    {
      label: 'ROI (discounted)',
      formula: '(PV of benefits − PV of costs) / PV of costs',
      substituted: `(${money(result.pvBenefits)} − ${money(result.pvCosts)}) / ${money(result.pvCosts)}`,
      result: roiText(result.roiDiscounted, fmt),
    },
    // cumulative(j) is below zero, so cumulative(j+1) − cumulative(j) is written as cumulative(j+1) + |cumulative(j)|.
    {
      label: 'Payback',
      formula: 'last year j ending below zero; months = 12 × (j + |cumulative(j)| / (cumulative(j+1) + |cumulative(j)|))',
      substituted:
        result.paybackMonths === null
          ? `the cumulative net flow is ${money(cumulative.at(-1) ?? 0)} at the end of year ${input.horizon}, below zero`
          : lastNegative < 0
            ? 'the cumulative net flow never falls below zero'
            : `12 × (${lastNegative} + ${money(Math.abs(cumulative[lastNegative]!))} / (${money(cumulative[lastNegative + 1]!)} + ${money(Math.abs(cumulative[lastNegative]!))}))`,
      result: payback({ input, result, fmt, labels }),
    },
    {
      label: 'Sensitivity',
      formula:
        top?.source === 'range'
          ? 'NPV with one driver at the low and at the high end of the range you gave, the others as they are'
          : `NPV with one driver × ${1 - SENSITIVITY_STEP} and × ${1 + SENSITIVITY_STEP}, kept inside its range`,
      substituted: top
        ? `${labels[top.key] ?? top.key}: ${fmt.unit(top.lowValue, UNITS.get(top.key) ?? 'count')}` +
          `${top.lowCapped ? ' (-20% capped at the edge of its range)' : ''} → ${money(top.npvLow)}; ` +
          `${fmt.unit(top.highValue, UNITS.get(top.key) ?? 'count')}` +
          `${top.highCapped ? ' (+20% capped at the edge of its range)' : ''} → ${money(top.npvHigh)}` +
          capped.map((s) => `; ${labels[s.key] ?? s.key}: ${cappedNote(s, driverValue(fmt))}`).join('')
        : '',
      result: top ? `largest swing ${money(top.swing)}` : '',
    },
  ];
}
