/**
 * 基本支出分经济科目表 (表6), “三公”经费 (表10, or one line beside 机关运行经费 in Shanghai's
 * 表9), 机关运行经费 (表11) and 项目支出预算表 (表12/表13).
 */
import type {
  Amounts,
  EconomicGroup,
  EconomicTable,
  MoneyUnit,
  OperatingExpensesTable,
  Project,
  ProjectTable,
  ProjectUnit,
  ThreePublicLine,
  ThreePublicTable,
} from '../schema/budget-types.generated.js';
import { columnsFromHeader, keyedAmounts, schemaColumns, type PrintedColumn } from './columns.js';
import type { ImportContext } from './context.js';
import { isLayoutText, joinWords, marksBlankCells, partsOf, placeAmounts, type AmountToken } from './grid.js';
import { isBlank, type SourceLine } from './lines.js';
import { isAmountToken, isGarbledNumber, parseAmountToken, tokenize } from './numbers.js';
import type { TableBlock } from './tables.js';

function place(amounts: AmountToken[], printed: PrintedColumn[], ctx: ImportContext, id: string, line: SourceLine): Amounts | null {
  const placed = placeAmounts(amounts, printed.length, null, false);
  if (!placed) {
    ctx.warn(line, `${id}：本行的数字多于表中的列`, `${id}: this row has more figures than the table has columns`);
    return null;
  }
  return keyedAmounts(placed, printed, ctx, id);
}

function firstDataIndex(lines: SourceLine[], test: (l: SourceLine) => boolean): number {
  const i = lines.findIndex(test);
  return i < 0 ? lines.length : i;
}

/** 表6 with 部门 and 政府 economic items side by side (the Shanxi layout). */
export function parseEconomic(block: TableBlock, unit: MoneyUnit, ctx: ImportContext): EconomicTable | undefined {
  const start = firstDataIndex(block.lines, (l) => /^合\s*计\s+[\d,.]/.test(l.text.trim()));
  const printed = columnsFromHeader(block.lines.slice(0, start), 'economic');
  if (printed.some((c) => c.key === null) || printed.length !== 3) return undefined;
  if (block.lines.some((l) => /^\s*\d{3}\s+(\d{2}\s+)?[\u4e00-\u9fff]/.test(l.text))) {
    ctx.warn(block.titleLine, `${block.id}：按经济分类编码排列的基本支出表暂不能导入`, `${block.id}: a basic-expenditure table by economic code cannot be imported yet`);
    return undefined;
  }
  let total: Amounts | undefined;
  const groups: EconomicGroup[] = [];
  for (const line of block.lines.slice(start)) {
    if (isBlank(line.text)) continue;
    const parts = partsOf(line);
    if (parts.amounts.length === 0) continue;
    const amounts = place(parts.amounts, printed, ctx, block.id, line);
    if (!amounts) continue;
    const words = parts.words.map((w) => w.text);
    if (words.length === 1 && /^合计$/.test(words[0]!)) total = amounts;
    else if (words.length === 1) groups.push({ name: words[0]!, amounts, items: [] });
    else if (words.length === 2 && groups.length > 0) groups[groups.length - 1]!.items.push({ departmentItem: words[0]!, governmentItem: words[1]!, amounts });
    else ctx.warn(line, `${block.id}：无法归类的行`, `${block.id}: a row that cannot be placed`);
  }
  if (!total) {
    ctx.warn(block.titleLine, `${block.id}：找不到合计行，本表未导入`, `${block.id}: no total row; table not imported`);
    return undefined;
  }
  return { table: block.id, unit, columns: schemaColumns(printed) as EconomicTable['columns'], total, groups };
}

const ITEMS: [RegExp, ThreePublicLine['item']][] = [
  [/因公出国/, 'outboundTravel'],
  [/公务接待/, 'reception'],
  [/购置及运行|小计/, 'vehicles'],
  [/购置费/, 'vehiclePurchase'],
  [/运行(维护)?费/, 'vehicleOperation'],
];

