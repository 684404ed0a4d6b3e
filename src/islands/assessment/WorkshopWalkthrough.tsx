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
import { formatScore } from './words.ts';
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
export function stripLabel(d: WorkshopDimension, locale: string): string {
  if (d.n === 0) return 'Nobody rated enough of its statements for a score.';
  const who = `${d.n} ${d.n === 1 ? 'person' : 'people'}`;
  if (d.n === 1) return `${who}: ${formatScore(d.mean, locale)}.`;
  return `${who}: mean ${formatScore(d.mean, locale)}, spread ${formatNumber(d.sd!, locale, 1)}, from ${formatScore(d.min, locale)} to ${formatScore(d.max, locale)}.`;
}

/** How many gave each answer to a statement, in scale order: "Disagree 1, Strongly agree 2". */
function answerCounts(q: Questionnaire, s: WorkshopDimension['statements'][number]): string {
  const parts = s.ratings.flatMap((n, i) => (n ? [`${q.scale[i]} ${n}`] : []));
  if (s.dontKnow) parts.push(`${q.dontKnow} ${s.dontKnow}`);
  return parts.join(', ') || 'no answers';
}

export function WorkshopWalkthrough({ content, summary, strip: Strip, loadStrip, onAddAction }: Props) {
  const { questionnaire: q, locale, failures, questions, communication } = content;

  const [near, nearRef] = useNearView<HTMLElement>();
  useEffect(() => {
    if (near && !Strip) loadStrip();
  }, [near, Strip, loadStrip]);

  return (
    <section className="ws-section" aria-labelledby="ws-walk-title" ref={nearRef} data-strips={Strip ? 'ready' : 'waiting'}>
      <h2 id="ws-walk-title">3. Talk it through, widest disagreement first</h2>
      {summary.people === 0 ? (
        <p data-testid="walk-empty">
          Once the links are in, the {q.dimensions.length} dimensions appear here in the order to discuss them: where people see things most
          differently first. Each shows a dot per person (no names) with the team's mean, the statements answered most differently, and the
          failure patterns and questions to talk through.
        </p>
      ) : (
        <>
          <p>
            A dot per person, with no names; the diamond and dashed line mark the team's mean. The spread is roughly how far a typical
            person's score sits from the mean; above {formatNumber(summary.threshold, locale, 1)} points people see the dimension very
            differently, which is worth a conversation of its own. A person counts for a dimension once they rated more than half its
            statements.
          </p>
          <ol className="ws-walk">
            {summary.dimensions.map((d) => {
              const divided = d.statements.find((s) => s.sd !== null && s.sd > 0);
              return (
                <li key={d.id} className={d.flagged ? 'ws-dimension is-flagged' : 'ws-dimension'} data-dimension={d.id}>
                  <h3>
                    {d.title}
                    {d.flagged && <span className="ws-flag"> Wide disagreement</span>}
                  </h3>
                  <p className="ws-stats">{stripLabel(d, locale)}</p>
                  {d.n > 0 &&
                    (Strip ? (
                      <Strip scores={d.scores} mean={d.mean} label={`Positions on ${d.title}: ${stripLabel(d, locale)}`} />
                    ) : (
                      <div className="ws-strip-wait" aria-hidden="true" />
                    ))}
                  <h4>To discuss</h4>
                  <ul className="ws-discuss">
                    {d.n >= 2 && (d.sd ?? 0) > 0 && <li>Ask the people at either end what they see that the others do not.</li>}
                    {divided && (
                      <li>
                        Answered most differently: “{divided.text}” ({answerCounts(q, divided)}).
                      </li>
                    )}
                    {d.flagged && (
                      <li>
                        A team that sees one dimension this differently may not share one picture of its customers: read{' '}
                        <a href={communication.href}>{communication.title}</a>.
                      </li>
                    )}
                  </ul>
                  <details className="ws-questions" open={d.flagged}>
                    <summary>
                      Questions from its failure patterns ({d.failures.reduce((n, id) => n + (questions[id]?.length ?? 0), 0)})
                    </summary>
                    {d.failures.map((id) => {
                      const f = failures[id];
                      if (!f) return null;
                      return (
                        <div key={id} className="ws-pattern">
                          <p>
                            Failure pattern: <a href={f.href}>{f.title}</a>
                          </p>
                          <ul aria-label={`Questions about “${f.title}”`}>
                            {(questions[id] ?? []).map((question) => (
                              <li key={question}>{question}</li>
                            ))}
                          </ul>
                        </div>
                      );
                    })}
                  </details>
                  <button type="button" className="button secondary" onClick={() => onAddAction(d.id)}>
                    Add an action<span className="visually-hidden"> for {d.title}</span>
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
