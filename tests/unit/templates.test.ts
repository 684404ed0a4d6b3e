// The editor templates in templates/ must stay valid against the schemas they illustrate, so
// copying one never starts an editor off with an error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DimensionSchema } from '../../src/schemas/assessment.ts';
import { FailurePatternSchema } from '../../src/schemas/failures.ts';
import { GlossaryTermSchema } from '../../src/schemas/glossary.ts';
import { PyramidLevelSchema } from '../../src/schemas/pyramid.ts';
import { SourceSchema } from '../../src/schemas/sources.ts';
import { StatSchema } from '../../src/schemas/stats.ts';
import { ToolSchema } from '../../src/schemas/tools.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/load.ts';
import { checkMdxBody } from '../../src/lib/content/mdx.ts';
import { formatError } from '../../src/lib/content/errors.ts';
import { validate } from '../../src/lib/content/validate.ts';

const read = (name: string) => readFileSync(`templates/${name}`, 'utf8');
const yaml = (text: string) => {
  const parsed = parseYaml(text);
  expect(parsed.errors).toEqual([]);
  return parsed.data as Record<string, unknown>;
};
const errorsOf = (r: ReturnType<typeof validate>) => (r.ok ? [] : r.errors.map(formatError));

describe('editor templates', () => {
  it.each([
    ['pyramid-level.mdx', PyramidLevelSchema],
    ['failure-pattern.mdx', FailurePatternSchema],
  ] as const)('%s has valid frontmatter and an MDX body that passes the MDX rules', (name, schema) => {
    const parts = splitFrontmatter(read(name));
    expect(parts).toBeDefined();
    expect(errorsOf(validate(schema, yaml(parts!.frontmatter), name))).toEqual([]);
    expect(checkMdxBody(parts!.body, name, parts!.bodyLine).errors).toEqual([]);
  });

  it.each([
    ['stat.yaml', StatSchema],
    ['source.yaml', SourceSchema],
    ['glossary-term.yaml', GlossaryTermSchema],
  ] as const)('%s is valid', (name, schema) => {
    expect(errorsOf(validate(schema, yaml(read(name)), name))).toEqual([]);
  });

  it('tool-preset.yaml is a valid presets list', () => {
    const { presets } = yaml(read('tool-preset.yaml'));
    const tool = { title: 'T', summary: 'S', order: 1, calculator: 'clv', presets };
    expect(errorsOf(validate(ToolSchema, tool, 'tool-preset.yaml'))).toEqual([]);
  });

  it('assessment-statement.yaml is a valid statements list', () => {
    const { statements } = yaml(read('assessment-statement.yaml'));
    const dimension = { title: 'D', order: 1, description: 'D.', failures: ['x'], statements };
    expect(errorsOf(validate(DimensionSchema, dimension, 'assessment-statement.yaml'))).toEqual([]);
  });
});
