import { requireColumns } from './amounts.js';
import { approximate, D, decimalsOf, DECIMAL_PATTERN, parseAmount, scaledDigits, type Dec } from './decimal.js';
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

/**
 * A node of a built hierarchy. A city's table has 50,000 rows and a view reads a few thousand of
 * their amounts, so each Decimal is made from the row's text when first read; the text is checked
 * when the node is built, so a bad amount is still refused by {@link buildSubjectHierarchy}.
 */
class Subject implements SubjectNode {
  children: SubjectNode[] = [];
  /** The row's place in the report, which orders siblings; Infinity for a stand-in. */
  rank: number;
  private decimal: Dec | undefined = undefined;
  private float = NaN;
  private digits = NaN;

  constructor(
    public code: string,
    public name: string,
    public level: SubjectLevel,
    public synthetic: boolean,
    /** The amount as published; undefined for a stand-in, whose amount is its children's sum. */
    private text: string | undefined,
    rank: number,
  ) {
    this.rank = rank;
  }

  get amount(): Dec {
    return (this.decimal ??= this.text === undefined ? sumAmounts(this.children) : new D(this.text));
  }

  set amount(value: Dec) {
    [this.decimal, this.text, this.float, this.digits] = [value, undefined, NaN, NaN];
  }

  /** See {@link approximateAmount}. */
  approximate(): number {
    if (Number.isNaN(this.float)) this.float = this.text === undefined ? approximate(this.amount) : Number(this.text);
    return this.float;
  }

  /** Digits before the point of the amount as published (no leading zeros: more digits, larger amount); NaN for a stand-in. */
  integerDigits(): number {
    const text = this.text;
    if (Number.isNaN(this.digits) && text !== undefined) {
      const point = text.indexOf('.');
      this.digits = point < 0 ? text.length : point;
    }
    return this.digits;
  }

  /** Decimals of the amount as published; undefined for a stand-in. */
  places(): number | undefined {
    return this.text === undefined ? undefined : decimalsOf(this.text);
  }

  /** The amount as published, as whole units of 10^-places (`places` ≥ its own decimals); a row's amount only. */
  units(places: number): bigint {
    return scaledDigits(this.text!, places);
  }

  /** See {@link precisionAmounts}; one function with the texts at hand, as it runs once over 50,000 rows. */
  static precision(root: SubjectNode): SubjectNode[] {
    let finest: SubjectNode | undefined;
    let finestDigit = Infinity;
    let smallest: SubjectNode | undefined;
    let smallestDigits = NaN;
    for (const node of descendants(root)) {
      const text = node instanceof Subject ? node.text : undefined;
      let lastDigit: number | null;
      let digits = NaN;
      if (text === undefined) lastDigit = lastDecimalDigit(node.amount);
      else {
        const point = text.indexOf('.');
        digits = point < 0 ? text.length : point;
        let end = text.length;
        while (point >= 0 && text.charCodeAt(end - 1) === 48) end--;
        if (point >= 0 && end - 1 > point) lastDigit = point + 1 - end;
        else {
          let last = digits - 1;
          while (last >= 0 && text.charCodeAt(last) === 48) last--;
          lastDigit = last < 0 ? null : digits - 1 - last;
        }
      }
      if (lastDigit === null) continue;
      if (lastDigit < finestDigit) [finest, finestDigit] = [node, lastDigit];
      // More digits before the point is a larger amount: most rows need no comparison.
      if (!smallest || !(digits > smallestDigits)) {
        if (!smallest || compareAmounts(node, smallest) < 0) [smallest, smallestDigits] = [node, digits];
      }
    }
    return [finest, smallest].filter((node, i, both): node is SubjectNode => node !== undefined && both.indexOf(node) === i);
  }
}

const lastDecimalDigit = (amount: Dec) => (amount.isZero() ? null : amount.e - amount.sd() + 1);

/**
 * `node.amount` as the nearest float, for angles and for ordering before an exact comparison
 * (a larger float means a larger amount): read from the row's text, so it makes no Decimal.
 */
export function approximateAmount(node: SubjectNode): number {
  return node instanceof Subject ? node.approximate() : approximate(node.amount);
}

/**
 * Orders two nodes by amount, exactly, and mostly without parsing: the number of digits before
 * the point decides first, then floats, and only amounts whose floats are equal are compared as
 * Decimals.
 */
export function compareAmounts(a: SubjectNode, b: SubjectNode): number {
  const digits = a instanceof Subject && b instanceof Subject ? Math.sign(a.integerDigits() - b.integerDigits()) : NaN;
  return digits || Math.sign(approximateAmount(a) - approximateAmount(b)) || a.amount.comparedTo(b.amount);
}

/** An amount as a whole number of units of 10^-places. */
export interface Units {
  units: bigint;
  places: number;
}

/**
 * The amounts of `nodes` added up exactly as whole units of their finest decimal place, read from
 * the rows' texts without making a Decimal; undefined when one was not read from a row (a stand-in).
 */
