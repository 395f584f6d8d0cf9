/** The claims-counts rule: what the statement says about the number and amounts of projects (and units). */
import { pushAll } from '../arrays.js';
import { D } from '../decimal.js';
import type { BudgetDocument, Claim, MoneyUnit, Project } from '../schema/budget-types.generated.js';
import { claimPath } from './claim-figures.js';
import { claimFig, claimsOf } from './claims.js';
import { claimSource, equalityFinding, figure, money, refOf, signed, verdict, type Fig } from './figures.js';
import { projectAmount, projectTables } from './projects.js';
import { decimalsOf, isDecimalText, judgeSum } from './tolerance.js';
import type { FigureRef, Finding, Rule } from './types.js';
import { convertAmount } from '../units.js';

interface Listed {
  project: Project;
  unit: MoneyUnit;
  table: string;
}

/** Every project of the project tables with the unit of its table. */
function listedProjects(doc: BudgetDocument): Listed[] {
  return projectTables(doc).flatMap(({ table }) => table.units.flatMap((u) => u.projects.map((project) => ({ project, unit: table.unit, table: table.table }))));
}

/** The tables the projects stand in, each named once, in order. */
function tablesOf(projects: readonly Listed[]): string {
  return [...new Set(projects.map((p) => p.table))].join('、');
}

/**
 * {@link projectsSum} of each list of projects and unit computed once: rules ask it for claim
 * after claim about the same projects, and each sum reads every project.
 */
function memoSums(): (projects: readonly Listed[], unit: MoneyUnit) => string | undefined {
  const sums = new WeakMap<readonly Listed[], Map<MoneyUnit, string | undefined>>();
  return (projects, unit) => {
    const byUnit = sums.get(projects) ?? sums.set(projects, new Map()).get(projects)!;
    if (!byUnit.has(unit)) byUnit.set(unit, projectsSum(projects, unit));
    return byUnit.get(unit);
  };
}

/** The sum of some projects' amounts in `unit`, exact; undefined when one lacks an amount. */
function projectsSum(projects: readonly Listed[], unit: MoneyUnit): string | undefined {
  let sum = new D(0);
  let decimals = 0;
  for (const p of projects) {
    const text = projectAmount(p.project);
    if (text === undefined) return undefined;
    sum = sum.plus(convertAmount(new D(text), p.unit, unit));
    if (p.unit === unit) decimals = Math.max(decimals, decimalsOf(text));
  }
  // Shown with the tables' printed decimals ("40.00"), never fewer than the exact sum needs.
  return sum.toFixed(Math.max(decimals, sum.decimalPlaces()));
}

/** Where a sum over the projects is read: the one table's units, or the whole document. */
function unitsPath(tables: ReturnType<typeof projectTables>): (string | number)[] {
  return tables.length === 1 ? [tables[0].name, 'units'] : [];
}

/** A count that does not match. */
function countFinding(claim: Claim, index: number, expected: number, what: { zh: string; en: string }, figures: FigureRef[]): Finding {
  return {
    rule: 'claims-counts',
    severity: 'error',
    message: {
      zh: `说明“${claim.quote}”称 ${claim.count} 个，${what.zh}为 ${expected} 个`,
      en: `the statement’s “${claim.quote}” says ${claim.count}, ${what.en} ${expected}`,
    },
    figures: [figure(`说明：${claim.subject.label ?? claim.id}`, String(claim.count), '个', claimPath(index, 'count'), claimSource(claim)), ...figures],
    difference: String(claim.count! - expected),
  };
}

/** Claims counting budget units (预算单位) rather than projects, which the project tables cannot check. */
function countsUnits(claim: Claim): boolean {
  return /单位/.test(claim.subject.label ?? '') && !/项目/.test(claim.subject.label ?? '');
}

