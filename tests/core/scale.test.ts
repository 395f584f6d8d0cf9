/**
 * The validator and the checker on documents as large as a careless or hostile file makes them
 * (issue 10): no RangeError from spreading a long list onto the call stack, no regular expression
 * or loop whose work grows with the square of the input. No timing is asserted, only results: a
 * quadratic regression shows as a run of minutes (these tests took 1 to 4 minutes each before the
 * fixes; a timeout cannot stop synchronous work). Timings are in `npm run bench`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDocument, type Finding } from '../../src/core/check/index.js';
import { statedPreviousYear } from '../../src/core/check/claim-changes.js';
import type { BudgetDocument, Claim } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { minimalDocument } from '../fixtures/minimal-document.js';
import { manyClaimsDocument, unbalancedRowsDocument } from './large-documents.js';

const LONG = { timeout: 180_000 };
const N = 200_000;

const byRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);

/** Validates `doc`, failing with its first issues when it is not valid. */
function assertValid(doc: BudgetDocument) {
  const result = validateBudgetFile(doc);
  assert.equal(result.valid, true, JSON.stringify(result.issues.slice(0, 3)));
}

describe('check: lists longer than the call stack', () => {
  test('50,000 rows that add up nowhere give their findings, not a RangeError', LONG, () => {
    const doc = unbalancedRowsDocument(50_000);
    assertValid(doc);
    const findings = checkDocument(doc);
    // Each row of 表3 differs from 表5 in its three columns: 150,000 findings of one rule.
    const agree = byRule(findings, 'subject-rows-agree');
    assert.equal(agree.length, 150_000);
    assert.deepEqual(agree[0]!.figures.map((f) => [f.path, f.amount]), [
      ['$.expenditureBySubject.rows[0].amounts.total', '3.00'],
      ['$.generalBudgetExpenditure.rows[0].amounts.total', '4.00'],
    ]);
    assert.equal(agree.at(-1)!.subject, doc.expenditureBySubject!.rows.at(-1)!.code);
    // The 合计 against its 100 类, and every 类 and 款 against its children, in both tables.
    const sums = byRule(findings, 'subject-sums');
    assert.equal(sums[0]!.message.en, '表3 total: total: 100.00 (10,000 yuan) stated, its 100 类 (classes) sum to 300.00 (10,000 yuan); basic: 60.00 (10,000 yuan) stated, its 100 类 (classes) sum to 200.00 (10,000 yuan); project: 40.00 (10,000 yuan) stated, its 100 类 (classes) sum to 100.00 (10,000 yuan); difference -200.00 (10,000 yuan), more than rounding can explain (±0.505 (10,000 yuan))');
    const parents = doc.expenditureBySubject!.rows.filter((r) => r.code.length < 7).length;
    assert.equal(sums.length, 2 * (1 + parents));
  });

  test('a total of 150,000 lines is judged against their sum, not a RangeError', LONG, () => {
    const doc = minimalDocument();
    delete doc.expenditureBySubject;
    const s = doc.summary!;
    s.expenditure = Array.from({ length: 150_000 }, (_, i) => ({ ordinal: i + 1, label: `支出${i}`, amounts: { total: '0.01' } }));
    assertValid(doc);
    const [finding] = byRule(checkDocument(doc), 'summary-totals').filter((f) => f.figures[0]!.path === '$.summary.expenditureTotal.total');
    assert.equal(finding?.figures[1]!.amount, '1500.00');
  });
});

describe('validate and check: many claims, rows and prior-year figures', () => {
  test('20,000 claims, 40,000 prior-year figures and 20,000 rows: valid, and checked without a finding', LONG, () => {
    const doc = manyClaimsDocument(20_000);
    assert.equal(doc.claims!.length, 20_000);
    assertValid(doc);
    assert.deepEqual(checkDocument(doc), []);
  });

  test('among them, a prior-year figure naming an unknown claim is the one issue', LONG, () => {
    const doc = manyClaimsDocument(20_000);
    doc.priorYear![39_998]!.claim = 'no-such-claim';
    const result = validateBudgetFile(doc);
    assert.equal(result.valid, false);
    assert.deepEqual(result.issues.map((i) => [i.path, i.rule]), [['$.priorYear[39998].claim', 'claim.unknown']]);
  });

  test('among them, a claim that contradicts its row and one that contradicts its prior-year figure are found', LONG, () => {
    const doc = manyClaimsDocument(20_000);
    doc.claims![19_998]!.amount = '1.50';
    // The last claim's previous year is then the one figure stated for its subject, 1.50: no increase.
    doc.priorYear!.splice(39_998, 1);
    doc.priorYear![39_998]!.amount = '1.50';
    assertValid(doc);
    const findings = checkDocument(doc);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.figures.map((g) => `${g.path} ${g.amount}`)]), [
      ['claims-amounts', 'error', ['$.claims[19998].amount 1.50', '$.expenditureBySubject.rows[19998].amounts.total 1.00']],
      ['claims-changes', 'error', ['$.claims[19999].amount 1.00', '$.priorYear[39998].amount 1.50']],
    ]);
  });
});

