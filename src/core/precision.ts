import { D, toDecimal, type Dec } from './decimal.js';

/** How many decimals a view shows its amounts with, in one display unit. */
export interface ViewDecimals {
  /**
   * Decimals of every rounded figure of the view (chart labels, headlines): at least 2, and
   * enough that no non-zero amount of the view rounds to 0.
   */
  rounded: number;
  /** Decimals of the exact figures (tooltip, data table): enough for the most precise amount, at least 2. */
  exact: number;
}

const MIN_DECIMALS = 2;

/**
 * One precision for all amounts of a view, so a table never shows "0.0305" beside "0.043889" and
 * a chart never shows "0.00亿元" for a non-zero amount. Amounts must already be in the display unit.
 */
export function viewDecimals(amounts: Iterable<Dec | string>): ViewDecimals {
  let exact = MIN_DECIMALS;
  let smallest: Dec | undefined;
  for (const value of amounts) {
    const amount = toDecimal(value).abs();
    if (amount.isZero()) continue;
    exact = Math.max(exact, amount.decimalPlaces());
    if (!smallest || amount.lessThan(smallest)) smallest = amount;
  }
  return { rounded: smallest ? roundedDecimalsFor(smallest, exact) : MIN_DECIMALS, exact };
}

/** The fewest decimals (≥ 2, ≤ exact) at which `smallest` still rounds half-up to a non-zero figure. */
function roundedDecimalsFor(smallest: Dec, exact: number): number {
  for (let decimals = MIN_DECIMALS; decimals < exact; decimals++) {
    if (!smallest.toDecimalPlaces(decimals, D.ROUND_HALF_UP).isZero()) return decimals;
  }
  return exact;
}