/** claims-counts: see the rule's title. */
export const claimsCounts: Rule = {
  id: 'claims-counts',
  title: {
    zh: '说明中的项目个数、金额与项目支出表一致；运转类与特定目标类之和等于项目总数和总额',
    en: 'Project counts and amounts in the statement match the project tables; operating (运转类) + specific-purpose (特定目标类) projects make up all projects',
  },
  run(doc) {
    const findings: Finding[] = [];
    const tables = projectTables(doc);
    const listed = listedProjects(doc);
    const disclosed = listed.filter((p) => p.project.performance);
    const sumOf = memoSums();
    const claims = claimsOf(doc);
    const tableTotal: Fig | undefined = tables.length === 1 && isDecimalText(tables[0].table.total.total)
      ? { label: `${tables[0].table.table} 合计`, text: tables[0].table.total.total!, unit: tables[0].table.unit, path: [tables[0].name, 'total', 'total'], source: tables[0].table.table }
      : undefined;
    const computedTotal = (label: string, projects: readonly Listed[], unit: MoneyUnit): Fig | undefined => {
      const sum = sumOf(projects, unit);
      return sum === undefined ? undefined : { label, text: sum, unit, path: unitsPath(tables), source: tables.map((t) => t.table.table).join('、') };
    };

    for (const { claim, index } of claims) {
      const kind = claim.subject.kind;
      if (kind === 'operatingExpenses' && claim.count !== undefined) {
        // “所属1家行政单位”: the units 表11 lists (when it lists them).
        const units = doc.operatingExpenses?.units ?? [];
        if (units.length > 0 && units.length !== claim.count) {
          findings.push(countFinding(claim, index, units.length, { zh: `${doc.operatingExpenses!.table} 列出的单位`, en: `${doc.operatingExpenses!.table} lists` }, []));
        }
        continue;
      }
      if (tables.length === 0 || (kind !== 'projectsManaged' && kind !== 'projectsDisclosed') || countsUnits(claim)) continue;
      const subset = kind === 'projectsDisclosed' ? disclosed : listed;
      const what = kind === 'projectsDisclosed'
        ? { zh: '有绩效目标表的项目', en: 'projects with a 绩效目标表 number' }
        : { zh: '项目支出表中的项目', en: 'the project tables list' };
      if (claim.count !== undefined && claim.count !== subset.length) findings.push(countFinding(claim, index, subset.length, what, []));
      const stated = claimFig(doc, claim, index);
      if (stated) {
        const reference = kind === 'projectsManaged' && tableTotal ? tableTotal : computedTotal(`Σ ${what.zh}`, subset, stated.unit);
        const f = reference && equalityFinding('claims-counts', stated, reference, { zh: `说明“${claim.quote}”`, en: `the statement’s “${claim.quote}”` });
        if (f) findings.push(f);
      }
    }

    pushAll(findings, categoryFindings(doc, claims, listed, tableTotal));
    return findings;
  },
};

/**
 * 运转类 and 特定目标类 claims. When every project states its category, each claim is checked
 * against its category; otherwise the n-th 运转类 claim and the n-th 特定目标类 claim are a pair
 * whose counts and amounts must make up all projects. Pairs stating the same figures (a report
 * repeating them) give one finding.
 */
