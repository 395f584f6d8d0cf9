import { D, toAmount, type Dec } from './decimal.js';
import { BudgetInputError } from './errors.js';
import type { Amounts, ColumnKey, Column, Columns } from './schema/budget-types.generated.js';

/**
 * The amount of a declared column in one row. A blank cell is recorded as "0", so a missing key
 * is a transcription error and is reported rather than read as 0.
 */
export function amountIn(amounts: Amounts, key: ColumnKey, where: string): Dec {
  const text = amounts[key];
  if (text === undefined) {
    throw new BudgetInputError({
      code: 'missing-amount',
      messageZh: `${where} 缺少“${key}”列的金额`,
      messageEn: `${where} has no amount in the "${key}" column`,
      found: key,
    });
  }
  return toAmount(text);
}

/** A row's total: its 合计 when the table has that column, else the sum of its columns. */
export function rowTotal(columns: readonly Column[], amounts: Amounts, where: string): Dec {
  if (columns.some((c) => c.key === 'total')) return amountIn(amounts, 'total', where);
  return columns.reduce((sum, c) => sum.plus(amountIn(amounts, c.key, where)), new D(0));
}

/** Throws unless the table declares the columns a computation reads, naming the first missing one. */
export function requireColumns(columns: Columns, keys: readonly ColumnKey[], table: string): void {
  const missing = keys.find((key) => !columns.some((column) => column.key === key));
  if (missing !== undefined) {
    throw new BudgetInputError({
      code: 'missing-column',
      messageZh: `${table} 缺少“${missing}”列`,
      messageEn: `${table} has no "${missing}" column`,
      found: columns.map((column) => column.key).join(', '),
      path: '$.columns',
    });
  }
}
