import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { D } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import {
  departmentPerformanceView,
  filterProjects,
  groupIndicators,
  inferProjectSubjects,
  projectViews,
  sortProjects,
  type ProjectView,
} from '../../src/core/projects.js';
import type { BudgetDocument, Indicator, Project } from '../../src/core/schema/budget-types.generated.js';

const text = readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8');
/** A fresh copy each call, so a test can change it freely. */
const reference = (): BudgetDocument => JSON.parse(text);
const views = projectViews(reference());
const byName = (name: string): ProjectView => {
  const view = views.find((v) => v.name === name);
  assert.ok(view, name);
  return view;
};
const names = (list: ProjectView[]) => list.map((v) => v.name);

test('8 projects of 表12 in report order, summing to exactly 320.18 万元', () => {
  assert.deepEqual(names(views), [
    '2024信访经费',
    '驻太原信访服务中心轮流值班费',
    '购买后勤保障服务',
    '信访工作经费',
    '2023结转、汾财[2023]第176号政府购买服务费用',
    '单位直接聘用人员经费',
    '财务办公经费',
    '2024常年法律顾问费',
  ]);
  assert.equal(views.reduce((sum, v) => sum.plus(v.amount), new D(0)).toFixed(2), '320.18');
  for (const view of views) {
    assert.equal(view.unit, '万元');
    assert.equal(view.source, '表12');
    assert.equal(view.unitName, '汾阳市信访局');
  }
});

test('exactYuan is the 绩效目标表 total in 元 and rounds to the table amount', () => {
  assert.equal(byName('2023结转、汾财[2023]第176号政府购买服务费用').exactYuan?.toString(), '536438.88');
  for (const view of views) {
    assert.ok(view.exactYuan, view.name);
    assert.equal(view.exactYuan.div(10000).toFixed(2), view.amount.toFixed(2), view.name);
  }
});

test('exactYuan is null without a 绩效目标表, and converts a table kept in 万元', () => {
  const doc = reference();
  const [first, second] = doc.projects!.units[0].projects;
  delete first.performance;
  second.performance!.unit = '万元';
  second.performance!.annualFunding.total = '4.2';
  const [a, b] = projectViews(doc);
  assert.equal(a.exactYuan, null);
  assert.deepEqual(a.indicators, []);
  assert.deepEqual(a.truncated, []);
  assert.equal(b.exactYuan?.toString(), '42000');
});

test('shares of the table sum to exactly 100.00 by largest remainder', () => {
  const total = views.reduce((sum, v) => sum.plus(v.share!), new D(0));
  assert.equal(total.toFixed(2), '100.00');
  assert.equal(byName('2024信访经费').share?.toFixed(2), '52.16');
  // 0.624649…% would round to 0.62, but it has the 4th-largest remainder of the 4 units left over.
  assert.equal(byName('财务办公经费').share?.toFixed(2), '0.63');
  assert.equal(byName('2023结转、汾财[2023]第176号政府购买服务费用').share?.toFixed(2), '16.75');
});

test('funding by source keeps every non-total column, zeros included, labels as printed', () => {
  const funding = byName('信访工作经费').fundingBySource;
  assert.deepEqual(
    funding.map((f) => [f.key, f.label, f.amount.toFixed(2)]),
    [
      ['generalPublicBudget', '一般公共预算', '60.00'],
      ['governmentFund', '政府性基金预算', '0.00'],
      ['stateCapital', '国有资本经营预算', '0.00'],
      ['fiscalSpecialAccount', '财政专户管理资金', '0.00'],
      ['unitFunds', '单位资金', '0.00'],
    ],
  );
});

test('a missing amount of a declared column is reported, not read as 0', () => {
  const doc = reference();
  delete doc.projects!.units[0].projects[0].amounts.unitFunds;
  assert.throws(() => projectViews(doc), (e: unknown) => e instanceof BudgetInputError && e.code === 'missing-amount');
});

test('truncated fields come from the 绩效目标表', () => {
  assert.deepEqual(byName('2024信访经费').truncated, ['overview', 'plan']);
  assert.deepEqual(byName('信访工作经费').truncated, []);
});

