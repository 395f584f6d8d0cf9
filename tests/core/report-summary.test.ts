import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BudgetInputError } from '../../src/core/errors.js';
import { reportSummary } from '../../src/core/report-summary.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';

const text = readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8');
const reference = (): BudgetDocument => JSON.parse(text);
const summary = reportSummary(reference());

test('“三公”经费: all five lines 0, with the 说明 statement and the table printed empty', () => {
  const tp = summary.threePublic;
  assert.ok(tp);
  assert.equal(tp.none, true);
  assert.equal(tp.statement, '本部门无“三公”经费预算');
  assert.equal(tp.tableStatus, 'empty');
  assert.equal(tp.source, '表10');
  assert.equal(tp.unit, '万元');
  assert.equal(tp.total.isZero(), true);
  assert.deepEqual(tp.lines.map((l) => [l.item, l.label, l.amount.toFixed(2)]), [
    ['outboundTravel', '因公出国（境）费', '0.00'],
    ['reception', '公务接待费', '0.00'],
    ['vehicles', '公务用车购置及运行费', '0.00'],
    ['vehiclePurchase', '①公务用车购置费', '0.00'],
    ['vehicleOperation', '②公务用车运行维护费', '0.00'],
  ]);
});

test('“三公”经费 with an amount is not none; no statement or table entry leaves them out', () => {
  const doc = reference();
  doc.threePublicExpenses!.lines[1].amounts.total = '1.20';
  doc.threePublicExpenses!.total.total = '1.20';
  doc.claims = doc.claims!.filter((c) => c.subject.kind !== 'threePublic');
  doc.meta.tables = doc.meta.tables.filter((t) => t.id !== '表10');
  const tp = reportSummary(doc).threePublic!;
  assert.equal(tp.none, false);
  assert.equal(tp.total.toFixed(2), '1.20');
  assert.equal(tp.lines[1].amount.toFixed(2), '1.20');
  assert.equal('statement' in tp, false);
  assert.equal('tableStatus' in tp, false);
});

test('机关运行经费 15.43 with the stated change +0.56 / 3.76% on 2023年预算', () => {
  const op = summary.operating;
  assert.ok(op);
  assert.equal(op.total.toFixed(2), '15.43');
  assert.equal(op.source, '表11');
  assert.deepEqual(op.units.map((u) => [u.name, u.amount.toFixed(2)]), [['汾阳市信访局', '15.43']]);
  assert.ok(op.change);
  assert.equal(op.change.claimId, 'operating-expenses');
  assert.equal(op.change.direction, 'increase');
  assert.equal(op.change.amount?.toFixed(2), '0.56');
  assert.equal(op.change.percent, '3.76');
  assert.equal(op.change.unit, '万元');
  assert.equal(op.change.comparedTo, '2023年预算');
  assert.equal(op.change.reason, '新增一名工作人员，导致机关运行经费增加');
});

test('without an operatingExpenses claim stating a change there is no change', () => {
  const doc = reference();
  doc.claims = doc.claims!.filter((c) => c.id !== 'operating-expenses');
  assert.equal(reportSummary(doc).operating?.change, undefined);
  assert.equal(reportSummary(doc).operating?.total.toFixed(2), '15.43');
});

test('政府采购 79.76 = 5.96 + 0 + 73.80 with shares summing to 100', () => {
  const p = summary.procurement;
  assert.ok(p);
  assert.deepEqual([p.total, p.goods, p.works, p.services].map((d) => d.toFixed(2)), ['79.76', '5.96', '0.00', '73.80']);
  assert.equal(p.goods.plus(p.works).plus(p.services).eq(p.total), true);
  assert.deepEqual(p.shares?.map((s) => s.toFixed(2)), ['7.47', '0.00', '92.53']);
  assert.equal(p.section, '九、政府采购情况');
  assert.equal(p.unit, '万元');
});

test('国有资产: no vehicles, no office area, no equipment above the thresholds', () => {
  const a = summary.assets;
  assert.ok(a);
  assert.equal(a.asOf, '2024-04-30');
  assert.equal(a.vehicles?.authorized, 0);
  assert.equal(a.vehicles?.actual, 0);
  assert.equal(a.vehicles?.byUse?.length, 7);
  assert.equal(a.officeArea?.isZero(), true);
  assert.deepEqual(a.equipment.map((e) => [e.threshold.toString(), e.thresholdUnit, e.count]), [
    ['50', '万元', 0],
    ['100', '万元', 0],
  ]);
});

test('sections the document lacks are absent', () => {
  const doc = reference();
  delete doc.threePublicExpenses;
  delete doc.operatingExpenses;
  delete doc.procurement;
  delete doc.assets;
  assert.deepEqual(reportSummary(doc), {});
});

test('a missing amount in a declared column is reported, not read as 0', () => {
  const doc = reference();
  delete doc.operatingExpenses!.units[0].amounts.total;
  assert.throws(() => reportSummary(doc), (e: unknown) => e instanceof BudgetInputError && e.code === 'missing-amount');
});
