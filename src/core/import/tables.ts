/**
 * Finding the standard tables of a report whatever they are called: "表一2024年预算收支总表"
 * with a label "预算公开表1", titles alone ("2025年部门收入预算总表"), "公开01表", "表1-1";
 * their unit and whether the report prints them empty (本表无数据 / 本表为空表).
 */
import type { MoneyUnit } from '../schema/budget-types.generated.js';
import { isBlank, isPageMark, type SourceLine } from './lines.js';
import { isAmountToken, tokenize } from './numbers.js';
import { unitOf } from './units.js';

export type TableKind =
  | 'summary'
  | 'incomeBySubject'
  | 'expenditureBySubject'
  | 'fiscalAppropriationSummary'
  | 'generalBudgetExpenditure'
  | 'basicExpenditureByEconomic'
  | 'governmentFundIncome'
  | 'governmentFundExpenditure'
  | 'stateCapitalExpenditure'
  | 'threePublicExpenses'
  | 'operatingExpenses'
  | 'projects'
  | 'carriedOverProjects'
  | 'other';

export interface TableBlock {
  id: string;
  heading?: string;
  label?: string;
  title: string;
  kind: TableKind;
  unit?: MoneyUnit;
  status: 'data' | 'empty';
  /** The line of the title. */
  titleLine: SourceLine;
  /** Lines after the title (and unit line), noise removed. */
  lines: SourceLine[];
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "十三" → 13, "二十一" → 21, "七" → 7. */
export function chineseNumber(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[ch] ?? 0;
  }
  return total + current;
}

const HEADING = /^表\s*([零〇一二三四五六七八九十]+|\d+(?:-\d+)?)\s*/;
const LABEL = /^(?:(?:预算|部门|决算|单位)?公开表\s*(\d+)|公开\s*0*(\d+)\s*表|表\s*(\d+)-(\d+))\s*$/;
const KEYWORDS = /收支|收入|支出|三公|机关运行经费|经济分类|经济科目/;
const NOT_TITLE = /绩效|部分|目\s*录|说明|……|\.{4,}|[，。；]|^(\d+|[一二三四五六七八九十]+)[.．、]|^[（(]/;

/** Kind of a table from its title. */
export function classifyTitle(title: string): TableKind {
  if (/三公/.test(title)) return 'threePublicExpenses';
  if (/机关运行经费/.test(title)) return 'operatingExpenses';
  if (/项目支出/.test(title) && !/功能分类/.test(title)) return /上年结转/.test(title) ? 'carriedOverProjects' : 'projects';
  if (/基本支出/.test(title) && (/经济/.test(title) || /决算表/.test(title))) return 'basicExpenditureByEconomic';
  if (/政府性基金/.test(title)) return /支出/.test(title) ? 'governmentFundExpenditure' : 'governmentFundIncome';
  if (/国有资本经营/.test(title)) return 'stateCapitalExpenditure';
  if (/财政拨款收支|财政拨款收入支出/.test(title)) return 'fiscalAppropriationSummary';
  if (/收支总表|收入支出决算总表|收支预算总表/.test(title)) return 'summary';
  if (/一般公共预算.*支出/.test(title)) return 'generalBudgetExpenditure';
  if (/收入(预算|决算)?总表|收入决算表|收入预算表/.test(title)) return 'incomeBySubject';
  if (/支出(预算|决算)?总表|支出决算表|支出预算表/.test(title)) return 'expenditureBySubject';
  return 'other';
}

/** A line that could be a table title, with its heading split off. */
function titleOf(text: string): { heading?: string; title: string } | null {
  let t = text.trim().replace(/\s+/g, '');
  if (t.length < 4 || t.length > 60) return null;
  let heading: string | undefined;
  const h = HEADING.exec(t);
  if (h && t.length > h[0].length + 3) {
    heading = `表${h[1]}`;
    t = t.slice(h[0].length);
  }
  if (!/表(（[^）]*）|\([^)]*\))?$/.test(t) || !KEYWORDS.test(t) || NOT_TITLE.test(t)) return null;
  if (/^(本|该|注)/.test(t)) return null;
  return heading ? { heading, title: t } : { title: t };
}

/** A title is a table's when a unit is stated close below it or a heading/label marks it. */
function confirmTable(lines: SourceLine[], i: number, hasHeading: boolean): boolean {
  if (hasHeading) return true;
  for (let j = i + 1; j < Math.min(lines.length, i + 14); j++) {
    const t = lines[j]!.text;
    if (unitOf(t) || LABEL.test(t.trim())) return true;
    if (titleOf(t)) return false;
  }
  return false;
}

