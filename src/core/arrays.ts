/**
 * Array helpers for arrays as long as a document makes them. `target.push(...items)` and
 * `Math.max(...numbers)` pass every element as an argument on the call stack, which overflows
 * (RangeError) at about 120,000 elements, fewer deep in a call chain: a valid document can have
 * more rows, findings or amounts on a line than that.
 */

/** Appends every item to `target`, in order, and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest number, or `empty` when there is none. */
export function maxOf(numbers: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  let first = true;
  for (const n of numbers) {
    max = first ? n : Math.max(max, n);
    first = false;
  }
  return max;
}
