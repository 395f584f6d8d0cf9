import { DECIMAL_PATTERN } from './decimal.js';
import { BudgetInputError } from './errors.js';

import type { IndicatorValue } from './schema/budget-types.generated.js';

/**
 * A performance-indicator value (指标值), as the schema defines it. `number` is the decimal
 * exactly as written minus thousands separators; `unit` is what follows it ('' if nothing).
 */
export type { IndicatorValue };

/** Comparison a quantitative target states; '=' when no sign is written. */
export type Comparator = Extract<IndicatorValue, { kind: 'quantitative' }>['comparator'];

/** Spellings of each comparator found in 绩效目标表, longest first so "大于等于" wins over "大于". */
const COMPARATOR_SPELLINGS: readonly (readonly [string, Comparator])[] = (
  [
    ['≥', '≥'], ['>=', '≥'], ['≧', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['大于等于', '≥'],
    ['≤', '≤'], ['<=', '≤'], ['≦', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['小于等于', '≤'],
    ['>', '>'], ['＞', '>'], ['大于', '>'], ['高于', '>'],
    ['<', '<'], ['＜', '<'], ['小于', '<'], ['低于', '<'],
    ['=', '='], ['＝', '='],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/**
 * Number, then a short unit. The unit is limited to a percent sign or up to
 * four letters/Han characters so that sentences starting with a number
 * (e.g. "2024年底前完成") stay qualitative rather than gaining a bogus unit.
 */
const QUANTITY = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%|％|‰|[\p{Script=Han}A-Za-z/²³]{1,4})?$/u;

/** Parses an indicator value such as "≥95%", "23,760元" or "合格". Throws for empty input. */
export function parseIndicatorValue(text: string): IndicatorValue {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') {
    throw new BudgetInputError({
      code: 'empty-indicator-value',
      messageZh: '指标值为空',
      messageEn: 'the indicator value is empty',
      found: String(text),
    });
  }
  const spelling = COMPARATOR_SPELLINGS.find(([s]) => trimmed.startsWith(s));
  const match = QUANTITY.exec(spelling ? trimmed.slice(spelling[0].length).trimStart() : trimmed);
  const number = match?.[1].replaceAll(',', '');
  // Keep `number` parseable by parseAmount; oddities like "05" are left as text.
  if (!match || number === undefined || !DECIMAL_PATTERN.test(number)) return { text: trimmed, kind: 'qualitative' };
  const unit = match[2] === '％' ? '%' : (match[2] ?? '');
  return { text: trimmed, kind: 'quantitative', comparator: spelling?.[1] ?? '=', number, unit };
}
