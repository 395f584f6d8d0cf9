import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildSubjectHierarchy, descendants, parentCode, type SubjectNode } from '../../src/core/hierarchy.js';
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

  test('parentCode walks 项 → 款 → 类 → root', () => {
    assert.deepEqual(['2010301', '20103', '201'].map(parentCode), ['20103', '201', '']);
  });
});
