// The results of an import: used and excluded rows, then one table per view (overall, by segment,
// by period) with each score's 95% interval, and the period-to-period NPS changes.
import { useCallback, useMemo, useRef, useState } from 'react';
import { NO_ANSWER, type SurveyTallies } from '../../calculators/survey/aggregate.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import type { Period } from '../../calculators/survey/dates.ts';
import type { ResultView } from '../../calculators/survey/export.ts';
import {
  manyComparisonsWarning,
  periodChanges,
  scoreGroup,
  segmentDifferences,
  type GroupScores,
} from '../../calculators/survey/results.ts';
import { formatNumber } from '../../shared/format.ts';
import { trendSpec, type TrendMeasure } from '../../calculators/survey/chart.ts';
import { ChartFigure } from '../calculator/ChartFigure.tsx';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';
import '../calculator/calculator.css';
import { DataTable } from '../shared/DataTable.tsx';
import { CommentsView } from './CommentsView.tsx';
import { CrossTable } from './CrossTable.tsx';
import { DriversView } from './DriversView.tsx';
import { differenceCell, meanWithInterval, responsesCell, withInterval } from './survey-words.ts';

interface Props {
  tallies: SurveyTallies;
  mapping: ColumnMapping;
  labels: readonly string[];
  locale: string;
  onExport: (views: ResultView[], format: 'csv' | 'json') => void;
  /** The trend chart's words (the `calculator.*` strings). */
  chartWords: ChartWords;
}

const PERIOD_NAMES: Record<Period, string> = { week: 'week', month: 'month', quarter: 'quarter' };

function ScoreTable({
  caption,
  groups,
  mapping,
  locale,
  extra,
}: {
  caption: string;
  groups: readonly GroupScores[];
  mapping: ColumnMapping;
  locale: string;
  extra?: { head: string; cell: (g: GroupScores) => string } | undefined;
}) {
  const columns = ['Group', 'Responses'];
  if (mapping.nps !== undefined) columns.push('NPS (95% interval)');
  if (mapping.csat !== undefined) columns.push('CSAT % (95% interval)');
  if (mapping.ces !== undefined) columns.push('CES % answering 5-7 (95% interval)', 'CES mean 1-7 (95% interval)');
  if (mapping.comment !== undefined) columns.push('Comments');
  if (extra) columns.push(extra.head);
  return (
    <div className="survey-table" tabIndex={0} role="region" aria-label={`Table: ${caption}`}>
      <DataTable
        caption={caption}
        columns={columns}
        rows={groups.map((g) => {
          const cells = [responsesCell(g, locale)];
          if (mapping.nps !== undefined) cells.push(withInterval(g.nps, locale));
          if (mapping.csat !== undefined) cells.push(withInterval(g.csat, locale));
          if (mapping.ces !== undefined) cells.push(withInterval(g.cesShare, locale), meanWithInterval(g.cesMean, locale));
          if (mapping.comment !== undefined) cells.push(formatNumber(g.comments, locale, 0));
          if (extra) cells.push(extra.cell(g));
          return { key: g.name, head: g.name, cells };
        })}
      />
    </div>
  );
}

