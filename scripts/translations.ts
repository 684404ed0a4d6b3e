// `npm run translations`: per language, the content files not yet translated, the translations
// older than their source (sourceHash no longer matches), and interface strings missing or extra.
// A report: exit code 0 whatever it lists; with --strict, exit code 1 when it lists anything.
// Usage: node scripts/translations.ts [--strict] [content-dir] [site-config-file]
import { resolve } from 'node:path';
import { checkSiteConfig, formatReport } from '../src/lib/content/check.ts';
import { checkStrings } from '../src/lib/content/strings.ts';
import { formatStatus, translationStatus } from '../src/lib/content/translations.ts';
import { languagesOf } from '../src/schemas/site.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const [contentDir = 'content', siteConfigFile = `${contentDir}/site.yaml`] = args.filter((a) => a !== '--strict');
const root = process.cwd();
const site = checkSiteConfig(resolve(root, siteConfigFile), root);
if (!site.config) {
  console.error(formatReport(site.errors));
  process.exit(1);
}
const languages = languagesOf(site.config);
if (languages.all.length === 1) {
  console.log(`One language (${languages.default.code}): nothing to translate. docs/translating.md explains how to add one.`);
  process.exit(0);
}
const dir = resolve(root, contentDir);
const status = translationStatus(dir, root, languages);
const strings = checkStrings(dir, root, languages);
console.log(formatStatus(status, strings));
const open = strings.length + status.reduce((n, s) => n + s.missing.length + s.stale.length, 0);
if (strict && open) {
  console.error(`\n--strict: ${open} item(s) to translate or update`);
  process.exit(1);
}