export function unitSum(nodes: readonly SubjectNode[]): Units | undefined {
  let places = 0;
  for (const node of nodes) {
    const own = node instanceof Subject ? node.places() : undefined;
    if (own === undefined) return undefined;
    places = Math.max(places, own);
  }
  let units = 0n;
  for (const node of nodes) units += (node as Subject).units(places);
  return { units, places };
}

/**
 * The amounts of `nodes` added up exactly: from the rows' texts where {@link unitSum} can, else in
 * Decimals. A layout sums thousands of families of 项 without making a Decimal for each.
 */
export function sumAmounts(nodes: readonly SubjectNode[]): Dec {
  const exact = unitSum(nodes);
  return exact ? new D(`${exact.units}e-${exact.places}`) : nodes.reduce((sum, node) => sum.plus(node.amount), new D(0));
}

/**
 * The amounts that decide how precisely figures of the whole tree are shown: one whose last
 * non-zero digit is furthest right (1.25 → -2, 300 → 2) and the smallest non-zero one; none when
 * every amount is zero, one when a node is both.
 */
export function precisionAmounts(root: SubjectNode): Dec[] {
  return Subject.precision(root).map((node) => node.amount);
}

/** The code of the row a code belongs under: 2010301 → 20103 → 201 → '' (the root). */
export function parentCode(code: string): string {
  return code.length > 3 ? code.slice(0, code.length - 2) : '';
}

/** The amount text of `metric` in one row, refused as {@link parseAmount} refuses it. */
function checkedAmount(text: string | undefined): string {
  const amount = text ?? '0';
  if (typeof amount !== 'string' || !DECIMAL_PATTERN.test(amount)) parseAmount(amount);
  return amount;
}

/**
 * Builds the 类 → 款 → 项 tree of one column (`metric`) of a 功能分类 table from the codes alone,
 * so rows may come in any order. A code whose parent row is missing gets a stand-in parent
 * (marked `synthetic`, amount = sum of its children) rather than being dropped: the money is
 * still there even when the report skipped the row. Children keep the report's order.
 */
export function buildSubjectHierarchy(table: SubjectTable, metric: ColumnKey): SubjectNode {
  requireColumns(table.columns, [metric], table.table);
  const root = new Subject('', '合计', 'root', false, undefined, Infinity);
  root.amount = parseAmount(table.total[metric] ?? '0');
  const byCode = new Map<string, Subject>([['', root]]);
  let repeated = false;
  // Rows usually come in report order: only the parents whose children do not are sorted.
  const unordered = new Set<Subject>();
  const attach = (node: Subject) => {
    const known = byCode.size;
    byCode.set(node.code, node);
    repeated ||= byCode.size === known;
    const parent = byCode.get(parentCode(node.code)) ?? attachStandIn(parentCode(node.code));
    const last = parent.children[parent.children.length - 1] as Subject | undefined;
    if (last && last.rank >= node.rank) unordered.add(parent);
    parent.children.push(node);
  };
  const attachStandIn = (code: string): Subject => {
    const node = new Subject(code, code, LEVEL_BY_LENGTH[code.length], true, undefined, Infinity);
    attach(node);
    return node;
  };
  // Shorter codes first, so a stand-in is only made for a parent that has no row at all.
  for (const indexes of byCodeLength(table.rows)) {
    for (const index of indexes ?? []) {
      const row = table.rows[index];
      const amount = checkedAmount(row.amounts[metric]);
      attach(new Subject(row.code, row.name, LEVEL_BY_LENGTH[row.code.length], false, amount, index));
    }
  }
  // A code that is repeated ranks where its last row is, for every node of that code.
  if (repeated) {
    const lastIndex = new Map(table.rows.map((row, index) => [row.code, index]));
    for (const node of descendants(root) as Subject[]) node.rank = lastIndex.get(node.code) ?? Infinity;
    for (const node of [root, ...descendants(root)]) if (!inReportOrder(node.children as Subject[])) unordered.add(node as Subject);
  }
  for (const parent of unordered) (parent.children as Subject[]).sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
  return root;
}

const inReportOrder = (children: readonly Subject[]) => children.every((child, i) => i === 0 || children[i - 1].rank < child.rank);

/** Indexes of `rows` by code length, in their order within a length: a stable sort by length, in linear time. */
function byCodeLength(rows: readonly { code: string }[]): (number[] | undefined)[] {
  const byLength: number[][] = [];
  rows.forEach((row, index) => (byLength[row.code.length] ??= []).push(index));
  return byLength;
}

/**
 * The nodes from `node` down to the first node with `code` in depth-first order. In a tree built
 * here a node's code begins with its parent's, so a child whose code does not begin `code` is not
 * searched: finding a 项 among 50,000 looks at a few hundred.
 */
export function lineageOf(node: SubjectNode, code: string): SubjectNode[] | undefined {
  if (node.code === code) return [node];
  for (const child of node.children) {
    if (child instanceof Subject && !code.startsWith(child.code)) continue;
    const below = lineageOf(child, code);
    if (below) return [node, ...below];
  }
  return undefined;
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
