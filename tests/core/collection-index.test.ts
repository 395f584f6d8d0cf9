import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildCollectionIndex, describeReport, documentHref, entryIdBase, totalsOf, withoutDerivable, type CollectionEntry, type UnnamedEntry } from '../../src/core/collection-index.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const fenyang = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8')) as BudgetDocument;
const origin = (file: string) => ({ href: documentHref(file), file });

/** An entry as a worker would post it, for the index's own logic. */
function entry(file: string, department: string, fiscalYear = 2024, more: Partial<UnnamedEntry> = {}): UnnamedEntry {
  return { department, region: '普陀区', fiscalYear, kind: 'budget', scope: 'department', href: documentHref(file), source: { file }, ...more };
}

describe('describeReport', () => {
  test('the reference report: its totals as published, its warnings and its findings by severity', () => {
    const findings = [{ severity: 'error' }, { severity: 'rounding' }, { severity: 'rounding' }] as const;
    assert.deepEqual(describeReport(fenyang, origin('2024/汾阳市信访局.txt'), { warnings: 3, findings }), {
      department: '汾阳市信访局',
      region: '汾阳市',
      fiscalYear: 2024,
      kind: 'budget',
      scope: 'department',
      href: '2024/%E6%B1%BE%E9%98%B3%E5%B8%82%E4%BF%A1%E8%AE%BF%E5%B1%80.txt.json',
      source: { file: '2024/汾阳市信访局.txt' },
      totals: { unit: '万元', income: '484.55', expenditure: '484.55', basic: '164.37', project: '320.18' },
      warnings: 3,
      checks: { error: 1, rounding: 2, note: 0 },
    });
  });

  test('a 支出总表 in another unit is converted exactly to the 收支总表\'s', () => {
    const doc = minimalDocument();
    doc.expenditureBySubject!.unit = '元';
    doc.expenditureBySubject!.total = { total: '1000000.5', basic: '600000.25', project: '400000.25' };
    const { totals } = describeReport(doc, origin('a.txt'), { warnings: 0, findings: [] });
    assert.deepEqual(totals, { unit: '万元', income: '100.00', expenditure: '100.00', basic: '60.000025', project: '40.000025' });
  });

  test('a document without a 收支总表 takes the 支出总表\'s unit; one without either has no totals', () => {
    const doc = minimalDocument();
    delete doc.summary;
    assert.deepEqual(describeReport(doc, origin('a.txt'), { warnings: 0, findings: [] }).totals, { unit: '万元', basic: doc.expenditureBySubject!.total.basic, project: doc.expenditureBySubject!.total.project });
    delete doc.expenditureBySubject;
    assert.equal(describeReport(doc, origin('a.txt'), { warnings: 0, findings: [] }).totals, undefined);
  });
});

describe('totals that follow from the others', () => {
  const stored = (totals: NonNullable<UnnamedEntry['totals']>) => withoutDerivable(totals);
  const read = (totals: NonNullable<UnnamedEntry['totals']>) => totalsOf({ id: 'x', department: 'x', fiscalYear: 2024, kind: 'budget', href: 'x.json', totals } as CollectionEntry);

  test('a balanced report stores expenditure and basic only, and reads back every figure exactly', () => {
    const full = { unit: '元' as const, income: '2055504443.20', expenditure: '2055504443.20', basic: '1603293465.69', project: '452210977.51' };
    assert.deepEqual(stored(full), { unit: '元', expenditure: '2055504443.20', basic: '1603293465.69' });
    assert.deepEqual(read(stored(full)), full);
  });

  test('figures that do not agree are all kept, as published', () => {
    const unbalanced = { unit: '万元' as const, income: '484.56', expenditure: '484.55', basic: '164.37', project: '320.17' };
    assert.deepEqual(stored(unbalanced), unbalanced);
    assert.deepEqual(read(unbalanced), unbalanced);
  });

  test('equal is compared as decimals, not as text; nothing is derived from a figure that is absent', () => {
    assert.deepEqual(stored({ unit: '万元', income: '10.50', expenditure: '10.5', basic: '4', project: '6.500' }), { unit: '万元', expenditure: '10.5', basic: '4' });
    assert.deepEqual(read({ unit: '万元', basic: '4' }), { unit: '万元', basic: '4' });
    assert.deepEqual(read({ unit: '万元', expenditure: '10' }), { unit: '万元', expenditure: '10', income: '10' });
  });
});

describe('entryIdBase', () => {
  test('a Chinese name becomes a short hash, the same in every run', () => {
    assert.equal(entryIdBase('汾阳市信访局', 2024, 'budget'), '9cc28164-2024-budget');
    assert.equal(entryIdBase('上海市普陀区财政局', 2024, 'final'), entryIdBase('上海市普陀区财政局', 2024, 'final'));
    assert.notEqual(entryIdBase('上海市普陀区财政局', 2024, 'final'), entryIdBase('上海市财政局', 2024, 'final'));
  });

  test('a Latin name is kept, lower case, other characters as hyphens', () => {
    assert.equal(entryIdBase('Putuo Finance Bureau (PFB)', 2025, 'budget'), 'putuo-finance-bureau-pfb-2025-budget');
    assert.match(entryIdBase('Ｆｉｎａｎｃｅ', 2025, 'budget'), /^finance-2025-budget$/);
  });
});

