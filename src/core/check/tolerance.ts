/**
 * How far printed figures may disagree before the disagreement is more than rounding.
 *
 * Principle: a figure printed with d decimals stands for any amount within half a unit of its
 * last decimal, 0.5×10^-d, of it. Two exceptions, both exact amounts rather than roundings:
 * - amounts printed in 元 are the amounts themselves: budgets are kept in 元 (and 分, which a
 *   table prints when it has them, as the 绩效目标表 do: "536438.88"); the rounding this module
 *   allows for comes from printing those amounts in 万元 or 亿元;
 * - a bare "0" is a blank cell (the schema records blanks as "0"), exactly nothing. A printed
 *   "0.00" is a rounding like any other.
 *
 * The judgements never call a difference that rounding can explain an error, and never call a
 * difference larger than rounding can explain 'rounding'. All arithmetic is exact (decimal.js).
 */
import { D, decimalsOf, DECIMAL_PATTERN, powerOfTen, scaledDigits, type Dec } from '../decimal.js';
import type { MoneyUnit } from '../schema/budget-types.generated.js';
import { convertAmount } from '../units.js';
import type { Severity } from './types.js';

export { decimalsOf } from '../decimal.js';

/** Half a unit of the d-th decimal, 0.5×10^-d: the most rounding to d decimals moves a value. */
export function halfUnit(decimals: number): Dec {
  // Asked for once per figure compared, for a few distinct precisions: computed once each.
  return HALF_UNITS.get(decimals) ?? HALF_UNITS.set(decimals, new D(`5e${-(decimals + 1)}`)).get(decimals)!;
}

const HALF_UNITS = new Map<number, Dec>();

/** One unit of the d-th decimal, 10^-d. */
export function unitOf(decimals: number): Dec {
  return powerOfTen(-decimals);
}

/** True for text that is a plain non-negative decimal, the only form amounts take. */
export function isDecimalText(text: string | undefined): text is string {
  return typeof text === 'string' && DECIMAL_PATTERN.test(text);
}

/**
 * The most rounding can have moved one printed amount: 0 for an amount in 元 or a blank "0"
 * (see the module comment), else half a unit of `decimals`. `decimals` defaults to the figure's
 * own; pass the table's precision when the figure dropped trailing zeros ("15" among "21.56").
 */
export function amountRounding(text: string, unit: MoneyUnit, decimals = decimalsOf(text)): Dec {
  if (!carriesRounding(text, unit)) return new D(0);
  return halfUnit(Math.max(decimals, decimalsOf(text)));
}

/** False for the exact amounts of the module comment: any amount in 元, a blank "0". */
function carriesRounding(text: string, unit: MoneyUnit): boolean {
  return unit !== '元' && text !== '0';
}

/** No finding for no difference; 'rounding' within the tolerance (inclusive); 'error' beyond. */
export function judge(difference: Dec, tolerance: Dec): Severity | null {
  if (difference.isZero()) return null;
  return difference.abs().lte(tolerance) ? 'rounding' : 'error';
}

/** The outcome of comparing printed figures: severity (null when they agree), difference, tolerance. */
export interface Judgement {
  severity: Severity | null;
  /** Stated minus computed (or expected). */
  difference: Dec;
  /** The largest difference rounding can explain. */
  tolerance: Dec;
}

/** {@link judgeSum}'s result, with the figures it compared. */
export interface SumJudgement extends Judgement {
  total: Dec;
  sum: Dec;
  /** The printed precision of the figures compared (the most decimals any of them shows). */
  decimals: number;
}

/**
 * A stated total against the sum of its stated parts, all in `unit`. Each part and the total may
 * each be off by half a unit, so the tolerance is (n + 1) × 0.5×10^-d for n parts printed with d
 * decimals; blank "0" parts and amounts in 元 carry no rounding and add nothing. Two parts at 2
 * decimals: 0.015, so a 0.01 difference is 'rounding' and 0.02 an 'error'.
 */
export function judgeSum(total: string, parts: readonly string[], unit: MoneyUnit): SumJudgement {
  // Loops, not Math.max(...parts): spreading a table of 130,000 rows overflows the call stack.
  let decimals = decimalsOf(total);
  for (const part of parts) decimals = Math.max(decimals, decimalsOf(part));
  let rounded = carriesRounding(total, unit) ? 1 : 0;
  for (const part of parts) if (carriesRounding(part, unit)) rounded++;
  // Every figure that carries rounding carries the same half unit of the shared precision.
  const tolerance = halfUnit(decimals).times(rounded);
  const stated = new D(total);
  if (addsUp(total, parts, decimals)) return { severity: null, difference: ZERO, tolerance, total: stated, sum: stated, decimals };
  let sum = new D(0);
  for (const part of parts) sum = sum.plus(part);
  const difference = stated.minus(sum);
  return { severity: judge(difference, tolerance), difference, tolerance, total: stated, sum, decimals };
}

const ZERO = new D(0);

/**
 * True when the parts add up to the total exactly, worked out on the digits: each figure as a
 * whole number of 10^-decimals (a BigInt), so a report's thousands of sums that agree cost no
 * decimal arithmetic. Any sum that does not agree is judged by decimal.js, as every figure shown is.
 */
