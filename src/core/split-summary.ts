import type { Dec } from './decimal.js';
import { formatPercent, type Lang } from './format.js';
import type { MoneyUnit } from './schema/budget-types.generated.js';
import type { BasicProjectSplit, EconomicBreakdown } from './split.js';

/** Formats an amount with its unit as the view shows it (the element's rounding and unit). */
export type MoneyText = (amount: Dec, unit: MoneyUnit) => string;

/** A part of a whole with its share, or without one when the whole is 0. */
interface Part {
  name: string;
  amount: string;
  share: Dec | null;
}

const WORDS = {
  'zh-CN': {
    whole: '支出合计',
    basic: '基本支出',
    project: '项目支出',
    personnel: '人员经费',
    publicUse: '公用经费',
  },
  en: {
    whole: 'total expenditure',
    basic: 'basic expenditure',
    project: 'project expenditure',
    personnel: 'personnel',
    publicUse: 'public use',
  },
} as const;

function zhPart(part: Part): string {
  return `${part.name}${part.amount}${part.share ? `，占${formatPercent(part.share, 'zh-CN')}` : ''}`;
}

function enPart(part: Part): string {
  return `${part.name} ${part.amount}${part.share ? ` (${formatPercent(part.share, 'en')})` : ''}`;
}

/** What the split is of: one 科目 by code and name, or the whole budget. */
function subjectOf(split: BasicProjectSplit, lang: Lang): string {
  return split.code ? `${split.code} ${split.name}` : WORDS[lang].whole;
}

function splitParts(split: BasicProjectSplit, lang: Lang, money: MoneyText): [Part, Part] {
  const w = WORDS[lang];
  return [
    { name: w.basic, amount: money(split.basic, split.unit), share: split.shares?.[0] ?? null },
    { name: w.project, amount: money(split.project, split.unit), share: split.shares?.[1] ?? null },
  ];
}

function economicParts(economic: EconomicBreakdown, lang: Lang, money: MoneyText): Part[] {
  return economic.parts.map((part) => ({ name: WORDS[lang][part.key], amount: money(part.amount, economic.unit), share: part.share }));
}

/**
 * The chart's summary for a screen reader: what is split, its total, 基本支出 and 项目支出 with
 * their shares, and, for the whole budget, 人员经费 and 公用经费 within 基本支出 (表6 is not
 * broken down by 科目, so a selected 科目 has no such sentence).
 */
export function splitSummary(split: BasicProjectSplit, economic: EconomicBreakdown | undefined, lang: Lang, money: MoneyText): string {
  const subject = subjectOf(split, lang);
  const total = money(split.total, split.unit);
  const parts = splitParts(split, lang, money);
  const inner = economic && split.code === '' ? economicParts(economic, lang, money) : [];
  if (lang === 'zh-CN') {
    const opened = inner.length > 0 ? `基本支出中，${inner.map(zhPart).join('；')}。` : '';
    return `条形图：${subject}${total}，其中${parts.map(zhPart).join('；')}。${opened}`;
  }
  const opened = inner.length > 0 ? ` Basic expenditure splits into ${inner.map(enPart).join(' and ')}.` : '';
  return `Bar chart of ${subject}, ${total}: ${parts.map(enPart).join(', ')}.${opened}`;
}

/** What a screen reader hears when a 科目 is chosen, or the choice cleared (`split.code` ''). */
export function splitSelectionAnnouncement(split: BasicProjectSplit, lang: Lang, money: MoneyText): string {
  const subject = subjectOf(split, lang);
  const parts = splitParts(split, lang, money);
  if (lang === 'zh-CN') {
    const chosen = split.code ? `已选择${subject}` : `已取消选择，显示${subject}`;
    return `${chosen}：合计${money(split.total, split.unit)}，${parts.map(zhPart).join('；')}。`;
  }
  const chosen = split.code ? `Selected ${subject}` : `Selection cleared, showing ${subject}`;
  return `${chosen}: total ${money(split.total, split.unit)}, ${parts.map(enPart).join(', ')}.`;
}
