import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import type { ChartHandle } from './chart-render.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';

/** The PNG buttons: their code comes with the chart's, once the chart is drawn. */
const ChartExport = lazy(() => import('./ChartExport.tsx'));
import { DataTable } from '../shared/DataTable.tsx';

/** Props of one chart with its table. */
export interface ChartFigureProps {
  /** What to draw. */
  spec: ChartSpec;
  /** Full formatting of a value (tooltips, table). */
  format: (value: number) => string;
  /**
   * Formatting of one column of the table, given all its values (money: every cell with the same
   * decimals, Formatters.moneyColumn); default: `format` for each cell.
   */
  formatColumn?: ((values: readonly number[]) => (value: number) => string) | undefined;
  /** Short formatting of a value (axis ticks). */
  formatAxis: (value: number) => string;
  /** Element id prefix, unique on the page. */
  idPrefix: string;
  /** Called with a function that loads and draws the chart now (the print button uses it); returns an unregister function. */
  register?: ((load: () => Promise<void>) => () => void) | undefined;
  /** The page's words for the chart (the `calculator.*` strings): the calling site passes them. */
  words: ChartWords;
}

type Phase = 'waiting' | 'loading' | 'ready' | 'failed';

/** The number a table cell shows: a range's end, as the chart's bar reaches it. */
const shown = (v: number | [number, number] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v[1] : v);

const cell = (v: number | [number, number] | undefined, format: (value: number) => string) => {
  const n = shown(v);
  return n === undefined ? '' : format(n);
};

/**
 * A chart drawn by chart.js, whose code is fetched only when the figure scrolls into view, and
 * the same numbers as a table (in a disclosure) for anyone who cannot see the picture. Before the
 * chart loads, and with JavaScript off, the table is all there is. Once drawn, the chart can be
 * saved as a slide-sized PNG, or copied where the browser can copy images (issue 14).
 */
export function ChartFigure({ spec, format, formatColumn, formatAxis, idPrefix, register, words }: ChartFigureProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<ChartHandle | null>(null);
  const pending = useRef<Promise<void> | null>(null);
  const latest = useRef({ spec, format, formatAxis });
  latest.current = { spec, format, formatAxis };
  const [phase, setPhase] = useState<Phase>('waiting');

  const load = useCallback(() => {
    pending.current ??= import('./chart-render.ts')
      .then((m) => {
        if (!canvas.current) return;
        const { drawChart } = m;
        const { spec: s, format: f, formatAxis: fa } = latest.current;
        handle.current = drawChart(canvas.current, s, f, fa);
        setPhase('ready');
      })
      .catch(() => setPhase('failed'));
    setPhase((p) => (p === 'waiting' ? 'loading' : p));
    return pending.current;
  }, []);

  useEffect(() => {
    const el = wrap.current;
    if (!el || pending.current) return;
    if (!('IntersectionObserver' in window)) {
      void load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void load();
        }
      },
      { rootMargin: '100px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [load]);

  useEffect(() => register?.(load), [register, load]);
  useEffect(() => handle.current?.update(spec, format, formatAxis), [spec, format, formatAxis]);
  useEffect(() => () => handle.current?.destroy(), []);

  const titleId = `${idPrefix}-title`;
  const columnFormats = spec.series.map((s) =>
    formatColumn ? formatColumn(s.values.map(shown).filter((n): n is number => n !== undefined)) : format,
  );
  return (
    <figure className="calc-figure" data-chart={spec.id} data-chart-state={phase}>
      <figcaption id={titleId} className="calc-figure-title">
        {spec.title}
      </figcaption>
      <p className="calc-figure-summary">{spec.summary}</p>
      <div ref={wrap} className={spec.kind === 'range' ? 'calc-chart is-range' : 'calc-chart'}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={words.chartLabel.replace('{title}', () => spec.title).replace('{summary}', () => spec.summary)}
        >
          {spec.summary}
        </canvas>
        {phase === 'failed' ? <p className="calc-chart-failed">{words.chartFailed}</p> : null}
      </div>
      {phase === 'ready' ? (
        <Suspense fallback={null}>
          <ChartExport spec={spec} format={format} formatAxis={formatAxis} words={words} />
        </Suspense>
      ) : null}
      <details className="calc-table">
        <summary>
          {words.chartTable}
          <span className="visually-hidden">: {spec.title}</span>
        </summary>
        <div className="calc-table-scroll" tabIndex={0} role="region" aria-label={words.table.replace('{title}', () => spec.title)}>
          <DataTable
            caption={spec.title}
            captionHidden
            columns={[spec.categoryTitle, ...spec.series.map((s) => s.label)]}
            rows={spec.categories.map((c, i) => ({
              key: c,
              head: c,
              cells: spec.series.map((s, j) => cell(s.values[i], columnFormats[j] ?? format)),
            }))}
          />
        </div>
      </details>
    </figure>
  );
}
