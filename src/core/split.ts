import { amountIn, requireColumns } from './amounts.js';
import { D, type Dec } from './decimal.js';
import { BudgetInputError } from './errors.js';
import type { Amounts, EconomicGroup, EconomicTable, MoneyUnit, SubjectTable } from './schema/budget-types.generated.js';
import { shares } from './shares.js';

/** 基本支出 / 项目支出 of the whole table or of one 功能分类 row. */
export interface BasicProjectSplit {
  /** The row's code, or '' for the table's total row. */
  code: string;
  /** The row's name, or '合计' for the total row. */
  name: string;
  total: Dec;
  basic: Dec;
  project: Dec;
  /** Shares of basic and project by largest remainder (sum exactly 100), or null when both are 0. */
  shares: [Dec, Dec] | null;
  unit: MoneyUnit;
  /** Table id the figures are read from ("表3"). */
  source: string;
}

/** One 类 or 款 row of {@link splitBySubject}; `zero` marks a row the report lists with nothing in it. */
export interface SplitRow extends BasicProjectSplit {
  zero: boolean;
}

/** Basic/project of one row; the total is the row's own 合计 when the table has one, as published. */
function splitOf(table: SubjectTable, code: string, name: string, amounts: Amounts): BasicProjectSplit {
  const where = `${table.table} ${code || '合计'}`;
  const basic = amountIn(amounts, 'basic', where);
  const project = amountIn(amounts, 'project', where);
  const hasTotal = table.columns.some((column) => column.key === 'total');
  const total = hasTotal ? amountIn(amounts, 'total', where) : basic.plus(project);
  const pair = shares([basic, project]);
  return { code, name, total, basic, project, shares: pair ? [pair[0], pair[1]] : null, unit: table.unit, source: table.table };
}

/**
 * How the table's total (no code, or '') or one row's expenditure splits into 基本支出 and 项目支出.
 * Throws BudgetInputError for a code not in the table or a table without basic/project columns.
 */
export function basicProjectSplit(table: SubjectTable, code?: string): BasicProjectSplit {
  requireColumns(table.columns, ['basic', 'project'], table.table);
  if (code === undefined || code === '') return splitOf(table, '', '合计', table.total);
  const row = table.rows.find((r) => r.code === code);
  if (!row) {
    throw new BudgetInputError({
      code: 'unknown-subject',
      messageZh: `${table.table} 中没有科目 ${code}`,
      messageEn: `${table.table} has no subject ${code}`,
      found: code,
    });
  }
  return splitOf(table, row.code, row.name, row.amounts);
}

/** Code lengths of the levels a split can be listed at: 类 3 digits, 款 5 digits. */
const LEVEL_DIGITS = { class: 3, section: 5 } as const;

/**
 * Basic/project for every 类 ('class') or 款 ('section') row, in report order, optionally only
 * codes starting with `within`. Rows with a total of 0 are kept because the disclosure lists them.
 */
export function splitBySubject(table: SubjectTable, level: 'class' | 'section', within?: string): SplitRow[] {
  requireColumns(table.columns, ['basic', 'project'], table.table);
  const digits = LEVEL_DIGITS[level];
  if (digits === undefined) {
    throw new BudgetInputError({ code: 'unknown-level', messageZh: '科目级次应为 class 或 section', messageEn: 'level must be class or section', found: String(level) });
  }
  return table.rows
    .filter((row) => row.code.length === digits && row.code.startsWith(within ?? ''))
    .map((row) => {
      const split = splitOf(table, row.code, row.name, row.amounts);
      return { ...split, zero: split.total.isZero() };
    });
}

/** 人员经费 or 公用经费, the two columns of the 基本支出 economic table. */
export type EconomicPartKey = 'personnel' | 'publicUse';

/** One economic item of a part, aggregated over the table rows sharing its name. */
export interface EconomicPartItem {
  name: string;
  amount: Dec;
  /** Share of the part's {@link EconomicPart.itemsSum} by largest remainder, or null when that sum is 0. */
  share: Dec | null;
  /** How many table rows were summed into this item. */
  rows: number;
}

/** One part of basic expenditure with the items that make it up. */
export interface EconomicPart {
  key: EconomicPartKey;
  label: '人员经费' | '公用经费';
  /** The part's amount as the table's total row states it. */
  amount: Dec;
  /** Share of the two parts' sum by largest remainder, or null when both are 0. */
  share: Dec | null;
  /** Exact sum of the items; may differ from `amount` when the report's figures do not add up. */
  itemsSum: Dec;
  items: EconomicPartItem[];
}

