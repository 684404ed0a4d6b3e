// The team view: several people's share links combined, with the mean and spread of each
// dimension and the dimensions where people disagree most flagged, because a team that does
// not share one picture of its customer experience has an internal-communication problem; each
// person's position as a dot (no names; the strips load when they come into view), and how many
// say each pyramid level is met. For a facilitated session with actions, see the workshop.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { summariseWorkshop } from '../../calculators/assessment/workshop.ts';
import { PyramidCountTable } from './WorkshopOverview.tsx';
import { useNearView } from '../shared/use-near-view.ts';
import { stripLabel, type Strip } from './WorkshopWalkthrough.tsx';
import { scoreAssessment } from '../../calculators/assessment/score.ts';
import { aggregateTeam, readTeamLinks } from '../../calculators/assessment/team.ts';
import { LinkReport } from './LinkReport.tsx';
import { formatNumber } from '../../shared/format.ts';
import type { AssessmentContent, FailureInfo } from '../../data/assessment.ts';
import { formatScore } from './words.ts';
import { DataTable } from '../shared/DataTable.tsx';
import './assessment.css';
import './workshop.css';

interface Props extends AssessmentContent {
  /** The internal-communication failure pattern, linked from every flagged dimension. */
  communication: FailureInfo;
}

export default function TeamView({ questionnaire: q, locale, communication, toolHref, workshopHref, levels }: Props) {
  const [text, setText] = useState('');
  const read = useMemo(() => readTeamLinks(q, text), [q, text]);
  const people = read.flatMap((r) => (r.status === 'read' ? [r.answers] : []));
  const results = people.map((a) => scoreAssessment(q, a));
  const team = aggregateTeam(q, results);
  const summary = summariseWorkshop(q, people);
  const [strip, setStrip] = useState<Strip | null>(null);
  const loadStrip = useCallback(() => void import('./DotStrip.tsx').then((m) => setStrip(() => m.DotStrip)), []);
  const [near, nearRef] = useNearView<HTMLElement>();
  useEffect(() => {
    if (near && !strip) loadStrip();
  }, [near, strip, loadStrip]);
  const Strip = strip;
  const sd = (x: number | null) => (x === null ? 'not scored' : formatNumber(x, locale, 1));

  return (
    <div className="as-tool">
      <section aria-labelledby="as-team-input-title">
        <h2 id="as-team-input-title">Paste the links</h2>
        <p>
          Ask each person to answer the <a href={toolHref}>self-assessment</a> on their own and send you the result's share link. Paste one
          link per line. The links are read in your browser; nothing is sent anywhere.
        </p>
        <label htmlFor="as-team-links">Share links, one per line</label>
        <textarea
          id="as-team-links"
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          aria-describedby="as-team-read"
        />
        <LinkReport lines={read} id="as-team-read" />
      </section>

      <section aria-labelledby="as-team-result-title">
        <h2 id="as-team-result-title">The team's view</h2>
        {results.length === 0 ? (
          <p data-testid="team-empty">
            Once the links are in, this shows for each of the {q.dimensions.length} dimensions the team's mean, how widely people's scores
            spread, each person's position as a dot (no names), the dimensions people see most differently, and how many say each level of
            the CX pyramid is met. To run it as a session that ends with actions and a date to check them, use the{' '}
            <a href={workshopHref}>team workshop</a>.
          </p>
        ) : (
          <>
            <p>
              {team.people} {team.people === 1 ? 'person' : 'people'}. Overall: mean {formatScore(team.overall.mean, locale)}, spread{' '}
              {sd(team.overall.sd)} points. The spread (standard deviation) is roughly how far a typical person's score sits from the team's
              mean; above {formatNumber(team.threshold, locale, 1)} points, people see that dimension very differently. A person counts for
              a dimension once they rated more than half its statements.
            </p>
            {team.disagreements.length > 0 ? (
              <div className="as-notice as-info" data-testid="disagreements">
                <p>
                  <strong>People disagree most about:</strong> {team.disagreements.map((d) => `${d.title} (spread ${sd(d.sd)})`).join(', ')}
                  .
                </p>
                <p>
                  When a team cannot agree on where it stands, the CX strategy has not reached everyone in the same way. Read{' '}
                  <a href={communication.href}>{communication.title}</a>, then talk through these dimensions together.
                </p>
              </div>
            ) : (
              team.people > 1 && (
                <p>
                  No dimension's spread is above {formatNumber(team.threshold, locale, 1)} points: the team sees things much the same way.
                </p>
              )
            )}
            <DataTable
              className="as-table"
              stack
              data-testid="team-table"
              caption="Mean and spread of each dimension (points 0 to 100)"
              columns={[
                'Dimension',
                'People',
                'Mean',
                <>
                  Spread <abbr title="standard deviation">(SD)</abbr>
                </>,
                'Range',
                'Disagreement',
              ]}
              labels={['People', 'Mean', 'Spread (SD)', 'Range', 'Disagreement']}
              rows={team.dimensions.map((d) => ({
                key: d.id,
                attributes: { 'data-dimension': d.id, className: d.flagged ? 'as-flagged' : undefined },
                head: d.title,
                cells: [
                  d.n,
                  formatScore(d.mean, locale),
                  sd(d.sd),
                  d.min === null ? '' : `${formatScore(d.min, locale)}–${formatScore(d.max, locale)}`,
                  d.flagged ? (
                    <a href={communication.href} aria-label={`Wide spread: read ${communication.title}`}>
                      Wide spread
                    </a>
                  ) : (
                    ''
                  ),
                ],
              }))}
            />
            <section ref={nearRef} aria-labelledby="as-team-positions" data-strips={Strip ? 'ready' : 'waiting'}>
              <h3 id="as-team-positions">Where each person stands, widest disagreement first</h3>
              <p>A dot per person, with no names; the diamond and dashed line mark the mean.</p>
              <ul className="as-positions">
                {summary.dimensions
                  .filter((d) => d.n > 0)
                  .map((d) => (
                    <li key={d.id}>
                      <p>
                        <strong>{d.title}</strong>: {stripLabel(d, locale)}
                      </p>
                      {Strip ? (
                        <Strip scores={d.scores} mean={d.mean} label={`Positions on ${d.title}: ${stripLabel(d, locale)}`} />
                      ) : (
                        <div className="ws-strip-wait" aria-hidden="true" />
                      )}
                    </li>
                  ))}
              </ul>
            </section>
            <PyramidCountTable pyramid={summary.pyramid} levels={levels} people={summary.people} dontKnow={q.dontKnow} />
          </>
        )}
      </section>
    </div>
  );
}
