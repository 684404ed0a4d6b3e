// Earlier results kept in this browser, with their dates; the trend across them and the team
// workshops (TrendView); and the change per dimension between any two of them.
import { useEffect, useState, type ComponentType } from 'react';
import { compareEntries, type HistoryEntry } from '../../calculators/assessment/history.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { TrendView, TrendViewProps } from './TrendView.tsx';
import { useNearView } from '../shared/use-near-view.ts';
import { formatChange, formatDate, formatScore } from './words.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { DataTable } from '../shared/DataTable.tsx';

interface Props {
  q: Questionnaire;
  w: AssessmentWords;
  entries: HistoryEntry[];
  locale: string;
  workshopHref: string;
  onDelete: (date: string) => void;
}

export function HistoryView({ q, w, entries, locale, workshopHref, onDelete }: Props) {
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
      {fill(w.historyOption, { date: formatDate(e.date, locale), score: formatScore(e.overall, locale, w) })}
    </option>
  );

  return (
    <section className="as-history" aria-labelledby="as-history-title">
      <h2 id="as-history-title">{w.history}</h2>
      {entries.length === 0 ? (
        <>
          <p>{w.historyEmpty}</p>
          <LazyTrend q={q} w={w} entries={entries} locale={locale} workshopHref={workshopHref} />
        </>
      ) : (
        <>
          <DataTable
            className="as-table"
            caption={w.historyCaption}
            columns={[w.saved, w.overall, w.pyramidLevel, <span className="visually-hidden">{w.actions}</span>]}
            rows={entries.map((e) => ({
              key: e.date,
              head: formatDate(e.date, locale),
              cells: [
                formatScore(e.overall, locale, w),
                e.pyramidLevel,
                <button type="button" className="as-link-button" onClick={() => onDelete(e.date)}>
                  {w.delete}
                  <span className="visually-hidden"> {fill(w.deleteWhich, { date: formatDate(e.date, locale) })}</span>
                </button>,
              ],
            }))}
          />
          <LazyTrend q={q} w={w} entries={entries} locale={locale} workshopHref={workshopHref} />
          {entries.length > 1 && (
            <>
              <h3>{w.compare}</h3>
              <div className="as-compare-pick">
                <div>
                  <label htmlFor="as-compare-from">{w.earlierResult}</label>
                  <select id="as-compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>
                    {entries.map(option)}
                  </select>
                </div>
                <div>
                  <label htmlFor="as-compare-to">{w.laterResult}</label>
                  <select id="as-compare-to" value={to} onChange={(e) => setTo(e.target.value)}>
                    {entries.map(option)}
                  </select>
                </div>
              </div>
              {comparison && (
                <DataTable
                  className="as-table"
                  data-testid="comparison"
                  caption={fill(w.compareCaption, {
                    from: formatDate(comparison.earlier.date, locale),
                    to: formatDate(comparison.later.date, locale),
                  })}
                  columns={[w.dimension, w.earlier, w.later, w.change]}
                  rows={[
                    ...comparison.dimensions.map((d) => ({
                      key: d.id,
                      head: d.title,
                      cells: [formatScore(d.before, locale, w), formatScore(d.after, locale, w), formatChange(d.change, locale, w)],
                    })),
                    {
                      key: 'overall',
                      attributes: { className: 'as-total' },
                      head: w.overall,
                      cells: [
                        formatScore(comparison.overall.before, locale, w),
                        formatScore(comparison.overall.after, locale, w),
                        formatChange(comparison.overall.change, locale, w),
                      ],
                    },
                    {
                      key: 'pyramid',
                      head: w.pyramidLevel,
                      cells: [
                        comparison.pyramidLevel.before,
                        comparison.pyramidLevel.after,
                        formatChange(comparison.pyramidLevel.change, locale, w),
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
