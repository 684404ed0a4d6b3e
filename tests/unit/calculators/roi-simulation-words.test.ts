// The ROI ranges panel's and simulation's words (tools.roi.ranges*, sim*, hist*): the worker answers
// with numbers only, and the page words them in its language. With the German strings the
// percentile table, the chances, the histogram and the CSV rows are German, numbers in de-DE.
import { describe, expect, it } from 'vitest';
import type { RoiSimulation } from '../../../src/calculators/roi/monte-carlo.ts';
import { ROI_WORDS, type RoiWords } from '../../../src/calculators/roi/words.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { roiSimulationRowsIn } from '../../../src/islands/roi/roi-csv.ts';
import {
  SIMULATION_TABLE,
  simulationChancesIn,
  simulationChartIn,
  simulationRowsIn,
  simulationTableIn,
} from '../../../src/islands/roi/roi-simulation-text.ts';
import { germanStyle, stringsUnder } from './tool-words-helpers.ts';

const de = stringsUnder('de', 'tools.roi.') as RoiWords;
const fmt = makeFormatters(germanStyle());
// A made-up simulation: NPV from −1,000 to 3,000 in two bands, payback within 5 years in 60% of draws.
const sim: RoiSimulation = {
  draws: 10000,
  seed: 7,
  ranges: [],
  npv: { p10: -500, p50: 1000, p90: 2500 },
  npvMean: 1000,
  npvPositive: 0.75,
  payback: { p10: 18, p50: 30, p90: null },
  paybackWithin: 0.6,
  histogram: [
    { from: -1000, to: 1000, count: 4000 },
    { from: 1000, to: 3000, count: 6000 },
  ],
};

describe('the simulation in German', () => {
  it('has German heads and rows, payback in German months and years', () => {
    expect(simulationTableIn(de)).toEqual({
      caption: 'Simulierter Kapitalwert und simulierte Amortisationsdauer',
      columns: ['Kennzahl', 'P10', 'P50 (Median)', 'P90'],
    });
    expect(simulationRowsIn(de, sim, fmt, 5).map((r) => [r.head, ...r.cells])).toEqual([
      ['Kapitalwert', '-500\u00a0€', '1.000\u00a0€', '2.500\u00a0€'],
      ['Amortisationsdauer', '18 Monate', '30 Monate', 'nicht im Zeitraum (5 Jahre)'],
    ]);
    expect(simulationChancesIn(de, sim, fmt, 5).map((c) => [c.label, c.value])).toEqual([
      ['Wahrscheinlichkeit eines positiven Kapitalwerts', '75\u00a0%'],
      ['Wahrscheinlichkeit der Amortisation im Zeitraum (5 Jahre)', '60\u00a0%'],
    ]);
  });

  it('draws the histogram with German title, summary, axis and bands', () => {
    const chart = simulationChartIn(de, sim, fmt);
    expect(chart.title).toBe('Kapitalwert in 10.000 simulierten Fällen');
    expect(chart.summary).toContain('Die Hälfte der simulierten Fälle hat einen Kapitalwert unter 1.000\u00a0€');
    expect(chart.categoryTitle).toBe('Kapitalwert-Klasse');
    expect(chart.categories[0]).toMatch(/ bis /);
    expect(chart.kind === 'xy' && chart.series[0]!.label).toBe('Simulierte Fälle');
  });

  it('keeps the default language’s table for code without a page', () => {
    expect(SIMULATION_TABLE).toEqual({ caption: ROI_WORDS.simTableCaption, columns: ['Figure', 'P10', 'P50 (median)', 'P90'] });
  });

  it('writes the CSV rows’ heads in German', () => {
    const input = { ...baseInput, ranges: 'retention:70:90' };
    const rows = roiSimulationRowsIn(de, { input, labels: { retention: 'Kundenbindung' }, fmt } as never);
    const heads = rows.map((r) => r[0]).filter((c) => typeof c === 'string' && c);
    expect(heads).toEqual(
      expect.arrayContaining(['Bandbreiten', 'Eingabe', 'Kundenbindung', 'Simulation', 'Ziehungen', 'Startwert', 'Mittlerer Kapitalwert']),
    );
    expect(rows).toContainEqual(['Kapitalwert von (EUR)', 'Kapitalwert bis (EUR)', 'Simulierte Fälle']);
  });
});

const baseInput = {
  customers: 1000,
  revenuePerCustomer: 100,
  margin: 50,
  retention: 80,
  retentionUplift: 2,
  spendUplift: 0,
  contactsPerYear: 1000,
  costPerContact: 5,
  deflection: 10,
  investment: 1000,
  runningCost: 0,
  horizon: 5,
  discountRate: 0,
  riskRetention: 0,
  riskSpend: 0,
  riskDeflection: 0,
  seed: 1,
};
