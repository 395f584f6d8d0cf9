/**
 * Reconciliation rules (src/core/check): for every rule a document it passes and a broken copy it
 * catches, then the exact findings on the three real documents. The real reports' known errors
 * are recorded by their fidelity tests (tests/data/*.test.ts, "known error"); these tests hold the
 * rules to finding each of them — and on the reference report nothing else.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES, checkDocument, type Finding, type Rule } from '../../src/core/check/index.js';
import type { BudgetDocument, Project } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const readDoc = (name: string): BudgetDocument => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

/** A project with a one-year 绩效目标表 whose funding is `yuan` 元. */
function project(id: string, name: string, wan: string, yuan: string, category?: Project['category']): Project {
  const funding = { total: yuan, central: '0', provincial: '0', local: yuan, selfRaised: '0' };
  return {
    id,
    name,
    amounts: { total: wan, generalPublicBudget: wan },
    ...(category ? { category } : {}),
    performance: {
      unit: '元',
      period: '1年',
      attribute: '一次性项目（1年结束）',
      implementationFunding: { ...funding },
      annualFunding: { ...funding },
      goals: { implementationPeriod: '完成', annual: '完成' },
      indicators: { implementationPeriod: [], annual: [] },
    },
  };
}

/**
 * The minimal document grown into a report with every table a rule reads, all consistent: a
 * fresh copy each call, so a test can break one figure.
 */
function fullDocument(): BudgetDocument {
  const doc = minimalDocument();
  const tables = [
    ['表2', '收入总表', 'data'],
    ['表4', '财政拨款收支总表', 'data'],
    ['表5', '一般公共预算支出表', 'data'],
    ['表6', '基本支出分经济科目表', 'data'],
    ['表11', '机关运行经费', 'data'],
    ['表12', '项目支出表', 'data'],
  ] as const;
  doc.meta.tables.push(...tables.map(([id, title, status]) => ({ id, title, unit: '万元' as const, status })));
  doc.summary!.carryOverIncome = [{ label: '上年结转', source: 'carryOver', amount: '0' }];
  const e = doc.expenditureBySubject!;
  doc.incomeBySubject = {
    table: '表2',
    unit: '万元',
    columns: [{ key: 'total', label: '合计' }, { key: 'generalPublicBudget', label: '一般公共预算' }, { key: 'carryOver', label: '上年结转' }],
    total: { total: '100.00', generalPublicBudget: '100.00', carryOver: '0' },
    rows: e.rows.map((r) => ({ code: r.code, name: r.name, amounts: { total: r.amounts.total!, generalPublicBudget: r.amounts.total!, carryOver: '0' } })),
  };
  doc.fiscalAppropriationSummary = {
    table: '表4',
    unit: '万元',
    columns: [{ key: 'total', label: '小计' }, { key: 'generalPublicBudget', label: '一般公共预算' }, { key: 'governmentFund', label: '政府性基金预算' }],
    income: [
      { ordinal: 1, label: '一般公共预算', source: 'generalPublicBudget', amount: '100.00' },
      { ordinal: 2, label: '政府性基金预算', source: 'governmentFund', amount: '0' },
    ],
    incomeTotal: '100.00',
    carryOverIncome: [
      { label: '一般公共预算', source: 'generalPublicBudget', amount: '0' },
      { label: '政府性基金预算', source: 'governmentFund', amount: '0' },
    ],
    incomeGrandTotal: '100.00',
    expenditure: [{ ordinal: 1, label: '一般公共服务支出', amounts: { total: '100.00', generalPublicBudget: '100.00', governmentFund: '0' } }],
    expenditureTotal: { total: '100.00', generalPublicBudget: '100.00', governmentFund: '0' },
    expenditureGrandTotal: { total: '100.00', generalPublicBudget: '100.00', governmentFund: '0' },
  };
  doc.generalBudgetExpenditure = { ...structuredClone(e), table: '表5' };
  doc.basicExpenditureByEconomic = {
    table: '表6',
    unit: '万元',
    columns: [{ key: 'total', label: '合计' }, { key: 'personnel', label: '人员经费' }, { key: 'publicUse', label: '公用经费' }],
    total: { total: '60.00', personnel: '50.00', publicUse: '10.00' },
    groups: [
      {
        name: '工资福利支出',
        amounts: { total: '50.00', personnel: '50.00', publicUse: '0' },
        items: [
          { departmentItem: '基本工资', governmentItem: '工资奖金津补贴', amounts: { total: '30.00', personnel: '30.00', publicUse: '0' } },
          { departmentItem: '津贴补贴', governmentItem: '工资奖金津补贴', amounts: { total: '20.00', personnel: '20.00', publicUse: '0' } },
        ],
      },
      {
        name: '商品和服务支出',
        amounts: { total: '10.00', personnel: '0', publicUse: '10.00' },
        items: [
          { departmentItem: '办公费', governmentItem: '办公经费', amounts: { total: '4.00', personnel: '0', publicUse: '4.00' } },
          { departmentItem: '电费', governmentItem: '办公经费', amounts: { total: '6.00', personnel: '0', publicUse: '6.00' } },
        ],
      },
    ],
  };
  doc.threePublicExpenses = {
    table: '表10',
    unit: '万元',
    columns: [{ key: 'total', label: '合计' }],
    lines: [
      { item: 'outboundTravel', label: '因公出国（境）费', amounts: { total: '1.00' } },
      { item: 'reception', label: '公务接待费', amounts: { total: '2.00' } },
      { item: 'vehicles', label: '公务用车购置及运行费', amounts: { total: '3.00' } },
      { item: 'vehiclePurchase', label: '①公务用车购置费', amounts: { total: '1.00' } },
      { item: 'vehicleOperation', label: '②公务用车运行维护费', amounts: { total: '2.00' } },
    ],
    total: { total: '6.00' },
  };
  doc.meta.tables.find((t) => t.id === '表10')!.status = 'data';
  doc.operatingExpenses = {
    table: '表11',
    unit: '万元',
    columns: [{ key: 'total', label: '合计' }],
    total: { total: '10.00' },
    units: [{ name: '示例局', amounts: { total: '10.00' } }],
  };
  doc.projects = {
    table: '表12',
    unit: '万元',
    columns: [{ key: 'total', label: '合计' }, { key: 'generalPublicBudget', label: '一般公共预算' }],
    total: { total: '40.00', generalPublicBudget: '40.00' },
    units: [{ name: '示例局', amounts: { total: '40.00', generalPublicBudget: '40.00' }, projects: [project('p1', '项目一', '30.00', '300000'), project('p2', '项目二', '10.00', '100000')] }],
  };
  doc.procurement = { unit: '万元', section: '九、政府采购情况', total: '5.00', goods: '1.00', works: '0', services: '4.00' };
  doc.departmentPerformance = {
    unit: '万元',
    fundingBySource: [{ label: '一般公共预算资金', source: 'generalPublicBudget', amount: '100.00' }, { label: '政府性基金预算资金', source: 'governmentFund', amount: '0.00' }],
    fundingTotal: '100.00',
    fundingByDirection: { total: '100.00', basic: '60.00', project: '40.00' },
    indicators: [],
  };
  const section = '三、支出预算情况说明';
  doc.claims!.push(
    { id: 'basic', section, quote: '基本支出60.00万元，占60.00%', subject: { kind: 'basic', label: '基本支出' }, unit: '万元', amount: '60.00', share: { percent: '60.00', of: { kind: 'expenditureTotal' } } },
    { id: 'income-gpb', section: '二、收入预算情况说明', quote: '一般公共预算拨款收入100.00万元', subject: { kind: 'source', source: 'generalPublicBudget', label: '一般公共预算拨款收入' }, unit: '万元', amount: '100.00' },
    { id: 'personnel', section, quote: '人员经费50.00万元', subject: { kind: 'personnel', label: '人员经费' }, unit: '万元', amount: '50.00' },
    { id: 'operating', section: '八、机关运行经费', quote: '机关运行经费10.00万元，比上年预算为9.50万元增长5.26%', subject: { kind: 'operatingExpenses', label: '机关运行经费' }, unit: '万元', amount: '10.00', change: { direction: 'increase', percent: '5.26', comparedTo: '上年' } },
    { id: 'vehicles', section: '七、“三公”经费', quote: '公务用车购置及运行费3.00万元', subject: { kind: 'threePublic', label: '公务用车购置及运行费' }, unit: '万元', amount: '3.00' },
    { id: 'procurement-services', section: '九、政府采购情况', quote: '政府采购服务预算4.00万元', subject: { kind: 'procurement', label: '政府采购服务预算' }, unit: '万元', amount: '4.00' },
    { id: 'subject-2010301', section: '财政拨款支出主要内容', quote: '“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”60.00万元', subject: { kind: 'subject', code: '2010301', label: '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）' }, unit: '万元', amount: '60.00' },
    { id: 'projects-managed', section: '2、项目绩效目标', quote: '纳入绩效目标管理的二级项目2个，共计金额40.00万元', subject: { kind: 'projectsManaged', label: '二级项目' }, unit: '万元', amount: '40.00', count: 2 },
    { id: 'projects-operating', section: '2、项目绩效目标', quote: '运转类项目1个，涉及金额10.00万元', subject: { kind: 'projectsOperating', label: '运转类项目' }, unit: '万元', amount: '10.00', count: 1 },
    { id: 'projects-specific', section: '2、项目绩效目标', quote: '特定目标类项目1个，涉及金额30.00万元', subject: { kind: 'projectsSpecific', label: '特定目标类项目' }, unit: '万元', amount: '30.00', count: 1 },
  );
  return doc;
}

