/**
 * The rules on the 说明's statements read from Shanghai-style reports (src/core/check/narrative.ts,
 * claims-amounts at the stated precision, claims-changes from stated bases) and the provenance of
 * findings (src/core/check/provenance.ts, `budget-viz check`): each rule on small hand-made
 * documents, one that it passes and one that it catches; then the real cases of the corpus
 * reports, found in the reports they are in, and nothing called an error in the clean report.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCheck } from '../../src/cli/check.js';
import { RULES, checkDocument, locate, type Finding, type Rule } from '../../src/core/check/index.js';
import { importReportText } from '../../src/core/import/index.js';
import type { BudgetDocument, Claim, ClaimBase } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const rule = (id: string): Rule => {
  const found = RULES.find((r) => r.id === id);
  assert.ok(found, `rule ${id}`);
  return found;
};

const SECTION = '2024年部门预算编制说明';
/** A Shanghai-style 2024 budget: 表3 in 元 with a few 项, and no claims yet. */
function shanghaiDocument(): BudgetDocument {
  const doc = minimalDocument();
  doc.meta.unit = '元';
  doc.meta.tables = [
    { id: '表1', title: '2024年部门财务收支预算总表', unit: '元', status: 'data' },
    { id: '表3', title: '2024年部门支出预算总表', unit: '元', status: 'data' },
  ];
  delete doc.summary;
  doc.expenditureBySubject = {
    table: '表3',
    unit: '元',
    columns: [{ key: 'total', label: '合计' }, { key: 'basic', label: '基本支出' }, { key: 'project', label: '项目支出' }],
    total: { total: '2628347', basic: '2628347', project: '0' },
    rows: [
      { code: '208', name: '社会保障和就业支出', amounts: { total: '2628347', basic: '2628347', project: '0' } },
      { code: '20805', name: '行政事业单位养老支出', amounts: { total: '2628347', basic: '2628347', project: '0' } },
      { code: '2080501', name: '行政单位离退休', amounts: { total: '877080', basic: '877080', project: '0' } },
      { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amounts: { total: '877650', basic: '877650', project: '0' } },
      { code: '2080506', name: '机关事业单位职业年金缴费支出', amounts: { total: '873617', basic: '873617', project: '0' } },
    ],
  };
  doc.claims = [];
  delete doc.priorYear;
  return doc;
}

const label = (code: string) => `社会保障和就业支出（类）行政事业单位养老支出（款）${{ '2080501': '行政单位离退休', '2080505': '机关事业单位基本养老保险缴费支出', '2080506': '机关事业单位职业年金缴费支出' }[code]}（项）`;
/** A 科目 item of the 说明. */
function item(id: string, code: string, amount: string, extra: Partial<Claim> = {}): Claim {
  return { id, section: SECTION, quote: `“${label(code)}”${amount}万元`, subject: { kind: 'subject', code, label: label(code) }, unit: '万元', amount, ...extra };
}
const execution = (year: number, amount: string): ClaimBase => ({ words: `${year}年当年预算执行数`, basis: 'execution', year, amount });
const budget = (year: number, amount: string): ClaimBase => ({ words: `${year}年度预算`, basis: 'budget', year, amount });

function run(id: string, doc: BudgetDocument): Finding[] {
  assert.deepEqual(validateBudgetFile(doc).issues, [], 'the test document is valid');
  return rule(id).run(doc);
}
const brief = (findings: Finding[]) => findings.map((f) => [f.severity, f.subject, f.figures.map((x) => `${x.amount}${x.unit}`)]);
function assertWords(finding: Finding, zh: string[], en: string[]) {
  for (const w of zh) assert.ok(finding.message.zh.includes(w), `zh “${finding.message.zh}” names ${w}`);
  for (const w of en) assert.ok(finding.message.en.includes(w), `en “${finding.message.en}” names ${w}`);
}

