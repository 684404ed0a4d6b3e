// Draws the drivers' quadrant chart with chart.js, and its slide image. Loaded by DriversChart only
// when the chart comes near the view (or before printing), like the other charts' code: each
// rating a labelled point with its importance interval as a whisker, and the two quadrant lines.
// Colours, theme changes and the slide's frame and saving are shared with the other charts
// (src/islands/shared/chart-slide.ts).
import {
  BasicPlatform,
  Chart,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { QuadrantChart } from '../../calculators/survey/quadrant.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';
import type { ChartWords } from '../../lib/browser/calculator-words.ts';
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
  writeSlideText,
  type Palette,
} from '../shared/chart-slide.ts';

Chart.register(ScatterController, PointElement, LinearScale, Tooltip);

/** The chart's words in the page's language (`survey.quadrant*`). */
type Words = Pick<
  SurveyWords,
  | 'quadrantAcross'
  | 'quadrantUp'
  | 'quadrantFixFirst'
  | 'quadrantKeepUp'
  | 'quadrantOverkill'
  | 'quadrantLowerPriority'
  | 'quadrantPoints'
  | 'quadrantTooltip'
  | 'quadrantUnits'
  | 'quadrantSource'
>;

export interface DriversHandle {
  update: (data: QuadrantChart) => void;
  destroy: () => void;
}

type Point = { x: number; y: number };

/** Whiskers (the importance interval), the quadrant lines and each point's label, drawn by hand in palette `p` at font size `size`. */
function marks(data: () => QuadrantChart, p: () => Palette, size: number, w: Words): Plugin<'scatter'> {
  return {
    id: 'drivers-marks',
    beforeDatasetsDraw: (chart) => {
      const { ctx, chartArea: area } = chart;
      const x = chart.scales['x']!;
      const y = chart.scales['y']!;
      const d = data();
      const c = p();
      ctx.save();
      ctx.strokeStyle = c.muted;
      ctx.lineWidth = Math.max(1, size / 10);
      ctx.setLineDash([6, 4]);
      const vx = x.getPixelForValue(d.importanceLine);
      const hy = y.getPixelForValue(d.performanceLine);
      ctx.beginPath();
      ctx.moveTo(vx, area.top);
      ctx.lineTo(vx, area.bottom);
      ctx.moveTo(area.left, hy);
      ctx.lineTo(area.right, hy);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.strokeStyle = c.text;
      for (const pt of d.points) {
        const py = y.getPixelForValue(pt.performance);
        const from = x.getPixelForValue(pt.low);
        const to = x.getPixelForValue(pt.high);
        ctx.beginPath();
        ctx.moveTo(from, py);
        ctx.lineTo(to, py);
        ctx.moveTo(from, py - size / 3);
        ctx.lineTo(from, py + size / 3);
        ctx.moveTo(to, py - size / 3);
        ctx.lineTo(to, py + size / 3);
        ctx.stroke();
      }
      ctx.restore();
    },
    afterDatasetsDraw: (chart) => {
      const { ctx, chartArea: area } = chart;
      const x = chart.scales['x']!;
      const y = chart.scales['y']!;
      const c = p();
      ctx.save();
      ctx.font = `${size}px ${c.font}`;
      ctx.fillStyle = c.text;
      ctx.strokeStyle = c.background;
      ctx.lineWidth = Math.max(3, size / 4);
      ctx.lineJoin = 'round';
      ctx.textBaseline = 'bottom';
      for (const pt of data().points) {
        const px = x.getPixelForValue(pt.importance);
        const py = y.getPixelForValue(pt.performance) - size / 2;
        const width = ctx.measureText(pt.label).width;
        // Labels stay inside the plot: flipped to the left of the point near the right edge.
        const left = px + size / 2 + width > area.right;
        ctx.textAlign = left ? 'right' : 'left';
        const at = [left ? px - size / 2 : px + size / 2, Math.max(area.top + size, py)] as const;
        // A halo of the background keeps a label readable where it crosses a whisker or a line.
        ctx.strokeText(pt.label, ...at);
        ctx.fillText(pt.label, ...at);
      }
      // The quadrant names, in the corners.
      ctx.fillStyle = c.muted;
      ctx.font = `italic ${size}px ${c.font}`;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText(w.quadrantFixFirst, area.right - 4, area.bottom - 4);
      ctx.textBaseline = 'top';
      ctx.fillText(w.quadrantKeepUp, area.right - 4, area.top + 4);
      ctx.textAlign = 'left';
      ctx.fillText(w.quadrantOverkill, area.left + 4, area.top + 4);
      ctx.textBaseline = 'bottom';
      ctx.fillText(w.quadrantLowerPriority, area.left + 4, area.bottom - 4);
      ctx.restore();
    },
  };
}

