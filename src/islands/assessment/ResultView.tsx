// The result: the maturity score (the primary scale) with its stage once it holds, the scores by
// dimension as a radar chart and a table, the pyramid as a second lens, and where to start. Below
// the minimum-answers rule (score.ts) every score is marked provisional, with what is missing,
// and no stage or advice is given.
import { useMemo, type ReactNode, type Ref } from 'react';
import { dimensionNeedsIn, minimumRuleIn, provisionalSummaryIn } from '../../calculators/assessment/describe-in.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
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

const stageLine = (q: Questionnaire, r: AssessmentResult, w: AssessmentWords) => {
  if (!r.stage) return null;
  const i = q.stages.findIndex((s) => s.name === r.stage!.name);
  const next = q.stages[i + 1];
  const values = { stage: r.stage.name, number: i + 1, count: q.stages.length };
  return next ? fill(w.stageLineNext, { ...values, next: next.name, min: next.min }) : fill(w.stageLine, values);
};

/** A dimension's score as the table shows it: "37.5", "25 (provisional)" or "not scored". */
const scoreCell = (d: DimensionScore, locale: string, w: AssessmentWords) =>
  d.score === null
    ? w.notScored
    : d.holds
      ? formatScore(d.score, locale, w)
      : fill(w.provisionalScore, { score: formatScore(d.score, locale, w) });

export function ResultView({ content, result, answered, headingRef, children }: Props) {
  const { questionnaire: q, locale, words: w } = content;
  const statements = q.dimensions.reduce((n, d) => n + d.statements.length, 0);
  // A new object only when the scores change, so the chart redraws only then. Only scores that hold are drawn.
  const radar = useMemo(
    () => ({
      labels: result.dimensions.map((d) => d.title),
      values: result.dimensions.map((d) => (d.holds ? d.score : null)),
      series: w.score,
    }),
    [result, w],
  );
  const missing = result.dimensions.filter((d) => !d.holds);
  return (
    <section className="as-result" aria-labelledby="as-result-title">
      <h2 id="as-result-title" tabIndex={-1} ref={headingRef}>
        {w.resultTitle}
      </h2>
      <div className="as-summary" data-testid="summary" data-holds={result.holds}>
        <p className="as-lens">
          <strong>{w.scoreLensLabel}</strong> {fill(w.scoreLens, { count: statements })}
        </p>
        <p className="as-overall">
          <span className="as-big" data-testid="overall">
            {formatScore(result.overall, locale, w)}
          </span>
          {result.overall !== null && <span className="as-muted"> {result.holds ? w.overallOf : w.overallOfProvisional}</span>}
        </p>
        {result.holds && result.stage ? (
          <div>
            <p className="as-stage" data-testid="stage">
              {stageLine(q, result, w)}
            </p>
            <p>{result.stage.description}</p>
          </div>
        ) : (
          <div className="as-provisional" data-testid="provisional">
            <p>
              <strong>{provisionalSummaryIn(w, result)}</strong>
            </p>
            {result.overall !== null && missing.length > 0 && (
              <>
                <p>{w.stillMissing}</p>
                <ul>
                  {missing.map((d) => (
                    <li key={d.id}>{fill(w.missingLine, { title: d.title, needs: dimensionNeedsIn(w, d, q.dontKnow) })}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        <p className="as-muted" data-testid="minimum-rule">
          {fill(w.minimumNote, {
            answered: answered.answered,
            total: answered.total,
            rule: minimumRuleIn(w, result),
            dontKnow: q.dontKnow,
          })}
        </p>
      </div>

      <h3>{w.byDimension}</h3>
      <div className="as-chart-grid">
        {result.holds ? (
          <RadarChart
            data={radar}
            slide={{
              title: result.stage
                ? fill(w.slideTitleStage, { overall: formatScore(result.overall, locale, w), stage: result.stage.name })
                : fill(w.slideTitle, { overall: formatScore(result.overall, locale, w) }),
              units: missing.length ? fill(w.slideUnitsMissing, { dimensions: missing.map((d) => d.title).join(', ') }) : w.slideUnits,
              source: fill(w.slideSource, { date: formatLongDate(new Date(), locale) }),
            }}
            label={w.radarLabel}
            words={content.chartWords}
          />
        ) : (
          <p className="as-radar-wait">{w.radarWait}</p>
        )}
        <DataTable
          className="as-table"
          stack
          caption={w.scoresCaption}
          columns={[w.dimension, w.rated, w.score]}
          rows={result.dimensions.map((d) => ({
            key: d.id,
            attributes: { 'data-dimension': d.id, 'data-holds': String(d.holds) },
            head: d.title,
            cells: [fill(w.ratedOf, { rated: d.rated, total: d.total }), scoreCell(d, locale, w)],
          }))}
        />
      </div>

      <h3>{w.pyramidTitle}</h3>
      <p className="as-lens">
        <strong>{w.pyramidLensLabel}</strong> {w.pyramidLens}
      </p>
      <PyramidFigure levels={content.levels} pyramid={result.pyramid} dontKnow={q.dontKnow} w={w} />

      <h3>{w.startWith}</h3>
      <Priorities result={result} failures={content.failures} locale={locale} w={w} />
      {children}
    </section>
  );
}