export function ResultsView({ tallies, mapping, labels, locale, onExport, chartWords }: Props) {
  const [segment, setSegment] = useState<number | undefined>(mapping.segments[0]);
  const [period, setPeriod] = useState<Period>('month');
  const column = segment !== undefined && mapping.segments.includes(segment) ? segment : mapping.segments[0];
  const overall = useMemo(() => scoreGroup('All responses', tallies.overall), [tallies]);
  const bySegment = useMemo(
    () => (column === undefined ? [] : (tallies.segments[column] ?? []).map(([name, t]) => scoreGroup(name || NO_ANSWER, t))),
    [tallies, column],
  );
  const differences = useMemo(
    () => (column === undefined ? [] : segmentDifferences(tallies.overall, tallies.segments[column] ?? [])),
    [tallies, column],
  );
  const segmentWarning = manyComparisonsWarning(differences.length);
  const byPeriod = useMemo(() => tallies.periods[period].map(([name, t]) => scoreGroup(name, t)), [tallies, period]);
  const changes = useMemo(() => periodChanges(byPeriod), [byPeriod]);
  const warning = manyComparisonsWarning(changes.length);
  const measure: TrendMeasure | undefined =
    mapping.nps !== undefined ? 'nps' : mapping.csat !== undefined ? 'csat' : mapping.ces !== undefined ? 'ces' : undefined;
  // Charts register a loader; printing draws every chart first, so the report has them all.
  const loaders = useRef(new Set<() => Promise<void>>());
  const register = useCallback((load: () => Promise<void>) => {
    loaders.current.add(load);
    return () => void loaders.current.delete(load);
  }, []);
  const print = async () => {
    await Promise.all([...loaders.current].map((load) => load()));
    window.print();
  };
  const one = useCallback((x: number) => formatNumber(x, locale, 1), [locale]);
  const trend = useMemo(
    () => (measure ? trendSpec(byPeriod, measure, PERIOD_NAMES[period], one) : undefined),
    [byPeriod, measure, period, one],
  );
  const count = (x: number) => formatNumber(x, locale, 0);
  const views: ResultView[] = [{ title: 'All responses', groups: [overall] }];
  if (column !== undefined) views.push({ title: `By ${labels[column]}`, groups: bySegment });
  if (mapping.date !== undefined) views.push({ title: `By ${PERIOD_NAMES[period]}`, groups: byPeriod });

  return (
    <section className="survey-results" aria-labelledby="survey-results-heading">
      <h2 id="survey-results-heading">Results</h2>
      <p data-testid="survey-counts">
        {count(tallies.used)} rows used, {count(tallies.excluded)} excluded
        {tallies.blank > 0 ? `, ${count(tallies.blank)} blank ${tallies.blank === 1 ? 'row' : 'rows'} skipped` : ''}.
      </p>
      {tallies.firstExcluded.length > 0 ? (
        <div className="survey-excluded">
          <p>
            {tallies.excluded > tallies.firstExcluded.length
              ? `The first ${tallies.firstExcluded.length} excluded rows and why:`
              : 'Excluded rows and why:'}
          </p>
          <ul>
            {tallies.firstExcluded.map((e) => (
              <li key={e.row}>
                Row {count(e.row)}: {e.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ScoreTable caption="All responses" groups={[overall]} mapping={mapping} locale={locale} />

      {column !== undefined ? (
        <>
          <h3>By segment</h3>
          <label className="survey-select">
            Segment by{' '}
            <select value={column} onChange={(e) => setSegment(Number(e.target.value))}>
              {mapping.segments.map((c) => (
                <option key={c} value={c}>
                  {labels[c]}
                </option>
              ))}
            </select>
          </label>
          {segmentWarning ? <p className="survey-warning">{segmentWarning}</p> : null}
          <ScoreTable
            caption={`By ${labels[column]}`}
            groups={bySegment}
            mapping={mapping}
            locale={locale}
            extra={
              mapping.nps === undefined
                ? undefined
                : {
                    head: 'NPS against all other responses',
                    cell: (g) => differenceCell(differences.find((d) => d.name === g.name)?.comparison, locale, 'group'),
                  }
            }
          />
          <CrossTable tallies={tallies} mapping={mapping} labels={labels} column={column} locale={locale} />
        </>
      ) : null}

      {mapping.date !== undefined ? (
        <>
          <h3>Over time</h3>
          <label className="survey-select">
            Period{' '}
            <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
              <option value="week">Week (ISO, from Monday)</option>
              <option value="month">Month</option>
              <option value="quarter">Quarter</option>
            </select>
          </label>
          {trend ? (
            <ChartFigure
              key={trend.id}
              spec={trend}
              format={one}
              formatAxis={one}
              idPrefix="survey-trend"
              register={register}
              words={chartWords}
            />
          ) : null}
          {tallies.undated > 0 ? <p>{count(tallies.undated)} used rows have no readable date and are left out of this view.</p> : null}
          {warning ? <p className="survey-warning">{warning}</p> : null}
          <ScoreTable
            caption={`By ${PERIOD_NAMES[period]}`}
            groups={byPeriod}
            mapping={mapping}
            locale={locale}
            extra={
              mapping.nps === undefined
                ? undefined
                : {
                    head: 'NPS change from the period before',
                    cell: (g) => differenceCell(changes.find((c) => c.name === g.name)?.comparison, locale, 'period'),
                  }
            }
          />
        </>
      ) : null}

      {mapping.nps !== undefined ? (
        <DriversView drivers={tallies.drivers} mapping={mapping} labels={labels} locale={locale} register={register} />
      ) : null}

      {mapping.comment !== undefined ? <CommentsView comments={tallies.comments} total={tallies.overall.comments} locale={locale} /> : null}

      <div className="survey-actions">
        <button type="button" className="button" onClick={() => onExport(views, 'csv')}>
          Download CSV
        </button>
        <button type="button" className="button secondary" onClick={() => onExport(views, 'json')}>
          Download JSON
        </button>
        <button type="button" className="button secondary" onClick={() => void print()}>
          Print
        </button>
      </div>
    </section>
  );
}
