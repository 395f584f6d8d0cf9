/**
 * A table as exported: a header row, then rows of cells. There are no lines above the header, so
 * that a spreadsheet or a script reads the first line as column names; units belong in those
 * names ("金额（万元）").
 */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A plain decimal figure or percentage, written as is so that a spreadsheet reads it as a number. */
const FIGURE = /^-?\d+(\.\d+)?%?$/;
/** What makes a spreadsheet read a cell as a formula (CWE-1236): =, +, -, @, tab, return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell of RFC 4180 CSV. Text that a spreadsheet would run as a formula is prefixed with an
 * apostrophe, so a name such as "=HYPERLINK(…)" in a report stays text; figures are left alone.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !FIGURE.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV text for spreadsheets: UTF-8 with a byte-order mark, which Excel in zh-CN
 * needs to read Chinese instead of guessing GBK, CRLF line ends, and every row as wide as the
 * header.
 */
export function toCsv(table: CsvTable): string {
  const width = table.header.length;
  const line = (cells: readonly string[]) => Array.from({ length: Math.max(width, cells.length) }, (_, i) => csvCell(cells[i] ?? '')).join(',');
  return `\uFEFF${[table.header, ...table.rows].map(line).join('\r\n')}\r\n`;
}