describe('claims-amounts at the stated precision', () => {
  test('against a figure in 元, the statement must be its half-up rounding: a truncated one is an error and says so', () => {
    const doc = shanghaiDocument();
    doc.claims = [item('a', '2080501', '87.70'), item('b', '2080501', '87.71')];
    const findings = run('claims-amounts', doc);
    assert.deepEqual(brief(findings), [['error', '2080501', ['87.70万元', '877080元']]]);
    assertWords(findings[0]!, ['截断', '87.71万元'], ['truncated, not rounded', '87.71']);
  });

  test('a stray digit is an error and names the digit', () => {
    const doc = shanghaiDocument();
    doc.claims = [item('a', '2080506', '887.36'), item('b', '2080506', '87.36')];
    const findings = run('claims-amounts', doc);
    assert.deepEqual(brief(findings), [['error', '2080506', ['887.36万元', '873617元']]]);
    assertWords(findings[0]!, ['去掉第 1 位数字“8”', '87.36万元'], ['stray digit']);
  });

  test('an exact tie may be rounded either way; a figure rounded up is an error', () => {
    const doc = shanghaiDocument();
    doc.claims = [item('tie', '2080505', '87.76'), item('up', '2080501', '87.71'), item('ceil', '2080506', '87.37')];
    // 877,650元 = 87.765万元: 87.77 half-up, 87.76 half-even (rounding); 873,617元 = 87.3617: 87.37 is rounded up.
    assert.deepEqual(brief(run('claims-amounts', doc)), [['rounding', '2080505', ['87.76万元', '877650元']], ['error', '2080506', ['87.37万元', '873617元']]]);
  });

  test('against a table in 万元 the rounding of both figures is allowed, as before', () => {
    const doc = shanghaiDocument();
    doc.expenditureBySubject!.unit = '万元';
    doc.meta.tables.find((t) => t.id === '表3')!.unit = '万元';
    for (const row of doc.expenditureBySubject!.rows) row.amounts.total = (Number(row.amounts.total) / 10000).toFixed(2);
    doc.expenditureBySubject!.total.total = '262.83';
    doc.claims = [item('a', '2080501', '87.7')];
    assert.deepEqual(run('claims-amounts', doc), []);
  });

  test('an amount dated another year is not compared with this year’s table', () => {
    const doc = shanghaiDocument();
    doc.claims = [item('a', '2080501', '99.00', { period: { words: '2023年预算安排', year: 2023 } })];
    assert.deepEqual(run('claims-amounts', doc), []);
  });
});

describe('claims-changes from the stated figures', () => {
  test('“减少1.10%” where the stated figures give −15.13% is an error; 15.13% is not', () => {
    const doc = shanghaiDocument();
    const change = { direction: 'decrease' as const, percent: '1.10', comparedTo: '2023年预算执行数' };
    doc.claims = [item('a', '2080501', '84.87', { bases: [execution(2023, '100.00')], change })];
    const findings = run('claims-changes', doc);
    assert.deepEqual(brief(findings), [['error', '2080501', ['1.10%', '84.87万元', '100.00万元', '15.1300%']]]);
    assert.equal(findings[0]!.figures[2]!.path, '$.claims[0].bases[0].amount');
    doc.claims[0]!.change!.percent = '15.13';
    assert.deepEqual(run('claims-changes', doc), []);
  });

  test('the base the change names is used, not another one the statement gives', () => {
    const doc = shanghaiDocument();
    // 2023年度预算 110.00 and 2023年当年预算执行数 100.00: “比2023年预算执行数增加10.00%” is against the 100.00.
    doc.claims = [item('a', '2080501', '110.00', { bases: [budget(2023, '110.00'), execution(2023, '100.00')], change: { direction: 'increase', percent: '10.00', comparedTo: '2023年预算执行数' } })];
    assert.deepEqual(run('claims-changes', doc), []);
  });

  test('“增加的主要原因是…” after a stated decrease: one error per reason, however many changes it explains', () => {
    const doc = shanghaiDocument();
    const change = { direction: 'decrease' as const, amount: '10.00', comparedTo: '2023年预算', reason: '项目调整', reasonDirection: 'increase' as const };
    doc.claims = [
      { id: 'in', section: SECTION, quote: '财政拨款收入262.83万元，比2023年预算减少10.00万元', subject: { kind: 'fiscalAppropriationTotal', label: '财政拨款收入' }, unit: '万元', amount: '262.83', change },
      { id: 'out', section: SECTION, quote: '财政拨款支出预算262.83万元，比2023年预算减少10.00万元', subject: { kind: 'fiscalAppropriationTotal', label: '财政拨款支出预算' }, unit: '万元', amount: '262.83', change: { ...change } },
    ];
    const findings = run('claims-changes', doc);
    assert.equal(findings.length, 1);
    assertWords(findings[0]!, ['增加的主要原因', '减少'], ['reason for an increase']);
    doc.claims.forEach((c) => (c.change!.reasonDirection = 'decrease'));
    assert.deepEqual(run('claims-changes', doc), []);
  });
});

