// Saved scenarios (src/lib/browser/scenarios.ts): the list's operations and their messages, the
// checks of scenarios read from storage or a link, the link's round trip, the comparison's rows
// and marks, and its CSV, every expectation worked out by hand beside it.
import { describe, expect, it } from 'vitest';
import { CLV_FIELDS } from '../../../src/calculators/clv/fields.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import { clvDefinition } from '../../../src/islands/clv/clv-definition.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { toCsv } from '../../../src/lib/browser/csv.ts';
import {
  addScenario,
  checkScenarioValues,
  cleanName,
  compareScenarios,
  comparisonCsv,
  encodeScenarios,
  FROM_LINK,
  FROM_STORAGE,
  isStoredScenarios,
  linkScenarios,
  LIST_MAX,
  mergeScenarios,
  nameProblem,
  removeScenario,
  renameScenario,
  restoreScenario,
  scenariosKey,
  withoutScenarios,
  type CompareColumn,
  type ComparedInput,
  type Scenario,
} from '../../../src/lib/browser/scenarios.ts';
import { decodeState, encodeState, type StateContext } from '../../../src/lib/browser/url-state.ts';
import { formatMoneyDigits, moneyColumnDigits } from '../../../src/shared/format.ts';
import { englishWords } from './words-from-strings.ts';

const style = { currency: 'EUR', locale: 'en-GB' };
// Messages in the English words, from content/strings/en.yaml as the English pages get them.
const words = englishWords();
const offered = { currencies: ['EUR', 'USD'], locales: ['en-GB', 'de-DE'] };
/** content/tools/clv.mdx's defaults and labels. */
const defaults = {
  orderValue: 60,
  ordersPerYear: 3,
  margin: 40,
  retention: 70,
  discountRate: 8,
  acquisitionCost: 120,
  horizon: 10,
  retentionWhatIf: 5,
};
const labels = {
  orderValue: 'Average order value',
  ordersPerYear: 'Orders per year',
  margin: 'Gross margin',
  retention: 'Annual retention',
  discountRate: 'Annual discount rate',
  acquisitionCost: 'Acquisition cost (CAC)',
  horizon: 'Years shown in the chart',
  retentionWhatIf: 'Extra retention to test',
};
const clv: StateContext = { specs: fieldSpecs(CLV_FIELDS), labels, defaults, style: { ...style, words } };
const check = checkScenarioValues(clv);
const base: Scenario = { name: 'Base case', values: { ...defaults } };
const optimistic: Scenario = { name: 'Optimistic', values: { ...defaults, retention: 80, acquisitionCost: 100 } };

describe('names', () => {
  it('are trimmed, with each run of spaces made one', () => expect(cleanName('  Base \t  case ')).toBe('Base case'));
  it('must not be empty', () => {
    expect(nameProblem('', [])).toBe('Give the scenario a name, such as “Base case”.');
    expect(nameProblem('   ', [])).toBe('Give the scenario a name, such as “Base case”.');
  });
  it('have at most 40 characters, counted as a reader counts them', () => {
    expect(nameProblem('x'.repeat(40), [])).toBeNull();
    expect(nameProblem('x'.repeat(41), [])).toBe('A name can have at most 40 characters; this one has 41.');
    // 40 emoji are 80 UTF-16 code units, but 40 characters.
    expect(nameProblem('📈'.repeat(40), [])).toBeNull();
    // Spaces around the name do not count.
    expect(nameProblem(`  ${'x'.repeat(40)}  `, [])).toBeNull();
  });
  it('are each used once, whatever their case', () => {
    expect(nameProblem('base CASE ', [base])).toBe('There is already a scenario called “Base case”: choose another name.');
    // A scenario being renamed may keep its name, in another case too.
    expect(nameProblem('base case', [base], 'Base case')).toBeNull();
    expect(nameProblem('Optimistic', [base, optimistic], 'Base case')).toBe(
      'There is already a scenario called “Optimistic”: choose another name.',
    );
  });
});

