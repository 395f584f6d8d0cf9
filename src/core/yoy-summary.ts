import { changePhrase } from './change.js';
import type { Dec } from './decimal.js';
import type { Lang } from './format.js';
import type { MoneyUnit } from './schema/budget-types.generated.js';
import type { YearValue, YoySeries } from './yoy.js';

/** Formats an amount of the display unit as the view shows it. */
export type YoyMoneyText = (amount: Dec) => string;

const WORDS = {
  'zh-CN': {
    year: (year: number) => `${year}年`,
    stated: '（说明所载）',
    derived: '（推算）',
    single: '只有一年的数据',
  },
  en: {
    year: (year: number) => `${year}`,
    stated: ' (stated in the report)',
    derived: ' (derived)',
    single: 'one year only',
  },
} as const;

/**
 * The change of a series as reports phrase it ("比上年增加65.01万元，增长15.50%"), naming the
 * year compared with when it is not the year before; null for a series of one year.
 */
export function yoyChangePhrase(series: YoySeries, lang: Lang, unit: MoneyUnit, money?: YoyMoneyText): string | null {
  if (!series.change) return null;
  const newest = series.values[series.values.length - 1].fiscalYear;
  const previous = series.previousYear;
  const comparedTo = previous === undefined || previous === newest - 1 ? undefined : WORDS[lang].year(previous);
  return changePhrase(series.change, lang, { unit, comparedTo, formatAmount: money });
}

function yearText(value: YearValue, lang: Lang, money: YoyMoneyText): string {
  const w = WORDS[lang];
  const basis = value.basis === 'table' ? '' : w[value.basis];
  return `${w.year(value.fiscalYear)}${lang === 'en' ? ' ' : ''}${money(value.amount)}${basis}`;
}

function seriesText(series: YoySeries, label: string, lang: Lang, unit: MoneyUnit, money: YoyMoneyText): string {
  const years = series.values.map((value) => yearText(value, lang, money));
  const change = yoyChangePhrase(series, lang, unit, money) ?? WORDS[lang].single;
  return lang === 'zh-CN' ? `${label}，${years.join('，')}，${change}` : `${label}: ${years.join(', ')}, ${change}`;
}

/**
 * The chart's summary for a screen reader: what is compared, then each figure's years with their
 * amounts (a figure not from a table says so) and its change. `label` names a series as shown.
 */
export function yoySummary(
  series: readonly YoySeries[],
  opts: { lang: Lang; measure: string; unit: MoneyUnit; money: YoyMoneyText; label: (series: YoySeries) => string },
): string {
  const { lang, measure, unit, money, label } = opts;
  const lines = series.map((s) => seriesText(s, label(s), lang, unit, money));
  return lang === 'zh-CN' ? `条形图，逐年比较${measure}：${lines.join('；')}。` : `Bar chart comparing ${measure} year by year: ${lines.join('; ')}.`;
}
