// The pyramid with the level reached: levels up to it filled, the rest outlined. Words say the
// same thing beside it, level by level (a "yes" above an unmet level says so), and each level
// links to its page.
import { levelStatusText } from '../../calculators/assessment/describe.ts';
import type { PyramidResult } from '../../calculators/assessment/score.ts';
import { bandLabel, pyramidBands } from '../../shared/pyramid-geometry.ts';
import type { LevelInfo } from '../../data/assessment.ts';

interface Props {
  levels: LevelInfo[];
  pyramid: PyramidResult;
  /** The "don't know" label. */
  dontKnow: string;
}

export function PyramidFigure({ levels, pyramid, dontKnow }: Props) {
  const reached = pyramid.level;
  const bands = pyramidBands(levels.length);
  const next = levels.find((l) => l.level === reached + 1);
  const current = levels.find((l) => l.level === reached);
  const headline = pyramid.settled
    ? reached === 0
      ? 'Level 0 of 5: level 1 is not met yet'
      : `Level ${reached} of ${levels.length} met${current ? `: ${current.title}` : ''}`
    : reached === 0
      ? 'Not placed yet: answer the question for level 1'
      : `Level ${reached} of ${levels.length} met so far; answer the question for level ${reached + 1} to see whether it is met too`;
  return (
    <div className="as-pyramid">
      <svg viewBox="0 0 600 410" role="img" aria-labelledby="as-pyramid-title">
        <title id="as-pyramid-title">{`CX pyramid: level ${reached} of ${levels.length} met`}</title>
        {levels.map((l, i) => (
          <g key={l.id} className={l.level <= reached ? 'as-band as-met' : 'as-band'}>
            <polygon points={bands[i]!.points} />
            <text textAnchor="middle" dominantBaseline="middle">
              {bandLabel(bands[i]!, l.level, l.shortTitle).lines.map((line) => (
                <tspan key={line.y} x="300" y={line.y}>
                  {line.text}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
      <div>
        <p className="as-pyramid-headline" data-testid="pyramid-level">
          {headline}
        </p>
        {next ? (
          <p>
            Next:{' '}
            <a href={next.href}>
              level {next.level}, {next.title}
            </a>
            . Read how to climb to it.
          </p>
        ) : (
          <p>
            You reached the top. <a href={current?.href}>Read how to stay there.</a>
          </p>
        )}
        <ol className="as-levels" data-testid="pyramid-levels">
          {levels.map((l) => {
            const r = pyramid.levels.find((x) => x.number === l.level);
            return (
              <li key={l.id} data-status={r?.status}>
                <a href={l.href}>{l.title}</a>: <span className="as-muted">{r ? levelStatusText(r, dontKnow) : 'not asked'}</span>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
