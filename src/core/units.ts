import { D, type Dec } from './decimal.js';
import { BudgetInputError } from './errors.js';

import type { MoneyUnit } from './schema/budget-types.generated.js';

export type { MoneyUnit };

/** Money units used in Chinese budget tables, smallest first. */
export const MONEY_UNITS = ['元', '万元', '亿元'] as const satisfies readonly MoneyUnit[];

const YUAN_PER_UNIT: Record<MoneyUnit, Dec> = {
  元: new D(1),
  万元: new D(10000),
  亿元: new D(100000000),
};

/** Type guard for values read from untyped data such as JSON. */
export function isMoneyUnit(x: unknown): x is MoneyUnit {
  return typeof x === 'string' && (MONEY_UNITS as readonly string[]).includes(x);
}

/** Yuan per unit; throws for units that slipped past the type system via untyped data. */
function yuanPer(unit: MoneyUnit): Dec {
  if (!isMoneyUnit(unit)) {
    throw new BudgetInputError({
      code: 'unknown-unit',
      messageZh: `未知的金额单位，应为 ${MONEY_UNITS.join('、')} 之一`,
      messageEn: `unknown money unit, expected one of ${MONEY_UNITS.join(', ')}`,
      found: String(unit),
    });
  }
  return YUAN_PER_UNIT[unit];
}

/** Converts between money units exactly (factors are powers of ten, so no rounding occurs). */
export function convertAmount(value: Dec, from: MoneyUnit, to: MoneyUnit): Dec {
  const factor = yuanPer(from);
  // Most conversions are to the same unit (a figure formatted as printed): no arithmetic needed.
  if (from === to) return value;
  return value.times(factor).div(yuanPer(to));
}
