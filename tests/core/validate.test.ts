import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { parseBudgetJson, validateBudgetFile, type ValidationIssue } from '../../src/core/validate/index.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

type Mutable = Record<string, any>;

/** Breaks a fresh minimal document with `mutate` and returns the one issue it must cause. */
function onlyIssue(mutate: (doc: Mutable) => void): ValidationIssue {
  const doc = minimalDocument() as unknown as Mutable;
  mutate(doc);
  const result = validateBudgetFile(doc);
  assert.equal(result.valid, false, 'the document should be invalid');
  assert.equal(result.issues.length, 1, `expected one issue, got ${JSON.stringify(result.issues, null, 1)}`);
  return result.issues[0];
}

function assertIssue(issue: ValidationIssue, path: string, rule: string, found: string) {
  assert.equal(issue.path, path);
  assert.equal(issue.rule, rule);
  assert.equal(issue.found, found);
  assert.ok(issue.message.en.startsWith(`${path}: expected `), issue.message.en);
  assert.ok(issue.message.zh.startsWith(`${path}：应为`), issue.message.zh);
  assert.ok(issue.message.en.endsWith(`found ${found}`), issue.message.en);
  assert.match(issue.message.zh, /[\u4e00-\u9fff]/);
}

const ROW0_TOTAL = '$.expenditureBySubject.rows[0].amounts.total';

