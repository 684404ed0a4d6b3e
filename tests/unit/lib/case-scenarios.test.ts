// Reading the tools' saved scenarios for the business case (src/lib/browser/case-scenarios.ts):
// a usable scenario is kept with its values; a damaged list, a scenario without a name or values,
// and one with a value the tool refuses are each left out with a sentence naming the tool, the
// scenario and the problem, and never stop the others from being read.
import { describe, expect, it } from 'vitest';
import { CLV_FORM } from '../../../src/calculators/clv/fields.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import { readSavedScenarios } from '../../../src/lib/browser/case-scenarios.ts';
import type { Rules } from '../../../src/lib/browser/inputs.ts';
import { checkScenarioValues } from '../../../src/lib/browser/scenarios.ts';
import { englishWords } from './words-from-strings.ts';

// The CLV tool's defaults and labels as content/tools/clv.mdx gives them.
const DEFAULTS = {
  orderValue: 60,
  ordersPerYear: 3,
  margin: 40,
  retention: 70,
  discountRate: 8,
  acquisitionCost: 120,
  horizon: 10,
  retentionWhatIf: 5,
};
const LABELS = {
  orderValue: 'Average order value',
  ordersPerYear: 'Orders per year',
  margin: 'Gross margin',
  retention: 'Annual retention',
  discountRate: 'Annual discount rate',
  acquisitionCost: 'Acquisition cost (CAC)',
  horizon: 'Years shown in the chart',
  retentionWhatIf: 'Extra retention to test',
};
const check = checkScenarioValues({
  rules: CLV_FORM.rules as Rules | undefined,
  specs: fieldSpecs(CLV_FORM.fields),
  labels: LABELS,
  defaults: DEFAULTS,
  // Messages in the English words, from content/strings/en.yaml as the English pages get them.
  style: { currency: 'EUR', locale: 'en-GB', words: englishWords() },
});
const TOOL = 'Customer lifetime value';
const INPUTS = { keys: Object.keys(CLV_FORM.fields), defaults: DEFAULTS, labels: LABELS };
const read = (stored: unknown) => readSavedScenarios(typeof stored === 'string' ? stored : JSON.stringify(stored), check, TOOL, INPUTS);

describe('readSavedScenarios', () => {
  it('reads nothing, and says nothing, when the tool has no saved list', () => {
    expect(readSavedScenarios(null, check, TOOL, INPUTS)).toEqual({ scenarios: [], problems: [], notes: [] });
  });

  it('keeps a valid scenario with its values as saved', () => {
    const values = { ...DEFAULTS, retention: 80 };
    expect(read({ scenarios: [{ name: ' Base  case ', values }] })).toEqual({
      scenarios: [{ name: 'Base case', values }],
      problems: [],
      notes: [],
    });
  });

  it('keeps the currency a scenario was saved in, and ignores one that is not a currency code', () => {
    const values = { ...DEFAULTS };
    expect(
      read({
        scenarios: [
          { name: 'Dollars', values, currency: 'USD' },
          { name: 'Odd', values, currency: 'dollars' },
        ],
      }).scenarios,
    ).toEqual([
      { name: 'Dollars', values, currency: 'USD' },
      { name: 'Odd', values },
    ]);
  });

  it('names a list that is not JSON, or not the shape the tool writes, and uses none of it', () => {
    const message = `${TOOL}: the saved list could not be read (it is not in the form the tool writes), so none of its scenarios are used.`;
    for (const stored of ['{not json', { scenarios: 'Base case' }, [1, 2]])
      expect(read(stored), JSON.stringify(stored)).toEqual({ scenarios: [], problems: [message], notes: [] });
  });

  it('leaves out a scenario without a name or values, by its place, and keeps the rest', () => {
    const good = { name: 'Good', values: DEFAULTS };
    const out = read({ scenarios: [{ values: DEFAULTS }, 'junk', good, { name: 'x'.repeat(41), values: DEFAULTS }] });
    expect(out.scenarios).toEqual([good]);
    expect(out.problems).toEqual([
      `${TOOL}: saved scenario 1 has no name, so it was left out.`,
      `${TOOL}: saved scenario 2 has no values, so it was left out.`,
      `${TOOL}: saved scenario 4 has a name longer than 40 characters, so it was left out.`,
    ]);
  });

  it('leaves out a scenario holding a value the tool refuses, saying which value and what it held, instead of using the default', () => {
    const out = read({
      scenarios: [
        { name: 'Tampered', values: { ...DEFAULTS, retention: 150 } },
        { name: 'Fine', values: DEFAULTS },
      ],
    });
    expect(out.scenarios.map((s) => s.name)).toEqual(['Fine']);
    // Retention is a percentage from 0 to 99 (src/calculators/clv/fields.ts), so 150 is out of range.
    expect(out.problems).toEqual([
      `${TOOL}: “Tampered” was left out, because the calculator would have to change it: Annual retention must be at most 99%; your saved scenario had 150%.`,
    ]);
  });

  it('fills an input the scenario was saved without with the tool’s default, as the tool would, and says so', () => {
    const { horizon: _gone, retentionWhatIf: _also, ...rest } = DEFAULTS;
    const out = read({ scenarios: [{ name: 'Older', values: { ...rest, retention: 80 } }] });
    // The saved retention (80) is kept; the two missing inputs take the defaults (10 years, 5 points).
    expect(out.scenarios).toEqual([{ name: 'Older', values: { ...DEFAULTS, retention: 80 } }]);
    expect(out.problems).toEqual([]);
    expect(out.notes).toEqual([
      `${TOOL}: “Older” was saved without Years shown in the chart, Extra retention to test, so the document uses the tool’s default for them, as the tool would.`,
    ]);
  });

  it('ignores a value for an input the tool no longer has, and says so', () => {
    const out = read({ scenarios: [{ name: 'Extra', values: { ...DEFAULTS, oldInput: 3 } }] });
    expect(out.scenarios).toEqual([{ name: 'Extra', values: DEFAULTS }]);
    expect(out.notes).toEqual([`${TOOL}: “Extra” has values the tool no longer uses, which were ignored: “oldInput”.`]);
  });

  it('still leaves out a scenario whose saved values the tool refuses, even with an input missing', () => {
    const { horizon: _gone, ...rest } = DEFAULTS;
    const out = read({ scenarios: [{ name: 'Both', values: { ...rest, margin: -5 } }] });
    expect(out.scenarios).toEqual([]);
    expect(out.notes).toEqual([]);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatch(
      /^Customer lifetime value: “Both” was left out, because the calculator would have to change it: Gross margin /,
    );
  });

  it('leaves out a second scenario of the same name, whatever its case', () => {
    const out = read({
      scenarios: [
        { name: 'Base', values: DEFAULTS },
        { name: 'BASE', values: DEFAULTS },
      ],
    });
    expect(out.scenarios.map((s) => s.name)).toEqual(['Base']);
    expect(out.problems).toEqual([`${TOOL}: saved scenario 2 repeats the name “BASE”, so it was left out.`]);
  });
});
