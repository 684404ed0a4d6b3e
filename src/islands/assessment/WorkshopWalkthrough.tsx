// The discussion: every dimension in the order of widest disagreement first, each with everyone's
// position (a dot per person, the mean marked), the statements people answered most differently,
// and the failure patterns and their questions to talk through. The strips' code is fetched when
// this section comes into view (or when the summary is printed).
import { useEffect, type ComponentType } from 'react';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { WorkshopDimension, WorkshopSummary } from '../../calculators/assessment/workshop.ts';
import type { WorkshopContent } from '../../data/assessment.ts';
import { formatNumber } from '../../shared/format.ts';
import type { DotStrip } from './DotStrip.tsx';
import { aroundLink, formatScore } from './words.ts';
import { peopleCount } from './WorkshopOverview.tsx';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { useNearView } from '../shared/use-near-view.ts';

export type Strip = ComponentType<Parameters<typeof DotStrip>[0]>;

interface Props {
  content: WorkshopContent;
  summary: WorkshopSummary;
  /** The strip component once loaded, else null. */
  strip: Strip | null;
  /** Loads the strip's code. */
  loadStrip: () => void;
  /** Opens the action form for a dimension. */
  onAddAction: (dimensionId: string) => void;
}

/** The figures of a dimension in words: "3 people: mean 50, spread 40.8, from 0 to 100." */
export function stripLabel(d: WorkshopDimension, locale: string, w: AssessmentWords): string {
  if (d.n === 0) return w.stripNobody;
  const people = peopleCount(d.n, w);
  if (d.n === 1) return fill(w.stripOne, { people, mean: formatScore(d.mean, locale, w) });
  return fill(w.stripMany, {
    people,
    mean: formatScore(d.mean, locale, w),
    sd: formatNumber(d.sd!, locale, 1),
    min: formatScore(d.min, locale, w),
    max: formatScore(d.max, locale, w),
  });
}

/** How many gave each answer to a statement, in scale order: "Disagree 1, Strongly agree 2". */
function answerCounts(q: Questionnaire, s: WorkshopDimension['statements'][number], w: AssessmentWords): string {
  const parts = s.ratings.flatMap((n, i) => (n ? [`${q.scale[i]} ${n}`] : []));
  if (s.dontKnow) parts.push(`${q.dontKnow} ${s.dontKnow}`);
  return parts.join(', ') || w.wsNoAnswers;
}

export function WorkshopWalkthrough({ content, summary, strip: Strip, loadStrip, onAddAction }: Props) {
  const { questionnaire: q, locale, failures, questions, communication, words: w } = content;
  const [sharedBefore, sharedAfter] = aroundLink(w.wsNotShared);
  const [patternBefore, patternAfter] = aroundLink(w.failurePattern);

  const [near, nearRef] = useNearView<HTMLElement>();
  useEffect(() => {
    if (near && !Strip) loadStrip();
  }, [near, Strip, loadStrip]);

  return (
    <section className="ws-section" aria-labelledby="ws-walk-title" ref={nearRef} data-strips={Strip ? 'ready' : 'waiting'}>
      <h2 id="ws-walk-title">{w.wsWalk}</h2>
      {summary.people === 0 ? (
        <p data-testid="walk-empty">{fill(w.wsWalkEmpty, { count: q.dimensions.length })}</p>
      ) : (
        <>
          <p>{fill(w.wsWalkIntro, { threshold: formatNumber(summary.threshold, locale, 1) })}</p>
          <ol className="ws-walk">
            {summary.dimensions.map((d) => {
              const divided = d.statements.find((s) => s.sd !== null && s.sd > 0);
              return (
                <li key={d.id} className={d.flagged ? 'ws-dimension is-flagged' : 'ws-dimension'} data-dimension={d.id}>
                  <h3>
                    {d.title}
                    {d.flagged && <span className="ws-flag"> {w.wsWide}</span>}
                  </h3>
                  <p className="ws-stats">{stripLabel(d, locale, w)}</p>
                  {d.n > 0 &&
                    (Strip ? (
                      <Strip
                        scores={d.scores}
                        mean={d.mean}
                        meanWord={w.meanMark}
                        label={fill(w.positionsOn, { title: d.title, figures: stripLabel(d, locale, w) })}
                      />
                    ) : (
                      <div className="ws-strip-wait" aria-hidden="true" />
                    ))}
                  <h4>{w.wsDiscuss}</h4>
                  <ul className="ws-discuss">
                    {d.n >= 2 && (d.sd ?? 0) > 0 && <li>{w.wsAskEnds}</li>}
                    {divided && <li>{fill(w.wsMostDifferent, { text: divided.text, counts: answerCounts(q, divided, w) })}</li>}
                    {d.flagged && (
                      <li>
                        {sharedBefore}
                        <a href={communication.href} lang={communication.lang}>
                          {communication.title}
                        </a>
                        {sharedAfter}
                      </li>
                    )}
                  </ul>
                  <details className="ws-questions" open={d.flagged}>
                    <summary>{fill(w.wsQuestions, { count: d.failures.reduce((n, id) => n + (questions[id]?.length ?? 0), 0) })}</summary>
                    {d.failures.map((id) => {
                      const f = failures[id];
                      if (!f) return null;
                      return (
                        <div key={id} className="ws-pattern">
                          <p>
                            {patternBefore}
                            <a href={f.href} lang={f.lang}>
                              {f.title}
                            </a>
                            {patternAfter}
                          </p>
                          <ul aria-label={fill(w.wsQuestionsAbout, { title: f.title })} lang={f.lang}>
                            {(questions[id] ?? []).map((question) => (
                              <li key={question}>{question}</li>
                            ))}
                          </ul>
                        </div>
                      );
                    })}
                  </details>
                  <button type="button" className="button secondary" onClick={() => onAddAction(d.id)}>
                    {w.wsAddAction}
                    <span className="visually-hidden"> {fill(w.wsAddActionFor, { title: d.title })}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
