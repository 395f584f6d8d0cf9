/**
 * 一般公共预算基本支出 by economic classification code: Shanghai's 表8 (“部门一般公共预算基本支出
 * 部门预算经济分类预算表”: rows 301 / 301 01 with 合计, 人员经费, 公用经费 columns and a 合计 row)
 * and the 决算 表6 (“一般公共预算财政拨款基本支出决算表”: a 人员经费 half and a 公用经费 half side
 * by side, each with its codes, one 决算数 column and its own total row). Codes are 部门预算支出
 * 经济分类 (3xx) or 政府预算支出经济分类 (5xx), 类 of 3 digits and 款 of 5, printed as one token
 * ("30101") or two ("301 01"), the 款 sometimes glued to the name ("301 01基本工资").
 *
 * What is read is checked as the format requires: a code that is not 3 or 5 digits of the
 * table's classification, a 款 without its 类 row and a repeated code are warnings at their line
 * and the row is left out; a table without its total rows is left out.
 */
import { D } from '../decimal.js';
import type { Amounts, EconomicCodeRow, EconomicCodeTable, MoneyUnit } from '../schema/budget-types.generated.js';
import { columnsFromHeader, schemaColumns, type PrintedColumn } from './columns.js';
import type { ImportContext } from './context.js';
import { joinWords, partsOf, type AmountToken } from './grid.js';
import { isBlank, type SourceLine } from './lines.js';
import { isAmountToken, tokenize, type Token } from './numbers.js';
import { ProvenanceRecorder } from './provenance.js';
import { placeRows, type RawRow } from './rows.js';
import { readBySums } from './sum-readings.js';
import type { TableBlock } from './tables.js';

type Classification = EconomicCodeTable['classification'];
type Part = NonNullable<EconomicCodeRow['part']>;

/** Words of the table's header, repeated on every page: never a row or part of a name. */
const HEADER = /项目|经济分类|科目|编码|人员经费$|公用经费$|预算数|决算数|基本支出$|单位[：:]|编制|^[类款项]+$/;
const TOTAL_LABEL = /^(合计|总计)$/;
const PART_TOTAL = /^(人员经费|公用经费)(合计|小计)$/;
/** A 类 code, a 款 code in one token, or a 款 of two digits. */
const CLASS = /^\d{3}$/;
const SECTION = /^\d{5}$/;
const SUB = /^\d{2}$/;
/** A code glued to the name that follows it ("30101基本工资", "01基本工资"). */
const GLUED = /^(\d{2,5})([^\d,.].*)$/;
/** Most characters between a 类 code and its 款 code on one line (amount columns are further away). */
const CODE_GAP = 12;

/** A code at the start of a line: its digits, the tokens after it, and what is wrong with it. */
interface LeadingCode {
  code: string;
  printed: string;
  rest: Token[];
  malformed: boolean;
}

