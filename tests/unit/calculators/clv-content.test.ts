// content/tools/clv.mdx and roi.mdx: defaults, every preset over the defaults, and labels for
// every input pass the calculators' own schemas (the content check does this at build time too).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLV_FIELDS } from '../../../src/calculators/clv/fields.ts';
import { ClvInputSchema } from '../../../src/calculators/clv/schema.ts';
import { ROI_FIELDS } from '../../../src/calculators/roi/fields.ts';
import { RoiInputSchema } from '../../../src/calculators/roi/schema.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import { calculatorContent } from '../../../src/islands/calculator/content.ts';

const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!);
import { CALCULATOR_WORD_KEYS, type CalculatorWords } from '../../../src/lib/browser/calculator-words.ts';

// The words are passed through untouched; each stand-in is its own key.
const words = Object.fromEntries(CALCULATOR_WORD_KEYS.map((k) => [k, k])) as CalculatorWords;
const site = { currency: 'EUR', currencies: ['EUR'], locale: 'en-GB', locales: ['en-GB'], words };

describe.each([
  ['content/tools/clv.mdx', 'clv', ClvInputSchema, CLV_FIELDS],
  ['content/tools/roi.mdx', 'roi', RoiInputSchema, ROI_FIELDS],
] as const)('%s', (file, id, schema, fields) => {
  const data = frontmatter(file);
  it('defaults pass the schema', () => expect(schema.safeParse(data.defaults).success).toBe(true));
  it('every preset, merged over the defaults, passes the schema as a whole', () => {
    for (const p of data.presets) expect(schema.safeParse({ ...data.defaults, ...p.values }).error?.issues).toBeUndefined();
  });
  it('every input has a label and help; nothing else does', () => {
    expect(Object.keys(data.fields).sort()).toEqual(
      fieldSpecs(fields)
        .map((s) => s.key)
        .sort(),
    );
  });
  it('calculatorContent builds the island props from it', () => {
    const props = calculatorContent(id, { data: { fields: data.fields, defaults: data.defaults, presets: data.presets } }, site);
    expect(props.defaults).toEqual(data.defaults);
    expect(props.presets.map((p) => p.id)).toEqual(data.presets.map((p: { id: string }) => p.id));
    expect(props.words).toBe(words);
  });
  it('calculatorContent names the file and field of a value the form schema refuses', () => {
    const bad = { fields: data.fields, defaults: { ...data.defaults, horizon: -1 }, presets: [] };
    expect(() => calculatorContent(id, { filePath: file, data: bad }, site)).toThrow(`${file}: field "defaults.horizon": `);
  });
});