const rule = (id: string): Rule => {
  const found = RULES.find((r) => r.id === id);
  assert.ok(found, `rule ${id}`);
  return found;
};

/** Runs one rule on a broken copy of the full document. */
function run(id: string, mutate: (doc: BudgetDocument) => void): Finding[] {
  const doc = fullDocument();
  mutate(doc);
  return rule(id).run(doc);
}

/** The parts of findings a test states exactly. */
const brief = (findings: Finding[]) => findings.map((f) => ({ rule: f.rule, severity: f.severity, subject: f.subject, difference: f.difference, paths: f.figures.map((x) => x.path) }));

/** Asserts a finding's messages are bilingual and name the given figures. */
function assertWords(finding: Finding, ...words: string[]) {
  assert.match(finding.message.zh, /[\u4e00-\u9fff]/);
  assert.match(finding.message.en, /[a-z]{3}/);
  for (const w of words) {
    assert.ok(finding.message.zh.includes(w), `zh “${finding.message.zh}” names ${w}`);
    assert.ok(finding.message.en.includes(w), `en “${finding.message.en}” names ${w}`);
  }
}

describe('the rule set', () => {
  test('rule ids are unique, stable kebab-case, with bilingual titles', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(ids, [
      'summary-totals', 'totals-agree', 'summary-subjects', 'subject-rows-agree', 'columns-sum', 'subject-sums', 'basic-plus-project',
      'economic-sums', 'economic-code-sums', 'economic-vs-summary', 'projects-sum', 'project-funding-sums', 'three-public-sums', 'operating-expenses-sum', 'procurement-sum',
      'department-performance', 'claims-amounts', 'claims-shares', 'claims-changes', 'claims-counts', 'claims-subject-names',
      'claims-base-year', 'claims-zero-base', 'claims-duplicate-items', 'claims-completion-rate', 'empty-table-note',
    ]);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
      assert.match(r.title.zh, /[\u4e00-\u9fff]/);
      assert.match(r.title.en, /[a-z]/);
    }
  });

  test('the test documents are valid and consistent: no finding at all', () => {
    for (const doc of [minimalDocument(), fullDocument()]) {
      assert.deepEqual(validateBudgetFile(doc).issues, []);
      assert.deepEqual(checkDocument(doc), []);
    }
  });

  test('a document without tables or claims gives no finding and no exception', () => {
    const doc = minimalDocument();
    delete doc.summary;
    delete doc.expenditureBySubject;
    delete doc.claims;
    delete doc.priorYear;
    assert.deepEqual(checkDocument(doc), []);
  });

  test('checkDocument runs the given rules only, findings in rule order', () => {
    const doc = fullDocument();
    doc.procurement!.services = '4.50';
    doc.threePublicExpenses!.total.total = '7.00';
    assert.deepEqual(checkDocument(doc, [rule('procurement-sum')]).map((f) => f.rule), ['procurement-sum']);
    assert.deepEqual(checkDocument(doc).map((f) => f.rule), ['three-public-sums', 'procurement-sum', 'claims-amounts'], 'the 说明 states the services at 4.00');
  });
});

