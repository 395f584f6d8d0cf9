/**
 * 一般公共预算基本支出 by economic code (basicExpenditureByEconomicCode): every corpus report that
 * prints the table, against figures read by hand from its text (pdftotext -layout); the report's
 * own sums verified here with decimal.js; malformed codes in the importer and the validator; the
 * rules economic-code-sums and economic-vs-summary on small hand-made documents; and the 表2
 * income columns and the 决算 expenditure columns in columns-sum and basic-plus-project.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Decimal from 'decimal.js';
import { checkDocument, RULES, type Finding } from '../../src/core/check/index.js';
import { importReportText, type ImportResult } from '../../src/core/import/index.js';
import { pdfToText } from '../../src/core/import/pdf.js';
import type { Amounts, BudgetDocument, EconomicCodeRow, EconomicCodeTable } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const imported = new Map<string, ImportResult>();
function importFixture(name: string): ImportResult {
  if (!imported.has(name)) imported.set(name, importReportText(fixture(name)));
  return imported.get(name)!;
}

/** A budget row as printed: code, name, amount, and whether it stands under 人员经费 (p) or 公用经费 (u). */
type Printed = [code: string, name: string, amount: string, side: 'p' | 'u'];

/** The row's amounts: 合计 and its column; `zero` is the other column as printed ("0" for a blank cell). */
function budgetRow([code, name, amount, side]: Printed, zero: string): EconomicCodeRow {
  const amounts = side === 'p' ? { total: amount, personnel: amount, publicUse: zero } : { total: amount, personnel: zero, publicUse: amount };
  return { code, name, amounts };
}

const D = (x: string) => new Decimal(x);
const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));

/**
 * The report's own arithmetic, with decimal.js: Σ 类 = 合计 and each 类 = Σ its 款 in every
 * column, 合计 = 人员经费 + 公用经费 in every row. Returns the differences that are not zero
 * ("302 publicUse 1"), so a test states exactly the report's inconsistencies.
 */
function ownSums(rows: EconomicCodeRow[], total: Amounts | undefined): string[] {
  const out: string[] = [];
  const keys = Object.keys(rows[0]!.amounts) as (keyof Amounts)[];
  const classes = rows.filter((r) => r.code.length === 3);
  if (total) {
    for (const k of keys) {
      const d = D(total[k]!).minus(sum(classes.map((r) => r.amounts[k]!)));
      if (!d.isZero()) out.push(`total ${k} ${d.toString()}`);
    }
  }
  for (const c of classes) {
    const sections = rows.filter((r) => r.code.length === 5 && r.code.startsWith(c.code) && r.part === c.part);
    if (sections.length === 0) continue;
    for (const k of keys) {
      const d = D(c.amounts[k]!).minus(sum(sections.map((r) => r.amounts[k]!)));
      if (!d.isZero()) out.push(`${c.code} ${k} ${d.toString()}`);
    }
  }
  for (const r of [...rows.map((x) => x.amounts), ...(total ? [total] : [])]) {
    if (r.personnel === undefined) continue;
    assert.ok(D(r.total!).eq(D(r.personnel).plus(r.publicUse!)), `合计 = 人员经费 + 公用经费 in ${JSON.stringify(r)}`);
  }
  return out;
}

const rowsOnly = (t: EconomicCodeTable) => t.rows.map(({ code, name, amounts, part }) => ({ code, name, amounts, ...(part ? { part } : {}) }));

interface BudgetCase {
  file: string;
  title: string;
  zero: string;
  rows: Printed[];
  total: [string, string, string];
  /** The report's own inconsistencies (see ownSums). */
  inconsistencies: string[];
  lines: Record<string, number>;
}

