// A chart described as data, with no drawing library in sight: the calculators say what to
// plot, the shared chart island decides how (chart.js, colours from the theme) and renders the
// same data as a table for readers who cannot see the chart.

/** How the values of a chart are formatted: money, shares 0-1 shown as percentages ('percent'), or plain counts. */
export type ChartUnit = 'money' | 'percent' | 'count';

/** How a series is drawn; `tone` picks one of the theme's chart styles (0 = accent). */
export interface ChartSeries {
  /** Name of the series in the legend and the table's column header. */
  label: string;
  /** Bars or a line. */
  type: 'bar' | 'line';
  /** One value per category, in the chart's unit; for a range chart, [from, to] pairs. */
  values: (number | [number, number])[];
  /** Style index 0-3 (solid accent, hatched text colour, dotted muted colour, outlined). */
  tone: number;
  /** Draw the line dashed (reference lines such as CAC). */
  dashed?: boolean;
  /** Bars with the same stack id are stacked. */
  stack?: string;
}

/** A chart: categories along one axis, one or more series of values. */
export interface ChartSpec {
  /** Stable id, unique on the page (used for element ids). */
  id: string;
  /** Title above the chart and caption of its table. */
  title: string;
  /** One or two sentences saying what the chart shows, read out in place of the picture. */
  summary: string;
  /** 'xy': bars and lines over categories; 'range': horizontal floating bars (a tornado). */
  kind: 'xy' | 'range';
  /** Header of the category column of the table, e.g. "Year". */
  categoryTitle: string;
  /** Category labels along the axis, e.g. "Year 1". */
  categories: string[];
  /** How the values are formatted. */
  unit: ChartUnit;
  /** The series. */
  series: ChartSeries[];
  /** For range charts: the value the bars start from (the base case), in the chart's unit. */
  baseline?: number;
}

/** Formats one value of a chart's unit for reading (e.g. money in the selected currency). */
export type FormatValue = (value: number) => string;