/** “三公”经费 as rows (one line per item). */
export function parseThreePublicRows(block: TableBlock, unit: MoneyUnit, ctx: ImportContext): ThreePublicTable | undefined {
  const start = firstDataIndex(block.lines, (l) => /^因公出国/.test(l.text.trim()));
  const printed = columnsFromHeader(block.lines.slice(0, start), 'sources');
  const lines: ThreePublicLine[] = [];
  let total: Amounts | undefined;
  for (const line of block.lines.slice(start)) {
    if (isBlank(line.text)) continue;
    const parts = partsOf(line);
    const label = joinWords(parts.words);
    if (!label || /^注/.test(label)) continue;
    const amounts = place(parts.amounts, printed, ctx, block.id, line);
    if (!amounts) continue;
    if (/^合计$/.test(label)) {
      total = amounts;
      continue;
    }
    const item = ITEMS.find(([re]) => re.test(label));
    if (item) lines.push({ item: item[1], label, amounts });
  }
  if (!total || lines.length === 0) return undefined;
  return { table: block.id, unit, columns: schemaColumns(printed) as ThreePublicTable['columns'], lines, total };
}

interface HeaderLabel {
  kind: ThreePublicLine['item'] | 'total' | 'operating';
  label: string;
  center: number;
}

/**
 * “三公”经费 and 机关运行经费 printed as one line of figures under a header (Shanghai 表9);
 * 预算数/决算数 pairs keep the 决算数.
 */
