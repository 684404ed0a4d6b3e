import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import type { ChartHandle, SlideText, slidePng } from './chart-render.ts';
import { DataTable } from '../shared/DataTable.tsx';

/** Props of one chart with its table. */
export interface ChartFigureProps {
  /** What to draw. */
  spec: ChartSpec;
  /** Full formatting of a value (tooltips, table). */
  format: (value: number) => string;
  /** Short formatting of a value (axis ticks). */
  formatAxis: (value: number) => string;
  /** Element id prefix, unique on the page. */
  idPrefix: string;
  /** Called with a function that loads and draws the chart now (the print button uses it); returns an unregister function. */
  register?: ((load: () => Promise<void>) => () => void) | undefined;
}

type Phase = 'waiting' | 'loading' | 'ready' | 'failed';

/** Lower-case words joined by hyphens, for file names: "CX Playbook" -> "cx-playbook". */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** What a slide image of `spec` says besides the chart, and its file name; read from the page. */
function slideText(spec: ChartSpec, format: (value: number) => string): SlideText & { file: string } {
  const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content.trim() || document.title;
  const tool = document.querySelector('h1')?.textContent?.trim() ?? '';
  const page = location.pathname.split('/').filter(Boolean).at(-1) ?? 'chart';
  const symbol = format(0).replace(/[\d\s.,\u00a0\u202f+-]/g, '');
  const valueTitle = spec.unit === 'money' ? `Amount${symbol ? ` (${symbol})` : ''}` : spec.unit === 'percent' ? 'Percent (%)' : 'Number';
  return {
    valueTitle,
    footer: [site, tool, 'Inputs: your own figures, calculated in your browser'].filter(Boolean).join(' · '),
    file: `${[slug(site), slug(page), spec.id].filter(Boolean).join('-')}.png`,
  };
}

/** Whether the browser can put a PNG on the clipboard. */
const canCopyImage = () =>
  typeof ClipboardItem !== 'undefined' &&
  typeof navigator.clipboard?.write === 'function' &&
  (typeof ClipboardItem.supports !== 'function' || ClipboardItem.supports('image/png'));

const cell = (v: number | [number, number] | undefined, format: (value: number) => string) =>
  v === undefined ? '' : format(Array.isArray(v) ? v[1] : v);

/**
 * A chart drawn by chart.js, whose code is fetched only when the figure scrolls into view, and
 * the same numbers as a table (in a disclosure) for anyone who cannot see the picture. Before the
 * chart loads, and with JavaScript off, the table is all there is.
 */
export function ChartFigure({ spec, format, formatAxis, idPrefix, register }: ChartFigureProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<ChartHandle | null>(null);
  const pending = useRef<Promise<void> | null>(null);
  const chartCode = useRef<{ slidePng: typeof slidePng } | null>(null);
  const latest = useRef({ spec, format, formatAxis });
  latest.current = { spec, format, formatAxis };
  const [phase, setPhase] = useState<Phase>('waiting');
  const [copyable, setCopyable] = useState(false);
  const [saved, setSaved] = useState('');

  const load = useCallback(() => {
    pending.current ??= import('./chart-render.ts')
      .then((m) => {
        chartCode.current = m;
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
  useEffect(() => setCopyable(canCopyImage()), []);

  /** The chart as a slide-sized light-theme PNG, and its file name. */
  const slide = () => {
    const m = chartCode.current;
    if (!m) return null;
    const { spec: s, format: f, formatAxis: fa } = latest.current;
    const text = slideText(s, f);
    return { file: text.file, png: m.slidePng(s, f, fa, text) };
  };

  const download = async () => {
    const made = slide();
    if (!made) return;
    try {
      const url = URL.createObjectURL(await made.png);
      const a = document.createElement('a');
      a.href = url;
      a.download = made.file;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setSaved(`Saved ${made.file}.`);
    } catch {
      setSaved('The image could not be made; the table below has the same numbers.');
    }
  };

  const copy = async () => {
    const made = slide();
    if (!made) return;
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': made.png })]);
      setSaved('Copied the chart image.');
    } catch {
      setSaved('The browser did not allow copying the image; use Download PNG instead.');
    }
  };

  const titleId = `${idPrefix}-title`;
  return (
    <figure className="calc-figure" data-chart={spec.id} data-chart-state={phase}>
      <figcaption id={titleId} className="calc-figure-title">
        {spec.title}
      </figcaption>
      <p className="calc-figure-summary">{spec.summary}</p>
      <div ref={wrap} className={spec.kind === 'range' ? 'calc-chart is-range' : 'calc-chart'}>
        <canvas ref={canvas} role="img" aria-label={`Chart: ${spec.title}. ${spec.summary} The numbers are in the table below.`}>
          {spec.summary}
        </canvas>
        {phase === 'failed' ? (
          <p className="calc-chart-failed">The chart could not be drawn; the table below has the same numbers.</p>
        ) : null}
      </div>
      {phase === 'ready' ? (
        <div className="calc-chart-export">
          <button type="button" className="calc-button secondary" onClick={() => void download()}>
            Download PNG<span className="visually-hidden">: {spec.title}</span>
          </button>
          {copyable ? (
            <button type="button" className="calc-button secondary" onClick={() => void copy()}>
              Copy image<span className="visually-hidden">: {spec.title}</span>
            </button>
          ) : null}
          <p className="calc-chart-export-status" role="status">
            {saved}
          </p>
        </div>
      ) : null}
      <details className="calc-table">
        <summary>
          Table of the chart<span className="visually-hidden">: {spec.title}</span>
        </summary>
        <div className="calc-table-scroll" tabIndex={0} role="region" aria-label={`Table: ${spec.title}`}>
          <DataTable
            caption={spec.title}
            captionHidden
            columns={[spec.categoryTitle, ...spec.series.map((s) => s.label)]}
            rows={spec.categories.map((c, i) => ({ key: c, head: c, cells: spec.series.map((s) => cell(s.values[i], format)) }))}
          />
        </div>
      </details>
    </figure>
  );
}