describe('the list', () => {
  it('adds at the end, under the cleaned name, a copy of the values', () => {
    const values = { ...defaults };
    const out = addScenario([base], '  Cautious ', values);
    values.retention = 1;
    expect(out).toEqual({ ok: true, list: [base, { name: 'Cautious', values: defaults }] });
  });
  it('keeps the currency the amounts were entered in, when given', () => {
    expect(addScenario([base], 'In dollars', defaults, undefined, 'USD')).toEqual({
      ok: true,
      list: [base, { name: 'In dollars', values: defaults, currency: 'USD' }],
    });
  });
  it('refuses a duplicate name, and an eleventh scenario', () => {
    expect(addScenario([base], 'BASE CASE', defaults)).toEqual({
      ok: false,
      error: 'There is already a scenario called “Base case”: choose another name.',
    });
    const full = Array.from({ length: LIST_MAX }, (_, i) => ({ name: `S${i + 1}`, values: defaults }));
    expect(addScenario(full, 'S11', defaults)).toEqual({ ok: false, error: 'You can keep at most 10 scenarios: delete one first.' });
  });
  it('renames in place, and refuses a name that is taken', () => {
    expect(renameScenario([base, optimistic], 'Base case', ' Today ')).toEqual({
      ok: true,
      list: [{ name: 'Today', values: base.values }, optimistic],
    });
    expect(renameScenario([base, optimistic], 'Base case', 'optimistic')).toEqual({
      ok: false,
      error: 'There is already a scenario called “Optimistic”: choose another name.',
    });
    expect(renameScenario([base], 'Base case', '')).toEqual({ ok: false, error: 'Give the scenario a name, such as “Base case”.' });
  });
  it('deletes, and undo puts the scenario back where it was', () => {
    const cautious = { name: 'Cautious', values: defaults };
    const out = removeScenario([base, optimistic, cautious], 'Optimistic');
    expect(out).toEqual({ list: [base, cautious], removed: { scenario: optimistic, index: 1 } });
    expect(restoreScenario(out.list, out.removed!)).toEqual({ ok: true, list: [base, optimistic, cautious] });
    expect(removeScenario([base], 'Nothing')).toEqual({ list: [base], removed: null });
  });
  it('undo is refused when the name was taken in the meantime', () => {
    const { list, removed } = removeScenario([base, optimistic], 'Optimistic');
    const again = addScenario(list, 'optimistic', defaults);
    expect(again.ok && restoreScenario(again.list, removed!)).toEqual({
      ok: false,
      error: 'There is already a scenario called “optimistic”: choose another name.',
    });
  });
});

describe('reading scenarios back (storage and links)', () => {
  it('keeps one list per tool, under a versioned key', () => expect(scenariosKey('roi')).toBe('cx-playbook:scenarios:roi:v1'));
  it('accepts only a stored object with a list; the items are checked one by one later', () => {
    expect(isStoredScenarios({ scenarios: [] })).toBe(true);
    expect(isStoredScenarios({ scenarios: [1, 'x'] })).toBe(true);
    for (const bad of [null, [], 'x', {}, { scenarios: 'x' }, { scenarios: {} }]) expect(isStoredScenarios(bad)).toBe(false);
  });
  it('checks values exactly as a share link’s: a bad value goes back to its default and is named', () => {
    expect(check(defaults, FROM_LINK)).toEqual({ values: defaults, problems: [] });
    expect(check({ ...defaults, retention: '150', margin: 'abc', horizon: undefined, evil: 1 }, FROM_LINK)).toEqual({
      values: defaults,
      problems: [
        'Gross margin must be a number, such as 12.5; the link had “abc”.',
        'Annual retention must be at most 99%; the link had 150%.',
        'The link had no value for Years shown in the chart, so it uses its default.',
        'The link had fields this calculator does not use, which were ignored: “evil”.',
      ],
    });
    expect(check({ ...defaults, horizon: 2.5 }, FROM_STORAGE).problems).toEqual([
      'Years shown in the chart must be a whole number; your saved scenario had 2.5 years.',
    ]);
  });
  it('takes each good scenario, and loses nothing else for a bad one', () => {
    const candidates = [
      { name: ' Base  case ', values: defaults },
      { name: '', values: defaults },
      { name: 'x'.repeat(41), values: defaults },
      { name: 'No values' },
      'not a scenario',
      { name: 'Optimistic', values: { ...defaults, retention: 150 } },
    ];
    expect(mergeScenarios([], candidates, check, FROM_LINK)).toEqual({
      list: [base, { name: 'Optimistic', values: defaults }],
      problems: [
        'Scenario 2 of the link has no name, so it was left out.',
        'Scenario 3 of the link has a name longer than 40 characters, so it was left out.',
        'Scenario 4 of the link has no values, so it was left out.',
        'Scenario 5 of the link has no values, so it was left out.',
        '“Optimistic”: Annual retention must be at most 99%; the link had 150%.',
      ],
    });
    expect(mergeScenarios([], [{ values: defaults }], check, FROM_STORAGE).problems).toEqual([
      'Scenario 1 of your saved list has no name, so it was left out.',
    ]);
  });
  it('reads back a stored currency when it is a currency code, and ignores anything else there', () => {
    const candidates = [
      { name: 'Dollars', values: defaults, currency: 'USD' },
      { name: 'Words', values: defaults, currency: 'US dollars' },
      { name: 'Number', values: defaults, currency: 840 },
    ];
    expect(mergeScenarios([], candidates, check, FROM_STORAGE).list).toEqual([
      { name: 'Dollars', values: defaults, currency: 'USD' },
      { name: 'Words', values: defaults },
      { name: 'Number', values: defaults },
    ]);
  });
  it('adds a scenario already in the list once; one with the same name and other values under “Name (2)”', () => {
    const carried = [base, { name: 'BASE CASE', values: defaults }, { name: 'base case', values: optimistic.values }];
    expect(mergeScenarios([base], carried, check, FROM_LINK)).toEqual({
      list: [base, { name: 'base case (2)', values: optimistic.values }],
      problems: ['“base case” differs from your scenario of that name, so it was added as “base case (2)”.'],
    });
  });
  it('keeps at most 10, and says which were left out', () => {
    const full = Array.from({ length: LIST_MAX }, (_, i) => ({ name: `S${i + 1}`, values: defaults }));
    expect(mergeScenarios(full, [optimistic], check, FROM_LINK)).toEqual({
      list: full,
      problems: ['“Optimistic” was left out: at most 10 scenarios are kept, so delete one and open the link again.'],
    });
  });
});

