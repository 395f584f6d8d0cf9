const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Fonts that draw Chinese on the systems readers open a shared file on (macOS, Windows, Android,
 * Linux): an exported SVG cannot rely on the page's fonts.
 */
export const EXPORT_FONT_STACK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/**
 * Computed properties copied onto every element of an exported chart: an SVG file has none of the
 * element's stylesheets or custom properties, so what they resolved to is written out.
 */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** What an exported image says around its chart, so it is understood and traceable on its own. */
export interface ImageFrame {
  /** The chart's title, e.g. "汾阳市信访局 2024年部门预算 · 支出功能分类". */
  title: string;
  /** Department, year and unit, e.g. "单位：万元". */
  subtitle: string;
  /** Where the figures come from, e.g. "数据来源：汾阳市信访局 2024年部门预算公开报告 表3". */
  source: string;
  /** The language of the text, for the file's `xml:lang`. */
  lang: string;
  /**
   * Background and text colour of the frame around a chart built apart from the page (a drawn
   * chart's come from the page): the element's theme, so a dark chart is not set in a white frame.
   */
  colours?: { background: string; ink: string };
}

export interface ExportedSvg {
  /** The SVG document as text. */
  text: string;
  width: number;
  height: number;
}

const TITLE_SIZE = 18;
const TEXT_SIZE = 13;
const MARGIN = 16;

/** Background and text of the frame around a chart built apart from the page (see {@link framedSvg}). */
const DETACHED_BACKGROUND = '#ffffff';
const DETACHED_INK = '#1f2328';

/**
 * A self-contained SVG file of `chart`, framed by a title, a subtitle and a source line. Text from
 * the data goes in through `textContent` and out through XMLSerializer, which escapes it: nothing
 * becomes markup.
 *
 * `chart` is either drawn on the page, taken as it looks now (its size as laid out, every
 * element's computed paint written onto the copy, the page's background behind it), or built
 * apart from the page (not connected): then it must say everything itself, its size in `width`
 * and `height` attributes and its paint in presentation attributes, and it is framed on white with
 * dark text unless `frame.colours` says otherwise. Either way `chart` itself is left as it is.
 */
export function framedSvg(chart: SVGSVGElement, frame: ImageFrame): ExportedSvg {
  const drawn = chart.isConnected;
  const box = drawn ? chart.getBoundingClientRect() : { width: sizeAttribute(chart, 'width'), height: sizeAttribute(chart, 'height') };
  const chartWidth = Math.ceil(box.width);
  const chartHeight = Math.ceil(box.height);
  const width = Math.max(chartWidth + 2 * MARGIN, 360);
  const top = MARGIN + TITLE_SIZE + 8 + TEXT_SIZE + 12;
  const height = top + chartHeight + 12 + TEXT_SIZE + MARGIN;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  root.setAttribute('xml:lang', frame.lang);
  root.setAttribute('font-family', EXPORT_FONT_STACK);
  const title = element('title', {});
  title.textContent = `${frame.title} · ${frame.subtitle}`;
  root.append(title);
  root.append(element('rect', { width: '100%', height: '100%', fill: drawn ? backgroundOf(chart) : (frame.colours?.background || DETACHED_BACKGROUND) }));

  const ink = drawn ? getComputedStyle(chart).color : (frame.colours?.ink || DETACHED_INK);
  root.append(text(frame.title, MARGIN, MARGIN + TITLE_SIZE, { 'font-size': String(TITLE_SIZE), 'font-weight': 'bold', fill: ink }));
  root.append(text(frame.subtitle, MARGIN, MARGIN + TITLE_SIZE + 8 + TEXT_SIZE, { 'font-size': String(TEXT_SIZE), fill: ink }));

  const copy = chart.cloneNode(true) as SVGSVGElement;
  if (drawn) inlineStyles(chart, copy);
  for (const hidden of copy.querySelectorAll('.focus-ring')) hidden.remove();
  copy.removeAttribute('tabindex');
  copy.setAttribute('x', String((width - chartWidth) / 2));
  copy.setAttribute('y', String(top));
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
  root.append(copy);

  root.append(text(frame.source, MARGIN, height - MARGIN, { 'font-size': String(TEXT_SIZE), fill: ink }));
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`, width, height };
}

/**
 * The SVG drawn into a PNG at `scale` device pixels per CSS pixel (2 by default: sharp on phones
 * and in social cards). Rejects when the page's content security policy forbids the blob image.
 */
export async function svgToPng(svg: ExportedSvg, scale = 2): Promise<Blob> {
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale must be in (0, 8], found ${scale}`);
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A detached chart's `width` or `height` in CSS pixels; without one it cannot be framed. */
function sizeAttribute(chart: SVGSVGElement, name: 'width' | 'height'): number {
  const value = Number(chart.getAttribute(name));
  if (!(value > 0 && Number.isFinite(value))) throw new RangeError(`a chart built apart from the page needs a ${name} attribute in pixels, found ${chart.getAttribute(name)}`);
  return value;
}

function element(name: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function text(content: string, x: number, y: number, attributes: Record<string, string>): SVGElement {
  const node = element('text', { x: String(x), y: String(y), ...attributes });
  node.textContent = content;
  return node;
}

/** Writes what each element of `source` computed to into the same element of `copy`. */
function inlineStyles(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  const declarations = PAINT_PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';');
  copy.setAttribute('style', `${declarations};font-family:${EXPORT_FONT_STACK}`);
  // An animation caught mid-way would be frozen in the file at that frame.
  copy.removeAttribute('class');
  const children = source.children;
  for (let i = 0; i < children.length; i++) inlineStyles(children[i], copy.children[i]);
}

/** The colour behind the chart: the first opaque background up the tree, white when none is. */
function backgroundOf(node: Element): string {
  for (let current: Element | null = node; current; current = current.parentElement ?? (current.getRootNode() as ShadowRoot).host ?? null) {
    const colour = getComputedStyle(current).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}
