// The ROI section's risk-adjusted range in the business case (src/islands/business-case/roi-range.ts):
// the simulation's figures reconcile with the ROI page's own (the same simulateRoi, seed and draws,
// written with the page's formatters), a range collapsed to one value gives the deterministic
// figures worked out by hand, and a scenario without ranges says it gives single values.
import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../src/calculators/business-case/document.ts';
import { caseMarkdown } from '../../../src/calculators/business-case/markdown.ts';
import { calculateRoi } from '../../../src/calculators/roi/calculate.ts';
import type { RoiInput } from '../../../src/calculators/roi/fields.ts';
import { simulateRoi } from '../../../src/calculators/roi/monte-carlo.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { assembleCase, type CaseToolInfo } from '../../../src/islands/business-case/assemble.ts';
import { CASE_DEFINITIONS, CASE_RANGES } from '../../../src/islands/business-case/case-tools.ts';
import { CALCULATOR_WORD_KEYS, type CalculatorWords } from '../../../src/lib/browser/calculator-words.ts';

/** The calculator's words as their keys: these tests read figures, not the chrome's wording. */
const WORDS = Object.fromEntries(CALCULATOR_WORD_KEYS.map((k) => [k, k])) as CalculatorWords;

const STYLE = { currency: 'EUR', locale: 'en-GB' };
// The ROI page's labels (content/tools/roi.mdx); the tornado's bars are named by them.
const LABELS: Record<string, string> = {
  customers: 'Customers today',
  revenuePerCustomer: 'Revenue per customer per year',
  margin: 'Gross margin',
  retention: 'Baseline annual retention',
  retentionUplift: 'Retention uplift',
  spendUplift: 'Spend uplift',
  contactsPerYear: 'Support contacts per year',
  costPerContact: 'Cost per contact',
  deflection: 'Contacts deflected by self-service',
  investment: 'Upfront investment',
  runningCost: 'Running cost per year',
  horizon: 'Horizon',
  discountRate: 'Annual discount rate',
  riskRetention: 'Risk adjustment, customers kept',
  riskSpend: 'Risk adjustment, more spend',
  riskDeflection: 'Risk adjustment, contacts avoided',
};
const ROI: CaseToolInfo = {
  id: 'roi',
  title: 'CX return on investment',
  summary: 'The business case for a CX programme.',
  href: '/tools/roi/',
  methodHref: '/tools/roi/#method',
  content: {
    fields: Object.fromEntries(Object.entries(LABELS).map(([k, label]) => [k, { label, help: '' }])),
    defaults: {},
    presets: [],
    currency: 'EUR',
    currencies: ['EUR'],
    locale: 'en-GB',
    locales: ['en-GB'],
    words: WORDS,
  },
};

// The ROI tool's starting numbers (content/tools/roi.mdx).
const DEFAULTS: RoiInput = {
  customers: 10_000,
  revenuePerCustomer: 400,
  margin: 40,
  retention: 75,
  retentionUplift: 3,
  spendUplift: 5,
  contactsPerYear: 20_000,
  costPerContact: 6,
  deflection: 15,
  investment: 150_000,
  runningCost: 40_000,
  horizon: 5,
  discountRate: 8,
  riskRetention: 0,
  riskSpend: 0,
  riskDeflection: 0,
  ranges: '',
  seed: 1,
};

const assemble = (values: RoiInput, name = 'Ranged'): CaseDocument =>
  assembleCase({
    definitions: CASE_DEFINITIONS,
    ranges: CASE_RANGES,
    picks: [{ tool: 'roi', scenario: { name, values: values as unknown as Record<string, number | string> } }],
    tools: [ROI],
    patterns: [],
    sources: {},
    style: STYLE,
    date: '1 December 2026',
  });
const rangeOf = (doc: CaseDocument) => doc.sections[0]!.range!;
const table = (doc: CaseDocument, id: string) => rangeOf(doc).tables.find((t) => t.id === id)!;

