/**
 * The columns of a 收入总表 whose placement was a guess (no row fills every column and its header
 * cannot be read), settled by the 收支总表: its income lines give each column's total (财政拨款收入
 * is the sum of the 财政拨款 lines, 其他收入 is 其他收入 …). When the 合计 row's figures are exactly
 * those totals, the 合计 row is read that way and the table's sums read every other row (see
 * readings.ts); otherwise the guess stays, marked as one.
 */
import type { Amounts, BudgetDocument, SubjectTable } from '../schema/budget-types.generated.js';
import { D } from '../decimal.js';
import type { ImportContext } from './context.js';
import { chooseReadings, parentOfCode, type TreeRow } from './readings.js';

/** Re-reads the guessed columns of `doc.incomeBySubject` from `doc.summary`; true when they settle them. */
export function settleIncomeColumns(doc: BudgetDocument, ctx: ImportContext): boolean {
  const table = doc.incomeBySubject;
  const summary = doc.summary;
  if (!table?.provenance || !summary || !Object.values(table.provenance).some((ref) => ref?.inferred)) return false;
  const keys = table.columns.map((c) => c.key);
  const target = columnTotals(table, summary.income, summary.incomeTotal);
  if (!target) return false;
  const figuresOf = (amounts: Amounts) => [amounts.total ?? '0', ...keys.slice(1).map((k) => amounts[k] ?? '0').filter((v) => !new D(v).isZero())];
  const totalRow = totalAsPrinted(figuresOf(table.total), target);
  if (!totalRow) return false;
  const index = new Map(table.rows.map((row, i) => [row.code, i] as const));
  const rows: TreeRow[] = table.rows.map((row) => ({
    figures: figuresOf(row.amounts),
    parent: parentOfCode(row.code, index),
  }));
  rows.push({ figures: totalRow, parent: null });
  const choice = chooseReadings(rows, keys.length);
  if (!choice) return false;
  const amountsOf = (k: number): Amounts => Object.fromEntries(keys.map((key, c) => [key, rows[k]!.figures[choice.columns[k]!.indexOf(c)] ?? '0'])) as Amounts;
  table.rows.forEach((row, k) => (row.amounts = amountsOf(k)));
  table.total = amountsOf(rows.length - 1);
  ctx.warn(table.provenance.total?.line ?? 0, `${table.table}：各列位置按收支总表的各项收入和本表的合计关系确定`, `${table.table}: the columns were settled by the income lines of the 收支总表 and the table's own sums`);
  return true;
}

/** 财政拨款收入 is printed as one line or as its parts (一般公共预算, 政府性基金预算, 国有资本经营预算). */
const APPROPRIATIONS = new Set(['generalPublicBudget', 'governmentFund', 'stateCapital']);
const isAppropriation = (line: { label: string; source?: string }) => /财政拨款/.test(line.label) || APPROPRIATIONS.has(line.source ?? '');

/** Each column's total from the 收支总表's income lines, in column order; null when one is not stated. */
function columnTotals(table: SubjectTable, income: NonNullable<BudgetDocument['summary']>['income'], incomeTotal: string): string[] | null {
  const out: string[] = [incomeTotal];
  for (const column of table.columns.slice(1)) {
    const lines = column.key === 'fiscalAppropriation' ? income.filter(isAppropriation) : income.filter((l) => l.label.endsWith(column.label) && !isAppropriation(l));
    if (lines.length === 0) return null;
    out.push(lines.reduce((sum, l) => sum.plus(l.amount), new D(0)).toFixed());
  }
  const parts = out.slice(1).reduce((sum, v) => sum.plus(v), new D(0));
  return parts.eq(incomeTotal) ? out : null;
}

/**
 * The 合计 row's own printed figures put where the 收支总表 says they stand (a cell the totals
 * leave at 0 gets "0"); null unless they are exactly those figures, only in other columns.
 */
function totalAsPrinted(printed: string[], target: string[]): string[] | null {
  if (!new D(printed[0]!).eq(target[0]!)) return null;
  const left = printed.slice(1);
  const out = [printed[0]!];
  for (const value of target.slice(1)) {
    if (new D(value).isZero()) {
      out.push('0');
      continue;
    }
    const at = left.findIndex((p) => new D(p).eq(value));
    if (at < 0) return null;
    out.push(left.splice(at, 1)[0]!);
  }
  return left.length === 0 ? out : null;
}
