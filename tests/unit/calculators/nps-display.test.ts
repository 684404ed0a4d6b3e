// What the NPS island shows: for any input the form accepts, every text on the page (results,
// notes, working, chart, table, announcement, CSV) is a real value, never NaN, Infinity,
// undefined or blank; the form's cross-field messages sit at the input they are about; and the
// worked example reads as the method on the page says it should.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateNps } from '../../../src/calculators/nps/calculate.ts';
import { CSAT_MODES, SURVEY_MODES, type NpsInput } from '../../../src/calculators/nps/schema.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { npsDefinition, verdictWords } from '../../../src/islands/nps/nps-definition.ts';
import { formIssues } from '../../../src/calculators/nps/form.ts';
import { NpsFormSchema } from '../../../src/calculators/nps/schema.ts';
import { hasProblem } from '../../../src/islands/nps/nps-form.ts';
import { texts } from './clv-helpers.ts';
import { input } from './nps-fixtures.ts';
import { npsWorking } from '../../../src/islands/nps/nps-working.ts';
import { npsCsvRows } from '../../../src/islands/nps/nps-export.ts';

const BAD = /NaN|Infinity|∞|undefined|null|\[object/;
const labels = {};
const view = (i: NpsInput, locale = 'en-GB') => ({
  input: i,
  result: calculateNps(i),
  fmt: makeFormatters({ currency: 'EUR', locale }),
  labels,
});
const result = (i: NpsInput, id: string) => npsDefinition.results(view(i)).find((r) => r.id === id)!;

const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 10_000_000 }));
const pct = fc.double({ min: 0, max: 100, noNaN: true });
const scores = fc.oneof(
  fc.constant(''),
  fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 40 }).map((s) => s.join('\n')),
  fc.string({ maxLength: 40 }),
);
const anyRecord: fc.Arbitrary<NpsInput> = fc.record({
  previousMode: fc.constantFrom(...SURVEY_MODES),
  previousPromoters: count,
  previousPassives: count,
  previousDetractors: count,
  previousPromoterPercent: pct,
  previousPassivePercent: pct,
  previousDetractorPercent: pct,
  previousTotal: count,
  previousScores: scores,
  currentMode: fc.constantFrom(...SURVEY_MODES),
  currentPromoters: count,
  currentPassives: count,
  currentDetractors: count,
  currentPromoterPercent: pct,
  currentPassivePercent: pct,
  currentDetractorPercent: pct,
  currentTotal: count,
  currentScores: scores,
  marginOfError: fc.double({ min: 0.5, max: 50, noNaN: true }),
  csatMode: fc.constantFrom(...CSAT_MODES),
  csat1: count,
  csat2: count,
  csat3: count,
  csat4: count,
  csat5: count,
  csatSatisfied: count,
  csatTotal: count,
});
/** Mostly inputs the form accepts: detractor percentages often complete the other two to 100. */
const anyInput = fc.tuple(anyRecord, fc.boolean()).map(([i, complete]) => {
  if (!complete) return i;
  const fill = (p: number, a: number) => Math.max(0, 100 - p - a);
  return {
    ...i,
    previousDetractorPercent: fill(i.previousPromoterPercent, i.previousPassivePercent),
    currentDetractorPercent: fill(i.currentPromoterPercent, i.currentPassivePercent),
  };
});