const BUDGETS: BudgetCase[] = [
  {
    file: 'sh-city-czj-2025-unit.txt',
    title: '上海市财政局 2025 单位预算 表8 (元, blank cells, runs over three pages)',
    zero: '0',
    rows: [
      ['301', '工资福利支出', '98950260', 'p'],
      ['30101', '基本工资', '13150000', 'p'],
      ['30102', '津贴补贴', '57583760', 'p'],
      ['30103', '奖金', '1200000', 'p'],
      ['30108', '机关事业单位基本养老保险缴费', '8000000', 'p'],
      ['30109', '职业年金缴费', '4200000', 'p'],
      ['30110', '职工基本医疗保险缴费', '3300000', 'p'],
      ['30111', '公务员医疗补助缴费', '1320000', 'p'],
      ['30112', '其他社会保障缴费', '80000', 'p'],
      ['30113', '住房公积金', '10000000', 'p'],
      ['30199', '其他工资福利支出', '116500', 'p'],
      ['302', '商品和服务支出', '24840779', 'u'],
      ['30201', '办公费', '1000000', 'u'],
      ['30202', '印刷费', '50000', 'u'],
      ['30205', '水费', '400000', 'u'],
      ['30206', '电费', '800000', 'u'],
      ['30207', '邮电费', '1000000', 'u'],
      ['30209', '物业管理费', '9265733', 'u'],
      ['30211', '差旅费', '1000000', 'u'],
      ['30212', '因公出国（境）费用', '2887000', 'u'],
      ['30213', '维修(护)费', '600000', 'u'],
      ['30215', '会议费', '363800', 'u'],
      ['30216', '培训费', '70000', 'u'],
      ['30217', '公务接待费', '191000', 'u'],
      ['30226', '劳务费', '50000', 'u'],
      ['30228', '工会经费', '1441005', 'u'],
      ['30229', '福利费', '1607040', 'u'],
      ['30231', '公务用车运行维护费', '322000', 'u'],
      ['30239', '其他交通费用', '2600000', 'u'],
      ['30299', '其他商品和服务支出', '1193200', 'u'],
      ['303', '对个人和家庭的补助', '3514000', 'p'],
      ['30302', '退休费', '3514000', 'p'],
      ['310', '资本性支出', '337000', 'u'],
      ['31002', '办公设备购置', '337000', 'u'],
    ],
    total: ['127642039', '102464260', '25177779'],
    // 302 prints 24,840,779 but its 18 款 add up to 24,840,778.
    inconsistencies: ['302 total 1', '302 publicUse 1'],
    lines: { 'rows/0': 259, 'rows/11': 270, total: 301 },
  },
  {
    file: 'sh-putuo-czj-2025-dept.txt',
    title: '普陀区财政局 2025 部门预算 表8 (元 with 分, 0.00 printed)',
    zero: '0.00',
    rows: [
      ['301', '工资福利支出', '22109516.00', 'p'],
      ['30101', '基本工资', '2642448.00', 'p'],
      ['30102', '津贴补贴', '13012070.00', 'p'],
      ['30108', '机关事业单位基本养老保险缴费', '1748327.00', 'p'],
      ['30109', '职业年金缴费', '873617.00', 'p'],
      ['30110', '职工基本医疗保险缴费', '782164.00', 'p'],
      ['30112', '其他社会保障缴费', '28428.00', 'p'],
      ['30113', '住房公积金', '2049197.00', 'p'],
      ['30199', '其他工资福利支出', '973265.00', 'p'],
      ['302', '商品和服务支出', '2204335.00', 'u'],
      ['30201', '办公费', '170000.00', 'u'],
      ['30202', '印刷费', '120000.00', 'u'],
      ['30204', '手续费', '1000.00', 'u'],
      ['30207', '邮电费', '50000.00', 'u'],
      ['30211', '差旅费', '20000.00', 'u'],
      ['30213', '维修（护）费', '50000.00', 'u'],
      ['30215', '会议费', '10000.00', 'u'],
      ['30216', '培训费', '30000.00', 'u'],
      ['30217', '公务接待费', '9500.00', 'u'],
      ['30226', '劳务费', '30000.00', 'u'],
      ['30227', '委托业务费', '100000.00', 'u'],
      ['30228', '工会经费', '258915.00', 'u'],
      ['30229', '福利费', '436320.00', 'u'],
      ['30239', '其他交通费用', '506480.00', 'u'],
      ['30299', '其他商品和服务支出', '412120.00', 'u'],
      ['303', '对个人和家庭的补助', '717240.00', 'p'],
      ['30302', '退休费', '717240.00', 'p'],
      ['310', '资本性支出', '90000.00', 'u'],
      ['31002', '办公设备购置', '90000.00', 'u'],
    ],
    total: ['25121091.00', '22826756.00', '2294335.00'],
    inconsistencies: [],
    lines: { 'rows/0': 330, total: 379 },
  },
  {
    file: 'sh-putuo-qzfb-2025-dept.txt',
    title: '普陀区人民政府办公室 2025 部门预算 表8 (blank cells; the two pages laid out differently)',
    zero: '0',
    rows: [
      ['301', '工资福利支出', '21170337.81', 'p'],
      ['30101', '基本工资', '2540192.00', 'p'],
      ['30102', '津贴补贴', '9572367.00', 'p'],
      ['30107', '绩效工资', '2335998.00', 'p'],
      ['30108', '机关事业单位基本养老保险缴费', '1763159.52', 'p'],
      ['30109', '职业年金缴费', '881579.76', 'p'],
      ['30110', '职工基本医疗保险缴费', '1097073.43', 'p'],
      ['30112', '其他社会保障缴费', '45013.88', 'p'],
      ['30113', '住房公积金', '1741445.22', 'p'],
      ['30199', '其他工资福利支出', '1193509.00', 'p'],
      ['302', '商品和服务支出', '1932777.54', 'u'],
      ['30201', '办公费', '259400.00', 'u'],
      ['30202', '印刷费', '20000.00', 'u'],
      ['30204', '手续费', '2000.00', 'u'],
      ['30207', '邮电费', '30000.00', 'u'],
      ['30211', '差旅费', '50000.00', 'u'],
      ['30215', '会议费', '10000.00', 'u'],
      ['30216', '培训费', '30000.00', 'u'],
      ['30217', '公务接待费', '185000.00', 'u'],
      ['30226', '劳务费', '30000.00', 'u'],
      ['30228', '工会经费', '248117.54', 'u'],
      ['30229', '福利费', '483840.00', 'u'],
      ['30239', '其他交通费用', '379600.00', 'u'],
      ['30299', '其他商品和服务支出', '204820.00', 'u'],
      ['303', '对个人和家庭的补助', '1303660.00', 'p'],
      ['30301', '离休费', '114940.00', 'p'],
      ['30302', '退休费', '1188720.00', 'p'],
      ['310', '资本性支出', '200000.00', 'u'],
      ['31002', '办公设备购置', '200000.00', 'u'],
    ],
    total: ['24606775.35', '22473997.81', '2132777.54'],
    inconsistencies: [],
    lines: { 'rows/0': 312, total: 357 },
  },
  {
    file: 'sh-putuo-wanli-2023-dept.txt',
    title: '万里街道 2023 部门预算 表8 (元, blank cells)',
    zero: '0',
    rows: [
      ['301', '工资福利支出', '83847385', 'p'],
      ['30101', '基本工资', '5668416', 'p'],
      ['30102', '津贴补贴', '16743933', 'p'],
      ['30107', '绩效工资', '10302736', 'p'],
      ['30108', '机关事业单位基本养老保险缴费', '4412547', 'p'],
      ['30109', '职业年金缴费', '2206272', 'p'],
      ['30110', '职工基本医疗保险缴费', '2895732', 'p'],
      ['30112', '其他社会保障缴费', '206947', 'p'],
      ['30113', '住房公积金', '3526694', 'p'],
      ['30199', '其他工资福利支出', '37884108', 'p'],
      ['302', '商品和服务支出', '15381432', 'u'],
      ['30201', '办公费', '5811753', 'u'],
      ['30204', '手续费', '30000', 'u'],
      ['30205', '水费', '142500', 'u'],
      ['30206', '电费', '710000', 'u'],
      ['30207', '邮电费', '390000', 'u'],
      ['30209', '物业管理费', '3013200', 'u'],
      ['30211', '差旅费', '80000', 'u'],
      ['30214', '租赁费', '1990014', 'u'],
      ['30215', '会议费', '30000', 'u'],
      ['30216', '培训费', '83000', 'u'],
      ['30217', '公务接待费', '13500', 'u'],
      ['30227', '委托业务费', '150000', 'u'],
      ['30228', '工会经费', '580885', 'u'],
      ['30229', '福利费', '695520', 'u'],
      ['30231', '公务用车运行维护费', '215600', 'u'],
      ['30239', '其他交通费用', '698880', 'u'],
      ['30299', '其他商品和服务支出', '746580', 'u'],
      ['303', '对个人和家庭的补助', '177480', 'p'],
      ['30302', '退休费', '177480', 'p'],
    ],
    total: ['99406297', '84024865', '15381432'],
    inconsistencies: [],
    lines: {},
  },
  {
    file: 'sh-putuo-wanli-2025-dept.txt',
    title: '万里街道 2025 部门预算 表8 (元, zeros printed)',
    zero: '0',
    rows: [
      ['301', '工资福利支出', '90238584', 'p'],
      ['30101', '基本工资', '6084184', 'p'],
      ['30102', '津贴补贴', '18149307', 'p'],
      ['30107', '绩效工资', '11610630', 'p'],
      ['30108', '机关事业单位基本养老保险缴费', '4827156', 'p'],
      ['30109', '职业年金缴费', '2413577', 'p'],
      ['30110', '职工基本医疗保险缴费', '3016973', 'p'],
      ['30112', '其他社会保障缴费', '165128', 'p'],
      ['30113', '住房公积金', '3846732', 'p'],
      ['30199', '其他工资福利支出', '40124897', 'p'],
      ['302', '商品和服务支出', '10827702', 'u'],
      ['30201', '办公费', '4333478', 'u'],
      ['30204', '手续费', '10000', 'u'],
      ['30205', '水费', '106000', 'u'],
      ['30206', '电费', '325000', 'u'],
      ['30207', '邮电费', '357000', 'u'],
      ['30209', '物业管理费', '1143816', 'u'],
      ['30211', '差旅费', '80000', 'u'],
      ['30213', '维修(护)费', '276000', 'u'],
      ['30214', '租赁费', '581200', 'u'],
      ['30215', '会议费', '30000', 'u'],
      ['30216', '培训费', '83000', 'u'],
      ['30217', '公务接待费', '13500', 'u'],
      ['30227', '委托业务费', '249500', 'u'],
      ['30228', '工会经费', '638846', 'u'],
      ['30229', '福利费', '738720', 'u'],
      ['30231', '公务用车运行维护费', '215600', 'u'],
      ['30239', '其他交通费用', '742560', 'u'],
      ['30299', '其他商品和服务支出', '903482', 'u'],
      ['303', '对个人和家庭的补助', '275460', 'p'],
      ['30302', '退休费', '275460', 'p'],
    ],
    total: ['101341746', '90514044', '10827702'],
    inconsistencies: [],
    lines: {},
  },
];

