// Where to start: the weakest dimensions whose score holds and has room to improve, each with the
// failure patterns it maps to and their plays. Nothing until the overall score holds.
import type { AssessmentResult } from '../../calculators/assessment/score.ts';
import type { FailureInfo } from '../../data/assessment.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { aroundLink, formatScore } from './words.ts';

interface Props {
  result: AssessmentResult;
  failures: Record<string, FailureInfo>;
  locale: string;
  w: AssessmentWords;
}

export function Priorities({ result, failures, locale, w }: Props) {
  if (!result.holds) return <p data-testid="no-advice">{w.noAdvice}</p>;
  const { weakest } = result;
  if (!weakest.length) return <p data-testid="no-advice">{w.allTop}</p>;
  const [patternBefore, patternAfter] = aroundLink(w.failurePattern);
  return (
    <>
      <p>{weakest.length === 1 ? w.weakestOne : fill(w.weakestMany, { count: weakest.length })}</p>
      <ol className="as-priorities">
        {weakest.map((d) => (
          <li key={d.id}>
            <h4>
              {d.title} <span className="as-muted">{fill(w.ofHundred, { score: formatScore(d.score, locale, w) })}</span>
            </h4>
            {d.failures.map((id) => {
              const f = failures[id];
              if (!f) return null;
              return (
                <div key={id} className="as-failure">
                  <p>
                    {patternBefore}
                    <a href={f.href} lang={f.lang}>
                      {f.title}
                    </a>
                    {patternAfter}
                  </p>
                  <ul className="checklist" aria-label={fill(w.playsAgainst, { title: f.title })} lang={f.lang}>
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