export function parseThreePublicLine(block: TableBlock, unit: MoneyUnit, ctx: ImportContext): { three?: ThreePublicTable; operating?: OperatingExpensesTable } {
  const numberLines = block.lines.filter((l) => {
    const tokens = tokenize(l.text);
    return tokens.length > 0 && tokens.every((t) => isAmountToken(t.text) || isGarbledNumber(t.text));
  });
  const header = block.lines.filter((l) => !numberLines.includes(l) && !/^\s*注/.test(l.text));
  const labels: HeaderLabel[] = [];
  let pairs: { kind: 'budget' | 'final'; center: number }[] = [];
  let columnLabel = '';
  for (const line of header) {
    for (const t of tokenize(line.text)) {
      const center = (t.start + t.end) / 2;
      const text = t.text;
      if (/三公.*(预算数|决算数|经费)/.test(text)) columnLabel ||= text;
      if (/^(预算数|决算数)$/.test(text)) {
        pairs.push({ kind: text === '预算数' ? 'budget' : 'final', center });
        continue;
      }
      if (/^合计$/.test(text)) labels.push({ kind: 'total', label: text, center });
      else if (/机关运行/.test(text)) labels.push({ kind: 'operating', label: wrappedLabel(header, line, t), center });
      else if (/^小计$/.test(text)) labels.push({ kind: 'vehicles', label: text, center });
      else if (/公务用车购置及运行/.test(text)) columnLabel = columnLabel;
      else {
        const item = ITEMS.find(([re]) => re.test(text));
        if (item && item[1] !== 'vehicles') labels.push({ kind: item[1], label: text, center });
      }
    }
  }
  const vehiclesLabel = header.some((l) => /公务用车购置及运行(维护)?费/.test(l.text.replace(/\s+/g, ''))) ? (/公务用车购置及运行维护费/.test(header.map((l) => l.text.replace(/\s+/g, '')).join('')) ? '公务用车购置及运行维护费' : '公务用车购置及运行费') : '小计';
  labels.sort((a, b) => a.center - b.center);
  const figures: AmountToken[] = numberLines.flatMap((l) =>
    tokenize(l.text).map((t) => ({ ...t, value: parseAmountToken(t.text), line: l })),
  );
  const withFigures = figures.length > 0;
  if (labels.length < 5) {
    ctx.warn(block.titleLine, `${block.id}：无法识别“三公”经费表的表头`, `${block.id}: the header of the “三公” table cannot be read`);
    return {};
  }
  // Anchors: one per label, or two (预算数, 决算数) per label when the table pairs them.
  pairs = pairs.sort((a, b) => a.center - b.center);
  const paired = pairs.length >= labels.length * 2 - 2 && pairs.length > 0;
  const slots: { label: HeaderLabel; kind: 'budget' | 'final' | 'single'; center: number }[] = [];
  if (paired) {
    // Give each label the pair of 预算数/决算数 closest to it, in order.
    const perLabel = Math.floor(pairs.length / labels.length);
    labels.forEach((label, i) => {
      for (let k = 0; k < perLabel; k++) {
        const p = pairs[i * perLabel + k]!;
        slots.push({ label, kind: p.kind, center: p.center });
      }
    });
  } else labels.forEach((label) => slots.push({ label, kind: 'single', center: label.center }));
  // Text without layout drops blank cells and runs the header's words together: with fewer figures
  // than columns, nothing shows which columns are blank, and the sums allow several readings
  // (因公出国 or 公务接待, 购置费 or 运行费), so the table is left out rather than guessed.
  const headed = headerColumnCount(header);
  if (withFigures && figures.length < headed && !isLayoutText(numberLines) && !marksBlankCells(numberLines)) {
    ctx.warn(numberLines[0], `${block.id}：文本未保留空白单元格，${figures.length} 个数字无法对应表头的 ${headed} 列，本表未导入`, `${block.id}: the text keeps no blank cells; ${figures.length} figures cannot be matched to the header's ${headed} columns; table not imported`);
    return {};
  }
  const assigned = new Map<number, AmountToken>();
  if (withFigures) {
    const sorted = [...figures].sort((a, b) => a.end - b.end);
    if (sorted.length === slots.length) sorted.forEach((t, i) => assigned.set(i, t));
    else {
      const anchors = slots.map((s) => s.center);
      const placed = placeAmounts(
        sorted.map((t) => ({ ...t, end: (t.start + t.end) / 2 })),
        slots.length,
        anchors,
        true,
      );
      if (!placed) {
        ctx.warn(numberLines[0], `${block.id}：数字多于表头的列`, `${block.id}: more figures than header columns`);
        return {};
      }
      placed.forEach((t, i) => t && assigned.set(i, sorted.find((s) => s.start === t.start && s.line === t.line)!));
    }
  }
  const bad = [...assigned.values()].find((t) => t.value === null);
  if (bad) {
    ctx.warn(bad.line, `${block.id}：无法识别的数字 "${bad.text}"，本表未导入`, `${block.id}: unreadable figure "${bad.text}"; table not imported`);
    return {};
  }
  if (paired && [...assigned.entries()].some(([i, t]) => slots[i]!.kind === 'budget' && t.value !== '0')) {
    ctx.warn(numberLines[0], `${block.id}：本表同时列出预算数和决算数；文档只保留决算数`, `${block.id}: the table gives both 预算数 and 决算数; the document keeps the 决算数 only`);
  }
  const valueOf = (kind: HeaderLabel['kind']): string | undefined => {
    const index = slots.findIndex((s) => s.label.kind === kind && s.kind !== 'budget');
    if (index < 0) return undefined;
    const token = assigned.get(index);
    if (token) ctx.figures += 1;
    return token?.value ?? '0';
  };
  const out: { three?: ThreePublicTable; operating?: OperatingExpensesTable } = {};
  const label = columnLabel || (paired ? '决算数' : '“三公”经费预算数');
  const total = valueOf('total');
  const lines: ThreePublicLine[] = [];
  for (const item of ['outboundTravel', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'] as const) {
    const value = valueOf(item);
    const headerLabel = labels.find((l) => l.kind === item);
    if (value !== undefined) lines.push({ item, label: item === 'vehicles' ? vehiclesLabel : headerLabel!.label, amounts: { total: value } });
  }
  if (total !== undefined && lines.length >= 3) out.three = { table: block.id, unit, columns: [{ key: 'total', label }], lines, total: { total } };
  const operating = valueOf('operating');
  if (operating !== undefined) {
    const opLabel = labels.find((l) => l.kind === 'operating')?.label ?? '机关运行经费';
    out.operating = { table: block.id, unit, columns: [{ key: 'total', label: /数$/.test(opLabel) ? opLabel : `${opLabel}数` }], total: { total: operating }, units: [] };
  }
  return out;
}

/** Columns a “三公” header names, however its words run together. */
function headerColumnCount(header: SourceLine[]): number {
  const text = header.map((l) => l.text.replace(/\s+/g, '')).join('').replace(/公务用车购置及运行(维护)?费/g, '');
  const words = [/合计/, /因公出国/, /公务接待/, /小计/, /购置费/, /运行(维护)?费/, /机关运行/];
  return words.filter((word) => word.test(text)).length;
}

/** A header label with the parts printed below it at about the same position. */
function wrappedLabel(header: SourceLine[], line: SourceLine, token: { text: string; start: number; end: number }): string {
  let label = token.text;
  const index = header.indexOf(line);
  for (const next of header.slice(index + 1, index + 4)) {
    const below = tokenize(next.text).find((t) => Math.abs(t.start - token.start) <= 6 || Math.abs(t.end - token.end) <= 6);
    if (below && !/^(合计|小计|预算数|决算数)$/.test(below.text)) {
      label += below.text;
      break;
    }
  }
  return label;
}

/** 机关运行经费 by unit (表11). */
export function parseOperating(block: TableBlock, unit: MoneyUnit, ctx: ImportContext): OperatingExpensesTable | undefined {
  const start = firstDataIndex(block.lines, (l) => /合计\s+[\d,.]/.test(l.text));
  const printed = columnsFromHeader(block.lines.slice(0, start), 'sources');
  let total: Amounts | undefined;
  const units: OperatingExpensesTable['units'] = [];
  for (const line of block.lines.slice(start)) {
    const parts = partsOf(line);
    const name = joinWords(parts.words);
    if (!name || parts.amounts.length === 0) continue;
    const amounts = place(parts.amounts, printed, ctx, block.id, line);
    if (!amounts) continue;
    if (/合计$/.test(name) && !total) total = amounts;
    else units.push({ name, amounts });
  }
  if (!total) return undefined;
  return { table: block.id, unit, columns: schemaColumns(printed) as OperatingExpensesTable['columns'], total, units };
}

/** 项目支出预算表: the department line, its units (indented once) and their projects (twice). */
export function parseProjects(block: TableBlock, unit: MoneyUnit, ctx: ImportContext, idPrefix: string): ProjectTable | undefined {
  const start = firstDataIndex(block.lines, (l) => /^\s*1(\s+\d+){2,}\s*$/.test(l.text));
  if (start >= block.lines.length) return undefined;
  const printed = columnsFromHeader(block.lines.slice(0, start), 'sources');
  let total: Amounts | undefined;
  const units: ProjectUnit[] = [];
  let pending: { name: string; indent: number; line: SourceLine } | undefined;
  let count = 0;
  const add = (name: string, indent: number, line: SourceLine, amounts: AmountToken[]) => {
    const placed = place(amounts, printed, ctx, block.id, line);
    if (!placed) return;
    if (indent === 0 && !total) total = placed;
    else if (indent <= 1) units.push({ name, amounts: placed, projects: [] });
    else {
      if (units.length === 0) {
        ctx.warn(line, `${block.id}：项目不属于任何单位`, `${block.id}: a project without a unit`);
        return;
      }
      count += 1;
      const project: Project = { id: `${idPrefix}-${count}`, name, amounts: placed };
      units[units.length - 1]!.projects.push(project);
    }
  };
  for (const line of block.lines.slice(start + 1)) {
    if (isBlank(line.text)) continue;
    const parts = partsOf(line);
    const name = joinWords(parts.words);
    if (/^注/.test(name)) break;
    if (name && parts.amounts.length > 0) {
      add(name, line.indent, line, parts.amounts);
      pending = undefined;
    } else if (name && parts.amounts.length === 0) {
      if (pending && line.indent === 0) pending.name += name;
      else pending = { name, indent: line.indent, line };
    } else if (!name && parts.amounts.length > 0 && pending) {
      add(pending.name, pending.indent, pending.line, parts.amounts);
      pending = undefined;
    }
  }
  if (!total || units.length === 0) return undefined;
  return { table: block.id, unit, columns: schemaColumns(printed) as ProjectTable['columns'], total, units };
}
