import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ImportContext } from '../../src/core/import/context.js';
import { settleIncomeColumns } from '../../src/core/import/income-columns.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';

/** A 收入总表 whose 6.20 was guessed under 上级补助收入, beside a 收支总表 that states 其他收入 6.20. */
function documentWith(otherIncome: string): BudgetDocument {
  const columns = [
    { key: 'total', label: '合计' },
    { key: 'fiscalAppropriation', label: '财政拨款收入' },
    { key: 'superiorSubsidy', label: '上级补助收入' },
    { key: 'otherIncome', label: '其他收入' },
  ];
  return {
    summary: {
      income: [
        { label: '一般公共预算财政拨款收入', amount: '100.00' },
        { label: '上级补助收入', amount: '0' },
        { label: '其他收入', amount: otherIncome },
      ],
      incomeTotal: '106.20',
    },
    incomeBySubject: {
      table: '表2',
      provenance: { total: { line: 9, inferred: true } },
      unit: '万元',
      columns,
      total: { total: '106.20', fiscalAppropriation: '100.00', superiorSubsidy: '6.20', otherIncome: '0' },
      rows: [
        { code: '201', name: '一般公共服务支出', amounts: { total: '106.20', fiscalAppropriation: '100.00', superiorSubsidy: '6.20', otherIncome: '0' } },
        { code: '20106', name: '财政事务', amounts: { total: '106.20', fiscalAppropriation: '100.00', superiorSubsidy: '6.20', otherIncome: '0' } },
      ],
    },
  } as unknown as BudgetDocument;
}

describe('guessed income columns settled by the 收支总表', () => {
  test('the 合计 row takes the columns 表1 states, and its rows follow by the sums', () => {
    const doc = documentWith('6.20');
    const ctx = new ImportContext();
    settleIncomeColumns(doc, ctx);
    assert.deepEqual(doc.incomeBySubject!.total, { total: '106.20', fiscalAppropriation: '100.00', superiorSubsidy: '0', otherIncome: '6.20' });
    assert.deepEqual(doc.incomeBySubject!.rows[1]!.amounts, { total: '106.20', fiscalAppropriation: '100.00', superiorSubsidy: '0', otherIncome: '6.20' });
    assert.equal(ctx.warnings[0]!.line, 9);
  });

  test('figures that are not the 合计 row’s own, only moved, leave the guess as it is', () => {
    const doc = documentWith('6.10'); // 表1 does not add up to the same figures
    settleIncomeColumns(doc, new ImportContext());
    assert.equal(doc.incomeBySubject!.total.superiorSubsidy, '6.20');
  });
});
