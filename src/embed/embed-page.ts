// The page of embed.html, for portals whose CMS strips <script type="module">: an iframe shows
// one element, chosen by `?view=`, and tells its parent its content height whenever it changes
// (budget-viz-embed.js on the parent sets the iframe's height from it). No inline script: this
// module is the page's only code, so the page runs under `script-src 'self'`.
import { defineElement } from '../elements/define-element.js';
import { resolveLang } from '../i18n/lang.js';
import { HEIGHT_MESSAGE, parseEmbedParams, type EmbedProblem, type EmbedView, type HeightMessage } from './embed-params.js';

/** Loads and defines only the element a view needs (the report needs them all). */
const DEFINE_VIEW: Record<EmbedView, () => Promise<void>> = {
  sunburst: async () => defineElement('budget-sunburst', (await import('../components/budget-sunburst/budget-sunburst.js')).BudgetSunburst),
  split: async () => defineElement('budget-split', (await import('../components/budget-split/budget-split.js')).BudgetSplit),
  yoy: async () => defineElement('budget-yoy', (await import('../components/budget-yoy/budget-yoy.js')).BudgetYoy),
  cards: async () => defineElement('budget-project-cards', (await import('../components/budget-project-cards/budget-project-cards.js')).BudgetProjectCards),
  report: async () => (await import('../define.js')).defineElements(),
};

/**
 * The height the iframe needs to show everything: the root element's box, and whatever overflows
 * the body (a 1 px visually hidden summary placed below the chart). Not the root's scrollHeight,
 * which is never less than the viewport: the iframe could then grow but never shrink.
 */
export function contentHeight(): number {
  return Math.max(Math.ceil(document.documentElement.getBoundingClientRect().height), document.body.scrollHeight);
}

/**
 * Posts the content height to the parent now and after every change of it. The observer watches
 * the root element, whose height is the content's (the body has no margin to collapse).
 */
export function reportHeight(id: string, target: Window = window.parent): ResizeObserver {
  let last = -1;
  const send = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height, id };
    // Only a height and the parent's own id leave the page, so any parent origin may read them.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  observer.observe(document.body);
  return observer;
}

/** The bilingual error for a bad URL, as text only: nothing from the URL becomes markup. */
function renderProblems(problems: EmbedProblem[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const section = (lang: 'zh-CN' | 'en', title: string, lines: string[]) => {
    const part = document.createElement('div');
    part.lang = lang;
    const heading = document.createElement('p');
    heading.className = 'embed-error-title';
    heading.textContent = title;
    const list = document.createElement('ul');
    for (const line of lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    part.append(heading, list);
    return part;
  };
  box.append(
    section('zh-CN', '无法显示预算图表：嵌入地址有误。', problems.map((p) => p.zh)),
    section('en', 'The budget chart cannot be shown: the embed URL is wrong.', problems.map((p) => p.en)),
  );
  return box;
}

/** What embed.html shows: the element, and a promise that resolves once it has loaded or failed. */
export interface MountedEmbed {
  element: HTMLElement;
  settled: Promise<void>;
}

/** Builds the page from its URL into `root`; answers the element made, or null for an error. */
export async function mountEmbed(root: HTMLElement, search: string = location.search, base: string = location.href): Promise<MountedEmbed | null> {
  const parsed = parseEmbedParams(search, base);
  if (!parsed.ok) {
    root.replaceChildren(renderProblems(parsed.problems));
    return null;
  }
  const { view, tag, attributes, warnings } = parsed.request;
  for (const warning of warnings) console.warn(warning);
  document.documentElement.lang = resolveLang(attributes.lang);
  await DEFINE_VIEW[view]();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // Listening before the element is connected, so that no early event is missed.
  const settled = settledPromise(element);
  root.replaceChildren(element);
  return { element, settled };
}

/** Longest wait for the element to load or fail before heights are sent anyway. */
const MAX_SETTLE_MS = 30_000;

/** Resolves when the element has its data or has given up on it (then it shows why). */
function settledPromise(element: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    element.addEventListener('budget-load', () => resolve(), { once: true });
    element.addEventListener('budget-error', () => resolve(), { once: true });
    setTimeout(resolve, MAX_SETTLE_MS);
  });
}

/**
 * Runs when loaded as embed.html's script. Heights are sent once the element has loaded (or
 * failed), not while the page is empty or loading: the iframe keeps the height the portal gave it
 * until it can take the content's, instead of collapsing and growing again.
 */
async function start(root: HTMLElement) {
  const mounted = await mountEmbed(root);
  if (window.parent === window) return;
  if (mounted) await mounted.settled;
  reportHeight(parseEmbedParams(location.search, location.href).id);
}

const root = document.querySelector<HTMLElement>('#budget-viz-embed');
if (root) void start(root);
