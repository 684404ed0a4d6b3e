// Editors change the questionnaire in content alone. These tests copy the real content into a
// scratch folder, edit it there as an editor would, and load it with the same loader, schemas and
// questionnaire builder the site uses, then show that the scoring follows and the check accepts it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { AssessmentAnswers } from '../../src/calculators/assessment/answers.ts';
import { progress } from '../../src/calculators/assessment/answers.ts';
import { buildQuestionnaire, type Questionnaire } from '../../src/calculators/assessment/questionnaire.ts';
import { scoreAssessment } from '../../src/calculators/assessment/score.ts';
import { encodeAnswers } from '../../src/calculators/assessment/share.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatError } from '../../src/lib/content/errors.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { validate } from '../../src/lib/content/validate.ts';
import { AssessmentModelSchema, DimensionSchema, type Dimension } from '../../src/schemas/assessment.ts';
import { PyramidLevelSchema } from '../../src/schemas/pyramid.ts';

const REAL = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A scratch project root holding a copy of the real content, optionally with a fixture laid over it. */
function copyOfContent(overlay?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cxp-assessment-'));
  cpSync(join(REAL, 'content'), join(root, 'content'), { recursive: true });
  if (overlay) cpSync(join(FIXTURES, overlay), join(root, 'content'), { recursive: true });
  return root;
}

/** Loads the questionnaire the way the site does: same loader, same schemas, same builder. */
function loadQuestionnaire(root: string): Questionnaire {
  const { entries } = loadContent(join(root, 'content'), root);
  const parse = <T>(schema: Parameters<typeof validate>[0], e: (typeof entries)[number]) => {
    const r = validate(schema, e.data, e.file, e.lineOf);
    if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
    return r.value as T;
  };
  const model = parse<ReturnType<typeof AssessmentModelSchema.parse>>(AssessmentModelSchema, entries.find((e) => e.collection === 'assessment')!);
  const dimensions = entries.filter((e) => e.collection === 'dimensions').map((e) => ({ id: e.id, data: parse<Dimension>(DimensionSchema, e) }));
  const levels = Object.fromEntries(
    entries.filter((e) => e.collection === 'pyramid').map((e) => [e.id, parse<{ level: number }>(PyramidLevelSchema, e).level]),
  );
  return buildQuestionnaire(model, dimensions, levels);
}

const check = (root: string) => checkContent({ root }).map(formatError);

// The check of the untouched copy: empty once the playbook content is complete. Comparing with it
// keeps these tests about the assessment while other content is still being written.
const baseline = check(copyOfContent());

/** Answers every statement with `rating`, except those listed in `except`. */
function answerAll(q: Questionnaire, rating: 1 | 2 | 3 | 4 | 5, except: Record<string, Record<string, 1 | 2 | 3 | 4 | 5>> = {}): AssessmentAnswers {
  const ratings = Object.fromEntries(q.dimensions.map((d) => [d.id, Object.fromEntries(d.statements.map((s) => [s.id, except[d.id]?.[s.id] ?? rating]))]));
  return { ratings, pyramid: {} };
}

describe('the shipped questionnaire', () => {
  const q = loadQuestionnaire(REAL);

  it('has the ten dimensions in order, each with statements, and one question per pyramid level in level order', () => {
    expect(q.dimensions.map((d) => d.id)).toEqual([
      'leadership-commitment', 'ownership', 'customer-insight', 'customer-centric-goals', 'measurement-to-action',
      'internal-communication', 'employee-empowerment', 'adaptive-strategy', 'resourcing', 'quality-at-scale',
    ]);
    for (const d of q.dimensions) expect(d.statements.length).toBeGreaterThanOrEqual(2);
    expect(q.pyramid.map((p) => p.level)).toEqual(['useful-information', 'brand-problem-solved', 'customer-problem-solved', 'needs-anticipated', 'customers-empowered']);
  });

  it('covers every failure pattern in content/failures/', () => {
    const { entries } = loadContent(join(REAL, 'content'), REAL);
    const covered = new Set(q.dimensions.flatMap((d) => d.failures));
    const uncovered = entries.filter((e) => e.collection === 'failures' && !covered.has(e.id)).map((e) => e.id);
    expect(uncovered).toEqual([]);
  });
});