for (const c of BUDGETS) {
  describe(`economic table by code: ${c.title}`, () => {
    const expectedRows = c.rows.map((r) => budgetRow(r, c.zero));
    const [total, personnel, publicUse] = c.total;

    test('the report’s own sums, by hand with decimal.js', () => {
      assert.deepEqual(ownSums(expectedRows, { total, personnel, publicUse }), c.inconsistencies);
    });

    test('imported: every row, the 合计 row, columns and classification; the document validates', () => {
      const { document: doc } = importFixture(c.file);
      assert.equal(validateBudgetFile(doc).valid, true);
      const t = doc.basicExpenditureByEconomicCode!;
      assert.equal(t.table, '表8');
      assert.equal(t.unit, '元');
      assert.equal(t.classification, 'department');
      assert.deepEqual(t.columns, [{ key: 'total', label: '合计' }, { key: 'personnel', label: '人员经费' }, { key: 'publicUse', label: '公用经费' }]);
      assert.deepEqual(t.total, { total, personnel, publicUse });
      assert.deepEqual(rowsOnly(t), expectedRows);
    });

    test('provenance: a line and page for every row and the total', () => {
      const t = importFixture(c.file).document.basicExpenditureByEconomicCode!;
      const p = t.provenance!;
      assert.deepEqual(Object.keys(p).sort(), ['total', ...t.rows.map((_, i) => `rows/${i}`)].sort());
      for (const ref of Object.values(p)) assert.ok(ref!.line > 0 && ref!.page! > 0);
      for (const [key, line] of Object.entries(c.lines)) assert.equal(p[key]!.line, line, key);
      const lines = fixture(c.file).split('\n');
      t.rows.forEach((row, i) => assert.ok(lines[p[`rows/${i}`]!.line - 1]!.includes(row.code.slice(0, 3)), `rows/${i} points at the line of ${row.code}`));
    });

    test('check: economic-code-sums reports exactly the report’s inconsistencies; economic-vs-summary nothing', () => {
      const findings = checkDocument(importFixture(c.file).document, RULES.filter((r) => r.id === 'economic-code-sums' || r.id === 'economic-vs-summary'));
      if (c.inconsistencies.length === 0) assert.deepEqual(findings, []);
      else {
        assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.difference]), [['economic-code-sums', 'error', '1']]);
        assert.deepEqual(findings[0]!.figures.map((f) => [f.label, f.amount, f.path]), [
          ['表8 302 商品和服务支出 合计', '24840779', '$.basicExpenditureByEconomicCode.rows[11].amounts.total'],
          ['Σ 其 18 个款 合计', '24840778', '$.basicExpenditureByEconomicCode.rows'],
          ['表8 302 商品和服务支出 公用经费', '24840779', '$.basicExpenditureByEconomicCode.rows[11].amounts.publicUse'],
          ['Σ 其 18 个款 公用经费', '24840778', '$.basicExpenditureByEconomicCode.rows'],
        ]);
      }
    });
  });
}

