// The mapping remembered per set of headers (src/islands/survey/mapping-store.ts): written under a
// hash of the labels, read back only when every column is a whole index inside the file.
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/calculators/survey/columns.ts';
import { headerHash } from '../../../src/calculators/survey/headers.ts';
import { readMapping, writeMapping } from '../../../src/islands/survey/mapping-store.ts';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}
const g = globalThis as { localStorage?: unknown };
afterEach(() => delete g.localStorage);

const LABELS = ['id', 'region', 'nps', 'date'];
const MAPPING: ColumnMapping = { nps: 2, csat: undefined, ces: undefined, date: 3, segments: [1], comment: undefined, drivers: [] };

describe('the remembered mapping', () => {
  it('round-trips under the hash of the labels, and another header set does not see it', () => {
    const store = new MemoryStorage();
    g.localStorage = store;
    expect(writeMapping(LABELS, MAPPING)).toBe(true);
    expect([...store.data.keys()]).toEqual([`cx-playbook:survey-mapping:${headerHash(LABELS)}:v1`]);
    expect(readMapping(LABELS)).toEqual(MAPPING);
    expect(readMapping([...LABELS, 'extra'])).toBeNull();
  });
  it('hashes labels in order: the same names in another order are other headers', () => {
    expect(headerHash(['a', 'b'])).not.toBe(headerHash(['b', 'a']));
    expect(headerHash(['a', 'b'])).toMatch(/^[0-9a-f]{8}$/);
  });
  it.each([
    ['a column past the end', { ...MAPPING, nps: 4 }],
    ['a segment that is not a column index', { ...MAPPING, segments: [1, 'segments'] }],
    ['a fractional column', { ...MAPPING, date: 1.5 }],
    ['no segment list', { nps: 2 }],
  ])('refuses a stored mapping with %s', (_, bad) => {
    const store = new MemoryStorage();
    g.localStorage = store;
    store.setItem(`cx-playbook:survey-mapping:${headerHash(LABELS)}:v1`, JSON.stringify(bad));
    expect(readMapping(LABELS)).toBeNull();
  });
  it('reads a mapping stored before drivers existed, with no drivers', () => {
    const store = new MemoryStorage();
    g.localStorage = store;
    store.setItem(
      `cx-playbook:survey-mapping:${headerHash(LABELS)}:v1`,
      JSON.stringify({ nps: 2, csat: null, ces: null, date: 3, comment: null, segments: [1] }),
    );
    expect(readMapping(LABELS)).toEqual(MAPPING);
  });
});