describe('summary-totals', () => {
  test('an expenditure line that does not add up to 本年支出合计 is an error', () => {
    const findings = run('summary-totals', (d) => (d.summary!.expenditure[0].amounts.total = '99.98'));
    assert.deepEqual(brief(findings), [
      { rule: 'summary-totals', severity: 'error', subject: undefined, difference: '0.02', paths: ['$.summary.expenditureTotal.total', '$.summary.expenditure'] },
    ]);
    assertWords(findings[0], '100.00', '99.98');
  });

  test('收入总计 one cent above 合计 + 结转 is rounding, and so is the balance it breaks', () => {
    const findings = run('summary-totals', (d) => (d.fiscalAppropriationSummary!.incomeGrandTotal = '100.01'));
    assert.deepEqual(brief(findings), [
      { rule: 'summary-totals', severity: 'rounding', subject: undefined, difference: '0.01', paths: ['$.fiscalAppropriationSummary.incomeGrandTotal', '$.fiscalAppropriationSummary'] },
      { rule: 'summary-totals', severity: 'rounding', subject: undefined, difference: '0.01', paths: ['$.fiscalAppropriationSummary.incomeGrandTotal', '$.fiscalAppropriationSummary.expenditureGrandTotal.total'] },
    ]);
    assert.equal(findings[0].tolerance, '0.01');
  });

  test('a budget spending more than it receives is out of balance, per source too; a final account may', () => {
    const unbalanced = (d: BudgetDocument) => {
      for (const a of [d.fiscalAppropriationSummary!.expenditure[0].amounts, d.fiscalAppropriationSummary!.expenditureTotal, d.fiscalAppropriationSummary!.expenditureGrandTotal]) {
        a.total = '105.00';
        a.governmentFund = '5.00';
      }
    };
    const findings = run('summary-totals', unbalanced);
    assert.deepEqual(findings.map((f) => [f.severity, f.figures[0].path]), [
      ['error', '$.fiscalAppropriationSummary.incomeGrandTotal'],
      ['error', '$.fiscalAppropriationSummary.expenditureGrandTotal.governmentFund'],
    ]);
    assert.deepEqual(run('summary-totals', (d) => { unbalanced(d); d.meta.kind = 'final'; }), []);
  });
});

describe('totals-agree', () => {
  test('支出总表 合计 against 表1 本年支出合计', () => {
    const findings = run('totals-agree', (d) => (d.expenditureBySubject!.total.total = '100.10'));
    assert.deepEqual(brief(findings), [
      { rule: 'totals-agree', severity: 'error', subject: undefined, difference: '0.10', paths: ['$.expenditureBySubject.total.total', '$.summary.expenditureTotal.total'] },
    ]);
  });

  test('收入总表 columns against 表1 income lines; 表4 income against 表1; 表5 against 表4', () => {
    assert.deepEqual(run('totals-agree', (d) => (d.incomeBySubject!.total.generalPublicBudget = '99.00')).map((f) => f.figures.map((x) => x.path)), [
      ['$.incomeBySubject.total.generalPublicBudget', '$.summary.income[0]'],
    ]);
    assert.deepEqual(run('totals-agree', (d) => (d.fiscalAppropriationSummary!.income[0].amount = '99.00')).map((f) => f.figures.map((x) => x.path)), [
      ['$.fiscalAppropriationSummary.income[0]', '$.summary.income[0]'],
      ['$.generalBudgetExpenditure.total.total', '$.fiscalAppropriationSummary.income[0]'],
    ]);
  });
});

describe('summary-subjects', () => {
  test('a 表1 line under a name 表3 does not have, and the 类 of 表3 that 表1 lacks', () => {
    const findings = run('summary-subjects', (d) => (d.summary!.expenditure[0].label = '教育支出'));
    assert.deepEqual(findings.map((f) => [f.severity, f.subject, f.figures[0].path]), [
      ['error', undefined, '$.summary.expenditure[0].amounts.total'],
      ['error', '201', '$.expenditureBySubject.rows[0].amounts.total'],
    ]);
    assertWords(findings[0], '教育支出');
  });

  test('a 表4 line against the 表5 类 of the same name', () => {
    const findings = run('summary-subjects', (d) => (d.fiscalAppropriationSummary!.expenditure[0].amounts.generalPublicBudget = '90.00'));
    assert.deepEqual(brief(findings), [
      { rule: 'summary-subjects', severity: 'error', subject: '201', difference: '-10.00', paths: ['$.fiscalAppropriationSummary.expenditure[0].amounts.generalPublicBudget', '$.generalBudgetExpenditure.rows[0].amounts.total'] },
    ]);
  });
});