describe('claims-base-year', () => {
  const withChange = (fiscalYear: number, kind: 'budget' | 'final', comparedTo: string, bases?: ClaimBase[]) => {
    const doc = shanghaiDocument();
    doc.meta.fiscalYear = fiscalYear;
    doc.meta.kind = kind;
    doc.claims = [item('a', '2080501', '87.71', { ...(bases ? { bases } : {}), change: { direction: 'increase', amount: '1.00', comparedTo } })];
    return run('claims-base-year', doc);
  };

  test('“比2026年预算增加” in a 2026 budget is an error; 上年 and 2025年预算 are not', () => {
    const findings = withChange(2026, 'budget', '2026年预算');
    assert.deepEqual(findings.map((f) => f.severity), ['error']);
    assertWords(findings[0]!, ['2026年预算', '2026 年预算'], ['2026 budget']);
    assert.deepEqual(withChange(2026, 'budget', '2025年预算'), []);
    assert.deepEqual(withChange(2026, 'budget', '上年'), []);
    assert.deepEqual(withChange(2026, 'budget', '2027年预算').map((f) => f.severity), ['error']);
  });

  test('a final account compares with its year’s budget and earlier years, not with its own year', () => {
    assert.deepEqual(withChange(2024, 'final', '2024年度').map((f) => f.severity), ['error']);
    assert.deepEqual(withChange(2024, 'final', '2023年度'), []);
    assert.deepEqual(withChange(2024, 'final', '2024年预算'), []);
    assert.deepEqual(withChange(2024, 'final', '年初预算'), []);
  });

  test('the change named 2024 but computed from the 2025 执行数 the statement gives is an error (and only that)', () => {
    const findings = withChange(2026, 'budget', '2024年预算执行数', [execution(2025, '5.57')]);
    assert.deepEqual(brief(findings), [['error', '2080501', ['5.57万元', '1.00万元']]]);
    assertWords(findings[0]!, ['2025年当年预算执行数', '比2024年预算执行数'], ['2025 budget execution']);
  });

  test('a base two years back is a note, unless the list of prior budgets shows it is last year’s', () => {
    const build = (total: string) => {
      const doc = shanghaiDocument();
      doc.meta.fiscalYear = 2026;
      doc.claims = [
        item('a', '2080501', '10.00', { bases: [budget(2025, '10.00')] }),
        item('b', '2080505', '20.00', { bases: [budget(2025, '20.00')] }),
        item('c', '2080506', '30.00', { bases: [budget(2024, '40.00')] }),
        { id: 'total', section: SECTION, quote: '财政拨款支出预算60.00万元，比2025年预算减少10.00万元', subject: { kind: 'fiscalAppropriationTotal', label: '财政拨款支出预算' }, unit: '万元', amount: '60.00', change: { direction: 'decrease', amount: '10.00', comparedTo: '2025年预算' } },
      ];
      doc.priorYear = [{ fiscalYear: 2025, subject: { kind: 'fiscalAppropriationTotal', label: '财政拨款支出预算' }, unit: '万元', amount: total, basis: 'derived', claim: 'total' }];
      return run('claims-base-year', doc);
    };
    // 10.00 + 20.00 + 40.00 = 70.00 = 60.00 + 10.00: the “2024年度预算40.00” is the 2025 budget.
    const evidence = build('70.00');
    assert.deepEqual(brief(evidence), [['error', '2080506', ['40.00万元', '70.00万元', '70.00万元']]]);
    assertWords(evidence[0]!, ['2024年度预算', '年份写错'], ['under the wrong year']);
    assert.deepEqual(build('80.00').map((f) => f.severity), ['note']);
  });

  test('this year’s amount dated last year (“2025年预算安排8.61万元” beside 2026年度预算8.61万元) is an error; alone, a note', () => {
    const doc = shanghaiDocument();
    doc.meta.fiscalYear = 2026;
    doc.claims = [
      item('main', '2080501', '8.61', { period: { words: '2026年度预算', year: 2026 } }),
      item('restated', '2080501', '8.61', { period: { words: '2025年预算安排', year: 2025 } }),
    ];
    const findings = run('claims-base-year', doc);
    assert.deepEqual(brief(findings), [['error', '2080501', ['8.61万元', '8.61万元']]]);
    doc.claims.shift();
    assert.deepEqual(run('claims-base-year', doc).map((f) => f.severity), ['note']);
  });
});

