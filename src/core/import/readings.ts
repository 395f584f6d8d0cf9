/**
 * Choosing between the readings that text without layout allows. When an extractor drops blank
 * cells ("2120101 行政运行 17,887,739 17,737,739" under 合计 / 基本支出 / 项目支出), a row with fewer
 * figures than columns can be read several ways: its first figure is the 合计, the others stand in
 * some of the remaining columns, left to right. The report's own sums decide: every parent (类, 款,
 * the 合计 row) must be the sum of its children in every column, and no amount is negative, so a
 * child has nothing where its parent has 0. The reading that breaks the fewest sums is taken; when
 * two readings tie, nothing is decided (the leftmost reading is no likelier than another). A
 * genuine error of the report breaks the same sums in every reading, so it never tips the choice.
 */
import { D, type Dec } from '../decimal.js';

export interface TreeRow {
  /** The row's figures left to right, as decimal strings. */
  figures: string[];
  /**
   * Index of the parent row; -1 for a row whose parent is the total row (a 类); -2 for a row
   * whose parent is not printed; null for the total row itself.
   */
  parent: number | null;
}

export type Reading = number[];

/**
 * The parent of a coded row for {@link TreeRow}: a 类 (3 digits) hangs under the 合计 row (-1), a
 * 款 or 项 under the row of its code less two digits, found by `indexOf`, or under nothing (-2).
 */
export function parentOfCode(code: string, indexOf: ReadonlyMap<string, number>): number {
  return code.length === 3 ? -1 : (indexOf.get(code.slice(0, -2)) ?? -2);
}

export interface ReadingChoice {
  /** Per row, the column of each figure. */
  columns: Reading[];
  /** Rows whose reading the sums chose (they had more than one). */
  chosen: Set<number>;
  /** Rows whose chosen reading differs from the reading packed to the left. */
  changed: Set<number>;
  /** Parent sums the chosen reading still breaks (the report's own errors, or none). */
  broken: number;
}

/** Combinations of children's readings weighed in all before giving up (a hostile table). */
const MAX_COMBINATIONS = 200_000;

/** The best readings of a subtree, given the reading of its top row. */
interface Best {
  broken: number;
  /** How many different readings of the subtree reach it (2 means "more than one"). */
  count: number;
  /** The reading of each row of the subtree, by row index. */
  readings: Map<number, number>;
}

/** All readings of a row: the first figure in column 0, the rest in increasing columns. */
export function readingsOf(count: number, columns: number): Reading[] {
  if (count === 0) return [[]];
  if (count >= columns) return [Array.from({ length: count }, (_, i) => i)];
  const out: Reading[] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === count) {
      out.push([...chosen]);
      return;
    }
    for (let c = from; c <= columns - (count - chosen.length); c++) pick(c + 1, [...chosen, c]);
  };
  pick(1, [0]);
  return out;
}

/**
 * Chooses a reading for every row so that parents are the sums of their children, or returns
 * null when the sums cannot decide (two readings equally good) or the table is too large to weigh.
 * The sums form a tree, so each subtree is weighed once for each reading of its top row.
 */
export function chooseReadings(rows: readonly TreeRow[], columns: number): ReadingChoice | null {
  const values = rows.map((row) => row.figures.map((f) => new D(f)));
  const cellsOf = (i: number, reading: Reading): Dec[] =>
    Array.from({ length: columns }, (_, c) => {
      const k = reading.indexOf(c);
      return k < 0 ? new D(0) : values[i]![k]!;
    });
  // Readings that put the same amounts in the same cells (a figure of 0) are one reading.
  const options = rows.map((row, i) => {
    const seen = new Set<string>();
    return readingsOf(row.figures.length, columns).filter((r) => {
      const key = cellsOf(i, r).join(',');
      return !seen.has(key) && !!seen.add(key);
    });
  });
  const children = rows.map(() => [] as number[]);
  const total = rows.findIndex((row) => row.parent === null);
  const free: number[] = [];
  rows.forEach((row, i) => {
    if (row.parent === null) return;
    if (row.parent >= 0) children[row.parent]!.push(i);
    else if (row.parent === -1 && total >= 0) children[total]!.push(i);
    else free.push(i);
  });
  const memo = new Map<string, Best | null>();
  let weighed = 0;

  const solve = (row: number, option: number): Best | null => {
    const key = `${row}:${option}`;
    if (memo.has(key)) return memo.get(key)!;
    const own = cellsOf(row, options[row]![option]!);
    const kids = children[row]!;
    // Amounts are never negative: where the parent's cell is 0, so is every child's. Readings
    // that break this are weighed only when a child has no other (the report's own error).
    const allowed = kids.map((c) => {
      const fitting = options[c]!.map((_, o) => o).filter((o) => cellsOf(c, options[c]![o]!).every((v, column) => !own[column]!.isZero() || v.isZero()));
      return fitting.length > 0 ? fitting : options[c]!.map((_, o) => o);
    });
    const combinations = allowed.reduce((n, a) => n * a.length, 1);
    let result: Best | null = null;
    weighed += combinations;
    if (weighed <= MAX_COMBINATIONS) {
      const picks = kids.map(() => 0);
      result = { broken: Infinity, count: 0, readings: new Map() };
      for (let n = 0; n < combinations; n++) {
        let rest = n;
        kids.forEach((_, k) => {
          picks[k] = allowed[k]![rest % allowed[k]!.length]!;
          rest = Math.floor(rest / allowed[k]!.length);
        });
        const parts = kids.map((c, k) => solve(c, picks[k]!));
        if (parts.some((p) => !p)) {
          result = null;
          break;
        }
        let broken = 0;
        for (let column = 0; column < columns; column++) {
          const sum = kids.reduce((acc, c, k) => acc.plus(cellsOf(c, options[c]![picks[k]!]!)[column]!), new D(0));
          if (kids.length > 0 && !sum.eq(own[column]!)) broken += 1;
        }
        let count = 1;
        for (const p of parts) {
          broken += p!.broken;
          count = Math.min(2, count * p!.count);
        }
        if (broken < result.broken) {
          const readings = new Map<number, number>([[row, option]]);
          kids.forEach((_, k) => parts[k]!.readings.forEach((o, r) => readings.set(r, o)));
          result = { broken, count, readings };
        } else if (broken === result.broken) result.count = 2;
      }
    }
    memo.set(key, result);
    return result;
  };

  const best = (row: number): Best | null => {
    let chosen: Best | null = null;
    for (let o = 0; o < options[row]!.length; o++) {
      const b = solve(row, o);
      if (!b) return null;
      if (!chosen || b.broken < chosen.broken) chosen = { ...b };
      else if (b.broken === chosen.broken) chosen.count = 2;
    }
    return chosen;
  };
  const tops = [...(total >= 0 ? [total] : rows.map((_, i) => i).filter((i) => rows[i]!.parent === -1)), ...free];
  const readings = new Map<number, number>();
  let broken = 0;
  for (const top of tops) {
    const b = best(top);
    if (!b || b.count > 1) return null;
    broken += b.broken;
    b.readings.forEach((o, r) => readings.set(r, o));
  }
  const columnsOf = rows.map((row, i) => options[i]![readings.get(i) ?? 0] ?? row.figures.map((_, k) => k));
  const chosen = new Set(rows.map((_, i) => i).filter((i) => options[i]!.length > 1));
  const changed = new Set(rows.map((_, i) => i).filter((i) => columnsOf[i]!.some((c, k) => c !== k)));
  return { columns: columnsOf, chosen, changed, broken };
}
