/**
 * The HTML a portal pastes to show one budget-viz view: a script tag with the element, or an
 * iframe of embed.html with budget-viz-embed.js. Every value is escaped for a double-quoted
 * attribute, so a 科目 code or URL with a quote stays a value.
 */
import { EMBED_VIEWS, viewHasSelected, type EmbedView } from './embed-params.js';

export interface EmbedOptions {
  view: EmbedView;
  /** URL of the document or collection. */
  src: string;
  /** `zh-CN` or `en`; empty for the default. */
  lang: string;
  /** `元`, `万元`, `亿元`; empty for the report's own unit. */
  unit: string;
  /** A 科目 code; ignored by views without `selected`. */
  selected: string;
  /** `light` or `dark`; empty (or `auto`) follows the reader's setting. */
  theme: string;
  /** Shows the data table beside the chart. */
  showTable: boolean;
}

/** Where the files of dist/ are served from. */
export interface EmbedHosting {
  /** dist/budget-viz.js */
  bundle: string;
  /** dist/embed/embed.html */
  embedPage: string;
  /** dist/budget-viz-embed.js */
  resizer: string;
}

/** Escapes a value for a double-quoted HTML attribute (and for text). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element's attributes in the order a person reads them, only those set. */
export function embedAttributes(options: EmbedOptions): [string, string][] {
  const attributes: [string, string][] = [['src', options.src]];
  if (options.lang.trim()) attributes.push(['lang', options.lang.trim()]);
  if (options.unit.trim()) attributes.push(['unit', options.unit.trim()]);
  if (viewHasSelected(options.view) && options.selected.trim()) attributes.push(['selected', options.selected.trim()]);
  if (options.theme.trim() && options.theme.trim() !== 'auto') attributes.push(['theme', options.theme.trim()]);
  // A boolean attribute: present means shown, whatever its value.
  if (options.showTable) attributes.push(['show-table', '']);
  return attributes;
}

/** `<script type="module" src="…/budget-viz.js"></script>` and the element. */
export function scriptSnippet(options: EmbedOptions, hosting: EmbedHosting): string {
  const { tag } = EMBED_VIEWS[options.view];
  const attrs = embedAttributes(options).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<script type="module" src="${escapeAttribute(hosting.bundle)}"></script>\n<${tag}${attrs}></${tag}>`;
}

/** The URL of embed.html for these options; `id` names the iframe in its height messages. */
export function embedUrl(options: EmbedOptions, embedPage: string, id: string): string {
  const params = new URLSearchParams({ view: options.view });
  for (const [name, value] of embedAttributes(options)) params.set(name, value);
  params.set('id', id);
  return `${embedPage}?${params}`;
}

/** The origin the iframe's messages come from, or '' when the page's URL has none (relative). */
function originOf(url: string): string {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

/** The iframe and budget-viz-embed.js, which sets its height to the content's. */
export function iframeSnippet(options: EmbedOptions, hosting: EmbedHosting, id: string, title: string): string {
  const origin = originOf(hosting.embedPage);
  const attrs: [string, string][] = [
    ['id', id],
    ['src', embedUrl(options, hosting.embedPage, id)],
    ['title', title],
    ['width', '100%'],
    ['height', '600'],
    ['loading', 'lazy'],
    ...(origin ? ([['data-budget-viz-origin', origin]] as [string, string][]) : []),
  ];
  const iframe = `<iframe ${attrs.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`;
  return `${iframe}\n<script src="${escapeAttribute(hosting.resizer)}" defer></script>`;
}