test('indicators group 一级 → 二级 → 三级 in report order', () => {
  const groups = byName('驻太原信访服务中心轮流值班费').indicators;
  assert.deepEqual(groups.map((g) => g.level1), ['产出指标', '效益指标', '满意度指标']);
  assert.deepEqual(groups[0].level2s.map((g) => g.level2), ['数量指标', '质量指标', '时效指标', '成本指标']);
  const room = groups[0].level2s[0].rows[0];
  assert.equal(room.level3, '房间');
  assert.deepEqual(room.implementation, { text: '4间', kind: 'quantitative', comparator: '=', number: '4', unit: '间' });
  assert.deepEqual(room.annual, room.implementation);
  assert.equal(room.differs, false);
  assert.equal(room.annualLevel3, undefined);
  // The annual side prints "服务对象满意度指标", the 实施期 side a cut-off name; rows go under the 实施期 one.
  assert.deepEqual(groups[2].level2s.map((g) => g.level2), ['服务对象满意度指']);
  assert.equal(groups[2].level2s[0].rows[0].annual?.text, '≥90%');
});

test('a pair worded differently on the two sides is flagged', () => {
  const quality = byName('2024信访经费').indicators[0].level2s.find((g) => g.level2 === '质量指标')!;
  assert.equal(quality.rows.length, 1);
  const row = quality.rows[0];
  assert.equal(row.level3, '文明接访、及时劝返率');
  assert.equal(row.annualLevel3, '文明接访、及时劝');
  assert.equal(row.differs, true);
});

test('pairing is by position within a level1; unmatched rows stand alone; different values differ', () => {
  const ind = (level1: string, level2: string, level3: string, value: string): Indicator => ({ level1, level2, level3, value: { text: value, kind: 'qualitative' } });
  const groups = groupIndicators(
    [ind('产出指标', '数量指标', 'A', '1'), ind('产出指标', '质量指标', 'B', '好'), ind('效益指标', '社会效益指标', 'C', '有效')],
    [ind('效益指标', '社会效益', 'C', '显著'), ind('产出指标', '数量', 'A', '1'), ind('满意度指标', '满意度', 'D', '≥90%')],
  );
  assert.deepEqual(groups.map((g) => g.level1), ['产出指标', '效益指标', '满意度指标']);
  const [output, benefit, satisfaction] = groups;
  assert.deepEqual(output.level2s.map((g) => [g.level2, g.rows.map((r) => [r.level3, r.implementation?.text, r.annual?.text, r.differs])]), [
    ['数量指标', [['A', '1', '1', false]]],
    ['质量指标', [['B', '好', undefined, false]]],
  ]);
  assert.equal(benefit.level2s[0].rows[0].differs, true);
  assert.deepEqual(satisfaction.level2s, [{ level2: '满意度', rows: [{ level3: 'D', annual: { text: '≥90%', kind: 'qualitative' }, differs: false }] }]);
});

test('subjects are inferred uniquely: 2014004 = 2.38 + 2.00 + 10.80, the other five 2014099', () => {
  const inferred = inferProjectSubjects(reference());
  assert.deepEqual(Object.fromEntries(inferred), {
    'direct-hire': '2014004',
    'finance-office': '2014004',
    'legal-adviser': '2014004',
    'xinfang-2024': '2014099',
    'taiyuan-duty': '2014099',
    'logistics-service': '2014099',
    'xinfang-work': '2014099',
    'purchase-service-2023': '2014099',
  });
  assert.equal(byName('财务办公经费').subjectCode, '2014004');
  assert.equal(byName('财务办公经费').subjectBasis, 'inferred');
});

test('a stated subject wins and is marked stated', () => {
  const doc = reference();
  doc.projects!.units[0].projects[0].subjectCode = '2014099';
  const view = projectViews(doc)[0];
  assert.equal(view.subjectCode, '2014099');
  assert.equal(view.subjectBasis, 'stated');
  assert.equal(projectViews(doc)[1].subjectBasis, 'inferred');
});

