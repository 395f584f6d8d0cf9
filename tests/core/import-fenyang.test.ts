import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importReportText } from '../../src/core/import/index.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';

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
      assert.deepEqual(doc[key], expected[key]);
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

  test('project goals are read where the sheet prints them side by side', () => {
    const project = doc.projects!.units[0]!.projects.find((p) => p.name === '单位直接聘用人员经费')!;
    assert.deepEqual(project.performance!.goals, { implementationPeriod: '按时发放', annual: '按时按标准发放。' });
  });
});