function isCjk(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

/** Splits "01基本工资" into "01" and "基本工资", keeping positions. */
function unglue(token: Token): Token[] {
  const m = GLUED.exec(token.text);
  if (!m || !isCjk(m[2]!)) return [token];
  const digits = m[1]!;
  return [
    { text: digits, start: token.start, end: token.start + digits.length },
    { text: m[2]!, start: token.start + digits.length, end: token.end },
  ];
}

/**
 * The code a line starts with, when it starts with one: digits followed by a name, or a 类 and a
 * 款 of two digits close by. A code followed by figures only (its name on another line) counts
 * when it is a well-formed 款 ("301 01", "30101"), or in the two-halves layout, where figures
 * stand beside the codes; otherwise such a line is a line of figures ("500 500" in 元).
 */
function leadingCode(tokens: Token[], halvesLayout: boolean): LeadingCode | null {
  const split = tokens.flatMap((t, i) => (i < 2 ? unglue(t) : [t]));
  const [first, second, third] = split;
  if (!first || !/^\d+$/.test(first.text)) return null;
  const isName = (t: Token | undefined) => !!t && !/^[\d,.]+$/.test(t.text) && !isAmountToken(t.text);
  const figuresOrEnd = (t: Token | undefined) => t === undefined || isAmountToken(t.text);
  if (second && /^\d+$/.test(second.text) && second.start - first.end <= CODE_GAP) {
    const wellFormed = CLASS.test(first.text) && SUB.test(second.text);
    if (isName(third) || (figuresOrEnd(third) && (wellFormed || halvesLayout))) {
      return { code: first.text + second.text, printed: `${first.text} ${second.text}`, rest: split.slice(2), malformed: !wellFormed };
    }
  }
  if (isName(second) || (figuresOrEnd(second) && (SECTION.test(first.text) || halvesLayout))) {
    return { code: first.text, printed: first.text, rest: split.slice(1), malformed: !CLASS.test(first.text) && !SECTION.test(first.text) };
  }
  return null;
}

/** Which classification the codes and the header words say the table is in. */
function classificationOf(block: TableBlock, codes: string[], ctx: ImportContext): Classification | null {
  const header = block.lines.map((l) => l.text.replace(/\s+/g, '')).join('');
  const stated: Classification | null = /政府(预算)?(支出)?经济分类/.test(header) ? 'government' : /部门(预算)?(支出)?经济分类/.test(header) ? 'department' : null;
  const department = codes.filter((c) => c.startsWith('3')).length;
  const government = codes.filter((c) => c.startsWith('5')).length;
  const byCodes: Classification | null = department > government ? 'department' : government > department ? 'government' : null;
  if (stated && byCodes && stated !== byCodes) {
    ctx.warn(block.titleLine, `${block.id}：表头称${stated === 'department' ? '部门' : '政府'}预算经济分类，编码却属于${byCodes === 'department' ? '部门' : '政府'}预算经济分类；按编码处理`, `${block.id}: the header names the ${stated} classification but the codes are of the ${byCodes} one; taken by the codes`);
  }
  return byCodes ?? stated;
}

/** True when a 基本支出 economic table lists its rows by code (rather than the Fenyang pairs of names). */
export function hasEconomicCodes(block: TableBlock): boolean {
  let n = 0;
  for (const line of block.lines) {
    const code = leadingCode(tokenize(line.text), true);
    if (code && !code.malformed && /^[35]/.test(code.code)) n += 1;
    if (n >= 2) return true;
  }
  return false;
}

/** A row as read, before its code is judged and its figures are placed. */
interface ReadRow {
  line: SourceLine;
  code: string | null;
  printed: string;
  malformed: boolean;
  label: string;
  amounts: AmountToken[];
  part?: Part;
  /** True when the columns of its figures were guessed (a finding about it may be an import problem). */
  inferred?: boolean;
}

/** Reads the code-based economic table of a block; undefined (with warnings) when it cannot be read. */
export function parseEconomicCodes(block: TableBlock, unit: MoneyUnit, ctx: ImportContext): EconomicCodeTable | undefined {
  return isTwoHalves(block) ? parseHalves(block, unit, ctx) : parseColumns(block, unit, ctx);
}

/** The 决算 layout: two code columns side by side in the header, or the two part totals on one line. */
function isTwoHalves(block: TableBlock): boolean {
  return block.lines.some((l) => {
    const words = tokenize(l.text).map((t) => t.text);
    const headers = words.filter((w) => /^(经济分类|科目编码|经济分类科目编码)$/.test(w)).length;
    return headers >= 2 || (words.some((w) => /^人员经费合计$/.test(w)) && words.some((w) => /^公用经费合计$/.test(w)));
  });
}

/** Budgets: one row per line, 合计 / 人员经费 / 公用经费 as columns, a 合计 row. */
function parseColumns(block: TableBlock, unit: MoneyUnit, ctx: ImportContext): EconomicCodeTable | undefined {
  const start = block.lines.findIndex((l) => leadingCode(tokenize(l.text), false) !== null);
  if (start < 0) return undefined;
  const printed = columnsFromHeader(block.lines.slice(0, start), 'economic');
  const body = block.lines.slice(start);
  const read: ReadRow[] = [];
  let pending: AmountToken[] = [];
  let last: ReadRow | undefined;
  let lastWasRow = false;
  for (const line of body) {
    if (isBlank(line.text)) {
      lastWasRow = false;
      continue;
    }
    const tokens = tokenize(line.text);
    const code = leadingCode(tokens, false);
    const parts = partsOf(line, false, code ? code.rest : tokens);
    const label = joinWords(parts.words);
    const compact = label.replace(/\s+/g, '');
    if (code || TOTAL_LABEL.test(compact)) {
      const row: ReadRow = { line, code: code?.code ?? null, printed: code?.printed ?? '', malformed: code?.malformed ?? false, label: compact, amounts: [...pending, ...parts.amounts] };
      pending = [];
      read.push(row);
      last = row;
      lastWasRow = true;
      continue;
    }
    if (parts.words.length === 0 && parts.amounts.length > 0) {
      // Figures on a line of their own: of the row just above when it has none, else of the next.
      if (last && lastWasRow && last.amounts.length === 0) last.amounts.push(...parts.amounts);
      else pending.push(...parts.amounts);
      lastWasRow = false;
      continue;
    }
    if (last && lastWasRow && last.code && parts.amounts.length === 0 && isCjk(compact) && !HEADER.test(compact) && !/^注/.test(compact)) {
      last.label += compact;
      continue;
    }
    lastWasRow = false;
  }
  if (pending.length > 0) ctx.warn(pending[0]!.line, `${block.id}：表末的数字没有对应的行，未导入`, `${block.id}: figures at the end of the table belong to no row; not imported`);
  const raw: RawRow[] = read.map((r) => ({ line: r.line, codes: r.code ? [r.code] : [], label: r.label, amounts: r.amounts }));
  // Each page is laid out on its own (its columns can stand elsewhere than on the next page).
  const guessed = new Set<RawRow>();
  const placed: (Amounts | null)[] = [];
  const pages = new Map<number, number[]>();
  raw.forEach((r, i) => (pages.get(r.line.page) ?? pages.set(r.line.page, []).get(r.line.page)!).push(i));
  const linesOf = new Map<number, SourceLine[]>();
  for (const l of body) (linesOf.get(l.page) ?? linesOf.set(l.page, []).get(l.page)!).push(l);
  for (const [page, indices] of pages) {
    const got = placeRows(indices.map((i) => raw[i]!), printed, linesOf.get(page) ?? [], ctx, block.id, block.lines.slice(0, start), (row) => guessed.add(row));
    indices.forEach((i, k) => (placed[i] = got[k] ?? null));
  }
  // A row whose figures found no columns, or whose guessed columns contradict the row itself
  // (合计 ≠ 人员经费 + 公用经费), means the text does not show the columns: better no table than a
  // table with figures in the wrong column.
  const failing = () => ({
    unplaced: raw.findIndex((r, i) => r.amounts.length > 0 && r.amounts.every((a) => a.value !== null) && !placed[i]),
    contradicted: raw.findIndex((r, i) => guessed.has(r) && !rowAddsUp(placed[i])),
  });
  let { unplaced, contradicted } = failing();
  // Text that does not show the columns: the table's own sums (类 = Σ 款, 合计 = Σ 类) may still
  // tell 人员经费 from 公用经费.
  const bySums = unplaced >= 0 || contradicted >= 0 ? readBySums(raw, printed) : null;
  if (bySums) {
    bySums.amounts.forEach((amounts, i) => {
      placed[i] = amounts;
      guessed.add(raw[i]!);
    });
    ({ unplaced, contradicted } = failing());
    if (unplaced < 0 && contradicted < 0 && bySums.changed > 0) {
      ctx.warn(block.titleLine, `${block.id}：文本未显示各列位置，${bySums.changed} 行的列按本表的合计关系确定`, `${block.id}: the text does not show the columns; the columns of ${bySums.changed} rows were chosen from the table's sums`);
    }
  }
  if (unplaced >= 0 || contradicted >= 0) {
    const line = raw[unplaced >= 0 ? unplaced : contradicted]!.line;
    ctx.warn(line, `${block.id}：文本不能确定数字所在的列（人员经费或公用经费），本表未导入`, `${block.id}: the text does not show which column (personnel or public use) figures stand in; table not imported`);
    return undefined;
  }
  return assemble(block, unit, ctx, printed, read.map((r, i) => ({ ...r, placed: placed[i] ?? null, inferred: guessed.has(raw[i]!) })));
}

/** 合计 = 人员经费 + 公用经费 in a placed row (true when the row lacks one of the columns). */
function rowAddsUp(amounts: Amounts | null | undefined): boolean {
  if (!amounts) return false;
  const { total, personnel, publicUse } = amounts;
  if (total === undefined || personnel === undefined || publicUse === undefined) return true;
  return new D(total).eq(new D(personnel).plus(publicUse));
}

/** Tokens of a line split at a column: the left half and the right half. */
function halves(tokens: Token[], split: number): [Token[], Token[]] {
  return [tokens.filter((t) => t.start < split), tokens.filter((t) => t.start >= split)];
}

/**
 * Where the right half starts on each page: the column of the right half's 类 codes (a 3-digit
 * code after other text on its line), a little to its left. Pages are laid out separately, so
 * each has its own; a page without one takes the previous page's.
 */
function splitColumns(lines: SourceLine[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (const line of lines) {
    const tokens = tokenize(line.text);
    tokens.forEach((t, i) => {
      if (i === 0 || !CLASS.test(t.text) || !/^[35]/.test(t.text)) return;
      const next = tokens[i + 1];
      if (next && isAmountToken(next.text) && next.start - t.end <= 2) return;
      if (!byPage.has(line.page)) byPage.set(line.page, []);
      byPage.get(line.page)!.push(t.start);
    });
  }
  const out = new Map<number, number>();
  let previous: number | undefined;
  const pages = [...new Set(lines.map((l) => l.page))].sort((a, b) => a - b);
  for (const page of pages) {
    const starts = byPage.get(page);
    if (starts && starts.length > 0) previous = mode(starts) - 2;
    if (previous !== undefined) out.set(page, previous);
  }
  return out;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

/** The column of a half's codes on each page: where most of its code lines start. */
function codeColumns(side: { line: SourceLine; tokens: Token[] }[]): Map<number, number> {
  const starts = new Map<number, number[]>();
  for (const { line, tokens } of side) {
    if (!leadingCode(tokens, true)) continue;
    if (!starts.has(line.page)) starts.set(line.page, []);
    starts.get(line.page)!.push(tokens[0]!.start);
  }
  return new Map([...starts].map(([page, list]) => [page, mode(list)]));
}

/** The 决算 layout: a 人员经费 half and a 公用经费 half, each read as its own list of rows. */
function parseHalves(block: TableBlock, unit: MoneyUnit, ctx: ImportContext): EconomicCodeTable | undefined {
  const start = block.lines.findIndex((l) => leadingCode(tokenize(l.text), true) !== null);
  if (start < 0) return undefined;
  const header = block.lines.slice(0, start);
  const amountLabel = /决算数/.test(header.map((l) => l.text).join('')) ? '决算数' : /预算数/.test(header.map((l) => l.text).join('')) ? '预算数' : '金额';
  const printed: PrintedColumn[] = [{ key: 'total', label: amountLabel }];
  const body = block.lines.slice(start);
  const splits = splitColumns(body);
  const sides: { line: SourceLine; tokens: Token[] }[][] = [[], []];
  for (const line of body) {
    if (isBlank(line.text)) continue;
    const split = splits.get(line.page);
    const tokens = tokenize(line.text);
    const [left, right] = split === undefined ? [tokens, []] : halves(tokens, split);
    if (left.length > 0) sides[0]!.push({ line, tokens: left });
    if (right.length > 0) sides[1]!.push({ line, tokens: right });
  }
  const read = sides.map((side, s) => readHalf(side, codeColumns(side), block.id, s === 0 ? '左' : '右', s === 0 ? 'left' : 'right', ctx));
  // Which half is which: by its total label; otherwise 人员经费 on the left, as the template prints it.
  const partOf = (rows: ReadRow[], fallback: Part): Part => {
    const label = rows.find((r) => r.code === null)?.label ?? '';
    return /^人员经费/.test(label) ? 'personnel' : /^公用经费/.test(label) ? 'publicUse' : fallback;
  };
  const parts: Part[] = [partOf(read[0]!, 'personnel'), partOf(read[1]!, 'publicUse')];
  if (parts[0] === parts[1]) {
    ctx.warn(block.titleLine, `${block.id}：无法分辨人员经费与公用经费两半，本表未导入`, `${block.id}: the 人员经费 and 公用经费 halves cannot be told apart; table not imported`);
    return undefined;
  }
  const rows = read.flatMap((half, s) =>
    half.map((r) => {
      if (r.amounts.length > 1) {
        ctx.warn(r.line, `${block.id}：本行有 ${r.amounts.length} 个数字，只有一列，未导入`, `${block.id}: ${r.amounts.length} figures for one column; row not imported`);
        return { ...r, part: parts[s]!, placed: null };
      }
      const bad = r.amounts.find((a) => a.value === null);
      if (bad) {
        ctx.warn(bad.line, `${block.id}：无法识别的数字 "${bad.text}"，本行未导入`, `${block.id}: unreadable figure "${bad.text}"; row not imported`);
        return { ...r, part: parts[s]!, placed: null };
      }
      if (r.amounts.length === 1) ctx.figures += 1;
      const placed: Amounts = { total: r.amounts[0]?.value ?? '0' };
      return { ...r, part: parts[s]!, placed };
    }),
  );
  return assemble(block, unit, ctx, printed, rows);
}

/** A row of a half being read, with the lines it spans (code line to its last name line). */
interface HalfRow extends ReadRow {
  first: number;
  last: number;
  codeStart: number;
  sectionDone: boolean;
}

/**
 * One half of the 决算 table: a row starts at its 类 code; its 款 code may stand on the next
 * line, its name on the next line or two. A figure stands in its row's band: on the code line,
 * or half a line above or below it, which an extractor prints on the line before the code
 * (pdftotext) or on the name line (pdfjs). So a figure on a line of its own goes to the row whose
 * lines are nearest, the next row when two are as near (figures above their labels).
 */
function readHalf(lines: { line: SourceLine; tokens: Token[] }[], codeColumn: Map<number, number>, id: string, sideZh: string, sideEn: string, ctx: ImportContext): ReadRow[] {
  const rows: HalfRow[] = [];
  const loose: AmountToken[][] = [];
  let current: HalfRow | undefined;
  for (const { line, tokens } of lines) {
    const column = codeColumn.get(line.page);
    const found = leadingCode(tokens, true);
    // A code stands in the half's code column; digits elsewhere are figures ("500" in 元).
    const code = found && column !== undefined && Math.abs(tokens[0]!.start - column) <= 4 ? found : null;
    if (code) {
      const parts = partsOf(line, false, code.rest);
      current = { line, code: code.code, printed: code.printed, malformed: code.malformed, label: joinWords(parts.words).replace(/\s+/g, ''), amounts: parts.amounts, first: line.no, last: line.no, codeStart: tokens[0]!.start, sectionDone: code.code.length !== 3 };
      rows.push(current);
      continue;
    }
    const compactAll = tokens.map((t) => t.text).join('');
    if (HEADER.test(compactAll) && !PART_TOTAL.test(compactAll) && !TOTAL_LABEL.test(compactAll)) continue;
    let rest = tokens.flatMap((t, i) => (i === 0 ? unglue(t) : [t]));
    // The 款 of the row above, printed on a line below its 类 code.
    if (current && !current.sectionDone && SUB.test(rest[0]?.text ?? '') && rest[0]!.start - current.codeStart <= CODE_GAP) {
      current.code += rest[0]!.text;
      current.printed += ` ${rest[0]!.text}`;
      current.sectionDone = true;
      current.last = line.no;
      rest = rest.slice(1);
    }
    const parts = partsOf(line, false, rest);
    const label = joinWords(parts.words).replace(/\s+/g, '');
    if (PART_TOTAL.test(label) || TOTAL_LABEL.test(label)) {
      current = undefined;
      rows.push({ line, code: null, printed: '', malformed: false, label, amounts: parts.amounts, first: line.no, last: line.no, codeStart: tokens[0]!.start, sectionDone: true });
      continue;
    }
    if (current && label && isCjk(label) && !/^注/.test(label)) {
      current.label += label;
      current.last = line.no;
    }
    if (parts.amounts.length === 0) continue;
    if (current && current.last === line.no) current.amounts.push(...parts.amounts);
    else loose.push(parts.amounts);
  }
  // Rows span disjoint runs of lines in order: the nearest is the last row starting at or before
  // the figure's line, or the first starting after it.
  for (const amounts of loose) {
    const no = amounts[0]!.line.no;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.first <= no) lo = mid + 1;
      else hi = mid;
    }
    const before = rows[lo - 1];
    const after = rows[lo];
    const dBefore = before ? Math.max(0, no - before.last) : Infinity;
    const dAfter = after ? after.first - no : Infinity;
    const best = dAfter <= dBefore ? after : before;
    if (best) best.amounts.push(...amounts);
    else ctx.warn(amounts[0]!.line, `${id}：${sideZh}半表的数字没有对应的行，未导入`, `${id}: figures of the ${sideEn} half belong to no row; not imported`);
  }
  return rows.map(({ line, code, printed, malformed, label, amounts }) => ({ line, code, printed, malformed, label, amounts }));
}

/** Judges the codes, keeps the rows that fit, and builds the table with its provenance. */
function assemble(block: TableBlock, unit: MoneyUnit, ctx: ImportContext, printed: PrintedColumn[], read: (ReadRow & { placed: Amounts | null })[]): EconomicCodeTable | undefined {
  const id = block.id;
  const classification = classificationOf(block, read.flatMap((r) => (r.code && !r.malformed ? [r.code] : [])), ctx);
  if (!classification) {
    ctx.warn(block.titleLine, `${id}：无法确定经济分类（部门或政府），本表未导入`, `${id}: the economic classification (department or government) cannot be told; table not imported`);
    return undefined;
  }
  const prefix = classification === 'department' ? '3' : '5';
  const rows: EconomicCodeRow[] = [];
  const lineOf = new Map<EconomicCodeRow, SourceLine>();
  const inferred = new Set<EconomicCodeRow>();
  const seen = new Map<string, EconomicCodeRow>();
  let total: Amounts | undefined;
  const partTotals: Partial<Record<Part, { amounts: Amounts; line: SourceLine }>> = {};
  let totalLine: SourceLine | undefined;
  let totalInferred = false;
  for (const r of read) {
    if (r.code === null) {
      if (!r.placed) continue;
      const part: Part | undefined = /^人员经费/.test(r.label) ? 'personnel' : /^公用经费/.test(r.label) ? 'publicUse' : undefined;
      if (part && !partTotals[part]) partTotals[part] = { amounts: r.placed, line: r.line };
      else if (!part && !total) {
        total = r.placed;
        totalLine = r.line;
        totalInferred = !!r.inferred;
      }
      continue;
    }
    if (r.malformed || !r.code.startsWith(prefix)) {
      const why = r.malformed ? { zh: '不是 3 位（类）或 5 位（款）的经济分类编码', en: 'is not an economic code of 3 (类) or 5 (款) digits' } : { zh: `不属于${classification === 'department' ? '部门' : '政府'}预算经济分类（以 ${prefix} 开头）`, en: `is not a code of the ${classification} classification (starting with ${prefix})` };
      ctx.warn(r.line, `${id}：编码 "${r.printed}" ${why.zh}，本行未导入`, `${id}: code "${r.printed}" ${why.en}; row not imported`);
      continue;
    }
    if (!r.placed) continue;
    if (!r.label) {
      ctx.warn(r.line, `${id}：编码 ${r.code} 没有名称，本行未导入`, `${id}: code ${r.code} has no name; row not imported`);
      continue;
    }
    if (seen.has(r.code)) {
      ctx.warn(r.line, `${id}：编码 ${r.code} 重复出现，仅保留第一次`, `${id}: code ${r.code} appears twice; the first is kept`);
      continue;
    }
    if (r.code.length === 5) {
      const parent = seen.get(r.code.slice(0, 3));
      if (!parent || parent.part !== r.part) {
        ctx.warn(r.line, `${id}：编码 ${r.code} 的类 ${r.code.slice(0, 3)} 不在本表${r.part ? '同一半' : ''}中，本行未导入`, `${id}: the 类 ${r.code.slice(0, 3)} of code ${r.code} is not in the table${r.part ? ' (same half)' : ''}; row not imported`);
        continue;
      }
    }
    const row: EconomicCodeRow = { code: r.code, name: r.label, amounts: r.placed, ...(r.part ? { part: r.part } : {}) };
    seen.set(r.code, row);
    rows.push(row);
    lineOf.set(row, r.line);
    if (r.inferred) inferred.add(row);
  }
  const halvesRead = read.some((r) => r.part !== undefined);
  if (halvesRead ? !(partTotals.personnel && partTotals.publicUse) && !total : !total) {
    ctx.warn(block.titleLine, `${id}：找不到合计行，本表未导入`, `${id}: no total row found; table not imported`);
    return undefined;
  }
  if (rows.length === 0) {
    ctx.warn(block.titleLine, `${id}：没有可导入的经济分类行，本表未导入`, `${id}: no economic rows could be read; table not imported`);
    return undefined;
  }
  const provenance = new ProvenanceRecorder();
  provenance.add('total', totalLine, totalInferred);
  provenance.add('personnelTotal', partTotals.personnel?.line);
  provenance.add('publicUseTotal', partTotals.publicUse?.line);
  provenance.addList('rows', rows, (row) => lineOf.get(row), (row) => inferred.has(row));
  const recorded = provenance.result();
  return {
    table: id,
    ...(recorded ? { provenance: recorded } : {}),
    unit,
    classification,
    columns: schemaColumns(printed) as EconomicCodeTable['columns'],
    ...(total ? { total } : {}),
    ...(partTotals.personnel ? { personnelTotal: partTotals.personnel.amounts } : {}),
    ...(partTotals.publicUse ? { publicUseTotal: partTotals.publicUse.amounts } : {}),
    rows,
  };
}
