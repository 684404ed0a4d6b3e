// Earlier results kept in this browser, with their dates; the trend across them and the team
// workshops (TrendView); and the change per dimension between any two of them.
import { useEffect, useState, type ComponentType } from 'react';
import { compareEntries, type HistoryEntry } from '../../calculators/assessment/history.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { TrendView, TrendViewProps } from './TrendView.tsx';
import { useNearView } from '../shared/use-near-view.ts';
import { formatChange, formatDate, formatScore } from './words.ts';
import { DataTable } from '../shared/DataTable.tsx';

interface Props {
  q: Questionnaire;
  entries: HistoryEntry[];
  locale: string;
  workshopHref: string;
  onDelete: (date: string) => void;
}

export function HistoryView({ q, entries, locale, workshopHref, onDelete }: Props) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Whenever a result is saved or deleted, compare the two latest; the reader can pick others.
  useEffect(() => {
    setTo(entries.at(-1)?.date ?? '');
    setFrom(entries.at(-2)?.date ?? entries.at(-1)?.date ?? '');
  }, [entries]);

  const a = entries.find((e) => e.date === from);
  const b = entries.find((e) => e.date === to);
  const comparison = a && b ? compareEntries(q, a, b) : null;
  const option = (e: HistoryEntry) => (
    <option key={e.date} value={e.date}>
      {formatDate(e.date, locale)}, overall {formatScore(e.overall, locale)}
    </option>
  );

  return (
    <section className="as-history" aria-labelledby="as-history-title">
      <h2 id="as-history-title">History</h2>
      {entries.length === 0 ? (
        <>
          <p>No saved results yet. Use “Save to history” on a result; come back in a few months, answer again, and compare.</p>
          <LazyTrend q={q} entries={entries} locale={locale} workshopHref={workshopHref} />
        </>
      ) : (
        <>
          <DataTable
            className="as-table"
            caption="Results saved in this browser"
            columns={['Saved', 'Overall', 'Pyramid level', <span className="visually-hidden">Actions</span>]}
            rows={entries.map((e) => ({
              key: e.date,
              head: formatDate(e.date, locale),
              cells: [
                formatScore(e.overall, locale),
                e.pyramidLevel,
                <button type="button" className="as-link-button" onClick={() => onDelete(e.date)}>
                  Delete<span className="visually-hidden"> the result of {formatDate(e.date, locale)}</span>
                </button>,
              ],
            }))}
          />
          <LazyTrend q={q} entries={entries} locale={locale} workshopHref={workshopHref} />
          {entries.length > 1 && (
            <>
              <h3>Compare two results</h3>
              <div className="as-compare-pick">
                <div>
                  <label htmlFor="as-compare-from">Earlier result</label>
                  <select id="as-compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>
                    {entries.map(option)}
                  </select>
                </div>
                <div>
                  <label htmlFor="as-compare-to">Later result</label>
                  <select id="as-compare-to" value={to} onChange={(e) => setTo(e.target.value)}>
                    {entries.map(option)}
                  </select>
                </div>
              </div>
              {comparison && (
                <DataTable
                  className="as-table"
                  data-testid="comparison"
                  caption={
                    <>
                      Change from {formatDate(comparison.earlier.date, locale)} to {formatDate(comparison.later.date, locale)} (points,
                      later minus earlier)
                    </>
                  }
                  columns={['Dimension', 'Earlier', 'Later', 'Change']}
                  rows={[
                    ...comparison.dimensions.map((d) => ({
                      key: d.id,
                      head: d.title,
                      cells: [formatScore(d.before, locale), formatScore(d.after, locale), formatChange(d.change, locale)],
                    })),
                    {
                      key: 'overall',
                      attributes: { className: 'as-total' },
                      head: 'Overall',
                      cells: [
                        formatScore(comparison.overall.before, locale),
                        formatScore(comparison.overall.after, locale),
                        formatChange(comparison.overall.change, locale),
                      ],
                    },
                    {
                      key: 'pyramid',
                      head: 'Pyramid level',
                      cells: [
                        comparison.pyramidLevel.before,
                        comparison.pyramidLevel.after,
                        formatChange(comparison.pyramidLevel.change, locale),
                      ],
                    },
                  ]}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The trend, fetched when the history comes near the screen (it and its chart are code most readers never reach). */
function LazyTrend(props: TrendViewProps) {
  const [near, nearRef] = useNearView<HTMLDivElement>();
  const [View, setView] = useState<ComponentType<Parameters<typeof TrendView>[0]> | null>(null);
  useEffect(() => {
    if (near && !View) void import('./TrendView.tsx').then((m) => setView(() => m.TrendView));
  }, [near, View]);
  return (
    <div ref={nearRef} data-trend={View ? 'ready' : 'waiting'}>
      {View ? <View {...props} /> : null}
    </div>
  );
}
