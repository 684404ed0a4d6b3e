// The team view: several people's share links combined, with the mean and spread of each
// dimension and the dimensions where people disagree most flagged, because a team that does
// not share one picture of its customer experience has an internal-communication problem; each
// person's position as a dot (no names; the strips load when they come into view), and how many
// say each pyramid level is met. For a facilitated session with actions, see the workshop.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { summariseWorkshop } from '../../calculators/assessment/workshop.ts';
import { peopleCount, PyramidCountTable } from './WorkshopOverview.tsx';
import { useNearView } from '../shared/use-near-view.ts';
import { stripLabel, type Strip } from './WorkshopWalkthrough.tsx';
import { scoreAssessment } from '../../calculators/assessment/score.ts';
import { aggregateTeam, readTeamLinksIn } from '../../calculators/assessment/team.ts';
import { LinkReport } from './LinkReport.tsx';
import { formatNumber } from '../../shared/format.ts';
import type { AssessmentContent, FailureInfo } from '../../data/assessment.ts';
import { aroundLink, formatScore } from './words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { DataTable } from '../shared/DataTable.tsx';
import './assessment.css';
import './workshop.css';

interface Props extends AssessmentContent {
  /** The internal-communication failure pattern, linked from every flagged dimension. */
  communication: FailureInfo;
}

export default function TeamView({ questionnaire: q, locale, communication, toolHref, workshopHref, levels, words: w }: Props) {
  const [text, setText] = useState('');
  const read = useMemo(() => readTeamLinksIn(w, q, text), [w, q, text]);
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
  const sd = (x: number | null) => (x === null ? w.notScored : formatNumber(x, locale, 1));
  const [introBefore, introAfter] = aroundLink(w.teamIntro);
  const [emptyBefore, emptyAfter] = aroundLink(w.teamEmpty);
  const [readBefore, readAfter] = aroundLink(w.teamRead);

  return (
    <div className="as-tool">
      <section aria-labelledby="as-team-input-title">
        <h2 id="as-team-input-title">{w.teamPaste}</h2>
        <p>
          {introBefore}
          <a href={toolHref}>{w.teamIntroLink}</a>
          {introAfter}
        </p>
        <label htmlFor="as-team-links">{w.linksLabel}</label>
        <textarea
          id="as-team-links"
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          aria-describedby="as-team-read"
        />
        <LinkReport lines={read} id="as-team-read" w={w} />
      </section>

      <section aria-labelledby="as-team-result-title">
        <h2 id="as-team-result-title">{w.teamView}</h2>
        {results.length === 0 ? (
          <p data-testid="team-empty">
            {fill(emptyBefore, { count: q.dimensions.length })}
            <a href={workshopHref}>{w.toolIntroWorkshop}</a>
            {emptyAfter}
          </p>
        ) : (
          <>
            <p>
              {fill(w.teamSummary, {
                people: peopleCount(team.people, w),
                mean: formatScore(team.overall.mean, locale, w),
                sd: sd(team.overall.sd),
                threshold: formatNumber(team.threshold, locale, 1),
              })}
            </p>
            {team.disagreements.length > 0 ? (
              <div className="as-notice as-info" data-testid="disagreements">
                <p>
                  <strong>{w.teamDisagree}</strong>{' '}
                  {fill(w.teamDisagreeList, {
                    list: team.disagreements.map((d) => fill(w.teamDisagreeItem, { title: d.title, sd: sd(d.sd) })).join(', '),
                  })}
                </p>
                <p>
                  {readBefore}
                  <a href={communication.href} lang={communication.lang}>
                    {communication.title}
                  </a>
                  {readAfter}
                </p>
              </div>
            ) : (
              team.people > 1 && <p>{fill(w.teamAgree, { threshold: formatNumber(team.threshold, locale, 1) })}</p>
            )}
            <DataTable
              className="as-table"
              stack
              data-testid="team-table"
              caption={w.teamCaption}
              columns={[
                w.dimension,
                w.people,
                w.mean,
                <>
                  {w.spread} <abbr title={w.sdTitle}>{w.sdAbbr}</abbr>
                </>,
                w.range,
                w.disagreement,
              ]}
              labels={[w.people, w.mean, w.spreadSd, w.range, w.disagreement]}
              rows={team.dimensions.map((d) => ({
                key: d.id,
                attributes: { 'data-dimension': d.id, className: d.flagged ? 'as-flagged' : undefined },
                head: d.title,
                cells: [
                  d.n,
                  formatScore(d.mean, locale, w),
                  sd(d.sd),
                  d.min === null ? '' : `${formatScore(d.min, locale, w)}–${formatScore(d.max, locale, w)}`,
                  d.flagged ? (
                    <a
                      href={communication.href}
                      aria-label={fill(w.wideSpreadRead, { title: communication.title })}
                      lang={communication.lang}
                    >
                      {w.wideSpread}
                    </a>
                  ) : (
                    ''
                  ),
                ],
              }))}
            />
            <section ref={nearRef} aria-labelledby="as-team-positions" data-strips={Strip ? 'ready' : 'waiting'}>
              <h3 id="as-team-positions">{w.teamPositions}</h3>
              <p>{w.teamDots}</p>
              <ul className="as-positions">
                {summary.dimensions
                  .filter((d) => d.n > 0)
                  .map((d) => (
                    <li key={d.id}>
                      <p>
                        <strong>{d.title}</strong>: {stripLabel(d, locale, w)}
                      </p>
                      {Strip ? (
                        <Strip
                          scores={d.scores}
                          mean={d.mean}
                          meanWord={w.meanMark}
                          label={fill(w.positionsOn, { title: d.title, figures: stripLabel(d, locale, w) })}
                        />
                      ) : (
                        <div className="ws-strip-wait" aria-hidden="true" />
                      )}
                    </li>
                  ))}
              </ul>
            </section>
            <PyramidCountTable pyramid={summary.pyramid} levels={levels} people={summary.people} dontKnow={q.dontKnow} w={w} />
          </>
        )}
      </section>
    </div>
  );
}
