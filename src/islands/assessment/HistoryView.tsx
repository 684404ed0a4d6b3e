// Earlier results kept in this browser, with their dates, and the change per dimension between
// any two of them.
import { useEffect, useState } from 'react';
import { compareEntries, type HistoryEntry } from '../../calculators/assessment/history.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import { formatChange, formatDate, formatScore } from './words.ts';

interface Props {
  q: Questionnaire;
  entries: HistoryEntry[];
  locale: string;
  onDelete: (date: string) => void;
}

export function HistoryView({ q, entries, locale, onDelete }: Props) {
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
        <p>No saved results yet. Use “Save to history” on a result; come back in a few months, answer again, and compare.</p>
      ) : (
        <>
          <table className="as-table">
            <caption>Results saved in this browser</caption>
            <thead>
              <tr><th scope="col">Saved</th><th scope="col">Overall</th><th scope="col">Pyramid level</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.date}>
                  <th scope="row">{formatDate(e.date, locale)}</th>
                  <td>{formatScore(e.overall, locale)}</td>
                  <td>{e.pyramidLevel}</td>
                  <td>
                    <button type="button" className="as-link-button" onClick={() => onDelete(e.date)}>
                      Delete<span className="visually-hidden"> the result of {formatDate(e.date, locale)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length > 1 && (
            <>
              <h3>Compare two results</h3>
              <div className="as-compare-pick">
                <div>
                  <label htmlFor="as-compare-from">Earlier result</label>
                  <select id="as-compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>{entries.map(option)}</select>
                </div>
                <div>
                  <label htmlFor="as-compare-to">Later result</label>
                  <select id="as-compare-to" value={to} onChange={(e) => setTo(e.target.value)}>{entries.map(option)}</select>
                </div>
              </div>
              {comparison && (
                <table className="as-table" data-testid="comparison">
                  <caption>
                    Change from {formatDate(comparison.earlier.date, locale)} to {formatDate(comparison.later.date, locale)} (points, later minus earlier)
                  </caption>
                  <thead>
                    <tr><th scope="col">Dimension</th><th scope="col">Earlier</th><th scope="col">Later</th><th scope="col">Change</th></tr>
                  </thead>
                  <tbody>
                    {comparison.dimensions.map((d) => (
                      <tr key={d.id}>
                        <th scope="row">{d.title}</th>
                        <td>{formatScore(d.before, locale)}</td>
                        <td>{formatScore(d.after, locale)}</td>
                        <td>{formatChange(d.change, locale)}</td>
                      </tr>
                    ))}
                    <tr className="as-total">
                      <th scope="row">Overall</th>
                      <td>{formatScore(comparison.overall.before, locale)}</td>
                      <td>{formatScore(comparison.overall.after, locale)}</td>
                      <td>{formatChange(comparison.overall.change, locale)}</td>
                    </tr>
                    <tr>
                      <th scope="row">Pyramid level</th>
                      <td>{comparison.pyramidLevel.before}</td>
                      <td>{comparison.pyramidLevel.after}</td>
                      <td>{formatChange(comparison.pyramidLevel.change, locale)}</td>
                    </tr>
                  </tbody>
                </table>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
