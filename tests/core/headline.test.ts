import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { headlineFigures } from '../../src/core/headline.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));

test('headline figures of the reference report, each traced to its table', () => {
  const h = headlineFigures(reference);
  assert.equal(h.incomeTotal?.amount.toFixed(2), '484.55');
  assert.equal(h.incomeTotal?.source, '表1');
  assert.equal(h.basic?.amount.toFixed(2), '164.37');
  assert.equal(h.basic?.share?.toFixed(2), '33.92');
  assert.equal(h.project?.share?.toFixed(2), '66.08');
  assert.equal(h.basic?.source, '表3');
  assert.equal(h.change?.previous.amount.toFixed(2), '419.54');
  assert.equal(h.change?.derived, true);
  assert.equal(h.change?.change.direction, 'increase');
  assert.equal(h.change?.change.percent?.toFixed(2), '15.50');
});

test('a prior-year figure in another unit is converted before the change is computed', () => {
  const doc = minimalDocument();
  doc.priorYear![0] = { ...doc.priorYear![0], unit: '元', amount: '900000', basis: 'stated' };
  const change = headlineFigures(doc).change!;
  assert.equal(change.previous.amount.toFixed(2), '90.00');
  assert.equal(change.change.amount.toFixed(2), '10.00');
  assert.equal(change.derived, false);
});

test('a document without a prior year has no change, not a change from zero', () => {
  const doc = minimalDocument();
  delete doc.priorYear;
  assert.equal(headlineFigures(doc).change, undefined);
});