describe('claims-zero-base', () => {
  const withBase = (base: string, percent: string | undefined, direction: 'increase' | 'new' = 'increase') => {
    const doc = shanghaiDocument();
    doc.claims = [item('a', '2080501', '60.13', { bases: [execution(2023, base)], change: { direction, comparedTo: '2023年预算执行数', ...(percent ? { percent } : {}) } })];
    return run('claims-zero-base', doc);
  };

  test('“增长100.00%” from a stated 0 is an error; any other percentage from 0 too', () => {
    const findings = withBase('0', '100.00');
    assert.deepEqual(brief(findings), [['error', '2080501', ['100.00%', '0万元', '60.13万元']]]);
    assertWords(findings[0]!, ['100.00%', '新增'], ['from nothing']);
    assert.deepEqual(withBase('0', '250.00').length, 1);
  });

  test('no finding for growth from a figure, nor for “新增” without a percentage', () => {
    assert.deepEqual(withBase('30.00', '100.43'), []);
    assert.deepEqual(withBase('0', undefined, 'new'), []);
  });

  test('an increase as large as the amount leaves a base of 0', () => {
    const doc = shanghaiDocument();
    doc.claims = [item('a', '2080501', '60.13', { change: { direction: 'increase', amount: '60.13', percent: '100.00', comparedTo: '上年' } })];
    assert.equal(run('claims-zero-base', doc).length, 1);
  });
});

describe('claims-duplicate-items', () => {
  test('one item with two amounts in one part is an error; the same amount twice is not', () => {
    const doc = shanghaiDocument();
    doc.claims = [item('a', '2080506', '220.63'), item('b', '2080506', '441.25', { period: { words: '2024年预算安排', year: 2024 } }), item('c', '2080501', '87.71'), item('d', '2080501', '87.71')];
    const findings = run('claims-duplicate-items', doc);
    assert.deepEqual(brief(findings), [['error', '2080506', ['220.63万元', '441.25万元']]]);
    assertWords(findings[0]!, ['220.63万元', '441.25万元'], ['2 different amounts']);
  });

  test('not across parts, years, or different 三公 lines; a 科目 without a code by its label', () => {
    const doc = shanghaiDocument();
    doc.claims = [
      item('a', '2080506', '220.63'),
      item('b', '2080506', '441.25', { section: '其他' }),
      item('c', '2080506', '200.00', { period: { words: '2023年度预算', year: 2023 } }),
      { id: 't1', section: SECTION, quote: '因公出国（境）费1.00万元', subject: { kind: 'threePublic', item: 'outboundTravel', label: '因公出国（境）费' }, unit: '万元', amount: '1.00' },
      { id: 't2', section: SECTION, quote: '公务接待费2.00万元', subject: { kind: 'threePublic', item: 'reception', label: '公务接待费' }, unit: '万元', amount: '2.00' },
      { id: 'u1', section: SECTION, quote: '“X-Y-Z”1.00万元', subject: { kind: 'subject', label: 'X-Y-Z' }, unit: '万元', amount: '1.00' },
      { id: 'u2', section: SECTION, quote: '“X-Y-Z”1.50万元', subject: { kind: 'subject', label: 'X-Y-Z' }, unit: '万元', amount: '1.50' },
    ];
    assert.deepEqual(run('claims-duplicate-items', doc).map((f) => f.figures.map((x) => x.amount)), [['1.00', '1.50']]);
  });
});

