// Edges of the self-assessment that the other tests pass by: building the questionnaire from
// content, messages for dropped answers and history, ties in the weakest dimensions, people who
// skipped a dimension, and share links that are nearly right.
// (Added for mutation testing, `npm run test:mutation`.)
import { describe, expect, it } from 'vitest';
import { checkAnswers, emptyAnswers } from '../../../../src/calculators/assessment/answers.ts';
import { buildExport } from '../../../../src/calculators/assessment/export.ts';
import { checkHistory, compareEntries, type HistoryEntry } from '../../../../src/calculators/assessment/history.ts';
import {
  buildQuestionnaire,
  type DimensionSource,
  type QuestionnaireSource,
} from '../../../../src/calculators/assessment/questionnaire.ts';
import { scoreAssessment, type AssessmentResult, type DimensionScore } from '../../../../src/calculators/assessment/score.ts';
import { decodeShare, sharePayloadSchema } from '../../../../src/calculators/assessment/share.ts';
import { aggregateTeam } from '../../../../src/calculators/assessment/team.ts';
import { Q, STAGES } from './fixture.ts';

describe('buildQuestionnaire', () => {
  const model: QuestionnaireSource = {
    version: 2,
    scale: ['1', '2', '3', '4', '5'],
    dontKnow: '?',
    stages: STAGES,
    // in the file: l3, l1, lx (not a known level), l2, l5
    pyramid: ['l3', 'l1', 'lx', 'l2', 'l5'].map((level) => ({ level, question: `${level}?` })),
    disagreementThreshold: 15,
  };
  const dimension = (title: string, order: number): DimensionSource => ({
    title,
    order,
    description: `${title} d`,
    weight: order,
    failures: [`${title}-f`],
    statements: [{ id: 's1', text: `${title} s1` }],
  });
  const dims = [
    { id: 'z', data: dimension('Z', 3) },
    { id: 'x', data: dimension('X', 1) },
    { id: 'y', data: dimension('Y', 2) },
  ];

  it('puts dimensions by order and pyramid questions by level number (unknown levels last)', () => {
    const q = buildQuestionnaire(model, dims, { l1: 1, l2: 2, l3: 3, l5: 5 });
    expect(q).toEqual({
      version: 2,
      scale: ['1', '2', '3', '4', '5'],
      dontKnow: '?',
      stages: STAGES,
      // levels 1, 2, 3, 5, then lx (no number: counted as 99)
      pyramid: ['l1', 'l2', 'l3', 'l5', 'lx'].map((level) => ({ level, question: `${level}?` })),
      disagreementThreshold: 15,
      dimensions: [
        { id: 'x', title: 'X', description: 'X d', weight: 1, failures: ['X-f'], statements: [{ id: 's1', text: 'X s1' }] },
        { id: 'y', title: 'Y', description: 'Y d', weight: 2, failures: ['Y-f'], statements: [{ id: 's1', text: 'Y s1' }] },
        { id: 'z', title: 'Z', description: 'Z d', weight: 3, failures: ['Z-f'], statements: [{ id: 's1', text: 'Z s1' }] },
      ],
    });
    // the content it was built from is left as it was
    expect(dims.map((d) => d.id)).toEqual(['z', 'x', 'y']);
  });

  it('keeps the file order of pyramid questions without level numbers', () => {
    expect(buildQuestionnaire(model, dims).pyramid.map((p) => p.level)).toEqual(['l3', 'l1', 'lx', 'l2', 'l5']);
  });
});

describe('checkAnswers: how a dropped value is shown', () => {
  it('strings in quotes as stored, numbers as they are, objects as JSON, a missing value as undefined', () => {
    const { answers, problems } = checkAnswers(Q, {
      ratings: { a: { s1: 'say "7"', s2: 7, s3: undefined }, b: { s1: { x: 1 } } },
      pyramid: {},
    });
    expect(answers).toEqual(emptyAnswers());
    const rule = 'an answer must be a whole number from 1 to 5 or "dontKnow"';
    expect(problems).toEqual([
      // the text between the quotes as it was stored (not JSON-escaped as "say \"7\"")
      `the answer to "A", statement "s1" is "say "7""; ${rule}`,
      `the answer to "A", statement "s2" is 7; ${rule}`,
      `the answer to "A", statement "s3" is undefined; ${rule}`,
      // an object as JSON, not "[object Object]"
      `the answer to "B", statement "s1" is {"x":1}; ${rule}`,
    ]);
  });
});

