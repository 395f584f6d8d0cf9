import { capped, estimateTextWidth, legendFlow, NARROW_WIDTH, rowGrid, segmentCaption, truncateToWidth, wrapToWidth } from '../core/export/bar-layout.js';
import type { Lang } from '../core/format.js';
import { EXPORT_FONT_STACK } from './image.js';

/*
 * The bar charts of <budget-split> and <budget-yoy> are HTML on screen; an image file needs them
 * as SVG. Each element describes its current view as blocks (a heading, a stacked bar, a legend,
 * rows of bars, a note), already formatted as the view shows them, and this module draws the
 * blocks. The file has no stylesheet, so every shape and text carries its colour, font and
 * anchor, and every colour is the one the element resolved (theme, page overrides).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The element colours a chart paints with: each is the element's `--_budget-color-<paint>`. */
export type Paint = 'basic' | 'project' | 'personnel' | 'public-use' | 'year-current' | 'year-previous' | 'increase' | 'decrease' | 'text' | 'muted';

/** A fill, hatched where the figure is derived rather than read from a table. */
export interface Swatch {
  paint: Paint;
  hatched?: boolean;
}

/** A part of a stacked bar: its share of the bar in percent, and the name and share text it may show inside. */
export interface BarSegment extends Swatch {
  share: number;
  name: string;
  shareText: string;
}

/** One row of a bar list: label, bar, value, as the element's row shows them. */
export interface BarRow {
  label: string;
  value: string;
  /** The row's full text, kept in the file's <title> when the label is cut. */
  title: string;
  /** The bar's length in percent of the longest bar's. */
  length: number;
  /** What the bar is made of, by share in percent of its length. */
  parts: (Swatch & { share: number })[];
  /** The selected row, outlined and bold as on screen. */
  selected?: boolean;
}

export type ChartBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; paint?: Paint; swatch?: Swatch }
  | { kind: 'segments'; title: string; segments: BarSegment[] }
  | { kind: 'legend'; entries: { swatch: Swatch; text: string }[] }
  | {
      kind: 'rows';
      /** Names the rows' group (its class), e.g. "subjects". */
      name: string;
      rows: BarRow[];
      /** Bounds of the label column, in em. */
      labelEm: readonly [number, number];
      valueMinEm?: number;
      /** Height of a bar in em. */
      barEm: number;
      /** A bar shorter than this many px is drawn this long, so that a small figure still shows. */
      minBar?: number;
    }
  | { kind: 'group'; name: string; title: string; framed?: boolean; blocks: ChartBlock[] };

export interface BarChartView {
  /** The image width in px. */
  width: number;
  lang: Lang;
  /** The file's <title>. */
  title: string;
  /** The file's <desc>: the chart's summary as a screen reader hears it. */
  description: string;
  blocks: ChartBlock[];
}

/** Rows one list draws at most: an image of thousands of rows is unreadable and too large to encode. */
export const MAX_DRAWN_ROWS = 150;

const WORDS = {
  'zh-CN': { more: (count: number) => `另有${count}项未画出，见数据表` },
  en: { more: (count: number) => `${count} more not drawn; see the data table` },
} as const;

/** The note under a list cut to fit an image. */
export function moreRowsNote(lang: Lang, count: number): string {
  return WORDS[lang].more(count);
}

const FONT_SIZE = 14;
const LINE_HEIGHT = 20;
const PADDING = 12;
const BLOCK_GAP = 10;
const SEGMENT_HEIGHT = 40;
const SEGMENT_GAP = 2;
const ROW_GAP = 8;
const SWATCH = 14;
const FRAME_PADDING = 10;

type Colors = Record<Paint | 'surface' | 'border' | 'on-segment', string>;

const PAINTS: readonly (keyof Colors)[] = [
  'basic',
  'project',
  'personnel',
  'public-use',
  'year-current',
  'year-previous',
  'increase',
  'decrease',
  'text',
  'muted',
  'surface',
  'border',
  'on-segment',
];

/** Distinguishes the hatch patterns of several charts inlined in one page. */
let chartCount = 0;

/** What drawing needs besides the blocks: the colours, the language and where hatches are defined. */
interface Canvas {
  colors: Colors;
  /** The element is as narrow as its rows stack on screen. */
  narrow: boolean;
  lang: Lang;
  defs: SVGElement;
  hatches: Map<string, string>;
  prefix: string;
}

