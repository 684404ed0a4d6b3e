// The results of an import: used and excluded rows, then one table per view (overall, by segment,
// by period) with each score's 95% interval, and the period-to-period NPS changes.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SurveyTallies } from '../../calculators/survey/aggregate.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import type { Period } from '../../calculators/survey/dates.ts';
import type { ResultView } from '../../calculators/survey/export.ts';
import { comparisonsWarning, periodChanges, scoreGroup, segmentDifferences, type GroupScores } from '../../calculators/survey/results.ts';
import { formatNumber } from '../../shared/format.ts';
import { trendSpecIn, type TrendMeasure } from '../../calculators/survey/chart.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
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
  /** The charts' words (the `calculator.*` strings of the page's language). */
  chartWords: ChartWords;
  /** The tool's words (the `survey.*` strings of the page's language). */
  words: SurveyWords;
}

/** Each period's name's key in the words. */
const PERIOD_NAMES: Record<Period, 'periodWeek' | 'periodMonth' | 'periodQuarter'> = {
  week: 'periodWeek',
  month: 'periodMonth',
  quarter: 'periodQuarter',
};

function ScoreTable({
  caption,
  groups,
  mapping,
  locale,
  extra,
  w,
  table,
}: {
  caption: string;
  groups: readonly GroupScores[];
  mapping: ColumnMapping;
  locale: string;
  extra?: { head: string; cell: (g: GroupScores) => string } | undefined;
  w: SurveyWords;
  table: string;
}) {
  const columns = [w.colGroup, w.colResponses];
  if (mapping.nps !== undefined) columns.push(w.colNps);
  if (mapping.csat !== undefined) columns.push(w.colCsat);
  if (mapping.ces !== undefined) columns.push(w.colCesShare, w.colCesMean);
  if (mapping.comment !== undefined) columns.push(w.colComments);
  if (extra) columns.push(extra.head);
  return (
    <div className="survey-table calc-table-scroll" tabIndex={0} role="region" aria-label={fillWords(table, { title: caption })}>
      <DataTable
        caption={caption}
        columns={columns}
        rows={groups.map((g) => {
          const cells = [responsesCell(g, locale, w)];
          if (mapping.nps !== undefined) cells.push(withInterval(g.nps, locale, w));
          if (mapping.csat !== undefined) cells.push(withInterval(g.csat, locale, w));
          if (mapping.ces !== undefined) cells.push(withInterval(g.cesShare, locale, w), meanWithInterval(g.cesMean, locale, w));
          if (mapping.comment !== undefined) cells.push(formatNumber(g.comments, locale, 0));
          if (extra) cells.push(extra.cell(g));
          return { key: g.name, head: g.name, cells };
        })}
      />
    </div>
  );
}

