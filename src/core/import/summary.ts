/**
 * 收支总表 (表1) and 财政拨款收支总表 (表4): income by source on the left, expenditure by 类 on
 * the right, both on the same printed line; labels that wrap, figures glued to the next label
 * ("484.55一、一般公共服务支出"), figures on the line below a wrapped label or above their label.
 */
import type { Amounts, BudgetSummary, FundingSource, MoneyUnit, SummaryExpenditureLine, SummaryIncomeLine } from '../schema/budget-types.generated.js';
import { D } from '../decimal.js';
import { keyedAmounts, type PrintedColumn } from './columns.js';
import type { ImportContext } from './context.js';
import { anchorsFrom, anchorsFromClusters, isLayoutText, marksBlankCells, placeAmounts, type AmountToken } from './grid.js';
import { chooseReadings, type Reading, type TreeRow } from './readings.js';
import { isBlank, type SourceLine } from './lines.js';
import { isAmountToken, isGarbledNumber, parseAmountToken, splitGluedTokens, tokenize } from './numbers.js';
import { ProvenanceRecorder } from './provenance.js';
import { chineseNumber, type TableBlock } from './tables.js';

interface Segment {
  label: string;
  start: number;
  amounts: AmountToken[];
  line: SourceLine;
  side?: 'income' | 'expenditure';
}

const ORDINAL = /^([一二三四五六七八九十]+)、\s*/;
const SUB_ORDINAL = /^(\d+)\s*[、.．]\s*/;
const EXPENDITURE = /支出|预备费|年终结转|年末结转|年末财政拨款结转|结余分配|支出合计|支出总计/;
const INCOME = /收入|预算资金|预算$|基金$|财政拨款|单位资金|专户|上年结转|年初结转|年初财政拨款|收入合计|收入总计|非财政拨款结余/;
const LABEL_START = /^([一二三四五六七八九十]+、|\d+\s*[、.．]|本年|上年|年终|年末|年初|收入总计|支出总计|总计|结余分配|使用非)/;
const COMPLETE = /(支出|预备费|收入|预算|资金|基金|结转|结余|合计|总计|拨款|安排|分配|的支出)$/;

function segmentsOf(line: SourceLine): Segment[] {
  const tokens = splitGluedTokens(tokenize(line.text));
  const out: Segment[] = [];
  let current: Segment | undefined;
  for (const t of tokens) {
    const amount = isAmountToken(t.text) || isGarbledNumber(t.text);
    if (amount) {
      if (!current) {
        current = { label: '', start: t.start, amounts: [], line };
        out.push(current);
      }
      current.amounts.push({ ...t, value: parseAmountToken(t.text), line });
    } else if (!current || current.amounts.length > 0 || current.label === '' || LABEL_START.test(t.text)) {
      current = { label: t.text, start: t.start, amounts: [], line };
      out.push(current);
    } else current.label += t.text;
  }
  return out;
}

function isFigureLine(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.length > 0 && tokens.every((t) => isAmountToken(t.text));
}

function sideOf(label: string): 'income' | 'expenditure' | undefined {
  if (EXPENDITURE.test(label)) return 'expenditure';
  if (INCOME.test(label)) return 'income';
  return undefined;
}

function sourceOf(label: string): FundingSource | undefined {
  if (/一般公共预算/.test(label)) return 'generalPublicBudget';
  if (/政府性基金/.test(label)) return 'governmentFund';
  if (/国有资本经营/.test(label)) return 'stateCapital';
  if (/财政专户/.test(label)) return 'fiscalSpecialAccount';
  if (/单位资金/.test(label)) return 'unitFunds';
  if (/社会保险基金/.test(label)) return 'socialInsuranceFund';
  return undefined;
}

