// Share links: the fragment round trip, and the exact words for every way a link can be bad.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLV_FIELDS } from '../../../src/calculators/clv/fields.ts';
import { ROI_FIELDS, roiRules } from '../../../src/calculators/roi/fields.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import {
  acceptValues,
  decodeState,
  describeRejected,
  encodeState,
  isStateHash,
  type StateContext,
} from '../../../src/lib/browser/url-state.ts';
import { calculatorWords, englishWords } from './words-from-strings.ts';

// Messages in the English words, from content/strings/en.yaml as the English pages get them.
const style = { currency: 'EUR', locale: 'en-GB', words: englishWords() };
const offered = { currencies: ['EUR', 'USD', 'GBP'], locales: ['en-GB', 'en-US', 'de-DE', 'fr-FR'] };
const clvDefaults = {
  orderValue: 60,
  ordersPerYear: 3,
  margin: 40,
  retention: 70,
  discountRate: 8,
  acquisitionCost: 120,
  horizon: 10,
  retentionWhatIf: 5,
};
const clvLabels = {
  orderValue: 'Average order value',
  ordersPerYear: 'Orders per year',
  margin: 'Gross margin',
  retention: 'Annual retention',
  discountRate: 'Annual discount rate',
  acquisitionCost: 'Acquisition cost (CAC)',
  horizon: 'Years shown in the chart',
  retentionWhatIf: 'Extra retention to test',
};
const clv: StateContext = { specs: fieldSpecs(CLV_FIELDS), labels: clvLabels, defaults: clvDefaults, style };
const roiDefaults = {
  customers: 10000,
  revenuePerCustomer: 400,
  margin: 40,
  retention: 75,
  retentionUplift: 3,
  spendUplift: 5,
  contactsPerYear: 20000,
  costPerContact: 6,
  deflection: 15,
  investment: 150000,
  runningCost: 40000,
  horizon: 5,
  discountRate: 8,
};
const roiLabels: Record<string, string> = { retention: 'Baseline annual retention', retentionUplift: 'Retention uplift' };
const roi: StateContext = { rules: roiRules, specs: fieldSpecs(ROI_FIELDS), labels: roiLabels, defaults: roiDefaults, style };
const link = (values: Record<string, number | string>, extra = '') => `#${encodeState(values as Record<string, number>)}${extra}`;

describe('encodeState and decodeState', () => {
  it('writes plain numbers, the currency and the locale', () => {
    expect(encodeState({ orderValue: 40, ordersPerYear: 2.5 }, { currency: 'USD', locale: 'de-DE' })).toBe(
      'orderValue=40&ordersPerYear=2.5&currency=USD&locale=de-DE',
    );
  });
  it('round-trips any valid CLV input exactly, with nothing rejected', () => {
    const n = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.record({
          orderValue: n(0, 1e9),
          ordersPerYear: n(0, 1e4),
          margin: n(0, 100),
          retention: n(0, 99),
          discountRate: n(0, 100),
          acquisitionCost: n(0, 1e9),
          horizon: fc.integer({ min: 1, max: 50 }),
          retentionWhatIf: n(0, 99),
        }),
        fc.constantFrom('EUR', 'USD', 'GBP'),
        (values, currency) => {
          const decoded = decodeState(`#${encodeState(values, { currency, locale: 'fr-FR' })}`, clv, offered);
          expect(decoded.values).toEqual(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === 0 ? 0 : v])));
          expect(decoded.rejected).toEqual([]);
          expect(decoded.problems).toEqual([]);
          expect(decoded.style).toEqual({ currency, locale: 'fr-FR' });
        },
      ),
    );
  });
  it('tells state from a heading anchor', () => {
    expect(isStateHash('#method')).toBe(false);
    expect(isStateHash('')).toBe(false);
    expect(isStateHash('#margin=40')).toBe(true);
  });
});