const entry = (date: string, scores: Record<string, number | null>, overall: number | null): HistoryEntry => ({
  date,
  version: 3,
  answers: 'v=3&a=___-__-__-_&p=_____',
  scores,
  overall,
  pyramidLevel: 0,
});

describe('history', () => {
  it('nothing stored is no problem; something that is not a list is', () => {
    expect(checkHistory(undefined)).toEqual({ entries: [], problems: [] });
    expect(checkHistory(null)).toEqual({ entries: [], problems: [] });
    expect(checkHistory('[]')).toEqual({ entries: [], problems: ['the saved history is not a list, so it was ignored'] });
  });
  it('counts the entries it could not read', () => {
    const good = entry('2025-01-01T00:00:00.000Z', { a: 50 }, 50);
    expect(checkHistory([good])).toEqual({ entries: [good], problems: [] });
    expect(checkHistory([good, { date: 'yesterday' }, 7])).toEqual({
      entries: [good],
      problems: ['2 saved result(s) could not be read and were ignored'],
    });
  });
  it('a change to or from an unscored dimension is no number', () => {
    // a: unscored before → null; b: 40 → 70 = +30; c: 60 → unscored after → null; overall 40 → 55 = +15
    const c = compareEntries(
      Q,
      entry('2025-01-01T00:00:00.000Z', { a: null, b: 40, c: 60 }, 40),
      entry('2025-02-01T00:00:00.000Z', { a: 60, b: 70, c: null }, 55),
    );
    expect(c.dimensions.slice(0, 3).map((d) => d.change)).toEqual([null, 30, null]);
    expect(c.overall.change).toBe(15);
  });
  it('two entries from the same moment keep the order given', () => {
    const a = entry('2025-01-01T00:00:00.000Z', { a: 10 }, 10);
    const b = entry('2025-01-01T00:00:00.000Z', { a: 20 }, 20);
    const c = compareEntries(Q, a, b);
    expect(c.earlier).toBe(a);
    expect(c.later).toBe(b);
  });
});

