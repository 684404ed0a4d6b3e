// content/tools/nps.mdx against the model: the content check has nothing to say about it, and
// every preset (over the defaults) gives a result with the verdict the preset promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateNps } from '../../../src/calculators/nps/calculate.ts';
import { NpsInputSchema, type NpsInput } from '../../../src/calculators/nps/schema.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';
import type { Tool } from '../../../src/schemas/tools.ts';
import { checkIntegrity } from '../../../src/lib/content/integrity.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { checkMdxBody } from '../../../src/lib/content/mdx.ts';
import { validate } from '../../../src/lib/content/validate.ts';

const FILE = 'content/tools/nps.mdx';
const root = process.cwd();
const all = loadContent(`${root}/content`, root).entries;
const raw = all.find((e) => e.file === FILE)!;
const checked = validate(COLLECTIONS.tools.schema, raw.data, FILE, raw.lineOf);
const tool = (checked.ok ? checked.value : undefined) as Tool;

describe(FILE, () => {
  it('passes the tool schema, and its body uses only the allowed components', () => {
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(checkMdxBody(raw.body, FILE, raw.bodyLine).errors).toEqual([]);
    expect(tool.calculator).toBe('nps');
    expect(tool.order).toBe(4);
  });

  it('passes the integrity rules: references resolve, a label for every input, defaults and presets valid', () => {
    // Every entry that passes its own schema, so this file's references can resolve.
    const entries = all.flatMap((e) => {
      const v = validate(COLLECTIONS[e.collection].schema, e.data, e.file, e.lineOf);
      const refs = e.body ? checkMdxBody(e.body, e.file, e.bodyLine).refs : [];
      return v.ok ? [{ ...e, data: v.value as Record<string, unknown>, bodyRefs: refs }] : [];
    });
    const errors = checkIntegrity(entries, {}).filter((e) => e.file === FILE);
    expect(errors).toEqual([]);
  });

  it('reports a preset that only the form rules reject (satisfied answers above the total) at its file, line and field', () => {
    // The model's own schema accepts 600 satisfied of 500 (each is a valid count); the form schema,
    // which the registry declares and the island uses, does not. The check must say so, not the build.
    const entries = all.flatMap((e) => {
      const v = validate(COLLECTIONS[e.collection].schema, e.data, e.file, e.lineOf);
      return v.ok ? [{ ...e, data: v.value as Record<string, unknown>, bodyRefs: [] }] : [];
    });
    const broken = entries.map((e) => {
      if (e.file !== FILE) return e;
      const data = structuredClone(e.data) as { presets: { values: Record<string, unknown> }[] };
      data.presets[0]!.values.csatSatisfied = 600;
      return { ...e, data };
    });
    const errors = checkIntegrity(broken, {}).filter((e) => e.file === FILE);
    const line =
      readFileSync(FILE, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('csatSatisfied: 400')) + 1;
    expect(errors).toEqual([
      {
        file: FILE,
        line,
        field: 'presets[0].values.csatSatisfied',
        message: "600 is more than all CSAT answers (500) (checked by the nps tool's form schema)",
      },
    ]);
  });

  it('has the three presets the method describes', () => {
    expect(tool.presets.map((p) => p.id)).toEqual(['worked-example', 'tiny-sample', 'large-real-change']);
  });

  const run = (values: Record<string, unknown> = {}) => calculateNps(NpsInputSchema.parse({ ...tool.defaults, ...values }) as NpsInput);
  const preset = (id: string) => tool.presets.find((p) => p.id === id)!.values;

  it('defaults: a 7-point rise with 300 each that could easily be noise', () => {
    const r = run();
    // 150/90/60 → 30 and 165/81/54 → 37; SE of the difference 6.302 points, z = 1.111, p = 0.27
    expect(r.comparison).toMatchObject({
      headline: 'A 7-point rise from 30 to 37 with 300 responses in each survey could easily be noise (p = 0.27).',
    });
    expect(r.csat).toMatchObject({ status: 'ok', estimate: { score: 75 } });
  });

  it('the worked example: 67 to 68 could easily be noise; CSAT 80%', () => {
    const r = run(preset('worked-example'));
    expect(r.comparison).toMatchObject({
      headline: 'A 1-point rise from 67 to 68 with 500 responses in each survey could easily be noise (p = 0.79).',
    });
    expect(r.csat).toMatchObject({ status: 'ok', estimate: { score: 80 } });
  });

  it('the tiny sample: 30 to 50 from pasted columns is too small to judge', () => {
    const r = run(preset('tiny-sample'));
    expect(r.previous).toMatchObject({ status: 'ok', mode: 'scores' });
    // 10 answers each, under the minimum of 30: 20 more needed per survey, no verdict
    expect(r.comparison).toMatchObject({
      headline:
        'With 10 responses in each survey, the sample is too small to judge a change: each survey needs at least 30 responses, ' +
        'so the previous survey needs 20 more and the current survey 20 more.',
    });
    expect(r.csat).toMatchObject({ status: 'ok', estimate: { smallSample: true } }); // 10 answers < 30
    expect(r.csat).toMatchObject({ status: 'ok', estimate: { score: 70 } }); // (4 + 3) / 10
  });

  it('the large sample: 30 to 38 from percentages is likely real', () => {
    const r = run(preset('large-real-change'));
    expect(r.current).toMatchObject({ status: 'ok', mode: 'percentages', approximate: true });
    expect(r.comparison).toMatchObject({
      headline: 'An 8-point rise from 30 to 38 with 2,000 responses in each survey is likely a real change (p < 0.001).',
    });
    expect(r.csat).toMatchObject({ status: 'ok', estimate: { score: 70 } }); // (800 + 600) / 2000
  });
});
