import { test } from 'node:test';
import assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { D, DECIMAL_PATTERN, parseAmount, parseSignedDecimal, toAmount, toDecimal } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import { MONEY_UNITS, convertAmount, isMoneyUnit, type MoneyUnit } from '../../src/core/units.js';

/** Asserts that `fn` throws a BudgetInputError with the given code. */
function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof BudgetInputError && e.code === code);
}

test('D is a private clone with 40 digits and half-up rounding', () => {
  assert.notEqual(D, Decimal);
  assert.equal(D.precision, 40);
  assert.equal(D.rounding, Decimal.ROUND_HALF_UP);
  assert.equal(new D('0.1').plus('0.2').toString(), '0.3');
});

test('DECIMAL_PATTERN accepts plain non-negative decimals only', () => {
  for (const ok of ['0', '0.5', '484.55', '1670000', '0.048455', '10']) assert.ok(DECIMAL_PATTERN.test(ok), ok);
  for (const bad of ['', '01', '-1', '1.', '.5', '1e3', '1,000', ' 1', '+1']) assert.ok(!DECIMAL_PATTERN.test(bad), bad);
});

test('parseAmount keeps every digit', () => {
  assert.equal(parseAmount('484.55').toString(), '484.55');
  assert.equal(parseAmount('0').toString(), '0');
  assert.equal(parseAmount('12345678901234567890.123456789').toFixed(), '12345678901234567890.123456789');
});

test('parseAmount rejects malformed input with a specific reason', () => {
  const cases: [string, string][] = [
    ['12abc', 'not-a-decimal'],
    ['NaN', 'not-finite'],
    ['Infinity', 'not-finite'],
    ['1e309', 'exponent'],
    ['-5', 'negative'],
    ['', 'empty'],
    [' 1', 'whitespace'],
    ['1 ', 'whitespace'],
    ['1,000', 'thousands-separator'],
    ['01', 'leading-zero'],
    ['1.', 'not-a-decimal'],
    ['+5', 'not-a-decimal'],
  ];
  for (const [text, code] of cases) throwsCode(() => parseAmount(text), code);
});

test('BudgetInputError carries both languages and the offending input', () => {
  try {
    parseAmount('-5');
    assert.fail('should throw');
  } catch (e) {
    assert.ok(e instanceof BudgetInputError);
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'BudgetInputError');
    assert.equal(e.found, '-5');
    assert.match(e.messageEn, /cannot be negative/);
    assert.match(e.messageZh, /负数/);
    assert.equal(e.message, e.messageEn);
  }
});

test('parseSignedDecimal allows a leading minus only', () => {
  assert.equal(parseSignedDecimal('-12.5').toString(), '-12.5');
  assert.equal(parseSignedDecimal('12.5').toString(), '12.5');
  assert.ok(!parseSignedDecimal('-0').isNeg());
  throwsCode(() => parseSignedDecimal('--5'), 'not-a-decimal');
  throwsCode(() => parseSignedDecimal('-1e5'), 'exponent');
  throwsCode(() => parseSignedDecimal('-01'), 'leading-zero');
  throwsCode(() => parseSignedDecimal(''), 'empty');
});

test('toAmount and toDecimal validate Decimal instances', () => {
  throwsCode(() => toAmount(new D(-1)), 'negative');
  throwsCode(() => toAmount(new D(NaN)), 'not-finite');
  throwsCode(() => toDecimal(new D(Infinity)), 'not-finite');
  assert.equal(toDecimal(new D(-1)).toString(), '-1');
  // A Decimal from the global constructor is re-wrapped into D.
  assert.ok(toAmount(new Decimal('1.5')) instanceof D);
});

test('convertAmount is exact between all units', () => {
  assert.equal(convertAmount(new D('1'), '万元', '元').toString(), '10000');
  assert.equal(convertAmount(new D('1'), '亿元', '万元').toString(), '10000');
  assert.equal(convertAmount(new D('484.55'), '万元', '亿元').toString(), '0.048455');
  assert.equal(convertAmount(new D('167'), '万元', '元').toString(), '1670000');
  assert.equal(convertAmount(new D('0.01'), '元', '亿元').toFixed(), '0.0000000001');
  const amount = new D('53.643888');
  for (const a of MONEY_UNITS) {
    for (const b of MONEY_UNITS) {
      assert.ok(convertAmount(convertAmount(amount, a, b), b, a).eq(amount), `${a} → ${b} → ${a}`);
    }
  }
});

test('convertAmount rejects units that bypass the type system', () => {
  throwsCode(() => convertAmount(new D(1), '千元' as MoneyUnit, '元'), 'unknown-unit');
});

test('isMoneyUnit', () => {
  for (const u of MONEY_UNITS) assert.ok(isMoneyUnit(u));
  for (const x of ['千元', 'yuan', '', 1, null, undefined]) assert.ok(!isMoneyUnit(x));
});
