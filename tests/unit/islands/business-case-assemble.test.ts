// Assembling the business case (src/islands/business-case/assemble.ts) from saved scenarios: each
// is recalculated with its tool's model and written as the tool's page writes it; the chosen
// patterns bring their evidence, and each cited source is listed once. Expected figures are
// worked out by hand in the comments beside them (docs/methods/clv.md has the formulas).
import { describe, expect, it } from 'vitest';
import { caseMarkdown } from '../../../src/calculators/business-case/markdown.ts';
import { readSavedScenarios } from '../../../src/lib/browser/case-scenarios.ts';
import { readSaved, scenarioCheck } from '../../../src/islands/business-case/read-saved.ts';
import { assembleCase as assembleWith, type CasePatternInfo, type CaseToolInfo } from '../../../src/islands/business-case/assemble.ts';
import type { AnyDefinition, CaseDefinitions } from '../../../src/islands/business-case/case-tools.ts';
import { churnDefinition } from '../../../src/islands/churn/churn-definition.ts';
import { clvDefinition } from '../../../src/islands/clv/clv-definition.ts';
import { effortDefinition } from '../../../src/islands/effort/effort-definition.ts';
import { npsDefinition } from '../../../src/islands/nps/nps-definition.ts';
import { roiDefinition } from '../../../src/islands/roi/roi-definition.ts';
import { CALCULATOR_WORD_KEYS, type CalculatorWords } from '../../../src/lib/browser/calculator-words.ts';
import { englishWords } from '../lib/words-from-strings.ts';

/** The calculator's words as their keys: these tests read figures, not the chrome's wording. */
const WORDS = Object.fromEntries(CALCULATOR_WORD_KEYS.map((k) => [k, k])) as CalculatorWords;

// The definitions the tool pages use (the page loads the same ones through each tool's island module).
const DEFINITIONS = Object.fromEntries(
  Object.entries({ clv: clvDefinition, roi: roiDefinition, churn: churnDefinition, nps: npsDefinition, effort: effortDefinition }).map(
    ([id, def]) => [id, def as unknown as AnyDefinition],
  ),
) as CaseDefinitions;
const assembleCase = (options: Omit<Parameters<typeof assembleWith>[0], 'definitions'>) =>
  assembleWith({ definitions: DEFINITIONS, ...options });

const STYLE = { currency: 'EUR', locale: 'en-GB' };
const CLV: CaseToolInfo = {
  id: 'clv',
  title: 'Customer lifetime value',
  summary: 'What a customer is worth.',
  href: '/tools/clv/',
  methodHref: '/tools/clv/#method',
  content: {
    fields: {
      orderValue: { label: 'Average order value', help: '' },
      ordersPerYear: { label: 'Orders per year', help: '' },
      margin: { label: 'Gross margin', help: '' },
      retention: { label: 'Annual retention', help: '' },
      discountRate: { label: 'Annual discount rate', help: '' },
      acquisitionCost: { label: 'Acquisition cost (CAC)', help: '' },
      horizon: { label: 'Years shown in the chart', help: '' },
      retentionWhatIf: { label: 'Extra retention to test', help: '' },
    },
    defaults: {
      orderValue: 60,
      ordersPerYear: 3,
      margin: 40,
      retention: 70,
      discountRate: 8,
      acquisitionCost: 120,
      horizon: 10,
      retentionWhatIf: 5,
    },
    presets: [],
    currency: 'EUR',
    currencies: ['EUR'],
    locale: 'en-GB',
    locales: ['en-GB'],
    words: WORDS,
  },
};
const BASE = { ...CLV.content.defaults, horizon: 2 };
const stat = (value: string, source: string) => ({ value, claim: `claim ${value}`, cite: `cite ${value}`, source });
const PATTERNS: CasePatternInfo[] = [
  { id: 'a', title: 'Pattern A', summary: 'A in short.', href: '/failures/a/', stats: [stat('10%', 's1'), stat('20%', 's2')] },
  { id: 'b', title: 'Pattern B', summary: 'B in short.', href: '/failures/b/', stats: [stat('30%', 's1')] },
];
const SOURCES = { s1: 'Source one', s2: 'Source two', s3: 'Never cited' };

const assemble = (values = BASE, patterns = PATTERNS) =>
  assembleCase({
    picks: [{ tool: 'clv', scenario: { name: 'Base', values } }],
    tools: [CLV],
    patterns,
    sources: SOURCES,
    style: STYLE,
    date: '1 December 2026',
  });

