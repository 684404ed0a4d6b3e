// The workshop's pure logic against cases worked out by hand: three people on the small
// questionnaire Q (a: weight 2, 3 statements; b, c: 2 statements; d: 1), the order of discussion,
// each person's position, the pyramid counts, the CSV rows, finding links in a file, and sessions
// read back from storage.
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../../src/calculators/assessment/answers.ts';
import {
  checkSessions,
  isOverdue,
  newSession,
  previousWithActions,
  type WorkshopSession,
} from '../../../../src/calculators/assessment/session.ts';
import { decodeShare, encodeAnswers, findShareLinks } from '../../../../src/calculators/assessment/share.ts';
import { reviewEventText, workshopCsvRows, workshopJson } from '../../../../src/calculators/assessment/workshop-export.ts';
import { orderByDisagreement, sessionScores, stackDots, summariseWorkshop } from '../../../../src/calculators/assessment/workshop.ts';
import { toCsv } from '../../../../src/lib/browser/csv.ts';
import { Q } from './fixture.ts';

// Person 1: a 1 1 1 -> 0; b 3 3 -> 50; c 5 5 -> 100; d 3 -> 50. Pyramid yes, yes, no.
// Person 2: a 3 3 3 -> 50; b 3 3 -> 50; c 4 4 -> 75; d "don't know" -> unscored. Pyramid yes, no, yes.
// Person 3: a 5 5 "don't know" -> 100 (2 of 3 rated: holds); b 4 4 -> 75; c 4 5 -> 87.5; d 5 -> 100.
//           Pyramid yes, yes, yes, yes, "don't know".
const P1: AssessmentAnswers = {
  ratings: { a: { s1: 1, s2: 1, s3: 1 }, b: { s1: 3, s2: 3 }, c: { s1: 5, s2: 5 }, d: { s1: 3 } },
  pyramid: { l1: 'yes', l2: 'yes', l3: 'no' },
};
const P2: AssessmentAnswers = {
  ratings: { a: { s1: 3, s2: 3, s3: 3 }, b: { s1: 3, s2: 3 }, c: { s1: 4, s2: 4 }, d: { s1: 'dontKnow' } },
  pyramid: { l1: 'yes', l2: 'no', l3: 'yes' },
};
const P3: AssessmentAnswers = {
  ratings: { a: { s1: 5, s2: 5, s3: 'dontKnow' }, b: { s1: 4, s2: 4 }, c: { s1: 4, s2: 5 }, d: { s1: 5 } },
  pyramid: { l1: 'yes', l2: 'yes', l3: 'yes', l4: 'yes', l5: 'dontKnow' },
};
const summary = summariseWorkshop(Q, [P1, P2, P3]);
const byId = (id: string) => summary.dimensions.find((d) => d.id === id)!;

