// `npm run check:content`: checks the content without a full build, in about a second.
// Usage: node scripts/check-content.ts [content-dir] [site-config-file]
import { emitAnnotations } from '../src/lib/content/annotations.ts';
import { checkContent, formatReport } from '../src/lib/content/check.ts';

const [contentDir, siteConfigFile] = process.argv.slice(2);
const errors = checkContent({
  root: process.cwd(),
  ...(contentDir ? { contentDir } : {}),
  ...(siteConfigFile ? { siteConfigFile } : {}),
});
if (errors.length) {
  // In GitHub Actions each error is also an annotation on the file and line it names.
  emitAnnotations(errors);
  console.error(formatReport(errors));
  process.exit(1);
}
console.log('Content check passed: every file matches its schema and every reference resolves.');
