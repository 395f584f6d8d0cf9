/**
 * Reading the rows of a table: a row's label (with codes), the label's continuation lines,
 * and amounts printed on the row's line or on a line of their own just above it (some
 * extractors put the figures of a row with a wrapped label on the line before).
 */
import type { Amounts, ColumnKey } from '../schema/budget-types.generated.js';
import type { PrintedColumn } from './columns.js';
import type { ImportContext } from './context.js';
import { anchorsFrom, anchorsFromClusters, isLayoutText, joinWords, partsOf, placeAmounts, type AmountToken } from './grid.js';
import { cellsForColumns, placeUnderCells, type HeaderCell } from './header.js';
import { isBlank, type SourceLine } from './lines.js';
import { tokenize, type Token } from './numbers.js';

export interface RawRow {
  line: SourceLine;
  /** Codes read at the start of the row ("201", "20103", or "201" "03" "01"). */
  codes: string[];
  label: string;
  amounts: AmountToken[];
  /** Set when the label continues on the following lines. */
  continued?: boolean;
}

/** Words of a header or of a note: lines that are neither rows nor label continuations. */
const HEADER_WORDS = /项目|科目编码|科目名称|^类|款\s*项|预算数|决算数|单位[：:]|编制|部门名称|注[：:]|本表|^\d+(\s+\d+)+$|金额/;

export interface RowOptions {
  /** Read codes at the start of a row. */
  codes: boolean;
  /** Labels that make a line a row without a code ("合计"). */
  rowLabel?: RegExp;
  /** Allow label continuation lines. */
  continuation?: boolean;
}

const GLUED_CODE = /^(\d{3}(?:\d{2}){0,2})(?=[\u4e00-\u9fff])/;

function codesOf(tokens: Token[]): { codes: string[]; rest: Token[] } {
  const t = tokens.map((x) => x.text);
  if (/^\d{3}$/.test(t[0] ?? '') && /^\d{2}$/.test(t[1] ?? '')) {
    const n = /^\d{2}$/.test(t[2] ?? '') && t[3] !== undefined ? 3 : 2;
    return { codes: t.slice(0, n), rest: tokens.slice(n) };
  }
  if (/^\d{3}(\d{2}){0,2}$/.test(t[0] ?? '') && tokens.length > 1 && !/^[\d,.]+$/.test(t[1] ?? '')) return { codes: [t[0]!], rest: tokens.slice(1) };
  // A code printed against its name ("2010506统计管理"), as extractors without layout do.
  const glued = GLUED_CODE.exec(t[0] ?? '');
  if (glued) {
    const first = tokens[0]!;
    const name = { text: first.text.slice(glued[1]!.length), start: first.start + glued[1]!.length, end: first.end };
    return { codes: [glued[1]!], rest: [name, ...tokens.slice(1)] };
  }
  return { codes: [], rest: tokens };
}

/**
 * Reads the rows of a table body. A long subject name wraps: below its code line (a continuation),
 * or, where the code line carries no name at all, above and below it (a PDF centres the name on
 * the row). Name lines between two rows go to the row below when that row has no name of its own;
 * between two nameless rows they are split at a blank line, or else half to each (centred names).
 */
export function readRows(lines: SourceLine[], options: RowOptions): RawRow[] {
  const rows: RawRow[] = [];
  let pending: AmountToken[] = [];
  let last: RawRow | undefined;
  let lastNameless = false;
  let lastWasRow = false;
  // Name lines since the last row: those before a blank (or any other) line can continue it.
  let names: { text: string; afterBlank: boolean }[] = [];
  const settleNames = (next: RawRow | undefined, nextNameless: boolean) => {
    const before = names.filter((n) => !n.afterBlank);
    const after = names.filter((n) => n.afterBlank);
    let toLast = before;
    let toNext = after;
    // Name lines run straight from the last row to a nameless next one: whose are they?
    if (next && nextNameless && after.length === 0 && lastWasRow) {
      if (!lastNameless) [toLast, toNext] = [[], before];
      else {
        const half = Math.ceil(before.length / 2);
        [toLast, toNext] = [before.slice(0, half), before.slice(half)];
      }
    }
    if (last && toLast.length > 0) {
      last.label += toLast.map((n) => n.text).join('');
      last.continued = true;
    }
    if (next && nextNameless) next.label = toNext.map((n) => n.text).join('') + next.label;
    names = [];
  };
  for (const line of lines) {
    if (isBlank(line.text)) {
      lastWasRow = false;
      continue;
    }
    const tokens = tokenize(line.text);
    const { codes, rest } = options.codes ? codesOf(tokens) : { codes: [], rest: tokens };
    const parts = partsOf(line, false, rest);
    const label = joinWords(parts.words);
    const isRow = codes.length > 0 || (!!options.rowLabel && options.rowLabel.test(label.replace(/\s+/g, '')));
    if (isRow) {
      const row: RawRow = { line, codes, label, amounts: [...pending, ...parts.amounts] };
      pending = [];
      if (options.continuation) settleNames(row, label === '');
      rows.push(row);
      last = row;
      lastNameless = label === '';
      lastWasRow = true;
      continue;
    }
    // Figures alone on a line, or beside the 类/款/项 words of the header, belong to the next row
    // (a row's figures can stand half a line above its label).
    const headerOnly = parts.words.length > 0 && parts.words.every((w) => /^[类款项]$/.test(w.text));
    if ((parts.words.length === 0 || headerOnly) && parts.amounts.length > 0 && parts.trailing.length === 0) {
      if (last && last.amounts.length === 0 && lastWasRow) last.amounts.push(...parts.amounts);
      else pending.push(...parts.amounts);
      lastWasRow = false;
      continue;
    }
    if (options.continuation && last && parts.amounts.length === 0 && !HEADER_WORDS.test(label) && /[\u4e00-\u9fff]/.test(label)) {
      // A name line after a figure line or a blank can only open the next row's name.
      names.push({ text: label, afterBlank: !lastWasRow });
      continue;
    }
    lastWasRow = false;
  }
  if (options.continuation) settleNames(undefined, false);
  return rows;
}

