/**
 * Properties of the formatters and unit conversion (src/core/format.ts, src/core/units.ts,
 * src/core/change.ts) with fast-check, 1,000 runs each with a fixed seed: any valid decimal
 * string formats without "NaN", "Infinity" or "undefined", with its digits grouped by threes and
 * its value given back when the separators are removed; converting between 元, 万元 and 亿元 is
 * exact both ways; a change between two amounts is worded with the figures it computed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { changePhrase, computeChange } from '../../src/core/change.js';
import { D, toDecimal } from '../../src/core/decimal.js';
import { formatAmount, formatNumber, formatPercent, unitLabel, type Lang } from '../../src/core/format.js';
import { convertAmount } from '../../src/core/units.js';
import { decimalOptions, longDecimalString, anyDecimalString, moneyString, moneyUnit, RUNS, SEED, signedDecimalString, TEST_SCALE } from '../fixtures/arbitraries.js';
import { BROKEN_WORDS, conversionProblems, formattedNumberProblems } from '../fixtures/invariants.js';

const params = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };
const lang = fc.constantFrom<Lang>('zh-CN', 'en');
/** Exact arithmetic for the expected values, whatever the figures' size. */
const Exact = Decimal.clone({ precision: 1e6, rounding: Decimal.ROUND_HALF_UP });

test('formatNumber of any decimal string (signed, up to 2,000 digits): grouped by threes, the same value, no NaN or undefined', () => {
  fc.assert(
    fc.property(signedDecimalString(TEST_SCALE), lang, decimalOptions, (text, l, opts) => {
      const value = toDecimal(text);
      const formatted = formatNumber(value, l, opts);
      const max = 'maxDecimals' in opts ? opts.maxDecimals : undefined;
      const expected = max === undefined ? value : value.toDecimalPlaces(max, D.ROUND_HALF_UP);
      assert.deepEqual(formattedNumberProblems(formatted, expected), []);
      const places = formatted.split('.')[1]?.length ?? 0;
      assert.equal(places, Math.max(opts.minDecimals ?? 2, expected.decimalPlaces()), `${formatted}: decimals`);
    }),
    params,
  );
});

test('formatAmount of any schema-valid amount, in any unit: the exact converted value, grouped, with its unit named', () => {
  fc.assert(
    fc.property(anyDecimalString(TEST_SCALE), moneyUnit, moneyUnit, lang, (amount, from, to, l) => {
      const formatted = formatAmount(amount, l, { from, to, minDecimals: 0 });
      assert.doesNotMatch(formatted, BROKEN_WORDS);
      const suffix = l === 'zh-CN' ? unitLabel(to, l) : to === '元' ? ' yuan' : ` (${unitLabel(to, l)})`;
      assert.ok(formatted.endsWith(suffix), `${formatted} ends with ${suffix}`);
      const number = formatted.slice(0, -suffix.length);
      const exact = new Exact(amount).times(new Exact(10).pow({ 元: 0, 万元: 4, 亿元: 8 }[from] - { 元: 0, 万元: 4, 亿元: 8 }[to]));
      assert.deepEqual(formattedNumberProblems(number, new D(exact.toFixed())), []);
    }),
    params,
  );
});

test('unit conversion of any schema-valid amount round-trips exactly', () => {
  fc.assert(
    fc.property(anyDecimalString(TEST_SCALE), moneyUnit, moneyUnit, (amount, from, to) => {
      assert.deepEqual(conversionProblems(amount, from, to), []);
      assert.ok(convertAmount(new D(amount), from, from).eq(new D(amount)));
    }),
    params,
  );
});

test('formatPercent of any decimal: rounded half-up to its decimals, with a % sign and no NaN', () => {
  fc.assert(
    fc.property(longDecimalString(TEST_SCALE), fc.nat({ max: 6 }), lang, (percent, places, l) => {
      const formatted = formatPercent(percent, l, places);
      assert.ok(formatted.endsWith('%'));
      const expected = new D(percent).toDecimalPlaces(places, D.ROUND_HALF_UP);
      assert.deepEqual(formattedNumberProblems(formatted.slice(0, -1), expected), []);
    }),
    params,
  );
});

test('a change between two schema-valid amounts: worded as reports word it, with the exact difference and percentage', () => {
  fc.assert(
    fc.property(moneyString(), fc.oneof(moneyString(), fc.constant('0')), moneyUnit, lang, (current, previous, unit, l) => {
      const change = computeChange(current, previous);
      const phrase = changePhrase(change, l, { unit });
      assert.doesNotMatch(phrase, BROKEN_WORDS);
      assert.doesNotMatch(phrase, /∞/);
      const difference = new Exact(current).minus(previous).abs();
      assert.ok(new Exact(change.amount.toFixed()).eq(difference), `amount ${change.amount.toFixed()} is not ${difference.toFixed()}`);
      if (new Exact(previous).isZero()) assert.equal(change.percent, null);
      else {
        const percent = difference.div(previous).times(100).toDecimalPlaces(2, Exact.ROUND_HALF_UP);
        assert.ok(change.percent !== null && new Exact(change.percent.toFixed()).eq(percent), `percent ${change.percent?.toFixed()} is not ${percent.toFixed()}`);
        if (change.direction === 'increase' || change.direction === 'decrease') {
          assert.ok(phrase.includes(formatPercent(change.percent, l)), `${phrase} states ${formatPercent(change.percent, l)}`);
        }
      }
      if (change.direction !== 'flat' && change.direction !== 'none') assert.ok(phrase.includes(formatAmount(change.amount, l, { from: unit })), phrase);
    }),
    params,
  );
});