describe('empty-table-note', () => {
  const withFund = (total: string) => {
    const doc = shanghaiDocument();
    doc.meta.tables.push({ id: '表6', title: '2024年部门政府性基金预算支出功能分类预算表', unit: '元', status: 'data' });
    doc.governmentFundExpenditure = {
      table: '表6', unit: '元', columns: [{ key: 'total', label: '合计' }, { key: 'basic', label: '基本支出' }, { key: 'project', label: '项目支出' }],
      total: { total, basic: '0', project: total },
      rows: [{ code: '212', name: '城乡社区支出', amounts: { total, basic: '0', project: total } }],
    };
    doc.claims = [{ id: 'empty-table', section: '2024年部门政府性基金预算支出功能分类预算表', quote: '注:本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。', subject: { kind: 'emptyTable', label: '2024年部门政府性基金预算支出功能分类预算表' }, table: '表6', statement: '本表为空表', provenance: { line: 460, page: 30 } }];
    return doc;
  };

  test('“本表为空表” under a table with figures is an error naming the note and a figure', () => {
    const findings = run('empty-table-note', withFund('3680000'));
    assert.deepEqual(brief(findings), [[ 'error', undefined, ['0个', '3680000元']]]);
    assertWords(findings[0]!, ['表6', '本表为空表', '3,680,000元'], ['empty']);
  });

  test('no finding when the table is empty or all zeros, or the report does not have it', () => {
    assert.deepEqual(run('empty-table-note', withFund('0')), []);
    const doc = withFund('3680000');
    doc.claims![0]!.table = '表7';
    assert.deepEqual(run('empty-table-note', doc), []);
  });

  test('a table listed as empty (本表无数据) that has figures is the same contradiction', () => {
    const doc = withFund('3680000');
    doc.claims = [];
    doc.meta.tables.find((t) => t.id === '表6')!.status = 'empty';
    assert.equal(run('empty-table-note', doc).length, 1);
  });
});

describe('claims-completion-rate', () => {
  const final = (percent: string, comparedTo = '年初预算') => {
    const doc = shanghaiDocument();
    doc.meta.kind = 'final';
    doc.claims = [{
      id: 'c', section: '（三）一般公共预算财政拨款支出决算具体情况', quote: `年初预算为1000.00万元，全年预算为1100.00万元，支出决算为1054.79万元，完成${comparedTo}的${percent}%`,
      subject: { kind: 'generalBudgetExpenditure', label: '一般公共预算财政拨款支出' }, unit: '万元', amount: '1054.79',
      bases: [{ words: '年初预算', basis: 'initialBudget', amount: '1000.00' }, { words: '全年预算', basis: 'adjustedBudget', amount: '1100.00' }],
      completion: { percent, comparedTo },
    }];
    return run('claims-completion-rate', doc);
  };

  test('“完成年初预算的95.89%” computed against the 全年预算 is an error that says so', () => {
    const findings = final('95.89');
    assert.deepEqual(brief(findings), [['error', undefined, ['95.89%', '1054.79万元', '1000.00万元', '1100.00万元', '105.4790%']]]);
    assertWords(findings[0]!, ['全年预算', '年初预算', '105.48%'], ['full-year (adjusted) budget', 'not the 年初预算']);
  });

  test('right against the base it names: none; within the rounding of the figures: rounding', () => {
    assert.deepEqual(final('105.48'), []);
    assert.deepEqual(final('95.89', '全年预算'), []);
    assert.deepEqual(final('105.47').map((f) => f.severity), ['rounding']);
  });
});

