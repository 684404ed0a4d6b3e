// Draws a ChartSpec with chart.js. It is loaded with import() when a chart scrolls into view, so
// chart code never weighs on first load (the assessment's radar-draw.ts is its counterpart for the
// radar). Colours come from the page's CSS custom properties, so charts follow the light and dark
// themes; series differ by pattern and line style as well as colour. The slide image's frame,
// colours and saving are shared with the radar (src/islands/shared/chart-slide.ts).
import {
  BarController,
  BasicPlatform,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
  type ChartOptions,
  type Plugin,
} from 'chart.js';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import {
  SLIDE,
  SLIDE_PADDING,
  canvasPng,
  deliverPng,
  lightPalette,
  paintSlideBackground,
  palette,
  slideFileName,
  slideFooter,
  watchTheme,
  writeSlideText,
  type Palette,
} from '../shared/chart-slide.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

/** A drawn chart that can take new data, follow a theme change, and be removed. */
export interface ChartHandle {
  update: (spec: ChartSpec, format: (v: number) => string, formatAxis: (v: number) => string) => void;
  destroy: () => void;
}

/** An 8x8 repeating pattern: diagonal hatching or dots in `colour`. */
function pattern(colour: string, kind: 'hatch' | 'dots'): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.strokeStyle = ctx.fillStyle = colour;
  ctx.lineWidth = 2;
  if (kind === 'hatch') {
    ctx.beginPath();
    for (const [x0, y0, x1, y1] of [
      [0, 8, 8, 0],
      [-2, 2, 2, -2],
      [6, 10, 10, 6],
    ] as const) {
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
    }
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(2, 2, 1.6, 0, Math.PI * 2);
    ctx.arc(6, 6, 1.6, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** Splits a long axis label into lines of at most `max` characters (chart.js draws arrays as lines). */
function wrap(label: string, max: number): string | string[] {
  if (label.length <= max) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Category labels, wrapped on narrow screens for horizontal (range) charts. */
function labels(spec: ChartSpec, host: HTMLElement): (string | string[])[] {
  const max = spec.kind === 'range' ? (host.clientWidth < 560 ? 14 : 28) : 40;
  return spec.categories.map((c) => wrap(c, max));
}

type Dataset = ChartDataset<'bar' | 'line', (number | [number, number])[]>;

function datasets(spec: ChartSpec, p: Palette): Dataset[] {
  const fills = [p.accent, pattern(p.text, 'hatch'), pattern(p.muted, 'dots'), 'transparent'];
  const lines = [p.accent, p.text, p.muted, p.text];
  return spec.series.map((s, i) => {
    const tone = Math.abs(s.tone) % 4;
    if (s.type === 'line')
      return {
        type: 'line',
        label: s.label,
        data: s.values,
        order: 0,
        stack: `line-${i}`,
        borderColor: lines[tone],
        backgroundColor: lines[tone],
        borderWidth: tone === 0 || tone === 3 ? 3 : 2,
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: s.dashed ? 0 : 3,
        pointStyle: tone === 3 ? 'rectRot' : 'circle',
        tension: 0,
      } as Dataset;
    return {
      type: 'bar',
      label: s.label,
      data: s.values,
      order: 1,
      stack: s.stack ?? `bar-${i}`,
      backgroundColor: fills[tone],
      borderColor: lines[tone],
      borderWidth: tone === 0 ? 0 : 1.5,
      borderSkipped: false,
    } as Dataset;
  });
}

function options(spec: ChartSpec, p: Palette, format: (v: number) => string, formatAxis: (v: number) => string): ChartOptions<'bar'> {
  const range = spec.kind === 'range';
  const stacked = !range && spec.series.some((s) => s.stack);
  const valueAxis = {
    stacked,
    ticks: { color: p.muted, callback: (v: number | string) => formatAxis(Number(v)) },
    grid: { color: p.border },
    border: { color: p.border },
  };
  // A range chart (the tornado) names each bar only on this axis, so no label may be skipped for lack of room.
  const categoryAxis = { stacked, ticks: { color: p.muted, autoSkip: !range }, grid: { display: false }, border: { color: p.border } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: range ? 'y' : 'x',
    font: { family: p.font },
    scales: range ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: { position: 'bottom', labels: { color: p.text, font: { family: p.font, size: 13 } } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const raw = item.raw as number | [number, number];
            return `${item.dataset.label ?? ''}: ${format(Array.isArray(raw) ? raw[1] : raw)}`;
          },
        },
      },
    },
  } as ChartOptions<'bar'>;
}

/** What the chart shows, on the canvas as data-drawn: the last value of each series (for tests). */
function drawnDigest(spec: ChartSpec): string {
  return spec.series
    .map((s) => {
      const v = s.values.at(-1);
      return Array.isArray(v) ? v[1] : v;
    })
    .map((v) => (typeof v === 'number' ? v.toFixed(2) : ''))
    .join('|');
}

