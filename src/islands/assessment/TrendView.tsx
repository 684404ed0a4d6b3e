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
import { formatChange, formatScore } from './words.ts';

export interface TrendViewProps {
  q: Questionnaire;
  entries: readonly HistoryEntry[];
  locale: string;
  workshopHref: string;
}

/** "10 Jan 2026, 09:00" for a run, "2 March 2026, team" for a session. */
const pointLabel = (p: TrendPoint, locale: string) =>
  p.kind === 'run' ? formatDateTime(p.date, locale) : `${formatLongDate(new Date(`${p.date}T12:00:00Z`), locale)}, team`;

/** Each point's label, numbered where two would read the same: "…, 09:00", "…, 09:00 (2)". */
function pointLabels(points: readonly TrendPoint[], locale: string): string[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const label = pointLabel(p, locale);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}

const changeLine = (c: TrendChange, locale: string) =>
  `${c.title}: ${formatScore(c.before, locale)} → ${formatScore(c.after, locale)} (${formatChange(c.change, locale)})`;

export function TrendView({ q, entries, locale, workshopHref }: TrendViewProps) {
  const sessions = useStoredSessions();
  const points = useMemo(() => trendPoints(entries, sessions), [entries, sessions]);
  const series = useMemo(() => trendSeries(q, points), [q, points]);
  const labels = pointLabels(points, locale);
  const last = lastSession(sessions);
  const since = points.length > 1 ? changesBetween(q, points.at(-2)!, points.at(-1)!) : null;

  return (
    <section className="as-trend" aria-labelledby="as-trend-title" data-chart="ready">
      <h3 id="as-trend-title">Over time</h3>
      {points.length < 2 ? (
        <p data-testid="trend-empty">
          The trend appears once there are two results to draw: save your result after each run, and{' '}
          <a href={workshopHref}>team workshops</a> held in this browser join it with the team's mean.
        </p>
      ) : (
        <>
          <p>
            Your saved results (circles) and team workshops (squares: the team's mean), spaced evenly in date order; a line breaks where a
            score was missing. Scores are points from 0 to 100.
          </p>
          <TrendChart points={points} series={series} labels={labels} />
          <DataTable
            className="as-table"
            stack
            data-testid="trend-table"
            caption="Scores over time (points 0 to 100)"
            columns={['Score', ...labels]}
            rows={series.map((s) => ({
              key: s.id,
              attributes: s.id === 'overall' ? { className: 'as-total' } : {},
              head: s.title,
              cells: s.values.map((v) => formatScore(v, locale)),
            }))}
          />
          {since && (
            <div data-testid="changes-since">
              <h4>
                What changed since {labels.at(-2)} (to {labels.at(-1)})
              </h4>
              <ul>
                <li>
                  <strong>{changeLine(since.overall, locale)}</strong>
                </li>
                {since.dimensions
                  .filter((d) => d.change !== null && Math.round(d.change * 10) !== 0)
                  .map((d) => (
                    <li key={d.id}>{changeLine(d, locale)}</li>
                  ))}
              </ul>
              <p className="as-muted">
                {since.dimensions.filter((d) => d.change !== null && Math.round(d.change * 10) === 0).length} dimension(s) did not move;{' '}
                {since.dimensions.filter((d) => d.change === null).length} could not be compared (scored only once).
              </p>
            </div>
          )}
        </>
      )}
      {last && last.actions.length > 0 && (
        <div data-testid="last-actions">
          <h4>
            Actions from the last workshop ({last.name ? `${last.name}, ` : ''}
            {last.date})
          </h4>
          <ul>
            {last.actions.map((a) => (
              <li key={a.id} data-status={a.status}>
                {a.text}
                {a.owner ? `, ${a.owner}` : ''}
                {a.due ? `, due ${a.due}` : ''}: <strong>{a.status}</strong>
                {isOverdue(a, today()) ? ' (overdue)' : ''}
              </li>
            ))}
          </ul>
          <p>
            <a href={workshopHref}>Update their status on the workshop page.</a>
          </p>
        </div>
      )}
    </section>
  );
}
