// Content errors as GitHub Actions annotations (src/lib/content/annotations.ts): the format GitHub
// documents for workflow commands, escapes included, and the CLI printing them only inside Actions.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationLines, emitAnnotations } from '../../src/lib/content/annotations.ts';
import { brokenContent } from './fixture-helpers.ts';

describe('annotations', () => {
  it('one ::error command per error, with file, line and title; the message is the check\'s own line', () => {
    expect(annotationLines([{ file: 'content/stats/a.yaml', line: 3, field: 'value', message: 'must be a string, not a number' }])).toEqual([
      '::error file=content/stats/a.yaml,line=3,title=Content check%3A value::content/stats/a.yaml:3: field "value": must be a string, not a number',
    ]);
  });

  it('escapes %, newlines, and in properties : and ,', () => {
    expect(annotationLines([{ file: 'content/a,b.yaml', message: '100% sure\nreally' }])).toEqual([
      '::error file=content/a%2Cb.yaml,title=Content check::content/a,b.yaml: 100%25 sure%0Areally',
    ]);
  });

  it('prints only in GitHub Actions', () => {
    const printed: string[] = [];
    const errors = [{ file: 'content/x.yaml', message: 'bad' }];
    expect(emitAnnotations(errors, {}, (l) => printed.push(l))).toBe(0);
    expect(emitAnnotations(errors, { GITHUB_ACTIONS: 'true' }, (l) => printed.push(l))).toBe(1);
    expect(printed).toEqual(['::error file=content/x.yaml,title=Content check::content/x.yaml: bad']);
  });

  it('npm run check:content prints them in Actions, beside the usual report', () => {
    const root = brokenContent('wrong-type');
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(process.cwd(), 'scripts/check-content.ts'), join(root, 'content'), join(root, 'content/site.yaml')], { encoding: 'utf8', env: { ...process.env, ...env } });
    const inActions = run({ GITHUB_ACTIONS: 'true' });
    expect(inActions.status).toBe(1);
    expect(inActions.stdout).toContain(',line=1,title=Content check%3A value::');
    expect(inActions.stdout).toMatch(/^::error file=.*content\/stats\/fact-one\.yaml,line=1,/m);
    expect(inActions.stderr).toContain('field "value": must be a string, not a number');
    expect(run({ GITHUB_ACTIONS: '' }).stdout).not.toContain('::error');
  });
});