function addsUp(total: string, parts: readonly string[], decimals: number): boolean {
  if (!isDecimalText(total) || !parts.every(isDecimalText)) return false;
  let rest = scaledDigits(total, decimals);
  for (const part of parts) rest -= scaledDigits(part, decimals);
  return rest === 0n;
}


/** {@link judgeAmount}'s result. */
export interface AmountJudgement extends Judgement {
  stated: Dec;
  /** The reference converted to the stated unit, exactly. */
  exact: Dec;
  /** `exact` rounded half-up to the stated figure's decimals: what a correct report prints. */
  expected: Dec;
  /** True when a difference equal to the tolerance is still too large (the bound is exclusive). */
  exclusive: boolean;
}

/**
 * One amount printed twice, possibly in different units (a 万元 figure of the 说明 against a 元
 * cell): `stated` is judged against `reference`. No finding when `stated` is `reference` rounded
 * half-up to the stated decimals. Otherwise, when `stated` is itself a rounding (p decimals) it is
 * 'rounding' if some rounding direction of a value the reference allows gives it — |difference| <
 * 10^-p + the reference's own rounding, so a truncated 220.62 for 220.6272 is rounding and 220.64
 * an error; when `stated` is exact (元, or a blank "0") only the reference's rounding is allowed.
 */
export function judgeAmount(stated: string, statedUnit: MoneyUnit, reference: string, referenceUnit: MoneyUnit): AmountJudgement {
  const s = new D(stated);
  const exact = convertAmount(new D(reference), referenceUnit, statedUnit);
  const referenceRounding = convertAmount(amountRounding(reference, referenceUnit), referenceUnit, statedUnit);
  const decimals = decimalsOf(stated);
  const expected = exact.toDecimalPlaces(decimals, D.ROUND_HALF_UP);
  const difference = s.minus(exact);
  const statedIsExact = amountRounding(stated, statedUnit).isZero();
  const tolerance = statedIsExact ? referenceRounding : unitOf(decimals).plus(referenceRounding);
  let severity: Severity | null;
  if (s.eq(exact) || (!statedIsExact && s.eq(expected))) severity = null;
  else if (statedIsExact) severity = difference.abs().lte(tolerance) ? 'rounding' : 'error';
  else severity = difference.abs().lt(tolerance) ? 'rounding' : 'error';
  return { severity, difference, tolerance, stated: s, exact, expected, exclusive: !statedIsExact };
}

/** A figure entering a percentage: its value and the most rounding can have moved it. */
export interface Operand {
  value: Dec;
  rounding: Dec;
}

/** The operand of one printed amount, converted to `to` (exactly; the rounding converts with it). */
export function operand(text: string, unit: MoneyUnit, to: MoneyUnit = unit): Operand {
  return { value: convertAmount(new D(text), unit, to), rounding: convertAmount(amountRounding(text, unit), unit, to) };
}

/** {@link judgePercent}'s result. */
export interface PercentJudgement {
  severity: Severity | null;
  stated: Dec;
  /** numerator / denominator × 100, unrounded. */
  exact: Dec;
  /** `exact` rounded half-up to the stated decimals. */
  expected: Dec;
  /** Stated minus exact. */
  difference: Dec;
  /** Lowest and highest percentage the operands' rounding allows, rounded outward to the stated decimals; high is null when unbounded. */
  low: Dec;
  high: Dec | null;
}

/**
 * A stated percentage (p decimals) against numerator / denominator × 100. The true operands lie
 * within their rounding, so the true percentage lies in [(N − n)/(D + d), (N + n)/(D − d)]; that
 * interval is rounded outward to p decimals (down at the low end, up at the high end, so that a
 * report that truncates is not called wrong). Equal to the exact percentage rounded half-up: no
 * finding; inside the interval: 'rounding'; outside: 'error'. Null when the denominator is 0 —
 * a share of nothing, or growth from nothing, has no percentage to check.
 */
export function judgePercent(stated: string, numerator: Operand, denominator: Operand): PercentJudgement | null {
  if (denominator.value.isZero()) return null;
  const s = new D(stated);
  const p = decimalsOf(stated);
  const hundred = new D(100);
  const exact = numerator.value.div(denominator.value).times(hundred);
  const expected = exact.toDecimalPlaces(p, D.ROUND_HALF_UP);
  const lowNumerator = D.max(numerator.value.minus(numerator.rounding), 0);
  const low = lowNumerator.div(denominator.value.plus(denominator.rounding)).times(hundred).toDecimalPlaces(p, D.ROUND_FLOOR);
  const highDenominator = denominator.value.minus(denominator.rounding);
  const high = highDenominator.gt(0)
    ? numerator.value.plus(numerator.rounding).div(highDenominator).times(hundred).toDecimalPlaces(p, D.ROUND_CEIL)
    : null;
  let severity: Severity | null;
  if (s.eq(expected)) severity = null;
  else severity = s.gte(low) && (high === null || s.lte(high)) ? 'rounding' : 'error';
  return { severity, stated: s, exact, expected, difference: s.minus(exact), low, high };
}

/** "[3.73, 3.81]": the interval of a {@link PercentJudgement} as a tolerance string. */
export function percentInterval(judgement: PercentJudgement, decimals: number): string {
  return `[${judgement.low.toFixed(decimals)}, ${judgement.high === null ? '∞' : judgement.high.toFixed(decimals)}]`;
}