/** A document whose 表3 has the given 项 project amounts and 表12 the given projects. */
function subjectsDoc(items: [string, string][], amounts: string[]): BudgetDocument {
  const doc = reference();
  const table = doc.expenditureBySubject!;
  table.rows = items.map(([code, project]) => ({ code, name: code, amounts: { total: project, basic: '0', project } }));
  const unit = doc.projects!.units[0];
  const template = unit.projects[0];
  unit.projects = amounts.map((total, i): Project => ({
    id: `p${i}`,
    name: `项目${i}`,
    amounts: { ...template.amounts, total, generalPublicBudget: total },
  }));
  return doc;
}

test('two possible assignments infer nothing', () => {
  // 3.00 + 2.00 = 5.00 and 1.00 + 4.00 = 5.00: either pair fits either 项.
  const doc = subjectsDoc([['2014004', '5.00'], ['2014099', '5.00']], ['1.00', '2.00', '3.00', '4.00']);
  assert.equal(inferProjectSubjects(doc).size, 0);
  assert.equal(projectViews(doc)[0].subjectCode, undefined);
  assert.equal(projectViews(doc)[0].subjectBasis, undefined);
});

test('a unique assignment among small made-up figures is found, and no assignment gives nothing', () => {
  const unique = subjectsDoc([['2014004', '5.00'], ['2014099', '7.00']], ['1.00', '4.00', '7.00']);
  assert.deepEqual(Object.fromEntries(inferProjectSubjects(unique)), { p0: '2014004', p1: '2014004', p2: '2014099' });
  const none = subjectsDoc([['2014004', '5.00'], ['2014099', '7.00']], ['2.00', '4.00', '6.00']);
  assert.equal(inferProjectSubjects(none).size, 0);
});

test('more than 20 projects infer nothing, even when the assignment would be unique', () => {
  const amounts = Array.from({ length: 21 }, () => '1.00');
  const single = subjectsDoc([['2014099', '21.00']], amounts);
  assert.equal(inferProjectSubjects(single).size, 0);
  assert.equal(inferProjectSubjects(subjectsDoc([['2014099', '20.00']], amounts.slice(1))).size, 20);
});

test('filters: free text, 科目 prefix, category', () => {
  assert.deepEqual(names(filterProjects(views, { text: '法律' })), ['2024常年法律顾问费']);
  assert.deepEqual(names(filterProjects(views, { text: '  法律 ' })), ['2024常年法律顾问费']);
  // Indicator values and names are searched too; "房间" is only an indicator of the 太原 project.
  assert.deepEqual(names(filterProjects(views, { text: '房间' })), ['驻太原信访服务中心轮流值班费']);
  assert.equal(filterProjects(views, { text: '   ' }).length, 8);
  assert.deepEqual(names(filterProjects(views, { code: '2014004' })), ['单位直接聘用人员经费', '财务办公经费', '2024常年法律顾问费']);
  assert.equal(filterProjects(views, { code: '20140' }).length, 8);
  assert.equal(filterProjects(views, { code: '208' }).length, 0);
  assert.equal(filterProjects(views, { category: 'operating' }).length, 0);
  assert.equal(filterProjects(views, {}).length, 8);
});

test('free text is case-insensitive and category filters stated categories', () => {
  const doc = reference();
  doc.projects!.units[0].projects[0].name = 'Legal 2024';
  doc.projects!.units[0].projects[1].category = 'operating';
  const list = projectViews(doc);
  assert.deepEqual(names(filterProjects(list, { text: 'LEGAL' })), ['Legal 2024']);
  assert.deepEqual(names(filterProjects(list, { category: 'operating' })), ['驻太原信访服务中心轮流值班费']);
  assert.deepEqual(names(filterProjects(list, { category: 'operating', text: '法律' })), []);
});