/** One group (部门预算支出经济分类 类) of the table with its amounts by part. */
export interface EconomicGroupSplit {
  name: string;
  total: Dec;
  personnel: Dec;
  publicUse: Dec;
}

/** Basic expenditure by 人员经费 / 公用经费 and their economic items. */
export interface EconomicBreakdown {
  unit: MoneyUnit;
  /** Table id ("表6"). */
  source: string;
  total: Dec;
  parts: [EconomicPart, EconomicPart];
  groups: EconomicGroupSplit[];
}

const PART_KEYS = ['personnel', 'publicUse'] as const;
const PART_LABELS = { personnel: '人员经费', publicUse: '公用经费' } as const;

/**
 * The part a group's all-zero items belong to: its only non-zero column; when it has none or
 * both, the usual rule that 工资福利支出 and 对个人和家庭的补助 are 人员经费 and the rest 公用经费.
 */
function defaultPart(group: EconomicGroup, where: string): EconomicPartKey {
  const personnel = !amountIn(group.amounts, 'personnel', where).isZero();
  const publicUse = !amountIn(group.amounts, 'publicUse', where).isZero();
  if (personnel !== publicUse) return personnel ? 'personnel' : 'publicUse';
  return /工资福利|对个人和家庭/.test(group.name) ? 'personnel' : 'publicUse';
}

type ItemTotals = Map<string, { amount: Dec; rows: number }>;

/** Sums the table's items by name into the parts they belong to, and reads each group's amounts. */
function collect(table: EconomicTable, nameKey: 'departmentItem' | 'governmentItem') {
  const byPart: Record<EconomicPartKey, ItemTotals> = { personnel: new Map(), publicUse: new Map() };
  const groups: EconomicGroupSplit[] = [];
  for (const group of table.groups) {
    const where = `${table.table} ${group.name}`;
    groups.push({ name: group.name, ...partsOf(table, group.amounts, where) });
    for (const item of group.items) {
      const amounts = partsOf(table, item.amounts, `${where} ${item.departmentItem}`);
      const keys = PART_KEYS.filter((key) => amounts[key].gt(0));
      for (const key of keys.length > 0 ? keys : [defaultPart(group, where)]) {
        const entry = byPart[key].get(item[nameKey]) ?? { amount: new D(0), rows: 0 };
        byPart[key].set(item[nameKey], { amount: entry.amount.plus(amounts[key]), rows: entry.rows + 1 });
      }
    }
  }
  return { byPart, groups };
}

/** Personnel, public-use and total of one row; without a 合计 column the total is their sum. */
function partsOf(table: EconomicTable, amounts: Amounts, where: string): { total: Dec; personnel: Dec; publicUse: Dec } {
  const personnel = amountIn(amounts, 'personnel', where);
  const publicUse = amountIn(amounts, 'publicUse', where);
  const hasTotal = table.columns.some((column) => column.key === 'total');
  return { total: hasTotal ? amountIn(amounts, 'total', where) : personnel.plus(publicUse), personnel, publicUse };
}

/** A part with its items' shares of their own sum, so the shares add up to exactly 100. */
function makePart(key: EconomicPartKey, amount: Dec, share: Dec | null, items: ItemTotals): EconomicPart {
  const entries = [...items.entries()];
  const itemShares = shares(entries.map(([, e]) => e.amount));
  return {
    key,
    label: PART_LABELS[key],
    amount,
    share,
    itemsSum: entries.reduce((sum, [, e]) => sum.plus(e.amount), new D(0)),
    items: entries.map(([name, e], i) => ({ name, amount: e.amount, share: itemShares ? itemShares[i] : null, rows: e.rows })),
  };
}

/**
 * 基本支出 split into 人员经费 and 公用经费, each with its items aggregated by name in the
 * 'department' (部门经济分类) or 'government' (政府经济分类) classification, first-appearance
 * order. An item belongs to every part in which it has an amount above 0; an all-zero item to
 * its group's part (see defaultPart), and is kept. Nothing is adjusted to match the stated totals.
 */
export function economicBreakdown(table: EconomicTable, classification: 'department' | 'government'): EconomicBreakdown {
  requireColumns(table.columns, PART_KEYS, table.table);
  const { byPart, groups } = collect(table, classification === 'department' ? 'departmentItem' : 'governmentItem');
  const { total, personnel, publicUse } = partsOf(table, table.total, `${table.table} 合计`);
  const partShares = shares([personnel, publicUse]);
  return {
    unit: table.unit,
    source: table.table,
    total,
    parts: [
      makePart('personnel', personnel, partShares?.[0] ?? null, byPart.personnel),
      makePart('publicUse', publicUse, partShares?.[1] ?? null, byPart.publicUse),
    ],
    groups,
  };
}
