import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importReportText } from '../../src/core/import/index.js';
import { pdfToText } from '../../src/core/import/pdf.js';
import type { BudgetDocument, BudgetSummary, SubjectTable } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { withoutProvenance } from '../fixtures/compare.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as BudgetDocument;

/** The figures of a 收支总表 without the ordinals (the hand-made Wanli documents leave them out). */
const summaryFigures = (s: BudgetSummary) => ({
  columns: s.columns,
  income: s.income.map((i) => ({ label: i.label, source: i.source, amount: i.amount })),
  incomeTotal: s.incomeTotal,
  incomeGrandTotal: s.incomeGrandTotal,
  expenditure: s.expenditure.map((e) => ({ label: e.label, amounts: e.amounts })),
  expenditureTotal: s.expenditureTotal,
  expenditureGrandTotal: s.expenditureGrandTotal,
});
const row = (table: SubjectTable | undefined, code: string) => table?.rows.find((r) => r.code === code);

for (const year of [2023, 2025]) {
  describe(`import: 万里街道 ${year} (pdftotext -layout)`, () => {
    const result = importReportText(fixture(`sh-putuo-wanli-${year}-dept.txt`));
    const doc = result.document;
    const expected = data(`sh-putuo-wanli-${year}.json`);

    test('validates; meta and the tables with their statuses', () => {
      assert.equal(validateBudgetFile(doc).valid, true);
      assert.equal(doc.meta.department.name, '上海市普陀区人民政府万里街道办事处');
      assert.equal(doc.meta.fiscalYear, year);
      assert.equal(doc.meta.kind, 'budget');
      assert.equal(doc.meta.unit, '元');
      assert.deepEqual(doc.meta.region, expected.meta.region);
      assert.equal(doc.meta.source.title, expected.meta.source.title);
      assert.deepEqual(doc.meta.tables, expected.meta.tables);
    });

    test('表1 and 表4 totals and lines', () => {
      assert.deepEqual(summaryFigures(doc.summary!), summaryFigures(expected.summary!));
      assert.deepEqual(summaryFigures(doc.fiscalAppropriationSummary!), summaryFigures(expected.fiscalAppropriationSummary!));
    });

    test('支出总表 and 一般公共预算支出表: the 类/款/项 tree from three code columns, total/basic/project', () => {
      assert.deepEqual(withoutProvenance(doc.expenditureBySubject), expected.expenditureBySubject);
      assert.deepEqual(withoutProvenance(doc.generalBudgetExpenditure), expected.generalBudgetExpenditure);
      assert.equal(doc.expenditureBySubject!.rows.length, 66);
    });

    test('“三公” and 机关运行经费 from the one-line 表9', () => {
      assert.deepEqual(withoutProvenance(doc.threePublicExpenses), expected.threePublicExpenses);
      assert.deepEqual(withoutProvenance(doc.operatingExpenses), expected.operatingExpenses);
    });

    test('政府采购 of the 说明 equals the hand-made procurement; the 说明 is read as claims (tests/core/import-statements-shanghai.test.ts)', () => {
      assert.deepEqual(doc.procurement, expected.procurement);
      assert.ok((doc.claims ?? []).length > 0);
      assert.equal(doc.departmentPerformance, undefined);
    });

    test('the 表2 income columns and 表8 by economic code are held: no warning drops them', () => {
      assert.deepEqual(doc.incomeBySubject!.columns.map((c) => c.key), ['total', 'fiscalAppropriation', 'serviceIncome', 'businessIncome', 'otherIncome']);
      assert.deepEqual(doc.incomeBySubject!.columns.map((c) => c.label), ['合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入']);
      assert.ok(!result.warnings.some((w) => /没有对应项|暂不能导入/.test(w.message.zh)));
      assert.equal(doc.basicExpenditureByEconomicCode?.table, '表8');
    });
  });
}