describe('summariseWorkshop: three people', () => {
  it('orders the dimensions widest disagreement first', () => {
    // a: 0, 50, 100 -> mean 50, SD sqrt((50² + 0² + 50²) / 3) = sqrt(1666.67) = 40.82
    // d: 50, 100 (person 2 unscored) -> mean 75, SD 25
    // b: 50, 50, 75 -> mean 58.33, deviations -8.33, -8.33, 16.67 -> SD sqrt(416.67 / 3) = 11.79
    // c: 100, 75, 87.5 -> mean 87.5, deviations 12.5, -12.5, 0 -> SD sqrt(312.5 / 3) = 10.21
    expect(summary.dimensions.map((d) => d.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(byId('a')).toMatchObject({ n: 3, mean: 50, min: 0, max: 100, range: 100, flagged: true, scores: [0, 50, 100] });
    expect(byId('a').sd).toBeCloseTo(Math.sqrt(5000 / 3), 10);
    expect(byId('d')).toMatchObject({ n: 2, mean: 75, sd: 25, range: 50, flagged: true, scores: [50, 100] });
    expect(byId('b').mean).toBeCloseTo(175 / 3, 10);
    expect(byId('b').sd).toBeCloseTo(Math.sqrt(1250 / 9 / 1), 10); // (69.44 + 69.44 + 277.78) / 3 = 138.89 = 1250 / 9
    expect(byId('b')).toMatchObject({ scores: [50, 50, 75], range: 25, flagged: false });
    expect(byId('c').sd).toBeCloseTo(Math.sqrt(312.5 / 3), 10);
    expect(byId('c').scores).toEqual([75, 87.5, 100]);
  });

  it('gives each person a position without their name or the order of pasting: the scores sorted', () => {
    // the same people pasted in another order give the same picture
    expect(summariseWorkshop(Q, [P3, P1, P2])).toEqual(summary);
  });

  it('averages the overall scores that hold', () => {
    // person 1: (2 x 0 + 50 + 100 + 50) / 5 = 40; person 2: (2 x 50 + 50 + 75) / 4 = 56.25 (d unscored, 3 of 4 hold);
    // person 3: (2 x 100 + 75 + 87.5 + 100) / 5 = 92.5. Mean 188.75 / 3 = 62.92.
    expect(summary.overall.n).toBe(3);
    expect(summary.overall.mean).toBeCloseTo(188.75 / 3, 10);
    expect([summary.overall.min, summary.overall.max]).toEqual([40, 92.5]);
  });

  it('orders the statements of a dimension by how divided the answers were', () => {
    // a s1: 1, 3, 5 -> 0, 50, 100, SD 40.82; s2 the same (questionnaire order kept); s3: 1, 3 and a "don't know" -> SD 25
    const a = byId('a').statements;
    expect(a.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(a[0]).toMatchObject({ ratings: [1, 0, 1, 0, 1], dontKnow: 0, unanswered: 0 });
    expect(a[2]).toMatchObject({ ratings: [1, 0, 1, 0, 0], dontKnow: 1, unanswered: 0, sd: 25 });
    // d: one rating from each of persons 1 and 3 (3 and 5 -> 50 and 100: SD 25), person 2 "don't know"
    expect(byId('d').statements[0]).toMatchObject({ ratings: [0, 0, 1, 0, 1], dontKnow: 1, sd: 25 });
  });

  it('counts the pyramid answers per level, and for how many each level is met', () => {
    // Levels reached: person 1 -> 2 (no at 3); person 2 -> 1 (no at 2); person 3 -> 4 ("don't know" at 5).
    expect(summary.pyramid.map((p) => [p.number, p.met, p.yes, p.no, p.dontKnow, p.unanswered])).toEqual([
      [1, 3, 3, 0, 0, 0],
      [2, 2, 2, 1, 0, 0],
      // level 3: persons 2 and 3 say yes, but for person 2 it is not met (level 2 is "no")
      [3, 1, 2, 1, 0, 0],
      [4, 1, 1, 0, 0, 2],
      [5, 0, 0, 0, 1, 2],
    ]);
  });

  it('keeps the means for the trend', () => {
    const kept = sessionScores(summary);
    expect(kept.scores).toEqual({ a: 50, b: 175 / 3, c: 87.5, d: 75 });
    expect(kept.overall).toBeCloseTo(188.75 / 3, 10);
  });

  it('counts nobody for a dimension whose answers do not hold, and has no spread with one person', () => {
    // one person rating a only once (1 of 3): their a does not hold
    const s = summariseWorkshop(Q, [{ ratings: { a: { s1: 5 } }, pyramid: {} }]);
    expect(s.dimensions.every((d) => d.n === 0 && d.mean === null && d.scores.length === 0 && d.range === null)).toBe(true);
    expect(s.overall).toEqual({ n: 0, mean: null, sd: null, min: null, max: null });
  });
});

describe('orderByDisagreement: ties', () => {
  const dim = (id: string, n: number, sd: number | null, range: number | null, mean: number | null) => ({ id, n, sd, range, mean });
  it('wider spread first; then wider range; then lower mean; then questionnaire order', () => {
    const dims = [
      dim('q1', 3, 10, 25, 60),
      dim('q2', 3, 20, 40, 50),
      dim('q3', 3, 10, 30, 70), // same spread as q1, wider range: before q1
      dim('q4', 3, 10, 25, 40), // same spread and range as q1, lower mean: before q1
      dim('q5', 3, 10, 25, 60), // the same as q1 in every way: after it
    ];
    expect(orderByDisagreement(dims).map((d) => d.id)).toEqual(['q2', 'q3', 'q4', 'q1', 'q5']);
  });
  it('dimensions with fewer than two people go last, whatever their numbers', () => {
    const dims = [dim('one', 1, 0, 0, 10), dim('none', 0, null, null, null), dim('agree', 3, 0, 0, 80)];
    // "agree" has spread 0 among three people, which still says more than one person's score
    expect(orderByDisagreement(dims).map((d) => d.id)).toEqual(['agree', 'one', 'none']);
  });
});

describe('stackDots', () => {
  it('puts each dot on the lowest free row among neighbours within 3 points', () => {
    // 50 and 50 collide (row 0, row 1); 52 is within 3 of both (row 2); 75 and 100 are free
    expect(stackDots([75, 50, 52, 50, 100])).toEqual([
      { x: 50, row: 0 },
      { x: 50, row: 1 },
      { x: 52, row: 2 },
      { x: 75, row: 0 },
      { x: 100, row: 0 },
    ]);
    expect(stackDots([])).toEqual([]);
  });
});

describe('findShareLinks: links in a file', () => {
  it('takes only the three parameters from any text, never the names beside them', () => {
    const text = [
      'name,link',
      'Alice Example,https://cx.example.org/tools/assessment/#v=1&a=333-4_&p=yy___',
      '"Bob, Jr.";#v=1&a=555-55&p=yyyyy',
      '{"shareLink": "http://127.0.0.1/tools/assessment/#v=1&a=111-11&p=nnnnn"}',
      'no link here: v=1 only',
    ].join('\n');
    expect(findShareLinks(text)).toEqual(['v=1&a=333-4_&p=yy___', 'v=1&a=555-55&p=yyyyy', 'v=1&a=111-11&p=nnnnn']);
    expect(findShareLinks('')).toEqual([]);
  });
});

const session: WorkshopSession = {
  ...newSession('s-1', '2026-03-02', 3),
  name: 'Q1 review',
  team: 'Support, Sales',
  answers: [P1, P2, P3].map((p) => encodeAnswers(Q, p)),
  people: 3,
  nextReview: '2026-06-01',
  actions: [
    { id: 'x1', text: 'Name one owner for a', owner: 'Dana', due: '2026-04-30', dimension: 'a', status: 'open' },
    { id: 'x2', text: '=SUM(evil)', owner: '', due: '', dimension: '', status: 'done' },
  ],
};

describe('exports', () => {
  it('CSV: the session, dimensions in the order of discussion, overall, pyramid and actions, scores with one decimal', () => {
    const rows = workshopCsvRows(Q, session, summary);
    expect(rows).toEqual([
      ['Session', 'Q1 review'],
      ['Date', '2026-03-02'],
      ['Team', 'Support, Sales'],
      ['People', 3],
      ['Next review', '2026-06-01'],
      [],
      ['Dimension', 'People counted', 'Mean (points)', 'Spread (SD, points)', 'Lowest', 'Highest', 'Wide disagreement'],
      ['A', 3, 50, 40.8, 0, 100, 'yes'], // SD 40.82
      ['D', 2, 75, 25, 50, 100, 'yes'],
      ['B', 3, 58.3, 11.8, 50, 75, 'no'], // 58.33, 11.79
      ['C', 3, 87.5, 10.2, 75, 100, 'no'], // SD 10.21
      // overall: 62.92; deviations -22.92, -6.67, 29.58 -> SD sqrt((525.17 + 44.44 + 875.17) / 3) = sqrt(481.6) = 21.95
      ['Overall', 3, 62.9, 21.9, 40, 92.5, ''],
      [],
      ['Pyramid level', 'Met (yes here and below)', 'Yes', 'No', "Don't know", 'No answer'],
      ['Level 1', 3, 3, 0, 0, 0],
      ['Level 2', 2, 2, 1, 0, 0],
      ['Level 3', 1, 2, 1, 0, 0],
      ['Level 4', 1, 1, 0, 0, 2],
      ['Level 5', 0, 0, 0, 1, 2],
      [],
      ['Action', 'Owner', 'Due', 'Dimension', 'Status'],
      ['Name one owner for a', 'Dana', '2026-04-30', 'A', 'open'],
      ['=SUM(evil)', '', '', '', 'done'],
    ]);
    // Written out: the team's comma quoted, the formula-like action defused, CRLF line ends.
    const text = toCsv(rows);
    expect(text.split('\r\n').slice(0, 3)).toEqual(['Session,Q1 review', 'Date,2026-03-02', 'Team,"Support, Sales"']);
    expect(text).toContain("\r\n'=SUM(evil),,,,done\r\n");
  });

  it('JSON: the session, the summary and the answers, with no name of a participant', () => {
    const doc = workshopJson(Q, session, summary, new Date('2026-03-02T17:00:00Z'));
    expect(doc).toMatchObject({
      tool: 'cx-maturity-workshop',
      questionnaireVersion: 3,
      exported: '2026-03-02T17:00:00.000Z',
      session: { name: 'Q1 review', date: '2026-03-02', team: 'Support, Sales', nextReview: '2026-06-01' },
      people: 3,
    });
    expect(doc.dimensions[0]).toMatchObject({
      id: 'a',
      title: 'A',
      people: 3,
      mean: 50,
      min: 0,
      max: 100,
      flagged: true,
      scores: [0, 50, 100],
    });
    expect(doc.actions[0]).toEqual({ ...session.actions[0], dimensionTitle: 'A' });
    // The answers read back into the same people.
    expect(doc.answers.map((f) => decodeShare(Q, f))).toEqual([P1, P2, P3].map((answers) => ({ ok: true, answers })));
  });

  it('the calendar event lists the open actions with owner and due date', () => {
    expect(reviewEventText(session, 'https://cx.example.org/assessment/workshop/')).toEqual({
      summary: 'CX maturity review: Q1 review (Support, Sales)',
      description: [
        'Next run of the CX maturity self-assessment after “Q1 review”, held on 2026-03-02.',
        'Everyone answers privately first and sends their share link; then check the actions below.',
        '',
        'Actions to check:',
        '- Name one owner for a (Dana, due 2026-04-30)',
        '',
        'Workshop page: https://cx.example.org/assessment/workshop/',
      ].join('\n'),
    });
    const bare = reviewEventText({ ...newSession('s-2', '2026-05-01', 3) }, 'https://x.example/');
    expect(bare.summary).toBe('CX maturity review');
    expect(bare.description).toBe(
      'Next run of the CX maturity self-assessment, held on 2026-05-01.\nEveryone answers privately first and sends their share link; then check the actions below.\n\nWorkshop page: https://x.example/',
    );
  });
});

describe('sessions kept in the browser', () => {
  it('keeps readable sessions by date, drops the rest and repeats of an id, and says how many', () => {
    const later = { ...session, id: 's-2', date: '2026-06-01' };
    const broken = { ...session, id: 's-3', date: 'June' };
    const badAction = { ...session, id: 's-4', actions: [{ ...session.actions[0], status: 'maybe' }] };
    expect(checkSessions([later, session, broken, badAction, { ...session }])).toEqual({
      sessions: [session, later],
      problems: ['3 saved workshop sessions could not be read and were ignored'],
    });
    expect(checkSessions([session, 7])).toEqual({
      sessions: [session],
      problems: ['1 saved workshop session could not be read and was ignored'],
    });
    expect(checkSessions(undefined)).toEqual({ sessions: [], problems: [] });
    expect(checkSessions('x')).toEqual({ sessions: [], problems: ['the saved workshop sessions are not a list, so they were ignored'] });
  });

  it('finds the last earlier session with actions, and open actions past their date', () => {
    const next = { ...newSession('s-9', '2026-06-01', 3) };
    expect(previousWithActions([session, next], next)).toBe(session);
    expect(previousWithActions([session, next], session)).toBeNull();
    expect(isOverdue(session.actions[0]!, '2026-05-01')).toBe(true);
    expect(isOverdue(session.actions[0]!, '2026-04-30')).toBe(false); // due today is not overdue
    expect(isOverdue(session.actions[1]!, '2027-01-01')).toBe(false); // done, and no date
  });
});