describe('subject-rows-agree', () => {
  test('a subject whose income (表2) and expenditure (表3) differ', () => {
    assert.deepEqual(brief(run('subject-rows-agree', (d) => (d.incomeBySubject!.rows[2].amounts.total = '61.00'))), [
      { rule: 'subject-rows-agree', severity: 'error', subject: '2010301', difference: '1.00', paths: ['$.incomeBySubject.rows[2].amounts.total', '$.expenditureBySubject.rows[2].amounts.total'] },
    ]);
  });

  test('表3 and 表5 rows are compared only when both cover the same money', () => {
    const split = (d: BudgetDocument) => {
      const row = d.generalBudgetExpenditure!.rows[3].amounts;
      row.total = '39.00';
      row.project = '39.00';
    };
    assert.deepEqual(run('subject-rows-agree', split).map((f) => [f.subject, f.figures[0].path]), [
      ['2010302', '$.expenditureBySubject.rows[3].amounts.total'],
      ['2010302', '$.expenditureBySubject.rows[3].amounts.project'],
    ]);
    assert.deepEqual(run('subject-rows-agree', (d) => { split(d); d.generalBudgetExpenditure!.total.total = '99.00'; }), []);
  });
});

describe('columns-sum', () => {
  test('a row whose 合计 is not the sum of its source columns', () => {
    const findings = run('columns-sum', (d) => (d.incomeBySubject!.rows[0].amounts.generalPublicBudget = '99.00'));
    assert.deepEqual(brief(findings), [
      { rule: 'columns-sum', severity: 'error', subject: '201', difference: '1.00', paths: ['$.incomeBySubject.rows[0].amounts.total', '$.incomeBySubject.rows[0].amounts'] },
    ]);
  });

  test('project rows too', () => {
    assert.deepEqual(run('columns-sum', (d) => (d.projects!.units[0].projects[1].amounts.generalPublicBudget = '10.01')).map((f) => [f.severity, f.figures[0].path]), [
      ['rounding', '$.projects.units[0].projects[1].amounts.total'],
    ]);
  });
});

describe('subject-sums', () => {
  test('a 项 one cent off its 款 is rounding, named by the parent code, in every column it shows', () => {
    const findings = run('subject-sums', (d) => {
      const a = d.expenditureBySubject!.rows[2].amounts;
      a.total = '60.01';
      a.basic = '60.01';
    });
    assert.deepEqual(brief(findings), [
      {
        rule: 'subject-sums', severity: 'rounding', subject: '20103', difference: '-0.01',
        paths: ['$.expenditureBySubject.rows[1].amounts.total', '$.expenditureBySubject.rows', '$.expenditureBySubject.rows[1].amounts.basic', '$.expenditureBySubject.rows'],
      },
    ]);
    assertWords(findings[0], '20103', '100.00', '100.01');
  });

  test('a 项 five yuan off is an error; a 类 not the sum of its 款 and the total not the sum of 类', () => {
    assert.deepEqual(run('subject-sums', (d) => { const a = d.generalBudgetExpenditure!.rows[3].amounts; a.total = '45.00'; a.project = '45.00'; }).map((f) => [f.severity, f.subject]), [['error', '20103']]);
    assert.deepEqual(run('subject-sums', (d) => (d.expenditureBySubject!.rows[0].amounts.total = '99.00')).map((f) => [f.severity, f.subject, f.figures[0].path]), [
      ['error', undefined, '$.expenditureBySubject.total.total'],
      ['error', '201', '$.expenditureBySubject.rows[0].amounts.total'],
    ]);
  });
});

describe('basic-plus-project', () => {
  test('total = basic + project, per row and for the total', () => {
    assert.deepEqual(brief(run('basic-plus-project', (d) => (d.expenditureBySubject!.rows[3].amounts.project = '39.00'))), [
      { rule: 'basic-plus-project', severity: 'error', subject: '2010302', difference: '1.00', paths: ['$.expenditureBySubject.rows[3].amounts.total', '$.expenditureBySubject.rows[3].amounts'] },
    ]);
    assert.deepEqual(run('basic-plus-project', (d) => (d.generalBudgetExpenditure!.total.basic = '60.01')).map((f) => [f.severity, f.subject, f.figures[0].path]), [
      ['rounding', undefined, '$.generalBudgetExpenditure.total.total'],
    ]);
  });
});

describe('economic-sums', () => {
  test('items, groups, personnel + public use', () => {
    const findings = run('economic-sums', (d) => {
      const item = d.basicExpenditureByEconomic!.groups[1].items[1].amounts;
      item.total = '6.01';
      item.publicUse = '6.01';
    });
    assert.deepEqual(brief(findings), [
      {
        rule: 'economic-sums', severity: 'rounding', subject: undefined, difference: '-0.01',
        paths: ['$.basicExpenditureByEconomic.groups[1].amounts.total', '$.basicExpenditureByEconomic.groups[1].items', '$.basicExpenditureByEconomic.groups[1].amounts.publicUse', '$.basicExpenditureByEconomic.groups[1].items'],
      },
    ]);
    assert.deepEqual(run('economic-sums', (d) => (d.basicExpenditureByEconomic!.groups[0].items[0].amounts.personnel = '29.00')).map((f) => [f.severity, f.figures[0].path]), [
      ['error', '$.basicExpenditureByEconomic.groups[0].amounts.personnel'],
      ['error', '$.basicExpenditureByEconomic.groups[0].items[0].amounts.total'],
    ]);
  });

  test('表6 total against 表5 基本支出: an error', () => {
    assert.deepEqual(brief(run('economic-sums', (d) => (d.generalBudgetExpenditure!.total.basic = '65.00'))), [
      { rule: 'economic-sums', severity: 'error', subject: undefined, difference: '-5.00', paths: ['$.basicExpenditureByEconomic.total.total', '$.generalBudgetExpenditure.total.basic'] },
    ]);
  });

  test('against 表3 without 表5: an error, or only a note when 表3 includes other funds', () => {
    const differ = (d: BudgetDocument) => {
      delete d.generalBudgetExpenditure;
      d.expenditureBySubject!.total.basic = '65.00';
    };
    assert.deepEqual(run('economic-sums', differ).map((f) => f.severity), ['error']);
    const withFund = (amount: string) => (d: BudgetDocument) => { differ(d); d.summary!.income.push({ label: '政府性基金预算', source: 'governmentFund', amount }); };
    const note = run('economic-sums', withFund('5.00'));
    assert.deepEqual(note.map((f) => [f.severity, f.figures.map((x) => x.path)]), [['note', ['$.basicExpenditureByEconomic.total.total', '$.expenditureBySubject.total.basic']]]);
    assertWords(note[0], '表3', '表6');
    assert.deepEqual(run('economic-sums', withFund('2.00')).map((f) => f.severity), ['error'], 'other funds of 2.00 cannot explain a 5.00 gap');
  });
});

