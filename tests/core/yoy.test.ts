import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BudgetInputError } from '../../src/core/errors.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { sortSeries, yoySeries, type YoySeries } from '../../src/core/yoy.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));

/** A series' values as "year basis amount source" strings, so a failure shows the whole line. */
function line(series: YoySeries | undefined): string[] {
  return (series?.values ?? []).map((v) => `${v.fiscalYear} ${v.basis} ${v.amount.toFixed(2)} ${v.source}`);
}

function find(series: YoySeries[], key: string): YoySeries {
  const found = series.find((s) => s.key === key);
  assert.ok(found, `no series ${key}`);
  return found;
}

/**
 * Two years of one department from the minimal fixture: 2023 spends on 201 and 208, 2024 on 201
 * and 210, so 208 is discontinued and 210 new. The 2024 document also states a 2023 total that
 * its own 2023 table must override.
 */
function twoYears(): [BudgetDocument, BudgetDocument] {
  const older = minimalDocument();
  older.meta.fiscalYear = 2023;
  delete older.priorYear;
  const t3 = older.expenditureBySubject!;
  t3.total = { total: '80.00', basic: '50.00', project: '30.00' };
  t3.rows = [
    { code: '201', name: '一般公共服务', amounts: { total: '70.00', basic: '40.00', project: '30.00' } },
    { code: '208', name: '社会保障和就业支出', amounts: { total: '10.00', basic: '10.00', project: '0' } },
  ];
  older.summary!.incomeGrandTotal = '80.00';
  older.summary!.expenditureGrandTotal = { total: '80.00' };

  const newer = minimalDocument();
  newer.expenditureBySubject!.rows.push({ code: '210', name: '卫生健康支出', amounts: { total: '5.00', basic: '5.00', project: '0' } });
  return [older, newer];
}

test('reference totals: expenditure 419.54 (2023, derived) → 484.55 (2024, 表1), +65.01 / 15.50%', () => {
  const series = yoySeries([reference], 'totals', '万元');
  assert.deepEqual(series.map((s) => [s.key, s.label]), [['income', '收入总计'], ['expenditure', '支出总计']]);
  const expenditure = find(series, 'expenditure');
  assert.deepEqual(line(expenditure), ['2023 derived 419.54 expenditure-total', '2024 table 484.55 表1']);
  assert.equal(expenditure.values[0].statedIn, 2024);
  assert.equal(expenditure.values[1].statedIn, undefined);
  assert.equal(expenditure.change?.direction, 'increase');
  assert.equal(expenditure.change?.amount.toFixed(2), '65.01');
  assert.equal(expenditure.change?.percent?.toFixed(2), '15.50');
  assert.equal(expenditure.previousYear, 2023);
  assert.deepEqual(line(find(series, 'income')), ['2023 derived 419.54 income-total', '2024 table 484.55 表1']);
});

test('reference operating expenses: 14.87 (derived) → 15.43, +3.77%', () => {
  const [operating] = yoySeries([reference], 'operating', '万元');
  assert.deepEqual(line(operating), ['2023 derived 14.87 operating-expenses', '2024 table 15.43 表11']);
  assert.equal(operating.label, '机关运行经费');
  assert.equal(operating.change?.amount.toFixed(2), '0.56');
  assert.equal(operating.change?.percent?.toFixed(2), '3.77');
});

test('reference function: four 类 with only 2024 values and no change', () => {
  const series = yoySeries([reference], 'function', '万元');
  assert.deepEqual(series.map((s) => [s.key, s.code, s.label]), [
    ['201', '201', '一般公共服务支出'],
    ['208', '208', '社会保障和就业支出'],
    ['210', '210', '卫生健康支出'],
    ['221', '221', '住房保障支出'],
  ]);
  for (const s of series) {
    assert.deepEqual(s.values.map((v) => v.fiscalYear), [2024]);
    assert.equal(s.change, null);
    assert.equal(s.previousYear, undefined);
  }
  assert.equal(series[0].values[0].amount.toFixed(2), '438.89');
});

