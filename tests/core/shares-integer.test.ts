/**
 * shares() takes an exact BigInt way for Decimal inputs (src/core/shares.ts): property tests,
 * 1,000 runs each with a fixed seed, that it gives exactly what the Decimal implementation it
 * replaced gives (kept here as the reference), for amounts of up to 20 integer digits and 10
 * decimals, ties, zeros and totals long enough to fall back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { D, type Dec } from '../../src/core/decimal.js';
import { shares } from '../../src/core/shares.js';
import { RUNS, SEED } from '../fixtures/arbitraries.js';

const params = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };

/** The Decimal implementation shares() had before the BigInt one. */
function reference(amounts: readonly Dec[], decimals: number): Dec[] | null {
  const percentUnits = (part: Dec, whole: Dec) => {
    const scaled = part.times(new D(10).pow(decimals + 2));
    const units = scaled.divToInt(whole);
    return { units, remainder: scaled.minus(units.times(whole)) };
  };
  const total = amounts.reduce((sum, v) => sum.plus(v), new D(0));
  if (total.isZero()) return null;
  const parts = amounts.map((value, index) => ({ value, index, ...percentUnits(value, total) }));
  const leftover = parts.reduce((rest, p) => rest.minus(p.units), new D(10).pow(decimals + 2));
  const ranked = [...parts].sort((a, b) => b.remainder.comparedTo(a.remainder) || b.value.comparedTo(a.value) || a.index - b.index);
  for (let k = 0; leftover.gt(k); k++) ranked[k].units = ranked[k].units.plus(1);
  return parts.map((p) => p.units.div(new D(10).pow(decimals)));
}

/** A non-negative amount with up to `int` integer digits and `frac` decimals, often small or repeated. */
const amount = (int: number, frac: number) =>
  fc.oneof(
    fc.constantFrom('0', '1', '0.01', '3', '7', '100'),
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(int) - 1n }), fc.integer({ min: 0, max: frac }), fc.bigInt({ min: 0n, max: 10n ** BigInt(frac) - 1n })).map(
      ([whole, places, fraction]) => (places === 0 ? whole.toString() : `${whole}.${(fraction % 10n ** BigInt(places)).toString().padStart(places, '0')}`),
    ),
  );

const same = (values: string[], decimals: number) => {
  const decs = values.map((v) => new D(v));
  const got = shares(decs, decimals);
  const want = reference(decs, decimals);
  assert.deepEqual(got?.map((s) => s.toString()) ?? null, want?.map((s) => s.toString()) ?? null, `${values.join(',')} @${decimals}`);
};

test('shares of Decimals equal the Decimal implementation: budget-sized amounts', () => {
  fc.assert(fc.property(fc.array(amount(8, 4), { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (values, decimals) => same(values, decimals)), params);
});

test('shares of Decimals equal the Decimal implementation: up to 20 integer digits and 10 decimals', () => {
  fc.assert(fc.property(fc.array(amount(20, 10), { maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (values, decimals) => same(values, decimals)), params);
});

test('shares of Decimals equal the Decimal implementation: many ties', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('0', '1', '2', '3', '0.5', '1.5', '10'), { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 3 }), (values, decimals) => same(values, decimals)),
    params,
  );
});

test('shares of Decimals: long fractions and a string mixed in take the Decimal way with the same results', () => {
  same(['0.12345678901', '1'], 2);
  same(['99999999999999999999.9999999999', '99999999999999999999.9999999999', '1'], 8);
  assert.deepEqual(shares([new D('1'), '1', new D('1')])?.map(String), ['33.34', '33.33', '33.33']);
  assert.throws(() => shares([new D('-1'), new D('2')]));
  assert.throws(() => shares([new D(NaN)]));
});
