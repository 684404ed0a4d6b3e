// The translation status behind `npm run translations`: what a language has not translated, and
// which translations are older than their source.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatStatus, sourceHash, translationPathOf, translationStatus } from '../../../src/lib/content/translations.ts';
import { languagesOf } from '../../../src/schemas/site.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'content-valid');
const languages = languagesOf({
  locale: 'en-GB',
  languages: [
    { code: 'en', name: 'English', locale: 'en-GB' },
    { code: 'de', name: 'Deutsch', locale: 'de-DE' },
  ],
});

/** The valid fixture with German translations of pattern one (`hashOne`) and pattern two (`hashTwo`). */
function project(hashOne: string, hashTwo: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cxp-translations-'));
  cpSync(FIXTURE, join(root, 'content'), { recursive: true });
  const dir = join(root, 'content', 'translations', 'de', 'failures');
  mkdirSync(dir, { recursive: true });
  for (const [id, hash] of [['pattern-one', hashOne], ['pattern-two', hashTwo]] as const) {
    const source = readFileSync(join(root, 'content', 'failures', `${id}.mdx`), 'utf8');
    writeFileSync(join(dir, `${id}.mdx`), source.replace('---\n', `---\nsourceHash: ${hash}\n`));
  }
  return root;
}

describe('sourceHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the bytes', () => {
    // Node's own hash of the same bytes, cut to 12 digits by hand: the helper must agree.
    expect(sourceHash('abc')).toBe(createHash('sha256').update('abc').digest('hex').slice(0, 12));
    // The well-known SHA-256 of "abc" begins ba7816bf8f01.
    expect(sourceHash('abc')).toBe('ba7816bf8f01');
  });

  it('places a translation beside its source under translations/<code>/', () => {
    expect(translationPathOf('content/failures/x.mdx', 'de')).toBe('content/translations/de/failures/x.mdx');
    expect(translationPathOf('content/assessment/dimensions/y.yaml', 'fr')).toBe('content/translations/fr/assessment/dimensions/y.yaml');
  });
});

describe('translationStatus', () => {
  it('lists the untranslated files and the translations older than their source', () => {
    const hashOne = sourceHash(readFileSync(join(FIXTURE, 'failures/pattern-one.mdx')));
    const hashTwo = sourceHash(readFileSync(join(FIXTURE, 'failures/pattern-two.mdx')));
    const fresh = project(hashOne, hashTwo);
    const [de] = translationStatus(join(fresh, 'content'), fresh, languages);
    expect(de!.translated).toBe(2);
    expect(de!.stale).toEqual([]);
    // Both patterns are translated: neither is missing; every other file of the fixture is.
    expect(de!.missing.map((m) => m.file)).not.toContain('content/failures/pattern-one.mdx');
    expect(de!.missing).toHaveLength(de!.total - 2);

    // Pattern one's translation names a hash of no version of its source: it is stale, on line 2
    // (sourceHash is the first line of the frontmatter, after the opening ---).
    const old = project('000000000000', hashTwo);
    const [status] = translationStatus(join(old, 'content'), old, languages);
    expect(status!.stale).toEqual([{ file: 'content/translations/de/failures/pattern-one.mdx', line: 2, source: 'content/failures/pattern-one.mdx', hash: hashOne }]);
    const report = formatStatus([status!], []);
    expect(report).toContain(`content/translations/de/failures/pattern-one.mdx:2: field "sourceHash": content/failures/pattern-one.mdx has changed; set sourceHash: '${hashOne}'`);
    expect(report.split('\n')[0]).toBe(`Deutsch (de): 2 of ${status!.total} content files translated`);
    // Its words differ but its ids, numbers and order are the source's: the pages still show it.
    expect(report).not.toContain('show the source');
  });

  it('says when a stale translation no longer matches its source, so the pages show the source', () => {
    // The source of pattern one gains a second play after pattern one was translated: its German
    // text still has one, and names the hash of the source before the change.
    const hashTwo = sourceHash(readFileSync(join(FIXTURE, 'failures/pattern-two.mdx')));
    const before = sourceHash(readFileSync(join(FIXTURE, 'failures/pattern-one.mdx')));
    const root = project(before, hashTwo);
    const file = join(root, 'content', 'failures', 'pattern-one.mdx');
    const grown = readFileSync(file, 'utf8').replace(
      'plays: [{ text: A play, owner: CX lead, effort: days }]',
      'plays: [{ text: A play, owner: CX lead, effort: days }, { text: Another play, owner: CX lead, effort: weeks }]',
    );
    writeFileSync(file, grown);
    const [status] = translationStatus(join(root, 'content'), root, languages);
    expect(status!.stale).toEqual([
      { file: 'content/translations/de/failures/pattern-one.mdx', line: 2, source: 'content/failures/pattern-one.mdx', hash: sourceHash(grown), replaced: true },
    ]);
    expect(formatStatus([status!], [])).toContain(
      `content/translations/de/failures/pattern-one.mdx:2: field "sourceHash": content/failures/pattern-one.mdx has changed; set sourceHash: '${sourceHash(grown)}'; its ids, numbers or order no longer match the source's, so the pages show the source until you update it`,
    );
  });
});
