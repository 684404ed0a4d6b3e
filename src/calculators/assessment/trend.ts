// The assessment over time: your saved results (runs) and the team workshops kept in this browser
// (sessions, the team's means) put on one line per score, what changed between the last two, and
// where each point sits on a small chart. Pure: the island reads storage and draws.
import type { HistoryEntry } from './history.ts';
import type { Questionnaire } from './questionnaire.ts';
import type { WorkshopSession } from './session.ts';

/** One point of the trend: a saved result or a workshop session. */
export interface TrendPoint {
  /** ISO 8601: a run's date-time, a session's date. */
  date: string;
  kind: 'run' | 'session';
  /** Score per dimension id, points 0-100; null or missing = unscored. */
  scores: Record<string, number | null>;
  overall: number | null;
  /** A session's name; empty for a run. */
  name: string;
  /** People counted in a session; 1 for a run. */
  people: number;
}

/**
 * Runs and sessions as one series, earliest first. Sessions with nobody counted are left out;
 * a run and a session on the same day keep the session first (its date has no time of day).
 */
export function trendPoints(history: readonly HistoryEntry[], sessions: readonly WorkshopSession[]): TrendPoint[] {
  const runs = history.map((e): TrendPoint => ({ date: e.date, kind: 'run', scores: e.scores, overall: e.overall, name: '', people: 1 }));
  const team = sessions
    .filter((s) => s.people > 0)
    .map((s): TrendPoint => ({ date: s.date, kind: 'session', scores: s.scores, overall: s.overall, name: s.name, people: s.people }));
  return [...runs, ...team].sort((a, b) => a.date.localeCompare(b.date));
}

/** One score's values across the points, in point order (null where it was unscored). */
export interface TrendSeries {
  id: string;
  title: string;
  values: (number | null)[];
}

/** The overall series first, then one per dimension of the current questionnaire. */
export function trendSeries(q: Questionnaire, points: readonly TrendPoint[]): TrendSeries[] {
  return [
    { id: 'overall', title: 'Overall', values: points.map((p) => p.overall) },
    ...q.dimensions.map((d) => ({ id: d.id, title: d.title, values: points.map((p) => p.scores[d.id] ?? null) })),
  ];
}

/** A score then and now; `change` = now - then, null when either is unscored. */
export interface TrendChange {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  change: number | null;
}

/**
 * What changed from one point to a later one: the overall score, then the dimensions whose
 * change can be stated, largest move first (rises before falls of the same size, then
 * questionnaire order), then those that cannot ("not comparable").
 */
export function changesBetween(q: Questionnaire, from: TrendPoint, to: TrendPoint): { overall: TrendChange; dimensions: TrendChange[] } {
  const change = (id: string, title: string, before: number | null, after: number | null): TrendChange => ({
    id,
    title,
    before,
    after,
    change: before === null || after === null ? null : after - before,
  });
  const dims = q.dimensions.map((d, i) => ({ c: change(d.id, d.title, from.scores[d.id] ?? null, to.scores[d.id] ?? null), i }));
  dims.sort((a, b) => {
    const x = a.c.change;
    const y = b.c.change;
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.i - b.i;
    return Math.abs(y) - Math.abs(x) || y - x || a.i - b.i;
  });
  return { overall: change('overall', 'Overall', from.overall, to.overall), dimensions: dims.map(({ c }) => c) };
}

/** The latest session that has something in it (by date; the same date keeps the later one in the list). */
export function lastSession(sessions: readonly WorkshopSession[]): WorkshopSession | null {
  let last: WorkshopSession | null = null;
  for (const s of sessions) if (s.people > 0 || s.actions.length > 0) if (!last || s.date >= last.date) last = s;
  return last;
}

/**
 * Where a series is drawn on a 100 x 100 box: x spreads the points evenly (one point sits in the
 * middle), y is 100 - score (0 at the bottom). Lines run between consecutive scored points only:
 * an unscored point breaks the line.
 */
export function trendGeometry(values: readonly (number | null)[]): {
  points: { x: number; y: number; index: number }[];
  segments: string[];
} {
  const n = values.length;
  const xOf = (i: number) => (n === 1 ? 50 : (i / (n - 1)) * 100);
  const points = values.flatMap((v, i) => (v === null ? [] : [{ x: xOf(i), y: 100 - v, index: i }]));
  const segments: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
    } else run.push(`${round(xOf(i))},${round(100 - v)}`);
  });
  if (run.length > 1) segments.push(run.join(' '));
  return { points, segments };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
