import type { DataTableCell, DataTableColumn, DataTableRow, DataTableSpec } from '../data-table.js';
import type { Lang } from '../format.js';
import type { CsvTable } from './csv.js';

/** A name and its unit as each language brackets it: "金额（万元）", "Amount (10,000 yuan)". */
function withUnitInHeader(label: string, unit: string, lang: Lang): string {
  return lang === 'en' ? `${label} (${unit})` : `${label}（${unit}）`;
}

/** "1,234.56" → "1234.56": grouping commas between digits go, anything else stays as shown. */
function withoutGrouping(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

function csvValue(cell: DataTableCell | undefined, column: DataTableColumn | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell !== 'string') return cell.value;
  return column?.numeric ? withoutGrouping(cell) : cell;
}

/**
 * A view's data table as a CSV table: the row-header column, then each column with its unit in
 * its name; the exact value of every figure that has one (see `ExactCell`), otherwise the text
 * shown, without grouping separators in numeric columns; the footer (a total) as the last row.
 * Row headers lose the indent a view gives them (U+3000 ideographic spaces) so a spreadsheet can
 * filter and match names; the hierarchy is in the code column.
 */
export function dataTableCsv(spec: DataTableSpec, lang: Lang): CsvTable {
  const header = [spec.headerLabel, ...spec.columns.map((column) => (column.unit ? withUnitInHeader(column.label, column.unit, lang) : column.label))];
  const line = (row: DataTableRow) => [row.header.trim(), ...spec.columns.map((column, i) => csvValue(row.cells[i], column))];
  return { header, rows: [...spec.rows, ...(spec.footer ? [spec.footer] : [])].map(line) };
}
