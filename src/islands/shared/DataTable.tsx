// The one table markup of the islands: a caption (or a name from aria-labelledby), a head row of
// column headers (th scope=col), and body rows that each start with a row header (th scope=row).
// Screen readers announce every figure with its row and column; the chart tables, the calculators'
// result tables and the assessment's score, history and team tables all use it.
import type { ComponentProps, ReactNode } from 'react';

/** Attributes of a row: a class, and data-* attributes that tests and styles select rows by. */
export type RowAttributes = Pick<ComponentProps<'tr'>, 'className'> & { [data: `data-${string}`]: string | undefined };

/** One body row: its header cell, then its data cells in column order. */
export interface DataRow {
  /** React key of the row; unique in the table. */
  key: string | number;
  /** The row's header cell (th scope=row), e.g. the dimension or the year. */
  head: ReactNode;
  /** The data cells (td), one per column after the first. */
  cells: readonly ReactNode[];
  /** Attributes of the tr. */
  attributes?: RowAttributes;
}

export type DataTableProps = Omit<ComponentProps<'table'>, 'children'> & {
  /** The caption; leave it out only when aria-labelledby names the table. */
  caption?: ReactNode;
  /** Hide the caption visually (still read by screen readers), when a heading above says the same. */
  captionHidden?: boolean;
  /** The column headers (th scope=col), the first over the row headers. */
  columns: readonly ReactNode[];
  rows: readonly DataRow[];
  /**
   * On a narrow screen, show each row as a block with every cell named (global.css, table.stack);
   * the names are the columns' text, or `labels` where a column header is not plain text.
   */
  stack?: boolean;
  /** Plain-text names of the columns after the first, for `stack`. */
  labels?: readonly string[];
};

/** A data table with a caption, column headers and row headers; other props go to the table element. */
export function DataTable({ caption, captionHidden = false, columns, rows, stack = false, labels, className, ...table }: DataTableProps) {
  const label = (i: number) => {
    if (!stack) return undefined;
    const column = labels?.[i] ?? columns[i + 1];
    return typeof column === 'string' && column !== '' ? column : undefined;
  };
  return (
    <table className={[className, stack ? 'stack' : ''].filter(Boolean).join(' ') || undefined} {...table}>
      {caption === undefined ? null : <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={i}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} {...row.attributes}>
            <th scope="row">{row.head}</th>
            {row.cells.map((c, i) => (
              <td key={i} data-label={label(i)}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
