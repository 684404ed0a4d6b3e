// Reading numbers as typed, and the exact words of every field message of the CLV and ROI tools.
import { describe, expect, it } from 'vitest';
import { CLV_FIELDS } from '../../../src/calculators/clv/fields.ts';
import { ROI_FIELDS, roiRules } from '../../../src/calculators/roi/fields.ts';
import { fieldSpecs, type FieldSpec } from '../../../src/calculators/shared/fields.ts';
import fc from 'fast-check';
import { groupedText } from '../../../src/islands/calculator/NumberField.tsx';
import { checkField, checkForm, describeRange, parseNumber, rangeHint, readNumber } from '../../../src/lib/browser/inputs.ts';
import { formatGrouped, formatInput, formatNumber } from '../../../src/shared/format.ts';
import { calculatorWords, englishWords } from './words-from-strings.ts';

// The English words, from content/strings/en.yaml as the English pages get them.
const words = englishWords();
const style = { currency: 'EUR', locale: 'en-GB', words };

describe('parseNumber', () => {
  it.each([
    ['40', 'en-GB', 40],
    ['  2.5 ', 'en-GB', 2.5],
    ['1,234', 'en-GB', 1234], // the locale's grouping mark before three digits groups
    ['1.234', 'en-GB', 1.234], // the locale's decimal point is a decimal point, whatever follows
    ['150000', 'en-GB', 150000],
    ['150,000', 'en-GB', 150000],
    ['1,234.5', 'en-GB', 1234.5],
    ['1,234,567', 'en-GB', 1234567],
    ['1 234 567.5', 'en-GB', 1234567.5], // spaces may group anywhere
    ['5.', 'en-GB', 5],
    ['.5', 'en-GB', 0.5],
    ['-5', 'en-GB', -5],
    ['\u22125', 'en-GB', -5],
    ['-1,234.5', 'en-GB', -1234.5],
    ['150000', 'en-US', 150000],
    ['150,000', 'en-US', 150000],
    ['1,234.5', 'en-US', 1234.5],
    ['0.25', 'en-US', 0.25],
    ['1.234', 'de-DE', 1234],
    ['150.000', 'de-DE', 150000],
    ['12,5', 'de-DE', 12.5],
    ['1,234', 'de-DE', 1.234],
    ['1.234,5', 'de-DE', 1234.5],
    ['1.234.567,25', 'de-DE', 1234567.25],
    ['1 234,5', 'fr-FR', 1234.5],
    ['1\u202f234,5', 'fr-FR', 1234.5],
    ['150\u202f000', 'fr-FR', 150000],
    ['12,5', 'fr-FR', 12.5],
    ['12.5', 'fr-FR', 12.5], // "." is not used in fr-FR; once, not before three digits, it can only be a decimal point
  ])('%j in %s is %d', (raw, locale, expected) => {
    expect(parseNumber(raw, locale)).toBe(expected);
  });
  it.each(['', '   '])('%j is empty', (raw) => expect(parseNumber(raw, 'en-GB')).toBe('empty'));
  it.each(['abc', '1e5', '12..5', '5-', '--5', '1.2.3', 'Infinity', 'NaN', '0x10', '-', ','])('%j is not a number', (raw) =>
    expect(readNumber(raw, 'en-GB')).toEqual({ kind: 'invalid' }),
  );
});

const GB = 'in en-GB “.” is the decimal point and “,” separates thousands, so';
const US = 'in en-US “.” is the decimal point and “,” separates thousands, so';
const DE = 'in de-DE “,” is the decimal point and “.” separates thousands, so';
const FR = 'in fr-FR “,” is the decimal point and a space separates thousands, so';

