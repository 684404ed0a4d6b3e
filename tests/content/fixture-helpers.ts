import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * A scratch project root whose `content/` is the valid fixture with one broken fixture's files
 * laid over it, so each broken fixture holds only the files that break its rule.
 */
export function brokenContent(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `cxp-${name}-`));
  cpSync(join(FIXTURES, 'content-valid'), join(root, 'content'), { recursive: true });
  if (name !== 'valid') cpSync(join(FIXTURES, 'content-broken', name), join(root, 'content'), { recursive: true });
  return root;
}
