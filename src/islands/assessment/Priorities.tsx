// Where to start: the weakest dimensions whose score holds and has room to improve, each with the
// failure patterns it maps to and their plays. Nothing until the overall score holds.
import type { AssessmentResult } from '../../calculators/assessment/score.ts';
import type { FailureInfo } from '../../data/assessment.ts';
import { formatScore } from './words.ts';

interface Props {
  result: AssessmentResult;
  failures: Record<string, FailureInfo>;
  locale: string;
}

export function Priorities({ result, failures, locale }: Props) {
  if (!result.holds)
    return (
      <p data-testid="no-advice">Advice appears once the overall score holds: it comes from your weakest dimensions, not from the stage.</p>
    );
  const { weakest } = result;
  if (!weakest.length)
    return (
      <p data-testid="no-advice">
        Every dimension with enough answers scores 100, so none has room to improve on these statements. Keep what works, and check again at
        your next review.
      </p>
    );
  return (
    <>
      <p>
        {weakest.length === 1 ? 'Your weakest dimension' : `Your ${weakest.length} weakest dimensions`} with room to improve, each with the
        failure patterns it points to and the plays that counter them.
      </p>
      <ol className="as-priorities">
        {weakest.map((d) => (
          <li key={d.id}>
            <h4>
              {d.title} <span className="as-muted">({formatScore(d.score, locale)} of 100)</span>
            </h4>
            {d.failures.map((id) => {
              const f = failures[id];
              if (!f) return null;
              return (
                <div key={id} className="as-failure">
                  <p>
                    Failure pattern: <a href={f.href}>{f.title}</a>
                  </p>
                  <ul className="checklist" aria-label={`Plays against “${f.title}”`}>
                    {f.plays.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </li>
        ))}
      </ol>
    </>
  );
}