/** Reads a 收支总表; undefined (with warnings) when it cannot be read. */
export function parseSummary(block: TableBlock, printed: PrintedColumn[], unit: MoneyUnit, ctx: ImportContext): BudgetSummary | undefined {
  const start = block.lines.findIndex((l) => ORDINAL.test(l.text.trim()));
  if (start < 0) {
    ctx.warn(block.titleLine, `${block.id}：找不到收支行，本表未导入`, `${block.id}: no income or expenditure lines found; table not imported`);
    return undefined;
  }
  // The first line's figures can stand on the line above it.
  let first = start;
  while (first > 0 && isFigureLine(block.lines[first - 1]!.text)) first -= 1;
  const body = block.lines.slice(first);
  const layout = isLayoutText(body);
  const items: Segment[] = [];
  let carry: AmountToken[] = [];
  let lastIncomplete: Segment | undefined;
  let previousNonBlank: Segment[] = [];
  for (const line of body) {
    if (isBlank(line.text)) continue;
    const segments = segmentsOf(line);
    const labelled = segments.filter((s) => s.label);
    if (labelled.length === 0) {
      // A line of figures: below a label that has none yet, or above the next labels.
      const amounts = segments.flatMap((s) => s.amounts);
      const target = previousNonBlank.filter((s) => s.label && s.amounts.length === 0);
      // In layout text a label's figures stand to its right: figures left of it belong to others.
      if (target.length === 1 && (!layout || amounts.every((t) => t.start > target[0]!.start))) target[0]!.amounts.push(...amounts);
      else carry.push(...amounts);
      previousNonBlank = [];
      continue;
    }
    // Continuation of a wrapped label.
    if (segments.length === 1 && !LABEL_START.test(segments[0]!.label) && lastIncomplete) {
      lastIncomplete.label += segments[0]!.label;
      lastIncomplete.amounts.push(...segments[0]!.amounts);
      if (lastIncomplete.side === 'expenditure' ? /(支出|预备费)$/.test(lastIncomplete.label) : COMPLETE.test(lastIncomplete.label)) {
        lastIncomplete.side ??= sideOf(lastIncomplete.label) ?? (lastIncomplete.start > 20 ? 'expenditure' : 'income');
        lastIncomplete = undefined;
      }
      previousNonBlank = segments[0]!.amounts.length ? [] : [items[items.length - 1]!];
      continue;
    }
    // A leading segment of figures only belongs to the label before it on an earlier line.
    const own: Segment[] = [];
    for (const s of segments) {
      if (!s.label) carry.push(...s.amounts);
      else own.push(s);
    }
    own.forEach((s, i) => {
      const ord = ORDINAL.exec(s.label);
      const late = ord ? (chineseNumber(ord[1]!) ?? 0) > 10 : false;
      s.side = own.length === 2 ? (i === 0 ? 'income' : 'expenditure') : late ? 'expenditure' : sideOf(s.label);
      if (!s.side && own.length === 1 && (COMPLETE.test(s.label) || s.amounts.length > 0)) s.side = s.start > 20 ? 'expenditure' : 'income';
    });
    if (carry.length > 0) {
      const split = own.length === 2 ? own[1]!.start : Infinity;
      for (const token of carry) {
        const target = token.end <= split ? own[0]! : own[1]!;
        target.amounts.unshift(token);
      }
      carry = [];
    }
    for (const s of own) {
      items.push(s);
      const complete = s.side === 'expenditure' ? /(支出|预备费|合计|总计|结转|结余|分配)$/.test(s.label) : COMPLETE.test(s.label);
      if (!complete && s.amounts.length === 0) lastIncomplete = s;
      else if (lastIncomplete && s.side === lastIncomplete.side) lastIncomplete = undefined;
    }
    previousNonBlank = own;
  }

  // Columns of the expenditure side: anchors from expenditure lines.
  const expenditureItems = items.filter((s) => s.side === 'expenditure');
  const n = printed.length;
  const rowsAmounts = expenditureItems.map((s) => s.amounts);
  const anchors = layout ? (anchorsFrom(rowsAmounts, n) ?? anchorsFromClusters(rowsAmounts, n)) : null;
  const readBySums = !layout && !marksBlankCells(body) ? readingsBySums(expenditureItems, n, block, ctx) : new Map<Segment, Reading>();
  const amountsOf = (s: Segment): Amounts | null => {
    const reading = readBySums.get(s);
    const placed = reading ? Array.from({ length: n }, (_, c) => s.amounts[reading.indexOf(c)]) : placeAmounts(s.amounts, n, anchors, layout);
    if (!placed) {
      ctx.warn(s.line, `${block.id}：“${s.label}”的数字多于表中的列`, `${block.id}: "${s.label}" has more figures than the table has columns`);
      return null;
    }
    return keyedAmounts(placed, printed, ctx, block.id);
  };
  const single = (s: Segment): string | null => {
    if (s.amounts.length > 1) {
      ctx.warn(s.line, `${block.id}：“${s.label}”有多个数字`, `${block.id}: "${s.label}" has more than one figure`);
      return null;
    }
    const t = s.amounts[0];
    if (t && t.value === null) {
      ctx.warn(t.line, `${block.id}：无法识别的数字 "${t.text}"`, `${block.id}: unreadable figure "${t.text}"`);
      return null;
    }
    if (t) ctx.figures += 1;
    return t?.value ?? '0';
  };

  const income: SummaryIncomeLine[] = [];
  const carryOverIncome: SummaryIncomeLine[] = [];
  let carryParent: SummaryIncomeLine | undefined;
  let incomeTotal: string | null | undefined;
  let incomeGrandTotal: string | null | undefined;
  const expenditure: SummaryExpenditureLine[] = [];
  let expenditureTotal: Amounts | null | undefined;
  let yearEndCarryOver: Amounts | null | undefined;
  let expenditureGrandTotal: Amounts | null | undefined;
  let afterTotal = false;
  const lineOf = new Map<object, SourceLine>();
  const totalLines: Record<string, SourceLine> = {};
  let pendingParent: { line: SummaryIncomeLine; segment: Segment } | undefined;

  for (const s of items) {
    const label = s.label.replace(/\s+/g, '');
    if (s.side === 'expenditure') {
      if (/支出合计$/.test(label)) [expenditureTotal, totalLines.expenditureTotal] = [amountsOf(s), s.line];
      else if (/总计$/.test(label)) [expenditureGrandTotal, totalLines.expenditureGrandTotal] = [amountsOf(s), s.line];
      else if (/年终结转|年末结转|年末财政拨款结转/.test(label)) [yearEndCarryOver, totalLines.yearEndCarryOver] = [amountsOf(s), s.line];
      else if (/结余分配/.test(label)) {
        if (s.amounts.some((t) => t.value !== '0')) ctx.warn(s.line, `${block.id}：“结余分配”在数据格式中没有对应项`, `${block.id}: "结余分配" has no place in the schema`);
      } else {
        const m = ORDINAL.exec(label);
        const amounts = amountsOf(s);
        if (!amounts) continue;
        const line: SummaryExpenditureLine = { label: m ? label.slice(m[0].length) : label, amounts };
        if (m) line.ordinal = chineseNumber(m[1]!) ?? undefined;
        if (line.ordinal === undefined) delete line.ordinal;
        if (line.label) expenditure.push(line);
        lineOf.set(line, s.line);
      }
      continue;
    }
    if (/收入合计$/.test(label)) {
      incomeTotal = single(s);
      totalLines.incomeTotal = s.line;
      afterTotal = true;
      continue;
    }
    if (/总计$/.test(label)) {
      incomeGrandTotal = single(s);
      totalLines.incomeGrandTotal = s.line;
      continue;
    }
    const ordinal = ORDINAL.exec(label);
    const sub = SUB_ORDINAL.exec(label);
    const text = ordinal ? label.slice(ordinal[0].length) : sub ? label.slice(sub[0].length) : label;
    const amount = single(s);
    if (amount === null) continue;
    const entry: SummaryIncomeLine = { label: text, amount };
    lineOf.set(entry, s.line);
    if (ordinal) entry.ordinal = chineseNumber(ordinal[1]!) ?? undefined;
    if (entry.ordinal === undefined) delete entry.ordinal;
    const source = sourceOf(text) ?? (/上年结转|年初结转/.test(text) && !/财政拨款/.test(text) ? 'carryOver' : undefined);
    if (source) entry.source = source;
    if (afterTotal || /上年结转|年初结转|年初财政拨款结转|非财政拨款结余/.test(text)) {
      if (/结转|结余/.test(text) && !sourceOf(text)) {
        carryParent = entry;
        if (/财政拨款/.test(text)) {
          delete entry.source;
        }
        carryOverIncome.push(entry);
      } else if (carryParent && sourceOf(text)) {
        // Sub-lines of 上年财政拨款结转 replace their parent.
        const index = carryOverIncome.indexOf(carryParent);
        if (index >= 0 && !carryParent.source) carryOverIncome.splice(index, 1);
        carryOverIncome.push(entry);
      } else carryOverIncome.push(entry);
      continue;
    }
    // "一、财政拨款收入" followed by "1. 一般公共预算资金": keep the parts.
    if (sub && pendingParent) {
      const index = income.indexOf(pendingParent.line);
      if (index >= 0) income.splice(index, 1);
      pendingParent = undefined;
    }
    income.push(entry);
    if (ordinal && /财政拨款收入$/.test(text)) pendingParent = { line: entry, segment: s };
    else if (!sub) pendingParent = undefined;
  }
  if (incomeGrandTotal === undefined && incomeTotal) incomeGrandTotal = incomeTotal;
  if (incomeTotal === undefined && incomeGrandTotal && carryOverIncome.length === 0) incomeTotal = incomeGrandTotal;
  if (expenditureGrandTotal === undefined && expenditureTotal) expenditureGrandTotal = expenditureTotal;
  if (expenditureTotal === undefined && expenditureGrandTotal && !yearEndCarryOver) expenditureTotal = expenditureGrandTotal;
  const columns = printed.filter((c) => c.key).map((c) => ({ key: c.key!, label: c.label }));
  if (!incomeTotal || !incomeGrandTotal || !expenditureTotal || !expenditureGrandTotal || columns.length === 0) {
    ctx.warn(block.titleLine, `${block.id}：缺少收入或支出合计，本表未导入`, `${block.id}: the income or expenditure totals are missing; table not imported`);
    return undefined;
  }
  // The 类 lines must add up to 本年支出合计 and the sources to 本年收入合计; when they do not, the
  // figures were not placed reliably (wrapped cells, figures printed away from their labels).
  const sum = (values: string[]) => values.reduce((acc, v) => acc.plus(new D(v)), new D(0));
  const expenditureSum = sum(expenditure.map((e) => e.amounts.total ?? '0'));
  const incomeSum = sum(income.map((i) => i.amount));
  if (expenditureTotal.total && !expenditureSum.eq(new D(expenditureTotal.total))) {
    ctx.warn(block.titleLine, `${block.id}：各类支出之和（${expenditureSum.toFixed()}）与本年支出合计（${expenditureTotal.total}）不符，数字无法可靠对应，本表未导入`, `${block.id}: the expenditure lines add up to ${expenditureSum.toFixed()}, not the printed total ${expenditureTotal.total}; figures cannot be placed reliably; table not imported`);
    return undefined;
  }
  if (income.length > 0 && !incomeSum.eq(new D(incomeTotal))) {
    ctx.warn(block.titleLine, `${block.id}：各项收入之和（${incomeSum.toFixed()}）与本年收入合计（${incomeTotal}）不符，本表未导入`, `${block.id}: the income lines add up to ${incomeSum.toFixed()}, not the printed total ${incomeTotal}; table not imported`);
    return undefined;
  }
  const summary: BudgetSummary = {
    table: block.id,
    unit,
    columns: columns as BudgetSummary['columns'],
    income,
    incomeTotal,
    incomeGrandTotal,
    expenditure,
    expenditureTotal,
    expenditureGrandTotal,
  };
  if (carryOverIncome.length) summary.carryOverIncome = carryOverIncome;
  if (yearEndCarryOver) summary.yearEndCarryOver = yearEndCarryOver;
  const provenance = new ProvenanceRecorder();
  for (const [key, line] of Object.entries(totalLines)) provenance.add(key, line);
  provenance.addList('income', income, (row) => lineOf.get(row));
  provenance.addList('carryOverIncome', carryOverIncome, (row) => lineOf.get(row));
  const inferred = new Set([...readBySums.keys()].map((segment) => segment.line));
  provenance.addList('expenditure', expenditure, (row) => lineOf.get(row), (row) => inferred.has(lineOf.get(row)!));
  const recorded = provenance.result();
  // Keep the schema's key order.
  return {
    table: summary.table,
    ...(recorded ? { provenance: recorded } : {}),
    unit: summary.unit,
    columns: summary.columns,
    income: summary.income,
    incomeTotal: summary.incomeTotal,
    ...(summary.carryOverIncome ? { carryOverIncome: summary.carryOverIncome } : {}),
    incomeGrandTotal: summary.incomeGrandTotal,
    expenditure: summary.expenditure,
    expenditureTotal: summary.expenditureTotal,
    ...(summary.yearEndCarryOver ? { yearEndCarryOver: summary.yearEndCarryOver } : {}),
    expenditureGrandTotal: summary.expenditureGrandTotal,
  };
}

