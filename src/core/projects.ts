import { amountIn, rowTotal } from './amounts.js';
import { D, toAmount, type Dec } from './decimal.js';
import type {
  BudgetDocument,
  ColumnKey,
  FundingSource,
  Indicator,
  IndicatorValue,
  MoneyUnit,
  Project,
  ProjectPerformance,
  ProjectTable,
} from './schema/budget-types.generated.js';
import { shares } from './shares.js';
import { convertAmount } from './units.js';

/** One funding column of a project row, label as the table prints it. */
export interface ProjectFundingLine {
  key: ColumnKey;
  label: string;
  amount: Dec;
}

/** A project as a card shows it: table figures, traced to their table, plus its 绩效目标表. */
export interface ProjectView {
  id: string;
  name: string;
  /** The budget unit the project is listed under. */
  unitName: string;
  amount: Dec;
  unit: MoneyUnit;
  /** Table id ("表12"). */
  source: string;
  /** The 绩效目标表's annual funding total converted to 元 (536438.88), or null without one. */
  exactYuan: Dec | null;
  /** Share of the table's projects by largest remainder (sums to exactly 100 per table), or null when all are 0. */
  share: Dec | null;
  /** Every non-total column of the table, zeros included, labels as printed. */
  fundingBySource: ProjectFundingLine[];
  category?: 'operating' | 'specific';
  /** The project's 科目: as stated, or inferred by {@link inferProjectSubjects}. */
  subjectCode?: string;
  subjectBasis?: 'stated' | 'inferred';
  performance?: ProjectPerformance;
  /** Text fields the report cuts off mid-sentence (performance.truncatedFields), or []. */
  truncated: string[];
  /** The paired 实施期/年度 indicators, [] without performance. */
  indicators: IndicatorGroup[];
}

/** One printed indicator row: the 实施期 value beside the 年度 value. */
export interface IndicatorRow {
  /** The 三级指标 name of the 实施期 side (the 年度 side's when there is no 实施期 row). */
  level3: string;
  implementation?: IndicatorValue;
  annual?: IndicatorValue;
  /** Both sides present and their value texts or level3 names differ: a view should show both. */
  differs: boolean;
  /** The 年度 side's level3 when it is worded differently. */
  annualLevel3?: string;
}

/** Indicators under one 一级指标, by 二级指标, in report order. */
export interface IndicatorGroup {
  level1: string;
  level2s: { level2: string; rows: IndicatorRow[] }[];
}

/** Indicators of a single column (the department's 整体 table), 一级 → 二级 → 三级. */
export interface SingleIndicatorGroup {
  level1: string;
  level2s: { level2: string; rows: { level3: string; value: IndicatorValue }[] }[];
}

/** Criteria of {@link filterProjects}; all given ones must hold. */
export interface ProjectFilter {
  category?: 'operating' | 'specific';
  /** A 科目 prefix: '201', '20140', '2014004'. */
  code?: string;
  /** Free text over name, overview texts, goals, indicator names and values; case-insensitive, trimmed. */
  text?: string;
}

/** The 部门整体支出绩效目标 as a card model. */
export interface DepartmentPerformanceView {
  title?: string;
  unit: MoneyUnit;
  /** Funding by source, labels as printed, zeros kept. */
  fundingBySource: { label: string; source?: FundingSource; amount: Dec }[];
  total: Dec;
  /** 按支出方向: 基本支出 / 项目支出 with largest-remainder shares; only the directions the table states. */
  byDirection: { key: 'basic' | 'project'; label: '基本支出' | '项目支出'; amount: Dec; share: Dec | null }[];
  keyTasks: { coreFunction: string; task: string }[];
  annualGoal?: string;
  indicators: SingleIndicatorGroup[];
}


/** Projects of a table in report order with the unit they are listed under. */
function tableProjects(table: ProjectTable): { project: Project; unitName: string }[] {
  return table.units.flatMap((unit) => unit.projects.map((project) => ({ project, unitName: unit.name })));
}

