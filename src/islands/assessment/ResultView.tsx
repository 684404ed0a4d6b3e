// The result: overall score and stage, the radar chart with its table, the pyramid, and the
// three weakest dimensions with what to do about them.
import { useMemo, type ReactNode, type Ref } from 'react';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { AssessmentResult } from '../../calculators/assessment/score.ts';
import { Priorities } from './Priorities.tsx';
import { PyramidFigure } from './PyramidFigure.tsx';
import { RadarChart } from './RadarChart.tsx';
import type { AssessmentContent } from '../../data/assessment.ts';
import { formatScore } from './words.ts';
import { DataTable } from '../shared/DataTable.tsx';

interface Props {
  content: AssessmentContent;
  result: AssessmentResult;
  answered: { answered: number; total: number };
  headingRef: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}

const stageLine = (q: Questionnaire, r: AssessmentResult) => {
  if (!r.stage) return null;
  const i = q.stages.findIndex((s) => s.name === r.stage!.name);
  const next = q.stages[i + 1];
  return `${r.stage.name}: stage ${i + 1} of ${q.stages.length}${next ? ` (the next, ${next.name}, starts at ${next.min})` : ''}.`;
};

export function ResultView({ content, result, answered, headingRef, children }: Props) {
  const { questionnaire: q, locale } = content;
  // A new object only when the scores change, so the chart redraws only then.
  const radar = useMemo(
    () => ({ labels: result.dimensions.map((d) => d.title), values: result.dimensions.map((d) => d.score), series: 'Score' }),
    [result],
  );
  return (
    <section className="as-result" aria-labelledby="as-result-title">
      <h2 id="as-result-title" tabIndex={-1} ref={headingRef}>
        Your result
      </h2>
      <div className="as-summary">
        <p className="as-overall">
          <span className="as-big" data-testid="overall">
            {formatScore(result.overall, locale)}
          </span>
          {result.overall !== null && <span className="as-muted"> out of 100 overall</span>}
        </p>
        {result.stage ? (
          <div>
            <p className="as-stage" data-testid="stage">
              {stageLine(q, result)}
            </p>
            <p>{result.stage.description}</p>
          </div>
        ) : (
          <p>Rate at least one statement to see a score. “{q.dontKnow}” answers are left out of every score.</p>
        )}
        <p className="as-muted">
          {answered.answered} of {answered.total} questions answered. The overall score is the weighted mean of the dimensions that have at
          least one rated statement; a dimension with none is left out, not counted as zero.
        </p>
      </div>

      <h3>Scores by dimension</h3>
      <div className="as-chart-grid">
        <RadarChart
          data={radar}
          label="Radar chart of the score of each dimension, 0 at the centre to 100 at the edge. The table gives the same figures."
        />
        {/* Scrolls on its own on a narrow phone, so the page never does; focusable so keys can scroll it. */}
        <div className="as-scroll" role="region" aria-label="Score of each dimension" tabIndex={0}>
          <DataTable
            className="as-table"
            caption="Score of each dimension (0 to 100)"
            columns={['Dimension', 'Weight', 'Rated', 'Score']}
            rows={result.dimensions.map((d) => ({
              key: d.id,
              attributes: { 'data-dimension': d.id },
              head: d.title,
              cells: [
                d.weight,
                <>
                  {d.rated} of {d.total}
                </>,
                formatScore(d.score, locale),
              ],
            }))}
          />
        </div>
      </div>

      <h3>Where you stand on the CX pyramid</h3>
      <PyramidFigure levels={content.levels} reached={result.pyramidLevel} />

      <h3>Start with these</h3>
      <p>The three weakest dimensions, each with the failure patterns it points to and the plays that counter them.</p>
      <Priorities weakest={result.weakest} failures={content.failures} locale={locale} />
      {children}
    </section>
  );
}