/**
 * The view as a detached SVG element with `width`, `height` and `viewBox`, on the element's
 * surface colour, in its colours. Every text from the data goes in as textContent.
 */
export function barChartSvg(host: Element, view: BarChartView): SVGSVGElement {
  const width = Math.max(320, Math.round(view.width));
  const root = svgElement('svg', { xmlns: SVG_NS, role: 'img', 'font-family': EXPORT_FONT_STACK }) as SVGSVGElement;
  root.setAttributeNS(XML_NS, 'xml:lang', view.lang);
  const colors = resolveColors(host);
  const defs = svgElement('defs', {});
  const canvas: Canvas = { colors, narrow: width <= NARROW_WIDTH, lang: view.lang, defs, hatches: new Map(), prefix: `budget-chart-${++chartCount}` };
  // The chart brings its own surface: in the dark theme its light text would not read on a white frame.
  const background = svgElement('rect', { x: '0', y: '0', width: String(width), fill: colors.surface, stroke: 'none' });
  const body = svgElement('g', {});
  const height = Math.ceil(drawBlocks(body, view.blocks, PADDING, PADDING, width - 2 * PADDING, canvas) - BLOCK_GAP + PADDING);
  background.setAttribute('height', String(height));
  root.append(withText(svgElement('title', {}), view.title), withText(svgElement('desc', {}), view.description));
  if (canvas.hatches.size > 0) root.append(defs);
  root.append(background, body);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}

/** Draws `blocks` one under another from `y`; answers the y below the last, gap included. */
function drawBlocks(parent: SVGElement, blocks: readonly ChartBlock[], x: number, y: number, width: number, canvas: Canvas): number {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        y = drawLines(parent, block.text, x, y, width, { fill: canvas.colors.text, bold: true });
        break;
      case 'text':
        y = drawText(parent, block, x, y, width, canvas);
        break;
      case 'segments':
        y = drawSegments(parent, block.title, block.segments, x, y, width, canvas);
        break;
      case 'legend':
        y = drawLegend(parent, block.entries, x, y, width, canvas);
        break;
      case 'rows':
        y = drawRows(parent, block, x, y, width, canvas);
        break;
      case 'group':
        y = drawGroup(parent, block, x, y, width, canvas);
        break;
    }
    y += BLOCK_GAP;
  }
  return y;
}

function drawGroup(parent: SVGElement, group: Extract<ChartBlock, { kind: 'group' }>, x: number, y: number, width: number, canvas: Canvas): number {
  const node = svgElement('g', { class: group.name });
  node.append(withText(svgElement('title', {}), group.title));
  parent.append(node);
  const inset = group.framed ? FRAME_PADDING : 0;
  const bottom = drawBlocks(node, group.blocks, x + inset, y + inset, width - 2 * inset, canvas) - BLOCK_GAP + inset;
  if (group.framed) {
    const frame = svgElement('rect', { ...box(x, y, width, bottom - y), rx: '6', fill: 'none', stroke: canvas.colors.border, 'stroke-width': '1' });
    node.insertBefore(frame, node.children[1] ?? null);
  }
  return bottom;
}

/** Wrapped text, optionally after a swatch (a note about hatched bars shows the hatch it explains). */
function drawText(parent: SVGElement, block: Extract<ChartBlock, { kind: 'text' }>, x: number, y: number, width: number, canvas: Canvas): number {
  const fill = canvas.colors[block.paint ?? 'text'];
  if (!block.swatch) return drawLines(parent, block.text, x, y, width, { fill });
  parent.append(swatchRect(block.swatch, x, y + (LINE_HEIGHT - SWATCH) / 2, SWATCH * 1.5, SWATCH, canvas));
  const indent = SWATCH * 1.5 + 6;
  return drawLines(parent, block.text, x + indent, y, width - indent, { fill });
}

function drawLines(parent: SVGElement, text: string, x: number, y: number, width: number, style: { fill: string; bold?: boolean }): number {
  for (const line of wrapToWidth(text, width, FONT_SIZE)) {
    parent.append(textAt(line, x, baseline(y, LINE_HEIGHT), { fill: style.fill, bold: style.bold }));
    y += LINE_HEIGHT;
  }
  return y;
}

