import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { budgetFinalPair, budgetFinalPairs, compareDepartments, pairOf } from '../../src/core/explorer/compare.js';
import {
  departmentYears,
  explorerIndex,
  filterEntries,
  newestYear,
  selectedEntries,
  yearsCollection,
  type ExplorerFilter,
} from '../../src/core/explorer/explorer-index.js';
import { syntheticRegionIndex } from '../../src/core/explorer/synthetic-index.js';
import { BudgetInputError } from '../../src/core/errors.js';
import type { BudgetCollection, BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { requireYearCollection } from '../../src/core/yoy.js';

const BASE = 'https://example.org/data/region/index.json';
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../data/region/${path}`, import.meta.url), 'utf8'));
const regionIndex = (): BudgetCollection => read('index.json');
const region = () => explorerIndex(regionIndex(), BASE);
const all: ExplorerFilter = { year: 'all', kind: 'budget', scope: '', query: '' };
const names = (entries: { department: string; fiscalYear: number }[]) => entries.map((e) => `${e.department} ${e.fiscalYear}`);

/** Throws unless `work` throws a BudgetInputError at `path` whose messages say something in both languages. */
function assertRefusedAt(work: () => unknown, path: string, code: string): void {
  assert.throws(work, (error: unknown) => {
    assert.ok(error instanceof BudgetInputError, String(error));
    assert.equal(error.path, path);
    assert.equal(error.code, code);
    assert.match(error.messageZh, /[\u4e00-\u9fff]/);
    assert.match(error.messageEn, /[a-z]/);
    return true;
  });
}

test('the index of data/region: every entry, totals in 万元 exactly, hrefs against the index URL', () => {
  const index = region();
  assert.equal(index.entries.length, 8);
  const city = index.byId.get('b7e0a17f-2025-budget')!;
  // 171915169 元 is 17191.5169 万元: converted exactly, never through a float.
  assert.equal(city.expenditure.toFixed(), '17191.5169');
  assert.equal(city.basic!.toFixed(), '12764.2039');
  assert.equal(city.href, 'https://example.org/data/region/sh-city-czj-2025-unit.txt.json');
  assert.deepEqual(index.years, [2026, 2025, 2024, 2023]);
  assert.deepEqual(index.kinds, ['budget', 'final']);
  assert.deepEqual(index.scopes, ['department', 'unit']);
  assert.equal(newestYear(index, 'final'), 2024);
});

test('a file that is not a collection is refused at $.type', () => {
  const doc: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
  assertRefusedAt(() => explorerIndex(doc, BASE), '$.type', 'not-a-collection');
});

test('an entry without totals, or without 支出总计, is refused at its path', () => {
  const withoutTotals = regionIndex();
  delete withoutTotals.entries[1].totals;
  assertRefusedAt(() => explorerIndex(withoutTotals, BASE), '$.entries[1].totals', 'missing-totals');
  const withoutExpenditure = regionIndex();
  delete withoutExpenditure.entries[3].totals!.expenditure;
  assertRefusedAt(() => explorerIndex(withoutExpenditure, BASE), '$.entries[3].totals.expenditure', 'missing-totals');
});

test('sorting by expenditure compares the decimals in one unit, not the strings or their units', () => {
  const index = region();
  const filter: ExplorerFilter = { ...all, year: 2025 };
  // In their own units the strings would put 上海市财政局 (171915169 元) far above 万里 (189767551 元 < …)
  // and 区府办 (91016775.35 元) above everything in 万元.
  assert.deepEqual(names(filterEntries(index, filter, 'expenditure', 'descending')), [
    '上海市普陀区人民政府万里街道办事处 2025',
    '上海市财政局 2025',
    '上海市普陀区人民政府办公室 2025',
    '上海市普陀区财政局 2025',
  ]);
  assert.deepEqual(names(filterEntries(index, filter, 'expenditure', 'ascending')).reverse(), names(filterEntries(index, filter, 'expenditure', 'descending')));
  assert.deepEqual(names(filterEntries(index, filter, 'project', 'descending')).slice(0, 2), ['上海市普陀区人民政府万里街道办事处 2025', '上海市普陀区人民政府办公室 2025']);
  assert.deepEqual(names(filterEntries(index, filter, 'basic', 'descending'))[0], '上海市财政局 2025');
});

test('sorting by name (Chinese collation) and by year', () => {
  const index = region();
  const byName = names(filterEntries(index, all, 'name', 'ascending'));
  assert.deepEqual(byName, [...byName].sort((a, b) => new Intl.Collator('zh-CN').compare(a, b) || 0));
  const years = filterEntries(index, all, 'year', 'descending').map((e) => e.fiscalYear);
  assert.deepEqual(years, [...years].sort((a, b) => b - a));
  assert.equal(years.length, 7, 'every budget, no final');
});

test('filters: year, kind, scope, and a name substring', () => {
  const index = region();
  assert.deepEqual(names(filterEntries(index, { ...all, kind: 'final' }, 'name', 'ascending')), ['上海市普陀区财政局 2024']);
  assert.equal(filterEntries(index, { ...all, year: 2025 }, 'name', 'ascending').length, 4);
  assert.deepEqual(names(filterEntries(index, { ...all, scope: 'unit' }, 'year', 'ascending')), ['上海市财政局 2025', '上海市普陀区人民政府石泉路街道办事处（本级） 2026']);
  assert.deepEqual(names(filterEntries(index, { ...all, query: ' 万里 ' }, 'year', 'ascending')), ['上海市普陀区人民政府万里街道办事处 2023', '上海市普陀区人民政府万里街道办事处 2025']);
  assert.deepEqual(filterEntries(index, { ...all, query: '不存在' }, 'name', 'ascending'), []);
});

test('selected ids: known ones in the order given, each once', () => {
  const index = region();
  assert.deepEqual(
    selectedEntries(index, ' 4471ea36-2025-budget nope 9cc28164-2024-budget 4471ea36-2025-budget').map((e) => e.id),
    ['4471ea36-2025-budget', '9cc28164-2024-budget'],
  );
});

test('完成率 is final ÷ budget to 2 decimals (half up), the difference signed; none of a zero budget', () => {
  const synthetic = syntheticRegionIndex({ departments: 1, years: 1, firstYear: 2024, seed: 1 });
  const base = synthetic.entries[0];
  const collection: BudgetCollection = {
    ...synthetic,
    entries: [
      { ...base, id: 'a-budget', totals: { unit: '万元', expenditure: '300' } },
      { ...base, id: 'a-final', kind: 'final', totals: { unit: '元', expenditure: '2870050' } },
      { ...base, id: 'b-budget', department: '零预算局', totals: { unit: '万元', expenditure: '0' } },
      { ...base, id: 'b-final', department: '零预算局', kind: 'final', totals: { unit: '万元', expenditure: '12.5' } },
    ],
  };
  const index = explorerIndex(collection, BASE);
  const [first, second] = budgetFinalPairs(index);
  // 287.005 / 300 = 95.668333…% → 95.67
  assert.equal(first!.completionRate!.toFixed(2), '95.67');
  assert.equal(first!.difference.toFixed(), '-12.995');
  assert.equal(second!.completionRate, null);
  assert.equal(second!.difference.toFixed(), '12.5');
  assert.equal(pairOf(index, index.byId.get('a-final')!)?.budget.id, 'a-budget');
  assert.equal(pairOf(index, index.byId.get('b-budget')!)?.final.id, 'b-final');
  assert.equal(budgetFinalPair(index.byId.get('a-budget')!, index.byId.get('a-budget')!).completionRate!.toFixed(2), '100.00');
  assert.deepEqual(budgetFinalPairs(region()), [], 'data/region has no year with both');
});

test('a department’s years become a collection <budget-yoy> accepts, with absolute hrefs', () => {
  const index = region();
  const wanli = index.byId.get('4471ea36-2025-budget')!;
  const years = departmentYears(index, wanli);
  assert.deepEqual(years.map((e) => e.fiscalYear), [2023, 2025]);
  const collection = yearsCollection(years)!;
  assert.equal(collection.grouping, 'years');
  assert.deepEqual(collection.entries.map((e) => e.href), [
    'https://example.org/data/region/sh-putuo-wanli-2023-dept.txt.json',
    'https://example.org/data/region/sh-putuo-wanli-2025-dept.txt.json',
  ]);
  assert.equal(validateBudgetFile(collection).valid, true);
  requireYearCollection(collection);
  // 普陀区财政局 has a 2024 决算 and a 2025 预算: different kinds, nothing to compare by year.
  assert.equal(yearsCollection(departmentYears(index, index.byId.get('b5e32171-2025-budget')!)), undefined);
});

test('comparing departments: totals from the index, 类 shares and sections from the documents', () => {
  const index = region();
  const chosen = selectedEntries(index, 'b5e32171-2025-budget 4471ea36-2025-budget 56f67de7-2025-budget');
  const documents = [read('sh-putuo-czj-2025-dept.txt.json'), read('sh-putuo-wanli-2025-dept.txt.json'), undefined];
  const comparison = compareDepartments(chosen, documents);
  const [czj, wanli, office] = comparison.departments;
  assert.deepEqual(czj!.splitShares!.map((s) => s.toFixed(2)), ['80.48', '19.52']);
  for (const compared of [czj!, wanli!]) {
    const sum = [...compared.classes.values()].reduce((total, c) => total + Number(c.share!.toFixed(2)) * 100, 0);
    assert.equal(sum, 10_000, 'class shares add up to 100.00');
  }
  assert.ok(wanli!.classes.has('212'), '万里 spends on 212 城乡社区支出');
  assert.ok(comparison.classes.some((c) => c.code === '212' && c.name === '城乡社区支出'));
  assert.deepEqual(comparison.classes.map((c) => c.code), [...comparison.classes.map((c) => c.code)].sort());
  assert.ok(czj!.threePublic !== undefined && czj!.operating !== undefined, '三公 and 机关运行 from the document');
  assert.equal(office!.classes.size, 0, 'a document not loaded yet adds nothing');
  assert.equal(office!.threePublic, undefined);
});

// How fast: bench/explorer.ts (npm run bench -- --only region); tests assert behaviour, not time.
test('5,000 entries: read once, then filtered and sorted', () => {
  const collection = syntheticRegionIndex({ departments: 1000, years: 5, firstYear: 2021, seed: 7 });
  const index = explorerIndex(collection, BASE);
  const rows = filterEntries(index, { ...all, year: 2025 }, 'expenditure', 'descending');
  const searched = filterEntries(index, { ...all, year: 2025, query: '教育局' }, 'project', 'ascending');
  assert.equal(index.entries.length, 5000);
  assert.equal(rows.length, 1000);
  assert.equal(searched.length, 100);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.expenditure.gte(rows[i]!.expenditure), `row ${i} out of order`);
  for (let i = 1; i < searched.length; i++) assert.ok(searched[i - 1]!.project!.lte(searched[i]!.project!), `row ${i} out of order`);
});

test('amounts in 元, 万元 and 亿元 sort exactly and read back as the index states them; a left-out 项目支出 is expenditure − basic', () => {
  const entry = (id: string, unit: '元' | '万元' | '亿元', expenditure: string, basic?: string, project?: string) => ({
    id,
    department: id,
    fiscalYear: 2025,
    kind: 'budget' as const,
    href: `${id}.json`,
    totals: { unit, expenditure, ...(basic ? { basic } : {}), ...(project ? { project } : {}) },
  });
  const [first, ...rest] = [
    entry('a', '元', '1000000.01', '400000'),
    entry('b', '万元', '100.000002', '40', '60.000002'),
    entry('c', '亿元', '0.0100000001', '0.004'),
    entry('d', '元', '1000000.00', '1200000.00'),
  ];
  const index = explorerIndex({ type: 'budget-collection', schemaVersion: '1.0', title: 't', grouping: 'other', entries: [first!, ...rest] }, BASE);
  const order = filterEntries(index, all, 'expenditure', 'ascending').map((e) => e.id);
  // 100.000000 (d) < 100.000001 (a, 1,000,000.01 元) = 100.000001 (c) < 100.000002 (b); a and c tie, then by name.
  assert.deepEqual(order, ['d', 'a', 'c', 'b']);
  const byId = (id: string) => index.byId.get(id)!;
  assert.equal(byId('a').expenditure.toFixed(), '100.000001');
  assert.equal(byId('a').project!.toFixed(), '60.000001');
  assert.equal(byId('c').basic!.toFixed(), '40');
  assert.equal(byId('d').project!.toFixed(), '-20', 'a report whose 基本支出 exceeds its 支出总计 shows what its figures imply');
  assert.deepEqual(filterEntries(index, all, 'project', 'ascending').map((e) => e.id), ['d', 'a', 'c', 'b'], 'a and c: 60.000001 each');
});

test('an amount in 元 with ten decimals keeps its last one in the order and the figure shown', () => {
  const entry = (id: string, expenditure: string) => ({ id, department: id, fiscalYear: 2025, kind: 'budget' as const, href: `${id}.json`, totals: { unit: '元' as const, expenditure } });
  const index = explorerIndex({ type: 'budget-collection', schemaVersion: '1.0', title: 't', grouping: 'other', entries: [entry('a', '1.0000000001'), entry('b', '1')] }, BASE);
  assert.deepEqual(filterEntries(index, all, 'expenditure', 'ascending').map((e) => e.id), ['b', 'a']);
  assert.equal(index.byId.get('a')!.expenditure.toFixed(), '0.00010000000001');
});
