// Driver analysis as a table: each other rating's importance (rank correlation with the likelihood
// to recommend, 95% interval) against its performance (mean on its own scale), most important first,
// beside the same ratings as a quadrant chart (DriversChart, drawn when it comes near the view).
import { useCallback, useMemo } from 'react';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { driverResult, type DriverTally } from '../../calculators/survey/drivers.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import { quadrantChartIn } from '../../calculators/survey/quadrant.ts';
import { SCALES } from '../../calculators/survey/scales.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';
import { formatNumber } from '../../shared/format.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { DriversChart } from './DriversChart.tsx';

interface Props {
  drivers: readonly [number, DriverTally][];
  mapping: ColumnMapping;
  labels: readonly string[];
  locale: string;
  /** Registers the chart's loader, so printing draws it first. */
  register: (load: () => Promise<void>) => () => void;
  /** The page's words (`survey.*`) and chart words (`calculator.*`). */
  words: SurveyWords;
  chartWords: ChartWords;
}

export function DriversView({ drivers, mapping, labels, locale, register, words: w, chartWords }: Props) {
  const label = useCallback((column: number) => labels[column] ?? fillWords(w.columnNumber, { number: column + 1 }), [labels, w]);
  const n2 = useCallback((x: number) => formatNumber(x, locale, 2), [locale]);
  const results = useMemo(
    () =>
      drivers
        .filter(([column]) => column !== mapping.nps)
        .map(([column, t]) => {
          const scale = column === mapping.csat ? SCALES.csat : column === mapping.ces ? SCALES.ces : SCALES.nps;
          return { ...driverResult(column, t, scale.min, scale.max), scale };
        })
        .sort((a, b) => (b.importance?.value ?? -2) - (a.importance?.value ?? -2)),
    [drivers, mapping],
  );
  const quadrant = useMemo(
    () =>
      quadrantChartIn(
        results.map((r) => ({ label: label(r.column), importance: r.importance, performance: r.performance, ...r.scale })),
        n2,
        w,
      ),
    [results, label, n2, w],
  );
  const interval = (e: { value: number; low: number; high: number }) =>
    fillWords(w.interval, { score: n2(e.value), low: n2(e.low), high: n2(e.high) });
  if (results.length === 0) return null;
  return (
    <section className="survey-drivers" aria-labelledby="survey-drivers-heading">
      <h3 id="survey-drivers-heading">{w.driversHeading}</h3>
      <p>{w.driversIntro}</p>
      <div className="survey-drivers-pair">
        {quadrant.points.length > 0 ? (
          <DriversChart data={quadrant} title={w.quadrantTitle} format={n2} register={register} words={w} chartWords={chartWords} />
        ) : null}
        <div
          className="survey-table calc-table-scroll"
          tabIndex={0}
          role="region"
          aria-label={fillWords(chartWords.table, { title: w.driversTable })}
        >
          <DataTable
            caption={w.driversCaption}
            columns={[w.colRating, w.colPairs, w.colImportance, w.colPerformance]}
            rows={results.map((r) => ({
              key: r.column,
              head: label(r.column),
              cells: [
                formatNumber(r.importance?.pairs ?? 0, locale, 0),
                r.importance
                  ? r.importance.smallSample
                    ? fillWords(w.importanceSmall, { importance: interval(r.importance), min: MIN_RESPONSES })
                    : interval(r.importance)
                  : w.importanceNone,
                r.performance
                  ? fillWords(w.performance, {
                      mean: n2(r.performance.mean),
                      scale: r.scale.name,
                      low: n2(r.performance.low),
                      high: n2(r.performance.high),
                    })
                  : w.noAnswers,
              ],
            }))}
          />
        </div>
      </div>
    </section>
  );
}
