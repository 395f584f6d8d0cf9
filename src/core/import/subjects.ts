/**
 * 科目 tables (收入总表, 支出总表, 一般公共预算支出表, 政府性基金/国有资本经营预算支出表): one
 * row per 类/款/项 code, codes in one column ("2010301") or three ("201 03 01"), long names
 * wrapped onto the next line, and a 合计 row.
 */
import type { Amounts, SubjectRow, SubjectTable } from '../schema/budget-types.generated.js';
import { columnsFromHeader, schemaColumns, type ColumnFamily, type PrintedColumn } from './columns.js';
import type { ImportContext } from './context.js';
import { isLayoutText, marksBlankCells } from './grid.js';
import { readBySums } from './sum-readings.js';
import { placeRows, readRows, type RawRow } from './rows.js';
import type { TableBlock } from './tables.js';
import type { SourceLine } from './lines.js';
import { ProvenanceRecorder } from './provenance.js';
import { isAmountToken, tokenize } from './numbers.js';
import type { MoneyUnit } from '../schema/budget-types.generated.js';

const TOTAL_ROW = /^(合计|总计)$/;

/** Index of the first line of the body after the header. */
export function headerEnd(block: TableBlock, isRowStart: (text: string) => boolean): number {
  const i = block.lines.findIndex((l) => isRowStart(l.text));
  return i < 0 ? block.lines.length : i;
}

function isSubjectStart(text: string): boolean {
  const t = text.trim();
  if (/^\d{3}(\d{2}){0,2}\s+\S/.test(t) && !/^\d{3}\s+[\d,.]+(\s|$)/.test(t)) return true;
  if (/^\d{3}(\d{2}){0,2}[\u4e00-\u9fff]/.test(t)) return true;
  if (/^合\s*计(\s+[\d,.]|$)/.test(t)) return true;
  const tokens = tokenize(t);
  return tokens.length > 0 && tokens.every((x) => isAmountToken(x.text)) && /[.,]/.test(t);
}

function isFiguresAboveRow(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t) => isAmountToken(t.text) && t.text !== '-') && tokens.every((t) => isAmountToken(t.text) || /^[类款项]$/.test(t.text));
}

/** Reads a 科目 table; undefined (with warnings) when it cannot be read. */
export function parseSubjectTable(block: TableBlock, family: ColumnFamily, unit: MoneyUnit, ctx: ImportContext): SubjectTable | undefined {
  let start = headerEnd(block, isSubjectStart);
  // The first row's figures can stand half a line higher, beside the 类/款/项 header words.
  while (start > 0 && isFiguresAboveRow(block.lines[start - 1]!.text)) start -= 1;
  const printed = columnsFromHeader(block.lines.slice(0, start), family);
  const body = block.lines.slice(start);
  const raw = readRows(body, { codes: true, rowLabel: TOTAL_ROW, continuation: true });
  const guessed = new Set<SourceLine>();
  const placed = placeRows(raw, printed, body, ctx, block.id, block.lines.slice(0, start), (row) => guessed.add(row.line));
  const decided = isLayoutText(body) || marksBlankCells(body) || placeBySums(raw, placed, printed, guessed, block, ctx, family === 'income');
  const columns = schemaColumns(printed).filter((c) => decided !== false || c.key === 'total');
  let total: Amounts | undefined;
  let totalLine: SourceLine | undefined;
  const rows: SubjectRow[] = [];
  const lineOf = new Map<SubjectRow, SourceLine>();
  const seen = new Set<string>();
  raw.forEach((row, i) => {
    const amounts = placed[i];
    if (row.codes.length === 0) {
      if (amounts && !total) [total, totalLine] = [amounts, row.line];
      else if (!amounts) ctx.warn(row.line, `${block.id}：合计行无法读取`, `${block.id}: the total row cannot be read`);
      return;
    }
    const code = row.codes.join('');
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) {
      ctx.warn(row.line, `${block.id}：无法识别的科目编码 "${row.codes.join(' ')}"`, `${block.id}: unrecognised subject code "${row.codes.join(' ')}"`);
      return;
    }
    if (!amounts) return;
    if (!row.label) {
      ctx.warn(row.line, `${block.id}：科目 ${code} 没有名称，本行未导入`, `${block.id}: subject ${code} has no name; row not imported`);
      return;
    }
    if (seen.has(code)) {
      ctx.warn(row.line, `${block.id}：科目 ${code} 重复出现，仅保留第一次`, `${block.id}: subject ${code} appears twice; the first is kept`);
      return;
    }
    seen.add(code);
    const subjectRow: SubjectRow = { code, name: row.label, amounts };
    rows.push(subjectRow);
    lineOf.set(subjectRow, row.line);
  });
  // A 款 or 项 whose 类 row is missing cannot be placed in the tree.
  const kept = rows.filter((row) => {
    if (row.code.length === 3 || seen.has(row.code.slice(0, 3)) && rows.some((r) => r.code === row.code.slice(0, 3))) return true;
    const line = raw.find((r) => r.codes.join('') === row.code)?.line;
    ctx.warn(line, `${block.id}：科目 ${row.code} 的类级科目缺失，本行未导入`, `${block.id}: the 类 of subject ${row.code} is missing; row not imported`);
    return false;
  });
  if (!total) {
    ctx.warn(block.titleLine, `${block.id}：找不到合计行，本表未导入`, `${block.id}: no total row found; table not imported`);
    return undefined;
  }
  const provenance = new ProvenanceRecorder();
  provenance.add('total', totalLine, !!totalLine && guessed.has(totalLine));
  provenance.addList('rows', kept, (row) => lineOf.get(row), (row) => guessed.has(lineOf.get(row)!));
  const recorded = provenance.result();
  const table: SubjectTable = { table: block.id, ...(recorded ? { provenance: recorded } : {}), unit, columns: columns as SubjectTable['columns'], total, rows: kept };
  if (decided === 'later') UNSETTLED.add(table);
  return table;
}

