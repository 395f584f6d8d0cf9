import { requireColumns } from './amounts.js';
import { D, parseAmount, type Dec } from './decimal.js';
import type { ColumnKey, SubjectTable } from './schema/budget-types.generated.js';

/** 类 (3 digits), 款 (5 digits) or 项 (7 digits); the root is the table's total. */
export type SubjectLevel = 'root' | 'class' | 'section' | 'item';

export interface SubjectNode {
  /** The 科目 code; '' for the root. */
  code: string;
  /** The name as published; for a stand-in node the code itself. */
  name: string;
  level: SubjectLevel;
  /** The amount the report states for this row, or for a stand-in the sum of its children. */
  amount: Dec;
  /** True for a node the report has no row for, put in so that its children have a parent. */
  synthetic: boolean;
  children: SubjectNode[];
}

const LEVEL_BY_LENGTH: Readonly<Record<number, SubjectLevel>> = { 3: 'class', 5: 'section', 7: 'item' };

/** The code of the row a code belongs under: 2010301 → 20103 → 201 → '' (the root). */
export function parentCode(code: string): string {
  return code.length > 3 ? code.slice(0, code.length - 2) : '';
}

/**
 * Builds the 类 → 款 → 项 tree of one column (`metric`) of a 功能分类 table from the codes alone,
 * so rows may come in any order. A code whose parent row is missing gets a stand-in parent
 * (marked `synthetic`, amount = sum of its children) rather than being dropped: the money is
 * still there even when the report skipped the row. Children keep the report's order.
 */
export function buildSubjectHierarchy(table: SubjectTable, metric: ColumnKey): SubjectNode {
  requireColumns(table.columns, [metric], table.table);
  const root: SubjectNode = {
    code: '',
    name: '合计',
    level: 'root',
    amount: parseAmount(table.total[metric] ?? '0'),
    synthetic: false,
    children: [],
  };
  const byCode = new Map<string, SubjectNode>([['', root]]);
  const attach = (node: SubjectNode) => {
    byCode.set(node.code, node);
    const parent = byCode.get(parentCode(node.code)) ?? attachStandIn(parentCode(node.code));
    parent.children.push(node);
  };
  const attachStandIn = (code: string): SubjectNode => {
    const node: SubjectNode = { code, name: code, level: LEVEL_BY_LENGTH[code.length], amount: new D(0), synthetic: true, children: [] };
    attach(node);
    return node;
  };
  // Shorter codes first, so a stand-in is only made for a parent that has no row at all.
  for (const row of byCodeLength(table.rows)) {
    const amount = parseAmount(row.amounts[metric] ?? '0');
    attach({ code: row.code, name: row.name, level: LEVEL_BY_LENGTH[row.code.length], amount, synthetic: false, children: [] });
  }
  const reportOrder = new Map(table.rows.map((row, index) => [row.code, index]));
  sortAndSumStandIns(root, reportOrder);
  return root;
}

/** `rows` shortest code first, rows of one length in their order: a stable sort by length, in linear time. */
function byCodeLength<T extends { code: string }>(rows: readonly T[]): T[] {
  const byLength: T[][] = [];
  for (const row of rows) (byLength[row.code.length] ??= []).push(row);
  return byLength.flatMap((list) => list ?? []);
}

function sortAndSumStandIns(node: SubjectNode, order: ReadonlyMap<string, number>): void {
  const rank = (n: SubjectNode) => order.get(n.code) ?? Infinity;
  // Rows usually come in report order already: sort only when they do not.
  if (node.children.some((child, i) => i > 0 && rank(node.children[i - 1]) >= rank(child)))
    node.children.sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity) || a.code.localeCompare(b.code));
  for (const child of node.children) sortAndSumStandIns(child, order);
  if (node.synthetic) node.amount = node.children.reduce((sum, child) => sum.plus(child.amount), new D(0));
}

/** Depth-first list of the nodes under `root` (root excluded), parents before children. */
export function descendants(root: SubjectNode): SubjectNode[] {
  const out: SubjectNode[] = [];
  const visit = (node: SubjectNode) => {
    for (const child of node.children) {
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}