/**
 * The 类 lines of text without layout (blank cells gone) read so that each column adds up to the
 * 本年支出合计 (or 支出总计) line; when the sums cannot decide, the ambiguous lines keep the reading
 * packed to the left, with a warning. Every line returned is marked inferred.
 */
function readingsBySums(lines: Segment[], columns: number, block: TableBlock, ctx: ImportContext): Map<Segment, Reading> {
  const totalOf = lines.find((s) => /支出合计$/.test(s.label.replace(/\s+/g, ''))) ?? lines.find((s) => /总计$/.test(s.label.replace(/\s+/g, '')));
  const parts = lines.filter((s) => s !== totalOf && ORDINAL.test(s.label.replace(/\s+/g, '')));
  const out = new Map<Segment, Reading>();
  if (!totalOf || parts.some((s) => s.amounts.some((t) => t.value === null)) || totalOf.amounts.some((t) => t.value === null)) return out;
  if (!parts.some((s) => s.amounts.length > 1 && s.amounts.length < columns)) return out;
  const rows: TreeRow[] = [...parts.map((s) => ({ figures: s.amounts.map((t) => t.value!), parent: -1 })), { figures: totalOf.amounts.map((t) => t.value!), parent: null }];
  const choice = chooseReadings(rows, columns);
  if (!choice) {
    // Left as packed, but every finding about these lines will say they may be misplaced.
    ctx.warn(block.titleLine, `${block.id}：文本未保留空白单元格，各列之和也不能确定各类支出的数字所在的列，按顺序放入前几列，可能有误`, `${block.id}: the text keeps no blank cells and the column sums cannot tell where the figures of each line stand; they were put in the first columns in order and may be misplaced`);
    for (const s of parts) if (s.amounts.length > 1 && s.amounts.length < columns) out.set(s, s.amounts.map((_, k) => k));
    return out;
  }
  if (choice.changed.size > 0) ctx.warn(block.titleLine, `${block.id}：文本未保留空白单元格，${choice.changed.size} 行的列按各列之和确定`, `${block.id}: the text keeps no blank cells; the columns of ${choice.changed.size} lines were chosen from the column sums`);
  parts.forEach((s, i) => out.set(s, choice.columns[i]!));
  return out;
}
