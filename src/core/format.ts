import { D, checkDecimals, toDecimal, type Dec } from './decimal.js';
import { BudgetInputError } from './errors.js';
import { convertAmount, type MoneyUnit } from './units.js';

/** Display languages. */
export type Lang = 'zh-CN' | 'en';

/** Decimal-place limits; omitting `maxDecimals` means "as many as needed to be exact". */
export interface DecimalOptions {
  minDecimals?: number;
  maxDecimals?: number;
}

/**
 * Formats a number with "," thousands separators and "." as decimal point.
 * Both languages use the same marks because Chinese budget reports do, so
 * `lang` is accepted only to keep all formatters' signatures alike.
 * Pads to `minDecimals` (default 2); never rounds unless `maxDecimals` is given,
 * in which case it rounds half-up (away from zero on ties).
 */
export function formatNumber(value: Dec, _lang: Lang, opts: DecimalOptions = {}): string {
  const minDecimals = checkDecimals(opts.minDecimals ?? 2, 'minDecimals');
  const maxDecimals = opts.maxDecimals === undefined ? undefined : checkDecimals(opts.maxDecimals, 'maxDecimals');
  if (maxDecimals !== undefined && maxDecimals < minDecimals) {
    throw new BudgetInputError({
      code: 'invalid-decimals',
      messageZh: 'maxDecimals 不能小于 minDecimals',
      messageEn: 'maxDecimals must not be less than minDecimals',
      found: `${minDecimals}..${maxDecimals}`,
    });
  }
  const checked = toDecimal(value);
  const shown = maxDecimals === undefined ? checked : checked.toDecimalPlaces(maxDecimals, D.ROUND_HALF_UP);
  const [whole, fraction] = shown.abs().toFixed(Math.max(minDecimals, shown.decimalPlaces())).split('.');
  const grouped = groupThousands(whole!);
  // Test the rounded value so that e.g. -0.001 at 2 decimals prints "0.00", not "-0.00".
  const sign = shown.isNeg() && !shown.isZero() ? '-' : '';
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** "1234567" → "1,234,567", in one pass (a lookahead per digit is quadratic on 100,000 digits). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(',');
}

const EN_UNIT_LABELS: Record<MoneyUnit, string> = {
  元: 'yuan',
  万元: '10,000 yuan',
  亿元: '100 million yuan',
};

/** Unit name for display: the Chinese unit itself, or an English phrase. */
export function unitLabel(unit: MoneyUnit, lang: Lang): string {
  return lang === 'zh-CN' ? unit : EN_UNIT_LABELS[unit];
}

/** Options for {@link formatAmount}: source unit, display unit (defaults to source) and decimals. */
export interface AmountFormatOptions extends DecimalOptions {
  from: MoneyUnit;
  to?: MoneyUnit;
}

/**
 * Converts an amount exactly to the display unit and formats it with the unit
 * always attached, e.g. "484.55万元" or "484.55 (10,000 yuan)". Negative values
 * are allowed because differences and some final-account items can be negative.
 */
export function formatAmount(value: string | Dec, lang: Lang, opts: AmountFormatOptions): string {
  const to = opts.to ?? opts.from;
  return withUnit(formatNumber(convertAmount(toDecimal(value), opts.from, to), lang, opts), to, lang);
}

/**
 * A number formatted by {@link formatNumber} with its unit, as {@link formatAmount} shows it, so a
 * text in both languages formats its number once: "484.55万元", "484.55 (10,000 yuan)".
 */
export function withUnit(text: string, unit: MoneyUnit, lang: Lang): string {
  if (lang === 'zh-CN') return text + unitLabel(unit, lang);
  // Parentheses keep "484.55 10,000 yuan" from reading as two numbers.
  return unit === '元' ? `${text} yuan` : `${text} (${unitLabel(unit, lang)})`;
}

/** Formats a percentage value (already ×100) rounded half-up to `decimals`, e.g. "15.50%". */
export function formatPercent(percent: string | Dec, lang: Lang, decimals = 2): string {
  return `${formatNumber(toDecimal(percent), lang, { minDecimals: decimals, maxDecimals: decimals })}%`;
}