/** Axis limits: the importance intervals and the line, padded; performance is always 0-100. */
function limits(d: QuadrantChart): { xMin: number; xMax: number } {
  const xs = d.points.flatMap((p) => [p.low, p.high]).concat(d.importanceLine);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = Math.max(0.05, (hi - lo) * 0.1);
  // Ends on multiples of 0.2, so the ticks (every 0.2) fall on round numbers.
  return { xMin: Math.max(-1, Math.floor((lo - pad) * 5) / 5), xMax: Math.min(1, Math.ceil((hi + pad) * 5) / 5) };
}

function config(
  d: QuadrantChart,
  p: Palette,
  format: (v: number) => string,
  size: { tick: number; title: number; point: number },
  w: Words,
): ChartConfiguration<'scatter', Point[]> {
  const { xMin, xMax } = limits(d);
  const axis = (title: string) => ({
    title: { display: true, text: title, color: p.text, font: { size: size.title, family: p.font } },
    ticks: { color: p.muted, font: { size: size.tick }, callback: (v: number | string) => format(Number(v)) },
    grid: { color: p.border },
    border: { color: p.border },
  });
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: w.quadrantPoints,
          data: d.points.map((pt) => ({ x: pt.importance, y: pt.performance })),
          backgroundColor: p.accent,
          borderColor: p.accent,
          pointRadius: size.point,
          pointHoverRadius: size.point + 2,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      font: { family: p.font },
      scales: {
        x: { ...axis(w.quadrantAcross), min: xMin, max: xMax, ticks: { ...axis(w.quadrantAcross).ticks, stepSize: 0.2 } },
        y: { ...axis(w.quadrantUp), min: 0, max: 100 },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const pt = d.points[item.dataIndex];
              return pt
                ? fillWords(w.quadrantTooltip, {
                    rating: pt.label,
                    importance: format(pt.importance),
                    low: format(pt.low),
                    high: format(pt.high),
                    performance: format(pt.performance),
                  })
                : '';
            },
          },
        },
      },
    },
  };
}

/** Draws `data` on `canvas` in the words `w`, following the page's theme. */
export function drawDrivers(canvas: HTMLCanvasElement, data: QuadrantChart, format: (v: number) => string, w: Words): DriversHandle {
  const host = canvas.parentElement ?? document.body;
  let current = data;
  let colours = palette(host);
  const small = host.clientWidth < 480;
  const size = small ? { tick: 11, title: 11, point: 4, label: 11 } : { tick: 12, title: 13, point: 5, label: 13 };
  const chart = new Chart(canvas, {
    ...config(current, colours, format, size, w),
    plugins: [
      marks(
        () => current,
        () => colours,
        size.label,
        w,
      ),
    ],
  });
  const redraw = () => {
    const next = config(current, colours, format, size, w);
    chart.data = next.data;
    chart.options = next.options!;
    chart.update();
  };
  const unwatch = watchTheme(() => {
    colours = palette(host);
    redraw();
  });
  return {
    update: (next) => {
      current = next;
      redraw();
    },
    destroy: () => {
      unwatch();
      chart.destroy();
    },
  };
}

/** The chart for a slide: 1600 x 900, light theme whatever the page shows, with title, units line and footer. */
async function driversSlidePng(data: QuadrantChart, format: (v: number) => string, title: string, w: Words): Promise<Blob> {
  const p = lightPalette();
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE.width;
  canvas.height = SLIDE.height;
  const slide = {
    title,
    units: w.quadrantUnits,
    footer: slideFooter(w.quadrantSource),
  };
  const base = config(data, p, format, { tick: 18, title: 20, point: 8 }, w);
  const frame: Plugin<'scatter'> = {
    id: 'slide-frame',
    beforeDraw: (c) => paintSlideBackground(c.ctx, c.width, c.height, p),
    afterDraw: (c) => writeSlideText(c.ctx, c.width, c.height, p, slide),
  };
  const chart = new Chart(canvas, {
    ...base,
    platform: BasicPlatform,
    options: {
      ...base.options,
      responsive: false,
      devicePixelRatio: 1,
      layout: { padding: { ...SLIDE_PADDING, top: SLIDE_PADDING.top + UNITS_PADDING } },
      plugins: { ...base.options!.plugins, tooltip: { enabled: false } },
    },
    plugins: [
      frame,
      marks(
        () => data,
        () => p,
        20,
        w,
      ),
    ],
  });
  try {
    return await canvasPng(canvas);
  } finally {
    chart.destroy();
  }
}

/** Saves the chart's slide image as "<site>-survey-drivers-quadrant.png", or copies it; returns what to tell the reader, in `chartWords`. */
export function exportDrivers(
  data: QuadrantChart,
  format: (v: number) => string,
  title: string,
  how: 'download' | 'copy',
  w: Words,
  chartWords: ChartWords,
): Promise<string> {
  return deliverPng(driversSlidePng(data, format, title, w), slideFileName('drivers-quadrant'), how, chartWords);
}
