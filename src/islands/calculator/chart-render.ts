// Draws a ChartSpec with chart.js. This module is the only one that imports chart.js, and it is
// loaded with import() when a chart scrolls into view, so chart code never weighs on first load.
// Colours come from the page's CSS custom properties, so charts follow the light and dark themes;
// series differ by pattern and line style as well as colour.
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
import { downloadBlob } from '../../lib/browser/download.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

/** A drawn chart that can take new data, follow a theme change, and be removed. */
export interface ChartHandle {
  update: (spec: ChartSpec, format: (v: number) => string, formatAxis: (v: number) => string) => void;
  destroy: () => void;
}

interface Palette {
  accent: string;
  text: string;
  muted: string;
  border: string;
  background: string;
  font: string;
}

/** Resolves a CSS colour (including var() and color-mix()) to rgb() via a probe and one pixel. */
function resolve(host: HTMLElement, css: string): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = css;
  host.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const px = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!px) return computed;
  px.fillStyle = '#000';
  px.fillStyle = computed;
  px.fillRect(0, 0, 1, 1);
  const [r, g, b] = px.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

function palette(host: HTMLElement): Palette {
  return {
    accent: resolve(host, 'var(--accent)'),
    text: resolve(host, 'var(--text)'),
    muted: resolve(host, 'var(--muted)'),
    border: resolve(host, 'var(--border)'),
    background: resolve(host, 'var(--bg)'),
    font: getComputedStyle(host).fontFamily,
  };
}

/**
 * The light theme's palette whatever the page's theme: a hidden element marked data-theme="light"
 * takes the light colours from theme.css, and --muted and --border are mixed there as global.css
 * mixes them (on :root they are computed once, from the page's theme).
 */
function lightPalette(): Palette {
  const host = document.createElement('div');
  host.hidden = true;
  host.dataset['theme'] = 'light';
  host.style.setProperty('--muted', 'color-mix(in srgb, var(--text) 74%, var(--bg))');
  host.style.setProperty('--border', 'color-mix(in srgb, var(--text) 22%, var(--bg))');
  document.body.append(host);
  const p = palette(host);
  host.remove();
  return { ...p, font: getComputedStyle(document.body).fontFamily };
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
  const observer = new MutationObserver(restyle);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', restyle);

  return {
    update: (s, f, fa) => {
      current = { spec: s, format: f, formatAxis: fa };
      redraw();
    },
    destroy: () => {
      observer.disconnect();
      media.removeEventListener('change', restyle);
      chart.destroy();
    },
  };
}

/** What a slide image says besides the chart: the value axis title and the footer line. */
export interface SlideText {
  /** Title of the value axis, with its unit, e.g. "Amount (€)". */
  valueTitle: string;
  /** The line along the bottom: site, tool and where the numbers came from. */
  footer: string;
}

/** Size of a slide image, px; drawn at a device pixel ratio of 1 so the file is exactly this size. */
export const SLIDE = { width: 1600, height: 900 } as const;

const TITLE_SIZE = 40;
const FOOTER_SIZE = 20;

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
    beforeDraw: (chart) => {
      const ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = p.background;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
    afterDraw: (chart) => {
      const ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = p.text;
      ctx.textBaseline = 'top';
      ctx.font = `bold ${TITLE_SIZE}px ${p.font}`;
      ctx.fillText(spec.title, 48, 36, chart.width - 96);
      ctx.fillStyle = p.muted;
      ctx.textBaseline = 'bottom';
      ctx.font = `${FOOTER_SIZE}px ${p.font}`;
      ctx.fillText(text.footer, 48, chart.height - 24, chart.width - 96);
      ctx.restore();
    },
  };
  const chart = new Chart(canvas, {
    type: 'bar',
    platform: BasicPlatform,
    data: { labels: spec.categories.map((c) => wrap(c, 40)), datasets: datasets(spec, p) as ChartDataset<'bar'>[] },
    options: {
      ...base,
      responsive: false,
      devicePixelRatio: 1,
      layout: { padding: { top: 36 + TITLE_SIZE + 32, bottom: 24 + FOOTER_SIZE + 24, left: 48, right: 48 } },
      plugins: {
        ...base.plugins,
        legend: { position: 'bottom', labels: { color: p.text, font: { family: p.font, size: 20 }, padding: 24 } },
        tooltip: { enabled: false },
      },
    } as ChartOptions<'bar'>,
    plugins: [frame],
  });
  try {
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((blob) => (blob ? ok(blob) : fail(new Error('The chart could not be turned into a PNG.'))), 'image/png'),
    );
  } finally {
    chart.destroy();
  }
}

/** Lower-case words joined by hyphens, for file names: "CX Playbook" -> "cx-playbook". */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Makes the slide image of `spec` and saves it as a file or puts it on the clipboard; returns what
 * to tell the reader. The site's name, the tool's name (the page's h1) and the file name come from
 * the page; the footer names no source but the reader's own inputs.
 */
export async function exportSlide(
  spec: ChartSpec,
  format: (v: number) => string,
  formatAxis: (v: number) => string,
  how: 'download' | 'copy',
): Promise<string> {
  const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content.trim() || document.title;
  const tool = document.querySelector('h1')?.textContent?.trim() ?? '';
  const page = location.pathname.split('/').filter(Boolean).at(-1) ?? '';
  const symbol = format(0).replace(/[\d\s.,\u00a0\u202f+-]/g, '');
  const valueTitle = spec.unit === 'money' ? `Amount${symbol ? ` (${symbol})` : ''}` : spec.unit === 'percent' ? 'Percent (%)' : 'Number';
  const footer = [site, tool, 'Inputs: your own figures, calculated in your browser'].filter(Boolean).join(' · ');
  const file = `${[slug(site), slug(page), spec.id].filter(Boolean).join('-')}.png`;
  const png = slidePng(spec, format, formatAxis, { valueTitle, footer });
  if (how === 'copy') {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      return 'Copied the chart image.';
    } catch {
      return 'The browser did not allow copying the image; use Download PNG instead.';
    }
  }
  try {
    downloadBlob(file, await png);
    return `Saved ${file}.`;
  } catch {
    return 'The image could not be made; the table below has the same numbers.';
  }
}
