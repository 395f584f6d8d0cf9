import type { Dec } from '../../core/decimal.js';

// Bar lengths are geometry, not money: the ratio is taken exactly and only then written as CSS.

/** Width of a bar for `amount` when the longest bar shows `max`, as a CSS style object. */
export function barWidth(amount: Dec, max: Dec | undefined): Record<string, string> {
  if (!max || max.isZero()) return { width: '0' };
  return { width: `${amount.dividedBy(max).times(100).toDecimalPlaces(3).toString()}%` };
}

/** Flex sizing of a segment that takes `share` percent of its bar. */
export function flexShare(share: Dec | null): Record<string, string> {
  return { 'flex-grow': share ? share.toString() : '0', 'flex-basis': '0' };
}

/** The largest of some amounts; undefined for none. */
export function largest(amounts: Iterable<Dec>): Dec | undefined {
  let max: Dec | undefined;
  for (const amount of amounts) if (!max || amount.greaterThan(max)) max = amount;
  return max;
}
