// localStorage wrapper: validated reads, and silence when storage is missing, full or broken.
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { readStored, readStoredAs, removeStored, storageKey, writeStored } from '../../../src/lib/browser/storage.ts';

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
const Schema = z.object({ values: z.record(z.string(), z.number()) });

describe('storage', () => {
  it('names keys with a version', () => expect(storageKey('calc:clv')).toBe('cx-playbook:calc:clv:v1'));
  it('writes, reads back through the schema, and removes', () => {
    g.localStorage = new MemoryStorage();
    expect(writeStored('k', { values: { margin: 40 } })).toBe(true);
    expect(readStored('k', Schema)).toEqual({ values: { margin: 40 } });
    removeStored('k');
    expect(readStored('k', Schema)).toBeNull();
  });
  it('returns null for broken JSON or data the schema refuses', () => {
    const s = new MemoryStorage();
    g.localStorage = s;
    s.setItem('bad', '{not json');
    s.setItem('wrong', JSON.stringify({ values: { margin: 'forty' } }));
    expect(readStored('bad', Schema)).toBeNull();
    expect(readStored('wrong', Schema)).toBeNull();
  });
  it('does nothing when there is no storage or it throws (private mode, full)', () => {
    expect(writeStored('k', 1)).toBe(false);
    expect(readStored('k', Schema)).toBeNull();
    g.localStorage = {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('quota');
      },
      removeItem() {
        throw new Error('denied');
      },
    };
    expect(writeStored('k', 1)).toBe(false);
    expect(readStored('k', Schema)).toBeNull();
    expect(() => removeStored('k')).not.toThrow();
  });
  it('reads through a type guard as well, with the same silence', () => {
    const isList = (v: unknown): v is { items: unknown[] } =>
      typeof v === 'object' && v !== null && Array.isArray((v as { items?: unknown }).items);
    const s = new MemoryStorage();
    g.localStorage = s;
    s.setItem('ok', JSON.stringify({ items: [1] }));
    s.setItem('bad', '{not json');
    s.setItem('wrong', JSON.stringify({ items: 'x' }));
    expect(readStoredAs('ok', isList)).toEqual({ items: [1] });
    expect(readStoredAs('bad', isList)).toBeNull();
    expect(readStoredAs('wrong', isList)).toBeNull();
    expect(readStoredAs('missing', isList)).toBeNull();
    delete g.localStorage;
    expect(readStoredAs('ok', isList)).toBeNull();
  });
});