describe('provenance of the figures of a finding', () => {
  test('table, row, column, line and page from the table’s provenance and the claim’s; an inferred column says so', () => {
    const doc = shanghaiDocument();
    doc.expenditureBySubject!.provenance = { 'rows/2': { line: 210, page: 12 }, total: { line: 240, page: 13 } };
    doc.claims = [item('a', '2080501', '87.70', { provenance: { line: 99, page: 7 } })];
    const [f] = checkDocument(doc);
    assert.equal(f!.rule, 'claims-amounts');
    assert.deepEqual(
      f!.figures.map(({ table, row, column, line, page, inferred }) => ({ table, row, column, line, page, inferred })),
      [
        { table: undefined, row: label('2080501'), column: undefined, line: 99, page: 7, inferred: undefined },
        { table: '表3', row: '2080501 行政单位离退休', column: '合计', line: 210, page: 12, inferred: undefined },
      ],
    );
    assert.ok(!/导入问题/.test(f!.message.zh));
    doc.expenditureBySubject!.provenance['rows/2']!.inferred = true;
    const [g] = checkDocument(doc);
    assert.ok(g!.figures[1]!.inferred);
    assertWords(g!, ['表3 第210行 第12页', '可能是导入问题'], ['表3 line 210, page 12', 'may be an import problem']);
  });

  test('locate: summary lines, 三公 lines, economic items, totals', () => {
    const doc = minimalDocument();
    doc.summary!.provenance = { 'income/0': { line: 10, page: 2 }, expenditureTotal: { line: 20, page: 2 } };
    assert.deepEqual(locate(doc, '$.summary.income[0].amount'), { table: '表1', row: '一般公共预算', line: 10, page: 2 });
    assert.deepEqual(locate(doc, '$.summary.expenditureTotal.total'), { table: '表1', row: '本年支出合计', column: '合计', line: 20, page: 2 });
    assert.deepEqual(locate(doc, '$.expenditureBySubject.total.basic'), { table: '表3', row: '合计', column: '基本支出' });
    // The minimal document's claim has no line and no label.
    assert.deepEqual(locate(doc, '$.claims[0].amount'), {});
    assert.deepEqual(locate(doc, '$.nothing[3]'), {});
  });

  test('budget-viz check prints where each figure is; --json carries the fields', async () => {
    const doc = shanghaiDocument();
    doc.expenditureBySubject!.provenance = { 'rows/2': { line: 210, page: 12 } };
    doc.claims = [item('a', '2080501', '87.70', { provenance: { line: 99, page: 7 } })];
    const file = join(mkdtempSync(join(tmpdir(), 'budget-viz-check-')), 'doc.json');
    writeFileSync(file, JSON.stringify(doc));
    let text = '';
    const out = { write: (s: string) => (text += s) };
    assert.equal(await runCheck([file], { out, err: out }), 1);
    assert.match(text, /@ 表3 2080501 行政单位离退休 \/ 合计，第210行 第12页/);
    assert.match(text, /第99行 第7页/);
    text = '';
    await runCheck([file, '--json', '--lang', 'en'], { out, err: out });
    const [report] = JSON.parse(text) as { findings: Finding[] }[];
    assert.deepEqual(report!.findings[0]!.figures.map((f) => [f.line, f.page]), [[99, 7], [210, 12]]);
  });
});

// ---------------------------------------------------------------------------------------------
// the real cases, in the reports they are in
// ---------------------------------------------------------------------------------------------

