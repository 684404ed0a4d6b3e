// The GitHub Actions workflows an adopter's first push runs: they parse, pull requests get the
// checks without a deploy, a push to main deploys only after the same checks, and the browser is
// the one the runner image ships (the image's `chromium-browser` is a snap shim that fails).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  name?: string;
}
interface Job {
  'runs-on'?: string;
  uses?: string;
  needs?: string | string[];
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}
const load = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const runs = (job: Job) => (job.steps ?? []).map((s) => s.run ?? '').join('\n');

describe('checks.yml', () => {
  const wf = load('checks.yml');
  const job = wf.jobs.checks!;
  it('runs on pull requests and when deploy.yml calls it, and deploys nothing', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'workflow_call']);
    expect(JSON.stringify(wf)).not.toMatch(/deploy-pages|upload-pages-artifact/);
  });
  it('runs the content check (annotations) and the whole test suite, on the runner image it was written for', () => {
    expect(job['runs-on']).toBe('ubuntu-24.04');
    expect(runs(job)).toContain('npm run check:content');
    expect(runs(job)).toContain('npm test');
  });
  it("uses the image's Google Chrome, never apt's chromium-browser", () => {
    expect(runs(job)).toContain('command -v google-chrome');
    expect(runs(job)).not.toMatch(/apt(-get)? install[^\n]*chromium/);
  });
});

describe('deploy.yml', () => {
  const wf = load('deploy.yml');
  it('deploys a push to main only after the checks pass', () => {
    expect(wf.on).toHaveProperty('push');
    expect(wf.jobs.checks!.uses).toBe('./.github/workflows/checks.yml');
    expect(wf.jobs.build!.needs).toBe('checks');
    expect(wf.jobs.deploy!.needs).toBe('build');
  });
  it('builds with production dependencies only', () => {
    expect(runs(wf.jobs.build!)).toContain('npm install --no-audit --no-fund --omit=dev');
    expect(runs(wf.jobs.build!)).toContain('npm run build');
  });
});
