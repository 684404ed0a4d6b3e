// The team workshop (/assessment/workshop/): the facilitator names a session, gathers everyone's
// privately made share links, walks the team through the dimensions with the widest
// disagreement first, records the actions agreed, and closes with the next review date, the
// exports and a one-page summary. Everything is kept in this browser (use-workshop.ts); the
// logic is in src/calculators/assessment/ (workshop.ts, session.ts, ics.ts, workshop-export.ts).
import { useCallback, useMemo, useState } from 'react';
import { previousWithActions } from '../../calculators/assessment/session.ts';
import { summariseWorkshop } from '../../calculators/assessment/workshop.ts';
import type { WorkshopContent } from '../../data/assessment.ts';
import { today } from '../../lib/browser/today.ts';
import { makeId, sessionAnswers, useWorkshop } from './use-workshop.ts';
import { WorkshopActions } from './WorkshopActions.tsx';
import { EarlierSessions, WorkshopClose } from './WorkshopClose.tsx';
import { WorkshopGather } from './WorkshopGather.tsx';
import { WorkshopOverview } from './WorkshopOverview.tsx';
import { WorkshopPrint } from './WorkshopPrint.tsx';
import { WorkshopWalkthrough, type Strip } from './WorkshopWalkthrough.tsx';
import './assessment.css';
import './workshop.css';

export default function WorkshopTool(content: WorkshopContent) {
  const { questionnaire: q, locale, levels, toolHref, siteName, words: w } = content;
  const ws = useWorkshop(q, w);
  const session = ws.current;
  const people = useMemo(() => (session ? sessionAnswers(q, session, w) : []), [q, session, w]);
  const summary = useMemo(() => summariseWorkshop(q, people), [q, people]);
  const [strip, setStrip] = useState<Strip | null>(null);
  const [actionRequest, setActionRequest] = useState({ dimension: '', n: 0 });

  const loadStrip = useCallback(async () => {
    const m = await import('./DotStrip.tsx');
    setStrip(() => m.DotStrip);
  }, []);
  const print = useCallback(async () => {
    await loadStrip();
    // Let the strips render before the print dialog takes its picture of the page.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  }, [loadStrip]);

  if (!session)
    return (
      // As tall as the screen until the workshop renders, so what follows the island does not jump
      // into view and out again when it does (Lighthouse measured a layout shift of 0.62 without it).
      <div className="as-tool ws-tool ws-waiting">
        <p>{w.wsWaiting}</p>
      </div>
    );

  const previous = previousWithActions(ws.sessions, session);
  return (
    <div className="as-tool ws-tool" data-session={session.id}>
      {ws.problems.length > 0 && (
        <p className="as-notice as-info" role="status">
          {ws.problems.join(' ')}.
        </p>
      )}
      <div className="ws-screen">
        <WorkshopGather q={q} session={session} onChange={ws.update} toolHref={toolHref} w={w} />
        <WorkshopOverview summary={summary} locale={locale} levels={levels} dontKnow={q.dontKnow} w={w} />
        <WorkshopWalkthrough
          content={content}
          summary={summary}
          strip={strip}
          loadStrip={() => void loadStrip()}
          onAddAction={(dimension) => setActionRequest((r) => ({ dimension, n: r.n + 1 }))}
        />
        <WorkshopActions
          q={q}
          session={session}
          previous={previous}
          today={today()}
          onChange={ws.update}
          onChangePrevious={ws.updateOther}
          request={actionRequest}
          makeId={makeId}
          w={w}
        />
        <WorkshopClose
          q={q}
          session={session}
          summary={summary}
          siteName={siteName}
          locale={locale}
          onChange={ws.update}
          onPrint={() => void print()}
          w={w}
        />
        <EarlierSessions earlier={ws.earlier} locale={locale} onOpen={ws.open} onDelete={ws.remove} onStart={ws.start} w={w} />
      </div>
      <WorkshopPrint q={q} session={session} summary={summary} levels={levels} locale={locale} strip={strip} w={w} />
    </div>
  );
}