const imported = new Map<string, BudgetDocument>();
function report(name: string): BudgetDocument {
  let doc = imported.get(name);
  if (!doc) {
    doc = importReportText(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')).document;
    imported.set(name, doc);
  }
  return doc;
}
const NARRATIVE = /^claims-|^empty-table-note$/;
/** The error findings of the 说明's rules, as rule and subject code (or start of message). */
const narrativeErrors = (doc: BudgetDocument) =>
  checkDocument(doc)
    .filter((f) => f.severity === 'error' && NARRATIVE.test(f.rule))
    .map((f) => `${f.rule} ${f.subject ?? f.message.zh.slice(0, 12)}`);

describe('the real cases of the corpus', () => {
  test('普陀区财政局 2025: 887.36万元 for 873,617元 (a stray digit) and 87.70/78.21/204.91/268.77 truncated (items 7, 9–11 printed twice)', () => {
    const findings = checkDocument(report('sh-putuo-czj-2025-dept.txt')).filter((f) => f.severity === 'error' && NARRATIVE.test(f.rule));
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.subject} ${f.figures[0]!.amount}`), [
      'claims-amounts 2080501 87.70', 'claims-amounts 2080506 887.36', 'claims-amounts 2101101 78.21', 'claims-amounts 2210201 204.91', 'claims-amounts 2210203 268.77',
      'claims-amounts 2080506 887.36', 'claims-amounts 2101101 78.21', 'claims-amounts 2210201 204.91', 'claims-amounts 2210203 268.77',
    ]);
    assert.ok(findings[1]!.message.zh.includes('疑为多出一位数字'));
    for (const i of [0, 2, 3, 4]) assert.ok(findings[i]!.message.zh.includes('截断'), findings[i]!.message.zh);
    assert.deepEqual(findings[1]!.figures.map((f) => [f.line, f.page]), [[103, 7], [213, 12]]);
  });

  test('万里街道 2023: the same item with two amounts, 增加100.00% from 0 twice, and the copied changes', () => {
    assert.deepEqual(narrativeErrors(report('sh-putuo-wanli-2023-dept.txt')), [
      'claims-amounts 2080506',
      'claims-changes 说明“政府性基金拨款支出',
      'claims-changes 2012902',
      'claims-changes 2080506',
      'claims-zero-base 2010507',
      'claims-zero-base 2080599',
      'claims-duplicate-items 2080506',
    ]);
  });

  test('石泉路街道 2026: base years (比2024年预算执行数, 2024年度预算 ×2, 2025年预算安排), 5.40% for 5.38%, 增加的主要原因 after decreases', () => {
    const findings = checkDocument(report('sh-putuo-shiquan-2026-unit.pages.txt')).filter((f) => f.severity === 'error' && /claims-(base-year|changes)/.test(f.rule));
    const has = (rule: string, words: string) => assert.ok(findings.some((f) => f.rule === rule && (f.message.zh.includes(words) || f.figures.some((x) => x.amount === words))), `${rule} ${words}`);
    has('claims-base-year', '79.53');
    has('claims-base-year', '2024年预算执行数持平');
    has('claims-base-year', '8.61');
    has('claims-base-year', '1676.41');
    has('claims-base-year', '1482.50');
    has('claims-changes', '5.40');
    has('claims-changes', '增加的主要原因');
    assert.equal(findings.length, 7);
  });

  test('普陀区财政局 2024 决算: 占71.73% for 71.65%; 财政拨款收入支出总计 0.3万元 for 2,961.68; 完成年初预算的98.20% is right', () => {
    const findings = checkDocument(report('sh-putuo-czj-2024-final.txt')).filter((f) => NARRATIVE.test(f.rule));
    const errors = findings.filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => `${f.rule} ${f.subject ?? f.figures[0]!.amount}`), ['claims-amounts 0.3', 'claims-shares 201']);
    assert.equal(errors[0]!.figures[1]!.amount, '2961.68');
    assert.deepEqual(findings.filter((f) => f.rule === 'claims-completion-rate'), []);
  });

  test('万里街道 2025: the 说明 names 2100717 “计划生育事务（项）”; nothing else in the 说明', () => {
    assert.deepEqual(narrativeErrors(report('sh-putuo-wanli-2025-dept.txt')), ['claims-subject-names 2100717']);
  });

  test('上海市财政局 2025 and 上海市普陀区人民政府办公室 2025: nothing wrong in the 说明', () => {
    assert.deepEqual(narrativeErrors(report('sh-city-czj-2025-unit.txt')), []);
    assert.deepEqual(narrativeErrors(report('sh-putuo-qzfb-2025-dept.txt')), []);
  });

  test('上海市普陀区人民政府办公室 2025 (sh-putuo-qzfb-2025-dept) has no error finding at all', () => {
    assert.deepEqual(checkDocument(report('sh-putuo-qzfb-2025-dept.txt')).filter((f) => f.severity === 'error').map((f) => f.message.zh), []);
  });
});