describe('import: 普陀区财政局 2024 决算 (万元 with separators, figures above their labels)', () => {
  const result = importReportText(fixture('sh-putuo-czj-2024-final.txt'));
  const doc = result.document;

  test('validates; meta and table statuses', () => {
    assert.equal(validateBudgetFile(doc).valid, true);
    assert.equal(doc.meta.department.name, '上海市普陀区财政局');
    assert.equal(doc.meta.fiscalYear, 2024);
    assert.equal(doc.meta.kind, 'final');
    assert.equal(doc.meta.unit, '万元');
    assert.deepEqual(
      doc.meta.tables.map((t) => `${t.id} ${t.title} ${t.status}`),
      [
        '表1 收入支出决算总表 data',
        '表2 收入决算表 data',
        '表3 支出决算表 data',
        '表4 财政拨款收入支出决算总表 data',
        '表5 一般公共预算财政拨款支出决算表 data',
        '表6 一般公共预算财政拨款基本支出决算表 data',
        '表7 财政拨款“三公”经费支出决算表 data',
        '表8 政府性基金预算财政拨款收入支出决算表 empty',
        '表9 国有资本经营预算财政拨款收入支出决算表 empty',
      ],
    );
  });

  test('收入支出决算总表 totals (hand-checked against the text)', () => {
    const s = doc.summary!;
    assert.deepEqual(s.columns, [{ key: 'total', label: '决算数' }]);
    assert.equal(s.incomeTotal, '2946.25');
    assert.equal(s.incomeGrandTotal, '2995.39');
    assert.deepEqual(s.income.filter((i) => i.amount !== '0').map((i) => [i.label, i.amount]), [
      ['一般公共预算财政拨款收入', '2940.05'],
      ['其他收入', '6.20'],
    ]);
    assert.deepEqual(s.carryOverIncome?.find((i) => i.label === '年初结转和结余')?.amount, '49.14');
    assert.deepEqual(s.expenditureTotal, { total: '2940.05' });
    assert.deepEqual(s.yearEndCarryOver, { total: '55.34' });
    assert.deepEqual(s.expenditureGrandTotal, { total: '2995.39' });
    assert.deepEqual(s.expenditure.filter((e) => e.amounts.total !== '0').map((e) => [e.ordinal, e.label, e.amounts.total]), [
      [1, '一般公共服务支出', '2106.66'],
      [8, '社会保障和就业支出', '326.71'],
      [9, '卫生健康支出', '60.99'],
      [19, '住房保障支出', '445.69'],
    ]);
  });

  test('支出决算表: figures printed above their labels land in the right columns', () => {
    const t = doc.expenditureBySubject!;
    // 上缴上级支出, 经营支出 and 对附属单位补助支出 are printed and blank.
    const extras = { remittanceToSuperior: '0', businessExpenditure: '0', subsidiaryGrants: '0' };
    assert.deepEqual(t.total, { total: '2940.05', basic: '2336.91', project: '603.14', ...extras });
    assert.deepEqual(row(t, '201')?.amounts, { total: '2106.66', basic: '1503.52', project: '603.14', ...extras });
    assert.deepEqual(row(t, '2010601')?.amounts, { total: '1511.89', basic: '1503.52', project: '8.37', ...extras });
    assert.deepEqual(row(t, '2010602')?.amounts, { total: '10.00', basic: '0', project: '10.00', ...extras });
    assert.deepEqual(row(t, '2010607')?.amounts, { total: '135.25', basic: '0', project: '135.25', ...extras });
    assert.deepEqual(row(t, '2080505'), { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amounts: { total: '160.75', basic: '160.75', project: '0', ...extras } });
    assert.deepEqual(row(t, '2210203')?.amounts, { total: '258.50', basic: '258.50', project: '0', ...extras });
    assert.equal(t.rows.length, 19);
    assert.deepEqual(t.columns.map((c) => c.label), ['合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  test('一般公共预算财政拨款支出决算表: tree and basic/project split with blank cells', () => {
    const t = doc.generalBudgetExpenditure!;
    assert.deepEqual(t.total, { total: '2940.05', basic: '2336.91', project: '603.14' });
    assert.deepEqual(t.rows.map((r) => r.code), doc.expenditureBySubject!.rows.map((r) => r.code));
    assert.deepEqual(row(t, '2010608')?.amounts, { total: '449.52', basic: '0', project: '449.52' });
    assert.deepEqual(row(t, '2080506')?.name, '机关事业单位职业年金缴费支出');
  });

  test('收入决算表: the income columns of the 决算 template, wrapped names', () => {
    const t = doc.incomeBySubject!;
    assert.deepEqual(t.columns.map((c) => c.key), ['total', 'fiscalAppropriation', 'superiorSubsidy', 'serviceIncome', 'businessIncome', 'subsidiaryRemittance', 'otherIncome']);
    assert.deepEqual(t.columns.map((c) => c.label), ['合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    assert.equal(t.total.total, '2946.25');
    assert.equal(t.total.fiscalAppropriation, '2940.05');
    assert.equal(row(t, '2010602')?.amounts.total, '16.19');
    assert.equal(row(t, '2080506')?.name, '机关事业单位职业年金缴费支出');
  });

  // The 6.20 stands under 其他收入 (the PDF route places it there), but in this text no row fills
  // every column and the wrapped header "附属单 / 位上 / 缴收入" collides with its neighbours. 表1's
  // income lines (其他收入 6.20, 上级补助收入 blank) and the table's sums settle it.
  test('收入决算表: columns the layout cannot show are settled by 表1’s income lines, marked inferred', () => {
    const t = doc.incomeBySubject!;
    assert.deepEqual(t.total, { total: '2946.25', fiscalAppropriation: '2940.05', superiorSubsidy: '0', serviceIncome: '0', businessIncome: '0', subsidiaryRemittance: '0', otherIncome: '6.20' });
    assert.deepEqual(row(t, '2010602')?.amounts, { total: '16.19', fiscalAppropriation: '10.00', superiorSubsidy: '0', serviceIncome: '0', businessIncome: '0', subsidiaryRemittance: '0', otherIncome: '6.19' });
    assert.ok(result.warnings.some((w) => /表2：各列位置按收支总表的各项收入和本表的合计关系确定/.test(w.message.zh)));
    assert.equal(t.provenance?.total?.inferred, true);
  });

  test('“三公” 预算数/决算数 pairs keep the 决算数 and say so', () => {
    assert.deepEqual(doc.threePublicExpenses?.total, { total: '0' });
    assert.ok(result.warnings.some((w) => /决算数/.test(w.message.zh) && /表7/.test(w.message.zh)));
  });

  test('财政拨款收入支出决算总表: totals printed on the line above their labels, one to each side', () => {
    const t = doc.fiscalAppropriationSummary!;
    assert.equal(t.incomeTotal, '2940.05');
    assert.equal(t.incomeGrandTotal, '2961.68');
    assert.equal(t.expenditureTotal.total, '2940.05');
    assert.equal(t.expenditureTotal.generalPublicBudget, '2940.05');
    assert.deepEqual(t.expenditure.find((e) => e.label === '住房保障支出')?.amounts.total, '445.69');
  });
});

describe('import: 上海市财政局 2025 单位预算 (元 with separators, blank cells)', () => {
  const result = importReportText(fixture('sh-city-czj-2025-unit.txt'));
  const doc = result.document;

  test('validates; meta', () => {
    assert.equal(validateBudgetFile(doc).valid, true);
    assert.equal(doc.meta.department.name, '上海市财政局');
    assert.equal(doc.meta.scope, 'unit');
    assert.equal(doc.meta.kind, 'budget');
    assert.equal(doc.meta.unit, '元');
    assert.equal(doc.meta.tables.length, 9);
    assert.deepEqual(doc.meta.tables.filter((t) => t.status === 'empty').map((t) => t.id), ['表6', '表7']);
    assert.equal(doc.meta.tables[8]!.unit, '万元');
  });

  test('财务收支预算总表: 合计, 人员经费, 公用经费, 项目支出', () => {
    const s = doc.summary!;
    assert.deepEqual(s.columns.map((c) => c.key), ['total', 'personnel', 'publicUse', 'project']);
    assert.equal(s.incomeTotal, '171915169');
    assert.deepEqual(s.expenditure[0]!.amounts, { total: '127886849', personnel: '60330260', publicUse: '24531459', project: '43025130' });
    assert.deepEqual(s.expenditure[2]!.amounts, { total: '4668000', personnel: '4620000', publicUse: '0', project: '48000' });
    assert.deepEqual(s.expenditureGrandTotal, { total: '171915169', personnel: '102464260', publicUse: '25177779', project: '44273130' });
    assert.equal(doc.fiscalAppropriationSummary!.incomeGrandTotal, '171915169');
  });

  test('支出预算总表 and 一般公共预算支出表: blank cells are zeros in the right column', () => {
    for (const t of [doc.expenditureBySubject!, doc.generalBudgetExpenditure!]) {
      assert.deepEqual(t.total, { total: '171915169', basic: '127642039', project: '44273130' });
      assert.equal(t.rows.length, 23);
      assert.deepEqual(row(t, '2010601')?.amounts, { total: '84861719', basic: '84861719', project: '0' });
      assert.deepEqual(row(t, '2010602')?.amounts, { total: '28544130', basic: '0', project: '28544130' });
      assert.deepEqual(row(t, '2109999')?.amounts, { total: '48000', basic: '0', project: '48000' });
      assert.deepEqual(row(t, '208')?.amounts, { total: '17560320', basic: '16360320', project: '1200000' });
    }
  });

  test('三公 and 机关运行经费 in one table, the blank 购置费 is zero', () => {
    const three = doc.threePublicExpenses!;
    assert.equal(three.unit, '万元');
    assert.deepEqual(three.total, { total: '346.30' });
    assert.deepEqual(Object.fromEntries(three.lines.map((l) => [l.item, l.amounts.total])), {
      outboundTravel: '288.70',
      reception: '25.40',
      vehicles: '32.20',
      vehiclePurchase: '0',
      vehicleOperation: '32.20',
    });
    assert.deepEqual(doc.operatingExpenses!.total, { total: '2517.78' });
  });
});

describe('import: provenance of table rows', () => {
  test('each row of a 科目 table names the line and page it was read from', () => {
    const t = importReportText(fixture('sh-putuo-wanli-2025-dept.txt')).document.expenditureBySubject!;
    const index = t.rows.findIndex((r) => r.code === '2120101');
    assert.deepEqual(t.provenance?.[`rows/${index}`], { line: 416, page: 17 });
    assert.equal(Object.keys(t.provenance!).length, t.rows.length + 1, 'every row and the total');
  });
});

describe('import: PDF input (pdfjs-dist) gives the figures of the text route', () => {
  test('万里街道 2025 PDF', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/sh-putuo-wanli-2025-dept.pdf', import.meta.url)));
    const fromPdf = importReportText(await pdfToText(bytes)).document;
    const fromText = importReportText(fixture('sh-putuo-wanli-2025-dept.txt')).document;
    assert.equal(validateBudgetFile(fromPdf).valid, true);
    assert.deepEqual(fromPdf.meta.tables, fromText.meta.tables);
    assert.equal(fromPdf.meta.department.name, fromText.meta.department.name);
    for (const key of ['summary', 'expenditureBySubject', 'fiscalAppropriationSummary', 'generalBudgetExpenditure', 'threePublicExpenses', 'operatingExpenses'] as const) {
      assert.deepEqual(withoutProvenance(fromPdf[key]), withoutProvenance(fromText[key]), key);
    }
    // Rows are traced to the page of the PDF they were read from.
    const row = fromPdf.expenditureBySubject!.rows.findIndex((r) => r.code === '2120101');
    assert.equal(fromPdf.expenditureBySubject!.provenance?.[`rows/${row}`]?.page, fromText.expenditureBySubject!.provenance?.[`rows/${row}`]?.page);
  });
});