/** Adds `row` to the level2 group of that name under `level2s`, creating it on first sight. */
function addToLevel2<R>(level2s: { level2: string; rows: R[] }[], level2: string, row: R): void {
  const group = level2s.find((g) => g.level2 === level2);
  if (group) group.rows.push(row);
  else level2s.push({ level2, rows: [row] });
}

/** Level1 names in order of first appearance across the given lists. */
function level1Order(...lists: Indicator[][]): string[] {
  return [...new Set(lists.flatMap((list) => list.map((i) => i.level1)))];
}

/**
 * Groups the 实施期 and 年度 indicators 一级 → 二级 → 三级. The report prints the two sides in the same
 * table row, so within one level1 the n-th row of each side is paired by position, even when a
 * transcribed name differs ("文明接访、及时劝返率" / "文明接访、及时劝"). Rows go under the 实施期
 * side's level2 name, the 年度 one's when the 实施期 side has no row there.
 */
export function groupIndicators(implementation: Indicator[], annual: Indicator[]): IndicatorGroup[] {
  return level1Order(implementation, annual).map((level1) => {
    const left = implementation.filter((i) => i.level1 === level1);
    const right = annual.filter((i) => i.level1 === level1);
    const level2s: IndicatorGroup['level2s'] = [];
    for (let n = 0; n < Math.max(left.length, right.length); n++) {
      const impl = left[n] as Indicator | undefined;
      const year = right[n] as Indicator | undefined;
      const first = (impl ?? year)!;
      const row: IndicatorRow = { level3: first.level3, differs: false };
      if (impl) row.implementation = impl.value;
      if (year) row.annual = year.value;
      if (impl && year) {
        row.differs = impl.value.text !== year.value.text || impl.level3 !== year.level3;
        if (impl.level3 !== year.level3) row.annualLevel3 = year.level3;
      }
      addToLevel2(level2s, first.level2, row);
    }
    return { level1, level2s };
  });
}

/** Groups one column of indicators 一级 → 二级 → 三级 in report order. */
export function groupSingleIndicators(indicators: Indicator[]): SingleIndicatorGroup[] {
  return level1Order(indicators).map((level1) => {
    const level2s: SingleIndicatorGroup['level2s'] = [];
    for (const i of indicators) if (i.level1 === level1) addToLevel2(level2s, i.level2, { level3: i.level3, value: i.value });
    return { level1, level2s };
  });
}

/** Above this many projects the search for an assignment is not attempted (the brief's bound). */
const MAX_INFERRED_PROJECTS = 20;
/** Memo entries after which the search gives up, so a pathological document cannot freeze a page. */
const MAX_SEARCH_STATES = 50_000;

/** Thrown inside the search when it grows past {@link MAX_SEARCH_STATES}. */
class SearchAbandoned extends Error {}

/**
 * Infers each project's 科目 from 表3 when the report does not state it: the 项 rows (7-digit codes)
 * with a non-zero 项目支出 amount must each equal exactly the sum of the projects assigned to them.
 * Returns the assignment of every project of `doc.projects` only when exactly one exists; an empty
 * map when there are none or several, more than 20 projects, or no usable tables. A stated
 * subjectCode restricts its project to the 项 starting with it. Carried-over projects (表13) are
 * not included, so when they exist 表3's 项 amounts normally do not add up and nothing is inferred.
 */
