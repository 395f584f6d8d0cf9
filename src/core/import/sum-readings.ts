/**
 * Rows of a coded table (科目 类/款/项, economic 类/款) read by the table's own sums, for text that
 * does not show blank cells: see readings.ts for how a reading is chosen.
 */
import type { Amounts } from '../schema/budget-types.generated.js';
import type { PrintedColumn } from './columns.js';
import { chooseReadings, parentOfCode, type TreeRow } from './readings.js';
import type { RawRow } from './rows.js';

export interface SumReadings {
  /** Amounts of each row that had more than one reading, by its index in the rows given. */
  amounts: Map<number, Amounts>;
  /** How many of them differ from the reading packed to the left. */
  changed: number;
}

/**
 * The reading of every ambiguous row, or null when the sums cannot decide. Rows whose figures are
 * unreadable, or more than the columns, take no part (they are reported where they are read).
 */
export function readBySums(raw: readonly RawRow[], printed: readonly PrintedColumn[]): SumReadings | null {
  const usable = raw.map((row, i) => (row.amounts.length <= printed.length && row.amounts.every((t) => t.value !== null) ? i : -1)).filter((i) => i >= 0);
  const codeOf = (i: number) => raw[i]!.codes.join('');
  const indexOf = new Map(usable.map((i, k) => [codeOf(i), k] as const).filter(([code]) => code !== ''));
  const tree: TreeRow[] = usable.map((i) => {
    const code = codeOf(i);
    const figures = [...raw[i]!.amounts].sort((a, b) => a.line.no - b.line.no || a.start - b.start).map((t) => t.value!);
    return { figures, parent: code ? parentOfCode(code, indexOf) : null };
  });
  const choice = chooseReadings(tree, printed.length);
  if (!choice) return null;
  const amounts = new Map<number, Amounts>();
  usable.forEach((i, k) => {
    if (!choice.chosen.has(k)) return;
    const row: Amounts = {};
    printed.forEach((column, c) => {
      const at = choice.columns[k]!.indexOf(c);
      if (column.key) row[column.key] = at < 0 ? '0' : tree[k]!.figures[at]!;
    });
    amounts.set(i, row);
  });
  return { amounts, changed: choice.changed.size };
}