describe('validateBudgetFile', () => {
  test('accepts a well-formed document', () => {
    const result = validateBudgetFile(minimalDocument());
    assert.deepEqual(result.issues, []);
    assert.equal(result.valid, true);
  });

  const cases: [string, (doc: Mutable) => void, string, string, string][] = [
    ['an amount with letters', (d) => (d.expenditureBySubject.rows[0].amounts.total = '12abc'), ROW0_TOTAL, 'pattern.Money', '"12abc"'],
    ['NaN as an amount', (d) => (d.expenditureBySubject.rows[0].amounts.total = NaN), ROW0_TOTAL, 'money.number', 'NaN'],
    ['an amount in exponent form', (d) => (d.expenditureBySubject.rows[0].amounts.total = '1e309'), ROW0_TOTAL, 'pattern.Money', '"1e309"'],
    ['an amount as a JSON number', (d) => (d.summary.incomeTotal = 100), '$.summary.incomeTotal', 'money.number', '100'],
    ['a negative amount', (d) => (d.summary.income[0].amount = '-5.00'), '$.summary.income[0].amount', 'money.negative', '"-5.00"'],
    ['an amount with thousands separators', (d) => (d.summary.incomeGrandTotal = '1,000.00'), '$.summary.incomeGrandTotal', 'pattern.Money', '"1,000.00"'],
    ['a malformed subject code', (d) => (d.expenditureBySubject.rows[1].code = '20a03'), '$.expenditureBySubject.rows[1].code', 'pattern.SubjectCode', '"20a03"'],
    ['a subject code of 4 digits', (d) => (d.expenditureBySubject.rows[1].code = '2010'), '$.expenditureBySubject.rows[1].code', 'pattern.SubjectCode', '"2010"'],
    ['an orphan subject code', (d) => (d.expenditureBySubject.rows[3].code = '2050102'), '$.expenditureBySubject.rows[3].code', 'subject.orphan', '"2050102"'],
    ['a duplicate subject code', (d) => (d.expenditureBySubject.rows[3].code = '2010301'), '$.expenditureBySubject.rows[3].code', 'subject.duplicate', '"2010301"'],
    ['a missing required field', (d) => delete d.meta.fiscalYear, '$.meta.fiscalYear', 'required', 'nothing (missing)'],
    ['a year as a string', (d) => (d.meta.fiscalYear = '2024'), '$.meta.fiscalYear', 'type', '"2024"'],
    ['an unknown field', (d) => (d.meta.budgetTotal = '1'), '$.meta.budgetTotal', 'additionalProperties', '"1"'],
    ['an unknown money unit', (d) => (d.summary.unit = '千元'), '$.summary.unit', 'enum', '"千元"'],
    ['an unknown column key', (d) => (d.expenditureBySubject.total.foo = '1'), '$.expenditureBySubject.total.foo', 'enum', '"foo"'],
    ['an amount in an undeclared column', (d) => (d.expenditureBySubject.rows[2].amounts.unitFunds = '0'), '$.expenditureBySubject.rows[2].amounts.unitFunds', 'column.undeclared', '"0"'],
    ['a row missing a declared column', (d) => delete d.expenditureBySubject.rows[2].amounts.basic, '$.expenditureBySubject.rows[2].amounts.basic', 'column.missing', 'nothing (missing)'],
    ['a reference to a table the report lacks', (d) => (d.expenditureBySubject.table = '表99'), '$.expenditureBySubject.table', 'table.unknown', '"表99"'],
    ['a unit other than its table\'s', (d) => (d.expenditureBySubject.unit = '元'), '$.expenditureBySubject.unit', 'table.unit', '"元"'],
    ['a prior-year figure citing no claim', (d) => (d.priorYear[0].claim = 'nope'), '$.priorYear[0].claim', 'claim.unknown', '"nope"'],
    ['a prior year that is not prior', (d) => (d.priorYear[0].fiscalYear = 2024), '$.priorYear[0].fiscalYear', 'priorYear.year', '2024'],
    ['a duplicate claim id', (d) => d.claims.push({ ...d.claims[0] }), '$.claims[1].id', 'unique', '"total-change"'],
    ['an unknown document type', (d) => (d.type = 'budget'), '$.type', 'oneOf', '"budget"'],
    ['another schema version', (d) => (d.schemaVersion = '2.0'), '$.schemaVersion', 'const', '"2.0"'],
    ['an empty name', (d) => (d.expenditureBySubject.rows[0].name = ''), '$.expenditureBySubject.rows[0].name', 'minLength', '""'],
    ['an array where an object belongs', (d) => (d.meta.source = []), '$.meta.source', 'type', '[]'],
    ['a year out of range', (d) => (d.meta.fiscalYear = 3024), '$.meta.fiscalYear', 'maximum', '3024'],
    ['a table status that does not exist', (d) => (d.meta.tables[2].status = 'missing'), '$.meta.tables[2].status', 'enum', '"missing"'],
  ];
  for (const [name, mutate, path, rule, found] of cases) {
    test(`rejects ${name}, naming ${path}`, () => assertIssue(onlyIssue(mutate), path, rule, found));
  }

  test('explains a negative amount as such, in both languages', () => {
    const issue = onlyIssue((d) => (d.summary.income[0].amount = '-5'));
    assert.match(issue.message.en, /cannot be negative/);
    assert.match(issue.message.zh, /不能为负数/);
  });

  test('rejects an indicator value of an unknown kind at its kind', () => {
    const issue = onlyIssue((d) => {
      d.departmentPerformance = {
        unit: '万元',
        fundingBySource: [],
        fundingTotal: '0',
        fundingByDirection: { total: '0' },
        indicators: [{ level1: '产出指标', level2: '数量指标', level3: '项目数量', value: { text: '8个', kind: 'count' } }],
      };
    });
    assertIssue(issue, '$.departmentPerformance.indicators[0].value.kind', 'oneOf', '"count"');
  });

  test('names both sides when a row swaps a declared column for an undeclared one', () => {
    const doc = minimalDocument() as unknown as Mutable;
    const amounts = doc.expenditureBySubject.rows[2].amounts;
    amounts.unitFunds = amounts.basic;
    delete amounts.basic;
    const result = validateBudgetFile(doc);
    assert.deepEqual(
      result.issues.map((i) => [i.path, i.rule]),
      [
        ['$.expenditureBySubject.rows[2].amounts.unitFunds', 'column.undeclared'],
        ['$.expenditureBySubject.rows[2].amounts.basic', 'column.missing'],
      ],
    );
  });

  test('reports every problem of a document, not only the first', () => {
    const doc = minimalDocument() as unknown as Mutable;
    doc.summary.incomeTotal = 'abc';
    doc.expenditureBySubject.rows[0].code = 'x';
    doc.meta.level = 'planet';
    const result = validateBudgetFile(doc);
    assert.deepEqual(result.issues.map((i) => i.path).sort(), ['$.expenditureBySubject.rows[0].code', '$.meta.level', '$.summary.incomeTotal']);
  });

  test('rejects what is not a document at all', () => {
    for (const value of [null, 42, 'text', [], undefined]) {
      const result = validateBudgetFile(value);
      assert.equal(result.valid, false);
      assert.equal(result.issues[0].path, '$');
    }
  });
});

