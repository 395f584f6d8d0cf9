import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { D } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import { approximateAmount, buildSubjectHierarchy, compareAmounts, descendants, lineageOf, parentCode, precisionAmounts, sumAmounts, type SubjectNode } from '../../src/core/hierarchy.js';
import type { SubjectTable } from '../../src/core/schema/budget-types.generated.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const table = (): SubjectTable => structuredClone(minimalDocument().expenditureBySubject!);
const outline = (node: SubjectNode): string[] =>
  descendants(node).map((n) => `${n.code}${n.synthetic ? '*' : ''}=${n.amount.toFixed(2)}`);

describe('buildSubjectHierarchy', () => {
  test('nests 类 → 款 → 项 by code and keeps the stated amounts of the chosen column', () => {
    const root = buildSubjectHierarchy(table(), 'total');
    assert.equal(root.amount.toString(), '100');
    assert.deepEqual(outline(root), ['201=100.00', '20103=100.00', '2010301=60.00', '2010302=40.00']);
    assert.deepEqual(descendants(root).map((n) => n.level), ['class', 'section', 'item', 'item']);
    assert.deepEqual(outline(buildSubjectHierarchy(table(), 'project')), ['201=40.00', '20103=40.00', '2010301=0.00', '2010302=40.00']);
  });

  test('does not depend on row order, and keeps the report order among siblings', () => {
    const shuffled = table();
    shuffled.rows.reverse();
    assert.deepEqual(outline(buildSubjectHierarchy(shuffled, 'total')), ['201=100.00', '20103=100.00', '2010302=40.00', '2010301=60.00']);
  });

  test('stands in for a missing parent row with the sum of its children', () => {
    const gap = table();
    gap.rows.splice(1, 1); // drop 20103
    const root = buildSubjectHierarchy(gap, 'total');
    assert.deepEqual(outline(root), ['201=100.00', '20103*=100.00', '2010301=60.00', '2010302=40.00']);
    const standIn = root.children[0].children[0];
    assert.equal(standIn.name, '20103');
    assert.equal(standIn.level, 'section');
  });

  test('stands in for every missing level of a code whose 类 and 款 are both missing', () => {
    const lone = table();
    lone.rows = [lone.rows[2]];
    assert.deepEqual(outline(buildSubjectHierarchy(lone, 'total')), ['201*=60.00', '20103*=60.00', '2010301=60.00']);
  });

  test('lineageOf finds the path to a code, in built trees and in trees made by hand', () => {
    const root = buildSubjectHierarchy(table(), 'total');
    assert.deepEqual(lineageOf(root, '2010302')?.map((n) => n.code), ['', '201', '20103', '2010302']);
    assert.deepEqual(lineageOf(root, '')?.map((n) => n.code), ['']);
    assert.equal(lineageOf(root, '2010303'), undefined);
    const leaf = { code: 'x', name: 'x', level: 'item', amount: new D(1), synthetic: false, children: [] } satisfies SubjectNode;
    const byHand = { ...leaf, code: '', level: 'root', children: [{ ...leaf, code: 'a', children: [leaf] }] } satisfies SubjectNode;
    assert.deepEqual(lineageOf(byHand, 'x')?.map((n) => n.code), ['', 'a', 'x']);
  });

  test('parentCode walks 项 → 款 → 类 → root', () => {
    assert.deepEqual(['2010301', '20103', '201'].map(parentCode), ['20103', '201', '']);
  });

  test('a repeated code ranks where its last row is, as every row of that code does', () => {
    const repeated = table();
    repeated.rows = [
      { code: '2010301', name: 'first', amounts: { total: '1' } },
      { code: '2010302', name: 'between', amounts: { total: '2' } },
      { code: '2010301', name: 'again', amounts: { total: '3' } },
    ];
    const section = buildSubjectHierarchy(repeated, 'total').children[0].children[0];
    assert.deepEqual(section.children.map((n) => n.name), ['between', 'first', 'again']);
  });

  test('refuses a bad amount when it builds, although amounts are only parsed when read', () => {
    const bad = table();
    bad.rows[3].amounts.total = '1,000.00';
    assert.throws(() => buildSubjectHierarchy(bad, 'total'), (error: unknown) => error instanceof BudgetInputError && error.code === 'thousands-separator');
  });
});

