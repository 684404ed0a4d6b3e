// The pyramid with the level reached: levels up to it filled, the rest outlined. Words say the
// same thing beside it, level by level (a "yes" above an unmet level says so), and each level
// links to its page.
import { levelStatusTextIn } from '../../calculators/assessment/describe-in.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { aroundLink } from './words.ts';
import type { PyramidResult } from '../../calculators/assessment/score.ts';
import { bandLabel, pyramidBands } from '../../shared/pyramid-geometry.ts';
import type { LevelInfo } from '../../data/assessment.ts';

interface Props {
  levels: LevelInfo[];
  pyramid: PyramidResult;
  /** The "don't know" label. */
  dontKnow: string;
  w: AssessmentWords;
}

export function PyramidFigure({ levels, pyramid, dontKnow, w }: Props) {
  const reached = pyramid.level;
  const bands = pyramidBands(levels.length);
  const next = levels.find((l) => l.level === reached + 1);
  const current = levels.find((l) => l.level === reached);
  const count = levels.length;
  const headline = pyramid.settled
    ? reached === 0
      ? fill(w.pyramidNone, { count })
      : fill(w.pyramidMet, { level: reached, count, title: current?.title ?? '' })
    : reached === 0
      ? w.pyramidNotPlaced
      : fill(w.pyramidSoFar, { level: reached, count, next: reached + 1 });
  const [nextBefore, nextAfter] = aroundLink(w.pyramidNext);
  const [topBefore, topAfter] = aroundLink(w.pyramidTop);
  return (
    <div className="as-pyramid">
      <svg viewBox="0 0 600 410" role="img" aria-labelledby="as-pyramid-title">
        <title id="as-pyramid-title">{fill(w.pyramidFigure, { level: reached, count })}</title>
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
            {nextBefore}
            <a href={next.href}>{fill(w.pyramidNextLink, { level: next.level, title: next.title })}</a>
            {nextAfter}
          </p>
        ) : (
          <p>
            {topBefore}
            <a href={current?.href}>{w.pyramidTopLink}</a>
            {topAfter}
          </p>
        )}
        <ol className="as-levels" data-testid="pyramid-levels">
          {levels.map((l) => {
            const r = pyramid.levels.find((x) => x.number === l.level);
            return (
              <li key={l.id} data-status={r?.status}>
                <a href={l.href}>{l.title}</a>: <span className="as-muted">{r ? levelStatusTextIn(w, r, dontKnow) : w.notAsked}</span>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