describe('projects-sum', () => {
  test('projects against their unit and the table against 表3', () => {
    const findings = run('projects-sum', (d) => {
      const p = d.projects!.units[0].projects[0];
      p.amounts = { total: '31.00', generalPublicBudget: '31.00' };
      p.performance!.annualFunding.total = p.performance!.implementationFunding.total = '310000';
    });
    assert.deepEqual(findings.map((f) => [f.severity, f.figures[0].path]), [
      ['error', '$.projects.units[0].amounts.total'],
    ]);
    assert.deepEqual(run('projects-sum', (d) => (d.expenditureBySubject!.total.project = '41.00')).map((f) => [f.severity, f.figures.map((x) => x.path)]), [
      ['error', ['$.projects.total.total', '$.expenditureBySubject.total.project']],
    ]);
  });

  test('the 万元 line against the 元 of its 绩效目标表: exact half-up, truncation is rounding, more an error', () => {
    const annual = (yuan: string) => run('projects-sum', (d) => {
      const perf = d.projects!.units[0].projects[0].performance!;
      perf.annualFunding.total = perf.implementationFunding.total = yuan;
    });
    assert.deepEqual(annual('300049.99'), []);
    assert.deepEqual(annual('299950'), []);
    const truncated = annual('300060');
    assert.deepEqual(brief(truncated), [
      { rule: 'projects-sum', severity: 'rounding', subject: undefined, difference: '-0.006', paths: ['$.projects.units[0].projects[0].amounts.total', '$.projects.units[0].projects[0].performance.annualFunding.total'] },
    ]);
    assert.deepEqual(annual('301000').map((f) => f.severity), ['error']);
  });

  test('implementation funding = annual funding for a one-year project; a note for a longer one', () => {
    const differ = (period: string) => run('projects-sum', (d) => {
      const perf = d.projects!.units[0].projects[1].performance!;
      perf.period = period;
      delete perf.attribute;
      perf.implementationFunding.total = '300000';
    });
    assert.deepEqual(differ('1年').map((f) => [f.severity, f.figures.map((x) => x.path)]), [
      ['error', ['$.projects.units[0].projects[1].performance.implementationFunding.total', '$.projects.units[0].projects[1].performance.annualFunding.total']],
    ]);
    assert.deepEqual(differ('3年').map((f) => f.severity), ['note']);
  });
});

describe('project-funding-sums', () => {
  test('a funding total that is not the sum of its sources', () => {
    assert.deepEqual(run('project-funding-sums', (d) => (d.projects!.units[0].projects[0].performance!.annualFunding.local = '290000')).map((f) => [f.severity, f.difference, f.figures[0].path]), [
      ['error', '10000', '$.projects.units[0].projects[0].performance.annualFunding.total'],
    ]);
  });
});

describe('three-public-sums', () => {
  test('vehicles = purchase + operation; total = travel + reception + vehicles', () => {
    const findings = run('three-public-sums', (d) => (d.threePublicExpenses!.lines[2].amounts.total = '3.50'));
    assert.deepEqual(brief(findings), [
      { rule: 'three-public-sums', severity: 'error', subject: undefined, difference: '0.50', paths: ['$.threePublicExpenses.lines[2].amounts.total', '$.threePublicExpenses.lines'] },
      { rule: 'three-public-sums', severity: 'error', subject: undefined, difference: '-0.50', paths: ['$.threePublicExpenses.total.total', '$.threePublicExpenses.lines'] },
    ]);
  });
});

describe('operating-expenses-sum', () => {
  test('units against the total', () => {
    assert.deepEqual(run('operating-expenses-sum', (d) => (d.operatingExpenses!.units[0].amounts.total = '9.99')).map((f) => [f.severity, f.difference]), [['rounding', '0.01']]);
    assert.deepEqual(run('operating-expenses-sum', (d) => (d.operatingExpenses!.units[0].amounts.total = '9.00')).map((f) => f.severity), ['error']);
  });
});

describe('procurement-sum', () => {
  test('goods + works + services = total; a blank 工程 adds no tolerance', () => {
    assert.deepEqual(run('procurement-sum', (d) => (d.procurement!.services = '4.01')).map((f) => [f.severity, f.tolerance]), [['rounding', '0.015']]);
    const findings = run('procurement-sum', (d) => (d.procurement!.services = '4.02'));
    assert.deepEqual(brief(findings), [{ rule: 'procurement-sum', severity: 'error', subject: undefined, difference: '-0.02', paths: ['$.procurement.total', '$.procurement'] }]);
    assertWords(findings[0], '5.00', '5.02');
  });
});