/** [text, locale, exactly why it is refused]: text that could be two numbers, or is written another locale's way. */
const UNCLEAR: [string, string, string][] = [
  ['50,5', 'en-GB', `${GB} “50,5” is unclear: write 50.5 if “,” is a decimal point, or 505 if it separates thousands.`],
  ['1,0000', 'en-GB', `${GB} “1,0000” is unclear: write 1 if “,” is a decimal point, or 10,000 if it separates thousands.`],
  ['12,5', 'en-GB', `${GB} “12,5” is unclear: write 12.5 if “,” is a decimal point, or 125 if it separates thousands.`],
  ['1,23,4', 'en-GB', `${GB} “1,23,4” is unclear: write 123.4 if “,” is a decimal point, or 1,234 if it separates thousands.`],
  [',5', 'en-GB', `${GB} “,5” is unclear: write 0.5 if “,” is a decimal point, or 5 if it separates thousands.`],
  ['5,', 'en-GB', `${GB} “5,” is unclear: write 5.`],
  ['1.234,5', 'en-GB', `${GB} “1.234,5” is unclear, as it is written the other way round: write 1,234.5 if “,” is the decimal point.`],
  ['1.000,5.5', 'en-GB', `${GB} “1.000,5.5” cannot be read as one number: write it like 1,234.5 or 1234.5.`],
  [
    '1,0000.5',
    'en-GB',
    `${GB} “1,0000.5” is unclear, as thousands come in groups of three digits: write 10,000.5 if you mean that number.`,
  ],
  [
    '1,2345.6',
    'en-GB',
    `${GB} “1,2345.6” is unclear, as thousands come in groups of three digits: write 12,345.6 if you mean that number.`,
  ],
  ['1.234.567', 'en-GB', `${GB} “1.234.567” is unclear: write 1,234,567 if “.” separates thousands.`],
  ['50,5', 'en-US', `${US} “50,5” is unclear: write 50.5 if “,” is a decimal point, or 505 if it separates thousands.`],
  ['1.234,5', 'en-US', `${US} “1.234,5” is unclear, as it is written the other way round: write 1,234.5 if “,” is the decimal point.`],
  ['12.5', 'de-DE', `${DE} “12.5” is unclear: write 12,5 if “.” is a decimal point, or 125 if it separates thousands.`],
  ['1.0000', 'de-DE', `${DE} “1.0000” is unclear: write 1 if “.” is a decimal point, or 10.000 if it separates thousands.`],
  ['1,234.5', 'de-DE', `${DE} “1,234.5” is unclear, as it is written the other way round: write 1.234,5 if “.” is the decimal point.`],
  ['1,234,567', 'de-DE', `${DE} “1,234,567” is unclear: write 1.234.567 if “,” separates thousands.`],
  ['1.234', 'fr-FR', `${FR} “1.234” is unclear: write 1,234 if “.” is a decimal point, or 1\u202f234 if it separates thousands.`],
  ['1.234,5', 'fr-FR', `${FR} “1.234,5” is unclear: write 1\u202f234,5 if “.” separates thousands.`],
  ['1,5.5', 'fr-FR', `${FR} “1,5.5” cannot be read as one number: write it like 1\u202f234,5 or 1234,5.`],
];

describe('readNumber: text that could mean two numbers is refused, saying how it would be read', () => {
  it.each(UNCLEAR)('%j in %s', (raw, locale, why) => {
    expect(readNumber(raw, locale, words)).toEqual({ kind: 'unclear', why });
    expect(parseNumber(raw, locale)).toBe('invalid');
  });
  it('the field message names the field and gives the same sentence', () => {
    const spec = fieldSpecs(CLV_FIELDS).find((s) => s.key === 'orderValue')!;
    expect(checkField(spec, '50,5', 'Average order value', style)).toEqual({
      ok: false,
      problem: 'unclear',
      message: `Average order value: ${GB} “50,5” is unclear: write 50.5 if “,” is a decimal point, or 505 if it separates thousands.`,
    });
  });
});

describe('formatting a number in a locale and reading it back in that locale gives the same number', () => {
  // Numbers a reader types: up to 1e12, with up to six decimals.
  const value = fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, k]) => n / 10 ** k)
    .filter((v) => !Object.is(v, -0));
  it.each(['en-GB', 'en-US', 'de-DE', 'fr-FR'])('%s', (locale) => {
    fc.assert(
      fc.property(value, (v) => {
        expect(parseNumber(formatGrouped(v, locale), locale)).toBe(v);
        expect(parseNumber(formatInput(v, locale), locale)).toBe(v);
        expect(parseNumber(formatNumber(v, locale, 6), locale)).toBe(v);
      }),
      { numRuns: 500 },
    );
  });
});