describe('economic table by code: 普陀区财政局 2024 决算 表6 (人员经费 and 公用经费 as two halves side by side)', () => {
  const personnelHalf: [string, string, string][] = [
    ['301', '工资福利支出', '2082.85'],
    ['30101', '基本工资', '262.33'],
    ['30102', '津贴补贴', '1238.58'],
    ['30103', '奖金', '0'],
    ['30106', '伙食补助费', '0'],
    ['30107', '绩效工资', '0'],
    ['30108', '机关事业单位基本养老保险缴费', '160.75'],
    ['30109', '职业年金缴费', '80.38'],
    ['30110', '职工基本医疗保险缴费', '60.99'],
    ['30111', '公务员医疗补助缴费', '0'],
    ['30112', '其他社会保障缴费', '1.61'],
    ['30113', '住房公积金', '187.19'],
    ['30114', '医疗费', '0'],
    ['30199', '其他工资福利支出', '91.03'],
    ['303', '对个人和家庭的补助', '69.41'],
    ['30301', '离休费', '0'],
    ['30302', '退休费', '69.10'],
    ['30303', '退职（役）费', '0'],
    ['30304', '抚恤金', '0'],
    ['30305', '生活补助', '0'],
    ['30307', '医疗费补助', '0'],
    ['30308', '助学金', '0'],
    ['30309', '奖励金', '0.31'],
    ['30310', '个人农业生产补贴', '0'],
    ['30311', '代缴社会保险费', '0'],
    ['30399', '其他对个人和家庭的补助', '0'],
  ];
  const publicUseHalf: [string, string, string][] = [
    ['302', '商品和服务支出', '171.07'],
    ['30201', '办公费', '21.21'],
    ['30202', '印刷费', '7.61'],
    ['30203', '咨询费', '0'],
    ['30204', '手续费', '0.09'],
    ['30205', '水费', '0'],
    ['30206', '电费', '0'],
    ['30207', '邮电费', '4.88'],
    ['30208', '取暖费', '0'],
    ['30209', '物业管理费', '0'],
    ['30211', '差旅费', '1.20'],
    ['30212', '因公出国（境）费用', '0'],
    ['30213', '维修（护）费', '2.83'],
    ['30214', '租赁费', '0'],
    ['30215', '会议费', '0'],
    ['30216', '培训费', '4.05'],
    ['30217', '公务接待费', '0'],
    ['30218', '专用材料费', '0'],
    ['30224', '被装购置费', '0'],
    ['30225', '专用燃料费', '0'],
    ['30226', '劳务费', '2.01'],
    ['30227', '委托业务费', '0'],
    ['30228', '工会经费', '24.42'],
    ['30229', '福利费', '42.77'],
    ['30231', '公务用车运行维护费', '0'],
    ['30239', '其他交通费用', '48.49'],
    ['30240', '税金及附加费用', '0'],
    ['30299', '其他商品和服务支出', '11.53'],
    ['310', '资本性支出', '13.58'],
    ['31001', '房屋建筑物购建', '0'],
    ['31002', '办公设备购置', '13.58'],
    ['31003', '专用设备购置', '0'],
    ['31007', '信息网络及软件购置更新', '0'],
    ['31013', '公务用车购置', '0'],
    ['31019', '其他交通工具购置', '0'],
    ['31021', '文物和陈列品购置', '0'],
    ['31022', '无形资产购置', '0'],
    ['31099', '其他资本性支出', '0'],
  ];
  const expectedRows: EconomicCodeRow[] = [
    ...personnelHalf.map(([code, name, total]): EconomicCodeRow => ({ code, name, amounts: { total }, part: 'personnel' })),
    ...publicUseHalf.map(([code, name, total]): EconomicCodeRow => ({ code, name, amounts: { total }, part: 'publicUse' })),
  ];
  const file = 'sh-putuo-czj-2024-final.txt';

  test('the report’s own sums, by hand with decimal.js: 类 = Σ 款 within 0.01 / 0.02 of rounding; each half’s total = Σ its 类', () => {
    // 301: Σ 款 = 2082.86 against 2082.85; 302: Σ 款 = 171.09 against 171.07 (13 and 27 figures to 0.01).
    assert.deepEqual(ownSums(expectedRows, undefined), ['301 total -0.01', '302 total -0.02']);
    assert.equal(sum(['2082.85', '69.41']).toFixed(2), '2152.26');
    assert.equal(sum(['171.07', '13.58']).toFixed(2), '184.65');
    assert.equal(sum(['2152.26', '184.65']).toFixed(2), '2336.91');
  });

  test('imported: both halves, names wrapped over lines joined, 款 codes printed below their 类 code', () => {
    const { document: doc, warnings } = importFixture(file);
    assert.equal(validateBudgetFile(doc).valid, true);
    const t = doc.basicExpenditureByEconomicCode!;
    assert.equal(t.table, '表6');
    assert.equal(t.unit, '万元');
    assert.equal(t.classification, 'department');
    assert.deepEqual(t.columns, [{ key: 'total', label: '决算数' }]);
    assert.equal(t.total, undefined);
    assert.deepEqual(t.personnelTotal, { total: '2152.26' });
    assert.deepEqual(t.publicUseTotal, { total: '184.65' });
    assert.deepEqual(rowsOnly(t), expectedRows);
    assert.ok(!warnings.some((w) => /表6/.test(w.message.zh)), 'no warning about 表6');
  });

  test('provenance: the code line of each row, the line of the two totals', () => {
    const p = importFixture(file).document.basicExpenditureByEconomicCode!.provenance!;
    assert.deepEqual(p['rows/0'], { line: 341, page: 16 });
    assert.deepEqual(p['rows/1'], { line: 345, page: 16 });
    assert.deepEqual(p['rows/26'], { line: 341, page: 16 }, '302 stands on the line of 301');
    assert.deepEqual(p.personnelTotal, { line: 478, page: 17 });
    assert.deepEqual(p.publicUseTotal, { line: 478, page: 17 });
  });

  test('check: only the two roundings of the report, and 表5’s 基本支出 = 人员经费合计 + 公用经费合计', () => {
    const findings = checkDocument(importFixture(file).document, RULES.filter((r) => r.id === 'economic-code-sums' || r.id === 'economic-vs-summary'));
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.difference, f.figures[0]!.path]), [
      ['economic-code-sums', 'rounding', '-0.01', '$.basicExpenditureByEconomicCode.rows[0].amounts.total'],
      ['economic-code-sums', 'rounding', '-0.02', '$.basicExpenditureByEconomicCode.rows[26].amounts.total'],
    ]);
  });
});

