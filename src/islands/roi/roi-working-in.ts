// "Show the working" for the ROI calculator in a language's words: each formula with the reader's
// numbers. Loaded when the reader opens it (or prints), so the page's first download leaves it out;
// the page renders it for the defaults at build time for readers without JavaScript. The words
// come from the page (`tools.roi.*`), so this file holds none; ./roi-working.ts adds the default ones.
import { roiYears, SENSITIVITY_STEP, type RoiResult } from '../../calculators/roi/calculate.ts';
import { cappedNote } from '../../calculators/roi/chart.ts';
import type { RoiInput } from '../../calculators/roi/fields.ts';
import type { RoiWorkingWords } from '../../calculators/roi/words.ts';
import type { ViewContext, WorkingFn, WorkingStep } from '../calculator/types.ts';
// The helpers through the view, which the page has loaded already: importing them from their own
// files directly could split them into a file of their own, one more request on the tool page.
import { driverValue, fillWords, payback, roiText, UNITS } from './roi-view.ts';

/** The working in a language's words (`tools.roi.*`), one step per formula. */
export const roiWorkingIn =
  (w: RoiWorkingWords): WorkingFn<RoiInput, RoiResult> =>
  ({ input, result, fmt, labels }: ViewContext<RoiInput, RoiResult>): WorkingStep[] => {
    const money = fmt.money;
    const y1 = result.years[1]!;
    // With a risk adjustment, the benefit formula is worked out before it, then adjusted in a step of its own.
    const raw1 = result.riskAdjusted ? roiYears({ ...input, riskRetention: 0, riskSpend: 0, riskDeflection: 0 })[1]! : y1;
    const risk = (v: number | undefined) => fmt.percent(v ?? 0);
    const riskSteps: WorkingStep[] = result.riskAdjusted
      ? [
          {
            label: w.workRiskLabel,
            formula: w.workRiskFormula,
            substituted:
              `${money(raw1.retentionBenefit)} × (1 − ${risk(input.riskRetention)}) + ${money(raw1.spendBenefit)} × (1 − ${risk(input.riskSpend)}) + ` +
              `${money(raw1.deflectionBenefit)} × (1 − ${risk(input.riskDeflection)})`,
            result: fillWords(w.workRiskResult, {
              benefit: money(y1.benefit),
              npv: money(result.npv),
              unadjusted: money(result.unadjusted?.npv ?? result.npv),
            }),
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
        label: w.workCustomersLabel,
        formula: w.workCustomersFormula,
        substituted: `${n} × ${r}^1; ${n} × ${rp}^1`,
        result: `${fmt.number(y1.customersBaseline, 1)}; ${fmt.number(y1.customersWithProgramme, 1)}`,
      },
      {
        label: w.workBenefitLabel,
        formula: w.workBenefitFormula,
        substituted: `[${fmt.number(y1.customersWithProgramme, 1)} × ${rev} × (1 + ${fmt.percent(input.spendUplift)}) − ${fmt.number(y1.customersBaseline, 1)} × ${rev}] × ${g} + ${fmt.number(input.contactsPerYear, 0)} × ${fmt.percent(input.deflection)} × ${fmt.unit(input.costPerContact, 'money')}`,
        result: money(raw1.benefit),
      },
      ...riskSteps,
      {
        label: w.workNetLabel,
        formula: w.workNetFormula,
        substituted: result.years.map((y) => fillWords(w.workNetYear, { year: y.year, net: money(y.net) })).join('; '),
        result: fillWords(w.workNetResult, { end: money(cumulative.at(-1) ?? 0) }),
      },
      {
        label: w.workNpvLabel,
        formula: w.workNpvFormula,
        substituted: nets.map((v, t) => (t === 0 ? money(v) : `${money(v)} / (1 + ${d})^${t}`)).join(' + '),
        result: money(result.npv),
      },
      {
        label: w.roiLabel,
        formula: w.workRoiFormula,
        substituted: `(${money(result.totalBenefits)} − ${money(result.totalCosts)}) / ${money(result.totalCosts)}`,
        result: roiText(w, result.roi, fmt),
      },
      {
        label: w.roiDiscountedLabel,
        formula: w.workRoiDiscountedFormula,
        substituted: `(${money(result.pvBenefits)} − ${money(result.pvCosts)}) / ${money(result.pvCosts)}`,
        result: roiText(w, result.roiDiscounted, fmt),
      },
      // cumulative(j) is below zero, so cumulative(j+1) − cumulative(j) is written as cumulative(j+1) + |cumulative(j)|.
      {
        label: w.paybackLabel,
        formula: w.workPaybackFormula,
        substituted:
          result.paybackMonths === null
            ? fillWords(w.workPaybackNotWithin, { end: money(cumulative.at(-1) ?? 0), year: input.horizon })
            : lastNegative < 0
              ? w.workPaybackAtOnce
              : `12 × (${lastNegative} + ${money(Math.abs(cumulative[lastNegative]!))} / (${money(cumulative[lastNegative + 1]!)} + ${money(Math.abs(cumulative[lastNegative]!))}))`,
        result: payback(w, { input, result, fmt, labels }),
      },
      {
        label: w.workSensitivityLabel,
        formula:
          top?.source === 'range'
            ? w.workSensitivityRange
            : fillWords(w.workSensitivityStep, { low: fmt.number(1 - SENSITIVITY_STEP, 2), high: fmt.number(1 + SENSITIVITY_STEP, 2) }),
        substituted: top
          ? `${labels[top.key] ?? top.key}: ${fmt.unit(top.lowValue, UNITS.get(top.key) ?? 'count')}` +
            `${top.lowCapped ? ` (${w.workCappedLow})` : ''} → ${money(top.npvLow)}; ` +
            `${fmt.unit(top.highValue, UNITS.get(top.key) ?? 'count')}` +
            `${top.highCapped ? ` (${w.workCappedHigh})` : ''} → ${money(top.npvHigh)}` +
            capped.map((s) => `; ${labels[s.key] ?? s.key}: ${cappedNote(w, s, driverValue(fmt))}`).join('')
          : '',
        result: top ? fillWords(w.workSwing, { swing: money(top.swing) }) : '',
      },
    ];
  };
