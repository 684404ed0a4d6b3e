// Closing the session: the next review date (downloadable as a calendar file), the exports (JSON,
// CSV) and the one-page printed summary; then the earlier sessions kept in this browser.
import { useState } from 'react';
import { reviewIcs } from '../../calculators/assessment/ics.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { WorkshopSession } from '../../calculators/assessment/session.ts';
import { reviewEventText, workshopCsvRows, workshopJson } from '../../calculators/assessment/workshop-export.ts';
import type { WorkshopSummary } from '../../calculators/assessment/workshop.ts';
import { toCsv } from '../../lib/browser/csv.ts';
import { saveFile } from '../../lib/browser/download.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { formatScore } from './words.ts';

interface Props {
  q: Questionnaire;
  session: WorkshopSession;
  summary: WorkshopSummary;
  siteName: string;
  locale: string;
  onChange: (patch: Partial<WorkshopSession>) => void;
  /** Loads what the printed summary draws, then prints. */
  onPrint: () => void;
}

/** "cx-maturity-workshop-2026-03-02" and the like. */
const fileBase = (s: WorkshopSession) => `cx-maturity-workshop-${s.date}`;

export function WorkshopClose({ q, session, summary, siteName, onChange, onPrint }: Props) {
  const [status, setStatus] = useState('');
  const save = (name: string, text: string, type: string) => {
    saveFile(name, text, type);
    setStatus(`Saved ${name}.`);
  };
  const ics = () => {
    const page = `${location.origin}${location.pathname}`;
    const words = reviewEventText(session, page);
    save(
      `${fileBase(session)}-next-review.ics`,
      reviewIcs({ uid: `${session.id}-review@cx-playbook`, date: session.nextReview, stamp: new Date(), product: siteName, ...words }),
      'text/calendar;charset=utf-8',
    );
  };
  return (
    <section className="ws-section" aria-labelledby="ws-close-title">
      <h2 id="ws-close-title">5. Close and follow up</h2>
      <div className="ws-fields">
        <div>
          <label htmlFor="ws-next">Next review</label>
          <input id="ws-next" type="date" value={session.nextReview} onChange={(e) => onChange({ nextReview: e.target.value })} />
        </div>
      </div>
      <div className="as-buttons">
        <button
          type="button"
          className="button"
          onClick={ics}
          disabled={!session.nextReview}
          aria-describedby={session.nextReview ? undefined : 'ws-ics-note'}
        >
          Download calendar file (.ics)
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            save(`${fileBase(session)}.json`, JSON.stringify(workshopJson(q, session, summary, new Date()), null, 2), 'application/json')
          }
        >
          Download JSON
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => save(`${fileBase(session)}.csv`, `\ufeff${toCsv(workshopCsvRows(q, session, summary))}`, 'text/csv;charset=utf-8')}
        >
          Download CSV
        </button>
        <button type="button" className="button secondary" onClick={onPrint}>
          Print one-page summary
        </button>
      </div>
      {!session.nextReview && (
        <p className="as-muted" id="ws-ics-note">
          Pick the next review's date to download it as a calendar file.
        </p>
      )}
      <p role="status" className="as-status">
        {status}
      </p>
      <p className="as-muted">Everything stays in this browser until you download it. The session is saved here as you go.</p>
    </section>
  );
}

interface EarlierProps {
  earlier: readonly WorkshopSession[];
  locale: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onStart: () => void;
}

export function EarlierSessions({ earlier, locale, onOpen, onDelete, onStart }: EarlierProps) {
  return (
    <section className="ws-section" aria-labelledby="ws-earlier-title">
      <h2 id="ws-earlier-title">Sessions kept in this browser</h2>
      <p>
        <button type="button" className="button secondary" onClick={onStart}>
          Start a new session
        </button>
      </p>
      {earlier.length === 0 ? (
        <p>No earlier sessions. Each session you run is kept here, and its scores join the trend on the self-assessment page.</p>
      ) : (
        <DataTable
          className="as-table"
          stack
          data-testid="earlier-sessions"
          caption="Earlier sessions"
          columns={['Session', 'Date', 'People', 'Overall', 'Open actions', <span className="visually-hidden">Open or delete</span>]}
          labels={['Date', 'People', 'Overall', 'Open actions', '']}
          rows={[...earlier].reverse().map((s) => ({
            key: s.id,
            head: s.name || 'Untitled session',
            cells: [
              s.date,
              s.people,
              formatScore(s.overall, locale),
              s.actions.filter((a) => a.status === 'open').length,
              <span className="ws-row-buttons">
                <button type="button" className="as-link-button" onClick={() => onOpen(s.id)}>
                  Open
                  <span className="visually-hidden">
                    {' '}
                    {s.name || 'the untitled session'} of {s.date}
                  </span>
                </button>
                <button type="button" className="as-link-button" onClick={() => onDelete(s.id)}>
                  Delete
                  <span className="visually-hidden">
                    {' '}
                    {s.name || 'the untitled session'} of {s.date}
                  </span>
                </button>
              </span>,
            ],
          }))}
        />
      )}
    </section>
  );
}