describe('economic table by code: 石泉路街道 2026 (text without layout)', () => {
  const file = 'sh-putuo-shiquan-2026-unit.pages.txt';

  // The text does not show the columns; the report's own sums decide: 301 and 303 add up to
  // 人员经费 23,057,828 only when both stand under 人员经费, 302 is 公用经费 3,860,162
  // (21,123,668 + 1,934,160 = 23,057,828).
  test('the columns of the two-figure rows are chosen by the report’s sums, marked inferred, with a warning', () => {
    assert.equal(sum(['21123668', '1934160']).toString(), '23057828');
    const { document: doc, warnings } = importFixture(file);
    const t = doc.basicExpenditureByEconomicCode!;
    assert.deepEqual(t.total, { total: '26917990', personnel: '23057828', publicUse: '3860162' });
    const row = t.rows.findIndex((r) => r.code === '302');
    assert.deepEqual(t.rows[row]?.amounts, { total: '3860162', personnel: '0', publicUse: '3860162' });
    assert.deepEqual(t.rows.find((r) => r.code === '30101')?.amounts, { total: '2724912', personnel: '2724912', publicUse: '0' });
    assert.equal(t.provenance?.[`rows/${row}`]?.inferred, true);
    assert.ok(warnings.some((w) => /表8/.test(w.message.zh) && /按本表的合计关系确定/.test(w.message.zh)));
  });
});

describe('economic table by code: the PDF route gives the text route’s table', () => {
  test('万里街道 2025', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/sh-putuo-wanli-2025-dept.pdf', import.meta.url)));
    const fromPdf = importReportText(await pdfToText(bytes)).document.basicExpenditureByEconomicCode!;
    const fromText = importFixture('sh-putuo-wanli-2025-dept.txt').document.basicExpenditureByEconomicCode!;
    assert.deepEqual(rowsOnly(fromPdf), rowsOnly(fromText));
    assert.deepEqual(fromPdf.total, fromText.total);
  });
});

/** A small report with one code-based economic table, laid out like pdftotext -layout. */
function report(rows: string[], head = '部门预算经济分类科目'): string {
  return [
    '示例局2025年部门预算',
    '             2025年部门一般公共预算基本支出部门预算经济分类预算表',
    '编制部门：示例局                                                          单位：元',
    '',
    '                      项目                         一般公共预算基本支出',
    head,
    '    编码                     经济分类科目名称    合计             人员经费            公用经费',
    ' 类     款',
    ...rows,
  ].join('\n');
}

describe('import: codes are checked as the format requires', () => {
  const good = [
    ' 301         工资福利支出                   300.00          300.00             0.00',
    ' 301   01    基本工资                      100.00          100.00             0.00',
    ' 301   02    津贴补贴                      200.00          200.00             0.00',
    ' 302         商品和服务支出                  50.00            0.00            50.00',
    ' 302   01    办公费                         50.00            0.00            50.00',
    '                      合计                350.00          300.00            50.00',
  ];

  test('a well-formed table: 类 and 款 in two tokens, in one token, or the 款 glued to its name', () => {
    const rows = [good[0]!, ' 30101       基本工资                      100.00          100.00             0.00', ' 301   02津贴补贴                        200.00          200.00             0.00', ...good.slice(3)];
    const { document: doc, warnings } = importReportText(report(rows));
    const t = doc.basicExpenditureByEconomicCode!;
    assert.deepEqual(t.rows.map((r) => [r.code, r.name, r.amounts.total]), [['301', '工资福利支出', '300.00'], ['30101', '基本工资', '100.00'], ['30102', '津贴补贴', '200.00'], ['302', '商品和服务支出', '50.00'], ['30201', '办公费', '50.00']]);
    assert.deepEqual(warnings.filter((w) => /编码/.test(w.message.zh)), []);
  });

  const cases: [string, string, RegExp][] = [
    ['a 4-digit code', ' 3011        基本工资                      100.00          100.00             0.00', /"3011" 不是 3 位/],
    ['a 款 of one digit', ' 301   1     基本工资                      100.00          100.00             0.00', /"301 1" 不是 3 位/],
    ['a code of the other classification', ' 501   01    工资奖金津补贴                  100.00          100.00             0.00', /"501 01" 不属于部门预算经济分类/],
    ['a 款 without its 类', ' 303   02    退休费                        100.00          100.00             0.00', /303 不在本表中/],
    ['a code printed twice', ' 301   02    津贴补贴                      200.00          200.00             0.00', /30102 重复出现/],
  ];
  for (const [what, line, message] of cases) {
    test(`${what}: a warning at its line, the row left out, the rest imported`, () => {
      const rows = [...good.slice(0, 3), line, ...good.slice(3)];
      const { document: doc, warnings } = importReportText(report(rows));
      const t = doc.basicExpenditureByEconomicCode!;
      assert.deepEqual(t.rows.map((r) => r.code), ['301', '30101', '30102', '302', '30201']);
      const w = warnings.find((x) => message.test(x.message.zh));
      assert.ok(w, `a warning matching ${message}: ${JSON.stringify(warnings.map((x) => x.message.zh))}`);
      assert.equal(w.line, 12, 'the line of the malformed row');
      assert.match(w.message.en, /not imported|is kept/);
      assert.equal(validateBudgetFile(doc).valid, true);
    });
  }

  test('no 合计 row: the table is left out with a warning', () => {
    const { document: doc, warnings } = importReportText(report(good.slice(0, 5)));
    assert.equal(doc.basicExpenditureByEconomicCode, undefined);
    assert.ok(warnings.some((w) => /找不到合计行/.test(w.message.zh)));
  });

  test('the 政府预算经济分类: codes 501 / 50101', () => {
    const rows = [
      ' 501         机关工资福利支出                 300.00          300.00             0.00',
      ' 501   01    工资奖金津补贴                  300.00          300.00             0.00',
      ' 502         机关商品和服务支出                 50.00            0.00            50.00',
      ' 502   01    办公经费                         50.00            0.00            50.00',
      '                      合计                350.00          300.00            50.00',
    ];
    const t = importReportText(report(rows, '政府预算经济分类科目')).document.basicExpenditureByEconomicCode!;
    assert.equal(t.classification, 'government');
    assert.deepEqual(t.rows.map((r) => r.code), ['501', '50101', '502', '50201']);
  });
});

