import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { D } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import type { BudgetDocument, EconomicTable } from '../../src/core/schema/budget-types.generated.js';
import { basicProjectSplit, economicBreakdown, splitBySubject, type EconomicPart } from '../../src/core/split.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
const subjects = reference.expenditureBySubject!;
const economic = reference.basicExpenditureByEconomic!;

/** Items of a part as "name amount" strings, so a failure shows every figure at once. */
function items(part: EconomicPart): Record<string, string> {
  return Object.fromEntries(part.items.map((item) => [item.name, item.amount.toFixed(2)]));
}

test('table total splits 164.37 / 320.18 into 33.92% / 66.08%, traced to 表3', () => {
  const split = basicProjectSplit(subjects);
  assert.equal(split.code, '');
  assert.equal(split.total.toFixed(2), '484.55');
  assert.equal(split.basic.toFixed(2), '164.37');
  assert.equal(split.project.toFixed(2), '320.18');
  assert.deepEqual(split.shares?.map((s) => s.toFixed(2)), ['33.92', '66.08']);
  assert.equal(split.unit, '万元');
  assert.equal(split.source, '表3');
  assert.equal(basicProjectSplit(subjects, '').basic.toFixed(2), '164.37');
});

test('one row: 201 is 118.71 basic and 320.18 project', () => {
  const split = basicProjectSplit(subjects, '201');
  assert.equal(split.name, '一般公共服务支出');
  assert.equal(split.total.toFixed(2), '438.89');
  assert.deepEqual(split.shares?.map((s) => s.toFixed(2)), ['27.05', '72.95']);
});

test('a code not in the table throws a BudgetInputError naming it', () => {
  assert.throws(
    () => basicProjectSplit(subjects, '205'),
    (error: unknown) => error instanceof BudgetInputError && error.code === 'unknown-subject' && error.found === '205' && error.messageZh.includes('205'),
  );
});

test('a table without basic/project columns cannot be split', () => {
  const table = { ...subjects, columns: [{ key: 'total' as const, label: '合计' }] as typeof subjects.columns };
  assert.throws(() => basicProjectSplit(table), (error: unknown) => error instanceof BudgetInputError && error.code === 'missing-column');
});

test('class level lists 201, 208, 210, 221 in report order; the last three are all basic', () => {
  const rows = splitBySubject(subjects, 'class');
  assert.deepEqual(rows.map((r) => r.code), ['201', '208', '210', '221']);
  assert.deepEqual([rows[0].basic.toFixed(2), rows[0].project.toFixed(2)], ['118.71', '320.18']);
  assert.deepEqual(rows[0].shares?.map((s) => s.toFixed(2)), ['27.05', '72.95']);
  for (const row of rows.slice(1)) {
    assert.deepEqual(row.shares?.map((s) => s.toFixed(2)), ['100.00', '0.00'], row.code);
    assert.equal(row.project.isZero(), true, row.code);
    assert.equal(row.zero, false);
  }
});

test('section level within 201 gives 20103 (all basic) and 20140 (all project)', () => {
  const rows = splitBySubject(subjects, 'section', '201');
  assert.deepEqual(rows.map((r) => [r.code, r.basic.toFixed(2), r.project.toFixed(2)]), [
    ['20103', '118.71', '0.00'],
    ['20140', '0.00', '320.18'],
  ]);
  assert.deepEqual(splitBySubject(subjects, 'section').map((r) => r.code), ['20103', '20140', '20805', '21011', '22102']);
});

test('a row with total 0 is kept, marked zero, without shares', () => {
  const table = minimalDocument().expenditureBySubject!;
  table.rows.push({ code: '208', name: '社会保障和就业支出', amounts: { total: '0', basic: '0', project: '0' } });
  const rows = splitBySubject(table, 'class');
  assert.deepEqual(rows.map((r) => [r.code, r.zero]), [
    ['201', false],
    ['208', true],
  ]);
  assert.deepEqual(rows[0].shares?.map((s) => s.toFixed(2)), ['60.00', '40.00']);
  assert.equal(rows[1].shares, null);
});

test('department view: 人员经费 148.94 and 公用经费 15.43 of 164.37, items summed by name', () => {
  const view = economicBreakdown(economic, 'department');
  assert.equal(view.source, '表6');
  assert.equal(view.total.toFixed(2), '164.37');
  const [personnel, publicUse] = view.parts;
  assert.deepEqual([personnel.key, personnel.label, personnel.amount.toFixed(2)], ['personnel', '人员经费', '148.94']);
  assert.deepEqual([publicUse.key, publicUse.label, publicUse.amount.toFixed(2)], ['publicUse', '公用经费', '15.43']);
  assert.equal(personnel.share!.plus(publicUse.share!).toFixed(2), '100.00');
  const p = items(personnel);
  assert.equal(p['基本工资'], '52.11');
  assert.equal(p['津贴补贴'], '22.27');
  assert.equal(p['机关事业单位基本养老保险缴费'], '14.39');
  assert.equal(p['退休费'], '2.30');
  assert.equal(personnel.items.find((i) => i.name === '基本工资')?.rows, 2);
  assert.equal(personnel.items[0].name, '基本工资');
  const u = items(publicUse);
  assert.equal(u['工会经费'], '1.69');
  assert.equal(u['福利费'], '2.95');
  assert.equal(u['基本工资'], undefined);
});

