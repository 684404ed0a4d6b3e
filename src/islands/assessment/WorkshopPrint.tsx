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

interface Props {
  q: Questionnaire;
  session: WorkshopSession;
  summary: WorkshopSummary;
  levels: LevelInfo[];
  locale: string;
  strip: Strip | null;
}

export function WorkshopPrint({ q, session, summary, levels, locale, strip: Strip }: Props) {
  const title = (id: string) => q.dimensions.find((d) => d.id === id)?.title ?? '';
  return (
    <section className="ws-print" aria-label="Printed summary" data-testid="print-summary">
      <h2>
        {session.name || 'CX maturity workshop'}
        {session.team ? `, ${session.team}` : ''}
      </h2>
      <p>
        {session.date} · {summary.people} {summary.people === 1 ? 'person' : 'people'} · overall mean{' '}
        {formatScore(summary.overall.mean, locale)}
        {session.nextReview ? ` · next review ${session.nextReview}` : ''}
      </p>
      <table className="ws-print-dims">
        <caption>Dimensions, widest disagreement first (points 0 to 100; a dot per person, ◆ the mean)</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Mean</th>
            <th scope="col">Spread</th>
            <th scope="col">Range</th>
            <th scope="col">Positions</th>
          </tr>
        </thead>
        <tbody>
          {summary.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.title}
                {d.flagged ? ' *' : ''}
              </th>
              <td>{formatScore(d.mean, locale)}</td>
              <td>{d.sd === null ? '' : formatNumber(d.sd, locale, 1)}</td>
              <td>{d.min === null ? '' : `${formatScore(d.min, locale)}–${formatScore(d.max, locale)}`}</td>
              <td className="ws-print-strip">
                {Strip && d.n > 0 ? <Strip compact scores={d.scores} mean={d.mean} label={d.title} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ws-print-note">* wide disagreement (spread above {formatNumber(summary.threshold, locale, 1)} points).</p>
      <p>
        <strong>Pyramid, met for:</strong>{' '}
        {summary.pyramid
          .map((p) => `${p.number} ${levels.find((l) => l.level === p.number)?.shortTitle ?? ''} ${p.met}/${summary.people}`)
          .join(' · ')}
      </p>
      <table className="ws-print-actions">
        <caption>Actions</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Dimension</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {session.actions.length === 0 ? (
            <tr>
              <td colSpan={5}>None recorded.</td>
            </tr>
          ) : (
            session.actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.text}</th>
                <td>{a.owner}</td>
                <td>{a.due}</td>
                <td>{title(a.dimension)}</td>
                <td>{a.status}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
