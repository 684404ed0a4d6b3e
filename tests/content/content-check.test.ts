// One broken fixture per integrity rule (tests/fixtures/content-broken/<rule>/, laid over the
// valid fixture); each test asserts the exact messages an editor would read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatError } from '../../src/lib/content/errors.ts';
import { brokenContent } from './fixture-helpers.ts';

// A stand-in calculator schema, so the rule is tested apart from any real calculator.
const TestCalculatorSchema = z.object({ amount: z.number().min(0), rate: z.number().min(0).max(100) }).strict();

function check(name: string): string[] {
  const root = brokenContent(name);
  return checkContent({ root, tools: { clv: { schema: TestCalculatorSchema } } }).map(formatError);
}

describe('content check', () => {
  it('accepts the valid fixture', () => {
    expect(check('valid')).toEqual([]);
  });

  it('accepts the shipped playbook content with the real calculators', () => {
    const errors = checkContent({ root: process.cwd() }).map(formatError);
    expect(errors).toEqual([]);
  });

  it('rejects an unknown field and names the likely intended one', () => {
    expect(check('unknown-field')).toEqual([
      'content/failures/pattern-two.mdx:2: field "symptoms": is required but missing',
      'content/failures/pattern-two.mdx:6: field "symptom": unknown field (did you mean "symptoms"?)',
    ]);
  });

  it('rejects a field of the wrong type', () => {
    expect(check('wrong-type')).toEqual(['content/stats/fact-one.yaml:1: field "value": must be a string, not a number']);
  });

  it('rejects a missing required field', () => {
    expect(check('missing-required')).toEqual(['content/sources/article-one.yaml:1: field "title": is required but missing']);
  });

  it('rejects references to entries that do not exist, suggesting near misses', () => {
    expect(check('dangling-reference')).toEqual([
      'content/failures/pattern-two.mdx:10: field "stats[0]": no stat "fact-onee" in content/stats/ (did you mean "fact-one"?)',
      'content/failures/pattern-two.mdx:11: field "levels[1]": no pyramid level "no-such-level" in content/pyramid/',
    ]);
  });

  it('rejects a statistic whose kind is not study, survey, illustration or anecdote', () => {
    // The fixture calls fact one (line 5) "research".
    expect(check('wrong-kind')).toEqual(['content/stats/fact-one.yaml:5: field "kind": must be one of "study", "survey", "illustration", "anecdote"']);
  });

  it('rejects a play whose effort is not one of the four sizes', () => {
    // The fixture gives pattern two's only play (line 7) the effort "fortnight".
    expect(check('wrong-effort')).toEqual(['content/failures/pattern-two.mdx:7: field "plays[0].effort": must be one of "hours", "days", "weeks", "months"']);
  });

  it('rejects a failure pattern whose theme is not a file in content/failure-themes/', () => {
    // The fixture misspells theme-one on line 11 of pattern two.
    expect(check('dangling-theme')).toEqual([
      'content/failures/pattern-two.mdx:11: field "theme": no failure theme "theme-onee" in content/failure-themes/ (did you mean "theme-one"?)',
    ]);
  });

  it('rejects a component in the body that references a missing entry', () => {
    expect(check('dangling-body-reference')).toEqual([
      'content/pages/about.mdx:6: <Stat id="missing-stat">: no stat "missing-stat" in content/stats/',
    ]);
  });

  it('requires the pyramid levels to be exactly 1 to 5, each once', () => {
    expect(check('duplicate-level')).toEqual([
      'content/pyramid/: field "level": no file has level 4; the pyramid needs exactly one file for each level 1 to 5',
      'content/pyramid/customer-fix.mdx:2: field "level": level 3 is already used by content/pyramid/anticipate.mdx; each level 1 to 5 appears once',
    ]);
  });

  it('requires orders to be unique inside a group', () => {
    expect(check('duplicate-order')).toEqual([
      'content/failures/pattern-two.mdx:4: field "order": order 1 is already used by content/failures/pattern-one.mdx in the group "list-one"',
      // The fixture also gives pattern two themeOrder 1 (line 12), pattern one's position in the theme.
      'content/failures/pattern-two.mdx:12: field "themeOrder": themeOrder 1 is already used by content/failures/pattern-one.mdx in the theme "theme-one"',
    ]);
  });

  it('requires every failure pattern to be covered by an assessment dimension', () => {
    expect(check('failure-not-covered')).toEqual([
      'content/failures/pattern-two.mdx: no assessment dimension lists this failure pattern; add "pattern-two" to the "failures" field of a file in content/assessment/dimensions/',
    ]);
  });

  it('requires every assessment dimension to list at least one failure pattern', () => {
    expect(check('dimension-without-failure')).toEqual([
      'content/assessment/dimensions/dimension-two.yaml:4: field "failures": must list at least 1 item(s)',
    ]);
  });

  it('requires one content entry for every tool the registry declares, and no entry for a tool it does not', () => {
    const root = brokenContent('valid');
    const errors = (tools: Record<string, { schema: z.ZodType | undefined }>) => checkContent({ root, tools }).map(formatError);
    // The valid fixture has one tool entry, content/tools/calc.mdx, with calculator: clv.
    expect(errors({ clv: { schema: TestCalculatorSchema }, roi: { schema: undefined } })).toEqual([
      'content/tools/roi.mdx: file is missing: the "roi" tool is declared in src/tools/registry.ts, so it needs a content entry with calculator: roi (start from templates/tool.mdx)',
    ]);
    expect(errors({ roi: { schema: undefined } })).toEqual([
      'content/tools/calc.mdx:5: field "calculator": no tool "clv" in src/tools/registry.ts (tools: roi)',
      'content/tools/roi.mdx: file is missing: the "roi" tool is declared in src/tools/registry.ts, so it needs a content entry with calculator: roi (start from templates/tool.mdx)',
    ]);
  });

  it('asks for frontmatter when an MDX file has none', () => {
    const root = brokenContent('valid');
    writeFileSync(join(root, 'content/pages/no-frontmatter.mdx'), 'Just prose.\n');
    expect(checkContent({ root, tools: { clv: { schema: TestCalculatorSchema } } }).map(formatError)).toEqual([
      'content/pages/no-frontmatter.mdx:1: frontmatter is missing: the file must start with a block fenced by --- lines',
    ]);
  });

  it('refuses a second content entry for the same tool', () => {
    const root = brokenContent('valid');
    const calc = readFileSync(join(root, 'content/tools/calc.mdx'), 'utf8');
    writeFileSync(join(root, 'content/tools/calc-two.mdx'), calc.replace(/^order: \d+$/m, 'order: 99'));
    expect(checkContent({ root, tools: { clv: { schema: TestCalculatorSchema } } }).map(formatError)).toEqual([
      'content/tools/calc.mdx:5: field "calculator": the "clv" tool already has its content in content/tools/calc-two.mdx; each tool has one entry',
    ]);
  });

  it("checks tool defaults, presets and labels against the calculator's input schema", () => {
    expect(check('invalid-preset')).toEqual([
      'content/tools/calc.mdx:9: field "fields.speed": the clv calculator has no input "speed" (inputs: amount, rate)',
      'content/tools/calc.mdx:10: field "defaults.amount": must be at least 0 (checked by the clv tool\'s form schema)',
      'content/tools/calc.mdx:15: field "presets[0].values.rate": must be at most 100 (checked by the clv tool\'s form schema)',
    ]);
  });

  it('rejects import, export and unknown components in MDX with the line and what is allowed', () => {
    expect(check('mdx-import')).toEqual([
      'content/pages/about.mdx:6: import is not allowed in content; use the provided components instead (Stat, Term, Callout)',
      'content/pages/about.mdx:10: unknown component <Chart>; allowed components: Stat, Term, Callout',
      'content/pages/about.mdx:12: export is not allowed in content; use the provided components instead (Stat, Term, Callout)',
    ]);
  });

  it('rejects JavaScript expressions in MDX', () => {
    expect(check('mdx-expression')).toEqual([
      'content/pages/about.mdx:6: JavaScript expressions in {braces} are not allowed in content; write the text, or escape the brace as \\{',
      'content/pages/about.mdx:8: <Stat>: attribute "id" must be a quoted string, not an {expression}',
    ]);
  });

  it('reports MDX syntax errors with the file line and what to write instead', () => {
    // Line 8 of the file: a bare "<" followed by a digit is read as the start of a JSX tag.
    expect(check('mdx-syntax')).toEqual([
      'content/pages/about.mdx:8: MDX syntax error: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character); a < or { meant as text is written \\< or \\{',
    ]);
  });

  it('reports YAML syntax errors with the line', () => {
    // The parser notices on line 3 (the end of the text); the mistake is the [ left open on line 2.
    expect(check('yaml-syntax')).toEqual([
      'content/glossary/term-two.yaml:2: YAML: a list or map opened with [ is not closed; end it with ] on the same line (or quote a value that starts with [)',
    ]);
  });

  it('validates the site config', () => {
    expect(check('site-config')).toEqual([
      'content/site.yaml:4: field "logo": must be a path in public/ like /logo.svg',
      'content/site.yaml:8: field "currency": must be an ISO 4217 code like EUR',
      'content/site.yaml:9: field "currencies": must include the default currency euro',
      'content/site.yaml:13: field "basePath": must start and end with / like /playbook/',
    ]);
  });

  it('checks the languages of the site config', () => {
    // The fixture lists de with the locale de_DE (line 14), en twice (lines 13 and 15), and the default fr (line 16).
    expect(check('site-languages')).toEqual([
      'content/site.yaml:14: field "languages[1].locale": must be a BCP 47 tag like en-GB',
      'content/site.yaml:15: field "languages[2].code": "en" is listed twice; list each language once',
      'content/site.yaml:16: field "defaultLanguage": must be the code of one of the languages (en, de)',
    ]);
  });

  it('names the file, line and key of a missing, extra or differently filled interface string', () => {
    // en.yaml (the default) has nav.pyramid (line 2), nav.failures (line 3) and language.fallback
    // with {language} (line 5). de.yaml has no nav.failures (reported at its group nav, line 1),
    // a misspelt nav.failure (line 3) and no {language} (line 5). fr.yaml belongs to no language the
    // site publishes, so it is not read (a one-language build of the same content must pass).
    expect(check('strings-keys')).toEqual([
      'content/strings/de.yaml:1: field "nav.failures": is missing: content/strings/en.yaml:3 has it; add its Deutsch text',
      `content/strings/de.yaml:3: field "nav.failure": is not in content/strings/en.yaml, the default language's strings (did you mean "nav.failures"?); remove it, or add it there first`,
      'content/strings/de.yaml:5: field "language.fallback": uses no placeholder where content/strings/en.yaml uses {language}; keep the same placeholders, translated around',
    ]);
  });

  it('rejects a translation without a well-formed sourceHash and one that translates no file; ignores a language the site does not publish', () => {
    // pattern-one.mdx has no sourceHash (reported at the frontmatter's first line, 2); pattern-two.mdx has "12ab" on line 2.
    expect(check('translation-broken')).toEqual([
      'content/translations/de/failures/pattern-one.mdx:2: field "sourceHash": is required but missing: the first 12 hex digits of the SHA-256 of content/failures/pattern-one.mdx when you translated it (`npm run translations` prints it)',
      'content/translations/de/failures/pattern-two.mdx:2: field "sourceHash": must be 12 lower-case hex digits like 3f2a9c01b7de, not "12ab" (`npm run translations` prints the one for content/failures/pattern-two.mdx)',
      "content/translations/de/stats/fact-nine.yaml: translates nothing: there is no content/stats/fact-nine.yaml; a translation keeps its source's folder and file name",
      // A hash of digits only, unquoted, is a number to YAML (leading zeros lost): the message says to quote it.
      "content/translations/de/stats/fact-one.yaml:1: field \"sourceHash\": was read as the number 123456789012: quote it, as in sourceHash: '…' (`npm run translations` prints the one for content/stats/fact-one.yaml, quoted)",
    ]);
  });

  it('holds the integrity rules in every language: a translation may only reference ids that exist', () => {
    // The German pattern two cites the statistic "fact-onee" in its body, line 16 (the frontmatter takes lines 1 to 14, a blank line 15).
    expect(check('translation-reference')).toEqual([
      'content/translations/de/failures/pattern-two.mdx:16: <Stat id="fact-onee">: no stat "fact-onee" in content/stats/ (did you mean "fact-one"?)',
    ]);
  });

  it('holds a translation to its source\'s ids, numbers and references: only the words change', () => {
    // The German dimension one has weight 2 (line 5; the source has 1) and its first statement's id
    // translated to "erste" (line 8; the source's is "first"). The German calculator names the
    // field "rte" (line 9) where the source has "rate", and lists no preset (line 11) where the source
    // has one: reported once, though both the preset's id and its values are kept. The German
    // pattern one lists two plays where the source has one, but its sourceHash is not the source's
    // hash: a translation older than its source may lag behind it, and the pages show the source.
    const why = 'a translation changes only the words; ids, numbers, references and the order of lists stay as in its source';
    expect(check('translation-kept')).toEqual([
      `content/translations/de/assessment/dimensions/dimension-one.yaml:5: field "weight": must be 1 as in content/assessment/dimensions/dimension-one.yaml, not 2: ${why}`,
      `content/translations/de/assessment/dimensions/dimension-one.yaml:8: field "statements[0].id": must be "first" as in content/assessment/dimensions/dimension-one.yaml, not "erste": ${why}`,
      `content/translations/de/tools/calc.mdx:7: field "fields": has no "rate" where content/tools/calc.mdx has one: ${why}`,
      `content/translations/de/tools/calc.mdx:9: field "fields.rte": is not in content/tools/calc.mdx (did you mean "rate"?): ${why}`,
      `content/translations/de/tools/calc.mdx:11: field "presets": has 0 items where content/tools/calc.mdx has 1: ${why}`,
    ]);
  });

  it('rejects files the build would silently ignore or mis-name', () => {
    expect(check('wrong-file')).toEqual([
      'content/failures/Pattern_Three.mdx: file name "Pattern_Three" must be lower-case words joined by hyphens (it becomes the entry id and URL)',
      'content/stats/fact-two.yml: not a .yaml file: the stats collection only reads .yaml files, so this one would be ignored',
    ]);
  });
});