/** The minimal document with one more claim. */
function withClaim(claim: Omit<Claim, 'id' | 'section'>): BudgetDocument {
  const doc = minimalDocument();
  doc.claims!.push({ id: 'hostile', section: '二、支出预算情况说明', ...claim });
  assertValid(doc);
  return doc;
}

/** The claims-subject-names findings of a claim naming 2010301 with `label`. */
function nameFindings(label: string): Finding[] {
  const doc = withClaim({ quote: '行政运行60.00万元', subject: { kind: 'subject', code: '2010301', label }, unit: '万元', amount: '60.00' });
  return byRule(checkDocument(doc), 'claims-subject-names');
}

const severities = (findings: readonly Finding[]) => findings.map((f) => f.severity);

describe('check: regular expressions stay linear on 200,000-character texts', () => {
  const spaces = ' '.repeat(N);

  test('a structured 科目 label with 200,000 spaces between its levels still names the right rows', LONG, () => {
    // Spaces inside a level's name, which comparison ignores: trimmed by a regex, quadratic.
    assert.deepEqual(nameFindings(`一般公共服务支出（类）${spaces}政府办公厅${spaces}（室）及相关机构事务（款）${spaces}行政运行（项）`), []);
    const [wrong, ...more] = nameFindings(`“${spaces}一般公共服务支出（类）-${spaces}-其他（款）${spaces}”`);
    assert.deepEqual(more, []);
    assert.equal(wrong?.severity, 'error');
    assert.ok(wrong.message.en.endsWith('but 2010301 in 表3 is “一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”'), wrong.message.en.slice(-100));
  });

  test('labels made of one character repeated: plain labels that name another row, or a level that is not 201', LONG, () => {
    const plain = ['”'.repeat(N) + 'x', `（${spaces}类`, '（ '.repeat(N / 2) + 'x', `（${'1'.repeat(N)}类）`, '增长'.repeat(N / 2), '万元'.repeat(N / 2), '1'.repeat(N)];
    for (const label of plain) assert.deepEqual(severities(nameFindings(label)), ['note'], label.slice(0, 8));
    assert.deepEqual(severities(nameFindings(`a${'-'.repeat(N)}a（类）`)), ['error']);
    assert.deepEqual(severities(nameFindings('（类）'.repeat(N / 3))), ['error']);
  });

  test('the previous year\'s figure stated in a quote: found after 100,000 "上年", and not invented from any repetition', LONG, () => {
    assert.deepEqual(statedPreviousYear(`${'上年'.repeat(N / 2)}为12.50万元`, 2023), { words: '上年'.repeat(N / 2), amount: '12.50', unit: '万元' });
    assert.deepEqual(statedPreviousYear(`比上年增加，2023年预算执行数为 ${'1'.repeat(N)} 元。`, 2023), { words: '2023年预算执行数', amount: '1'.repeat(N), unit: '元' });
    for (const quote of ['上年'.repeat(N / 2), '上年为'.repeat(N / 3), '上年为1'.repeat(N / 4), '上年为 1 '.repeat(N / 6), '2023年'.repeat(N / 5), `上年为${spaces}`, `上年为${'1'.repeat(N)}`, '增长'.repeat(N / 2), '万元'.repeat(N / 2)]) {
      assert.equal(statedPreviousYear(quote, 2023), undefined, quote.slice(0, 8));
    }
    // The first clause with a figure wins, as the regex it replaces found it: "上年" and the figure share a clause.
    assert.deepEqual(statedPreviousYear('上年预算，比上年增加。2023年为5万元', 2023), { words: '2023年', amount: '5', unit: '万元' });
    assert.deepEqual(statedPreviousYear('上年支出为 3.5 亿元，上年收入是4万元', 2023), { words: '上年支出', amount: '3.5', unit: '亿元' });
  });

  test('a claim whose quote states the previous year after a clause of 100,000 "上年" is checked against it', LONG, () => {
    const doc = withClaim({
      quote: `${'上年'.repeat(N / 2)}，上年为12.50万元，本年减少`,
      subject: { kind: 'expenditureTotal', label: '支出' },
      unit: '万元',
      amount: '15.00',
      change: { direction: 'decrease', comparedTo: '上年' },
    });
    const [finding] = byRule(checkDocument(doc), 'claims-changes').filter((f) => f.figures.some((g) => g.path === '$.claims[1].quote'));
    assert.deepEqual(finding?.figures.map((f) => f.amount), ['15.00', '12.50']);
  });
});