export function inferProjectSubjects(doc: BudgetDocument): Map<string, string> {
  const none = new Map<string, string>();
  const table = doc.projects;
  const subjects = doc.expenditureBySubject;
  if (!table || !subjects || !subjects.columns.some((c) => c.key === 'project')) return none;
  const projects = tableProjects(table).map(({ project }) => project);
  if (projects.length === 0 || projects.length > MAX_INFERRED_PROJECTS) return none;
  const items = subjects.rows
    .filter((row) => row.code.length === 7 && row.amounts.project !== undefined)
    .map((row) => ({ code: row.code, amount: toAmount(row.amounts.project!) }))
    .filter((item) => !item.amount.isZero());
  if (items.length === 0) return none;

  // Converting between 元/万元/亿元 is exact, so the equality test stays exact.
  const amounts = projects.map((p) => convertAmount(rowTotal(table.columns, p.amounts, `${table.table} ${p.name}`), table.unit, subjects.unit));
  const sum = (values: Dec[]) => values.reduce((a, b) => a.plus(b), new D(0));
  if (!sum(amounts).eq(sum(items.map((i) => i.amount)))) return none;
  const candidates = projects.map((p) => items.flatMap((item, index) => (item.code.startsWith(p.subjectCode ?? '') ? [index] : [])));
  // Largest projects first: they fit fewest 项, so dead ends show up early.
  const order = projects.map((_, index) => index).sort((a, b) => amounts[b].comparedTo(amounts[a]) || a - b);

  const smallest = amounts[order[order.length - 1]];

  // Number of ways (capped at 2) to place order[k..] into the remaining capacities.
  const memo = new Map<string, number>();
  const ways = (k: number, remaining: Dec[]): number => {
    if (k === order.length) return remaining.every((r) => r.isZero()) ? 1 : 0;
    // A 项 left with less than the smallest project can never be filled exactly.
    if (remaining.some((r) => !r.isZero() && r.lt(smallest))) return 0;
    const key = `${k}|${remaining.join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (memo.size >= MAX_SEARCH_STATES) throw new SearchAbandoned();
    let total = 0;
    const amount = amounts[order[k]];
    for (const index of candidates[order[k]]) {
      if (remaining[index].lt(amount)) continue;
      const next = remaining.slice();
      next[index] = remaining[index].minus(amount);
      total += ways(k + 1, next);
      if (total >= 2) break;
    }
    const capped = Math.min(total, 2);
    memo.set(key, capped);
    return capped;
  };

  try {
    let remaining = items.map((i) => i.amount);
    if (ways(0, remaining) !== 1) return none;
    // Walk the unique solution down through the memo: exactly one choice per step still has a way.
    const result = new Map<string, string>();
    for (let k = 0; k < order.length; k++) {
      const amount = amounts[order[k]];
      for (const index of candidates[order[k]]) {
        if (remaining[index].lt(amount)) continue;
        const next = remaining.slice();
        next[index] = remaining[index].minus(amount);
        if (ways(k + 1, next) === 1) {
          result.set(projects[order[k]].id, items[index].code);
          remaining = next;
          break;
        }
      }
    }
    return result;
  } catch (error) {
    if (error instanceof SearchAbandoned) return none;
    throw error;
  }
}

/** Views of one project table, with shares over all of its projects. */
function tableViews(table: ProjectTable, inferred: Map<string, string>): ProjectView[] {
  const listed = tableProjects(table);
  const amounts = listed.map(({ project }) => rowTotal(table.columns, project.amounts, `${table.table} ${project.name}`));
  const projectShares = shares(amounts);
  const sources = table.columns.filter((c) => c.key !== 'total');
  return listed.map(({ project, unitName }, index) => {
    const where = `${table.table} ${project.name}`;
    const performance = project.performance;
    const view: ProjectView = {
      id: project.id,
      name: project.name,
      unitName,
      amount: amounts[index],
      unit: table.unit,
      source: table.table,
      exactYuan: performance ? convertAmount(toAmount(performance.annualFunding.total), performance.unit, '元') : null,
      share: projectShares ? projectShares[index] : null,
      fundingBySource: sources.map((c) => ({ key: c.key, label: c.label, amount: amountIn(project.amounts, c.key, where) })),
      truncated: [...(performance?.truncatedFields ?? [])],
      indicators: performance ? groupIndicators(performance.indicators.implementationPeriod, performance.indicators.annual) : [],
    };
    if (project.category) view.category = project.category;
    const code = project.subjectCode ?? inferred.get(project.id);
    if (code !== undefined) {
      view.subjectCode = code;
      view.subjectBasis = project.subjectCode !== undefined ? 'stated' : 'inferred';
    }
    if (performance) view.performance = performance;
    return view;
  });
}

/** Every project of doc.projects then doc.carriedOverProjects, in report order. */
export function projectViews(doc: BudgetDocument): ProjectView[] {
  const inferred = inferProjectSubjects(doc);
  return [doc.projects, doc.carriedOverProjects].flatMap((table) => (table ? tableViews(table, inferred) : []));
}

/** The texts free-text search looks at, lower-cased once. */
function searchableText(view: ProjectView): string {
  const p = view.performance;
  const parts: (string | undefined)[] = [view.name];
  if (p) {
    parts.push(p.overview, p.basis, p.necessity, p.measures, p.plan, p.goals.implementationPeriod, p.goals.annual);
    for (const i of [...p.indicators.implementationPeriod, ...p.indicators.annual]) parts.push(i.level1, i.level2, i.level3, i.value.text);
  }
  return parts.filter((s) => s !== undefined).join('\n').toLowerCase();
}

/** The views matching every given criterion, order kept. A blank text or code filters nothing. */
export function filterProjects(views: readonly ProjectView[], filter: ProjectFilter): ProjectView[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const code = filter.code?.trim() ?? '';
  return views.filter(
    (view) =>
      (filter.category === undefined || view.category === filter.category) &&
      (code === '' || (view.subjectCode?.startsWith(code) ?? false)) &&
      (text === '' || searchableText(view).includes(text)),
  );
}

/**
 * A sorted copy. 'report' keeps the given order (reversed for 'desc'); 'amount' compares in 元 so
 * tables in different units sort together; 'name' uses Chinese (pinyin) collation. Ties keep the
 * given order in both directions.
 */
export function sortProjects(views: readonly ProjectView[], by: 'amount' | 'name' | 'report', direction: 'asc' | 'desc'): ProjectView[] {
  const sign = direction === 'desc' ? -1 : 1;
  const compare = (a: ProjectView, b: ProjectView): number => {
    if (by === 'amount') return convertAmount(a.amount, a.unit, '元').comparedTo(convertAmount(b.amount, b.unit, '元'));
    if (by === 'name') return a.name.localeCompare(b.name, 'zh-Hans-CN');
    return 0;
  };
  const indexed = views.map((view, index) => ({ view, index }));
  indexed.sort((a, b) => sign * compare(a.view, b.view) || (by === 'report' ? sign * (a.index - b.index) : a.index - b.index));
  return indexed.map(({ view }) => view);
}

const DIRECTION_LABELS = { basic: '基本支出', project: '项目支出' } as const;

/** The 部门整体支出绩效目标 as a card model, or undefined when the report has none. */
export function departmentPerformanceView(doc: BudgetDocument): DepartmentPerformanceView | undefined {
  const dp = doc.departmentPerformance;
  if (!dp) return undefined;
  const directions = (['basic', 'project'] as const).filter((key) => dp.fundingByDirection[key] !== undefined);
  const amounts = directions.map((key) => toAmount(dp.fundingByDirection[key]!));
  const directionShares = shares(amounts);
  const view: DepartmentPerformanceView = {
    unit: dp.unit,
    fundingBySource: dp.fundingBySource.map((line) => ({
      label: line.label,
      ...(line.source ? { source: line.source } : {}),
      amount: toAmount(line.amount),
    })),
    total: toAmount(dp.fundingTotal),
    byDirection: directions.map((key, i) => ({ key, label: DIRECTION_LABELS[key], amount: amounts[i], share: directionShares ? directionShares[i] : null })),
    keyTasks: (dp.keyTasks ?? []).map((t) => ({ coreFunction: t.coreFunction, task: t.task })),
    indicators: groupSingleIndicators(dp.indicators),
  };
  if (dp.title !== undefined) view.title = dp.title;
  if (dp.annualGoal !== undefined) view.annualGoal = dp.annualGoal;
  return view;
}
