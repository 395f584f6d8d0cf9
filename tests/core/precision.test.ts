import { test } from 'node:test';
import assert from 'node:assert/strict';
import { viewDecimals } from '../../src/core/precision.js';

test('a view of whole 万元 amounts keeps two decimals', () => {
  assert.deepEqual(viewDecimals(['484.55', '419.54', '0', '12']), { rounded: 2, exact: 2 });
});

test('the smallest non-zero amount sets the rounded decimals, so it never shows as 0', () => {
  // 亿元 from 万元: 305.00万元 = 0.0305亿元, 4.3889万元 = 0.00043889亿元.
  assert.deepEqual(viewDecimals(['0.0305', '0.00043889', '12.5']), { rounded: 4, exact: 8 });
  // 0.004 rounds half-up to 0.00 but 0.005 to 0.01.
  assert.equal(viewDecimals(['0.004']).rounded, 3);
  assert.equal(viewDecimals(['0.005']).rounded, 2);
  assert.equal(viewDecimals(['-0.004', '3']).rounded, 3);
});

test('the exact decimals cover the most precise amount', () => {
  assert.equal(viewDecimals(['1.5', '2.123456789']).exact, 9);
  assert.deepEqual(viewDecimals([]), { rounded: 2, exact: 2 });
  assert.deepEqual(viewDecimals(['0', '-0']), { rounded: 2, exact: 2 });
});