describe('adding a statement in content', () => {
  const root = copyOfContent();
  const file = join(root, 'content/assessment/dimensions/ownership.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.addIn(['statements'], { id: 'owner-reports-to-board', text: 'The owner of the customer experience reports on it to the board every quarter.' });
  writeFileSync(file, doc.toString());
  const before = loadQuestionnaire(REAL);
  const after = loadQuestionnaire(root);

  it('adds it to the questionnaire', () => {
    const ownership = after.dimensions.find((d) => d.id === 'ownership')!;
    const was = before.dimensions.find((d) => d.id === 'ownership')!;
    expect(ownership.statements.length).toBe(was.statements.length + 1);
    expect(ownership.statements.at(-1)).toEqual({ id: 'owner-reports-to-board', text: 'The owner of the customer experience reports on it to the board every quarter.' });
    expect(progress(after, { ratings: {}, pyramid: {} }).total).toBe(progress(before, { ratings: {}, pyramid: {} }).total + 1);
  });

  it('counts it in the score', () => {
    // Every statement rated 1 (0 points) except the new one, rated 5 (100 points).
    // Ownership: (0 x n + 100) / (n + 1) with n the statements it had before.
    const n = before.dimensions.find((d) => d.id === 'ownership')!.statements.length;
    const result = scoreAssessment(after, answerAll(after, 1, { ownership: { 'owner-reports-to-board': 5 } }));
    expect(result.dimensions.find((d) => d.id === 'ownership')!.score).toBeCloseTo(100 / (n + 1), 10);
    // Only ownership scores above 0, so it is no longer among the three weakest (all others score 0).
    expect(result.weakest.map((d) => d.id)).not.toContain('ownership');
    expect(result.overall).toBeGreaterThan(0);
  });

  it('gives it a place in share links', () => {
    const group = encodeAnswers(after, answerAll(after, 3)).split('&a=')[1]!.split('&')[0]!.split('-')[1];
    expect(group).toBe('3'.repeat(after.dimensions[1]!.statements.length));
  });

  it('passes the content check (adds no error to those of the untouched content)', () => {
    expect(check(root)).toEqual(baseline);
  });

  it('is refused by the check when its id repeats another in the dimension, with file and field named', () => {
    const dup = copyOfContent();
    const path = join(dup, 'content/assessment/dimensions/ownership.yaml');
    const d = parseDocument(readFileSync(path, 'utf8'));
    const first = (d.toJS() as Dimension).statements[0]!.id;
    d.addIn(['statements'], { id: first, text: 'A second statement with the same id.' });
    writeFileSync(path, d.toString());
    const n = (d.toJS() as Dimension).statements.length - 1;
    expect(check(dup).filter((e) => !baseline.includes(e))).toEqual([expect.stringMatching(new RegExp(`^content/assessment/dimensions/ownership\\.yaml:\\d+: field "statements\\[${n}\\]\\.id": statement id "${first}" is used twice in this file$`))]);
  });
});

describe('adding a dimension in content', () => {
  const root = copyOfContent('assessment-new-dimension');
  const q = loadQuestionnaire(root);

  it('adds it to the questionnaire in its order', () => {
    expect(q.dimensions.at(-1)).toMatchObject({ id: 'journey-coverage', title: 'Journey coverage', weight: 2, failures: ['not-measuring'] });
    expect(q.dimensions.length).toBe(loadQuestionnaire(REAL).dimensions.length + 1);
  });

  it('weights it in the overall score', () => {
    // All other statements rated 5 (100 points); the new dimension's two rated 1 (0 points), weight 2.
    // overall = (W x 100 + 2 x 0) / (W + 2), W the sum of the other dimensions' weights.
    const W = q.dimensions.slice(0, -1).reduce((s, d) => s + d.weight, 0);
    const result = scoreAssessment(q, answerAll(q, 5, { 'journey-coverage': { 'before-purchase': 1, 'after-purchase': 1 } }));
    expect(result.overall).toBeCloseTo((W * 100) / (W + 2), 10);
    expect(result.weakest[0]!.id).toBe('journey-coverage');
  });

  it('passes the content check (adds no error to those of the untouched content)', () => {
    expect(check(root)).toEqual(baseline);
  });

  it('is refused by the check when it names a failure pattern that does not exist', () => {
    const bad = copyOfContent('assessment-new-dimension');
    const path = join(bad, 'content/assessment/dimensions/journey-coverage.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('failures: [not-measuring]', 'failures: [not-measurin]'));
    expect(check(bad).filter((e) => !baseline.includes(e))).toEqual([
      'content/assessment/dimensions/journey-coverage.yaml:7: field "failures[0]": no failure pattern "not-measurin" in content/failures/ (did you mean "not-measuring"?)',
    ]);
  });
});
