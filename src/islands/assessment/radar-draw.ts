// Draws the radar chart with chart.js. Loaded by RadarChart only when the chart scrolls into
// view, so chart.js is never downloaded by readers who do not get that far.
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import { themeColours, watchTheme } from './theme-colours.ts';

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
  /** Scores 0-100; null where a dimension is unscored. */
  values: (number | null)[];
  /** Name of the series, e.g. "Score". */
  series: string;
}

export interface RadarHandle {
  update: (data: RadarData) => void;
  destroy: () => void;
}

export function drawRadar(canvas: HTMLCanvasElement, data: RadarData): RadarHandle {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const small = () => canvas.parentElement!.clientWidth < 420;
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
    const c = themeColours();
    const ds = chart.data.datasets[0]!;
    Object.assign(ds, { borderColor: c.accent, backgroundColor: c.accentFill, pointBackgroundColor: c.accent, pointBorderColor: c.accent });
    const r = chart.options.scales!['r'] as Record<string, Record<string, unknown> | undefined>;
    r['grid'] = { color: c.grid };
    r['angleLines'] = { color: c.grid };
    r['ticks'] = { ...r['ticks'], color: c.text, font: { size: small() ? 10 : 12 } };
    r['pointLabels'] = { color: c.text, font: { size: small() ? 10 : 13 } };
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