/** The minimal document with a code-based economic table (the budget form) that agrees with 表3 and 表1. */
function withEconomic(): BudgetDocument {
  const doc = minimalDocument();
  doc.meta.tables.push({ id: '表8', title: '一般公共预算基本支出部门预算经济分类预算表', unit: '万元', status: 'data' });
  doc.summary!.columns = [{ key: 'total', label: '合计' }, { key: 'personnel', label: '人员经费' }, { key: 'publicUse', label: '公用经费' }, { key: 'project', label: '项目支出' }];
  doc.summary!.expenditure[0]!.amounts = { total: '100.00', personnel: '50.00', publicUse: '10.00', project: '40.00' };
  doc.summary!.expenditureTotal = { total: '100.00', personnel: '50.00', publicUse: '10.00', project: '40.00' };
  doc.summary!.expenditureGrandTotal = { total: '100.00', personnel: '50.00', publicUse: '10.00', project: '40.00' };
  const row = (code: string, name: string, total: string, personnel: string, publicUse: string): EconomicCodeRow => ({ code, name, amounts: { total, personnel, publicUse } });
  doc.basicExpenditureByEconomicCode = {
    table: '表8',
    unit: '万元',
    classification: 'department',
    columns: [{ key: 'total', label: '合计' }, { key: 'personnel', label: '人员经费' }, { key: 'publicUse', label: '公用经费' }],
    total: { total: '60.00', personnel: '50.00', publicUse: '10.00' },
    rows: [
      row('301', '工资福利支出', '50.00', '50.00', '0'),
      row('30101', '基本工资', '30.00', '30.00', '0'),
      row('30102', '津贴补贴', '20.00', '20.00', '0'),
      row('302', '商品和服务支出', '10.00', '0', '10.00'),
      row('30201', '办公费', '4.00', '0', '4.00'),
      row('30206', '电费', '6.00', '0', '6.00'),
    ],
  };
  return doc;
}

/** The same as a 决算 table printed in two halves, in 万元. */
function withHalves(): BudgetDocument {
  const doc = withEconomic();
  doc.meta.kind = 'final';
  doc.summary!.columns = [{ key: 'total', label: '决算数' }];
  doc.summary!.expenditure[0]!.amounts = { total: '100.00' };
  doc.summary!.expenditureTotal = { total: '100.00' };
  doc.summary!.expenditureGrandTotal = { total: '100.00' };
  const t = doc.basicExpenditureByEconomicCode!;
  doc.basicExpenditureByEconomicCode = {
    table: t.table,
    unit: '万元',
    classification: 'department',
    columns: [{ key: 'total', label: '决算数' }],
    personnelTotal: { total: '50.00' },
    publicUseTotal: { total: '10.00' },
    rows: t.rows.map((r) => ({ code: r.code, name: r.name, amounts: { total: r.amounts.total! }, part: r.code.startsWith('301') ? 'personnel' : 'publicUse' })),
  };
  return doc;
}

const run = (id: string, doc: BudgetDocument): Finding[] => checkDocument(doc, RULES.filter((r) => r.id === id));
const brief = (findings: Finding[]) => findings.map((f) => ({ severity: f.severity, difference: f.difference, paths: f.figures.map((x) => x.path) }));

describe('validate: the economic table by code', () => {
  test('the hand-made tables validate', () => {
    assert.deepEqual(validateBudgetFile(withEconomic()).issues, []);
    assert.deepEqual(validateBudgetFile(withHalves()).issues, []);
  });

  const broken: [string, (t: EconomicCodeTable) => void, string, string][] = [
    ['a 4-digit code', (t) => (t.rows[1]!.code = '3010'), 'pattern.EconomicCode', '$.basicExpenditureByEconomicCode.rows[1].code'],
    ['a 功能分类 code', (t) => (t.rows[1]!.code = '2010101'), 'pattern.EconomicCode', '$.basicExpenditureByEconomicCode.rows[1].code'],
    ['a government code in the department classification', (t) => (t.rows[0]!.code = '501'), 'economic.classification', '$.basicExpenditureByEconomicCode.rows[0].code'],
    ['a 款 without its 类', (t) => t.rows.splice(3, 1), 'economic.orphan', '$.basicExpenditureByEconomicCode.rows[3].code'],
    ['a code twice', (t) => (t.rows[2]!.code = '30101'), 'economic.duplicate', '$.basicExpenditureByEconomicCode.rows[2].code'],
    ['no total at all', (t) => delete t.total, 'economic.total', '$.basicExpenditureByEconomicCode.total'],
    ['a row of a half among rows without', (t) => (t.rows[0]!.part = 'personnel'), 'economic.part', '$.basicExpenditureByEconomicCode.rows[1].part'],
    ['an amount in an undeclared column', (t) => (t.rows[0]!.amounts.basic = '1.00'), 'column.undeclared', '$.basicExpenditureByEconomicCode.rows[0].amounts.basic'],
    ['an unknown classification', (t) => ((t as { classification: string }).classification = 'functional'), 'enum', '$.basicExpenditureByEconomicCode.classification'],
  ];
  for (const [what, breakIt, rule, path] of broken) {
    test(`${what}: ${rule} at its path`, () => {
      const doc = withEconomic();
      breakIt(doc.basicExpenditureByEconomicCode!);
      const issues = validateBudgetFile(doc).issues;
      assert.ok(issues.some((i) => i.rule === rule && i.path === path), JSON.stringify(issues.map((i) => [i.rule, i.path])));
      for (const i of issues) assert.match(i.message.zh, /[\u4e00-\u9fff]/);
    });
  }

  test('in halves, a 款 must stand in the half of its 类', () => {
    const doc = withHalves();
    doc.basicExpenditureByEconomicCode!.rows[4]!.part = 'personnel';
    assert.ok(validateBudgetFile(doc).issues.some((i) => i.rule === 'economic.orphan' && i.path === '$.basicExpenditureByEconomicCode.rows[4].code'));
  });
});

