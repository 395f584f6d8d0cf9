/** Rules of the 项目支出 tables (表12, 表13) and the projects' 绩效目标表. */
import { pushAll } from '../arrays.js';
import type { BudgetDocument, Project, ProjectFunding, ProjectTable } from '../schema/budget-types.generated.js';
import { cell, equalityFinding, figure, keysOf, money, NO_COLUMN, sumColumns, sumFinding, type Path } from './figures.js';
import { isDecimalText, judgeSum } from './tolerance.js';
import type { Finding, Rule } from './types.js';

export const PROJECT_TABLES = ['projects', 'carriedOverProjects'] as const;

/** The project tables of a document with their property names. */
export function projectTables(doc: BudgetDocument): { name: (typeof PROJECT_TABLES)[number]; table: ProjectTable }[] {
  return PROJECT_TABLES.flatMap((name) => (doc[name] ? [{ name, table: doc[name]! }] : []));
}

/** A project's amount as its table states it: its 合计 cell. */
export function projectAmount(project: Project): string | undefined {
  return cell(project.amounts, 'total');
}

/** A one-year project: the 项目期 says so, or the 项目属性 says it ends within a year. */
function oneYear(project: Project): boolean {
  const p = project.performance;
  return /^(1|一)年$/.test(p?.period?.trim() ?? '') || /1年结束|一年结束/.test(p?.attribute ?? '');
}

/** The project table totals against 表3's 项目支出 (current-year and carried-over projects together). */
function againstSubjects(doc: BudgetDocument): Finding | undefined {
  const tables = projectTables(doc);
  const e = doc.expenditureBySubject;
  const project = cell(e?.total, 'project');
  const totals = tables.map(({ table }) => cell(table.total, 'total'));
  if (!e || project === undefined || tables.length === 0 || totals.some((t) => t === undefined)) return undefined;
  const subjectFig = { label: `${e.table} 项目支出`, text: project, unit: e.unit, path: ['expenditureBySubject', 'total', 'project'], source: e.table };
  const what = { zh: '项目支出表合计与支出总表的项目支出', en: 'project table total against the expenditure table’s project expenditure' };
  if (tables.length === 1) {
    const [{ name, table }] = tables;
    return equalityFinding('projects-sum', { label: `${table.table} 合计`, text: totals[0]!, unit: table.unit, path: [name, 'total', 'total'], source: table.table }, subjectFig, what);
  }
  // 本年 and 上年结转 projects together make up 表3's 项目支出; compared in 表3's unit.
  if (tables.some(({ table }) => table.unit !== e.unit)) return undefined;
  return sumFinding({
    rule: 'projects-sum', unit: e.unit, source: e.table,
    what: { zh: `${e.table} 项目支出`, en: `${e.table} project expenditure` },
    parts: { zh: `${tables.map(({ table }) => table.table).join('与')}的合计`, en: `the totals of ${tables.map(({ table }) => table.table).join(' and ')}` },
    partsPath: [],
    columns: [{ name: NO_COLUMN, total: project, totalPath: ['expenditureBySubject', 'total', 'project'], parts: totals as string[] }],
  });
}

/** A project's table line against its 绩效目标表 (annual funding, and implementation funding for one-year projects). */
function performanceFindings(table: ProjectTable, project: Project, path: Path, source: string): Finding[] {
  const p = project.performance;
  const amount = projectAmount(project);
  if (!p) return [];
  const findings: Finding[] = [];
  const annual = p.annualFunding.total;
  if (amount !== undefined && isDecimalText(annual)) {
    const f = equalityFinding('projects-sum',
      { label: `${table.table} ${project.name}`, text: amount, unit: table.unit, path: [...path, 'amounts', 'total'], source },
      { label: '绩效目标表 年度资金总额', text: annual, unit: p.unit, path: [...path, 'performance', 'annualFunding', 'total'], source: `${source} ${project.name} 绩效目标表` },
      { zh: `${project.name}的项目支出与其绩效目标表`, en: `${project.name}: the project line against its 绩效目标表` },
      project.subjectCode);
    if (f) findings.push(f);
  }
  const implementation = p.implementationFunding.total;
  if (isDecimalText(annual) && isDecimalText(implementation) && !judgeSum(implementation, [annual], p.unit).difference.isZero()) {
    const single = oneYear(project);
    const a = money(annual, p.unit);
    const i = money(implementation, p.unit);
    findings.push({
      rule: 'projects-sum',
      severity: single ? 'error' : 'note',
      message: single
        ? {
            zh: `${project.name}：项目期为一年，实施期资金总额 ${i.zh} 却不等于年度资金总额 ${a.zh}`,
            en: `${project.name}: a one-year project whose implementation-period funding ${i.en} differs from its annual funding ${a.en}`,
          }
        : {
            zh: `${project.name}：实施期资金总额 ${i.zh}，年度资金总额 ${a.zh}（项目期“${p.period ?? '未注明'}”，多年项目可以不同）`,
            en: `${project.name}: implementation-period funding ${i.en}, annual funding ${a.en} (period “${p.period ?? 'not stated'}”; a multi-year project may differ)`,
          },
      figures: [
        figure('绩效目标表 实施期资金总额', implementation, p.unit, [...path, 'performance', 'implementationFunding', 'total'], `${source} ${project.name} 绩效目标表`),
        figure('绩效目标表 年度资金总额', annual, p.unit, [...path, 'performance', 'annualFunding', 'total'], `${source} ${project.name} 绩效目标表`),
      ],
      difference: judgeSum(implementation, [annual], p.unit).difference.toFixed(),
      ...(project.subjectCode ? { subject: project.subjectCode } : {}),
    });
  }
  return findings;
}

