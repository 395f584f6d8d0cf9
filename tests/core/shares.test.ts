import { test } from 'node:test';
import assert from 'node:assert/strict';
import { D, type Dec } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import { percentOf, sharePercent, shares } from '../../src/core/shares.js';

/** Shares as fixed-decimal strings, for readable comparisons. */
function fixed(result: Dec[] | null, decimals = 2): string[] | null {
  return result && result.map((s) => s.toFixed(decimals));
}

/** Sum of shares as a fixed-decimal string. */
function sum(result: Dec[], decimals = 2): string {
  return result.reduce((a, b) => a.plus(b), new D(0)).toFixed(decimals);
}

test('reference report: basic and project expenditure of 484.55', () => {
  assert.deepEqual(fixed(shares(['164.37', '320.18'])), ['33.92', '66.08']);
});

test('reference report: the four 类 of 484.55 match the report and sum to 100.00', () => {
  // Exact shares 90.5768…, 4.9283…, 1.5148…, 2.9801…: truncation leaves 2 units
  // for the two largest remainders (4.92|83… and 90.57|68…).
  const result = shares(['438.89', '23.88', '7.34', '14.44']);
  assert.ok(result);
  assert.deepEqual(fixed(result), ['90.58', '4.93', '1.51', '2.98']);
  assert.equal(sum(result), '100.00');
});

test('equal values: the leftover unit goes to the earlier position', () => {
  assert.deepEqual(fixed(shares(['1', '1', '1'])), ['33.34', '33.33', '33.33']);
  assert.deepEqual(fixed(shares(['1', '1', '1'], 0), 0), ['34', '33', '33']);
});

test('equal remainders: the larger value wins before position', () => {
  // 1, 4 and 295 of 300 all leave the same remainder (1/3 of a unit).
  assert.deepEqual(fixed(shares(['1', '4', '295'], 0), 0), ['0', '1', '99']);
});

test('zero total gives null, a single value gives 100', () => {
  assert.equal(shares(['0', '0']), null);
  assert.equal(shares([]), null);
  assert.deepEqual(fixed(shares(['484.55'])), ['100.00']);
  assert.deepEqual(fixed(shares([new D('0.01')])), ['100.00']);
});

test('zero values get exactly 0', () => {
  const result = shares(['0', '1', '0', '1', '1', '0']);
  assert.ok(result);
  assert.deepEqual(fixed(result), ['0.00', '33.34', '0.00', '33.33', '33.33', '0.00']);
  assert.ok(result[0].isZero() && result[2].isZero() && result[5].isZero());
});

test('other decimal counts', () => {
  assert.deepEqual(fixed(shares(['164.37', '320.18'], 4), 4), ['33.9222', '66.0778']);
  assert.deepEqual(fixed(shares(['2', '1'], 0), 0), ['67', '33']);
});

test('negative or malformed input throws BudgetInputError', () => {
  assert.throws(() => shares(['1', '-1']), BudgetInputError);
  assert.throws(() => shares([new D('-0.01'), '1']), BudgetInputError);
  assert.throws(() => shares(['1,000']), BudgetInputError);
  assert.throws(() => shares(['1'], -1), BudgetInputError);
});

/** Deterministic pseudo-random integers so failures are reproducible. */
function rng(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/** A random amount string: sometimes 0, otherwise up to 9 integer digits and 0–4 decimals. */
function randomAmount(next: (n: number) => number): string {
  if (next(6) === 0) return '0';
  const digits = Array.from({ length: 1 + next(9) }, (_, i) => String(i === 0 ? 1 + next(9) : next(10))).join('');
  const decimals = Array.from({ length: next(5) }, () => String(next(10))).join('');
  return decimals ? `${digits}.${decimals}` : digits;
}

test('random cases always sum to exactly 100 and stay within one unit of the exact share', () => {
  const next = rng(20240601);
  for (let round = 0; round < 500; round++) {
    const values = Array.from({ length: 1 + next(12) }, () => randomAmount(next));
    const decimals = next(4);
    const result = shares(values, decimals);
    const total = values.reduce((a, v) => a.plus(v), new D(0));
    if (total.isZero()) {
      assert.equal(result, null);
      continue;
    }
    assert.ok(result, values.join(','));
    assert.equal(sum(result, decimals), new D(100).toFixed(decimals), values.join(','));
    const unit = new D(10).pow(-decimals);
    result.forEach((share, i) => {
      const exact = new D(values[i]).div(total).times(100);
      assert.equal(share.decimalPlaces() <= decimals, true);
      assert.ok(share.lte(exact.plus(unit)) && share.gte(exact.minus(unit)), `${values.join(',')} #${i}`);
      if (new D(values[i]).isZero()) assert.ok(share.isZero());
    });
  }
});

test('sharePercent rounds half-up and returns null for a zero whole', () => {
  assert.equal(sharePercent('164.37', '484.55')?.toFixed(2), '33.92');
  assert.equal(sharePercent('1', '8', 2)?.toFixed(2), '12.50');
  assert.equal(sharePercent('1', '800', 2)?.toFixed(2), '0.13'); // exactly 0.125 rounds up
  assert.equal(sharePercent('1', '3', 0)?.toFixed(0), '33');
  assert.equal(sharePercent('2', '3', 0)?.toFixed(0), '67');
  assert.equal(sharePercent('3', '2')?.toFixed(2), '150.00');
  assert.equal(sharePercent('0', '0'), null);
  assert.equal(sharePercent('5', '0'), null);
  assert.throws(() => sharePercent('-1', '0'), BudgetInputError);
});

test('percentOf refuses a zero whole instead of returning Infinity', () => {
  assert.equal(percentOf('0.56', '14.87').toFixed(2), '3.77');
  assert.throws(() => percentOf('1', '0'), (e: unknown) => e instanceof BudgetInputError && e.code === 'zero-whole');
});