describe('department-performance', () => {
  test('the form against itself and against 表1 and 表3', () => {
    assert.deepEqual(run('department-performance', (d) => (d.departmentPerformance!.fundingByDirection.basic = '61.00')).map((f) => [f.severity, f.figures[0].path]), [
      ['error', '$.departmentPerformance.fundingByDirection.total'],
      ['error', '$.departmentPerformance.fundingByDirection.basic'],
    ]);
    assert.deepEqual(run('department-performance', (d) => (d.departmentPerformance!.fundingBySource[1].amount = '0.01')).map((f) => [f.severity, f.figures[0].path]), [
      ['rounding', '$.departmentPerformance.fundingTotal'],
    ]);
  });
});

describe('claims-amounts', () => {
  test('a stated amount against the figure its subject names', () => {
    const claim = (d: BudgetDocument, id: string) => d.claims!.find((c) => c.id === id)!;
    assert.deepEqual(brief(run('claims-amounts', (d) => (claim(d, 'subject-2010301').amount = '60.50'))), [
      { rule: 'claims-amounts', severity: 'error', subject: '2010301', difference: '0.50', paths: ['$.claims[7].amount', '$.generalBudgetExpenditure.rows[2].amounts.total'] },
    ]);
    assert.deepEqual(run('claims-amounts', (d) => (claim(d, 'personnel').amount = '50.01')).map((f) => [f.severity, f.figures[1].path]), [['rounding', '$.basicExpenditureByEconomic.total.personnel']]);
    for (const [id, path] of [['income-gpb', '$.fiscalAppropriationSummary.income[0].amount'], ['vehicles', '$.threePublicExpenses.lines[2].amounts.total'], ['procurement-services', '$.procurement.services'], ['total-change', '$.summary.expenditureTotal.total'], ['operating', '$.operatingExpenses.total.total'], ['basic', '$.expenditureBySubject.total.basic']]) {
      assert.deepEqual(run('claims-amounts', (d) => (claim(d, id).amount = '1.00')).map((f) => [f.severity, f.figures[1].path]), [['error', path]], id);
    }
  });

  test('units are converted: an exact 元 statement may differ from a 万元 cell by the cell’s rounding only', () => {
    const yuan = (amount: string) => run('claims-amounts', (d) => {
      const c = d.claims!.find((x) => x.id === 'subject-2010301')!;
      c.unit = '元';
      c.amount = amount;
    });
    assert.deepEqual(yuan('600000'), []);
    assert.deepEqual(yuan('600040').map((f) => [f.severity, f.difference]), [['rounding', '40']]);
    const error = yuan('600100');
    assert.deepEqual(error.map((f) => f.severity), ['error']);
    assertWords(error[0], '600,100', '60.00');
  });

  test('a statement with fewer decimals is judged at its own precision', () => {
    const personnel = (amount: string) => run('claims-amounts', (d) => (d.claims!.find((c) => c.id === 'personnel')!.amount = amount));
    assert.deepEqual(personnel('50.0'), []);
    assert.deepEqual(personnel('50'), []);
    assert.deepEqual(personnel('50.3').map((f) => f.severity), ['error']);
  });

  test('claims the tables do not state are not checked', () => {
    assert.deepEqual(run('claims-amounts', (d) => d.claims!.push({ id: 'sme', section: '九、政府采购情况', quote: '面向中小企业预留3.00万元', subject: { kind: 'procurement', label: '面向中小企业预留政府采购项目预算金额' }, unit: '万元', amount: '3.00' })), []);
  });
});

describe('claims-shares', () => {
  test('a share within the figures’ rounding, and one beyond', () => {
    const share = (percent: string) => run('claims-shares', (d) => (d.claims!.find((c) => c.id === 'basic')!.share!.percent = percent));
    const rounding = share('60.01');
    assert.deepEqual(brief(rounding), [
      { rule: 'claims-shares', severity: 'rounding', subject: undefined, difference: '0.0100', paths: ['$.claims[1].share.percent', '$.claims[1].amount', '$.summary.expenditureTotal.total', '$.claims[1].share'] },
    ]);
    assert.equal(rounding[0].tolerance, '[59.99, 60.01]');
    const error = share('61.00');
    assert.deepEqual(error.map((f) => f.severity), ['error']);
    assertWords(error[0], '61.00', '60.00');
  });
});