describe('weakestDimensions: ties', () => {
  it('equal scores: heavier first, then questionnaire order', () => {
    // every statement of every dimension rated 3 → every dimension scores 50; a weighs 2, b, c, d weigh 1
    const ratings = Object.fromEntries(Q.dimensions.map((d) => [d.id, Object.fromEntries(d.statements.map((s) => [s.id, 3 as const]))]));
    const r = scoreAssessment(Q, { ratings, pyramid: {} });
    expect(r.weakest.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });
  it('a heavier dimension later in the questionnaire still comes first', () => {
    // b and d both rated 3 → 50 each; d is made heavier (3 against 1), so d before b
    const q = { ...Q, dimensions: Q.dimensions.map((d) => (d.id === 'd' ? { ...d, weight: 3 } : d)) };
    // a all 5 → 100 holds the overall (3 of 4 dimensions hold) but has no room to improve, so it is not listed
    const r = scoreAssessment(q, { ratings: { a: { s1: 5, s2: 5, s3: 5 }, b: { s1: 3, s2: 3 }, d: { s1: 3 } }, pyramid: {} });
    expect(r.weakest.map((d) => d.id)).toEqual(['d', 'b']);
  });
});

describe('buildExport', () => {
  it('no answers: no overall score and no stage', () => {
    const result = scoreAssessment(Q, emptyAnswers());
    const doc = buildExport(Q, emptyAnswers(), result, new Date('2025-03-01T12:00:00Z'));
    expect(doc.overall).toBeNull();
    expect(doc.stage).toBeNull();
  });
});

describe('aggregateTeam', () => {
  const dimension = (id: string, score: number | null): DimensionScore => ({
    id,
    title: id.toUpperCase(),
    weight: 1,
    failures: [],
    score,
    rated: score === null ? 0 : 1,
    dontKnow: 0,
    total: 1,
    needed: 1,
    holds: score !== null,
  });
  const person = (scores: Record<string, number | null>, overall: number | null): AssessmentResult => ({
    dimensions: Object.entries(scores).map(([id, s]) => dimension(id, s)),
    overall,
    holds: true,
    dimensionsHolding: Object.values(scores).filter((s) => s !== null).length,
    dimensionsNeeded: 1,
    stage: null,
    pyramidLevel: 0,
    pyramid: { level: 0, settled: false, levels: [] },
    weakest: [],
  });

  it('a result without a dimension counts as not scoring it; disagreements widest first', () => {
    // a: 0 and 50 → mean 25, SD 25; b: 0 and 100 → SD 50; c: 40 and 40 → SD 0; d: only the second person, 10 → n 1
    // threshold 20: a (25) and b (50) are flagged, b first; overall 20 and 60 → mean 40, SD 20
    const team = aggregateTeam(Q, [person({ a: 0, b: 0, c: 40 }, 20), person({ a: 50, b: 100, c: 40, d: 10 }, 60)]);
    expect(team.dimensions.map((d) => [d.id, d.n, d.mean, d.sd, d.flagged])).toEqual([
      ['a', 2, 25, 25, true],
      ['b', 2, 50, 50, true],
      ['c', 2, 40, 0, false],
      ['d', 1, 10, 0, false],
    ]);
    expect(team.disagreements.map((d) => d.id)).toEqual(['b', 'a']);
    expect(team.overall).toEqual({ n: 2, mean: 40, sd: 20, min: 20, max: 60 });
  });
});

describe('share links that are nearly right', () => {
  const empty = 'a=___-__-__-_&p=_____';
  it('the version must be a whole number without leading zeros or a tail', () => {
    const msg = (v: string) => `This link cannot be used: the questionnaire version (v) must be a whole number such as 1, not "${v}".`;
    expect(decodeShare(Q, `v=03&${empty}`)).toEqual({ ok: false, error: msg('03') });
    expect(decodeShare(Q, `v=3x&${empty}`)).toEqual({ ok: false, error: msg('3x') });
  });
  it('a version of several digits is read', () => {
    expect(decodeShare({ ...Q, version: 12 }, `v=12&${empty}`)).toEqual({ ok: true, answers: emptyAnswers() });
  });
  it('unanswered pyramid questions leave no key behind', () => {
    const r = decodeShare(Q, `v=3&a=___-__-__-_&p=y_n__`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.answers.pyramid)).toEqual(['l1', 'l3']);
  });
  it('reads a link that is only a query ("?v=…")', () => {
    // "?v=3" → fragment "v=3": a version but no answers, so the missing answers are named
    expect(decodeShare(Q, '?v=3')).toEqual({
      ok: false,
      error: 'This link cannot be used: the answers (a) are missing; the pyramid answers (p) are missing.',
    });
  });
  it('each problem is a custom issue on the field it is about', () => {
    const issues = (raw: Record<string, string>) =>
      sharePayloadSchema(Q)
        .safeParse(raw)
        .error!.issues.map((i) => [i.code, i.path]);
    expect(issues({ v: '2', a: '', p: '' })).toEqual([['custom', ['v']]]);
    expect(issues({ v: '4', a: '', p: '' })).toEqual([['custom', ['v']]]);
    // one dimension instead of four, and no pyramid answers
    expect(issues({ v: '3', a: '___', p: '' })).toEqual([
      ['custom', ['a']],
      ['custom', ['p']],
    ]);
    // four groups, the first one answer short
    expect(issues({ v: '3', a: '__-__-__-_', p: '_____' })).toEqual([['custom', ['a']]]);
  });
});