test('sorting by amount, name (Chinese collation) and report order; stable on ties', () => {
  assert.deepEqual(names(sortProjects(views, 'amount', 'desc')).slice(0, 3), ['2024信访经费', '信访工作经费', '2023结转、汾财[2023]第176号政府购买服务费用']);
  assert.deepEqual(names(sortProjects(views, 'amount', 'asc')).slice(0, 2), ['财务办公经费', '单位直接聘用人员经费']);
  assert.deepEqual(names(sortProjects(views, 'report', 'desc')), names(views).reverse());
  assert.deepEqual(names(sortProjects(views, 'report', 'asc')), names(views));
  const some = views.filter((v) => ['信访工作经费', '财务办公经费', '购买后勤保障服务'].includes(v.name));
  assert.deepEqual(names(sortProjects(some, 'name', 'asc')), ['财务办公经费', '购买后勤保障服务', '信访工作经费']);
  assert.deepEqual(names(sortProjects(some, 'name', 'desc')), ['信访工作经费', '购买后勤保障服务', '财务办公经费']);
  const tied = views.map((v, i) => ({ ...v, amount: new D(i < 4 ? 1 : 2) }));
  assert.deepEqual(names(sortProjects(tied, 'amount', 'desc')), [...names(views).slice(4), ...names(views).slice(0, 4)]);
  assert.deepEqual(names(views), names(projectViews(reference())), 'the input is not reordered');
});

test('carried-over projects follow this year’s, with their own table and shares', () => {
  const doc = reference();
  doc.carriedOverProjects = {
    table: '表13',
    unit: '元',
    columns: [{ key: 'total', label: '合计' }],
    total: { total: '300' },
    units: [{ name: '某单位', amounts: { total: '300' }, projects: [{ id: 'c1', name: '结转甲', amounts: { total: '100' } }, { id: 'c2', name: '结转乙', amounts: { total: '200' } }] }],
  };
  const list = projectViews(doc);
  assert.equal(list.length, 10);
  assert.deepEqual(list.slice(8).map((v) => [v.name, v.source, v.unit, v.share?.toFixed(2), v.unitName]), [
    ['结转甲', '表13', '元', '33.33', '某单位'],
    ['结转乙', '表13', '元', '66.67', '某单位'],
  ]);
  assert.deepEqual(list[8].fundingBySource, []);
  // 200 元 is less than any 万元 project of 表12.
  assert.equal(sortProjects(list, 'amount', 'asc')[1].name, '结转乙');
});

test('department performance as a card model', () => {
  const view = departmentPerformanceView(reference());
  assert.ok(view);
  assert.equal(view.unit, '万元');
  assert.equal(view.total.toFixed(2), '484.55');
  assert.deepEqual(view.fundingBySource.map((f) => [f.label, f.amount.toFixed(2)]).slice(0, 2), [
    ['一般公共预算资金', '484.55'],
    ['政府性基金预算资金', '0.00'],
  ]);
  assert.equal(view.fundingBySource.length, 6);
  assert.deepEqual(view.byDirection.map((d) => [d.key, d.label, d.amount.toFixed(2), d.share?.toFixed(2)]), [
    ['basic', '基本支出', '164.37', '33.92'],
    ['project', '项目支出', '320.18', '66.08'],
  ]);
  assert.equal(view.keyTasks.length, 1);
  assert.equal(view.annualGoal, '全面完成信访工作，认真履行职能，为我市信访工作做出贡献。');
  assert.deepEqual(view.indicators.map((g) => [g.level1, g.level2s.map((l) => l.level2)]), [
    ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
    ['效益指标', ['经济效益指标', '社会效益指标']],
    ['满意度指标', ['服务对象满意度指标']],
  ]);
  const first = view.indicators[0].level2s[0].rows[0];
  assert.deepEqual(first, { level3: '项目数量', value: { text: '8个', kind: 'quantitative', comparator: '=', number: '8', unit: '个' } });
});

test('no department performance gives undefined; a direction the table does not state is left out', () => {
  const doc = reference();
  delete doc.departmentPerformance!.fundingByDirection.project;
  assert.deepEqual(departmentPerformanceView(doc)?.byDirection.map((d) => [d.key, d.share?.toFixed(2)]), [['basic', '100.00']]);
  delete doc.departmentPerformance;
  assert.equal(departmentPerformanceView(doc), undefined);
});
