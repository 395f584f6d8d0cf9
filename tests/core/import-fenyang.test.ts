import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importReportText } from '../../src/core/import/index.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import type { Claim } from '../../src/core/schema/budget-types.generated.js';
import { withoutProvenance } from '../fixtures/compare.js';

/**
 * What the importer does not read yet, as [path pattern, reason]. Paths are compared figure by
 * figure; anything here is excluded from the every-figure test.
 */
const NOT_IMPORTED: [RegExp, string][] = [
  // (empty: every figure of data/fenyang-xinfang-2024.json is imported)
];

/** Every decimal-string and integer figure at any path outside meta and claims. */
function collectFigures(value: unknown, path: string, out: Map<string, string | number>): void {
  if (path === '.meta' || path === '.claims') return;
  if (typeof value === 'string') {
    if (/^\d+(\.\d+)?$/.test(value)) out.set(path, value);
  } else if (typeof value === 'number') {
    out.set(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectFigures(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectFigures(v, `${path}.${k}`, out);
  }
}

/** Claims matched by section and subject; their figures compared. */
function compareClaims(got: Claim[], want: Claim[]): { missing: string[]; extra: string[] } {
  const key = (c: Claim) => [c.section, c.subject.kind, c.subject.source ?? '', c.subject.code ?? '', c.subject.label ?? ''].join(' | ');
  const figures = (c: Claim) =>
    JSON.stringify([c.amount, c.unit, c.count, c.share?.percent, c.share?.of.kind, c.change?.direction, c.change?.amount, c.change?.percent, c.change?.comparedTo, c.statement]);
  const pool = [...got];
  const missing: string[] = [];
  for (const w of want) {
    const i = pool.findIndex((g) => key(g) === key(w) && figures(g) === figures(w));
    if (i >= 0) pool.splice(i, 1);
    else missing.push(`${key(w)} ${figures(w)}`);
  }
  return { missing, extra: pool.map((g) => `${key(g)} ${figures(g)}`) };
}

const text = readFileSync(new URL('../fixtures/fenyang-xinfang-2024-budget.txt', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8')) as BudgetDocument;
const result = importReportText(text, { file: 'fenyang-xinfang-2024-budget.txt' });
const doc = result.document;

describe('import: 汾阳市信访局 2024 (reference text)', () => {
  test('the document validates and nothing was left unplaced', () => {
    assert.equal(validateBudgetFile(doc).valid, true);
    assert.deepEqual(result.warnings, []);
    assert.ok(result.figures > 300, `figures read: ${result.figures}`);
  });

  test('meta: department, year, kind, scope, unit, title and the tables with their statuses', () => {
    assert.equal(doc.meta.department.name, '汾阳市信访局');
    assert.equal(doc.meta.fiscalYear, 2024);
    assert.equal(doc.meta.kind, 'budget');
    assert.equal(doc.meta.scope, 'department');
    assert.equal(doc.meta.unit, '万元');
    assert.equal(doc.meta.source.title, expected.meta.source.title);
    assert.equal(doc.meta.source.file, 'fenyang-xinfang-2024-budget.txt');
    assert.deepEqual(doc.meta.tables, expected.meta.tables);
  });

  for (const key of [
    'summary',
    'incomeBySubject',
    'expenditureBySubject',
    'fiscalAppropriationSummary',
    'generalBudgetExpenditure',
    'basicExpenditureByEconomic',
    'threePublicExpenses',
    'operatingExpenses',
  ] as const) {
    test(`${key} equals the hand-made document (rows, codes, names, amounts as strings)`, () => {
      assert.deepEqual(withoutProvenance(doc[key]), expected[key]);
    });
  }

  test('empty tables stay out of the document (表7, 表8, 表9, 表13)', () => {
    assert.equal(doc.governmentFundExpenditure, undefined);
    assert.equal(doc.stateCapitalExpenditure, undefined);
    assert.equal(doc.carriedOverProjects, undefined);
  });

  test('表12 projects: columns, total, unit and every project name and amounts', () => {
    const got = doc.projects!;
    const want = expected.projects!;
    assert.deepEqual(got.columns, want.columns);
    assert.deepEqual(got.total, want.total);
    assert.deepEqual(
      got.units.map((u) => ({ name: u.name, amounts: u.amounts, projects: u.projects.map((p) => ({ name: p.name, amounts: p.amounts })) })),
      want.units.map((u) => ({ name: u.name, amounts: u.amounts, projects: u.projects.map((p) => ({ name: p.name, amounts: p.amounts })) })),
    );
  });

  test('each project carries its 绩效目标表 funding in 元, and its sheet details', () => {
    const want = new Map(expected.projects!.units.flatMap((u) => u.projects).map((p) => [p.name, p.performance!]));
    const projects = doc.projects!.units.flatMap((u) => u.projects);
    assert.equal(projects.length, 8);
    for (const project of projects) {
      const perf = project.performance;
      assert.ok(perf, `performance of ${project.name}`);
      const w = want.get(project.name)!;
      assert.equal(perf.unit, '元');
      assert.deepEqual(perf.implementationFunding, w.implementationFunding, project.name);
      assert.deepEqual(perf.annualFunding, w.annualFunding, project.name);
      for (const field of ['title', 'department', 'implementingUnit', 'attribute', 'period', 'filledAt'] as const) {
        assert.equal(perf[field], w[field], `${project.name} ${field}`);
      }
    }
  });

  test('each project sheet equals the hand-made one: texts, goals, indicators (both sides), truncated fields', () => {
    const want = new Map(expected.projects!.units.flatMap((u) => u.projects).map((p) => [p.name, p.performance!]));
    for (const project of doc.projects!.units.flatMap((u) => u.projects)) {
      assert.deepEqual(project.performance, want.get(project.name), project.name);
    }
  });

  test('整体支出绩效目标申报表: departmentPerformance and the profile facts', () => {
    assert.deepEqual(doc.departmentPerformance, expected.departmentPerformance);
    assert.deepEqual(doc.profile, expected.profile);
  });

  test('说明 九 and 十一: procurement and assets', () => {
    assert.deepEqual(doc.procurement, expected.procurement);
    assert.deepEqual(doc.assets, expected.assets);
  });

  test('说明 claims: every hand-made claim has an imported one with the same section, subject and figures, and no more', () => {
    const { missing, extra } = compareClaims(doc.claims ?? [], expected.claims ?? []);
    assert.deepEqual(missing, []);
    assert.deepEqual(extra, []);
    // Each quote is the report's own words (line breaks and spaces aside).
    const flat = text.replace(/\s+/g, '');
    for (const claim of doc.claims!) assert.ok(flat.includes(claim.quote.replace(/\s+/g, '')), claim.quote);
  });

  test('priorYear is derived from the stated changes', () => {
    const strip = (list: BudgetDocument['priorYear']) => list?.map(({ claim: _claim, ...rest }) => rest);
    assert.deepEqual(strip(doc.priorYear), strip(expected.priorYear));
    for (const figure of doc.priorYear!) assert.ok(doc.claims!.some((c) => c.id === figure.claim && c.change));
  });

  test('EVERY figure of the hand-made document (outside meta) is imported at the same path; claims by subject', () => {
    const want = new Map<string, string | number>();
    collectFigures(expected, '', want);
    const got = new Map<string, string | number>();
    collectFigures(doc, '', got);
    const missing = [...want].filter(([path, value]) => got.get(path) !== value && !NOT_IMPORTED.some(([re]) => re.test(path)));
    assert.deepEqual(missing.map(([path, value]) => `${path} = ${value} (imported: ${got.get(path)})`), []);
    assert.ok(want.size > 1000, `figures compared: ${want.size}`);
    const { missing: claims } = compareClaims(doc.claims ?? [], expected.claims ?? []);
    assert.deepEqual(claims, []);
  });

  test('project goals are read where the sheet prints them side by side', () => {
    const project = doc.projects!.units[0]!.projects.find((p) => p.name === '单位直接聘用人员经费')!;
    assert.deepEqual(project.performance!.goals, { implementationPeriod: '按时发放', annual: '按时按标准发放。' });
  });
});
