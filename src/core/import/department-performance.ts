/**
 * 部门（单位）整体支出绩效目标申报表: the department's facts (内设职能部门数, 编制 …) for `profile`,
 * funding by source and by direction, 年度重点任务, 年度绩效目标 and the indicators.
 */
import type { Amounts, DepartmentPerformance, FundingSource, MoneyUnit, Profile, SummaryIncomeLine } from '../schema/budget-types.generated.js';
import type { ImportContext } from './context.js';
import { readIndicatorRows } from './indicators.js';
import { isBlank, type SourceLine } from './lines.js';
import { isAmountToken, parseAmountToken, tokenize } from './numbers.js';
import { bracketUnitOf } from './units.js';

const SOURCES: [RegExp, FundingSource][] = [
  [/一般公共预算/, 'generalPublicBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/社会保险基金/, 'socialInsuranceFund'],
  [/专户/, 'fiscalSpecialAccount'],
  [/单位资金/, 'unitFunds'],
  [/上年结转/, 'carryOver'],
];

export interface DepartmentSheet {
  performance?: DepartmentPerformance;
  profile?: Profile;
}

const clean = (t: string) => t.trim().replace(/\s+/g, '');

/** Finds the 整体支出绩效目标申报表 and reads it. */
export function parseDepartmentSheet(lines: SourceLine[], ctx: ImportContext): DepartmentSheet {
  const start = lines.findIndex((l) => /整体支出绩效目标(申报)?表\s*$/.test(l.text.trim()));
  if (start < 0) return {};
  let end = lines.findIndex((l, i) => i > start && /项目支出绩效目标(申报)?表\s*$|^[一二三四五六七八九十]+、|^第[一二三四五六七八九十]+部分/.test(l.text.trim()));
  if (end < 0) end = Math.min(lines.length, start + 150);
  const block = lines.slice(start, end);
  const texts = block.map((l) => clean(l.text));
  const title = lines[start]!.text.trim();

  // Facts of the department.
  const profile: Profile = {};
  const staffing: NonNullable<Profile['staffing']> = {};
  const count = (re: RegExp) => {
    for (const l of block) {
      const m = re.exec(l.text.replace(/\s+/g, ''));
      if (m) return Number(m[1]);
    }
    return undefined;
  };
  const facts: [RegExp, (n: number) => void][] = [
    [/内设职能部门数(\d+)个/, (n) => (profile.internalDivisions = n)],
    [/所属预算单位数(\d+)个/, (n) => (profile.budgetUnits = n)],
    [/核定的人员编制数(\d+)人/, (n) => (staffing.authorized = n)],
    [/实际在职人员总数(\d+)人/, (n) => (staffing.actual = n)],
    [/在编人员数(\d+)人/, (n) => (staffing.onEstablishment = n)],
    [/其他人员数(\d+)人/, (n) => (staffing.other = n)],
  ];
  for (const [re, set] of facts) {
    const n = count(re);
    if (n !== undefined) {
      set(n);
      ctx.figures += 1;
    }
  }
  if (Object.keys(staffing).length) profile.staffing = staffing;
  const between = (from: RegExp, to: RegExp) => {
    const a = texts.findIndex((t) => from.test(t));
    if (a < 0) return undefined;
    const b = texts.findIndex((t, i) => i > a && to.test(t));
    const body = texts.slice(a + 1, b < 0 ? a + 1 : b).filter((t) => t && !/^目标$/.test(t)).join('');
    return body || undefined;
  };
  const duties = between(/^部门职责$/, /^部门战略/);
  if (duties) profile.dutiesSummary = duties;
  const strategy = between(/^部门战略(目标)?$/, /^年度/);
  if (strategy) profile.strategicGoal = strategy;

  // Funding.
  const fundFrom = texts.findIndex((t) => /^按资金来源划分/.test(t));
  const fundTo = texts.findIndex((t, i) => i > fundFrom && /^年度重点|^核心职能/.test(t));
  if (fundFrom < 0 || fundTo < 0) {
    ctx.warn(lines[start], '整体支出绩效目标表：找不到年度预算情况', 'department performance sheet: no funding found');
    return Object.keys(profile).length ? { profile } : {};
  }
  const unit: MoneyUnit = bracketUnitOf(block[fundFrom]!.text) ?? '万元';
  const fundingBySource: SummaryIncomeLine[] = [];
  const fundingByDirection: Amounts = {};
  let fundingTotal: string | undefined;
  for (const l of block.slice(fundFrom + 1, fundTo)) {
    const tokens = tokenize(l.text.replace(/合\s+计/g, '合计')).map((t) => t.text);
    let label = '';
    for (const token of tokens) {
      if (!isAmountToken(token)) {
        label += token;
        continue;
      }
      const amount = parseAmountToken(token)!;
      const name = label.replace(/^其中[:：]/, '');
      label = '';
      if (name === '合计') {
        if (fundingTotal === undefined) fundingTotal = amount;
        else fundingByDirection.total = amount;
      } else if (/^基本支出$/.test(name)) fundingByDirection.basic = amount;
      else if (/^项目支出$/.test(name)) fundingByDirection.project = amount;
      else {
        const source = SOURCES.find(([re]) => re.test(name))?.[1];
        if (!source) {
          ctx.warn(l, `整体支出绩效目标表：无法归类的资金“${name}”`, `department performance sheet: funding "${name}" cannot be placed`);
          continue;
        }
        fundingBySource.push({ label: name, source, amount });
      }
      ctx.figures += 1;
    }
  }
  if (fundingTotal === undefined) {
    ctx.warn(block[fundFrom], '整体支出绩效目标表：资金合计不全', 'department performance sheet: funding total missing');
    return Object.keys(profile).length ? { profile } : {};
  }

  // 年度重点任务: 核心职能 and 重点任务, printed one after the other; each cell ends with a short line.
  let keyTasks: DepartmentPerformance['keyTasks'];
  const taskFrom = texts.findIndex((t) => /^核心职能重点任务$/.test(t));
  const goalLabel = texts.findIndex((t, i) => i > taskFrom && /^年度绩效(目标)?$/.test(t));
  if (taskFrom >= 0 && goalLabel > taskFrom) {
    const body = block.slice(taskFrom + 1, goalLabel).filter((l) => !isBlank(l.text));
    const two = body.filter((l) => tokenize(l.text).length === 2);
    if (body.length && two.length === body.length) {
      keyTasks = body.map((l) => {
        const [a, b] = tokenize(l.text).map((t) => t.text);
        return { coreFunction: a!, task: b! };
      });
    } else {
      const widths = body.map((l) => l.text.trim().length);
      const max = Math.max(0, ...widths);
      const cellsOf: string[] = [];
      let current = '';
      body.forEach((l, i) => {
        current += clean(l.text);
        if (widths[i]! < max * 0.8 || i === body.length - 1) {
          cellsOf.push(current);
          current = '';
        }
      });
      if (cellsOf.length === 2) keyTasks = [{ coreFunction: cellsOf[0]!, task: cellsOf[1]! }];
      else if (body.length) ctx.warn(body[0], '整体支出绩效目标表：无法分开核心职能与重点任务', 'department performance sheet: key tasks cannot be split into function and task');
    }
  }
  // 年度绩效目标: from its label to the 年度绩效指标 label.
  let annualGoal: string | undefined;
  const indicatorLabel = texts.findIndex((t, i) => i > Math.max(goalLabel, fundTo) && /^一级指标/.test(t));
  if (goalLabel >= 0) {
    const parts: string[] = [];
    for (const t of texts.slice(goalLabel + 1, indicatorLabel < 0 ? goalLabel + 1 : indicatorLabel)) {
      if (/^(目标|年度绩效|指标|年度绩效指标)$/.test(t)) continue;
      if (t) parts.push(t);
    }
    if (parts.length) annualGoal = parts.join('');
  }
  let indicators: DepartmentPerformance['indicators'] = [];
  if (indicatorLabel >= 0) {
    const stop = texts.findIndex((t, i) => i > indicatorLabel && /^(负责人|填报日期|联系电话)/.test(t));
    const rows = readIndicatorRows(block.slice(indicatorLabel + 1, stop < 0 ? block.length : stop), 1, ctx, '整体支出绩效目标表');
    if (rows) indicators = rows[0]!;
  }
  const performance: DepartmentPerformance = {
    title,
    unit,
    fundingBySource,
    fundingTotal,
    fundingByDirection,
    ...(keyTasks ? { keyTasks } : {}),
    ...(annualGoal ? { annualGoal } : {}),
    indicators,
  };
  return { performance, ...(Object.keys(profile).length ? { profile } : {}) };
}