describe('NPS display', () => {
  it('loads its working on demand: the loader resolves to npsWorking', async () => expect(await npsDefinition.working()).toBe(npsWorking));
  it('loads its CSV rows with the export: the loader resolves to npsCsvRows', async () =>
    expect(await npsDefinition.csvRows!()).toBe(npsCsvRows));

  it('never shows NaN, Infinity or a blank result, whatever the form accepts', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('en-GB', 'de-DE'), (raw, locale) => {
        const parsed = NpsFormSchema.safeParse(raw);
        if (!parsed.success) return;
        const v = view(parsed.data, locale);
        const results = npsDefinition.results(v);
        for (const r of results) {
          expect(r.value.trim()).not.toBe('');
          expect(r.value).not.toMatch(BAD);
          if (typeof r.csv === 'number') expect(Number.isFinite(r.csv)).toBe(true);
        }
        const all = texts([
          results,
          npsWorking(v),
          npsDefinition.summary(v),
          npsDefinition.charts(v),
          npsDefinition.tables!(v),
          npsDefinition.fieldNotes!(v),
          npsCsvRows(v).map((row) => row.map(String)),
        ]);
        for (const t of all) expect(t).not.toMatch(BAD);
        expect(npsDefinition.summary(v).trim()).not.toBe('');
        for (const chart of npsDefinition.charts(v)) expect(chart.series.flatMap((s) => s.values.flat()).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reads the worked example as the method does: 67 to 68 with 500 each could easily be noise', () => {
    // Previous 370/95/35 of 500: NPS 100 × 335 / 500 = 67; current 372/96/32: 100 × 340 / 500 = 68.
    // SEs 2.69 and 2.64 points (adjusted Wald, n' = 503), SE of the change √(2.69² + 2.64²) = 3.77,
    // z = 1 / 3.77 = 0.27, p = 0.79 ≥ 0.2: "could easily be noise".
    const i = input();
    expect(verdictWords(calculateNps(i))).toBe('Could easily be noise');
    expect(result(i, 'verdict').note).toMatch(
      /^A 1-point rise from 67 to 68 with 500 responses in each survey could easily be noise \(p = 0\.79\)\./,
    );
    expect(result(i, 'previous-nps').value).toBe('67');
    expect(result(i, 'current-nps').value).toBe('68');
    expect(result(i, 'change')).toMatchObject({ value: '+1 point', note: 'p = 0.79; standard error of the change 3.77 points' });
    // 1.96² / 0.05² = 1,536.64 → 1,537; CSAT 1.96² × 0.25 / 0.05² = 384.16 → 385
    expect(result(i, 'responses-needed').value).toBe('1,537 responses');
    expect(result(i, 'responses-needed').note).toContain('CSAT: 385 responses at worst');
    expect(result(i, 'csat').value).toBe('80%');
  });

  it('says "no responses yet" instead of a number, and why', () => {
    const i = input({ previousPromoters: 0, previousPassives: 0, previousDetractors: 0 });
    expect(result(i, 'previous-nps')).toMatchObject({
      value: 'No responses yet',
      note: 'The previous survey has no responses yet: enter at least one promoter, passive or detractor.',
    });
    expect(result(i, 'verdict')).toMatchObject({ value: 'Not yet', note: 'Enter the previous survey to compare the current one with it.' });
    expect(result(i, 'change').value).toBe('Needs both surveys');
    expect(npsDefinition.summary(view(i))).toBe('Enter the previous survey to compare the current one with it. CSAT 80%.');
  });

  it('notes what a pasted column and percentages were read as', () => {
    const pasted = input({
      previousMode: 'scores',
      previousScores: '10\n9\n\n7\n3\n',
      currentMode: 'percentages',
      currentPromoterPercent: 50,
      currentPassivePercent: 30,
      currentDetractorPercent: 19,
      currentTotal: 200,
    });
    const notes = npsDefinition.fieldNotes!(view(pasted));
    expect(notes['previousScores']).toBe('Counted 4 answers: 2 promoters, 1 passive and 1 detractor.');
    // 50 / 99 × 200 = 101.01, 30 / 99 × 200 = 60.61, 19 / 99 × 200 = 38.38 → 101, 60, 38, one left over → passives (0.61)
    expect(notes['currentTotal']).toMatch(
      /^Read as 101 promoters, 61 passives and 38 detractors\. The percentages add up to 99, so they were scaled to 100/,
    );
    expect(result(pasted, 'current-nps').note).toContain('approximate, as the counts come from rounded percentages');
  });
});

describe('NPS form rules', () => {
  it('put the model’s cross-field messages at the input they are about, for the modes in use only', () => {
    const bad = input({
      previousMode: 'scores',
      previousScores: '9\n11\nten',
      currentMode: 'percentages',
      currentPromoterPercent: 60,
      currentPassivePercent: 30,
      currentDetractorPercent: 20,
      csatSatisfied: 600,
      csatTotal: 500,
    });
    expect(formIssues(bad)).toEqual([
      { field: 'previousScores', message: 'line 2: "11" is not a score from 0 to 10; line 3: "ten" is not a score from 0 to 10' },
      {
        field: 'currentDetractorPercent',
        message: 'The three percentages add up to 110; they should add up to 100 (give or take 1.5 for rounding)',
      },
      { field: 'csatSatisfied', message: '600 is more than all CSAT answers (500)' },
    ]);
    // The same text in modes not in use is no problem.
    expect(formIssues({ ...bad, previousMode: 'counts', currentMode: 'counts', csatMode: 'distribution' })).toEqual([]);
    const parsed = NpsFormSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0])).toEqual(['previousScores', 'currentDetractorPercent', 'csatSatisfied']);
  });

  it('keep a hidden group on screen while it holds text the form refuses', () => {
    const keys = ['previousPromoters', 'previousPassives'];
    expect(hasProblem({ previousPromoters: '12', previousPassives: '3' }, keys)).toBe(false);
    expect(hasProblem({ previousPromoters: '', previousPassives: '3' }, keys)).toBe(true);
    expect(hasProblem({ previousPromoters: '-1', previousPassives: '3' }, keys)).toBe(true);
    expect(hasProblem({ previousPromoters: '2.5', previousPassives: '3' }, keys)).toBe(true);
    // "1,500" reads as 1500 in en-GB but 1.5 (not whole) in de-DE: shown rather than hidden.
    expect(hasProblem({ previousPromoters: '1,500', previousPassives: '3' }, keys)).toBe(true);
  });
});
