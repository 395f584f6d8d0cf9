import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseReadings, readingsOf, type TreeRow } from '../../src/core/import/readings.js';

// Columns: 合计, 基本支出, 项目支出. Rows as text without layout prints them: blank cells gone.
const total = (...figures: string[]): TreeRow => ({ figures, parent: null });
const row = (parent: number, ...figures: string[]): TreeRow => ({ figures, parent });

describe('readings of a row whose blank cells vanished', () => {
  test('the first figure is the 合计; the others take the remaining columns left to right', () => {
    assert.deepEqual(readingsOf(2, 3), [
      [0, 1],
      [0, 2],
    ]);
    assert.deepEqual(readingsOf(2, 4), [
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    assert.deepEqual(readingsOf(3, 3), [[0, 1, 2]]);
  });
});

describe('the sums choose the reading', () => {
  test('a 类 that is all 项目支出 is read so, as the 合计 row requires', () => {
    const rows = [
      row(-1, '100', '100'), // 201, basic or project?
      row(0, '100', '100'), // 20101
      row(-1, '50', '50'), // 208
      total('150', '50', '100'),
    ];
    const choice = chooseReadings(rows, 3)!;
    assert.deepEqual(choice.columns.slice(0, 3), [
      [0, 2],
      [0, 2],
      [0, 1],
    ]);
    assert.equal(choice.broken, 0);
    assert.deepEqual([...choice.changed].sort(), [0, 1]);
  });

  test('the reading packed to the left is kept when the sums agree with it', () => {
    const choice = chooseReadings([row(-1, '70', '70'), row(-1, '30', '30'), total('100', '100', '0')], 3)!;
    assert.deepEqual(choice.changed.size, 0);
  });

  test('two readings that agree equally well decide nothing', () => {
    // 201 and 208 are both 50: either could be the 基本支出.
    assert.equal(chooseReadings([row(-1, '50', '50'), row(-1, '50', '50'), total('100', '50', '50')], 3), null);
  });

  test("a genuine error of the report is not repaired: it breaks the same sum in every reading", () => {
    // 20101 + 20102 = 61, but 201 prints 60: no reading makes it agree.
    const rows = [row(-1, '60', '60'), row(0, '31', '31'), row(0, '30', '30'), total('60', '60', '0')];
    const choice = chooseReadings(rows, 3)!;
    assert.equal(choice.broken, 2, '合计 and 基本支出 of 201 stay broken');
    assert.equal(choice.changed.size, 0);
  });

  test('a child has nothing where its parent has 0 (amounts are never negative)', () => {
    // 201 is all 项目支出, so each of its 18 款 is too: no need to weigh 2^18 combinations.
    const rows: TreeRow[] = [row(-1, '18', '18'), ...Array.from({ length: 18 }, () => row(0, '1', '1')), total('18', '0', '18')];
    const choice = chooseReadings(rows, 3)!;
    assert.ok(choice.columns.slice(1, 19).every((r) => r[1] === 2));
  });

  test('a parent with too many undecided children gives up instead of weighing 2^30 combinations', () => {
    const rows: TreeRow[] = [row(-1, '30', '15', '15'), ...Array.from({ length: 30 }, () => row(0, '1', '1')), total('30', '15', '15')];
    assert.equal(chooseReadings(rows, 3), null);
  });
});

describe('import: text without layout (石泉路街道 2026, blank cells gone)', async () => {
  const { readFileSync } = await import('node:fs');
  const { importReportText } = await import('../../src/core/import/index.js');
  const text = readFileSync(new URL('../fixtures/sh-putuo-shiquan-2026-unit.pages.txt', import.meta.url), 'utf8');
  const result = importReportText(text);
  const doc = result.document;
  const subject = (code: string) => doc.expenditureBySubject!.rows.findIndex((r) => r.code === code);

  test('codes printed against their names are read ("2010506统计管理")', () => {
    assert.equal(doc.expenditureBySubject!.rows[subject('2010506')]!.name, '统计管理');
  });

  test('表3: one-figure rows stand where the sums put them, and say they were inferred', () => {
    const t = doc.expenditureBySubject!;
    assert.deepEqual(t.rows[subject('2010506')]!.amounts, { total: '1200', basic: '0', project: '1200' });
    assert.deepEqual(t.rows[subject('2120101')]!.amounts, { total: '16879230', basic: '16879230', project: '0' });
    assert.deepEqual(t.rows[subject('21011')]!.amounts, { total: '1025800', basic: '1025800', project: '0' });
    assert.equal(t.provenance![`rows/${subject('2010506')}`]!.inferred, true);
    assert.ok(result.warnings.some((w) => /表3：文本未保留空白单元格，\d+ 行的列按本表的合计关系确定/.test(w.message.zh)));
  });

  test('表1: 类 lines split into 人员/公用/项目 by the column sums', () => {
    const line = doc.summary!.expenditure.find((e) => e.label === '一般公共服务支出')!;
    assert.deepEqual(line.amounts, { total: '3353072', personnel: '0', publicUse: '0', project: '3353072' });
  });

  test('表2: income columns the sums cannot tell apart are settled by 表1’s income lines', () => {
    const t = doc.incomeBySubject!;
    assert.deepEqual(t.total, { total: '76306134', fiscalAppropriation: '76306134', serviceIncome: '0', businessIncome: '0', otherIncome: '0' });
    assert.ok(result.warnings.some((w) => /表2：各列位置按收支总表的各项收入和本表的合计关系确定/.test(w.message.zh)));
  });

  test('表2 without a 收支总表 to settle it keeps only its 合计 column, with a warning', () => {
    const without = importReportText(text.replace('\f2026年预算单位财务收支预算总表\n', '\f（表1 略）\n'));
    assert.equal(without.document.summary, undefined);
    assert.deepEqual(without.document.incomeBySubject!.columns.map((c) => c.key), ['total']);
    assert.ok(without.warnings.some((w) => /表\d：文本未保留空白单元格，本表的合计关系也不能确定其余数字所在的列，只导入合计列/.test(w.message.zh)));
  });
});
