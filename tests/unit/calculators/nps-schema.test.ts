// The input schema: every message it gives, and that the content check can read its keys.
import { describe, expect, it } from 'vitest';
import { allowedKeys } from '../../../src/lib/content/validate.ts';
import { INPUT_SCHEMAS } from '../../../src/tools/registry.ts';
import { NpsFormSchema } from '../../../src/calculators/nps/schema.ts';
import { INPUT_MESSAGES, NpsInputSchema } from '../../../src/calculators/nps/schema.ts';
import { BASE, input } from './nps-fixtures.ts';

/** The messages the schema gives for `over` merged into valid inputs, by field. */
const messages = (over: Record<string, unknown>) => {
  const r = NpsInputSchema.safeParse({ ...BASE, ...over });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('NpsInputSchema', () => {
  it('underlies the form schema the registry declares for "nps" (read by the content check and the island)', () => {
    expect(INPUT_SCHEMAS.nps).toBe(NpsFormSchema);
    expect(allowedKeys(NpsFormSchema, [])).toEqual(Object.keys(BASE));
  });

  it('is a flat object whose keys are the inputs', () => {
    expect(allowedKeys(NpsInputSchema, [])).toEqual(Object.keys(BASE));
  });

  it('accepts valid inputs unchanged', () => {
    expect(NpsInputSchema.parse(input())).toEqual(BASE);
  });

  it.each([
    ['previousPromoters', -1],
    ['previousPassives', 2.5],
    ['currentDetractors', 10_000_001],
    ['currentTotal', '300'],
    ['previousTotal', Number.NaN],
    ['csat3', Infinity],
    ['csatTotal', null],
  ])('%s = %s: "%s"', (field, value) => {
    expect(messages({ [field]: value })).toEqual({ [field]: 'Enter a whole number of responses from 0 to 10,000,000.' });
  });

  it('the other messages', () => {
    expect(messages({ previousPromoterPercent: 100.5 })).toEqual({ previousPromoterPercent: 'Enter a percentage from 0 to 100.' });
    expect(messages({ currentDetractorPercent: -1 })).toEqual({ currentDetractorPercent: 'Enter a percentage from 0 to 100.' });
    expect(messages({ previousScores: '9\n'.repeat(100_001) })).toEqual({
      previousScores: 'Paste at most 200,000 characters of scores (about 60,000 responses); for more, enter the counts instead.',
    });
    expect(messages({ currentScores: 9 })).toEqual({ currentScores: INPUT_MESSAGES.scores });
    expect(messages({ previousMode: 'average' })).toEqual({ previousMode: 'Choose counts, percentages with a total, or pasted scores.' });
    expect(messages({ csatMode: 'stars' })).toEqual({ csatMode: 'Choose five answer counts, or satisfied answers out of a total.' });
    expect(messages({ marginOfError: 0.4 })).toEqual({ marginOfError: 'Enter a margin of error from 0.5 to 50 points.' });
    expect(messages({ marginOfError: 51 })).toEqual({ marginOfError: 'Enter a margin of error from 0.5 to 50 points.' });
  });

  it('rejects unknown and missing inputs', () => {
    expect(NpsInputSchema.safeParse({ ...BASE, npsTarget: 50 }).success).toBe(false);
    const { csat5: _, ...missing } = BASE;
    expect(NpsInputSchema.safeParse(missing).success).toBe(false);
  });

  it('takes the limits: 0 and 10,000,000 responses, 0 and 100 percent, 0.5 and 50 points, 200,000 characters', () => {
    expect(
      NpsInputSchema.safeParse(
        input({
          previousPromoters: 0,
          currentTotal: 10_000_000,
          previousPromoterPercent: 100,
          currentPassivePercent: 0,
          marginOfError: 0.5,
        }),
      ).success,
    ).toBe(true);
    expect(NpsInputSchema.safeParse(input({ marginOfError: 50, previousScores: 'x'.repeat(200_000) })).success).toBe(true);
  });
});