describe('assembleCase', () => {
  it('recalculates a CLV scenario and writes its results as the CLV page does', () => {
    const [section] = assemble().sections;
    // Margin per year m = 60 × 3 × 0.40 = 72.
    //   CLV = 72 / (1 + 0.08 − 0.70) = 189.47, at least 100 so whole euros: €189
    //   CLV over 2 years = 72 / 1.08 + 72 × 0.7 / 1.08² = 66.67 + 43.21 = 109.88 -> €110
    //   CLV to CAC = 189.47 / 120 = 1.58 -> "1.6 to 1"; months to recover CAC = 120 / (72 / 12) = 20
    const value = (label: string) => section!.results.find((r) => r.label === label)?.value;
    expect(value('CLV over all future years')).toBe('€189');
    expect(value('CLV over 2 years')).toBe('€110');
    expect(value('CLV to CAC')).toBe('1.6 to 1');
    expect(value('Months to recover CAC')).toBe('20 months');
    expect(section!.results.filter((r) => r.emphasis).map((r) => r.label)).toEqual(['CLV over all future years']);
  });

  it('lists every input with its label and unit, and the chart as a table with a column per series', () => {
    const [section] = assemble().sections;
    expect(section!.inputs.map((r) => r.label)).toEqual(Object.values(CLV.content.fields).map((f) => f.label));
    expect(section!.inputs.find((r) => r.label === 'Annual retention')?.value).toBe('70%');
    expect(section!.inputs.find((r) => r.label === 'Acquisition cost (CAC)')?.value).toBe('€120');
    // Year 1: 72 / 1.08 = 66.67; year 2: 72 × 0.7 / 1.1664 = 43.21, running total 109.88; CAC €120 each year.
    // Columns below €100 carry cents throughout (moneyColumnDigits); the CAC column is whole euros.
    expect(section!.tables[0]).toEqual({
      id: 'clv-build-up',
      title: 'CLV built up over 2 years, against the acquisition cost',
      head: ['Year', 'Discounted margin in the year', 'Cumulative CLV', 'Acquisition cost (CAC)'],
      rows: [
        ['Year 1', '€66.67', '€66.67', '€120'],
        ['Year 2', '€43.21', '€109.88', '€120'],
      ],
    });
    expect(section!.method).toEqual({ summary: 'What a customer is worth.', href: '/tools/clv/#method' });
  });

  it('writes the summary from the emphasised results, and the evidence with each cited source once, in the order first cited', () => {
    const doc = assemble();
    expect(doc.summary).toEqual([{ section: 'Customer lifetime value', text: '“Base”: CLV over all future years €189.' }]);
    expect(doc.evidence.map((e) => e.title)).toEqual(['Pattern A', 'Pattern B']);
    expect(doc.sources).toEqual([
      { id: 's1', citation: 'Source one' },
      { id: 's2', citation: 'Source two' },
    ]);
  });

  it('follows the reader’s currency and locale', () => {
    const doc = assembleCase({
      picks: [{ tool: 'clv', scenario: { name: 'Base', values: BASE } }],
      tools: [CLV],
      patterns: [],
      sources: {},
      style: { currency: 'USD', locale: 'en-US' },
      date: 'December 1, 2026',
    });
    expect(doc.summary[0]!.text).toBe('“Base”: CLV over all future years $189.');
  });

  it('writes each scenario in the currency it was saved in, when the tool offers it, whatever the reader chose since', () => {
    const tool = { ...CLV, content: { ...CLV.content, currencies: ['EUR', 'USD'] } };
    const doc = assembleCase({
      picks: [
        { tool: 'clv', scenario: { name: 'Saved in dollars', values: BASE, currency: 'USD' } },
        { tool: 'clv', scenario: { name: 'Saved before currencies were kept', values: BASE } },
        { tool: 'clv', scenario: { name: 'A currency this site does not offer', values: BASE, currency: 'JPY' } },
      ],
      tools: [tool],
      patterns: [],
      sources: {},
      style: STYLE,
      date: '1 December 2026',
    });
    // CLV 189.47 (the hand-derived case above) in each scenario's currency; the reader's EUR otherwise.
    expect(doc.summary.map((s) => s.text)).toEqual([
      '“Saved in dollars”: CLV over all future years US$189.',
      '“Saved before currencies were kept”: CLV over all future years €189.',
      '“A currency this site does not offer”: CLV over all future years €189.',
    ]);
    expect(doc.sections.map((s) => s.currency)).toEqual(['USD', undefined, undefined]);
  });

  it('skips a damaged saved scenario with its message and builds the document from the rest', () => {
    const stored = JSON.stringify({
      scenarios: [
        { name: 'Broken', values: { ...BASE, margin: 'lots' } },
        { name: 'Base', values: BASE },
      ],
    });
    const inputs = { keys: Object.keys(CLV.content.fields), defaults: CLV.content.defaults, labels: {} };
    // Messages in the English words, from content/strings/en.yaml as the English pages get them.
    const read = readSavedScenarios(stored, scenarioCheck(CLV, { ...STYLE, words: englishWords() }), CLV.title, inputs);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(
      /^Customer lifetime value: “Broken” was left out, because the calculator would have to change it: Gross margin /,
    );
    const doc = assembleCase({
      picks: read.scenarios.map((scenario) => ({ tool: 'clv' as const, scenario })),
      tools: [CLV],
      patterns: [],
      sources: {},
      style: STYLE,
      date: '1 December 2026',
    });
    expect(doc.sections.map((s) => s.scenario)).toEqual(['Base']);
    expect(caseMarkdown(doc)).toContain('| CLV over all future years | €189 (Margin per year / (1 + discount rate − retention)) |');
  });

  it('makes a document of evidence alone when no scenario is chosen', () => {
    const doc = assembleCase({ picks: [], tools: [CLV], patterns: PATTERNS.slice(1), sources: SOURCES, style: STYLE, date: 'd' });
    expect(doc.sections).toEqual([]);
    expect(doc.sources).toEqual([{ id: 's1', citation: 'Source one' }]);
  });
});

