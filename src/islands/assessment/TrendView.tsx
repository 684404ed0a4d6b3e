// The history over time: a trend of the overall and each dimension's score across your saved
// results and the team workshops kept in this browser, what changed between the last two, and
// the actions from the last workshop with their status. This module, the chart with it, is
// loaded with import() when the history comes into view (LazyTrend in HistoryView.tsx); the table
// has the same figures as the chart.
import { useMemo } from 'react';
import type { HistoryEntry } from '../../calculators/assessment/history.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import { isOverdue } from '../../calculators/assessment/session.ts';
import {
  changesBetween,
  lastSession,
  trendPoints,
  trendSeries,
  type TrendChange,
  type TrendPoint,
} from '../../calculators/assessment/trend.ts';
import { formatDateTime, formatLongDate } from '../../shared/format.ts';
import { today } from '../../lib/browser/today.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { TrendChart } from './TrendChart.tsx';
import { useStoredSessions } from './use-stored-sessions.ts';
import { aroundLink, formatChange, formatScore } from './words.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

export interface TrendViewProps {
  q: Questionnaire;
  w: AssessmentWords;
  entries: readonly HistoryEntry[];
  locale: string;
  workshopHref: string;
}

/** "10 Jan 2026, 09:00" for a run, "2 March 2026, team" for a session. */
const pointLabel = (p: TrendPoint, locale: string, w: AssessmentWords) =>
  p.kind === 'run' ? formatDateTime(p.date, locale) : fill(w.trendTeam, { date: formatLongDate(new Date(`${p.date}T12:00:00Z`), locale) });

/** Each point's label, numbered where two would read the same: "…, 09:00", "…, 09:00 (2)". */
function pointLabels(points: readonly TrendPoint[], locale: string, w: AssessmentWords): string[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const label = pointLabel(p, locale, w);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}

const changeLine = (c: TrendChange, locale: string, w: AssessmentWords) =>
  fill(w.trendChange, {
    title: c.title,
    before: formatScore(c.before, locale, w),
    after: formatScore(c.after, locale, w),
    change: formatChange(c.change, locale, w),
  });

const STATUS_WORD = { open: 'statusOpen', done: 'statusDone', dropped: 'statusDropped' } as const;

export function TrendView({ q, w, entries, locale, workshopHref }: TrendViewProps) {
  const sessions = useStoredSessions(w);
  const points = useMemo(() => trendPoints(entries, sessions), [entries, sessions]);
  const series = useMemo(() => trendSeries(q, points), [q, points]);
  const labels = pointLabels(points, locale, w);
  const [emptyBefore, emptyAfter] = aroundLink(w.trendEmpty);
  const last = lastSession(sessions);
  const since = points.length > 1 ? changesBetween(q, points.at(-2)!, points.at(-1)!) : null;

  return (
    <section className="as-trend" aria-labelledby="as-trend-title" data-chart="ready">
      <h3 id="as-trend-title">{w.trendTitle}</h3>
      {points.length < 2 ? (
        <p data-testid="trend-empty">
          {emptyBefore}
          <a href={workshopHref}>{w.trendEmptyLink}</a>
          {emptyAfter}
        </p>
      ) : (
        <>
          <p>{w.trendIntro}</p>
          <TrendChart points={points} series={series} labels={labels} />
          <DataTable
            className="as-table"
            stack
            data-testid="trend-table"
            caption={w.trendCaption}
            columns={[w.score, ...labels]}
            rows={series.map((s) => ({
              key: s.id,
              attributes: s.id === 'overall' ? { className: 'as-total' } : {},
              head: s.title,
              cells: s.values.map((v) => formatScore(v, locale, w)),
            }))}
          />
          {since && (
            <div data-testid="changes-since">
              <h4>{fill(w.trendSince, { from: labels.at(-2) ?? '', to: labels.at(-1) ?? '' })}</h4>
              <ul>
                <li>
                  <strong>{changeLine(since.overall, locale, w)}</strong>
                </li>
                {since.dimensions
                  .filter((d) => d.change !== null && Math.round(d.change * 10) !== 0)
                  .map((d) => (
                    <li key={d.id}>{changeLine(d, locale, w)}</li>
                  ))}
              </ul>
              <p className="as-muted">
                {fill(w.trendUnmoved, {
                  unmoved: since.dimensions.filter((d) => d.change !== null && Math.round(d.change * 10) === 0).length,
                  unscored: since.dimensions.filter((d) => d.change === null).length,
                })}
              </p>
            </div>
          )}
        </>
      )}
      {last && last.actions.length > 0 && (
        <div data-testid="last-actions">
          <h4>{fill(w.trendActions, { session: last.name ? fill(w.trendSession, { name: last.name, date: last.date }) : last.date })}</h4>
          <ul>
            {last.actions.map((a) => (
              <li key={a.id} data-status={a.status}>
                {a.text}
                {a.owner ? `, ${a.owner}` : ''}
                {a.due ? `, ${fill(w.trendDue, { date: a.due })}` : ''}: <strong>{w[STATUS_WORD[a.status]]}</strong>
                {isOverdue(a, today()) ? ` ${w.trendOverdue}` : ''}
              </li>
            ))}
          </ul>
          <p>
            <a href={workshopHref}>{w.trendUpdate}</a>
          </p>
        </div>
      )}
    </section>
  );
}