describe('groupedText: separators shown when the reader leaves a box, the value unchanged', () => {
  it.each([
    ['150000', 'en-GB', '150,000'],
    ['150000', 'en-US', '150,000'],
    ['150000', 'de-DE', '150.000'],
    ['150000', 'fr-FR', '150\u202f000'],
    ['1234567.125', 'en-GB', '1,234,567.125'],
    ['1234567,125', 'de-DE', '1.234.567,125'],
    ['0.1', 'en-GB', '0.1'],
    ['12', 'en-GB', '12'],
    ['-2500', 'en-GB', '-2,500'],
    ['50,5', 'en-GB', '50,5'], // unclear: left as typed, with its message
    ['forty', 'en-GB', 'forty'],
    ['', 'en-GB', ''],
  ])('%j in %s shows %j', (raw, locale, shown) => {
    expect(groupedText(raw, locale)).toBe(shown);
    const before = parseNumber(raw, locale);
    if (typeof before === 'number') expect(parseNumber(shown, locale)).toBe(before);
  });
});

/** Labels as in content/tools/*.mdx (kept here so that editing a label does not break unit tests). */
const CLV_LABELS: Record<string, string> = {
  orderValue: 'Average order value',
  ordersPerYear: 'Orders per year',
  margin: 'Gross margin',
  retention: 'Annual retention',
  discountRate: 'Annual discount rate',
  acquisitionCost: 'Acquisition cost (CAC)',
  horizon: 'Years shown in the chart',
  retentionWhatIf: 'Extra retention to test',
};
const ROI_LABELS: Record<string, string> = {
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
  ranges: 'Ranges',
  seed: 'Simulation seed',
};
const specOf = (specs: FieldSpec[], key: string) => specs.find((s) => s.key === key)!;
const message = (specs: FieldSpec[], labels: Record<string, string>, key: string, raw: string) => {
  const check = checkField(specOf(specs, key), raw, labels[key]!, style);
  return check.ok ? `(accepted ${String(check.value)})` : check.message;
};

/** [key, text typed, expected message] for every CLV input: empty, below and above its range. */
const CLV_MESSAGES: [string, string, string][] = [
  ['orderValue', '', 'Average order value is empty: enter a number from €0 to €1,000,000,000.'],
  ['orderValue', '-5', 'Average order value must be at least €0; you entered -€5.'],
  ['orderValue', '2000000000', 'Average order value must be at most €1,000,000,000; you entered €2,000,000,000.'],
  ['orderValue', 'forty', 'Average order value must be a number, such as 12.5; you entered “forty”.'],
  ['ordersPerYear', '', 'Orders per year is empty: enter a number from 0 to 10,000.'],
  ['ordersPerYear', '-1', 'Orders per year must be at least 0; you entered -1.'],
  ['ordersPerYear', '10001', 'Orders per year must be at most 10,000; you entered 10,001.'],
  ['margin', '', 'Gross margin is empty: enter a number from 0% to 100%.'],
  ['margin', '-0.5', 'Gross margin must be at least 0%; you entered -0.5%.'],
  ['margin', '150', 'Gross margin must be at most 100%; you entered 150%.'],
  ['retention', '', 'Annual retention is empty: enter a number from 0% to 99%.'],
  ['retention', '-10', 'Annual retention must be at least 0%; you entered -10%.'],
  ['retention', '99.5', 'Annual retention must be at most 99%; you entered 99.5%.'],
  ['discountRate', '', 'Annual discount rate is empty: enter a number from 0% to 100%.'],
  ['discountRate', '-1', 'Annual discount rate must be at least 0%; you entered -1%.'],
  ['discountRate', '101', 'Annual discount rate must be at most 100%; you entered 101%.'],
  ['acquisitionCost', '', 'Acquisition cost (CAC) is empty: enter a number from €0 to €1,000,000,000.'],
  ['acquisitionCost', '-0.01', 'Acquisition cost (CAC) must be at least €0; you entered -€0.01.'],
  ['acquisitionCost', '1000000000.5', 'Acquisition cost (CAC) must be at most €1,000,000,000; you entered €1,000,000,000.50.'],
  ['horizon', '', 'Years shown in the chart is empty: enter a whole number from 1 year to 50 years.'],
  ['horizon', '0', 'Years shown in the chart must be at least 1 year; you entered 0 years.'],
  ['horizon', '51', 'Years shown in the chart must be at most 50 years; you entered 51 years.'],
  ['horizon', '2.5', 'Years shown in the chart must be a whole number; you entered 2.5 years.'],
  ['horizon', 'ten', 'Years shown in the chart must be a number, such as 5; you entered “ten”.'],
  ['retentionWhatIf', '', 'Extra retention to test is empty: enter a number from 0 points to 99 points.'],
  ['retentionWhatIf', '-5', 'Extra retention to test must be at least 0 points; you entered -5 points.'],
  ['retentionWhatIf', '100', 'Extra retention to test must be at most 99 points; you entered 100 points.'],
];

