/**
 * The data table every chart has (its table view, its CSV export): what it holds, without the
 * DOM. A view builds one {@link DataTableSpec}; `renderDataTable` draws it and `dataTableCsv`
 * writes it, so the file holds what the reader sees.
 */

export interface DataTableColumn {
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /**
   * The unit of the column's exact values ({@link ExactCell.value}), as the reader's language
   * names it ("万元", "10,000 yuan"). A CSV names it in the column's header ("金额（万元）"), since a
   * CSV has no caption to state it; leave it out for columns that are not amounts (shares, codes).
   */
  unit?: string;
}

/**
 * A figure as the table shows it and as it is exactly.
 *
 * - `text`: what the table shows, formatted for the reader ("1,234.56", "—", "12.50（推算）").
 * - `value`: the same figure as an exact plain decimal string in the unit the column states: no
 *   thousands separators, no unit, "." as the decimal point, a leading "-" when negative, never
 *   rounded (trailing zeros allowed, so a column keeps one number of decimals): "1234.56",
 *   "0.004845", "-65.01", "71.70". It is what exports (CSV) write, so that a spreadsheet reads
 *   a number equal to the report's. `BudgetElement#exactFigure` makes such cells.
 *
 * A view fills `value` for every amount; a cell that is text, or a figure without an exact value,
 * stays a plain string. A CSV of a plain string in a numeric column drops its grouping
 * separators ("1,234.56" → "1234.56") and keeps the rest as shown.
 */
export interface ExactCell {
  text: string;
  value: string;
}

/** One cell: text as shown, or a figure with its exact value. */
export type DataTableCell = string | ExactCell;

export interface DataTableRow {
  /** The row header: what the row is about. */
  header: string;
  cells: DataTableCell[];
  /** Marks the row as the current selection (aria-current). */
  current?: boolean;
}

export interface DataTableSpec {
  caption: string;
  /** The unit, shown with the caption so no figure stands without it. */
  unitNote: string;
  headerLabel: string;
  columns: DataTableColumn[];
  rows: DataTableRow[];
  footer?: DataTableRow;
}

/** What a cell shows. */
export function cellText(cell: DataTableCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}
