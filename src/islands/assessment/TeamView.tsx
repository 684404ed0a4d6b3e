// The team view: several people's share links combined, with the mean and spread of each
// dimension and the dimensions where people disagree most flagged, because a team that does
// not share one picture of its customer experience has an internal-communication problem.
import { useMemo, useState } from 'react';
import { scoreAssessment } from '../../calculators/assessment/score.ts';
import { aggregateTeam, duplicateMessage, readTeamLinks } from '../../calculators/assessment/team.ts';
import { formatNumber } from '../../shared/format.ts';
import type { AssessmentContent, FailureInfo } from '../../data/assessment.ts';
import { formatScore } from './words.ts';
import { DataTable } from '../shared/DataTable.tsx';
import './assessment.css';

interface Props extends AssessmentContent {
  /** The internal-communication failure pattern, linked from every flagged dimension. */
  communication: FailureInfo;
}

export default function TeamView({ questionnaire: q, locale, communication, toolHref }: Props) {
  const [text, setText] = useState('');
  const read = useMemo(() => readTeamLinks(q, text), [q, text]);
  const results = read.flatMap((r) => (r.status === 'read' ? [scoreAssessment(q, r.answers)] : []));
  const duplicates = read.flatMap((r) => (r.status === 'duplicate' ? [r] : []));
  const team = aggregateTeam(q, results);
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
        <p id="as-team-read" role="status" data-testid="team-count">
          {read.length === 0
            ? 'No links yet.'
            : `${results.length + duplicates.length} of ${read.length} link(s) read` +
              (duplicates.length ? `; ${duplicates.length} repeated an earlier line and counted once.` : '.')}
        </p>
        {duplicates.length > 0 && (
          <div className="as-notice as-info" data-testid="team-duplicates">
            <ul>
              {duplicates.map((r) => (
                <li key={r.line}>{duplicateMessage(r.line, r.of)}</li>
              ))}
            </ul>
          </div>
        )}
        {read.some((r) => r.status === 'error') && (
          <div className="as-notice as-error" role="alert">
            <ul>
              {read.flatMap((r) =>
                r.status === 'error'
                  ? [
                      <li key={r.line}>
                        Line {r.line}: {r.error}
                      </li>,
                    ]
                  : [],
              )}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="as-team-result-title">
        <h2 id="as-team-result-title">The team's view</h2>
        {results.length === 0 ? (
          <p>Paste at least one link to see the team's scores.</p>
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
          </>
        )}
      </section>
    </div>
  );
}
