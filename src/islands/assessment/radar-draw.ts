// Draws the radar chart with chart.js, and its slide image. Loaded by RadarChart only when the
// chart scrolls into view, so chart.js is never downloaded by readers who do not get that far.
// Colours, theme changes and the slide's frame and saving are shared with the calculators'
// charts (src/islands/shared/chart-slide.ts).
import {
  BasicPlatform,
  Chart,
  Filler,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import {
  SLIDE,
  SLIDE_PADDING,
  UNITS_PADDING,
  canvasPng,
  deliverPng,
  lightPalette,
  paintSlideBackground,
  palette,
  slideFileName,
  slideFooter,
  watchTheme,
  withAlpha,
  writeSlideText,
  type Palette,
  type PngWords,
} from '../shared/chart-slide.ts';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

/** Breaks a label into lines of about `width` characters (chart.js draws arrays as lines). */
function wrap(label: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface RadarData {
  labels: string[];
  /** Scores 0-100; null where a dimension is unscored (or its score does not hold). */
  values: (number | null)[];
  /** Name of the series, e.g. "Score". */
  series: string;
}

export interface RadarHandle {
  update: (data: RadarData) => void;
  destroy: () => void;
}

/** The radar's dataset and scale styled in palette `p`, with label and tick sizes in px. */
function style(p: Palette, sizes: { label: number; tick: number }) {
  return {
    dataset: {
      borderColor: p.accent,
      backgroundColor: withAlpha(p.accent, 0.18),
      pointBackgroundColor: p.accent,
      pointBorderColor: p.accent,
    },
    scale: {
      min: 0,
      max: 100,
      grid: { color: p.border },
      angleLines: { color: p.border },
      ticks: { stepSize: 25, backdropColor: 'transparent', color: p.text, font: { size: sizes.tick } },
      pointLabels: { color: p.text, font: { size: sizes.label, family: p.font } },
    },
  };
}

export function drawRadar(canvas: HTMLCanvasElement, data: RadarData): RadarHandle {
  const host = canvas.parentElement ?? document.body;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const small = () => host.clientWidth < 420;
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: data.labels.map((l) => wrap(l)),
      datasets: [{ label: data.series, data: data.values, spanGaps: false, borderWidth: 2, pointRadius: 4, fill: true }],
    },
    options: {
      animation: reduced ? false : { duration: 300 },
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, tooltip: { enabled: true } },
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 25, backdropColor: 'transparent' } } },
    },
  });
  const paint = () => {
    const s = style(palette(host), small() ? { label: 10, tick: 10 } : { label: 13, tick: 12 });
    Object.assign(chart.data.datasets[0]!, s.dataset);
    chart.options.scales = { r: s.scale };
    chart.update();
  };
  paint();
  const unwatch = watchTheme(paint);
  return {
    update: (next) => {
      chart.data.labels = next.labels.map((l) => wrap(l));
      chart.data.datasets[0]!.data = next.values;
      chart.update();
    },
    destroy: () => {
      unwatch();
      chart.destroy();
    },
  };
}

/** What the radar's slide says: its title, what the values measure, and where they came from. */
export interface RadarSlideText {
  title: string;
  units: string;
  /** The source part of the footer, e.g. "Answers: your own, scored in your browser". */
  source: string;
}

/** The radar for a slide: 1600 x 900, light theme whatever the page shows, with title, units line and footer. */
export async function radarSlidePng(data: RadarData, text: RadarSlideText): Promise<Blob> {
  const p = lightPalette();
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const s = style(p, { label: 22, tick: 18 });
  const slide = { title: text.title, units: text.units, footer: slideFooter(text.source) };
  const frame: Plugin<'radar'> = {
    id: 'slide-frame',
    beforeDraw: (c) => paintSlideBackground(c.ctx, c.width, c.height, p),
    afterDraw: (c) => writeSlideText(c.ctx, c.width, c.height, p, slide),
  };
  const config: ChartConfiguration<'radar', (number | null)[], string[]> = {
    type: 'radar',
    platform: BasicPlatform,
    data: {
      labels: data.labels.map((l) => wrap(l, 22)),
      datasets: [{ label: data.series, data: data.values, spanGaps: false, borderWidth: 3, pointRadius: 6, fill: true, ...s.dataset }],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      font: { family: p.font },
      layout: { padding: { ...SLIDE_PADDING, top: SLIDE_PADDING.top + UNITS_PADDING } },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { r: s.scale },
    },
    plugins: [frame],
  };
  const chart = new Chart(canvas, config);
  try {
    return await canvasPng(canvas);
  } finally {
    chart.destroy();
  }
}

/** Saves the radar's slide image as "<site>-assessment-maturity-radar.png", or copies it; returns what to tell the reader. */
export function exportRadar(data: RadarData, text: RadarSlideText, how: 'download' | 'copy', words: PngWords): Promise<string> {
  return deliverPng(radarSlidePng(data, text), slideFileName('maturity-radar'), how, words);
}
