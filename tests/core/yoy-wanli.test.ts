import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { BudgetCollection, BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { parseBudgetJson } from '../../src/core/validate/index.js';
import { sortSeries, yoySeries, type YoySeries } from '../../src/core/yoy.js';

// Two years of 上海市普陀区万里街道办事处 (2023, 2025): tables in 元, 三公 and 机关运行经费 in
// 万元, no 2024 document, so 2024 can come only from the 2025 说明.

/** Reads a data file and fails the test unless it validates, so a broken transcription shows here first. */
function load<T>(name: string): T {
  const result = parseBudgetJson(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
  assert.ok(result.valid, `${name}: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.value as T;
}

const collection = load<BudgetCollection>('sh-putuo-wanli.collection.json');
const documents = collection.entries.map((entry) => load<BudgetDocument>(entry.href));

function line(series: YoySeries | undefined): string[] {
  return (series?.values ?? []).map((v) => `${v.fiscalYear} ${v.basis} ${v.amount.toString()} ${v.source}`);
}

function find(series: YoySeries[], key: string): YoySeries {
  const found = series.find((s) => s.key === key);
  assert.ok(found, `no series ${key}`);
  return found;
}

test('Wanli collection: two documents of one department, 2023 and 2025', () => {
  assert.deepEqual(documents.map((d) => d.meta.fiscalYear), [2023, 2025]);
  assert.equal(new Set(documents.map((d) => d.meta.department.name)).size, 1);
});

test('Wanli totals: 元 converted exactly to 万元, 2025 compared with 2023', () => {
  const expenditure = find(yoySeries(documents, 'totals', '万元'), 'expenditure');
  assert.deepEqual(line(expenditure), ['2023 table 16497.864 表1', '2025 table 18976.7551 表1']);
  assert.equal(expenditure.previousYear, 2023);
  assert.equal(expenditure.change?.direction, 'increase');
  assert.equal(expenditure.change?.amount.toString(), '2478.8911');
  assert.equal(expenditure.change?.percent?.toFixed(2), '15.03');
});

test('Wanli split: basic +1.95%, project +34.85%', () => {
  const series = yoySeries(documents, 'split', '元');
  assert.deepEqual(line(find(series, 'basic')), ['2023 table 99406297 表3', '2025 table 101341746 表3']);
  assert.equal(find(series, 'basic').change?.percent?.toFixed(2), '1.95');
  assert.equal(find(series, 'project').change?.amount.toString(), '22853462');
  assert.equal(find(series, 'project').change?.percent?.toFixed(2), '34.85');
});

test('Wanli function: 205 教育支出 is new in 2025; 212 grows 27.24%', () => {
  const series = yoySeries(documents, 'function', '万元');
  assert.deepEqual(series.map((s) => s.key), ['201', '204', '205', '206', '207', '208', '210', '212', '221']);
  const education = find(series, '205');
  assert.equal(education.label, '教育支出');
  assert.equal(education.change?.direction, 'new');
  assert.deepEqual(line(education), ['2023 table 0 表3', '2025 table 25 表3']);
  assert.equal(find(series, '212').change?.percent?.toFixed(2), '27.24');
  assert.deepEqual(sortSeries(series, 'amount').slice(0, 2).map((s) => s.key), ['212', '208']);
});

test('Wanli operating expenses: 786.09 → 464.64 万元, −40.89%', () => {
  const [operating] = yoySeries(documents, 'operating', '万元');
  assert.deepEqual(line(operating), ['2023 table 786.09 表9', '2025 table 464.64 表9']);
  assert.equal(operating.change?.direction, 'decrease');
  assert.equal(operating.change?.amount.toFixed(2), '321.45');
  assert.equal(operating.change?.percent?.toFixed(2), '40.89');
});

test('Wanli 三公 total: 2022 and 2024 from the 说明, 2025 down 10 on 2024 (−20.87%)', () => {
  const series = yoySeries(documents, 'three-public', '万元');
  const total = find(series, 'total');
  assert.deepEqual(line(total), ['2022 derived 22.91 three-public', '2023 table 22.91 表9', '2024 derived 47.91 three-public', '2025 table 37.91 表9']);
  assert.deepEqual(total.values.map((v) => v.statedIn), [2023, undefined, 2025, undefined]);
  assert.equal(total.previousYear, 2024);
  assert.equal(total.change?.direction, 'decrease');
  assert.equal(total.change?.percent?.toFixed(2), '20.87');
  // The lines have no prior-year figures (the schema cannot name a 三公 line), so they compare 2025 with 2023.
  const purchase = find(series, 'vehiclePurchase');
  assert.deepEqual(line(purchase), ['2023 table 0 表9', '2025 table 15 表9']);
  assert.equal(purchase.change?.direction, 'new');
  assert.equal(purchase.previousYear, 2023);
});