describe('rule economic-code-sums', () => {
  test('a table that adds up: nothing', () => {
    assert.deepEqual(run('economic-code-sums', withEconomic()), []);
    assert.deepEqual(run('economic-code-sums', withHalves()), []);
  });

  test('a 款 off by 1.00: its 类 is an error, with both figures and their paths', () => {
    const doc = withEconomic();
    doc.basicExpenditureByEconomicCode!.rows[4]!.amounts = { total: '5.00', personnel: '0', publicUse: '5.00' };
    assert.deepEqual(brief(run('economic-code-sums', doc)), [{
      severity: 'error', difference: '-1.00',
      paths: ['$.basicExpenditureByEconomicCode.rows[3].amounts.total', '$.basicExpenditureByEconomicCode.rows', '$.basicExpenditureByEconomicCode.rows[3].amounts.publicUse', '$.basicExpenditureByEconomicCode.rows'],
    }]);
    const [f] = run('economic-code-sums', doc);
    assert.match(f!.message.zh, /表8 302 商品和服务支出/);
    assert.match(f!.message.en, /302 商品和服务支出.*sum to/);
  });

  test('a difference of 0.01 in 万元 is rounding', () => {
    const doc = withEconomic();
    doc.basicExpenditureByEconomicCode!.rows[1]!.amounts = { total: '29.99', personnel: '29.99', publicUse: '0' };
    assert.deepEqual(run('economic-code-sums', doc).map((f) => [f.severity, f.difference]), [['rounding', '0.01']]);
  });

  test('合计 against Σ 类, and 合计 = 人员经费 + 公用经费 in a row', () => {
    const doc = withEconomic();
    doc.basicExpenditureByEconomicCode!.total = { total: '61.00', personnel: '50.00', publicUse: '10.00' };
    assert.deepEqual(brief(run('economic-code-sums', doc)).map((f) => [f.severity, f.difference, f.paths[0]]), [
      ['error', '1.00', '$.basicExpenditureByEconomicCode.total.total'],
      ['error', '1.00', '$.basicExpenditureByEconomicCode.total.total'],
    ]);
  });

  test('in halves: a half’s total against the 类 of that half', () => {
    const doc = withHalves();
    doc.basicExpenditureByEconomicCode!.publicUseTotal = { total: '12.00' };
    assert.deepEqual(brief(run('economic-code-sums', doc)), [{ severity: 'error', difference: '2.00', paths: ['$.basicExpenditureByEconomicCode.publicUseTotal.total', '$.basicExpenditureByEconomicCode.rows'] }]);
  });

  test('元 figures are exact: 1元 off is an error', () => {
    const doc = withEconomic();
    const t = doc.basicExpenditureByEconomicCode!;
    t.unit = '元';
    doc.meta.tables.find((x) => x.id === '表8')!.unit = '元';
    t.rows[5]!.amounts = { total: '6.01', personnel: '0', publicUse: '6.01' };
    assert.deepEqual(run('economic-code-sums', doc).map((f) => f.severity), ['error']);
  });
});

