// The printed summary of a session, on one page: what was discussed (every dimension in the order
// of discussion, with everyone's position when the strips have loaded), the pyramid counts, the
// actions with owner and due date, and the next review. Hidden on screen; the page's print styles
// show it alone.
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { WorkshopSession } from '../../calculators/assessment/session.ts';
import type { WorkshopSummary } from '../../calculators/assessment/workshop.ts';
import type { LevelInfo } from '../../data/assessment.ts';
import { formatNumber } from '../../shared/format.ts';
import type { Strip } from './WorkshopWalkthrough.tsx';
import { formatScore } from './words.ts';
import { peopleCount } from './WorkshopOverview.tsx';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

interface Props {
  q: Questionnaire;
  session: WorkshopSession;
  summary: WorkshopSummary;
  levels: LevelInfo[];
  locale: string;
  strip: Strip | null;
  w: AssessmentWords;
}

const STATUS_WORD = { open: 'statusOpen', done: 'statusDone', dropped: 'statusDropped' } as const;

export function WorkshopPrint({ q, session, summary, levels, locale, strip: Strip, w }: Props) {
  const title = (id: string) => q.dimensions.find((d) => d.id === id)?.title ?? '';
  return (
    <section className="ws-print" aria-label={w.wsPrinted} data-testid="print-summary">
      <h2>
        {session.name || w.wsPrintTitle}
        {session.team ? `, ${session.team}` : ''}
      </h2>
      <p>
        {fill(w.wsPrintLine, {
          date: session.date,
          people: peopleCount(summary.people, w),
          mean: formatScore(summary.overall.mean, locale, w),
        })}
        {session.nextReview ? ` · ${fill(w.wsPrintNext, { date: session.nextReview })}` : ''}
      </p>
      <table className="ws-print-dims">
        <caption>{w.wsPrintCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.dimension}</th>
            <th scope="col">{w.mean}</th>
            <th scope="col">{w.spread}</th>
            <th scope="col">{w.range}</th>
            <th scope="col">{w.wsPositions}</th>
          </tr>
        </thead>
        <tbody>
          {summary.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.title}
                {d.flagged ? ' *' : ''}
              </th>
              <td>{formatScore(d.mean, locale, w)}</td>
              <td>{d.sd === null ? '' : formatNumber(d.sd, locale, 1)}</td>
              <td>{d.min === null ? '' : `${formatScore(d.min, locale, w)}–${formatScore(d.max, locale, w)}`}</td>
              <td className="ws-print-strip">
                {Strip && d.n > 0 ? <Strip compact scores={d.scores} mean={d.mean} label={d.title} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ws-print-note">{fill(w.wsPrintWide, { threshold: formatNumber(summary.threshold, locale, 1) })}</p>
      <p>
        <strong>{w.wsPrintPyramid}</strong>{' '}
        {summary.pyramid
          .map((p) => `${p.number} ${levels.find((l) => l.level === p.number)?.shortTitle ?? ''} ${p.met}/${summary.people}`)
          .join(' · ')}
      </p>
      <table className="ws-print-actions">
        <caption>{w.actions}</caption>
        <thead>
          <tr>
            <th scope="col">{w.wsAction}</th>
            <th scope="col">{w.wsOwner}</th>
            <th scope="col">{w.wsDue}</th>
            <th scope="col">{w.dimension}</th>
            <th scope="col">{w.wsStatus}</th>
          </tr>
        </thead>
        <tbody>
          {session.actions.length === 0 ? (
            <tr>
              <td colSpan={5}>{w.wsNoneRecorded}</td>
            </tr>
          ) : (
            session.actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.text}</th>
                <td>{a.owner}</td>
                <td>{a.due}</td>
                <td>{title(a.dimension)}</td>
                <td>{w[STATUS_WORD[a.status]]}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