/** The stacked bar: segments side by side with their share of the width, captioned where the caption fits. */
function drawSegments(parent: SVGElement, title: string, segments: readonly BarSegment[], x: number, y: number, width: number, canvas: Canvas): number {
  const drawn = segments.filter((segment) => segment.share > 0);
  const total = drawn.reduce((sum, segment) => sum + segment.share, 0);
  const free = width - (drawn.length - 1) * SEGMENT_GAP;
  const bar = svgElement('g', { class: 'split-bar' });
  bar.append(withText(svgElement('title', {}), title));
  let at = x;
  for (const segment of drawn) {
    const length = (free * segment.share) / total;
    const node = svgElement('g', { class: 'segment' });
    node.append(withText(svgElement('title', {}), `${segment.name} ${segment.shareText}`));
    node.append(swatchRect(segment, at, y, length, SEGMENT_HEIGHT, canvas, 4));
    const caption = segmentCaption(segment.name, segment.shareText, length - FONT_SIZE, FONT_SIZE);
    if (caption) node.append(textAt(caption, at + length / 2, baseline(y, SEGMENT_HEIGHT), { fill: canvas.colors['on-segment'], anchor: 'middle' }));
    bar.append(node);
    at += length + SEGMENT_GAP;
  }
  parent.append(bar);
  return y + SEGMENT_HEIGHT;
}

function drawLegend(parent: SVGElement, entries: readonly { swatch: Swatch; text: string }[], x: number, y: number, width: number, canvas: Canvas): number {
  const indent = SWATCH + 6;
  const texts = entries.map((entry) => truncateToWidth(entry.text, width - indent, FONT_SIZE));
  const places = legendFlow(texts.map((text) => indent + estimateTextWidth(text, FONT_SIZE)), width, 20);
  const legend = svgElement('g', { class: 'legend' });
  entries.forEach((entry, i) => {
    const top = y + places[i].line * LINE_HEIGHT;
    const item = svgElement('g', { class: 'legend-entry' });
    if (texts[i] !== entry.text) item.append(withText(svgElement('title', {}), entry.text));
    item.append(swatchRect(entry.swatch, x + places[i].x, top + (LINE_HEIGHT - SWATCH) / 2, SWATCH, SWATCH, canvas, 2));
    item.append(textAt(texts[i], x + places[i].x + indent, baseline(top, LINE_HEIGHT), { fill: canvas.colors.text }));
    legend.append(item);
  });
  parent.append(legend);
  const lines = entries.length === 0 ? 0 : places[places.length - 1].line + 1;
  return y + lines * LINE_HEIGHT;
}

/** Rows of label, bar and value; the rows past {@link MAX_DRAWN_ROWS} are counted in a note instead. */
function drawRows(parent: SVGElement, block: Extract<ChartBlock, { kind: 'rows' }>, x: number, y: number, width: number, canvas: Canvas): number {
  const { shown, hidden } = capped(block.rows, MAX_DRAWN_ROWS);
  const grid = rowGrid({
    width,
    narrow: canvas.narrow,
    fontSize: FONT_SIZE,
    labels: shown.map((row) => row.label),
    values: shown.map((row) => row.value),
    labelEm: block.labelEm,
    valueMinEm: block.valueMinEm,
    gap: FONT_SIZE / 2,
  });
  const barHeight = block.barEm * FONT_SIZE;
  const rowHeight = grid.stacked ? LINE_HEIGHT + 2 + barHeight : Math.max(LINE_HEIGHT, barHeight);
  const list = svgElement('g', { class: block.name });
  for (const row of shown) {
    const node = svgElement('g', { class: 'bar-row' });
    node.append(withText(svgElement('title', {}), row.title));
    if (row.selected) {
      node.append(svgElement('rect', { ...box(x - 3, y - 3, width + 6, rowHeight + 6), rx: '4', fill: 'none', stroke: canvas.colors.text, 'stroke-width': '2' }));
    }
    const text = { fill: canvas.colors.text, bold: row.selected };
    const textTop = grid.stacked ? y : y + (rowHeight - LINE_HEIGHT) / 2;
    node.append(textAt(truncateToWidth(row.label, grid.labelWidth, FONT_SIZE), x, baseline(textTop, LINE_HEIGHT), text));
    const barTop = grid.stacked ? y + LINE_HEIGHT + 2 : y + (rowHeight - barHeight) / 2;
    drawStack(node, row, x + grid.barX, barTop, grid.barWidth, barHeight, block.minBar ?? 0, canvas);
    node.append(textAt(row.value, x + grid.valueRight, baseline(textTop, LINE_HEIGHT), { ...text, anchor: 'end' }));
    list.append(node);
    y += rowHeight + ROW_GAP;
  }
  parent.append(list);
  y -= shown.length > 0 ? ROW_GAP : 0;
  if (hidden > 0) y = drawLines(parent, moreRowsNote(canvas.lang, hidden), x, y + ROW_GAP, width, { fill: canvas.colors.muted });
  return y;
}

