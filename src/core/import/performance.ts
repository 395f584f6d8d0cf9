/**
 * 项目支出绩效目标表: the project's name, funding for the implementation period and the year
 * (usually in 元), and its 总体目标. The funding lines pair the two periods side by side, with
 * labels that may wrap ("市县（区）财政资" / "金").
 */
import type { MoneyUnit, ProjectFunding, ProjectPerformance } from '../schema/budget-types.generated.js';
import type { ImportContext } from './context.js';
import { isBlank, type SourceLine } from './lines.js';
import { isAmountToken, isGarbledNumber, parseAmountToken, tokenize } from './numbers.js';
import { readIndicatorRows } from './indicators.js';
import { bracketUnitOf } from './units.js';

export interface PerformanceSheet {
  projectName: string;
  line: SourceLine;
  performance: ProjectPerformance;
}

const FIELDS: [RegExp, keyof ProjectFunding][] = [
  [/资金总额/, 'total'],
  [/中央/, 'central'],
  [/省级/, 'provincial'],
  [/市县|本级|地方|市级|区级/, 'local'],
  [/自筹/, 'selfRaised'],
  [/其他/, 'other'],
];

/** Finds every 项目支出绩效目标表 and reads what it can. */
export function parsePerformanceSheets(lines: SourceLine[], ctx: ImportContext): PerformanceSheet[] {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (/项目支出绩效目标(申报)?表\s*$/.test(l.text.trim())) starts.push(i);
  });
  const sheets: PerformanceSheet[] = [];
  starts.forEach((s, n) => {
    const end = n + 1 < starts.length ? starts[n + 1]! : Math.min(lines.length, s + 120);
    const sheet = readSheet(lines.slice(s, end), ctx);
    if (sheet) sheets.push(sheet);
  });
  return sheets;
}

function afterLabel(text: string, label: RegExp): string | undefined {
  const m = label.exec(text);
  return m ? text.slice(m.index + m[0].length).trim() : undefined;
}

