import Decimal from 'decimal.js';
import { BudgetInputError } from './errors.js';

/**
 * The only Decimal constructor the core uses. A private clone keeps other code
 * that calls `Decimal.set` from changing our precision; 40 significant digits
 * keep sums and products of budget figures (well below 10^20 with a few
 * decimals) exact.
 */
export const PRECISION = 40;
/**
 * Most digits before and after the point of an amount or percentage in a document: every such
 * value is a multiple of 10^-10 below 10^20, so sums of up to 10^10 of them stay exact within
 * {@link PRECISION}. Real budgets need far less: a trillion yuan is 13 digits, 亿元 to the fen 10
 * decimals.
 */
export const MAX_INTEGER_DIGITS = 20;
export const MAX_FRACTION_DIGITS = 10;
export const D = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_HALF_UP });

/** An instance of {@link D}. */
export type Dec = InstanceType<typeof D>;

/** 10^exponent, exact: written as `1e<exponent>` rather than raised, which the browser bundles' lean decimal.js (scripts/lean-decimal.js) leaves out. */
export function powerOfTen(exponent: number): Dec {
  return new D(`1e${exponent}`);
}

/** Non-negative plain decimal: no sign, exponent, spaces, separators or superfluous leading zeros. */
export const DECIMAL_PATTERN = /^(0|[1-9]\d*)(\.\d+)?$/;

/** Throws a BudgetInputError for `text` with the given code and messages. */
function reject(code: string, messageZh: string, messageEn: string, found: string): never {
  throw new BudgetInputError({ code, messageZh, messageEn, found });
}

/**
 * Explains why `text` does not match {@link DECIMAL_PATTERN}, most specific
 * reason first, so data authors can fix the source rather than guess.
 */
function rejectDecimal(text: string): never {
  if (text === '') reject('empty', '数值为空', 'the value is empty', text);
  if (text.trim() !== text) {
    reject('whitespace', '数值前后不能有空格', 'the value must not have leading or trailing spaces', text);
  }
  if (text.startsWith('-') && DECIMAL_PATTERN.test(text.slice(1))) {
    reject('negative', '金额不能为负数', 'amounts cannot be negative', text);
  }
  if (/^[+-]?(nan|infinity)$/i.test(text)) {
    reject('not-finite', '数值必须是有限的数字', 'the value must be a finite number', text);
  }
  if (/^-?\d+(\.\d+)?[eE][+-]?\d+$/.test(text)) {
    reject('exponent', '数值不能使用科学计数法', 'the value must not use exponent notation', text);
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    reject('thousands-separator', '数值不能包含千位分隔符', 'the value must not contain thousands separators', text);
  }
  if (/^-?0\d/.test(text)) {
    reject('leading-zero', '数值不能有多余的前导零', 'the value must not have leading zeros', text);
  }
  reject('not-a-decimal', '数值必须是普通的十进制数字，如 "484.55"', 'the value must be a plain decimal number such as "484.55"', text);
}

/** Parses a non-negative money amount written as a plain decimal string. */
export function parseAmount(text: string): Dec {
  if (typeof text !== 'string') reject('not-a-string', '金额必须是字符串', 'the amount must be a string', String(text));
  if (!DECIMAL_PATTERN.test(text)) rejectDecimal(text);
  return new D(text);
}

/** Like {@link parseAmount} but allows a leading "-", for computed differences. */
export function parseSignedDecimal(text: string): Dec {
  if (typeof text !== 'string') reject('not-a-string', '数值必须是字符串', 'the value must be a string', String(text));
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  if (!DECIMAL_PATTERN.test(digits)) rejectDecimal(text);
  const value = new D(digits);
  // "-0" would otherwise survive as negative zero and print as "-0.00".
  return negative && !value.isZero() ? value.neg() : value;
}

/** Rejects Decimals that are NaN or infinite, which a string parse can never produce. */
function finite(value: Decimal, allowNegative: boolean): Dec {
  if (!value.isFinite()) reject('not-finite', '数值必须是有限的数字', 'the value must be a finite number', value.toString());
  if (!allowNegative && value.isNeg() && !value.isZero()) {
    reject('negative', '金额不能为负数', 'amounts cannot be negative', value.toString());
  }
  // Re-wrap so arithmetic uses D's precision even for Decimals made by another constructor.
  return value.isZero() ? new D(0) : new D(value);
}

/** Accepts a non-negative amount as string or Decimal and returns a validated {@link Dec}. */
export function toAmount(value: string | Decimal): Dec {
  return typeof value === 'string' ? parseAmount(value) : finite(value, false);
}

/** Accepts a possibly negative decimal as string or Decimal and returns a validated {@link Dec}. */
export function toDecimal(value: string | Decimal): Dec {
  return typeof value === 'string' ? parseSignedDecimal(value) : finite(value, true);
}

/**
 * Most decimals a figure is shown with: a published amount keeps all the decimals it has (the
 * schema bounds none), and a hostile one with more is refused by name instead of being printed.
 */
export const MAX_DECIMALS = 1000;

/** Ensures a count of decimal places is a non-negative integer no larger than {@link MAX_DECIMALS}. */
export function checkDecimals(decimals: number, name = 'decimals'): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    reject('invalid-decimals', `${name} 必须是 0 到 ${MAX_DECIMALS} 之间的整数`, `${name} must be an integer from 0 to ${MAX_DECIMALS}`, String(decimals));
  }
  return decimals;
}

/** Digits after the decimal point as printed: "15.43" → 2, "15" → 0. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * A plain decimal (see {@link DECIMAL_PATTERN}) × 10^decimals as an exact BigInt, read from its
 * digits without making a Decimal: for adding and ordering many amounts. The text must have at
 * most `decimals` decimals, since nothing is rounded.
 */
export function scaledDigits(text: string, decimals: number): bigint {
  const dot = text.indexOf('.');
  const places = dot < 0 ? 0 : text.length - dot - 1;
  if (places > decimals) throw new RangeError(`${text} has more than ${decimals} decimals`);
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  return BigInt(digits.padEnd(digits.length + decimals - places, '0'));
}

/** Scale of {@link scaledInteger}: every amount of a valid document has at most this many decimals. */
export const SCALE_DIGITS = MAX_FRACTION_DIGITS;
const scaledCache = new WeakMap<Decimal, bigint | null>();
const numberCache = new WeakMap<Decimal, number>();

/**
 * `value` × 10^{@link SCALE_DIGITS} as an exact BigInt, or null when it is negative, not finite,
 * or has more decimals than that. Cached per Decimal instance (Decimals are immutable), so the
 * sums and comparisons of a layout that sees the same amounts again cost one conversion each.
 */
export function scaledInteger(value: Decimal): bigint | null {
  let scaled = scaledCache.get(value);
  if (scaled === undefined) {
    scaled = value.isFinite() && !value.isNeg() && value.decimalPlaces() <= SCALE_DIGITS ? BigInt(value.toFixed(SCALE_DIGITS).replace('.', '')) : null;
    scaledCache.set(value, scaled);
  }
  return scaled;
}

/** `value.toNumber()`, cached per Decimal instance: for angles and other pixel arithmetic, never for a figure shown. */
export function approximate(value: Decimal): number {
  let number = numberCache.get(value);
  if (number === undefined) numberCache.set(value, (number = value.toNumber()));
  return number;
}
