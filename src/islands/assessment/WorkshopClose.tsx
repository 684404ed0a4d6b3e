// Closing the session: the next review date (downloadable as a calendar file), the exports (JSON,
// CSV) and the one-page printed summary; then the earlier sessions kept in this browser.
import { useState } from 'react';
import { reviewIcs } from '../../calculators/assessment/ics.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { WorkshopSession } from '../../calculators/assessment/session.ts';
import { reviewEventTextIn, workshopCsvRowsIn, workshopJson } from '../../calculators/assessment/workshop-export.ts';
import type { WorkshopSummary } from '../../calculators/assessment/workshop.ts';
import { toCsv } from '../../lib/browser/csv.ts';
import { saveFile } from '../../lib/browser/download.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { formatScore } from './words.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

interface Props {
  q: Questionnaire;
  session: WorkshopSession;
  summary: WorkshopSummary;
  siteName: string;
  locale: string;
  onChange: (patch: Partial<WorkshopSession>) => void;
  /** Loads what the printed summary draws, then prints. */
  onPrint: () => void;
  w: AssessmentWords;
}

/** "cx-maturity-workshop-2026-03-02" and the like. */
const fileBase = (s: WorkshopSession) => `cx-maturity-workshop-${s.date}`;

export function WorkshopClose({ q, session, summary, siteName, onChange, onPrint, w }: Props) {
  const [status, setStatus] = useState('');
  const save = (name: string, text: string, type: string) => {
    saveFile(name, text, type);
    setStatus(fill(w.wsSaved, { file: name }));
  };
  const ics = () => {
    const page = `${location.origin}${location.pathname}`;
    const words = reviewEventTextIn(w, session, page);
    save(
      `${fileBase(session)}-next-review.ics`,
      reviewIcs({ uid: `${session.id}-review@cx-playbook`, date: session.nextReview, stamp: new Date(), product: siteName, ...words }),
      'text/calendar;charset=utf-8',
    );
  };
  return (
    <section className="ws-section" aria-labelledby="ws-close-title">
      <h2 id="ws-close-title">{w.wsClose}</h2>
      <div className="ws-fields">
        <div>
          <label htmlFor="ws-next">{w.wsNextReview}</label>
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
          {w.wsDownloadIcs}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            save(`${fileBase(session)}.json`, JSON.stringify(workshopJson(q, session, summary, new Date()), null, 2), 'application/json')
          }
        >
          {w.downloadJson}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            save(`${fileBase(session)}.csv`, `\ufeff${toCsv(workshopCsvRowsIn(w, q, session, summary))}`, 'text/csv;charset=utf-8')
          }
        >
          {w.wsDownloadCsv}
        </button>
        <button type="button" className="button secondary" onClick={onPrint}>
          {w.wsPrint}
        </button>
      </div>
      {!session.nextReview && (
        <p className="as-muted" id="ws-ics-note">
          {w.wsIcsNote}
        </p>
      )}
      <p role="status" className="as-status">
        {status}
      </p>
      <p className="as-muted">{w.wsCloseNote}</p>
    </section>
  );
}

interface EarlierProps {
  earlier: readonly WorkshopSession[];
  locale: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onStart: () => void;
  w: AssessmentWords;
}

export function EarlierSessions({ earlier, locale, onOpen, onDelete, onStart, w }: EarlierProps) {
  return (
    <section className="ws-section" aria-labelledby="ws-earlier-title">
      <h2 id="ws-earlier-title">{w.wsEarlier}</h2>
      <p>
        <button type="button" className="button secondary" onClick={onStart}>
          {w.wsNewSession}
        </button>
      </p>
      {earlier.length === 0 ? (
        <p>{w.wsEarlierNone}</p>
      ) : (
        <DataTable
          className="as-table"
          stack
          data-testid="earlier-sessions"
          caption={w.wsEarlierCaption}
          columns={[
            w.wsSessionCol,
            w.wsDate,
            w.people,
            w.overall,
            w.wsOpenActions,
            <span className="visually-hidden">{w.wsOpenOrDelete}</span>,
          ]}
          labels={[w.wsDate, w.people, w.overall, w.wsOpenActions, '']}
          rows={[...earlier].reverse().map((s) => ({
            key: s.id,
            head: s.name || w.wsUntitled,
            cells: [
              s.date,
              s.people,
              formatScore(s.overall, locale, w),
              s.actions.filter((a) => a.status === 'open').length,
              <span className="ws-row-buttons">
                <button type="button" className="as-link-button" onClick={() => onOpen(s.id)}>
                  {w.wsOpen}
                  <span className="visually-hidden"> {fill(w.wsSessionOf, { session: s.name || w.wsUntitledWhich, date: s.date })}</span>
                </button>
                <button type="button" className="as-link-button" onClick={() => onDelete(s.id)}>
                  {w.delete}
                  <span className="visually-hidden"> {fill(w.wsSessionOf, { session: s.name || w.wsUntitledWhich, date: s.date })}</span>
                </button>
              </span>,
            ],
          }))}
        />
      )}
    </section>
  );
}