describe('the business case’s ROI range', () => {
  it('reconciles with the ROI page: the same draws, seed and words for the same inputs', () => {
    const input: RoiInput = { ...DEFAULTS, riskRetention: 10, ranges: 'retentionUplift:1:5;investment:120000:200000', seed: 42 };
    const doc = assemble(input);
    // What the ROI page shows: its worker runs simulateRoi(input) (src/islands/roi/roi-worker.ts) and
    // its view writes the figures with the page's formatters for the same currency and locale.
    const page = simulateRoi(input);
    const fmt = makeFormatters(STYLE);
    expect(page.draws).toBe(10_000);
    expect(page.seed).toBe(42);
    expect(table(doc, 'roi-simulation')).toEqual({
      id: 'roi-simulation',
      title: 'Simulated NPV and payback',
      head: ['Figure', 'P10', 'P50 (median)', 'P90'],
      rows: [
        ['NPV', fmt.money(page.npv.p10), fmt.money(page.npv.p50), fmt.money(page.npv.p90)],
        [
          'Payback',
          ...[page.payback.p10, page.payback.p50, page.payback.p90].map((m) => (m === null ? 'not within 5 years' : fmt.count(m, 'month'))),
        ],
      ],
    });
    expect(table(doc, 'roi-chances').rows).toEqual([
      ['Chance the NPV is above zero', fmt.share(page.npvPositive)],
      ['Chance of payback within 5 years', fmt.share(page.paybackWithin)],
      ['Simulated cases (draws)', '10,000'],
      ['Seed', '42'],
    ]);
    // The ranges as given, in the form's order, each in its input's unit; the form's value is the most likely.
    expect(table(doc, 'roi-ranges').rows).toEqual([
      ['Retention uplift', '1 point', '3 points', '5 points'],
      ['Upfront investment', '€120,000', '€150,000', '€200,000'],
    ]);
    // The histogram: the page's bars, every draw counted once.
    const [chart] = rangeOf(doc).charts;
    expect(chart!.series[0]!.values).toEqual(page.histogram.map((b) => b.count));
    expect(rangeOf(doc).chartTables[0]!.rows.map((r) => r[1])).toEqual(page.histogram.map((b) => fmt.number(b.count, 0)));
    // Risk-adjusted: the note says so, and the ROI definition's own table sets both columns side by side.
    expect(rangeOf(doc).notes[0]).toMatch(/^The results above are risk-adjusted/);
    expect(doc.sections[0]!.tables.find((t) => t.id === 'roi-risk')?.head).toEqual(['Figure', 'Unadjusted', 'Risk-adjusted']);
    expect(table(doc, 'roi-risk-lines').rows).toEqual([
      ['Risk adjustment, customers kept', '10%'],
      ['Risk adjustment, more spend', '0%'],
      ['Risk adjustment, contacts avoided', '0%'],
    ]);
    expect(doc.summary[0]!.text).toContain(`simulated NPV from ${fmt.money(page.npv.p10)} (P10) to ${fmt.money(page.npv.p90)} (P90)`);
  });

  // Every range collapsed to one value: each draw is the deterministic case, so P10 = P50 = P90.
  // Only contacts avoided bring a benefit: 1,000 contacts × 50% × €10 = €5,000 a year, less the 20%
  // risk adjustment = €4,000. Net flows at d = 0: −€4,000, +€4,000, +€4,000, so NPV = €4,000
  // (unadjusted: −4,000 + 5,000 + 5,000 = €6,000). Cumulative −4,000, 0, 4,000: year 0 is the last
  // below zero, payback = 12 × (0 + 4,000 / (0 − (−4,000))) = 12 months, within the 2 years.
  const COLLAPSED: RoiInput = {
    ...DEFAULTS,
    customers: 0,
    revenuePerCustomer: 0,
    retentionUplift: 0,
    spendUplift: 0,
    contactsPerYear: 1_000,
    costPerContact: 10,
    deflection: 50,
    investment: 4_000,
    runningCost: 0,
    horizon: 2,
    discountRate: 0,
    riskDeflection: 20,
    ranges: 'costPerContact:10:10;investment:4000:4000',
    seed: 7,
  };

  it('gives P10 = P50 = P90 = the deterministic NPV and payback when every range is collapsed', () => {
    const doc = assemble(COLLAPSED);
    expect(calculateRoi(COLLAPSED).npv).toBe(4_000);
    expect(doc.sections[0]!.results.find((r) => r.label === 'Net present value (NPV)')?.value).toBe('€4,000');
    expect(table(doc, 'roi-simulation').rows).toEqual([
      ['NPV', '€4,000', '€4,000', '€4,000'],
      ['Payback', '12 months', '12 months', '12 months'],
    ]);
    expect(table(doc, 'roi-chances').rows.slice(0, 2)).toEqual([
      ['Chance the NPV is above zero', '100%'],
      ['Chance of payback within 2 years', '100%'],
    ]);
    // One bar holds all 10,000 draws, every one the same NPV.
    expect(rangeOf(doc).chartTables[0]!.rows).toHaveLength(1);
    expect(rangeOf(doc).chartTables[0]!.rows[0]![1]).toBe('10,000');
    // The unadjusted NPV beside the risk-adjusted one, from the ROI definition's own table.
    expect(doc.sections[0]!.tables.find((t) => t.id === 'roi-risk')?.rows.find((r) => r[0] === 'Net present value (NPV)')).toEqual([
      'Net present value (NPV)',
      '€6,000',
      '€4,000',
    ]);
  });

  it('writes the range into the Markdown export', () => {
    const md = caseMarkdown(assemble(COLLAPSED));
    expect(md).toContain('### Risk-adjusted range\n');
    expect(md).toContain(
      '#### Simulated NPV and payback\n\n| Figure | P10 | P50 (median) | P90 |\n| --- | --- | --- | --- |\n| NPV | €4,000 | €4,000 | €4,000 |\n',
    );
    expect(md).toContain('| Seed | 7 |');
  });

  it('says honestly that a scenario without ranges gives single values, and draws nothing', () => {
    const doc = assemble(DEFAULTS, 'Single');
    const range = rangeOf(doc);
    expect(range.notes).toEqual([
      'No benefit line has a risk adjustment, so the results above are unadjusted: the risk-adjusted figures are the same.',
      expect.stringContaining('This scenario gives single values (no range) for every driver'),
    ]);
    expect(range.charts).toEqual([]);
    expect(range.tables.map((t) => t.id)).toEqual(['roi-risk-lines']);
    expect(range.headline).toBeUndefined();
    expect(doc.summary[0]!.text).not.toContain('simulated');
    expect(caseMarkdown(doc)).toContain('single values (no range)');
  });

  it('adds no range to the other tools’ sections', () => {
    expect(Object.keys(CASE_RANGES)).toEqual(['roi']);
  });
});
