import { toAmount, type Dec } from './decimal.js';
import { formatAmount, formatPercent, type Lang } from './format.js';
import { percentOf } from './shares.js';
import type { MoneyUnit } from './units.js';

/**
 * How an amount moved: 'new' = previous 0, current > 0; 'discontinued' =
 * previous > 0, current 0; 'none' = both 0; 'flat' = equal and non-zero.
 */
export type ChangeDirection = 'increase' | 'decrease' | 'flat' | 'new' | 'discontinued' | 'none';

/**
 * Year-over-year change. `amount` is the absolute difference (≥ 0); `percent`
 * is the absolute change relative to the previous amount, rounded half-up to 2
 * decimals, and null exactly when there is no previous amount to divide by.
 */
export type Change =
  | { direction: 'increase' | 'decrease' | 'flat' | 'discontinued'; amount: Dec; percent: Dec }
  | { direction: 'new' | 'none'; amount: Dec; percent: null };

/** Compares a current amount with the previous one (both non-negative, same unit). */
export function computeChange(current: string | Dec, previous: string | Dec): Change {
  const cur = toAmount(current);
  const prev = toAmount(previous);
  const amount = cur.minus(prev).abs();
  // A percentage of a zero base would be infinite; these cases get words instead.
  if (prev.isZero()) return { direction: cur.isZero() ? 'none' : 'new', amount, percent: null };
  const direction = cur.isZero() ? 'discontinued' : cur.gt(prev) ? 'increase' : cur.lt(prev) ? 'decrease' : 'flat';
  return { direction, amount, percent: percentOf(amount, prev, 2) };
}

/** Options for {@link changePhrase}: unit of the amounts and what they are compared to. */
export interface ChangePhraseOptions {
  unit: MoneyUnit;
  /** Fits "比…增加" / "on …"; defaults to '上年' / 'last year'. */
  comparedTo?: string;
  /** The amount with its unit as the view shows its figures (one precision per view); exact by default. */
  formatAmount?: (amount: Dec) => string;
}

/**
 * Describes a change the way Chinese budget reports do, e.g.
 * "比上年增加65.01万元，增长15.50%" / "up 65.01 (10,000 yuan), +15.50% on last year".
 */
export function changePhrase(change: Change, lang: Lang, opts: ChangePhraseOptions): string {
  const amount = opts.formatAmount ? opts.formatAmount(change.amount) : formatAmount(change.amount, lang, { from: opts.unit });
  return lang === 'zh-CN' ? zhPhrase(change, amount, opts.comparedTo ?? '上年') : enPhrase(change, amount, opts.comparedTo ?? 'last year');
}

/** Chinese wording; the percent is omitted for 'new' because growth from zero has no ratio. */
function zhPhrase(change: Change, amount: string, base: string): string {
  switch (change.direction) {
    case 'increase':
      return `比${base}增加${amount}，增长${formatPercent(change.percent, 'zh-CN')}`;
    case 'decrease':
    case 'discontinued':
      return `比${base}减少${amount}，下降${formatPercent(change.percent, 'zh-CN')}`;
    case 'flat':
      return `与${base}持平`;
    case 'new':
      return `比${base}新增${amount}`;
    case 'none':
      return `${base}和本年均无此项`;
  }
}

/** English wording; "−" is the typographic minus so it lines up with "+". */
function enPhrase(change: Change, amount: string, base: string): string {
  switch (change.direction) {
    case 'increase':
      return `up ${amount}, +${formatPercent(change.percent, 'en')} on ${base}`;
    case 'decrease':
    case 'discontinued':
      return `down ${amount}, −${formatPercent(change.percent, 'en')} on ${base}`;
    case 'flat':
      return `unchanged from ${base}`;
    case 'new':
      return `new: ${amount}, none ${/^\d/.test(base) ? `in ${base}` : base}`;
    case 'none':
      return 'none in either year';
  }
}
