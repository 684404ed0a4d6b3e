// The result: the maturity score (the primary scale) with its stage once it holds, the scores by
// dimension as a radar chart and a table, the pyramid as a second lens, and where to start. Below
// the minimum-answers rule (score.ts) every score is marked provisional, with what is missing,
// and no stage or advice is given.
import { useMemo, type ReactNode, type Ref } from 'react';
import { dimensionNeeds, minimumRule, provisionalSummary } from '../../calculators/assessment/describe.ts';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import type { AssessmentResult, DimensionScore } from '../../calculators/assessment/score.ts';
import { Priorities } from './Priorities.tsx';
import { PyramidFigure } from './PyramidFigure.tsx';
import { RadarChart } from './RadarChart.tsx';
import type { AssessmentContent } from '../../data/assessment.ts';
import { formatLongDate } from '../../shared/format.ts';
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

/** A dimension's score as the table shows it: "37.5", "25 (provisional)" or "not scored". */
const scoreCell = (d: DimensionScore, locale: string) =>
  d.score === null ? 'not scored' : d.holds ? formatScore(d.score, locale) : `${formatScore(d.score, locale)} (provisional)`;

export function ResultView({ content, result, answered, headingRef, children }: Props) {
  const { questionnaire: q, locale } = content;
  const statements = q.dimensions.reduce((n, d) => n + d.statements.length, 0);
  // A new object only when the scores change, so the chart redraws only then. Only scores that hold are drawn.
  const radar = useMemo(
    () => ({
      labels: result.dimensions.map((d) => d.title),
      values: result.dimensions.map((d) => (d.holds ? d.score : null)),
      series: 'Score',
    }),
    [result],
  );
  const missing = result.dimensions.filter((d) => !d.holds);
  return (
    <section className="as-result" aria-labelledby="as-result-title">
      <h2 id="as-result-title" tabIndex={-1} ref={headingRef}>
        Your result
      </h2>
      <div className="as-summary" data-testid="summary" data-holds={result.holds}>
        <p className="as-lens">
          <strong>Maturity score, 0 to 100:</strong> how well the organisation runs its customer experience, from your ratings of the{' '}
          {statements} statements.
        </p>
        <p className="as-overall">
          <span className="as-big" data-testid="overall">
            {formatScore(result.overall, locale)}
          </span>
          {result.overall !== null && <span className="as-muted"> out of 100 overall{result.holds ? '' : ', provisional'}</span>}
        </p>
        {result.holds && result.stage ? (
          <div>
            <p className="as-stage" data-testid="stage">
              {stageLine(q, result)}
            </p>
            <p>{result.stage.description}</p>
          </div>
        ) : (
          <div className="as-provisional" data-testid="provisional">
            <p>
              <strong>{provisionalSummary(result)}</strong>
            </p>
            {result.overall !== null && missing.length > 0 && (
              <>
                <p>Still missing:</p>
                <ul>
                  {missing.map((d) => (
                    <li key={d.id}>
                      {d.title}: {dimensionNeeds(d, q.dontKnow)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        <p className="as-muted" data-testid="minimum-rule">
          {answered.answered} of {answered.total} questions answered. {minimumRule(result)} “{q.dontKnow}” is left out of every score, and a
          dimension with no rated statement is left out of the overall score, not counted as zero.
        </p>
      </div>

      <h3>Scores by dimension</h3>
      <div className="as-chart-grid">
        {result.holds ? (
          <RadarChart
            data={radar}
            slide={{
              title: `CX maturity by dimension: ${formatScore(result.overall, locale)} of 100 overall${result.stage ? ` (${result.stage.name})` : ''}`,
              units: `Score of each dimension, 0 at the centre to 100 at the edge${
                missing.length ? `; no point for ${missing.map((d) => d.title).join(', ')} (too few answers)` : ''
              }`,
              source: `Answers: your own, scored in your browser, ${formatLongDate(new Date(), locale)}`,
            }}
            label="Radar chart of the score of each dimension, 0 at the centre to 100 at the edge. The table gives the same figures."
          />
        ) : (
          <p className="as-radar-wait">The radar chart is drawn once the overall score holds; the table has every score so far.</p>
        )}
        <DataTable
          className="as-table"
          stack
          caption="Score of each dimension (0 to 100)"
          columns={['Dimension', 'Rated', 'Score']}
          rows={result.dimensions.map((d) => ({
            key: d.id,
            attributes: { 'data-dimension': d.id, 'data-holds': String(d.holds) },
            head: d.title,
            cells: [`${d.rated} of ${d.total}`, scoreCell(d, locale)],
          }))}
        />
      </div>

      <h3>A second lens: the CX pyramid</h3>
      <p className="as-lens">
        <strong>Pyramid level, 0 to 5:</strong> what customers actually get from you today, from the five yes/no questions counted from the
        base up; it is a separate reading from the maturity score, so a high score on a low level (or the reverse) is a finding to discuss,
        not a contradiction.
      </p>
      <PyramidFigure levels={content.levels} pyramid={result.pyramid} dontKnow={q.dontKnow} />

      <h3>Start with these</h3>
      <Priorities result={result} failures={content.failures} locale={locale} />
      {children}
    </section>
  );
}