/** A row's bar, `row.length` percent of the track, split into its parts by share. */
function drawStack(parent: SVGElement, row: BarRow, x: number, y: number, track: number, height: number, minBar: number, canvas: Canvas): void {
  const length = Math.max((track * row.length) / 100, minBar);
  const total = row.parts.reduce((sum, part) => sum + part.share, 0);
  if (length <= 0 || total <= 0) return;
  let at = x;
  for (const part of row.parts) {
    const partLength = (length * part.share) / total;
    if (partLength > 0) parent.append(swatchRect(part, at, y, partLength, height, canvas));
    at += partLength;
  }
}

/** A filled rectangle; hatched ones get stripes of the surface colour and a dashed outline, as on screen. */
function swatchRect(swatch: Swatch, x: number, y: number, width: number, height: number, canvas: Canvas, radius = 0): SVGElement {
  const fill = canvas.colors[swatch.paint];
  const attributes: Record<string, string> = { ...box(x, y, width, height), fill: swatch.hatched ? `url(#${hatch(fill, canvas)})` : fill, stroke: 'none' };
  if (radius > 0) attributes.rx = String(radius);
  if (swatch.hatched) Object.assign(attributes, { stroke: canvas.colors.text, 'stroke-width': '1', 'stroke-dasharray': '3 2' });
  return svgElement('rect', attributes);
}

/** The id of a pattern of `fill` crossed by surface-coloured stripes, defined once per colour. */
function hatch(fill: string, canvas: Canvas): string {
  const known = canvas.hatches.get(fill);
  if (known) return known;
  const id = `${canvas.prefix}-hatch-${canvas.hatches.size}`;
  const pattern = svgElement('pattern', { id, patternUnits: 'userSpaceOnUse', width: '7', height: '7', patternTransform: 'rotate(45)' });
  pattern.append(
    svgElement('rect', { x: '0', y: '0', width: '7', height: '7', fill, stroke: 'none' }),
    svgElement('rect', { x: '4', y: '0', width: '3', height: '7', fill: canvas.colors.surface, stroke: 'none' }),
  );
  canvas.defs.append(pattern);
  canvas.hatches.set(fill, id);
  return id;
}

/**
 * The element's colours as concrete sRGB values: its resolved custom properties (theme, page
 * overrides) passed through a canvas, which writes any CSS colour as #rrggbb or rgba().
 */
function resolveColors(host: Element): Colors {
  const style = getComputedStyle(host);
  const context = document.createElement('canvas').getContext('2d');
  const concrete = (value: string, fallback: string): string => {
    if (!value || !context) return value || fallback;
    context.fillStyle = fallback;
    context.fillStyle = value;
    return context.fillStyle;
  };
  const text = concrete(style.getPropertyValue('--_budget-color-text').trim() || style.color, '#1f2328');
  const colors = {} as Colors;
  for (const paint of PAINTS) colors[paint] = concrete(style.getPropertyValue(`--_budget-color-${paint}`).trim(), text);
  return colors;
}

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function withText<T extends Node>(node: T, text: string): T {
  node.textContent = text;
  return node;
}

function textAt(content: string, x: number, y: number, style: { fill: string; anchor?: 'start' | 'middle' | 'end'; bold?: boolean }): SVGElement {
  const node = svgElement('text', {
    x: px(x),
    y: px(y),
    fill: style.fill,
    'font-family': EXPORT_FONT_STACK,
    'font-size': String(FONT_SIZE),
    'font-weight': style.bold ? 'bold' : 'normal',
    'text-anchor': style.anchor ?? 'start',
  });
  return withText(node, content);
}

/** The baseline of one line of text centred in a band `height` px tall from `top` (ascent about 0.8 em). */
function baseline(top: number, height: number): number {
  return top + (height - FONT_SIZE) / 2 + FONT_SIZE * 0.8;
}

function box(x: number, y: number, width: number, height: number): Record<string, string> {
  return { x: px(x), y: px(y), width: px(Math.max(0, width)), height: px(Math.max(0, height)) };
}

/** A coordinate with at most two decimals, to keep the file small and its diffs readable. */
function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}