describe('the link', () => {
  const main = encodeState(defaults, style);
  const hash = `#${main}&${encodeScenarios([base, optimistic])}`;

  it('carries each scenario as one parameter: its name and values, encoded', () => {
    expect(encodeScenarios([{ name: 'Base case', values: { margin: 40, mode: 'counts' } }])).toBe(
      // scenario=Base+case&margin=40&mode=counts, encoded once more as the value of "scenario".
      'scenario=scenario%3DBase%2Bcase%26margin%3D40%26mode%3Dcounts',
    );
    expect(encodeScenarios([])).toBe('');
  });
  it('round-trips the list, and the rest of the link reads as before', () => {
    expect(mergeScenarios([], linkScenarios(hash), check, FROM_LINK)).toEqual({ list: [base, optimistic], problems: [] });
    // The scenario parameters are not "fields this calculator does not use".
    expect(decodeState(hash, clv, offered)).toEqual({ values: defaults, rejected: [], style, problems: [] });
    expect(withoutScenarios(hash)).toBe(main);
    expect(linkScenarios(`#${main}`)).toEqual([]);
  });
  it('a tampered scenario says which and what; the other scenario and the inputs are untouched', () => {
    // Optimistic's retention changed from 80 to 150 in the link.
    const tampered = hash.replace('retention%3D80', 'retention%3D150');
    expect(tampered).not.toBe(hash);
    expect(mergeScenarios([], linkScenarios(tampered), check, FROM_LINK)).toEqual({
      list: [base, { name: 'Optimistic', values: { ...optimistic.values, retention: 70 } }],
      problems: ['“Optimistic”: Annual retention must be at most 99%; the link had 150%.'],
    });
    expect(decodeState(tampered, clv, offered).problems).toEqual([]);
    // A scenario parameter that is no scenario at all.
    expect(mergeScenarios([], linkScenarios(`#${main}&scenario=margin%3D40`), check, FROM_LINK).problems).toEqual([
      'Scenario 1 of the link has no name, so it was left out.',
    ]);
  });
});