describe('buildCollectionIndex', () => {
  test('entries in file order, whatever order they came in; a clashing id takes -2, -3 in that order', () => {
    const a = entry('a.pdf', '万里街道');
    const b = entry('a.txt', '万里街道');
    const c = entry('b/c.txt', '万里街道');
    const forward = buildCollectionIndex({ entries: [a, b, c], failures: [] })!;
    const backward = buildCollectionIndex({ entries: [c, b, a], failures: [] })!;
    assert.deepEqual(forward, backward);
    const base = entryIdBase('万里街道', 2024, 'budget');
    assert.deepEqual(
      forward.entries.map((e) => [e.id, e.source!.file]),
      [
        [base, 'a.pdf'],
        [`${base}-2`, 'a.txt'],
        [`${base}-3`, 'b/c.txt'],
      ],
    );
    assert.equal(validateBudgetFile(forward).valid, true);
  });

  test('grouping: one department a year is "years", one region "departments", anything else "other"', () => {
    const years = [entry('1.txt', '万里街道', 2023), entry('2.txt', '万里街道', 2025)];
    assert.equal(buildCollectionIndex({ entries: years, failures: [] })!.grouping, 'years');
    const departments = [entry('1.txt', '万里街道'), entry('2.txt', '石泉路街道'), entry('3.txt', '万里街道', 2025)];
    assert.equal(buildCollectionIndex({ entries: departments, failures: [] })!.grouping, 'departments');
    const sameYearTwice = [entry('1.txt', '万里街道'), entry('2.txt', '万里街道')];
    assert.equal(buildCollectionIndex({ entries: sameYearTwice, failures: [] })!.grouping, 'departments');
    const regions = [entry('1.txt', '万里街道'), entry('2.txt', '汾阳市信访局', 2024, { region: '汾阳市' })];
    assert.equal(buildCollectionIndex({ entries: regions, failures: [] })!.grouping, 'other');
  });

  test('each entry stores its totals without the figures that follow from the others', () => {
    const index = buildCollectionIndex({ entries: [describeReport(fenyang, origin('a.txt'), { warnings: 0, findings: [] })], failures: [] })!;
    assert.deepEqual(index.entries[0]!.totals, { unit: '万元', expenditure: '484.55', basic: '164.37' });
    assert.deepEqual(Object.keys(index.entries[0]!), ['id', 'department', 'region', 'fiscalYear', 'kind', 'scope', 'href', 'source', 'totals', 'warnings', 'checks']);
    assert.deepEqual(totalsOf(index.entries[0]!), { unit: '万元', income: '484.55', expenditure: '484.55', basic: '164.37', project: '320.18' });
  });

  test('failures in file order with their bilingual reason; a valid collection; none without an entry', () => {
    const failures = [
      { file: 'z.txt', sha256: 'a'.repeat(64), error: { zh: '无法导入: 输入没有文字内容', en: 'cannot import: the input has no text' } },
      { file: 'm.pdf', error: { zh: '不是可读取的 PDF', en: 'not a readable PDF' } },
    ];
    const index = buildCollectionIndex({ title: '普陀区 2024', entries: [entry('a.txt', '万里街道')], failures })!;
    assert.equal(index.title, '普陀区 2024');
    assert.deepEqual(index.failures!.map((f) => f.file), ['m.pdf', 'z.txt']);
    assert.equal(validateBudgetFile(index).valid, true);
    assert.equal(buildCollectionIndex({ entries: [], failures }), undefined);
  });

  test('the default title names the regions and the number of reports', () => {
    assert.equal(buildCollectionIndex({ entries: [entry('a.txt', '万里街道'), entry('b.txt', '石泉路街道')], failures: [] })!.title, '普陀区：2 份报告');
  });

  test('an entry that breaks the schema is refused by validation, naming its path', () => {
    const index = buildCollectionIndex({ entries: [entry('a.txt', '万里街道', 2024, { totals: { unit: '万元', income: '1,000' } })], failures: [] })!;
    const result = validateBudgetFile(index);
    assert.equal(result.valid, false);
    assert.equal(result.issues[0]!.path, '$.entries[0].totals.income');
  });
});

describe('documentHref', () => {
  test('the report\'s path with .json, each part percent-encoded, folders kept', () => {
    assert.equal(documentHref('2024/a b#.pdf'), '2024/a%20b%23.pdf.json');
    assert.equal(documentHref('report.txt'), 'report.txt.json');
  });
});
