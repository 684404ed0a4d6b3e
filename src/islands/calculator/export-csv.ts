// The calculator's CSV export, loaded the first time the reader asks for it, so the page's first
// download leaves it out. The figures follow the CSV rule of src/lib/browser/csv.ts.
import type { FieldSpec } from '../../calculators/shared/fields.ts';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import { csvFileName, figureRow, figuresRow, toCsv, type CsvCell } from '../../lib/browser/csv.ts';
import { saveFile } from '../../lib/browser/download.ts';
import type { CalculatorWords } from '../../lib/browser/calculator-words.ts';
import type { NumberStyle } from '../../shared/format.ts';
import { unitLabel } from './NumberField.tsx';
import type { CalculatorDefinition, ResultItem, TableSpec, ViewContext } from './types.ts';

/** What the export needs: the tool, what the page shows, and the number style. */
export interface CsvExport<I, R> {
  def: CalculatorDefinition<I, R>;
  view: ViewContext<I, R>;
  specs: readonly FieldSpec[];
  style: NumberStyle;
  /** The page's words, for the column heads (`calculator.csv*`). */
  words: CalculatorWords;
  /** Whether the tool deals in money (adds the currency line). */
  money: boolean;
  results: readonly ResultItem[];
  charts: readonly ChartSpec[];
  tables: readonly TableSpec[];
}

/** The export's rows: the tool and currency, the inputs, the results, each chart's data, the tables, the tool's own rows. */
export async function calculatorCsvRows<I, R>({
  def,
  view,
  specs,
  style,
  words: w,
  money,
  results,
  charts,
  tables,
}: CsvExport<I, R>): Promise<CsvCell[][]> {
  const input = view.input as Record<string, number | string>;
  const rows: CsvCell[][] = [
    [w.csvTool, def.id],
    ...(money ? [[w.csvCurrency, style.currency]] : []),
    [],
    [w.csvInput, w.csvValue, w.csvUnit],
    ...specs
      .filter((s) => s.absent === undefined || input[s.key] !== s.absent)
      .map((s) => [view.labels[s.key] ?? s.key, input[s.key], s.kind === 'number' ? unitLabel(s.unit, style.currency, w) : '']),
    [],
    [w.csvResult, w.csvValue, w.csvUnit],
    ...results.map((r) => figureRow(r.label, r.csv ?? r.value, r.unit, style.currency)),
  ];
  for (const chart of charts) {
    // Money and percentages are rounded by the CSV rule and labelled in a last "Unit" column; other charts' values pass as they are.
    // A percent chart holds shares 0-1 (drawn with fmt.share), written × 100 like every share.
    const unit = chart.unit === 'count' ? undefined : chart.unit === 'percent' ? 'share' : chart.unit;
    rows.push([], [chart.title], [chart.categoryTitle, ...chart.series.map((s) => s.label), w.csvUnit]);
    chart.categories.forEach((c, i) =>
      rows.push(
        figuresRow(
          c,
          chart.series.map((s) => {
            const v = s.values[i];
            return Array.isArray(v) ? v[1] : v;
          }),
          unit,
          style.currency,
        ),
      ),
    );
  }
  for (const table of tables) rows.push([], [table.title], table.csvHead ?? table.head, ...table.csv);
  const own = await def.csvRows?.();
  rows.push(...(own?.(view) ?? []));
  return rows;
}

/** Downloads the export as `cx-playbook-<tool>-<date>.csv`, with a byte-order mark so Excel reads it as UTF-8. */
export async function downloadCalculatorCsv<I, R>(data: CsvExport<I, R>): Promise<void> {
  saveFile(csvFileName(data.def.id), `\ufeff${toCsv(await calculatorCsvRows(data))}`, 'text/csv;charset=utf-8');
}