describe('the comparison', () => {
  const moneyColumn = (values: readonly number[]) => {
    const digits = moneyColumnDigits(values);
    return (v: number) => formatMoneyDigits(v, style, digits);
  };
  const inputs: ComparedInput[] = [
    { key: 'price', label: 'Price', unit: 'EUR', show: (v) => `€${String(v)}` },
    { key: 'plan', label: 'Plan', unit: '', show: (v) => String(v) },
    { key: 'extra', label: 'Only in the premium plan', unit: '', show: String, relevant: (values) => values.plan === 'premium' },
  ];
  const column = (name: string, price: number, total: number): CompareColumn => ({
    name,
    values: { price, plan: 'basic', extra: 1 },
    results: [
      { id: 'total', label: 'Total', value: `€${total}`, csv: total, unit: 'money' },
      { id: 'verdict', label: 'Verdict', value: 'Fine', csv: 'Fine' },
    ],
  });

  it('marks each cell that differs from the first scenario; a row of money has one number of decimals', () => {
    // Totals 72.727 and 126: one is below 100, so the row is written with cents (€72.73, €126.00).
    const c = compareScenarios([column('A', 40, 72.727), column('B', 50, 126)], inputs, moneyColumn, 'EUR');
    expect(c.names).toEqual(['A', 'B']);
    expect(c.inputs.map((r) => [r.label, r.cells, r.differs])).toEqual([
      ['Price', ['€40', '€50'], [false, true]],
      ['Plan', ['basic', 'basic'], [false, false]],
    ]);
    expect(c.results.map((r) => [r.label, r.cells, r.differs])).toEqual([
      ['Total', ['€72.73', '€126.00'], [false, true]],
      ['Verdict', ['Fine', 'Fine'], [false, false]],
    ]);
    // An input that matters in one scenario has its row.
    const premium = { ...column('C', 40, 72.727), values: { price: 40, plan: 'premium', extra: 2 } };
    expect(compareScenarios([column('A', 40, 72.727), premium], inputs, moneyColumn, 'EUR').inputs.map((r) => [r.id, r.differs])).toEqual([
      ['price', [false, false]],
      ['plan', [false, true]],
      ['extra', [false, true]],
    ]);
  });

  it('writes the CSV as the tools’ own: label, a value per scenario, unit, and which scenarios differ', () => {
    const c = compareScenarios([column('A', 40, 72.727), column('B', 50, 126), column('C', 60, 72.727)], inputs, moneyColumn, 'EUR');
    expect(toCsv(comparisonCsv(c, 'demo', 'EUR'))).toBe(
      [
        'Tool,demo',
        'Currency,EUR',
        '',
        'Input,A,B,C,Unit,Differs from A',
        'Price,40,50,60,EUR,B; C',
        'Plan,basic,basic,basic,,',
        '',
        'Result,A,B,C,Unit,Differs from A',
        // money rounded to 2 decimals (72.727 -> 72.73) with the currency code
        'Total,72.73,126,72.73,EUR,B',
        'Verdict,Fine,Fine,Fine,,',
        '',
      ].join('\r\n'),
    );
    // A tool without money has no currency row.
    expect(comparisonCsv(c, 'nps', null).slice(0, 2)).toEqual([['Tool', 'nps'], []]);
  });

  it('compares two CLV scenarios with the page’s own results, by hand', () => {
    // Margin per year m = 60 × 3 × 40% = 72 in both.
    // Base case: CLV = 72 / (1 + 0.08 − 0.70) = 189.47; minus CAC 120: 69.47; CLV/CAC = 1.58 -> "1.6 to 1";
    //   months to recover = 120 / (72 / 12) = 20; what-if at 75%: 72 / (1.08 − 0.75) = 218.18.
    // Optimistic (retention 80%, CAC 100): CLV = 72 / 0.28 = 257.14; minus CAC: 157.14; 2.57 -> "2.6 to 1";
    //   months = 100 / 6 = 16.7; what-if at 85%: 72 / 0.23 = 313.04.
    // CLV: both at least 100, whole units (€189, €257); CLV minus CAC: 69.47 is below 100, so cents for both.
    const fmt = makeFormatters({ ...style, words });
    const columns = [base, optimistic].map((s) => {
      const input = s.values as typeof defaults;
      return { ...s, results: clvDefinition.results({ input, result: clvDefinition.calculate(input), fmt, labels }) };
    });
    const shown: ComparedInput[] = clv.specs.map((s) => ({
      key: s.key,
      label: labels[s.key as keyof typeof labels],
      unit: '',
      show: (v) => fmt.unit(v as number, s.unit),
    }));
    const c = compareScenarios(columns, shown, fmt.moneyColumn, 'EUR');
    const differing = (rows: typeof c.inputs) => rows.filter((r) => r.differs[1]).map((r) => [r.id, ...r.cells]);
    expect(differing(c.inputs)).toEqual([
      ['retention', '70%', '80%'],
      ['acquisitionCost', '€120', '€100'],
    ]);
    const row = (id: string) => c.results.find((r) => r.id === id)!;
    expect(row('clv').cells).toEqual(['€189', '€257']);
    expect(row('clv-minus-cac').cells).toEqual(['€69.47', '€157.14']);
    expect(row('clv-to-cac').cells).toEqual(['1.6 to 1', '2.6 to 1']);
    expect(row('months-to-recover').cells).toEqual(['20 months', '16.7 months']);
    expect(row('margin-per-year')).toMatchObject({ cells: ['€72.00', '€72.00'], differs: [false, false] });
    // The what-if's label names each scenario's own retention: the row takes the first, the other cell notes its own.
    expect(row('what-if')).toMatchObject({
      label: 'CLV at 75% retention',
      cells: ['€218', '€313'],
      differs: [false, true],
      notes: ['', 'CLV at 85% retention'],
    });
    expect(row('what-if').csv).toEqual(['CLV at 75% retention / CLV at 85% retention', 218.18, 313.04, 'EUR']);
  });
});
