/**
 * What embed.html reads from its URL: `?view=…&src=…&lang=…&unit=…&theme=…&show-table&…&id=…`.
 * Pure: it knows nothing of the DOM, so the rules are the same for the page, the generator and
 * the tests. Nothing read here is ever rendered as HTML; values become attributes or text only,
 * and the element checks each attribute by its own rules (a refused value falls back to the
 * default with the element's console warning), as it does for a value written in a page.
 */

/**
 * Each `view` of embed.html, the element it shows, and the attributes of that element the URL
 * may set besides those every element has (`EMBED_SHARED_ATTRIBUTES`).
 */
export const EMBED_VIEWS = {
  sunburst: { tag: 'budget-sunburst', attributes: ['selected', 'metric'] },
  split: { tag: 'budget-split', attributes: ['selected'] },
  yoy: { tag: 'budget-yoy', attributes: ['measure'] },
  cards: { tag: 'budget-project-cards', attributes: ['selected'] },
  report: { tag: 'budget-report', attributes: ['selected'] },
} as const satisfies Record<string, { tag: string; attributes: readonly string[] }>;

/** The attributes with a value that every view takes from the URL. */
export const EMBED_SHARED_ATTRIBUTES = ['lang', 'unit', 'theme'] as const;

/**
 * `show-table`, a boolean attribute: present (`&show-table`) or one of these words shows the
 * table; `0`, `false`, `no` or `off` do not. Any other value is not passed on, with a warning,
 * as the elements warn of a value they refuse.
 */
const FLAG_ON = ['', '1', 'true', 'yes', 'on', 'show-table'];
const FLAG_OFF = ['0', 'false', 'no', 'off'];

/** Whether a view's element takes `selected` (every view but the year comparison). */
export function viewHasSelected(view: EmbedView): boolean {
  return (EMBED_VIEWS[view].attributes as readonly string[]).includes('selected');
}

export type EmbedView = keyof typeof EMBED_VIEWS;
export type EmbedTag = (typeof EMBED_VIEWS)[EmbedView]['tag'];

export const VIEW_NAMES = Object.keys(EMBED_VIEWS) as EmbedView[];

/** The message an embed page posts to its parent whenever its content height changes. */
export const HEIGHT_MESSAGE = 'budget-viz:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** CSS pixels, rounded up. */
  height: number;
  /** The embed's `id` parameter, so that one parent page can tell several embeds apart. */
  id: string;
}

/** Longest `id` echoed back; an id is a name, not a payload. */
const MAX_ID_LENGTH = 200;

/** A problem with the URL, stated in both languages (the page's language is not known yet). */
export interface EmbedProblem {
  param: 'view' | 'src';
  zh: string;
  en: string;
}

export interface EmbedRequest {
  view: EmbedView;
  tag: EmbedTag;
  /** Attribute name → value, only those given and non-empty; a boolean attribute set has ''. */
  attributes: Record<string, string>;
  /** Values the page did not pass on (an unknown `show-table`), stated in both languages. */
  warnings: string[];
}

/** The request, or what is wrong with the URL; `id` is echoed in the height messages either way. */
export type EmbedParse = { ok: true; request: EmbedRequest; id: string } | { ok: false; problems: EmbedProblem[]; id: string };

/** A value quoted for a message, cut short when long: it is shown as text, never as markup. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
}

/**
 * Whether `src` is a URL the page may fetch: http, https or relative (resolved against `base`).
 * Never javascript:, data:, blob: or file:.
 */
export function isAllowedSrc(src: string, base: string): boolean {
  try {
    const url = new URL(src, base);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isView(value: string): value is EmbedView {
  return Object.prototype.hasOwnProperty.call(EMBED_VIEWS, value);
}

/** Reads the embed parameters from a query string; `base` is the page's own URL, for relative `src`. */
export function parseEmbedParams(search: string, base: string): EmbedParse {
  const params = new URLSearchParams(search);
  const id = (params.get('id') ?? '').slice(0, MAX_ID_LENGTH);
  const problems: EmbedProblem[] = [];
  const viewParam = (params.get('view') ?? '').trim().toLowerCase();
  const allowed = VIEW_NAMES.join(', ');
  if (!viewParam) {
    problems.push({ param: 'view', zh: `缺少 view 参数（可用：${allowed}）。`, en: `The view parameter is missing (allowed: ${allowed}).` });
  } else if (!isView(viewParam)) {
    const shown = quoted(params.get('view')!);
    problems.push({ param: 'view', zh: `view=${shown} 不是可用的视图（可用：${allowed}）。`, en: `view=${shown} is not a view (allowed: ${allowed}).` });
  }
  const src = (params.get('src') ?? '').trim();
  if (!src) {
    problems.push({ param: 'src', zh: '缺少 src 参数：预算数据（JSON）的地址。', en: 'The src parameter is missing: the URL of the budget data (JSON).' });
  } else if (!isAllowedSrc(src, base)) {
    const shown = quoted(src);
    problems.push({ param: 'src', zh: `src=${shown} 不是可用的地址：只接受 http、https 或相对地址。`, en: `src=${shown} is not allowed: only http, https or relative URLs.` });
  }
  if (problems.length > 0 || !isView(viewParam)) return { ok: false, problems, id };

  const { tag, attributes: own } = EMBED_VIEWS[viewParam];
  const attributes: Record<string, string> = { src };
  for (const name of [...EMBED_SHARED_ATTRIBUTES, ...own]) {
    const value = params.get(name)?.trim();
    if (value) attributes[name] = value;
  }
  const warnings: string[] = [];
  const showTable = params.get('show-table');
  if (showTable !== null) {
    const flag = showTable.trim().toLowerCase();
    if (FLAG_ON.includes(flag)) attributes['show-table'] = '';
    else if (!FLAG_OFF.includes(flag)) {
      const shown = quoted(showTable);
      const allowed = [...FLAG_ON.filter(Boolean), ...FLAG_OFF].join(' | ');
      warnings.push(`embed.html show-table=${shown}：不是可用的值（可用：${allowed}），不显示数据表。 / show-table=${shown} is not allowed (allowed: ${allowed}); the table is not shown.`);
    }
  }
  return { ok: true, request: { view: viewParam, tag, attributes, warnings }, id };
}