function readSheet(lines: SourceLine[], ctx: ImportContext): PerformanceSheet | undefined {
  const title = lines[0]!.text.trim();
  const nameLine = lines.find((l) => /^项目名称\s/.test(l.text.trim()));
  if (!nameLine) return undefined;
  const projectName = afterLabel(nameLine.text.trim(), /^项目名称\s+/)!.replace(/\s+/g, '');
  const performance: Partial<ProjectPerformance> = { title };
  for (const l of lines) {
    const t = l.text.trim();
    const dept = /^主管部门及代码\s+(\S+)(?:\s+实施单位\s+(\S+))?/.exec(t);
    if (dept) {
      performance.department = dept[1];
      if (dept[2]) performance.implementingUnit = dept[2];
    }
    const attr = /^项目属性\s+(\S+)(?:\s+项目期\s+(\S+))?/.exec(t);
    if (attr) {
      performance.attribute = attr[1];
      if (attr[2]) performance.period = attr[2];
    }
  }
  // Funding: from "项目资金" to "项目概况".
  const from = lines.findIndex((l) => /^项目资金/.test(l.text.trim()));
  const to = lines.findIndex((l, i) => i > from && /^(项目概况|立项依据|年度总体目标|总体目标)/.test(l.text.trim()));
  if (from < 0 || to < 0) {
    ctx.warn(nameLine, `绩效目标表“${projectName}”：找不到项目资金`, `performance sheet "${projectName}": no funding found`);
    return undefined;
  }
  const unit: MoneyUnit = lines.slice(from, from + 3).map((l) => bracketUnitOf(l.text)).find((u) => u) ?? '元';
  const stream: { label: string; value?: string | null; line: SourceLine }[] = [];
  for (const l of lines.slice(from + 1, to)) {
    for (const t of tokenize(l.text)) {
      if (isAmountToken(t.text) || isGarbledNumber(t.text)) {
        const last = stream[stream.length - 1];
        if (last && last.value === undefined) last.value = parseAmountToken(t.text);
        else stream.push({ label: '', value: parseAmountToken(t.text), line: l });
      } else {
        const last = stream[stream.length - 1];
        if (last && last.value === undefined && !/^(其中|实施期|年度)/.test(t.text)) last.label += t.text;
        else stream.push({ label: t.text, line: l });
      }
    }
  }
  const periods: Partial<ProjectFunding>[] = [{}, {}];
  for (const entry of stream) {
    const field = FIELDS.find(([re]) => re.test(entry.label));
    if (!field) continue;
    if (entry.value === null) {
      ctx.warn(entry.line, `绩效目标表“${projectName}”：无法识别的数字`, `performance sheet "${projectName}": unreadable figure`);
      return undefined;
    }
    // "其他资金其他资金": two labels run together, both blank.
    if (entry.value === undefined) continue;
    const target = periods[0]![field[1]] === undefined && !/^年度/.test(entry.label) ? periods[0]! : periods[1]!;
    if (target[field[1]] === undefined) {
      target[field[1]] = entry.value;
      ctx.figures += 1;
    }
  }
  if (periods[0]!.total === undefined || periods[1]!.total === undefined) {
    ctx.warn(nameLine, `绩效目标表“${projectName}”：资金总额不全`, `performance sheet "${projectName}": funding totals incomplete`);
    return undefined;
  }
  // 总体目标: implementation period and year side by side, the year's text may wrap.
  const goalIndex = lines.findIndex((l) => /^总体目标/.test(l.text.trim()));
  let goals: ProjectPerformance['goals'] | undefined;
  if (goalIndex >= 0) {
    const rest = tokenize(lines[goalIndex]!.text.trim().replace(/^总体目标\s*/, '')).map((t) => t.text);
    let following = '';
    for (const l of lines.slice(goalIndex + 1)) {
      if (isBlank(l.text)) continue;
      if (/^绩/.test(l.text.trim())) break;
      following += l.text.trim().replace(/\s+/g, '');
    }
    if (rest.length >= 2) goals = { implementationPeriod: rest[0]!, annual: rest.slice(1).join('') + following };
    else if (rest.length === 1 && following) goals = { implementationPeriod: rest[0]!, annual: following };
  }
  if (!goals) {
    ctx.warn(nameLine, `绩效目标表“${projectName}”：无法读取总体目标，本表未导入`, `performance sheet "${projectName}": goals cannot be read; sheet not imported`);
    return undefined;
  }
  const texts = readTexts(lines.slice(to, goalIndex >= 0 ? goalIndex : lines.length));
  const header = lines.findIndex((l) => /^一级指标\s+二级指标/.test(l.text.trim()));
  let indicators: ProjectPerformance['indicators'] = { implementationPeriod: [], annual: [] };
  if (header >= 0) {
    const stop = lines.findIndex((l, i) => i > header && /^(负责人|填报日期|联系电话)/.test(l.text.trim()));
    const rows = readIndicatorRows(lines.slice(header + 1, stop < 0 ? lines.length : stop), 2, ctx, `绩效目标表“${projectName}”`);
    if (rows) indicators = { implementationPeriod: rows[0]!, annual: rows[1]! };
  }
  const filled = lines.map((l) => /填报日期[：:]\s*(\S+)/.exec(l.text)?.[1]).find((x) => x);
  const out: ProjectPerformance = {
    ...(performance.title ? { title: performance.title } : {}),
    ...(performance.department ? { department: performance.department } : {}),
    ...(performance.implementingUnit ? { implementingUnit: performance.implementingUnit } : {}),
    ...(performance.attribute ? { attribute: performance.attribute } : {}),
    ...(performance.period ? { period: performance.period } : {}),
    unit,
    implementationFunding: periods[0] as ProjectFunding,
    annualFunding: periods[1] as ProjectFunding,
    ...texts.fields,
    ...(texts.truncated.length ? { truncatedFields: texts.truncated } : {}),
    goals,
    indicators,
    ...(filled ? { filledAt: filled } : {}),
  };
  return { projectName, line: nameLine, performance: out };
}

type TextField = 'overview' | 'basis' | 'necessity' | 'measures' | 'plan';
const TEXT_LABELS: [RegExp, TextField][] = [
  [/^项目概况/, 'overview'],
  [/^立项依据/, 'basis'],
  [/^项目设立必要性/, 'necessity'],
  [/^保证项目实施的制度、措施/, 'measures'],
  [/^项目实施计划/, 'plan'],
];

/**
 * The five texts of a sheet, each on its label's line or on the lines after it, wrapped lines
 * joined. A text that fills its last line to the full width without closing punctuation was cut
 * off by the form: it is kept as printed and listed in truncatedFields.
 */
function readTexts(lines: SourceLine[]): { fields: Partial<Record<TextField, string>>; truncated: TextField[] } {
  const fields: Partial<Record<TextField, string>> = {};
  const truncated: TextField[] = [];
  let current: { field: TextField; parts: string[] } | undefined;
  const flush = () => {
    if (!current || current.parts.length === 0) return;
    fields[current.field] = current.parts.join('');
    const widths = current.parts.map((p) => p.length);
    const last = current.parts[current.parts.length - 1]!;
    if (current.parts.length >= 2 && last.length >= Math.max(...widths) - 1 && !/[。.；;！!？?》）)”"]$/.test(last)) truncated.push(current.field);
  };
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    const label = TEXT_LABELS.find(([re]) => re.test(t));
    if (label) {
      flush();
      const rest = t.replace(label[0], '').trim();
      current = { field: label[1], parts: rest ? [rest.replace(/\s+/g, '')] : [] };
    } else if (/^实施期目标/.test(t)) break;
    else if (current) current.parts.push(t.replace(/\s+/g, ''));
  }
  flush();
  return { fields, truncated };
}