/** Places the amounts of every row in the printed columns; a row that cannot be placed is null. */
export function placeRows(
  rows: RawRow[],
  columns: PrintedColumn[],
  lines: SourceLine[],
  ctx: ImportContext,
  tableId: string,
  header: SourceLine[] = [],
  /** Told of each row whose columns had to be guessed (neither full rows nor the header show them). */
  onGuess: (row: RawRow) => void = () => {},
): (Amounts | null)[] {
  const layout = isLayoutText(lines);
  const n = columns.length;
  const byPage = new Map<number, AmountToken[][]>();
  for (const row of rows) {
    const page = row.line.page;
    if (!byPage.has(page)) byPage.set(page, []);
    byPage.get(page)!.push(row.amounts);
  }
  const all = rows.map((r) => r.amounts);
  // Per page, in order of trust: rows of that page that fill every column show where the columns
  // stand; else the page's header (a table running over pages repeats it, laid out anew); else
  // full rows of other pages; only then are the columns guessed, and said to be.
  const fullAll = anchorsFrom(all, n);
  const labels = columns.map((c) => c.label);
  const firstCells = layout ? cellsForColumns(header, labels) : null;
  const placement = new Map<number, { anchors: number[] | null; cells: HeaderCell[] | null; guessed: boolean }>();
  const placementOf = (page: number) => {
    if (!placement.has(page)) {
      const pageRows = byPage.get(page)!;
      const full = anchorsFrom(pageRows, n);
      const firstRow = rows.find((r) => r.line.page === page)?.line.no ?? Infinity;
      const repeated = lines.filter((l) => l.page === page && l.no < firstRow);
      const cells = full ? null : ((repeated.length > 0 ? cellsForColumns(repeated, labels) : null) ?? firstCells);
      const anchors = full ?? (cells ? null : fullAll);
      placement.set(page, { anchors: anchors ?? (cells ? null : (anchorsFromClusters(pageRows, n) ?? anchorsFromClusters(all, n))), cells, guessed: !anchors && !cells });
    }
    return placement.get(page)!;
  };
  const dropped = new Set<string>();
  let warned = false;
  return rows.map((row) => {
    if (!layout) return keyed(row, placeAmounts(row.amounts, n, null, false));
    const { anchors, cells, guessed } = placementOf(row.line.page);
    const placed = cells ? placeUnderCells(row.amounts, cells) : placeAmounts(row.amounts, n, anchors, true);
    if (guessed && row.amounts.length > 0 && row.amounts.length < n) {
      if (!warned) ctx.warn(row.line, `${tableId}：版式和表头都不能确定各列位置，数字按顺序放入前几列，可能有误`, `${tableId}: neither the layout nor the header shows where the columns stand; figures were put in the first columns in order and may be misplaced`);
      warned = true;
      onGuess(row);
    }
    return keyed(row, placed);
  });

  function keyed(row: RawRow, placed: (AmountToken | undefined)[] | null): Amounts | null {
    if (!placed) {
      ctx.warn(row.line, `${tableId}：本行的数字多于表中的列，无法对应`, `${tableId}: this row has more figures than the table has columns; not placed`);
      return null;
    }
    const garbled = placed.find((t) => t && t.value === null);
    if (garbled) {
      ctx.warn(garbled.line, `${tableId}：无法识别的数字 "${garbled.text}"，本行未导入`, `${tableId}: unreadable figure "${garbled.text}"; row not imported`);
      return null;
    }
    const amounts: Amounts = {};
    placed.forEach((token, k) => {
      const column = columns[k]!;
      if (column.key === null) {
        if (token && token.value !== '0' && !dropped.has(column.label)) {
          dropped.add(column.label);
          ctx.warn(token.line, `${tableId}：列“${column.label}”在数据格式中没有对应项，其数字未导入`, `${tableId}: column "${column.label}" has no key in the schema; its figures are not imported`);
        }
        return;
      }
      amounts[column.key as ColumnKey] = token?.value ?? '0';
      if (token) ctx.figures += 1;
    });
    return amounts;
  }
}
