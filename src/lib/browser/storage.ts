// The browser's localStorage, used only to keep a reader's last inputs on their own device.
// Every call survives storage being off, full or private (it then does nothing), and what is
// read back is validated like any other untrusted input before use.

/**
 * Anything that checks an untrusted value: a zod schema fits, and so does a small hand-written
 * check (the calculators' pages load no validation library).
 */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** The storage key for one thing the site keeps, e.g. storageKey('calc:clv') -> "cx-playbook:calc:clv:v1". */
export const storageKey = (name: string): string => `cx-playbook:${name}:v1`;

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access itself can throw when storage is blocked
  }
}

/** The value stored under `key` if it parses as JSON and passes `schema`, else null. */
export function readStored<T>(key: string, schema: Parser<T>): T | null {
  try {
    const text = store()?.getItem(key);
    if (text === null || text === undefined) return null;
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The value stored under `key` if it parses as JSON and passes the type guard `is`, else null. */
export function readStoredAs<T>(key: string, is: (value: unknown) => value is T): T | null {
  return readStored(key, { safeParse: (value) => (is(value) ? { success: true, data: value } : { success: false }) });
}

/** Whether `value` is a plain object (not null, not an array): the first check of anything read back. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Stores `value` as JSON under `key`; false when storage is unavailable or full. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes what is stored under `key`, if anything. */
export function removeStored(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // nothing to do: storage is unavailable
  }
}