const ROI_MESSAGES: [string, string, string][] = [
  ['customers', '', 'Customers today is empty: enter a number from 0 to 1,000,000,000.'],
  ['customers', '-3', 'Customers today must be at least 0; you entered -3.'],
  ['customers', '1,000,000,001', 'Customers today must be at most 1,000,000,000; you entered 1,000,000,001.'],
  ['revenuePerCustomer', '', 'Revenue per customer per year is empty: enter a number from €0 to €1,000,000,000.'],
  ['revenuePerCustomer', '-400', 'Revenue per customer per year must be at least €0; you entered -€400.'],
  ['revenuePerCustomer', '5000000000', 'Revenue per customer per year must be at most €1,000,000,000; you entered €5,000,000,000.'],
  ['margin', '', 'Gross margin is empty: enter a number from 0% to 100%.'],
  ['margin', '101', 'Gross margin must be at most 100%; you entered 101%.'],
  ['margin', '-40', 'Gross margin must be at least 0%; you entered -40%.'],
  ['retention', '', 'Baseline annual retention is empty: enter a number from 0% to 100%.'],
  ['retention', '-1', 'Baseline annual retention must be at least 0%; you entered -1%.'],
  ['retention', '120', 'Baseline annual retention must be at most 100%; you entered 120%.'],
  ['retentionUplift', '', 'Retention uplift is empty: enter a number from 0 points to 100 points.'],
  ['retentionUplift', '-2', 'Retention uplift must be at least 0 points; you entered -2 points.'],
  ['retentionUplift', '101', 'Retention uplift must be at most 100 points; you entered 101 points.'],
  ['spendUplift', '', 'Spend uplift is empty: enter a number from 0% to 100%.'],
  ['spendUplift', '-5', 'Spend uplift must be at least 0%; you entered -5%.'],
  ['spendUplift', '200', 'Spend uplift must be at most 100%; you entered 200%.'],
  ['contactsPerYear', '', 'Support contacts per year is empty: enter a number from 0 to 1,000,000,000.'],
  ['contactsPerYear', '-1', 'Support contacts per year must be at least 0; you entered -1.'],
  ['contactsPerYear', '2000000000', 'Support contacts per year must be at most 1,000,000,000; you entered 2,000,000,000.'],
  ['costPerContact', '', 'Cost per contact is empty: enter a number from €0 to €1,000,000.'],
  ['costPerContact', '-6', 'Cost per contact must be at least €0; you entered -€6.'],
  ['costPerContact', '2000000', 'Cost per contact must be at most €1,000,000; you entered €2,000,000.'],
  ['deflection', '', 'Contacts deflected by self-service is empty: enter a number from 0% to 100%.'],
  ['deflection', '-15', 'Contacts deflected by self-service must be at least 0%; you entered -15%.'],
  ['deflection', '115', 'Contacts deflected by self-service must be at most 100%; you entered 115%.'],
  ['investment', '', 'Upfront investment is empty: enter a number from €0 to €1,000,000,000.'],
  ['investment', '-1', 'Upfront investment must be at least €0; you entered -€1.'],
  ['investment', '1500000000', 'Upfront investment must be at most €1,000,000,000; you entered €1,500,000,000.'],
  ['runningCost', '', 'Running cost per year is empty: enter a number from €0 to €1,000,000,000.'],
  ['runningCost', '-40000', 'Running cost per year must be at least €0; you entered -€40,000.'],
  ['runningCost', '1000000001', 'Running cost per year must be at most €1,000,000,000; you entered €1,000,000,001.'],
  ['horizon', '', 'Horizon is empty: enter a whole number from 1 year to 10 years.'],
  ['horizon', '0', 'Horizon must be at least 1 year; you entered 0 years.'],
  ['horizon', '11', 'Horizon must be at most 10 years; you entered 11 years.'],
  ['horizon', '3.5', 'Horizon must be a whole number; you entered 3.5 years.'],
  ['discountRate', '', 'Annual discount rate is empty: enter a number from 0% to 100%.'],
  ['discountRate', '-8', 'Annual discount rate must be at least 0%; you entered -8%.'],
  ['discountRate', '108', 'Annual discount rate must be at most 100%; you entered 108%.'],
  // Issue 18's inputs (the ranges' own messages are the form's rules: tests/unit/calculators/roi-monte-carlo.test.ts).
  ['riskRetention', '', 'Risk adjustment, customers kept is empty: enter a number from 0% to 100%.'],
  ['riskRetention', '-10', 'Risk adjustment, customers kept must be at least 0%; you entered -10%.'],
  ['riskRetention', '110', 'Risk adjustment, customers kept must be at most 100%; you entered 110%.'],
  ['riskSpend', '', 'Risk adjustment, more spend is empty: enter a number from 0% to 100%.'],
  ['riskSpend', '-1', 'Risk adjustment, more spend must be at least 0%; you entered -1%.'],
  ['riskSpend', '101', 'Risk adjustment, more spend must be at most 100%; you entered 101%.'],
  ['riskDeflection', '', 'Risk adjustment, contacts avoided is empty: enter a number from 0% to 100%.'],
  ['riskDeflection', '-5', 'Risk adjustment, contacts avoided must be at least 0%; you entered -5%.'],
  ['riskDeflection', '150', 'Risk adjustment, contacts avoided must be at most 100%; you entered 150%.'],
  ['seed', '', 'Simulation seed is empty: enter a whole number from 0 to 4,294,967,295.'],
  ['seed', '-1', 'Simulation seed must be at least 0; you entered -1.'],
  ['seed', '4294967296', 'Simulation seed must be at most 4,294,967,295; you entered 4,294,967,296.'],
  ['seed', '1.5', 'Simulation seed must be a whole number; you entered 1.5.'],
  ['ranges', 'x'.repeat(1001), 'Ranges is too long: at most 1,000 characters; you entered 1,001.'],
];