describe('collections', () => {
  const collection = () => ({
    type: 'budget-collection',
    schemaVersion: '1.0',
    title: '万里街道 2023–2025',
    grouping: 'years',
    entries: [
      { id: 'y2023', department: '万里街道办事处', fiscalYear: 2023, kind: 'budget', href: 'a.json' },
      { id: 'y2025', department: '万里街道办事处', fiscalYear: 2025, kind: 'budget', href: 'b.json' },
    ],
  });

  test('accepts a collection', () => assert.equal(validateBudgetFile(collection()).valid, true));

  test('rejects an empty collection and a repeated entry id', () => {
    const empty = { ...collection(), entries: [] };
    assert.equal(validateBudgetFile(empty).issues[0].rule, 'minItems');
    const repeated = collection();
    repeated.entries[1].id = 'y2023';
    const issue = validateBudgetFile(repeated).issues[0];
    assert.equal(issue.path, '$.entries[1].id');
    assert.equal(issue.rule, 'unique');
  });
});

describe('parseBudgetJson', () => {
  test('reports text that is not JSON at $, in both languages', () => {
    const result = parseBudgetJson('{"type": "budget-document",');
    assert.equal(result.valid, false);
    assert.equal(result.issues[0].path, '$');
    assert.equal(result.issues[0].rule, 'json');
    assert.match(result.issues[0].message.zh, /合法的 JSON/);
  });

  test('does not turn an overflowing number into Infinity silently', () => {
    const text = JSON.stringify(minimalDocument()).replace('"incomeTotal":"100.00"', '"incomeTotal":1e309');
    const result = parseBudgetJson(text);
    assert.equal(result.issues[0].path, '$.summary.incomeTotal');
    assert.equal(result.issues[0].found, 'Infinity');
  });

  test('accepts the valid document it is given as text', () => {
    const doc: BudgetDocument = minimalDocument();
    assert.equal(parseBudgetJson(JSON.stringify(doc)).valid, true);
  });
});

describe('hostile documents', () => {
  test('keys named like Object.prototype members are not defined fields', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const text = JSON.stringify(minimalDocument()).replace('{', `{${JSON.stringify(key)}:1,`);
      const result = parseBudgetJson(text);
      assert.equal(result.valid, false, key);
      assert.ok(result.issues.some((i) => i.path === `$.${key}` && i.rule === 'additionalProperties'), key);
    }
  });

  test('a document nested 200,000 levels deep gives an issue, not a RangeError', () => {
    const depth = 200_000;
    const text = `{"type":"budget-document","schemaVersion":"1.0","meta":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const result = parseBudgetJson(text);
    assert.equal(result.valid, false);
    const issue = result.issues.find((i) => i.path === '$.meta.a')!;
    assert.ok(issue.found.length <= 80, issue.found);
    assert.ok(issue.found.startsWith('{"a":{"a":'), issue.found);
  });
});

describe('limits', () => {
  test('an amount or percentage has at most 20 digits before the point and 10 after, so sums stay exact', () => {
    const long = `1${'0'.repeat(20)}`;
    const issue = onlyIssue((doc) => (doc.expenditureBySubject.rows[0].amounts.total = long));
    assertIssue(issue, '$.expenditureBySubject.rows[0].amounts.total', 'decimal.digits', `"${long}"`);
    assert.match(issue.message.zh, /整数部分不超过 20 位、小数部分不超过 10 位/);
    const decimals = onlyIssue((doc) => (doc.claims[0].change.percent = `11.${'1'.repeat(11)}`));
    assertIssue(decimals, '$.claims[0].change.percent', 'decimal.digits', `"11.${'1'.repeat(11)}"`);
    const widest = minimalDocument();
    widest.expenditureBySubject!.total.total = '99999999999999999999.9999999999';
    widest.expenditureBySubject!.rows[3]!.amounts.basic = '0.0000000001';
    assert.equal(validateBudgetFile(widest).valid, true, '20 + 10 digits are fine');
  });

  test('a hole in an array set as .data is a missing item, named by its index', () => {
    const doc = minimalDocument();
    doc.claims = [, doc.claims![0]!] as typeof doc.claims;
    const result = validateBudgetFile(doc);
    assert.equal(result.valid, false);
    assert.ok(!result.valid && result.issues.some((i) => i.path === '$.claims[0]' && i.found === 'nothing (missing)'));
  });
});
