import type { Lang } from '../core/format.js';

export type { Lang };

/** Every language budget-viz speaks; the first is the default. */
export const LANGS = ['zh-CN', 'en'] as const satisfies readonly Lang[];

/**
 * The language to speak for a `lang` value as pages write it: "en", "en-GB" → en; "zh",
 * "zh-Hans-CN", "" or anything unknown → zh-CN, the first language of Chinese disclosures.
 */
export function resolveLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** A message catalogue: the same keys in every language, so none can be forgotten. */
export type Catalog<T> = Readonly<Record<Lang, T>>;
