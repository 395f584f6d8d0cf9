import Decimal from 'decimal.js';
import { D, PRECISION, checkDecimals, powerOfTen, scaledInteger, toAmount, type Dec } from './decimal.js';
import { BudgetInputError } from './errors.js';

/**
 * Splits part/whole×100 into whole units of 10^-decimals and the leftover.
 * Integer division keeps the remainder exact, so rounding decisions never
 * depend on a rounded quotient. The remainder is in the same units as `whole`.
 */
function percentUnits(part: Dec, whole: Dec, decimals: number): { units: Dec; remainder: Dec } {
  const scaled = part.times(powerOfTen(decimals + 2));
  const units = scaled.divToInt(whole);
  return { units, remainder: scaled.minus(units.times(whole)) };
}

/**
 * part/whole×100 rounded half-up to `decimals`, computed exactly. `whole` must
 * be non-zero (it throws otherwise); use {@link sharePercent} when it may be 0.
 */
export function percentOf(part: string | Dec, whole: string | Dec, decimals = 2): Dec {
  const p = toAmount(part);
  const w = toAmount(whole);
  checkDecimals(decimals);
  if (w.isZero()) {
    throw new BudgetInputError({
      code: 'zero-whole',
      messageZh: '总数为零，无法计算百分比',
      messageEn: 'cannot compute a percentage of zero',
      found: w.toString(),
    });
  }
  const { units, remainder } = percentUnits(p, w, decimals);
  const rounded = remainder.times(2).gte(w) ? units.plus(1) : units;
  return rounded.div(powerOfTen(decimals));
}

/** Share of `part` in `whole` as a percentage rounded half-up, or null when `whole` is 0. */
export function sharePercent(part: string | Dec, whole: string | Dec, decimals = 2): Dec | null {
  const p = toAmount(part);
  const w = toAmount(whole);
  checkDecimals(decimals);
  return w.isZero() ? null : percentOf(p, w, decimals);
}

/**
 * Percentage shares of the total that add up to exactly 100 at `decimals`
 * places, by the largest-remainder (Hamilton) method:
 * 1. each exact share is value / total × 100;
 * 2. each share is truncated (not rounded) to `decimals` places;
 * 3. the units of 10^-decimals still missing from 100 are handed out one each
 *    to the values whose truncated-off remainders are largest;
 * 4. equal remainders go to the larger value first, then to the earlier position.
 * Zero values always get exactly 0 (their remainder is 0 and fewer units are
 * left over than there are non-zero remainders). Returns null when the total
 * is 0, since no shares exist. Negative values throw BudgetInputError.
 */
export function shares(values: readonly (string | Dec)[], decimals = 2): Dec[] | null {
  checkDecimals(decimals);
  return integerShares(values, decimals) ?? decimalShares(values.map(toAmount), decimals);
}

/** The same as {@link decimalShares}, with the values as Decimals. */
function decimalShares(amounts: readonly Dec[], decimals: number): Dec[] | null {
  const total = amounts.reduce((sum, v) => sum.plus(v), new D(0));
  if (total.isZero()) return null;

  const parts = amounts.map((value, index) => ({ value, index, ...percentUnits(value, total, decimals) }));
  const allUnits = powerOfTen(decimals + 2);
  const leftover = parts.reduce((rest, p) => rest.minus(p.units), allUnits);
  const ranked = [...parts].sort(
    (a, b) => b.remainder.comparedTo(a.remainder) || b.value.comparedTo(a.value) || a.index - b.index,
  );
  for (let k = 0; leftover.gt(k); k++) ranked[k].units = ranked[k].units.plus(1);

  const unitSize = powerOfTen(decimals);
  return parts.map((p) => p.units.div(unitSize));
}

/** A count of 10^-decimals units as the Decimal it stands for, written out rather than divided. */
function unitsToDecimal(units: bigint, decimals: number): Dec {
  if (decimals === 0) return new D(units.toString());
  const digits = units.toString().padStart(decimals + 1, '0');
  return new D(`${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`);
}

/**
 * {@link shares} in exact integer arithmetic: every value × 10^10 as a BigInt, so each step is
 * the same exact step the Decimal version takes, without 40-digit divisions. Null (the caller
 * then takes the Decimal way, which also reports bad input) when a value is a string, negative,
 * has more than 10 decimals, or the numbers are so long that the Decimal version's 40 significant
 * digits could round: within those bounds both give identical results.
 */
function integerShares(values: readonly (string | Dec)[], decimals: number): Dec[] | null | undefined {
  const scaled: bigint[] = [];
  let total = 0n;
  for (const value of values) {
    if (typeof value === 'string' || !Decimal.isDecimal(value)) return undefined;
    const big = scaledInteger(value);
    if (big === null) return undefined;
    scaled.push(big);
    total += big;
  }
  if (total === 0n) return null;
  // units × total, the longest product either version forms, must stay within PRECISION digits.
  if (total.toString().length + decimals + 3 > PRECISION) return undefined;
  const allUnits = 10n ** BigInt(decimals + 2);
  const parts = scaled.map((value, index) => {
    const product = value * allUnits;
    const units = product / total;
    return { value, index, units, remainder: product - units * total };
  });
  let leftover = allUnits;
  for (const p of parts) leftover -= p.units;
  const order = (x: bigint, y: bigint) => (x > y ? -1 : x < y ? 1 : 0);
  const ranked = [...parts].sort((a, b) => order(a.remainder, b.remainder) || order(a.value, b.value) || a.index - b.index);
  for (let k = 0; BigInt(k) < leftover; k++) ranked[k].units += 1n;
  return parts.map((p) => unitsToDecimal(p.units, decimals));
}