/**
 * Income tables whose columns neither the text nor the table's sums show: the 收支总表 may still
 * settle them (income-columns.ts); those it cannot keep only their 合计 column (see totalOnly).
 */
export const UNSETTLED = new WeakSet<SubjectTable>();

function warnTotalOnly(ctx: ImportContext, line: SourceLine | number, id: string): void {
  ctx.warn(line, `${id}：文本未保留空白单元格，本表的合计关系也不能确定其余数字所在的列，只导入合计列`, `${id}: the text keeps no blank cells and the table's sums cannot tell which column the other figures stand in; only the total column is imported`);
}

/** Keeps only the 合计 column of a table whose other columns could not be placed. */
export function totalOnly(table: SubjectTable, ctx: ImportContext, line: SourceLine | number): void {
  warnTotalOnly(ctx, line, table.table);
  table.columns = table.columns.filter((c) => c.key === 'total') as SubjectTable['columns'];
  table.total = { total: table.total.total ?? '0' };
  for (const row of table.rows) row.amounts = { total: row.amounts.total ?? '0' };
}

/**
 * Text without layout drops blank cells, so a row with fewer figures than columns has several
 * readings; the table's own sums choose one, and rows read that way are marked inferred. When the
 * sums cannot decide: 'later' for an income table (its ambiguous rows marked inferred, for the
 * 收支总表 to settle), else false with a warning, and only the 合计 column is kept.
 */
function placeBySums(raw: RawRow[], placed: (Amounts | null)[], printed: PrintedColumn[], inferred: Set<SourceLine>, block: TableBlock, ctx: ImportContext, settleLater: boolean): true | false | 'later' {
  const ambiguous = (row: RawRow) => row.amounts.length > 1 && row.amounts.length < printed.length;
  if (!raw.some(ambiguous)) return true;
  const readings = readBySums(raw, printed);
  if (!readings && settleLater) {
    for (const row of raw) if (ambiguous(row) || row.codes.length === 0) inferred.add(row.line);
    return 'later';
  }
  if (!readings) {
    // The first figure of a row is always its 合计: keep that, and only that.
    warnTotalOnly(ctx, block.titleLine, block.id);
    placed.forEach((amounts, i) => (placed[i] = amounts && { total: amounts.total ?? '0' }));
    return false;
  }
  if (readings.changed > 0) {
    ctx.warn(block.titleLine, `${block.id}：文本未保留空白单元格，${readings.changed} 行的列按本表的合计关系确定`, `${block.id}: the text keeps no blank cells; the columns of ${readings.changed} rows were chosen from the table's sums`);
  }
  readings.amounts.forEach((amounts, i) => {
    if (!placed[i]) return;
    inferred.add(raw[i]!.line);
    placed[i] = amounts;
  });
  return true;
}