describe('CASE_DEFINITIONS', () => {
  it('holds the very definitions the tool pages use, and their forms', async () => {
    const { CASE_DEFINITIONS, CASE_FORMS, CASE_TOOL_IDS } = await import('../../../src/islands/business-case/case-tools.ts');
    const { roiCaseDefinition } = await import('../../../src/islands/roi/roi-view.ts');
    const { churnCaseDefinition } = await import('../../../src/islands/churn/churn-view.ts');
    const { effortCaseDefinition } = await import('../../../src/islands/effort/effort-view.ts');
    const { npsCaseDefinition } = await import('../../../src/islands/nps/nps-view.ts');
    // ROI's, churn's, effort's and NPS's are the page's definition without the working (and ROI's
    // and NPS's CSV rows): a business case shows neither, so the worker leaves their code out: the
    // same form, words and other parts.
    const withoutWorking = {
      roi: roiCaseDefinition,
      churn: churnCaseDefinition,
      effort: effortCaseDefinition,
      nps: npsCaseDefinition,
    } as const;
    for (const id of CASE_TOOL_IDS) {
      if (id in withoutWorking) {
        const caseDefinition = withoutWorking[id as keyof typeof withoutWorking];
        expect(CASE_DEFINITIONS[id], id).toBe(caseDefinition);
        const {
          working: _working,
          csvRows: _csvRows,
          ...rest
        } = DEFINITIONS[id] as AnyDefinition & { working?: unknown; csvRows?: unknown };
        expect(Object.keys(caseDefinition).sort(), id).toEqual(Object.keys(rest).sort());
      } else expect(CASE_DEFINITIONS[id], id).toBe(DEFINITIONS[id]);
      expect(CASE_FORMS[id], id).toBe(DEFINITIONS[id].form);
    }
  });
});

describe('the storage keys the page reads', () => {
  it('are the keys the tools write: each tool’s scenarios, and the reader’s currency and locale', async () => {
    const { NUMBER_STYLE_KEY, savedScenariosKey } = await import('../../../src/islands/business-case/saved-texts.ts');
    const { scenariosKey } = await import('../../../src/lib/browser/scenarios.ts');
    const { PREFS_KEY } = await import('../../../src/islands/calculator/use-calculator.ts');
    for (const id of ['clv', 'roi', 'churn', 'nps', 'effort']) expect(savedScenariosKey(id)).toBe(scenariosKey(id));
    expect(NUMBER_STYLE_KEY).toBe(PREFS_KEY);
  });
});

describe('readSaved', () => {
  const clvList = JSON.stringify({ scenarios: [{ name: 'Base', values: BASE }] });
  const site = { currency: 'EUR', locale: 'en-GB' };

  it('uses the currency and locale the reader chose in a tool, and each tool’s usable scenarios', () => {
    const read = readSaved([CLV], site, { scenarios: { clv: clvList }, prefs: JSON.stringify({ currency: 'GBP' }) });
    expect(read.style).toEqual({ currency: 'GBP', locale: 'en-GB' });
    expect(read.lists.clv?.map((s) => s.name)).toEqual(['Base']);
    expect(read.problems).toEqual([]);
  });

  it('falls back on the site’s currency and locale when the stored choice is missing or unreadable', () => {
    for (const prefs of [null, '{oops', JSON.stringify({ currency: 7 })])
      expect(readSaved([CLV], site, { scenarios: {}, prefs }).style, String(prefs)).toEqual(site);
  });
});