describe('malformed share links: each bad value is reset and named', () => {
  const messages = (hash: string, ctx = clv) => decodeState(hash, ctx, offered);
  it('a value out of range', () => {
    const d = messages(link({ ...clvDefaults, retention: 150 }));
    expect(d.values.retention).toBe(70);
    expect(d.rejected).toEqual([
      { key: 'retention', reason: 'too-big', message: 'Annual retention must be at most 99%; the link had 150%.' },
    ]);
  });
  it('a negative amount', () => {
    const d = messages(link({ ...clvDefaults, acquisitionCost: -20 }));
    expect(d.rejected.map((r) => r.message)).toEqual(['Acquisition cost (CAC) must be at least €0; the link had -€20.']);
  });
  it('text where a number belongs, and locale-style numbers (links always use plain notation)', () => {
    const d = messages(link({ ...clvDefaults, orderValue: 'abc', ordersPerYear: '2,5' }));
    expect(d.rejected.map((r) => r.message)).toEqual([
      'Average order value must be a number, such as 12.5; the link had “abc”.',
      'Orders per year must be a number, such as 12.5; the link had “2,5”.',
    ]);
    expect(d.values).toMatchObject({ orderValue: 60, ordersPerYear: 3 });
  });
  it('an empty value, a fraction of a year, Infinity and NaN', () => {
    const d = messages(link({ ...clvDefaults, margin: '', horizon: 2.5, discountRate: 'Infinity', retentionWhatIf: 'NaN' }));
    expect(d.rejected.map((r) => r.message)).toEqual([
      'Gross margin is empty: enter a number from 0% to 100%.',
      'Annual discount rate must be a number, such as 12.5; the link had “Infinity”.',
      'Years shown in the chart must be a whole number; the link had 2.5 years.',
      'Extra retention to test must be a number, such as 12.5; the link had “NaN”.',
    ]);
  });
  it('a very long value is cut short in the message', () => {
    const d = messages(link({ ...clvDefaults, orderValue: 'x'.repeat(500) }));
    expect(d.rejected[0]!.message).toBe('Average order value must be a number, such as 12.5; the link had “xxxxxxxxxxxxxxxxxxxxxxxx…”.');
  });
  it('missing inputs are named together', () => {
    const d = messages('#orderValue=50&margin=30');
    expect(d.values).toEqual({ ...clvDefaults, orderValue: 50, margin: 30 });
    expect(describeRejected(d.rejected, clvLabels, 'The link', style.words)).toEqual([
      'The link had no value for Orders per year, Annual retention, Annual discount rate, Acquisition cost (CAC), Years shown in the chart, Extra retention to test, so they use their defaults.',
    ]);
    expect(
      describeRejected(
        messages(link({ ...clvDefaults, horizon: undefined as unknown as number })).rejected,
        clvLabels,
        'The link',
        style.words,
      ),
    ).toEqual(['The link had no value for Years shown in the chart, so it uses its default.']);
  });
  it('unknown fields, and a link with none of the inputs', () => {
    expect(messages(link(clvDefaults, '&foo=1&%3Cscript%3E=2')).problems).toEqual([
      'The link had fields this calculator does not use, which were ignored: “foo”, “<script>”.',
    ]);
    expect(messages('#%E0%A4%A=1&x').problems).toEqual([
      'The link did not contain any of this calculator’s inputs, so it shows the defaults.',
      'The link had fields this calculator does not use, which were ignored: “\ufffd%A”, “x”.',
    ]);
  });
  it('a currency or a locale the site does not offer', () => {
    const d = messages(link(clvDefaults, '&currency=XYZ&locale=xx-YY'));
    expect(d.style).toEqual({});
    expect(d.problems).toEqual([
      'The link asked for the currency “XYZ”, which this site does not offer (EUR, USD, GBP); using EUR.',
      'The link asked for the number format “xx-YY”, which this site does not offer (en-GB, en-US, de-DE, fr-FR); using en-GB.',
    ]);
  });
  it('values that break a cross-field rule: the named field is reset', () => {
    // 95 + 10 > 100: the uplift (10, not its default 3) is reset; 95 + 3 = 98 fits
    const d = messages(link({ ...roiDefaults, retention: 95, retentionUplift: 10 }), roi);
    expect(d.values).toMatchObject({ retention: 95, retentionUplift: 3 });
    expect(d.rejected.map((r) => r.message)).toEqual([
      'Retention uplift (10 points) was reset to its default because it did not fit with the other values: retention plus uplift cannot pass 100%, so the uplift can be at most 5 points.',
    ]);
  });
  it('values that break a cross-field rule when the named field is at its default: the other field is reset', () => {
    // 98 + 3 (the default uplift) > 100: retention goes back to 75
    const d = messages(link({ ...roiDefaults, retention: 98 }), roi);
    expect(d.values).toMatchObject({ retention: 75, retentionUplift: 3 });
    expect(d.rejected.map((r) => r.message)).toEqual([
      'Baseline annual retention (98%) was reset to its default because it did not fit with the other values: retention plus uplift cannot pass 100%, so the uplift can be at most 2 points.',
    ]);
  });
});

describe('acceptValues for saved inputs', () => {
  it('keeps good values, resets bad ones, and ignores missing ones when partial', () => {
    const a = acceptValues({ orderValue: 75, margin: 'lots', retention: null }, clv, { verb: 'your saved inputs had', partial: true });
    expect(a.values).toEqual({ ...clvDefaults, orderValue: 75 });
    expect(a.rejected.map((r) => r.message)).toEqual([
      'Gross margin must be a number, such as 12.5; your saved inputs had “lots”.',
      'Annual retention must be a number, such as 12.5; your saved inputs had “null”.',
    ]);
  });
});

describe('a share link on a German page: messages in the words of content/strings/de.yaml', () => {
  const words = calculatorWords('de');
  const de: StateContext = { ...clv, labels: { retention: 'Jährliche Bindungsrate' }, style: { currency: 'EUR', locale: 'de-DE', words } };
  it('a value out of range, a field the calculator does not know, a missing value', () => {
    const hash = link({ ...clvDefaults, retention: 150, horizon: undefined as unknown as number }, '&colour=red');
    const d = decodeState(hash, de, offered);
    // retention is a percentage from 0 to 99 (src/calculators/clv/fields.ts); de-DE writes "99 %" with a no-break space.
    expect(d.rejected[0]!.message).toBe('Jährliche Bindungsrate darf höchstens 99\u00a0% betragen; im Link stand 150\u00a0%.');
    expect(d.problems).toEqual(['Der Link enthielt Felder, die dieser Rechner nicht kennt; sie wurden übergangen: „colour“.']);
    // horizon has no German label here, so its key names it.
    expect(describeRejected(d.rejected, de.labels, words.linkWhere, words)).toEqual([
      'Jährliche Bindungsrate darf höchstens 99\u00a0% betragen; im Link stand 150\u00a0%.',
      'Im Link fehlte ein Wert für horizon; dafür gilt der Standardwert.',
    ]);
  });
});
