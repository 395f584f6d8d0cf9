/**
 * The column cells of a table's header, read from where its words stand (as tabula's "stream"
 * mode and camelot do): a header cell can wrap onto several lines ("本年收入合" over "计"), and a
 * merged cell spans several columns ("“三公”经费预算数" over 合计 … 运行费). Words that stand
 * over two or more separate cells are such merged parents; what remains, grouped by horizontal
 * overlap, are the leaf columns, each with the span of the page it covers. A figure belongs to
 * the leaf it stands under.
 */
import type { SourceLine } from './lines.js';
import { isAmountToken, tokenize, type Token } from './numbers.js';

export interface HeaderCell {
  label: string;
  start: number;
  end: number;
}

interface Fragment extends Token {
  row: number;
}

/** Lines of a header that are not column headings: the unit, the department, notes. */
const NOT_HEADING = /单位\s*[:：]|编制(部门|单位)|部门名称|^\s*注[:：]/;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The leaf cells of a header, left to right. */
export function headerCells(header: readonly SourceLine[]): HeaderCell[] {
  const fragments: Fragment[] = [];
  header.forEach((line, row) => {
    if (NOT_HEADING.test(line.text)) return;
    for (const token of tokenize(line.text)) if (!isAmountToken(token.text)) fragments.push({ ...token, row });
  });
  const parents = new Set(fragments.filter((f) => separateCellsBelow(f, fragments) >= 2));
  const leaves = fragments.filter((f) => !parents.has(f));
  // Group the fragments of one cell: whatever overlaps horizontally, transitively.
  const groups: Fragment[][] = [];
  for (const fragment of [...leaves].sort((a, b) => a.start - b.start)) {
    const group = groups.find((g) => g.some((f) => overlaps(f, fragment)));
    if (group) group.push(fragment);
    else groups.push([fragment]);
  }
  return groups
    .map((group) => {
      const ordered = [...group].sort((a, b) => a.row - b.row || a.start - b.start);
      return {
        label: ordered.map((f) => f.text).join(''),
        start: Math.min(...group.map((f) => f.start)),
        end: Math.max(...group.map((f) => f.end)),
      };
    })
    .sort((a, b) => a.start - b.start);
}

/** How many separate cells stand below a fragment, within its span. */
function separateCellsBelow(fragment: Fragment, all: readonly Fragment[]): number {
  const below = all.filter((f) => f.row > fragment.row && f.start >= fragment.start - 1 && f.end <= fragment.end + 1).sort((a, b) => a.start - b.start);
  let cells = 0;
  let reach = -Infinity;
  for (const f of below) {
    if (f.start >= reach) cells += 1;
    reach = Math.max(reach, f.end);
  }
  return cells;
}

/**
 * The header cell of each printed amount column, found by its label ("合计" stands in
 * "本年收入合计"): null when a column has no cell that shares two characters with its label, or
 * two columns claim one cell, so that a header read wrongly is never used.
 */
export function cellsForColumns(header: readonly SourceLine[], labels: readonly string[]): HeaderCell[] | null {
  const cells = headerCells(header);
  const chosen = labels.map((label) => {
    let best: HeaderCell | undefined;
    let bestScore = 1;
    let tie = false;
    for (const cell of cells) {
      const score = commonRun(label, cell.label);
      if (score > bestScore) [best, bestScore, tie] = [cell, score, false];
      else if (score === bestScore && best) tie = true;
    }
    return tie ? undefined : best;
  });
  if (chosen.some((c) => !c) || new Set(chosen).size !== chosen.length) return null;
  return chosen as HeaderCell[];
}

/** Length of the longest run of characters two labels share. */
function commonRun(a: string, b: string): number {
  let best = 0;
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, previous[j]!);
      diagonal = above;
    }
  }
  return best;
}

/**
 * Puts each figure of a row under a header cell, keeping left-to-right order and standing each
 * figure as close as it can to the middle of its cell. Returns one figure (or undefined for a
 * blank cell) per column, in the order of `cells`; null when there are more figures than cells.
 */
export function placeUnderCells<T extends { start: number; end: number }>(figures: readonly T[], cells: readonly HeaderCell[]): (T | undefined)[] | null {
  if (figures.length > cells.length) return null;
  const order = cells.map((_, i) => i).sort((a, b) => middle(cells[a]!) - middle(cells[b]!));
  const sorted = [...figures].sort((a, b) => middle(a) - middle(b));
  const n = sorted.length;
  const m = order.length;
  // cost[i][j]: best placement of the first i figures in the first j cells.
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const took = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  for (let j = 0; j <= m; j++) cost[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      const skip = cost[i]![j - 1]!;
      const take = cost[i - 1]![j - 1]! + Math.abs(middle(sorted[i - 1]!) - middle(cells[order[j - 1]!]!));
      took[i]![j] = take <= skip;
      cost[i]![j] = Math.min(take, skip);
    }
  }
  const out = new Array<T | undefined>(cells.length).fill(undefined);
  for (let i = n, j = m; i > 0; j--) {
    if (took[i]![j]) {
      out[order[j - 1]!] = sorted[i - 1];
      i -= 1;
    }
  }
  return out;
}

const middle = (span: { start: number; end: number }) => (span.start + span.end) / 2;