/** A table of one 款 whose 项 have the given amounts. */
function tableOf(amounts: string[]): SubjectTable {
  const built = table();
  built.rows = amounts.map((total, i) => ({ code: `20103${String(i + 1).padStart(2, '0')}`, name: `项 ${i}`, amounts: { total } }));
  return built;
}

/** Nodes of one family with the given amounts, built as a table would give them. */
const family = (...amounts: string[]): SubjectNode[] => buildSubjectHierarchy(tableOf(amounts), 'total').children[0].children[0].children;

describe('amounts read from the rows', () => {
  test('sumAmounts adds exactly: whole units of the rows\' texts, and Decimals for amounts not read from a row', () => {
    const cases: [string[], string][] = [
      [['0.1', '0.2'], '0.3'],
      [['1.5', '2.25', '3'], '6.75'],
      [['0.0000000001', '0.0000000002'], '3e-10'],
      // Beyond what a float holds exactly.
      [['123456789012345678.12', '876543210987654321.88'], '1000000000000000000'],
      [['0.1234567890123456789', '0.0000000000000000001'], '0.123456789012345679'],
      [['0', '0.00'], '0'],
      [[], '0'],
    ];
    for (const [amounts, expected] of cases) {
      const nodes = amounts.length > 0 ? family(...amounts) : [];
      const exact = nodes.reduce((sum, n) => sum.plus(n.amount), new D(0));
      assert.equal(sumAmounts(nodes).toString(), expected, amounts.join(' + '));
      assert.ok(sumAmounts(nodes).eq(exact), amounts.join(' + '));
    }
    const plain = [{ code: '1', name: 'a', level: 'item', amount: new D('0.7'), synthetic: false, children: [] }] satisfies SubjectNode[];
    assert.equal(sumAmounts(plain).toString(), '0.7');
  });

  test('a stand-in is the exact sum of its children', () => {
    const gap = table();
    gap.rows = [
      { code: '2010301', name: 'a', amounts: { total: '0.1' } },
      { code: '2010302', name: 'b', amounts: { total: '0.2' } },
      { code: '2010303', name: 'c', amounts: { total: '99999999999999999999.99' } },
    ];
    const standIn = buildSubjectHierarchy(gap, 'total').children[0];
    assert.equal(standIn.synthetic, true);
    assert.equal(standIn.amount.toFixed(2), '100000000000000000000.29');
  });

  test('compareAmounts orders exactly where floats cannot tell amounts apart', () => {
    const [a, b, c, d, e] = family('0.30000000000000001', '0.3', '0.29999999999999999', '10', '9.99');
    assert.equal(approximateAmount(a), approximateAmount(b));
    assert.ok(compareAmounts(a, b) > 0 && compareAmounts(b, a) < 0);
    assert.ok(compareAmounts(c, b) < 0);
    assert.ok(compareAmounts(d, e) > 0 && compareAmounts(e, d) < 0);
    assert.equal(compareAmounts(b, family('0.300')[0]), 0);
  });

  test('precisionAmounts: as many decimals as the finest amount of the tree, and its smallest non-zero amount', () => {
    for (const amounts of [
      ['1.25', '300', '100.00', '0.050', '7'],
      ['300', '100.00', '20'],
      ['0.3', '0.30000000000000001', '0.29999999999999999', '5'],
      ['12', '3.5', '100', '0.1000'],
      ['0', '0.00'],
    ]) {
      const root = buildSubjectHierarchy(tableOf(amounts), 'total');
      const nonZero = descendants(root).map((n) => n.amount).filter((a) => !a.isZero());
      const found = precisionAmounts(root);
      assert.equal(Math.max(0, ...found.map((a) => a.decimalPlaces())), Math.max(0, ...nonZero.map((a) => a.decimalPlaces())), amounts.join());
      assert.equal(found.length > 0 ? D.min(...found).toString() : undefined, nonZero.length > 0 ? D.min(...nonZero).toString() : undefined, amounts.join());
      assert.ok(found.length <= 2);
    }
  });

  test('approximateAmount is the nearest float to the amount', () => {
    for (const node of family('0.1', '123456789012345678.12', '0.0000000001', '5')) assert.equal(approximateAmount(node), node.amount.toNumber());
  });
});