describe('claims-changes', () => {
  const claim = (d: BudgetDocument, id: string) => d.claims!.find((c) => c.id === id)!;

  test('a percentage against the change and the prior-year figure', () => {
    const percent = (p: string) => run('claims-changes', (d) => (claim(d, 'total-change').change!.percent = p));
    assert.deepEqual(percent('11.11'), []);
    assert.deepEqual(brief(percent('11.12')), [
      { rule: 'claims-changes', severity: 'rounding', subject: undefined, difference: '0.0089', paths: ['$.claims[0].change.percent', '$.claims[0].change.amount', '$.priorYear[0].amount', '$.claims[0].change'] },
    ]);
    assert.deepEqual(percent('11.20').map((f) => f.severity), ['error']);
  });

  test('a stated priorYear figure of the same subject, not tied to the claim, is used too', () => {
    const findings = run('claims-changes', (d) => {
      d.priorYear = [{ fiscalYear: 2023, subject: { kind: 'expenditureTotal' }, unit: '万元', amount: '80.00', basis: 'stated' }];
    });
    assert.deepEqual(findings.map((f) => [f.severity, f.figures.map((x) => x.path)]), [
      ['error', ['$.claims[0].amount', '$.priorYear[0].amount', '$.claims[0].change.amount']],
      ['error', ['$.claims[0].change.percent', '$.claims[0].change.amount', '$.priorYear[0].amount', '$.claims[0].change']],
    ]);
  });

  test('without a priorYear entry, the previous year is derived from the stated change', () => {
    assert.deepEqual(run('claims-changes', (d) => { delete d.priorYear; claim(d, 'total-change').change!.percent = '12.00'; }).map((f) => [f.severity, f.figures[2].label]), [['error', '推算上年数']]);
  });

  test('a previous-year figure stated in the quote: percentage and direction', () => {
    assert.deepEqual(run('claims-changes', (d) => (claim(d, 'operating').change!.percent = '6.00')).map((f) => [f.severity, f.figures[2].path]), [['error', '$.claims[4].quote']]);
    assert.deepEqual(run('claims-changes', (d) => (claim(d, 'operating').change!.direction = 'decrease')).map((f) => f.severity), ['error']);
  });

  test('“flat” with an amount, and a change that makes the previous year negative', () => {
    const flat = run('claims-changes', (d) => (claim(d, 'total-change').change = { direction: 'flat', amount: '10.00', comparedTo: '上年' }));
    assert.deepEqual(flat.map((f) => [f.severity, f.figures.map((x) => x.path)]), [['error', ['$.claims[0].change.amount']]]);
    const stated = run('claims-changes', (d) => {
      claim(d, 'total-change').change = { direction: 'flat', comparedTo: '上年' };
      d.priorYear![0].basis = 'stated';
    });
    assert.deepEqual(stated.map((f) => [f.severity, f.figures.map((x) => x.path)]), [['error', ['$.claims[0].amount', '$.priorYear[0].amount']]], 'a stated 90.00 is not flat with 100.00');
    const negative = run('claims-changes', (d) => {
      delete d.priorYear;
      claim(d, 'total-change').change = { direction: 'increase', amount: '120.00', comparedTo: '上年' };
    });
    assert.deepEqual(brief(negative), [
      { rule: 'claims-changes', severity: 'error', subject: undefined, difference: '-20.00', paths: ['$.claims[0].amount', '$.claims[0].change.amount', '$.claims[0].change'] },
    ]);
  });

  test('growth from nothing is not a percentage: the conventional 100% is not checked', () => {
    assert.deepEqual(run('claims-changes', (d) => {
      const c = claim(d, 'operating');
      c.quote = '机关运行经费10.00万元，上年预算为0万元，增长100.00%';
      c.change!.percent = '100.00';
    }), []);
  });
});

describe('claims-counts', () => {
  const claim = (d: BudgetDocument, id: string) => d.claims!.find((c) => c.id === id)!;

  test('project counts and amounts against the project table', () => {
    const count = run('claims-counts', (d) => (claim(d, 'projects-managed').count = 3));
    assert.deepEqual(count.map((f) => [f.severity, f.difference, f.figures.map((x) => `${x.amount}${x.unit}`)]), [['error', '1', ['3个']]]);
    assert.deepEqual(run('claims-counts', (d) => (claim(d, 'projects-managed').amount = '45.00')).map((f) => [f.severity, f.figures[1].path]), [['error', '$.projects.total.total']]);
  });

  test('without categories in the table, 运转类 + 特定目标类 must make up all projects (one finding for repeated pairs)', () => {
    const findings = run('claims-counts', (d) => {
      claim(d, 'projects-operating').amount = '5.00';
      d.claims!.push({ ...structuredClone(claim(d, 'projects-operating')), id: 'again-operating' }, { ...structuredClone(claim(d, 'projects-specific')), id: 'again-specific' });
    });
    assert.deepEqual(brief(findings), [
      { rule: 'claims-counts', severity: 'error', subject: undefined, difference: '-5.00', paths: ['$.claims[9].amount', '$.claims[10].amount', '$.claims[11].amount', '$.claims[12].amount', '$.projects.total.total'] },
    ]);
    assertWords(findings[0], '5.00', '30.00', '35.00', '40.00');
    assert.deepEqual(run('claims-counts', (d) => (claim(d, 'projects-specific').count = 2)).map((f) => f.severity), ['error']);
  });

  test('the number of units the 说明 gives for 机关运行经费 against the units of its table', () => {
    const push = (count: number) => run('claims-counts', (d) => d.claims!.push({ id: 'units', section: '八、机关运行经费', quote: `所属${count}家行政单位`, subject: { kind: 'operatingExpenses', label: '行政单位' }, count }));
    assert.deepEqual(push(1), []);
    assert.deepEqual(push(2).map((f) => [f.severity, f.difference, f.figures[0].path]), [['error', '1', '$.claims[11].count']]);
  });

  test('with categories in the table, each category is checked', () => {
    const categorised = (d: BudgetDocument) => {
      const [p1, p2] = d.projects!.units[0].projects;
      p1.category = 'specific';
      p2.category = 'operating';
    };
    assert.deepEqual(run('claims-counts', categorised), []);
    assert.deepEqual(run('claims-counts', (d) => { categorised(d); d.projects!.units[0].projects[1].category = 'specific'; }).map((f) => [f.severity, f.figures[0].unit]), [
      ['error', '个'],
      ['error', '万元'],
      ['error', '个'],
      ['error', '万元'],
    ]);
  });
});

describe('claims-subject-names', () => {
  test('a statement naming levels its code does not have', () => {
    const findings = run('claims-subject-names', (d) => (d.claims!.find((c) => c.id === 'subject-2010301')!.subject.label = '一般公共服务支出（类）一般公共服务支出（款）行政运行（项）'));
    assert.deepEqual(brief(findings), [
      { rule: 'claims-subject-names', severity: 'error', subject: '2010301', difference: undefined, paths: ['$.claims[7].amount', '$.expenditureBySubject.rows[2].amounts.total'] },
    ]);
    assertWords(findings[0], '2010301', '政府办公厅（室）及相关机构事务');
  });
});

// ---------------------------------------------------------------------------------------------
// The real documents
// ---------------------------------------------------------------------------------------------

