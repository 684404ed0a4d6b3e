// The three weakest dimensions, each with the failure patterns it maps to and their plays.
import type { DimensionScore } from '../../calculators/assessment/score.ts';
import type { FailureInfo } from '../../data/assessment.ts';
import { formatScore } from './words.ts';

interface Props {
  weakest: DimensionScore[];
  failures: Record<string, FailureInfo>;
  locale: string;
}

export function Priorities({ weakest, failures, locale }: Props) {
  if (!weakest.length) return <p>Rate at least one statement to see where to start.</p>;
  return (
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
  );
}