function categoryFindings(doc: BudgetDocument, claims: { claim: Claim; index: number }[], listed: Listed[], tableTotal: Fig | undefined): Finding[] {
  const operating = claims.filter(({ claim }) => claim.subject.kind === 'projectsOperating');
  const specific = claims.filter(({ claim }) => claim.subject.kind === 'projectsSpecific');
  if (listed.length === 0 || (operating.length === 0 && specific.length === 0)) return [];
  const findings: Finding[] = [];
  const sumOf = memoSums();
  const tables = tablesOf(listed);
  if (listed.every((p) => p.project.category)) {
    const byCategory = { operating: listed.filter((p) => p.project.category === 'operating'), specific: listed.filter((p) => p.project.category === 'specific') };
    for (const { claim, index } of [...operating, ...specific].sort((a, b) => a.index - b.index)) {
      const category = claim.subject.kind === 'projectsOperating' ? 'operating' : 'specific';
      const subset = byCategory[category];
      const name = category === 'operating' ? { zh: '运转类项目', en: 'operating projects' } : { zh: '特定目标类项目', en: 'specific-purpose projects' };
      if (claim.count !== undefined && claim.count !== subset.length) findings.push(countFinding(claim, index, subset.length, { zh: `项目表中的${name.zh}`, en: `the project tables list as ${name.en}` }, []));
      const stated = claimFig(doc, claim, index);
      const sum = stated && sumOf(subset, stated.unit);
      if (stated && sum !== undefined) {
        const f = equalityFinding('claims-counts', stated, { label: `Σ ${name.zh}`, labelEn: `Σ ${name.en}`, text: sum, unit: stated.unit, path: unitsPath(projectTables(doc)), source: tables }, { zh: `说明“${claim.quote}”`, en: `the statement’s “${claim.quote}”` });
        if (f) findings.push(f);
      }
    }
    return findings;
  }
  // Without categories in the tables, only the pair's sums can be checked.
  const seen = new Map<string, Finding>();
  for (let n = 0; n < Math.min(operating.length, specific.length); n++) {
    const o = operating[n];
    const s = specific[n];
    const of = claimFig(doc, o.claim, o.index);
    const sf = claimFig(doc, s.claim, s.index);
    const counts = o.claim.count !== undefined && s.claim.count !== undefined ? o.claim.count + s.claim.count : undefined;
    if (counts !== undefined && counts !== listed.length) {
      findings.push(countFinding(o.claim, o.index, listed.length - s.claim.count!, { zh: `项目表共 ${listed.length} 个项目，减去特定目标类 ${s.claim.count} 个，运转类应`, en: `the project tables list ${listed.length} projects; less ${s.claim.count} specific-purpose ones, operating ones should number` }, [figure(`说明：${s.claim.subject.label ?? s.claim.id}`, String(s.claim.count), '个', claimPath(s.index, 'count'), claimSource(s.claim))]));
    }
    if (!of || !sf || of.unit !== sf.unit) continue;
    const reference = tableTotal ?? (() => {
      const sum = sumOf(listed, of.unit);
      return sum === undefined ? undefined : ({ label: 'Σ 项目', labelEn: 'Σ projects', text: sum, unit: of.unit, path: unitsPath(projectTables(doc)), source: tables } as Fig);
    })();
    if (!reference) continue;
    const total = convertAmount(new D(reference.text), reference.unit, of.unit);
    const decimals = Math.max(...[of.text, sf.text].map((t) => (t.split('.')[1] ?? '').length));
    const totalText = reference.unit === of.unit ? reference.text : total.toFixed();
    const j = judgeSum(totalText, [of.text, sf.text], of.unit);
    if (j.severity === null) continue;
    const key = `${of.text}|${sf.text}`;
    const existing = seen.get(key);
    if (existing) {
      existing.figures.splice(existing.figures.length - 1, 0, refOf(of), refOf(sf));
      continue;
    }
    const a = money(of.text, of.unit);
    const b = money(sf.text, sf.unit);
    const sum = money(j.sum, of.unit, decimals);
    const t = money(reference.text, reference.unit);
    const difference = signed(j.sum.minus(j.total), j.decimals);
    const tolerance = signed(j.tolerance, j.decimals);
    const v = verdict(j.severity, tolerance, of.unit);
    const d = money(difference, of.unit);
    const finding: Finding = {
      rule: 'claims-counts',
      severity: j.severity,
      message: {
        zh: `说明称运转类项目 ${a.zh}、特定目标类项目 ${b.zh}，合计 ${sum.zh}，而项目支出 ${reference.label} 为 ${t.zh}，相差 ${d.zh}，${v.zh}`,
        en: `the statement gives operating projects ${a.en} and specific-purpose projects ${b.en}, together ${sum.en}, but project expenditure (${reference.label}) is ${t.en}; difference ${d.en}, ${v.en}`,
      },
      figures: [refOf(of), refOf(sf), refOf(reference)],
      difference,
      tolerance,
    };
    seen.set(key, finding);
    findings.push(finding);
  }
  return findings;
}