describe('the reference report (汾阳市信访局 2024): exactly its three known inconsistencies', () => {
  const findings = checkDocument(readDoc('fenyang-xinfang-2024.json'));

  test('three findings and nothing else', () => {
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [
      ['economic-sums', 'rounding'],
      ['claims-changes', 'rounding'],
      ['claims-counts', 'error'],
    ]);
  });

  test('rounding: 表6 商品和服务支出 items sum to 15.42 against 15.43', () => {
    const f = findings[0];
    assert.deepEqual(f.figures.map((x) => [x.label, x.amount, x.unit, x.path, x.source]), [
      ['表6 商品和服务支出 合计', '15.43', '万元', '$.basicExpenditureByEconomic.groups[1].amounts.total', '表6'],
      ['Σ 12 项明细 合计', '15.42', '万元', '$.basicExpenditureByEconomic.groups[1].items', '表6'],
      ['表6 商品和服务支出 公用经费', '15.43', '万元', '$.basicExpenditureByEconomic.groups[1].amounts.publicUse', '表6'],
      ['Σ 12 项明细 公用经费', '15.42', '万元', '$.basicExpenditureByEconomic.groups[1].items', '表6'],
    ]);
    assert.deepEqual([f.difference, f.tolerance, f.subject], ['0.01', '0.065', undefined]);
    assertWords(f, '商品和服务支出', '15.43', '15.42');
  });

  test('rounding: 机关运行经费 growth stated as 3.76% where 0.56 / 14.87 gives 3.77%', () => {
    const f = findings[1];
    assert.deepEqual(f.figures.map((x) => [x.amount, x.unit, x.path]), [
      ['3.76', '%', '$.claims[36].change.percent'],
      ['0.56', '万元', '$.claims[36].change.amount'],
      ['14.87', '万元', '$.priorYear[3].amount'],
      ['3.7660', '%', '$.claims[36].change'],
    ]);
    assert.deepEqual([f.difference, f.tolerance], ['-0.0060', '[3.73, 3.81]']);
    assertWords(f, '3.76%', '3.77%', '0.56', '14.87');
    assert.ok(f.figures[0].source.startsWith('八、机关运行经费增减变动原因说明'));
  });

  test('error: 运转类 10.80 + 特定目标类 305.00 = 315.80 against 项目支出 320.18', () => {
    const f = findings[2];
    assert.deepEqual(f.figures.map((x) => [x.amount, x.path]), [
      ['10.80', '$.claims[47].amount'],
      ['305.00', '$.claims[48].amount'],
      ['10.80', '$.claims[50].amount'],
      ['305.00', '$.claims[51].amount'],
      ['320.18', '$.projects.total.total'],
    ]);
    assert.deepEqual([f.difference, f.tolerance], ['-4.38', '0.015']);
    assertWords(f, '10.80', '305.00', '315.80', '320.18');
  });
});

describe('the Wanli reports (上海市普陀区万里街道): their known errors are found', () => {
  test('2023: statement 16’s copied 441.25 (two amounts for one item), the impossible 政府性基金 change, 314.82% for 289.12%, 增加100.00% from 0 twice — nothing else', () => {
    const findings = checkDocument(readDoc('sh-putuo-wanli-2023.json'));
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.subject, f.figures.map((x) => `${x.amount}${x.unit}`)]), [
      ['claims-amounts', 'error', '2080506', ['441.25万元', '2206272元']],
      ['claims-changes', 'error', undefined, ['0万元', '1421.25万元', '-1421.25万元']],
      ['claims-changes', 'error', '2012902', ['314.82%', '45.41万元', '11.67万元', '289.1174%']],
      ['claims-zero-base', 'error', '2010507', ['100.00%', '0万元', '60.13万元']],
      ['claims-zero-base', 'error', '2080599', ['100.00%', '0万元', '0.31万元']],
      ['claims-duplicate-items', 'error', '2080506', ['220.63万元', '441.25万元']],
    ]);
    assert.equal(findings[2].figures[2].path, '$.claims[12].quote', 'the 2022 执行数 is read from the statement');
    assertWords(findings[2], '314.82%', '289.12%');
  });

  test('2025: the one-yuan error of 212 01 (表3 and 表5) and the misnamed 2100717 — nothing else', () => {
    const findings = checkDocument(readDoc('sh-putuo-wanli-2025.json'));
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.subject, f.difference, f.figures[0].path]), [
      ['subject-sums', 'error', '212', '-1', '$.expenditureBySubject.rows[48].amounts.total'],
      ['subject-sums', 'error', '21201', '1', '$.expenditureBySubject.rows[49].amounts.total'],
      ['subject-sums', 'error', '212', '-1', '$.generalBudgetExpenditure.rows[48].amounts.total'],
      ['subject-sums', 'error', '21201', '1', '$.generalBudgetExpenditure.rows[49].amounts.total'],
      ['basic-plus-project', 'error', '21201', '1', '$.expenditureBySubject.rows[49].amounts.total'],
      ['basic-plus-project', 'error', '21201', '1', '$.generalBudgetExpenditure.rows[49].amounts.total'],
      ['claims-subject-names', 'error', '2100717', undefined, '$.claims[30].amount'],
    ]);
    assert.deepEqual(findings[1].figures.map((x) => x.amount), ['94995790', '94995789']);
    assertWords(findings[6], '卫生健康支出（款）', '计划生育事务（款）');
  });
});

describe('hostile but valid amounts', () => {
  test('an amount with the most decimals a document may have (10) that does not add up is a finding with the exact figure, not a crash', () => {
    const doc = minimalDocument();
    const exact = '60.0000000001';
    doc.expenditureBySubject!.rows[2]!.amounts.basic = exact;
    doc.expenditureBySubject!.rows[2]!.amounts.total = exact;
    assert.equal(validateBudgetFile(doc).valid, true);
    const findings = checkDocument(doc);
    assert.ok(findings.some((f) => f.figures.some((g) => g.amount === exact) && f.message.zh.includes(exact)));
  });
});
