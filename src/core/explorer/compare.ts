/**
 * What `<budget-explorer>` compares: a department's budget against its final accounts (from the
 * index alone), and two or more departments side by side (totals from the index, 功能分类 类 and
 * the small sections from their documents). Every figure in {@link MODEL_UNIT}. Pure: no DOM.
 */
import { rowTotal } from '../amounts.js';
import type { Dec } from '../decimal.js';
import { atPath } from '../errors.js';
import { reportSummary } from '../report-summary.js';
import type { BudgetDocument } from '../schema/budget-types.generated.js';
import { percentOf, shares } from '../shares.js';
import { convertAmount } from '../units.js';
import { MODEL_UNIT, type ExplorerEntry, type ExplorerIndex } from './explorer-index.js';

/** 预算 and 决算 of one department and year. */
export interface BudgetFinalPair {
  budget: ExplorerEntry;
  final: ExplorerEntry;
  /** 决算 − 预算 of 支出总计, signed. */
  difference: Dec;
  /** 完成率: 决算 ÷ 预算 as a percentage, 2 decimals half-up; null when the budget is 0. */
  completionRate: Dec | null;
}

/** 决算 against 预算: the difference and the 完成率. */
export function budgetFinalPair(budget: ExplorerEntry, final: ExplorerEntry): BudgetFinalPair {
  return {
    budget,
    final,
    difference: final.expenditure.minus(budget.expenditure),
    completionRate: budget.expenditure.isZero() ? null : percentOf(final.expenditure, budget.expenditure, 2),
  };
}

/**
 * Every department and year the index has both a 预算 and a 决算 of (same scope), newest year
 * first, then in the order of the index; `year` narrows it to one year.
 */
export function budgetFinalPairs(index: ExplorerIndex, year: number | 'all' = 'all'): readonly BudgetFinalPair[] {
  // An index does not change once read: each list render and each opened department asks again.
  const cached = pairsCache.get(index) ?? pairsCache.set(index, new Map()).get(index)!;
  let pairs = cached.get(year);
  if (!pairs) cached.set(year, (pairs = findBudgetFinalPairs(index, year)));
  return pairs;
}

const pairsCache = new WeakMap<ExplorerIndex, Map<number | 'all', readonly BudgetFinalPair[]>>();

function findBudgetFinalPairs(index: ExplorerIndex, year: number | 'all'): BudgetFinalPair[] {
  const budgets = new Map<string, ExplorerEntry>();
  const key = (e: ExplorerEntry) => `${e.departmentKey}\u0000${e.scope ?? ''}\u0000${e.fiscalYear}`;
  for (const e of index.entries) if (e.kind === 'budget' && !budgets.has(key(e))) budgets.set(key(e), e);
  const pairs: BudgetFinalPair[] = [];
  const paired = new Set<string>();
  for (const e of index.entries) {
    if (e.kind !== 'final' || (year !== 'all' && e.fiscalYear !== year) || paired.has(key(e))) continue;
    const budget = budgets.get(key(e));
    if (!budget) continue;
    paired.add(key(e));
    pairs.push(budgetFinalPair(budget, e));
  }
  return pairs.sort((a, b) => b.final.fiscalYear - a.final.fiscalYear);
}

/** The pair `entry` belongs to, if the index has the other half. */
export function pairOf(index: ExplorerIndex, entry: ExplorerEntry): BudgetFinalPair | undefined {
  return budgetFinalPairs(index, entry.fiscalYear).find((p) => p.budget === entry || p.final === entry);
}

/** One department's column of a comparison. */
export interface ComparedDepartment {
  entry: ExplorerEntry;
  /** 基本支出 and 项目支出 as shares of their sum (100.00 together), null without both or when both are 0. */
  splitShares: [Dec, Dec] | null;
  /** Each 功能分类 类 of its 支出总表 by code: amount and share of the 类 together. */
  classes: Map<string, { name: string; amount: Dec; share: Dec | null }>;
  /** “三公”经费 合计 (表10) and 机关运行经费 (表11), when the document has them. */
  threePublic?: Dec;
  operating?: Dec;
}

export interface Comparison {
  departments: ComparedDepartment[];
  /** Every 类 any of them has, by code, named as the first document that has it names it. */
  classes: { code: string; name: string }[];
}

/** The split of an entry from the index alone: shares of 基本支出 and 项目支出. */
export function splitShares(entry: ExplorerEntry): [Dec, Dec] | null {
  if (!entry.basic || !entry.project) return null;
  const both = shares([entry.basic, entry.project]);
  return both ? [both[0]!, both[1]!] : null;
}

/**
 * Departments side by side: totals and split from the index entries, 类 shares, 三公经费 and
 * 机关运行经费 from each entry's document (`documents[i]` belongs to `entries[i]`; undefined while
 * it loads or when it failed, and that column shows the index's figures only).
 */
export function compareDepartments(entries: readonly ExplorerEntry[], documents: readonly (BudgetDocument | undefined)[]): Comparison {
  const names = new Map<string, string>();
  const departments = entries.map((entry, i) => {
    const compared: ComparedDepartment = { entry, splitShares: splitShares(entry), classes: new Map() };
    const doc = documents[i];
    if (!doc) return compared;
    const table = doc.expenditureBySubject;
    if (table) {
      const classRows = table.rows.map((row, r) => ({ row, r })).filter(({ row }) => row.code.length === 3);
      const amounts = classRows.map(({ row, r }) => atPath(`$.expenditureBySubject.rows[${r}]`, () => convertAmount(rowTotal(table.columns, row.amounts, `${table.table} ${row.code}`), table.unit, MODEL_UNIT)));
      const classShares = amounts.length > 0 ? shares(amounts) : null;
      classRows.forEach(({ row }, k) => {
        compared.classes.set(row.code, { name: row.name, amount: amounts[k]!, share: classShares?.[k] ?? null });
        if (!names.has(row.code)) names.set(row.code, row.name);
      });
    }
    const summary = reportSummary(doc);
    if (summary.threePublic) compared.threePublic = convertAmount(summary.threePublic.total, summary.threePublic.unit, MODEL_UNIT);
    if (summary.operating) compared.operating = convertAmount(summary.operating.total, summary.operating.unit, MODEL_UNIT);
    return compared;
  });
  const classes = [...names].map(([code, name]) => ({ code, name })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { departments, classes };
}