const END = /^第[一二三四五六七八九十]+部分.*(说明|情况)|^(其他相关情况说明|项目经费情况说明)$|情况说明$|绩效目标(申报)?表$/;

/** Finds the tables of a report in order. */
export function findTables(lines: SourceLine[], noise: (line: SourceLine) => boolean): TableBlock[] {
  const starts: { index: number; heading?: string; title: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = titleOf(lines[i]!.text);
    if (!found || !confirmTable(lines, i, !!found.heading)) continue;
    const previous = starts[starts.length - 1];
    // A title printed again under its heading ("表一2024年预算收支总表" … "2024年预算收支总表").
    if (previous && previous.title === found.title && i - previous.index <= 6) continue;
    starts.push({ index: i, ...found });
  }
  const blocks: TableBlock[] = [];
  starts.forEach((start, n) => {
    const limit = n + 1 < starts.length ? starts[n + 1]!.index : lines.length;
    let end = limit;
    for (let j = start.index + 1; j < limit; j++) {
      const t = lines[j]!.text.trim().replace(/\s+/g, '');
      if (END.test(t)) {
        end = j;
        break;
      }
    }
    let label: string | undefined;
    let unit: MoneyUnit | undefined;
    const body: SourceLine[] = [];
    for (let j = start.index + 1; j < end; j++) {
      const line = lines[j]!;
      const t = line.text.trim();
      if (!label && j - start.index <= 6 && LABEL.test(t)) {
        label = t.replace(/\s+/g, '');
        continue;
      }
      if (t.replace(/\s+/g, '') === start.title) continue;
      const u = unitOf(line.text);
      if (u && !unit && j - start.index <= 14) {
        unit = u;
        continue;
      }
      if (noise(line) || isPageMark(t)) continue;
      body.push(line);
    }
    const kind = classifyTitle(start.title);
    const text = body.map((l) => l.text).join('\n');
    const hasFigures = body.some((l) => tokenize(l.text).some((tok) => isAmountToken(tok.text) && tok.text !== '-'));
    // A note "本表为空表" under rows full of figures is the report contradicting itself: the table
    // is read as it is printed (and the checker's empty-table-note rule reports the note).
    const noted = /本表无数据|本表为空表|为空表|故本表无数据|无数据/.test(text.replace(/\s+/g, ''));
    const empty = (noted && !hasRowFigures(body)) || !hasFigures;
    const id = tableId(start.heading, label, n);
    const block: TableBlock = { id, title: start.title, kind, status: empty ? 'empty' : 'data', titleLine: lines[start.index]!, lines: body };
    if (start.heading) block.heading = start.heading.replace(/^表(\d+)$/, '表$1');
    if (label) block.label = label;
    if (unit) block.unit = unit;
    blocks.push(block);
  });
  // Ids must be unique: fall back to the order of the tables when the report repeats one.
  const seen = new Set<string>();
  for (const [n, block] of blocks.entries()) {
    if (seen.has(block.id)) block.id = `表${n + 1}`;
    while (seen.has(block.id)) block.id += "'";
    seen.add(block.id);
  }
  return blocks;
}

/**
 * Whether a table has rows of figures: a line with a name (Chinese text) followed by an amount
 * that is not zero, the name led by a 科目 code or being 合计. Column numbers ("1 2 3 4 5") and
 * headers are not rows.
 */
function hasRowFigures(body: readonly SourceLine[]): boolean {
  return body.some((line) => {
    const tokens = tokenize(line.text);
    const named = tokens.findIndex((t) => /[\u4e00-\u9fff]/.test(t.text));
    if (named < 0) return false;
    const lead = tokens[0]!.text;
    if (!/^\d{3}/.test(lead) && !/^合\s*计$|^总\s*计$/.test(tokens[named]!.text)) return false;
    return tokens.slice(named + 1).some((t) => isAmountToken(t.text) && /[1-9]/.test(t.text));
  });
}

function tableId(heading: string | undefined, label: string | undefined, index: number): string {
  if (heading) {
    const raw = heading.slice(1);
    const n = /^\d/.test(raw) ? raw : String(chineseNumber(raw) ?? '');
    if (n) return `表${n}`;
  }
  if (label) {
    const m = LABEL.exec(label);
    if (m) return m[3] ? `表${m[3]}-${m[4]}` : `表${Number(m[1] ?? m[2])}`;
  }
  return `表${index + 1}`;
}

export { isBlank };