/** projects-sum: see the rule's title. */
export const projectsSum: Rule = {
  id: 'projects-sum',
  title: {
    zh: '项目支出表：项目之和等于单位行和合计，合计等于支出总表的项目支出，各项目与其绩效目标表的资金一致',
    en: 'Project tables: projects sum to their unit and the total, the total equals 表3’s project expenditure, each project matches its 绩效目标表',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { name, table } of projectTables(doc)) {
      const keys = keysOf(table.columns);
      const t = table.table;
      const total = sumFinding({
        rule: 'projects-sum', unit: table.unit, source: t,
        what: { zh: `${t} 合计`, en: `${t} total` },
        parts: { zh: `${table.units.length} 个单位`, en: `its ${table.units.length} units` },
        partsPath: [name, 'units'],
        columns: sumColumns(table.columns, keys, table.total, [name, 'total'], table.units.map((u) => u.amounts)),
      });
      if (total) findings.push(total);
      table.units.forEach((unit, i) => {
        if (unit.projects.length > 0) {
          const f = sumFinding({
            rule: 'projects-sum', unit: table.unit, source: t,
            what: { zh: `${t} ${unit.name}`, en: `${t} ${unit.name}` },
            parts: { zh: `${unit.projects.length} 个项目`, en: `its ${unit.projects.length} projects` },
            partsPath: [name, 'units', i, 'projects'],
            columns: sumColumns(table.columns, keys, unit.amounts, [name, 'units', i, 'amounts'], unit.projects.map((p) => p.amounts)),
          });
          if (f) findings.push(f);
        }
        unit.projects.forEach((project, j) => pushAll(findings, performanceFindings(table, project, [name, 'units', i, 'projects', j], t)));
      });
    }
    const f = againstSubjects(doc);
    if (f) findings.push(f);
    return findings;
  },
};

const FUNDING_PARTS = ['central', 'provincial', 'local', 'selfRaised', 'other'] as const;
const FUNDING_NAMES = { central: '中央', provincial: '省级', local: '地方', selfRaised: '自筹', other: '其他' } as const;

/** project-funding-sums: see the rule's title. */
export const projectFundingSums: Rule = {
  id: 'project-funding-sums',
  title: {
    zh: '绩效目标表：资金总额 = 中央 + 省级 + 地方 + 自筹 + 其他（实施期与年度）',
    en: '绩效目标表: funding total = central + provincial + local + self-raised + other (implementation period and year)',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { name, table } of projectTables(doc)) {
      table.units.forEach((unit, i) =>
        unit.projects.forEach((project, j) => {
          const p = project.performance;
          if (!p) return;
          for (const key of ['implementationFunding', 'annualFunding'] as const) {
            const funding: ProjectFunding = p[key];
            const present = FUNDING_PARTS.filter((k) => funding[k] !== undefined);
            const parts = present.map((k) => funding[k]);
            if (present.length === 0 || !isDecimalText(funding.total) || !parts.every(isDecimalText)) continue;
            const label = key === 'annualFunding' ? '年度资金' : '实施期资金';
            const f = sumFinding({
              rule: 'project-funding-sums', unit: p.unit, source: `${table.table} ${project.name} 绩效目标表`,
              what: { zh: `${project.name} 绩效目标表 ${label}总额`, en: `${project.name} 绩效目标表 ${key === 'annualFunding' ? 'annual' : 'implementation-period'} funding` },
              parts: { zh: present.map((k) => FUNDING_NAMES[k]).join('、'), en: present.join(', ') },
              partsPath: [name, 'units', i, 'projects', j, 'performance', key],
              columns: [{ name: NO_COLUMN, total: funding.total, totalPath: [name, 'units', i, 'projects', j, 'performance', key, 'total'], parts: parts as string[] }],
              ...(project.subjectCode ? { subject: project.subjectCode } : {}),
            });
            if (f) findings.push(f);
          }
        }),
      );
    }
    return findings;
  },
};