export function ResultsView({ tallies, mapping, labels, locale, onExport, chartWords, words: w }: Props) {
  const [segment, setSegment] = useState<number | undefined>(mapping.segments[0]);
  const [period, setPeriod] = useState<Period>('month');
  const column = segment !== undefined && mapping.segments.includes(segment) ? segment : mapping.segments[0];
  const overall = useMemo(() => scoreGroup(w.allResponses, tallies.overall), [tallies, w]);
  const bySegment = useMemo(
    () => (column === undefined ? [] : (tallies.segments[column] ?? []).map(([name, t]) => scoreGroup(name || w.noAnswer, t))),
    [tallies, column, w],
  );
  const count = (x: number) => formatNumber(x, locale, 0);
  const differences = useMemo(
    () => (column === undefined ? [] : segmentDifferences(tallies.overall, tallies.segments[column] ?? [])),
    [tallies, column],
  );
  const segmentWarning = comparisonsWarning(differences.length, w.manyComparisons, count(differences.length));
  const byPeriod = useMemo(() => tallies.periods[period].map(([name, t]) => scoreGroup(name, t)), [tallies, period]);
  const changes = useMemo(() => periodChanges(byPeriod), [byPeriod]);
  const warning = comparisonsWarning(changes.length, w.manyComparisons, count(changes.length));
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
    () => (measure ? trendSpecIn(byPeriod, measure, w[PERIOD_NAMES[period]], one, w) : undefined),
    [byPeriod, measure, period, one, w],
  );
  const by = (name: string) => fillWords(w.byColumn, { name });
  const segmentTitle = column === undefined ? '' : by(labels[column]!);
  const periodTitle = by(w[PERIOD_NAMES[period]]);
  const views: ResultView[] = [{ title: w.allResponses, groups: [overall] }];
  if (column !== undefined) views.push({ title: segmentTitle, groups: bySegment });
  if (mapping.date !== undefined) views.push({ title: periodTitle, groups: byPeriod });
  const table = chartWords.table;

  return (
    <section className="survey-results" aria-labelledby="survey-results-heading">
      <h2 id="survey-results-heading">{w.resultsHeading}</h2>
      <p data-testid="survey-counts">
        {fillWords(w.counts, {
          used: count(tallies.used),
          excluded: count(tallies.excluded),
          blank:
            tallies.blank > 0 ? fillWords(tallies.blank === 1 ? w.countsBlankOne : w.countsBlankMany, { count: count(tallies.blank) }) : '',
        })}
      </p>
      {tallies.firstExcluded.length > 0 ? (
        <div className="survey-excluded">
          <p>
            {tallies.excluded > tallies.firstExcluded.length
              ? fillWords(w.excludedFirst, { count: count(tallies.firstExcluded.length) })
              : w.excludedAll}
          </p>
          <ul>
            {tallies.firstExcluded.map((e) => (
              <li key={e.row}>{fillWords(w.excludedRow, { row: count(e.row), reason: e.reason })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ScoreTable caption={w.allResponses} groups={[overall]} mapping={mapping} locale={locale} w={w} table={table} />

      {column !== undefined ? (
        <>
          <h3>{w.bySegmentHeading}</h3>
          <label className="survey-select">
            {w.segmentBy}{' '}
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
            caption={segmentTitle}
            groups={bySegment}
            mapping={mapping}
            locale={locale}
            w={w}
            table={table}
            extra={
              mapping.nps === undefined
                ? undefined
                : {
                    head: w.colAgainstRest,
                    cell: (g) => differenceCell(differences.find((d) => d.name === g.name)?.comparison, locale, 'group', w),
                  }
            }
          />
          <CrossTable tallies={tallies} mapping={mapping} labels={labels} column={column} locale={locale} words={w} table={table} />
        </>
      ) : null}

      {mapping.date !== undefined ? (
        <>
          <h3>{w.overTimeHeading}</h3>
          <label className="survey-select">
            {w.periodLabel}{' '}
            <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
              <option value="week">{w.periodWeekOption}</option>
              <option value="month">{w.periodMonthOption}</option>
              <option value="quarter">{w.periodQuarterOption}</option>
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
          {tallies.undated > 0 ? <p>{fillWords(w.undated, { count: count(tallies.undated) })}</p> : null}
          {warning ? <p className="survey-warning">{warning}</p> : null}
          <ScoreTable
            caption={periodTitle}
            groups={byPeriod}
            mapping={mapping}
            locale={locale}
            w={w}
            table={table}
            extra={
              mapping.nps === undefined
                ? undefined
                : {
                    head: w.colChange,
                    cell: (g) => differenceCell(changes.find((c) => c.name === g.name)?.comparison, locale, 'period', w),
                  }
            }
          />
        </>
      ) : null}

      {mapping.nps !== undefined ? (
        <DriversView
          drivers={tallies.drivers}
          mapping={mapping}
          labels={labels}
          locale={locale}
          register={register}
          words={w}
          chartWords={chartWords}
        />
      ) : null}

      {mapping.comment !== undefined ? (
        <CommentsView comments={tallies.comments} total={tallies.overall.comments} locale={locale} words={w} />
      ) : null}

      <div className="survey-actions">
        <button type="button" className="button" onClick={() => onExport(views, 'csv')}>
          {w.downloadCsv}
        </button>
        <button type="button" className="button secondary" onClick={() => onExport(views, 'json')}>
          {w.downloadJson}
        </button>
        <button type="button" className="button secondary" onClick={() => void print()}>
          {w.print}
        </button>
      </div>
    </section>
  );
}