/** Draws `spec` on `canvas` and keeps it in step with the theme until destroyed. */
export function drawChart(
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
  format: (v: number) => string,
  formatAxis: (v: number) => string,
): ChartHandle {
  const host = canvas.parentElement ?? document.body;
  let current = { spec, format, formatAxis };
  let p = palette(host);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: labels(spec, host), datasets: datasets(spec, p) as ChartDataset<'bar'>[] },
    options: options(spec, p, format, formatAxis),
  });
  canvas.dataset['drawn'] = drawnDigest(spec);

  const redraw = () => {
    chart.data.labels = labels(current.spec, host);
    chart.data.datasets = datasets(current.spec, p) as ChartDataset<'bar'>[];
    chart.options = options(current.spec, p, current.format, current.formatAxis);
    chart.update('none');
    canvas.dataset['drawn'] = drawnDigest(current.spec);
  };
  const restyle = () => {
    p = palette(host);
    redraw();
  };
  const unwatch = watchTheme(restyle);

  return {
    update: (s, f, fa) => {
      current = { spec: s, format: f, formatAxis: fa };
      redraw();
    },
    destroy: () => {
      unwatch();
      chart.destroy();
    },
  };
}

/** What a chart's slide image says besides the chart: the value axis title and the footer line. */
export interface SlideText {
  /** Title of the value axis, with its unit, e.g. "Amount (€)". */
  valueTitle: string;
  /** The line along the bottom: site, tool and where the numbers came from. */
  footer: string;
}

/**
 * Draws `spec` for a slide on a canvas of its own (never the page's), always in the light theme,
 * with its title, axis titles and a footer, and returns it as a PNG.
 */
export async function slidePng(
  spec: ChartSpec,
  format: (v: number) => string,
  formatAxis: (v: number) => string,
  text: SlideText,
): Promise<Blob> {
  const p = lightPalette();
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const base = options(spec, p, format, formatAxis) as ChartOptions<'bar'> & Record<string, unknown>;
  const range = spec.kind === 'range';
  const axisTitle = (t: string) => ({ display: true, text: t, color: p.text, font: { family: p.font, size: 22, weight: 'bold' } });
  const scales = base.scales as Record<'x' | 'y', Record<string, unknown>>;
  const [category, value] = range ? [scales.y, scales.x] : [scales.x, scales.y];
  for (const [axis, t] of [
    [category, spec.categoryTitle],
    [value, text.valueTitle],
  ] as const) {
    axis['title'] = axisTitle(t);
    axis['ticks'] = { ...(axis['ticks'] as object), font: { family: p.font, size: 18 } };
  }
  const frame: Plugin<'bar'> = {
    id: 'slide-frame',
    beforeDraw: (chart) => paintSlideBackground(chart.ctx, chart.width, chart.height, p),
    afterDraw: (chart) => writeSlideText(chart.ctx, chart.width, chart.height, p, { title: spec.title, footer: text.footer }),
  };
  const chart = new Chart(canvas, {
    type: 'bar',
    platform: BasicPlatform,
    data: { labels: spec.categories.map((c) => wrap(c, 40)), datasets: datasets(spec, p) as ChartDataset<'bar'>[] },
    options: {
      ...base,
      responsive: false,
      devicePixelRatio: 1,
      layout: { padding: SLIDE_PADDING },
      plugins: {
        ...base.plugins,
        legend: { position: 'bottom', labels: { color: p.text, font: { family: p.font, size: 20 }, padding: 24 } },
        tooltip: { enabled: false },
      },
    } as ChartOptions<'bar'>,
    plugins: [frame],
  });
  try {
    return await canvasPng(canvas);
  } finally {
    chart.destroy();
  }
}

/**
 * Makes the slide image of `spec` and saves it as a file or puts it on the clipboard; returns what
 * to tell the reader, in `words`. The footer names no source but the reader's own inputs.
 */
export async function exportSlide(
  spec: ChartSpec,
  format: (v: number) => string,
  formatAxis: (v: number) => string,
  how: 'download' | 'copy',
  words: ChartWords,
): Promise<string> {
  const symbol = format(0).replace(/[\d\s.,\u00a0\u202f+-]/g, '');
  const valueTitle =
    spec.unit === 'money'
      ? `${words.axisAmount}${symbol ? ` (${symbol})` : ''}`
      : spec.unit === 'percent'
        ? words.axisPercent
        : words.axisNumber;
  const footer = slideFooter(words.slideSource);
  return deliverPng(slidePng(spec, format, formatAxis, { valueTitle, footer }), slideFileName(spec.id), how, words);
}
