// The assessment over time, worked by hand: runs and sessions on one line, what changed, the last
// session, and where a series is drawn.
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../src/calculators/assessment/history.ts';
import { newSession, type WorkshopSession } from '../../../../src/calculators/assessment/session.ts';
import { changesBetween, lastSession, trendGeometry, trendPoints, trendSeries } from '../../../../src/calculators/assessment/trend.ts';
import { Q } from './fixture.ts';

const run = (date: string, scores: Record<string, number | null>, overall: number | null): HistoryEntry => ({
  date,
  version: 3,
  answers: 'v=3&a=___-__-__-_&p=_____',
  scores,
  overall,
  pyramidLevel: 0,
});
const session = (
  id: string,
  date: string,
  scores: Record<string, number | null>,
  overall: number | null,
  people: number,
): WorkshopSession => ({
  ...newSession(id, date, 3),
  name: `Session ${id}`,
  scores,
  overall,
  people,
});

const january = run('2026-01-10T09:00:00.000Z', { a: 25, b: 50, c: null, d: 75 }, 37.5);
const march = session('m', '2026-03-02', { a: 50, b: 50, c: 40, d: 75 }, 53, 4);
const marchRun = run('2026-03-02T16:00:00.000Z', { a: 75, b: 25, c: 60, d: 75 }, 60);
const empty = session('e', '2026-02-01', {}, null, 0);

describe('trendPoints', () => {
  it('puts runs and sessions in date order, a session before a run of the same day, and leaves out sessions nobody answered', () => {
    const points = trendPoints([marchRun, january], [empty, march]);
    expect(points.map((p) => [p.kind, p.date])).toEqual([
      ['run', '2026-01-10T09:00:00.000Z'],
      ['session', '2026-03-02'],
      ['run', '2026-03-02T16:00:00.000Z'],
    ]);
    expect(points[1]).toMatchObject({ name: 'Session m', people: 4, overall: 53 });
  });
});

describe('trendSeries', () => {
  it('gives the overall line first, then one per dimension, null where unscored', () => {
    const series = trendSeries(Q, trendPoints([january, marchRun], [march]));
    expect(series.map((s) => [s.id, s.values])).toEqual([
      ['overall', [37.5, 53, 60]],
      ['a', [25, 50, 75]],
      ['b', [50, 50, 25]],
      ['c', [null, 40, 60]],
      ['d', [75, 75, 75]],
    ]);
  });
});

describe('changesBetween', () => {
  it('states each change as later minus earlier, largest move first, unscored ones last', () => {
    // from the March session to the March run: a 50 -> 75 (+25), b 50 -> 25 (-25), c 40 -> 60 (+20), d 75 -> 75 (0)
    // a and b move by 25 each: the rise first; overall 53 -> 60 = +7
    const [from, to] = [trendPoints([], [march])[0]!, trendPoints([marchRun], [])[0]!];
    const c = changesBetween(Q, from, to);
    expect(c.overall).toEqual({ id: 'overall', title: 'Overall', before: 53, after: 60, change: 7 });
    expect(c.dimensions.map((d) => [d.id, d.change])).toEqual([
      ['a', 25],
      ['b', -25],
      ['c', 20],
      ['d', 0],
    ]);
  });
  it('a dimension unscored on either side has no change and goes last', () => {
    // January to March session: c was unscored in January
    const [from, to] = trendPoints([january], [march]);
    expect(changesBetween(Q, from!, to!).dimensions.map((d) => [d.id, d.change])).toEqual([
      ['a', 25],
      ['b', 0],
      ['d', 0],
      ['c', null],
    ]);
  });
});

describe('lastSession', () => {
  it('is the latest session with people or actions; none when there is none', () => {
    expect(lastSession([march, empty])).toBe(march);
    const later = session('l', '2026-06-01', {}, null, 0);
    expect(lastSession([march, later])).toBe(march); // nothing in June's yet
    const withActions = { ...later, actions: [{ id: 'x', text: 'Do it', owner: '', due: '', dimension: '', status: 'open' as const }] };
    expect(lastSession([march, withActions])).toBe(withActions);
    expect(lastSession([])).toBeNull();
  });
});

describe('trendGeometry', () => {
  it('spreads points evenly on 0-100, y = 100 - score, and breaks the line at an unscored point', () => {
    // five points: x = 0, 25, 50, 75, 100; the third unscored
    expect(trendGeometry([40, 50, null, 80, 100])).toEqual({
      points: [
        { x: 0, y: 60, index: 0 },
        { x: 25, y: 50, index: 1 },
        { x: 75, y: 20, index: 3 },
        { x: 100, y: 0, index: 4 },
      ],
      segments: ['0,60 25,50', '75,20 100,0'],
    });
  });
  it('one point sits in the middle and draws no line; three points step by 50', () => {
    expect(trendGeometry([30])).toEqual({ points: [{ x: 50, y: 70, index: 0 }], segments: [] });
    expect(trendGeometry([null, 10, null]).segments).toEqual([]);
    expect(trendGeometry([0, 100 / 3, 100]).segments).toEqual(['0,100 50,66.667 100,0']);
  });
});
