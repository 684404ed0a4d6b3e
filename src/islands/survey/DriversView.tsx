// Driver analysis as a table: each other rating's importance (rank correlation with the likelihood
// to recommend, 95% interval) against its performance (mean on its own scale), most important first,
// beside the same ratings as a quadrant chart (DriversChart, drawn when it comes near the view).
import { useCallback, useMemo } from 'react';
import { MIN_RESPONSES } from '../../calculators/nps/estimate.ts';
import { driverResult, type DriverTally } from '../../calculators/survey/drivers.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import { quadrantChart } from '../../calculators/survey/quadrant.ts';
import { SCALES } from '../../calculators/survey/scales.ts';
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
}

const label = (labels: readonly string[], column: number) => labels[column] ?? `Column ${column + 1}`;

export function DriversView({ drivers, mapping, labels, locale, register }: Props) {
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
      quadrantChart(
        results.map((r) => ({ label: label(labels, r.column), importance: r.importance, performance: r.performance, ...r.scale })),
        n2,
      ),
    [results, labels, n2],
  );
  if (results.length === 0) return null;
  return (
    <section className="survey-drivers" aria-labelledby="survey-drivers-heading">
      <h3 id="survey-drivers-heading">Drivers of the likelihood to recommend</h3>
      <p>
        Importance is Spearman's rank correlation of each rating with the likelihood score (−1 to 1; higher means the two rise together),
        with its 95% interval; performance is the rating's mean on its own scale. A high importance with a low performance is where to look
        first. Correlation is not cause.
      </p>
      <div className="survey-drivers-pair">
        {quadrant.points.length > 0 ? (
          <DriversChart data={quadrant} title="Drivers as a quadrant chart" format={n2} register={register} />
        ) : null}
        <div className="survey-table" tabIndex={0} role="region" aria-label="Table: Drivers">
          <DataTable
            caption="Drivers: importance against performance"
            columns={['Rating', 'Pairs', 'Importance (95% interval)', 'Performance: mean (95% interval)']}
            rows={results.map((r) => ({
              key: r.column,
              head: label(labels, r.column),
              cells: [
                formatNumber(r.importance?.pairs ?? 0, locale, 0),
                r.importance
                  ? `${n2(r.importance.value)} (${n2(r.importance.low)} to ${n2(r.importance.high)})${r.importance.smallSample ? `: fewer than ${MIN_RESPONSES} pairs, too few to judge` : ''}`
                  : 'not enough varied pairs',
                r.performance
                  ? `${n2(r.performance.mean)} of ${r.scale.name} (${n2(r.performance.low)} to ${n2(r.performance.high)})`
                  : 'no answers',
              ],
            }))}
          />
        </div>
      </div>
    </section>
  );
}