test('reference split and three-public: one year each; all-zero 三公 series are kept', () => {
  const split = yoySeries([reference], 'split', '万元');
  assert.deepEqual(split.map((s) => [s.key, s.label, ...line(s)]), [
    ['basic', '基本支出', '2024 table 164.37 表3'],
    ['project', '项目支出', '2024 table 320.18 表3'],
  ]);
  const three = yoySeries([reference], 'three-public', '万元');
  assert.deepEqual(three.map((s) => s.key), ['total', 'outboundTravel', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation']);
  assert.ok(three.every((s) => s.values.length === 1 && s.values[0].amount.isZero() && s.values[0].source === '表10'));
});

test('two documents in either order give ascending years; the own table beats a prior-year statement', () => {
  for (const docs of [twoYears(), twoYears().reverse()]) {
    const expenditure = find(yoySeries(docs, 'totals', '万元'), 'expenditure');
    // The 2024 document derives 90.00 for 2023, but the 2023 document's 表1 says 80.00.
    assert.deepEqual(line(expenditure), ['2023 table 80.00 表1', '2024 table 100.00 表1']);
    assert.equal(expenditure.change?.percent?.toFixed(2), '25.00');
  }
});

test('split over two years', () => {
  const series = yoySeries(twoYears(), 'split', '万元');
  assert.deepEqual(series.map((s) => [s.key, ...line(s), s.change?.direction, s.change?.amount.toFixed(2)]), [
    ['basic', '2023 table 50.00 表3', '2024 table 60.00 表3', 'increase', '10.00'],
    ['project', '2023 table 30.00 表3', '2024 table 40.00 表3', 'increase', '10.00'],
  ]);
});

test('a 类 one year lacks is 0 there: 208 discontinued, 210 new; labels from the newest year', () => {
  const [older, newer] = twoYears();
  const series = yoySeries([older, newer], 'function', '万元');
  assert.deepEqual(series.map((s) => s.key), ['201', '208', '210']);
  assert.equal(find(series, '201').label, '一般公共服务支出');
  assert.equal(find(series, '201').change?.direction, 'increase');
  const discontinued = find(series, '208');
  assert.deepEqual(line(discontinued), ['2023 table 10.00 表3', '2024 table 0.00 表3']);
  assert.equal(discontinued.change?.direction, 'discontinued');
  const added = find(series, '210');
  assert.deepEqual(line(added), ['2023 table 0.00 表3', '2024 table 5.00 表3']);
  assert.equal(added.change?.direction, 'new');
  assert.equal(added.change?.percent, null);
});

test('a prior-year figure fills a year whose document lacks the table', () => {
  const [older, newer] = twoYears();
  newer.operatingExpenses = {
    table: '表11',
    unit: '万元',
    columns: [{ key: 'total', label: '合计' }],
    total: { total: '12.00' },
    units: [{ name: '示例局', amounts: { total: '12.00' } }],
  };
  newer.priorYear!.push({ fiscalYear: 2023, subject: { kind: 'operatingExpenses' }, unit: '万元', amount: '10.00', basis: 'stated', claim: 'total-change' });
  const [operating] = yoySeries([older, newer], 'operating', '万元');
  assert.deepEqual(line(operating), ['2023 stated 10.00 total-change', '2024 table 12.00 表11']);
  assert.equal(operating.values[0].statedIn, 2024);
});

test('prior-year figures match by subject: 类 code, basic/project, and only the 三公 total', () => {
  const doc = minimalDocument();
  doc.priorYear = [
    { fiscalYear: 2023, subject: { kind: 'subject', code: '201', label: '一般公共服务支出' }, unit: '万元', amount: '95.00', basis: 'stated', claim: 'a' },
    { fiscalYear: 2023, subject: { kind: 'subject', code: '2010301' }, unit: '万元', amount: '1.00', basis: 'stated', claim: 'b' },
    { fiscalYear: 2023, subject: { kind: 'basic' }, unit: '万元', amount: '55.00', basis: 'derived', claim: 'c' },
    { fiscalYear: 2023, subject: { kind: 'threePublic', label: '公务接待费' }, unit: '万元', amount: '1.00', basis: 'derived', claim: 'd' },
    { fiscalYear: 2023, subject: { kind: 'threePublic', label: '“三公”经费预算数' }, unit: '万元', amount: '3.00', basis: 'derived', claim: 'e' },
  ];
  assert.deepEqual(line(find(yoySeries([doc], 'function', '万元'), '201')), ['2023 stated 95.00 a', '2024 table 100.00 表3']);
  assert.deepEqual(yoySeries([doc], 'function', '万元').map((s) => s.key), ['201']);
  const split = yoySeries([doc], 'split', '万元');
  assert.deepEqual(line(find(split, 'basic')), ['2023 derived 55.00 c', '2024 table 60.00 表3']);
  assert.deepEqual(line(find(split, 'project')), ['2024 table 40.00 表3']);
  const three = yoySeries([doc], 'three-public', '万元');
  assert.deepEqual(three.map((s) => [s.key, ...line(s)]), [['total', '2023 derived 3.00 e']]);
});

test('years need not be consecutive: previousYear names the year compared with', () => {
  const [older, newer] = twoYears();
  older.meta.fiscalYear = 2021;
  newer.priorYear = [];
  const expenditure = find(yoySeries([newer, older], 'totals', '万元'), 'expenditure');
  assert.deepEqual(expenditure.values.map((v) => v.fiscalYear), [2021, 2024]);
  assert.equal(expenditure.previousYear, 2021);
});

test('amounts in 元 are converted exactly to 万元, and 万元 to 元', () => {
  const doc = minimalDocument();
  doc.summary = { ...doc.summary!, unit: '元', incomeGrandTotal: '1234567', expenditureGrandTotal: { total: '1234567' } };
  doc.priorYear![0] = { ...doc.priorYear![0], unit: '元', amount: '1000001' };
  const expenditure = find(yoySeries([doc], 'totals', '万元'), 'expenditure');
  assert.deepEqual(expenditure.values.map((v) => v.amount.toString()), ['100.0001', '123.4567']);
  assert.equal(expenditure.change?.amount.toString(), '23.4566');
  const inYuan = find(yoySeries([doc], 'totals', '元'), 'expenditure');
  assert.deepEqual(inYuan.values.map((v) => v.amount.toString()), ['1000001', '1234567']);
});

test('two documents of the same year are rejected', () => {
  assert.throws(
    () => yoySeries([minimalDocument(), minimalDocument()], 'totals', '万元'),
    (error: unknown) => error instanceof BudgetInputError && error.code === 'duplicate-year' && error.found === '2024',
  );
});

test('an unknown measure is rejected even without documents', () => {
  assert.throws(() => yoySeries([], 'income' as never, '万元'), (error: unknown) => error instanceof BudgetInputError && error.code === 'unknown-measure');
});

test('no documents, or none with the table, give no series', () => {
  assert.deepEqual(yoySeries([], 'totals', '万元'), []);
  assert.deepEqual(yoySeries([minimalDocument()], 'operating', '万元'), []);
});

test('sortSeries: amount by last value, change signed with new first and no change last, report as given', () => {
  const doc = (year: number, rows: [string, string][]): BudgetDocument => {
    const d = minimalDocument();
    d.meta.fiscalYear = year;
    delete d.priorYear;
    d.expenditureBySubject!.rows = rows.map(([code, total]) => ({ code, name: `类${code}`, amounts: { total, basic: total, project: '0' } }));
    return d;
  };
  const series = yoySeries(
    [
      doc(2023, [['201', '50'], ['203', '40'], ['204', '10'], ['205', '30'], ['206', '5'], ['207', '0']]),
      doc(2024, [['201', '60'], ['202', '1'], ['203', '20'], ['204', '10'], ['206', '8'], ['207', '0'], ['208', '2']]),
    ],
    'function',
    '万元',
  );
  // 208 has a value in 2024 only (the 2023 table lists no 208 → 0, so it is new, too).
  assert.deepEqual(series.map((s) => s.key), ['201', '202', '203', '204', '205', '206', '207', '208']);
  assert.deepEqual(sortSeries(series, 'report').map((s) => s.key), series.map((s) => s.key));
  assert.deepEqual(sortSeries(series, 'amount').map((s) => s.key), ['201', '203', '204', '206', '208', '202', '205', '207']);
  // new (202, 208 in given order) · +10 · +3 · 0 (204) · 0 (207, none) · −20 · −30 (discontinued).
  assert.deepEqual(sortSeries(series, 'change').map((s) => s.key), ['202', '208', '201', '206', '204', '207', '203', '205']);

  const single = yoySeries([reference], 'function', '万元');
  const mixed = [single[1], ...series.slice(0, 2)];
  assert.deepEqual(sortSeries(mixed, 'change').map((s) => s.key), ['202', '201', '208']);
  assert.notEqual(sortSeries(series, 'report'), series);
});
