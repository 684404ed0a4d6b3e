// Shared by the tools' words tests (clv-, roi-, churn-, effort-words.test.ts): a tool's own words
// read from the real strings files, the German page's calculator words, and the strings check run
// on a copy of the real files with the German one edited.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageStyle } from '../../../src/lib/browser/inputs.ts';
import { formatError } from '../../../src/lib/content/errors.ts';
import { checkStrings, readStrings } from '../../../src/lib/content/strings.ts';
import { languagesOf } from '../../../src/schemas/site.ts';

/** The strings of one language's file under `prefix` (e.g. `tools.churn.`), keys without it. */
export function stringsUnder(code: string, prefix: string): Record<string, string> {
  const { strings } = readStrings(`content/strings/${code}.yaml`, code);
  return Object.fromEntries(
    Object.entries(strings)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

/** The German page's number style with its calculator words (`calculator.*`), unit nouns among them. */
export function germanStyle() {
  const words = stringsUnder('de', 'calculator.') as unknown as MessageStyle['words'];
  return { currency: 'EUR', locale: 'de-DE', words };
}

/** The 1-based line of the first line of `file` that starts with `start`. */
export const lineOf = (file: string, start: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(start)) + 1;

const languages = languagesOf({
  locale: 'en-GB',
  defaultLanguage: 'en',
  languages: [
    { code: 'en', name: 'English', locale: 'en-GB' },
    { code: 'de', name: 'Deutsch', locale: 'de-DE' },
  ],
});

/** A content folder with the real strings files, German changed by `edit`; the check's messages. */
export function checkGerman(edit: (text: string) => string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'tool-words-'));
  mkdirSync(join(root, 'content', 'strings'), { recursive: true });
  copyFileSync('content/strings/en.yaml', join(root, 'content', 'strings', 'en.yaml'));
  writeFileSync(join(root, 'content', 'strings', 'de.yaml'), edit(readFileSync('content/strings/de.yaml', 'utf8')));
  return checkStrings(join(root, 'content'), root, languages).map(formatError);
}