describe('rule economic-vs-summary', () => {
  test('agreeing tables: nothing', () => {
    assert.deepEqual(run('economic-vs-summary', withEconomic()), []);
    assert.deepEqual(run('economic-vs-summary', withHalves()), []);
  });

  test('表1 人员经费 against the economic table’s: an error naming both figures', () => {
    const doc = withEconomic();
    doc.summary!.expenditureTotal.personnel = '52.00';
    doc.summary!.expenditureTotal.publicUse = '8.00';
    assert.deepEqual(brief(run('economic-vs-summary', doc)), [
      { severity: 'error', difference: '-2.00', paths: ['$.basicExpenditureByEconomicCode.total.personnel', '$.summary.expenditureTotal.personnel'] },
      { severity: 'error', difference: '2.00', paths: ['$.basicExpenditureByEconomicCode.total.publicUse', '$.summary.expenditureTotal.publicUse'] },
    ]);
  });

  test('a shortfall that the budget’s other funds can explain (表1 covers them, 表8 does not) is a note', () => {
    const doc = withEconomic();
    doc.summary!.expenditureTotal.personnel = '52.00';
    doc.summary!.income.push({ label: '政府性基金', source: 'governmentFund', amount: '5.00' });
    assert.deepEqual(run('economic-vs-summary', doc).map((f) => f.severity), ['note']);
  });

  test('the table of paired names (表6) against 表1’s 人员经费 too', () => {
    const doc = withEconomic();
    delete doc.basicExpenditureByEconomicCode;
    doc.basicExpenditureByEconomic = {
      table: '表8', unit: '万元',
      columns: [{ key: 'total', label: '合计' }, { key: 'personnel', label: '人员经费' }, { key: 'publicUse', label: '公用经费' }],
      total: { total: '60.00', personnel: '49.00', publicUse: '11.00' },
      groups: [],
    };
    assert.deepEqual(brief(run('economic-vs-summary', doc)), [
      { severity: 'error', difference: '-1.00', paths: ['$.basicExpenditureByEconomic.total.personnel', '$.summary.expenditureTotal.personnel'] },
      { severity: 'error', difference: '1.00', paths: ['$.basicExpenditureByEconomic.total.publicUse', '$.summary.expenditureTotal.publicUse'] },
    ]);
  });

  test('合计 against 表3’s 基本支出 (no 表5)', () => {
    const doc = withEconomic();
    doc.expenditureBySubject!.total.basic = '65.00';
    assert.deepEqual(brief(run('economic-vs-summary', doc)), [{ severity: 'error', difference: '-5.00', paths: ['$.basicExpenditureByEconomicCode.total.total', '$.expenditureBySubject.total.basic'] }]);
  });

  test('in halves: 表5 基本支出 against 人员经费合计 + 公用经费合计', () => {
    const doc = withHalves();
    doc.meta.tables.push({ id: '表5', title: '一般公共预算财政拨款支出决算表', unit: '万元', status: 'data' });
    doc.generalBudgetExpenditure = { ...structuredClone(doc.expenditureBySubject!), table: '表5' };
    assert.deepEqual(run('economic-vs-summary', doc), []);
    // 60.01 against 50.00 + 10.00: within the rounding of three figures to 0.01 (0.015); 60.02 is not.
    doc.generalBudgetExpenditure.total.basic = '60.01';
    assert.deepEqual(brief(run('economic-vs-summary', doc)), [{ severity: 'rounding', difference: '0.01', paths: ['$.generalBudgetExpenditure.total.basic', '$.basicExpenditureByEconomicCode'] }]);
    doc.generalBudgetExpenditure.total.basic = '60.02';
    assert.deepEqual(brief(run('economic-vs-summary', doc)), [{ severity: 'error', difference: '0.02', paths: ['$.generalBudgetExpenditure.total.basic', '$.basicExpenditureByEconomicCode'] }]);
  });

  test('on the imported 上海市财政局 report: 表1 人员经费 / 公用经费 and 表5 基本支出 agree with 表8', () => {
    const doc = importFixture('sh-city-czj-2025-unit.txt').document;
    assert.deepEqual(doc.summary!.expenditureTotal.personnel, doc.basicExpenditureByEconomicCode!.total!.personnel);
    assert.deepEqual(run('economic-vs-summary', doc), []);
    doc.summary!.expenditureTotal.personnel = '102464261';
    assert.deepEqual(run('economic-vs-summary', doc).map((f) => [f.severity, f.difference]), [['error', '-1']]);
  });
});

describe('the 表2 income columns and the 决算 expenditure columns in the rules', () => {
  const incomeDoc = () => {
    const doc = minimalDocument();
    doc.meta.tables.push({ id: '表2', title: '收入预算总表', unit: '万元', status: 'data' });
    const columns = [{ key: 'total', label: '合计' }, { key: 'fiscalAppropriation', label: '财政拨款收入' }, { key: 'serviceIncome', label: '事业收入' }, { key: 'businessIncome', label: '事业单位经营收入' }, { key: 'otherIncome', label: '其他收入' }] as const;
    const amounts = (total: string, fiscal: string, other: string) => ({ total, fiscalAppropriation: fiscal, serviceIncome: '0', businessIncome: '0', otherIncome: other });
    doc.incomeBySubject = {
      table: '表2', unit: '万元', columns: [...columns],
      total: amounts('100.00', '94.00', '6.00'),
      rows: doc.expenditureBySubject!.rows.map((r) => ({ code: r.code, name: r.name, amounts: r.code === '2010301' ? amounts('60.00', '60.00', '0') : r.code === '2010302' ? amounts('40.00', '34.00', '6.00') : amounts('100.00', '94.00', '6.00') })),
    };
    return doc;
  };

  test('columns-sum: 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入', () => {
    assert.deepEqual(run('columns-sum', incomeDoc()), []);
    const doc = incomeDoc();
    doc.incomeBySubject!.rows[3]!.amounts.otherIncome = '7.00';
    const findings = run('columns-sum', doc);
    assert.deepEqual(findings.map((f) => [f.severity, f.difference, f.subject]), [['error', '-1.00', '2010302']]);
    assert.match(findings[0]!.message.zh, /财政拨款收入、事业收入、事业单位经营收入、其他收入/);
    assert.match(findings[0]!.message.en, /fiscal appropriation, service income, business income, other income/);
  });

  test('columns-sum: 财政拨款收入 beside 一般公共预算 (a header tree) is not summed twice', () => {
    const doc = incomeDoc();
    const t = doc.incomeBySubject!;
    t.columns.push({ key: 'generalPublicBudget', label: '一般公共预算' });
    for (const a of [t.total, ...t.rows.map((r) => r.amounts)]) a.generalPublicBudget = a.fiscalAppropriation!;
    assert.deepEqual(run('columns-sum', doc), []);
  });

  test('basic-plus-project: a 决算 row’s 合计 includes 上缴上级支出, 经营支出 and 对附属单位补助支出', () => {
    const doc = minimalDocument();
    const t = doc.expenditureBySubject!;
    t.columns.push({ key: 'remittanceToSuperior', label: '上缴上级支出' }, { key: 'businessExpenditure', label: '经营支出' }, { key: 'subsidiaryGrants', label: '对附属单位补助支出' });
    for (const a of [t.total, ...t.rows.map((r) => r.amounts)]) Object.assign(a, { remittanceToSuperior: '0', businessExpenditure: '0', subsidiaryGrants: '0' });
    assert.deepEqual(run('basic-plus-project', doc), []);
    t.rows[3]!.amounts = { total: '45.00', basic: '0', project: '40.00', remittanceToSuperior: '0', businessExpenditure: '5.00', subsidiaryGrants: '0' };
    assert.deepEqual(run('basic-plus-project', doc), [], '45.00 = 0 + 40.00 + 5.00');
    t.rows[3]!.amounts.businessExpenditure = '4.00';
    const findings = run('basic-plus-project', doc);
    assert.deepEqual(findings.map((f) => [f.severity, f.difference]), [['error', '1.00']]);
    assert.match(findings[0]!.message.zh, /基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出/);
  });
});