/** The keys that have all three cases in a table, in table order. */
const covered = (table: [string, string, string][]) =>
  [...new Set(table.map(([k]) => k))].filter((k) =>
    ['is empty', 'must be at least', 'must be at most'].every((kind) => table.some(([key, , m]) => key === k && m.includes(kind))),
  );

describe('field messages: CLV', () => {
  const specs = fieldSpecs(CLV_FIELDS);
  it('covers every input with an empty, a too-small and a too-big case', () =>
    expect(covered(CLV_MESSAGES)).toEqual(specs.map((s) => s.key)));
  it.each(CLV_MESSAGES)('%s = %j', (key, raw, expected) => expect(message(specs, CLV_LABELS, key, raw)).toBe(expected));
});

describe('field messages: CX ROI', () => {
  const specs = fieldSpecs(ROI_FIELDS);
  it.each(ROI_MESSAGES)('%s = %j', (key, raw, expected) => expect(message(specs, ROI_LABELS, key, raw)).toBe(expected));
  it('covers every number input with an empty, a too-small and a too-big case (and the ranges, text, with too long)', () => {
    expect(covered(ROI_MESSAGES)).toEqual(specs.filter((s) => s.kind === 'number').map((s) => s.key));
    expect(ROI_MESSAGES.some(([key, , m]) => key === 'ranges' && m.includes('is too long'))).toBe(true);
  });
  it('the cross-field rule is reported under the retention uplift', () => {
    const raw = {
      customers: '10000',
      revenuePerCustomer: '400',
      margin: '40',
      retention: '75',
      retentionUplift: '30',
      spendUplift: '5',
      contactsPerYear: '20000',
      costPerContact: '6',
      deflection: '15',
      investment: '150000',
      runningCost: '40000',
      horizon: '5',
      discountRate: '8',
      riskRetention: '0',
      riskSpend: '0',
      riskDeflection: '0',
      ranges: '',
      seed: '1',
    };
    const check = checkForm(specs, roiRules, raw, ROI_LABELS, style);
    expect(check.value).toBeNull();
    // 100 − 75 = 25 points at most
    expect(check.errors).toEqual({
      retentionUplift: 'Retention uplift: retention plus uplift cannot pass 100%, so the uplift can be at most 25 points.',
    });
  });
});

