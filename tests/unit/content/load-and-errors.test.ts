// The content loader's line mapping and the error helpers that editors see through messages.
import { describe, expect, it } from 'vitest';
import { closest, formatError, formatPath } from '../../../src/lib/content/errors.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/content/load.ts';

describe('parseYaml line mapping', () => {
  const text = ['title: A', 'stats:', '  - one', '  - two', 'fields:', '  amount:', '    label: Amount'].join('\n');
  const parsed = parseYaml(text, 2);

  it('maps a path to the line of its key or item, offset by where the text starts', () => {
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['stats', 1])).toBe(5);
    expect(parsed.lineOf(['fields', 'amount', 'label'])).toBe(8);
  });

  it('falls back to the nearest parent for a missing key', () => {
    expect(parsed.lineOf(['fields', 'amount', 'help'])).toBe(7);
    expect(parsed.lineOf(['missing'])).toBe(2);
  });

  it('reads values as the YAML 1.2 core schema does, whichever parser read them', () => {
    // Valid text is read by the fast parser; a date stays the string the schemas expect.
    expect(parseYaml('date: 2024-05-01\non: yes\nn: 0x10\nempty:\n').data).toEqual({ date: '2024-05-01', on: 'yes', n: 16, empty: null });
    expect(parseYaml('').data).toEqual({});
  });

  it('reports a duplicate key as a syntax error on its line', () => {
    const dup = parseYaml('a: 1\nb: 2\na: 3\n', 2);
    expect(dup.data).toBeUndefined();
    expect(dup.errors).toEqual([{ line: 4, message: 'YAML: "a" appears twice at the same level; keep one' }]);
  });

  it('reports syntax errors with their line', () => {
    const bad = parseYaml('a: 1\nb: [unclosed\n');
    expect(bad.data).toBeUndefined();
    expect(bad.errors).toEqual([{ line: 2, message: 'YAML: a list or map opened with [ is not closed; end it with ] on the same line (or quote a value that starts with [)' }]);
  });
});

describe('splitFrontmatter', () => {
  it('splits frontmatter from the body and says where the body starts', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n---\n\nBody')).toEqual({ frontmatter: 'a: 1\nb: 2', body: '\nBody', bodyLine: 5 });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
  });
});

describe('error helpers', () => {
  it('formats paths and errors the way editors read them', () => {
    expect(formatPath(['presets', 0, 'values', 'rate'])).toBe('presets[0].values.rate');
    expect(formatError({ file: 'content/a.mdx', line: 3, field: 'stats[1]', message: 'no stat "x"' })).toBe('content/a.mdx:3: field "stats[1]": no stat "x"');
    expect(formatError({ file: 'content/a.mdx', message: 'oops' })).toBe('content/a.mdx: oops');
  });

  it('suggests the closest id only when it is close', () => {
    expect(closest('symptom', ['symptoms', 'plays'])).toBe('symptoms');
    expect(closest('nps-score', ['clv', 'roi'])).toBeUndefined();
  });
});
