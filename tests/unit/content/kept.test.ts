// The rule that a translation changes only words (src/lib/content/kept.ts), on plain objects: the
// content check's test (tests/content/content-check.test.ts) covers it on files.
import { describe, expect, it } from 'vitest';
import { checkKept, keptMatches, type KeptEntry } from '../../../src/lib/content/kept.ts';
import { formatError } from '../../../src/lib/content/errors.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';

const entry = (data: Record<string, unknown>, file: string): KeptEntry => ({ data, file, lineOf: (path) => path.length + 1 });
const src = (data: Record<string, unknown>) => entry(data, 'content/x.yaml');
const de = (data: Record<string, unknown>) => entry(data, 'content/translations/de/x.yaml');
const messages = (t: KeptEntry, s: KeptEntry, kept: string[]) => checkKept(t, s, kept).map(formatError).map((m) => m.replace(/: a translation changes.*$/, ''));

describe('checkKept', () => {
  it('accepts a translation whose kept fields equal the source, whatever its words', () => {
    const source = src({ title: 'One', order: 2, ids: ['a', 'b'], items: [{ id: 'x', text: 'X' }], map: { k: { label: 'K' } } });
    const translation = de({ title: 'Eins', order: 2, ids: ['a', 'b'], items: [{ id: 'x', text: 'Ix' }], map: { k: { label: 'Ka' } } });
    expect(checkKept(translation, source, ['order', 'ids', 'items[].id', 'map{}'])).toEqual([]);
  });

  it('names a changed number, a reordered list and a missing field, with what the source has', () => {
    // lineOf gives path length + 1: a top-level field is on line 2.
    expect(messages(de({ order: 3, ids: ['b', 'a'] }), src({ order: 2, ids: ['a', 'b'], date: '2021-04-12' }), ['order', 'ids', 'date'])).toEqual([
      'content/translations/de/x.yaml:2: field "order": must be 2 as in content/x.yaml, not 3',
      'content/translations/de/x.yaml:2: field "ids": must be ["a","b"] as in content/x.yaml, not ["b","a"]',
      'content/translations/de/x.yaml:2: field "date": must be "2021-04-12" as in content/x.yaml, not nothing',
    ]);
  });

  it('counts a list\'s items, then compares each kept field item by item', () => {
    const source = src({ items: [{ id: 'x' }, { id: 'y' }] });
    expect(messages(de({ items: [{ id: 'x' }] }), source, ['items[].id'])).toEqual([
      'content/translations/de/x.yaml:2: field "items": has 1 item where content/x.yaml has 2',
    ]);
    expect(messages(de({ items: [{ id: 'x' }, { id: 'z' }] }), source, ['items[].id'])).toEqual([
      'content/translations/de/x.yaml:4: field "items[1].id": must be "y" as in content/x.yaml, not "z"',
    ]);
    // `a[]` alone: the same number of items, any words.
    expect(messages(de({ scale: ['Eins'] }), src({ scale: ['One', 'Two'] }), ['scale[]'])).toEqual([
      'content/translations/de/x.yaml:2: field "scale": has 1 item where content/x.yaml has 2',
    ]);
  });

  it('names a map key left out and one added, suggesting the near miss', () => {
    expect(messages(de({ fields: { amount: {}, rte: {} } }), src({ fields: { amount: {}, rate: {} } }), ['fields{}'])).toEqual([
      'content/translations/de/x.yaml:2: field "fields": has no "rate" where content/x.yaml has one',
      'content/translations/de/x.yaml:3: field "fields.rte": is not in content/x.yaml (did you mean "rate"?)',
    ]);
  });

  it('reports a short list once though several kept fields live under it', () => {
    expect(messages(de({ presets: [] }), src({ presets: [{ id: 'a', values: {} }] }), ['presets[].id', 'presets[].values'])).toEqual([
      'content/translations/de/x.yaml:2: field "presets": has 0 items where content/x.yaml has 1',
    ]);
  });
});

describe('keptMatches', () => {
  it('is true when the kept fields agree, whatever the words, and false when one differs', () => {
    expect(keptMatches({ title: 'Eins', order: 1 }, { title: 'One', order: 1 }, ['order'])).toBe(true);
    expect(keptMatches({ order: 2 }, { order: 1 }, ['order'])).toBe(false);
    expect(keptMatches({ s: [{ id: 'a' }] }, { s: [{ id: 'a' }, { id: 'b' }] }, ['s[].id'])).toBe(false);
  });
});

describe('the kept fields of each collection (src/schemas/index.ts)', () => {
  // A zod schema's object shape, through defaults and into a list's items.
  type Node = { shape?: Record<string, Node>; element?: Node; def?: { innerType?: Node } };
  const shapeOf = (node: Node | undefined): Record<string, Node> | undefined => {
    let n = node;
    while (n?.def?.innerType) n = n.def.innerType;
    return n?.element ? shapeOf(n.element) : n?.shape;
  };

  it("each names a field of its collection's schema, so a misspelt one cannot silently check nothing", () => {
    const unknown = Object.entries(COLLECTIONS).flatMap(([name, def]) =>
      def.kept.filter((path) => {
        let shape = shapeOf(def.schema as unknown as Node);
        for (const part of path.split('.')) {
          const field = shape?.[part.replace(/(\[\]|\{\})$/, '')];
          if (!field) return true;
          shape = shapeOf(field);
        }
        return false;
      }).map((path) => `${name}: ${path}`),
    );
    expect(unknown).toEqual([]);
  });
});
