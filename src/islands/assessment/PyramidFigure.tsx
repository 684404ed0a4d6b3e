// The pyramid with the level reached: levels up to it filled, the rest outlined. Words say the
// same thing beside it, and each level links to its page.
import { bandLabel, pyramidBands } from '../../shared/pyramid-geometry.ts';
import type { LevelInfo } from '../../data/assessment.ts';

interface Props {
  levels: LevelInfo[];
  /** Level reached, 0-5. */
  reached: number;
}

export function PyramidFigure({ levels, reached }: Props) {
  const bands = pyramidBands(levels.length);
  const next = levels.find((l) => l.level === reached + 1);
  const current = levels.find((l) => l.level === reached);
  return (
    <div className="as-pyramid">
      <svg viewBox="0 0 600 410" role="img" aria-labelledby="as-pyramid-title">
        <title id="as-pyramid-title">{`CX pyramid: level ${reached} of ${levels.length} reached`}</title>
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
        <p className="as-big">
          {reached === 0 ? 'No level reached yet' : `Level ${reached} reached`}
          {current ? `: ${current.title}` : ''}
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
        <ol className="as-levels">
          {levels.map((l) => (
            <li key={l.id}>
              <a href={l.href}>{l.title}</a> <span className="as-muted">{l.level <= reached ? '(met)' : '(not met)'}</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
