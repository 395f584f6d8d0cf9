import { test } from 'node:test';
import assert from 'node:assert/strict';
import { D } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import { formatAmount, formatNumber, formatPercent, unitLabel } from '../../src/core/format.js';

test('formatNumber shows exact decimals, at least two by default', () => {
  assert.equal(formatNumber(new D('484.55'), 'zh-CN'), '484.55');
  assert.equal(formatNumber(new D('1670000'), 'zh-CN'), '1,670,000.00');
  assert.equal(formatNumber(new D('1670000'), 'en'), '1,670,000.00');
  assert.equal(formatNumber(new D('0.048455'), 'en'), '0.048455');
  assert.equal(formatNumber(new D('0'), 'en'), '0.00');
  assert.equal(formatNumber(new D('123'), 'en'), '123.00');
  assert.equal(formatNumber(new D('1234.5'), 'en'), '1,234.50');
  assert.equal(formatNumber(new D('12345678901234567890.123456789'), 'en'), '12,345,678,901,234,567,890.123456789');
});

test('formatNumber rounds half-up only when maxDecimals is given', () => {
  assert.equal(formatNumber(new D('53.643888'), 'zh-CN', { maxDecimals: 2 }), '53.64');
  assert.equal(formatNumber(new D('0.125'), 'en', { maxDecimals: 2 }), '0.13');
  assert.equal(formatNumber(new D('999999.995'), 'en', { maxDecimals: 2 }), '1,000,000.00');
  assert.equal(formatNumber(new D('1.5'), 'en', { minDecimals: 0, maxDecimals: 0 }), '2');
  assert.equal(formatNumber(new D('1.5'), 'en', { minDecimals: 0 }), '1.5');
  assert.equal(formatNumber(new D('7'), 'en', { minDecimals: 0 }), '7');
  assert.equal(formatNumber(new D('0.048455'), 'en', { maxDecimals: 4 }), '0.0485');
});

test('formatNumber handles negatives without a negative zero', () => {
  assert.equal(formatNumber(new D('-1234.5'), 'en'), '-1,234.50');
  assert.equal(formatNumber(new D('-0.001'), 'en', { maxDecimals: 2 }), '0.00');
});

test('formatNumber rejects bad options and non-finite values', () => {
  const isInputError = (e: unknown) => e instanceof BudgetInputError;
  assert.throws(() => formatNumber(new D(1), 'en', { minDecimals: 3, maxDecimals: 2 }), isInputError);
  assert.throws(() => formatNumber(new D(1), 'en', { minDecimals: -1 }), isInputError);
  assert.throws(() => formatNumber(new D(1), 'en', { maxDecimals: 1.5 }), isInputError);
  assert.throws(() => formatNumber(new D(NaN), 'en'), isInputError);
});

test('unitLabel', () => {
  assert.equal(unitLabel('万元', 'zh-CN'), '万元');
  assert.equal(unitLabel('元', 'en'), 'yuan');
  assert.equal(unitLabel('万元', 'en'), '10,000 yuan');
  assert.equal(unitLabel('亿元', 'en'), '100 million yuan');
});

test('formatAmount converts exactly and always shows the unit', () => {
  assert.equal(formatAmount('484.55', 'zh-CN', { from: '万元' }), '484.55万元');
  assert.equal(formatAmount('167', 'zh-CN', { from: '万元', to: '元' }), '1,670,000.00元');
  assert.equal(formatAmount('484.55', 'zh-CN', { from: '万元', to: '亿元' }), '0.048455亿元');
  assert.equal(formatAmount('484.55', 'en', { from: '万元' }), '484.55 (10,000 yuan)');
  assert.equal(formatAmount('167', 'en', { from: '万元', to: '元' }), '1,670,000.00 yuan');
  assert.equal(formatAmount(new D('484.55'), 'en', { from: '万元', to: '亿元' }), '0.048455 (100 million yuan)');
  assert.equal(formatAmount('53.643888', 'zh-CN', { from: '万元', maxDecimals: 2 }), '53.64万元');
});

test('formatAmount rejects malformed strings', () => {
  assert.throws(() => formatAmount('1,000', 'en', { from: '元' }), BudgetInputError);
  assert.throws(() => formatAmount('abc', 'en', { from: '元' }), BudgetInputError);
});

test('formatPercent rounds half-up to the given decimals', () => {
  assert.equal(formatPercent('15.5', 'zh-CN'), '15.50%');
  assert.equal(formatPercent('15.495', 'en'), '15.50%');
  assert.equal(formatPercent(new D('3.7659'), 'en'), '3.77%');
  assert.equal(formatPercent('33.333', 'en', 1), '33.3%');
  assert.equal(formatPercent('100', 'en', 0), '100%');
});

test('an amount of 100,000 digits is grouped in full (one pass, not a lookahead per digit)', () => {
  const text = formatNumber(new D('1'.repeat(100_000)), 'zh-CN', { minDecimals: 0 });
  assert.equal(text.length, 100_000 + 33_333);
  assert.ok(text.startsWith('1,111,111'));
  assert.equal(formatNumber(new D('1234567.5'), 'zh-CN', { minDecimals: 0 }), '1,234,567.5');
  assert.equal(formatNumber(new D('999'), 'zh-CN', { minDecimals: 0 }), '999');
});

test('a published figure keeps all its decimals, beyond 20', () => {
  assert.equal(formatNumber(new D('60.0000000000000000000000001'), 'zh-CN', { minDecimals: 25 }), '60.0000000000000000000000001');
});
