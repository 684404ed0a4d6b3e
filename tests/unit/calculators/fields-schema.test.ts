// The two checks of one form declaration agree: the zod schema the content check uses at build
// time (inputSchema, src/calculators/shared/schema.ts) and the browser's own range checks
// (rangeProblem and checkField, src/lib/browser/inputs.ts) accept and refuse exactly the same values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHURN_FIELDS } from '../../../src/calculators/churn/fields.ts';
import { CLV_FIELDS } from '../../../src/calculators/clv/fields.ts';
import { EFFORT_FIELDS } from '../../../src/calculators/effort/fields.ts';
import { NPS_FIELDS } from '../../../src/calculators/nps/fields.ts';
import { ROI_FIELDS, ROI_FORM } from '../../../src/calculators/roi/fields.ts';
import { count, fieldSpecs, type Fields } from '../../../src/calculators/shared/fields.ts';
import { fieldSchema, inputSchema } from '../../../src/calculators/shared/schema.ts';
import { checkField, rangeProblem } from '../../../src/lib/browser/inputs.ts';

const style = { currency: 'EUR', locale: 'en-GB' };

describe.each([
  ['CLV', CLV_FIELDS],
  ['ROI', ROI_FIELDS],
  ['NPS', NPS_FIELDS],
  ['Churn', CHURN_FIELDS],
  ['Effort', EFFORT_FIELDS],
] as [string, Fields][])('%s: the zod schema and the browser check agree field by field', (_name, fields) => {
  for (const spec of fieldSpecs(fields)) {
    const schema = fieldSchema(fields[spec.key]!);
    if (spec.kind === 'number') {
      it(`${spec.key}: any number, and each edge of the range`, () => {
        // The edges themselves, just outside them, and a fraction for whole-number fields.
        const edges = [spec.min, spec.max, spec.min - 0.5, spec.max + 0.5, spec.min + 0.5];
        const values = fc.oneof(
          fc.constantFrom(...edges),
          fc.double({ min: spec.min - 10, max: spec.max + 10, noNaN: true }),
          fc.integer(),
        );
        fc.assert(fc.property(values, (v) => schema.safeParse(v).success === (rangeProblem(spec, v) === null)));
      });
    } else if (spec.kind === 'choice') {
      it(`${spec.key}: its options and nothing else`, () => {
        fc.assert(
          fc.property(fc.oneof(fc.constantFrom(...spec.options), fc.string()), (v) => {
            expect(schema.safeParse(v).success).toBe(checkField(spec, v, spec.key, style).ok);
          }),
        );
      });
    } else {
      it(`${spec.key}: text up to its length`, () => {
        // 200,000 characters is the limit: one more is refused by both.
        for (const n of [0, 10, spec.maxLength, spec.maxLength + 1])
          expect(schema.safeParse('9\n'.repeat(n).slice(0, n)).success).toBe(
            checkField(spec, '9\n'.repeat(n).slice(0, n), spec.key, style).ok,
          );
      });
    }
  }
});

describe('inputSchema', () => {
  it('is strict: an unknown key is refused', () => {
    const schema = inputSchema({ fields: { a: count(10) } });
    expect(schema.safeParse({ a: 1 }).success).toBe(true);
    expect(schema.safeParse({ a: 1, b: 2 }).success).toBe(false);
  });

  it('reports a rule between fields at the input it names (ROI: 75% retention + 30 points > 100%)', () => {
    const input = {
      customers: 10_000,
      revenuePerCustomer: 400,
      margin: 40,
      retention: 75,
      retentionUplift: 30,
      spendUplift: 5,
      contactsPerYear: 20_000,
      costPerContact: 6,
      deflection: 15,
      investment: 150_000,
      runningCost: 40_000,
      horizon: 5,
      discountRate: 8,
    };
    const issues = inputSchema(ROI_FORM).safeParse(input).error!.issues;
    // 100 − 75 = 25 points at most
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['retentionUplift'], 'retention plus uplift cannot pass 100%, so the uplift can be at most 25 points'],
    ]);
    expect(inputSchema(ROI_FORM).safeParse({ ...input, retentionUplift: 25 }).success).toBe(true);
  });

  it('uses the words it is given for a bad value, and keeps the unit in the metadata', () => {
    const schema = inputSchema({ fields: { n: count(10) } }, { n: 'Enter 0 to 10.' });
    expect(schema.safeParse({ n: 11 }).error?.issues[0]?.message).toBe('Enter 0 to 10.');
    expect(schema.shape.n.meta()).toEqual({ unit: 'count' });
  });
});
