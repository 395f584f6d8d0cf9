import { test } from 'node:test';
import assert from 'node:assert/strict';
import { D } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import { changePhrase, computeChange } from '../../src/core/change.js';

test('reference report: 484.55 vs 419.54 is +65.01, 15.50%', () => {
  const change = computeChange('484.55', '419.54');
  assert.equal(change.direction, 'increase');
  assert.equal(change.amount.toFixed(2), '65.01');
  assert.equal(change.percent?.toFixed(2), '15.50');
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元' }), '比上年增加65.01万元，增长15.50%');
  assert.equal(changePhrase(change, 'en', { unit: '万元' }), 'up 65.01 (10,000 yuan), +15.50% on last year');
});

test('reference report: 15.43 vs 14.87 is 3.77% exactly (the report prints 3.76%)', () => {
  // 0.56 / 14.87 = 3.7659…%, which rounds half-up to 3.77; the report's 3.76 is a truncation.
  const change = computeChange('15.43', '14.87');
  assert.equal(change.direction, 'increase');
  assert.equal(change.amount.toFixed(2), '0.56');
  assert.equal(change.percent?.toFixed(2), '3.77');
});

test('decrease', () => {
  const change = computeChange('233.70', '246.00');
  assert.equal(change.direction, 'decrease');
  assert.equal(change.amount.toFixed(2), '12.30');
  assert.equal(change.percent?.toFixed(2), '5.00');
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元' }), '比上年减少12.30万元，下降5.00%');
  assert.equal(changePhrase(change, 'en', { unit: '万元' }), 'down 12.30 (10,000 yuan), −5.00% on last year');
});

test('flat', () => {
  const change = computeChange('10', new D('10.00'));
  assert.equal(change.direction, 'flat');
  assert.ok(change.amount.isZero());
  assert.equal(change.percent?.toFixed(2), '0.00');
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元' }), '与上年持平');
  assert.equal(changePhrase(change, 'en', { unit: '万元' }), 'unchanged from last year');
});

test('new: no percent, never Infinity', () => {
  const change = computeChange('65.01', '0');
  assert.equal(change.direction, 'new');
  assert.equal(change.amount.toFixed(2), '65.01');
  assert.equal(change.percent, null);
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元' }), '比上年新增65.01万元');
  assert.equal(changePhrase(change, 'en', { unit: '万元' }), 'new: 65.01 (10,000 yuan), none last year');
});

test('discontinued: down 100%', () => {
  const change = computeChange('0', '20.16');
  assert.equal(change.direction, 'discontinued');
  assert.equal(change.amount.toFixed(2), '20.16');
  assert.equal(change.percent?.toFixed(2), '100.00');
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元' }), '比上年减少20.16万元，下降100.00%');
  assert.equal(changePhrase(change, 'en', { unit: '万元' }), 'down 20.16 (10,000 yuan), −100.00% on last year');
});

test('none: both years zero', () => {
  const change = computeChange('0', '0.00');
  assert.equal(change.direction, 'none');
  assert.ok(change.amount.isZero());
  assert.equal(change.percent, null);
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元' }), '上年和本年均无此项');
  assert.equal(changePhrase(change, 'en', { unit: '万元' }), 'none in either year');
});

test('amount keeps exact decimals and uses the given unit', () => {
  const change = computeChange('53.643888', '50');
  assert.equal(change.amount.toString(), '3.643888');
  assert.equal(change.percent?.toFixed(2), '7.29');
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元' }), '比上年增加3.643888万元，增长7.29%');
  assert.equal(changePhrase(computeChange('42000', '23760'), 'en', { unit: '元' }), 'up 18,240.00 yuan, +76.77% on last year');
});

test('comparedTo replaces the default comparison base', () => {
  const change = computeChange('484.55', '419.54');
  assert.equal(changePhrase(change, 'zh-CN', { unit: '万元', comparedTo: '2023年' }), '比2023年增加65.01万元，增长15.50%');
  assert.equal(changePhrase(change, 'en', { unit: '万元', comparedTo: '2023' }), 'up 65.01 (10,000 yuan), +15.50% on 2023');
});

test('negative or malformed amounts throw BudgetInputError', () => {
  assert.throws(() => computeChange('-1', '2'), BudgetInputError);
  assert.throws(() => computeChange('1', new D(-2)), BudgetInputError);
  assert.throws(() => computeChange('abc', '2'), BudgetInputError);
  assert.throws(() => computeChange('', '2'), BudgetInputError);
});