describe('messages follow the currency and locale', () => {
  const specs = fieldSpecs(CLV_FIELDS);
  it('dollars in en-US, euros in de-DE', () => {
    expect(checkField(specOf(specs, 'orderValue'), '', 'Average order value', { currency: 'USD', locale: 'en-US', words })).toMatchObject({
      message: 'Average order value is empty: enter a number from $0 to $1,000,000,000.',
    });
    expect(checkField(specOf(specs, 'retention'), '99,5', 'Annual retention', { currency: 'EUR', locale: 'de-DE', words })).toMatchObject({
      // German puts a no-break space before the percent sign
      message: 'Annual retention must be at most 99\u00a0%; you entered 99,5\u00a0%.',
    });
  });
  it('describeRange', () => {
    expect(describeRange(specOf(specs, 'horizon'), style)).toBe('a whole number from 1 year to 50 years');
    expect(describeRange(specOf(specs, 'margin'), style)).toBe('a number from 0% to 100%');
  });
});

describe('checkForm', () => {
  const specs = fieldSpecs(CLV_FIELDS);
  const good = {
    orderValue: '60',
    ordersPerYear: '3',
    margin: '40',
    retention: '70',
    discountRate: '8',
    acquisitionCost: '120',
    horizon: '10',
    retentionWhatIf: '5',
  };
  it('returns the parsed inputs when every field is good', () => {
    expect(checkForm(specs, undefined, good, CLV_LABELS, style)).toEqual({
      value: {
        orderValue: 60,
        ordersPerYear: 3,
        margin: 40,
        retention: 70,
        discountRate: 8,
        acquisitionCost: 120,
        horizon: 10,
        retentionWhatIf: 5,
      },
      errors: {},
    });
  });
  it('returns one message per bad field and no value', () => {
    const check = checkForm(specs, undefined, { ...good, margin: '', horizon: '0' }, CLV_LABELS, style);
    expect(check.value).toBeNull();
    expect(Object.keys(check.errors)).toEqual(['margin', 'horizon']);
  });
});

describe('messages in German, in the words of content/strings/de.yaml', () => {
  const specs = fieldSpecs(CLV_FIELDS);
  const de = { currency: 'EUR', locale: 'de-DE', words: calculatorWords('de') };
  const check = (key: string, raw: string, label: string) => checkField(specOf(specs, key), raw, label, de);
  it('a value below the range: de-DE writes the euro sign after the number, with a no-break space', () => {
    expect(check('orderValue', '-5', 'Durchschnittlicher Bestellwert')).toMatchObject({
      message: 'Durchschnittlicher Bestellwert muss mindestens 0\u00a0€ betragen; Sie haben -5\u00a0€ eingegeben.',
    });
  });
  it('an empty field gives the range in years, one year and several', () => {
    // horizon: whole years 1 to 50 (src/calculators/clv/fields.ts)
    expect(check('horizon', '', 'Jahre im Diagramm')).toMatchObject({
      message: 'Jahre im Diagramm ist leer: Geben Sie eine ganze Zahl von 1 Jahr bis 50 Jahre ein.',
    });
    expect(rangeHint(specOf(specs, 'horizon'), de)).toBe('Geben Sie eine ganze Zahl von 1 Jahr bis 50 Jahre ein.');
  });
  it('a number written the English way is unclear, and the message says how it would be read, in German quotes', () => {
    // In de-DE "." groups thousands and "," is the decimal point: "50.5" is 50,5 with "." as a decimal
    // point, or 505 with "." grouping thousands (a group of one digit, so not a valid grouping).
    expect(check('orderValue', '50.5', 'Durchschnittlicher Bestellwert')).toMatchObject({
      problem: 'unclear',
      message:
        'Durchschnittlicher Bestellwert: In de-DE ist „,“ das Dezimalzeichen, und „.“ trennt die Tausender; daher ist „50.5“ unklar: Schreiben Sie 50,5, wenn „.“ das Dezimalzeichen ist, oder 505, wenn es die Tausender trennt.',
    });
  });
});

describe('without words (a caller that only asks whether a value is ok)', () => {
  it('is ok or not exactly as with words, and its message is the name of its string', () => {
    const spec = specOf(fieldSpecs(CLV_FIELDS), 'orderValue');
    expect(checkField(spec, '-5', 'Average order value', { currency: 'EUR', locale: 'en-GB' })).toEqual({
      ok: false,
      problem: 'too-small',
      message: 'fieldTooSmall',
    });
    expect(checkField(spec, '5', 'Average order value', { currency: 'EUR', locale: 'en-GB' })).toEqual({ ok: true, value: 5 });
  });
});