test('government view: 工资奖金津补贴 54.50, 社会保障缴费 16.78, 办公经费 12.52, 商品和服务支出 2.43', () => {
  const [personnel, publicUse] = economicBreakdown(economic, 'government').parts;
  const p = items(personnel);
  assert.equal(p['工资奖金津补贴'], '54.50');
  assert.equal(p['社会保障缴费'], '16.78');
  assert.equal(p['住房公积金'], '14.44');
  assert.equal(p['离退休费'], '2.30');
  const u = items(publicUse);
  assert.equal(u['办公经费'], '12.52');
  assert.equal(u['商品和服务支出'], '2.43');
  assert.equal(publicUse.items.find((i) => i.name === '办公经费')?.rows, 8);
});

test("the report's 商品和服务 items sum to 15.42 against the stated 15.43, and both are shown", () => {
  for (const classification of ['department', 'government'] as const) {
    const [personnel, publicUse] = economicBreakdown(economic, classification).parts;
    assert.equal(publicUse.amount.toFixed(2), '15.43');
    assert.equal(publicUse.itemsSum.toFixed(2), '15.42');
    assert.equal(personnel.itemsSum.toFixed(2), '148.94');
    // Item shares are of the items' own sum so that they add up to exactly 100.
    for (const part of [personnel, publicUse]) {
      assert.equal(part.items.reduce((sum, i) => sum.plus(i.share!), new D(0)).toFixed(2), '100.00');
    }
  }
});

test('groups carry their amounts by part', () => {
  const { groups } = economicBreakdown(economic, 'department');
  assert.deepEqual(
    groups.map((g) => [g.name, g.total.toFixed(2), g.personnel.toFixed(2), g.publicUse.toFixed(2)]),
    [
      ['工资福利支出', '146.64', '146.64', '0.00'],
      ['商品和服务支出', '15.43', '0.00', '15.43'],
      ['对个人和家庭的补助', '2.30', '2.30', '0.00'],
    ],
  );
});

/** A small economic table: a zero item in each group and one item split over both parts. */
function tinyEconomic(): EconomicTable {
  return {
    table: '表6',
    unit: '万元',
    columns: [
      { key: 'total', label: '合计' },
      { key: 'personnel', label: '人员经费' },
      { key: 'publicUse', label: '公用经费' },
    ],
    total: { total: '10', personnel: '6', publicUse: '4' },
    groups: [
      {
        name: '工资福利支出',
        amounts: { total: '6', personnel: '6', publicUse: '0' },
        items: [
          { departmentItem: '基本工资', governmentItem: '工资奖金津补贴', amounts: { total: '5', personnel: '5', publicUse: '0' } },
          { departmentItem: '奖金', governmentItem: '工资奖金津补贴', amounts: { total: '0', personnel: '0', publicUse: '0' } },
          { departmentItem: '混合', governmentItem: '其他', amounts: { total: '2', personnel: '1', publicUse: '1' } },
        ],
      },
      {
        name: '商品和服务支出',
        amounts: { total: '3', personnel: '0', publicUse: '3' },
        items: [
          { departmentItem: '办公费', governmentItem: '办公经费', amounts: { total: '3', personnel: '0', publicUse: '3' } },
          { departmentItem: '印刷费', governmentItem: '办公经费', amounts: { total: '0', personnel: '0', publicUse: '0' } },
        ],
      },
      {
        name: '资本性支出',
        amounts: { total: '0', personnel: '0', publicUse: '0' },
        items: [{ departmentItem: '办公设备购置', governmentItem: '设备购置', amounts: { total: '0', personnel: '0', publicUse: '0' } }],
      },
    ],
  };
}

test("zero items are kept in their group's part; an item in both columns appears in both parts", () => {
  const [personnel, publicUse] = economicBreakdown(tinyEconomic(), 'department').parts;
  assert.deepEqual(Object.keys(items(personnel)), ['基本工资', '奖金', '混合']);
  assert.deepEqual(Object.keys(items(publicUse)), ['混合', '办公费', '印刷费', '办公设备购置']);
  assert.equal(items(personnel)['奖金'], '0.00');
  assert.equal(personnel.items.find((i) => i.name === '奖金')?.share?.toFixed(2), '0.00');
  assert.equal(items(personnel)['混合'], '1.00');
  assert.equal(items(publicUse)['混合'], '1.00');
});

test('government view of the small table merges the zero 奖金 row into 工资奖金津补贴', () => {
  const [personnel, publicUse] = economicBreakdown(tinyEconomic(), 'government').parts;
  assert.deepEqual(items(personnel), { 工资奖金津补贴: '5.00', 其他: '1.00' });
  assert.equal(personnel.items[0].rows, 2);
  assert.deepEqual(items(publicUse), { 其他: '1.00', 办公经费: '3.00', 设备购置: '0.00' });
});

test('a part whose items are all 0 has null item shares', () => {
  const table = tinyEconomic();
  table.groups = [table.groups[2]];
  table.total = { total: '0', personnel: '0', publicUse: '0' };
  const [personnel, publicUse] = economicBreakdown(table, 'department').parts;
  assert.equal(personnel.items.length, 0);
  assert.equal(personnel.share, null);
  assert.deepEqual(publicUse.items.map((i) => [i.name, i.share]), [['办公设备购置', null]]);
});

test('an item missing a declared column is reported, not read as 0', () => {
  const table = tinyEconomic();
  delete table.groups[0].items[0].amounts.publicUse;
  assert.throws(() => economicBreakdown(table, 'department'), (error: unknown) => error instanceof BudgetInputError && error.code === 'missing-amount');
});
