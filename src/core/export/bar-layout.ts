import { isWide } from '../text-width.js';

/*
 * Layout of a bar chart drawn as an SVG file. The file is opened on machines whose fonts are not
 * the exporting page's, so text is not measured in one font: its width is estimated generously
 * (a wide glyph is one em in every CJK font; Latin glyphs are given a little more than common sans
 * fonts use), and what might not fit is cut or wrapped before it could overflow the image.
 */

/** Latin glyphs narrower than most: punctuation, brackets, i, l, j, f, t. */
const NARROW = new Set([...".,:;'!|()[]{}ilIjft"]);
const ELLIPSIS = '…';

/** The estimated advance of one code point, in em. */
function advance(codePoint: number, char: string): number {
  if (isWide(codePoint)) return 1;
  if (char === ' ') return 0.3;
  if (NARROW.has(char)) return 0.36;
  if (char === 'M' || char === 'W' || char === '%') return 0.92;
  if (char === 'm' || char === 'w') return 0.84;
  if (char >= 'A' && char <= 'Z') return 0.72;
  // Symbols past Latin (…, ▲, ＝, emoji) are a full em in the CJK fonts an export names first.
  if (codePoint >= 0x2000) return 1;
  return 0.6;
}

/** The estimated width in px of `text` set at `fontSize` px: no smaller than any common sans font draws it. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += advance(char.codePointAt(0)!, char);
  return em * fontSize;
}

/** `text` if it fits in `maxWidth` px, else as much of it as fits followed by "…"; '' when not even "…" fits. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - estimateTextWidth(ELLIPSIS, fontSize);
  if (room < 0) return '';
  let used = 0;
  let kept = '';
  for (const char of text) {
    const width = advance(char.codePointAt(0)!, char) * fontSize;
    if (used + width > room) break;
    used += width;
    kept += char;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/** After these a line may break: CJK and Latin punctuation, and spaces (CSS `word-break: keep-all`). */
const BREAK_AFTER = /[\s，、；。：！？）,;:!?)]/u;

/** `text` in pieces that each end where a line may break, so a figure and its unit stay together. */
function breakableRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of text) {
    run += char;
    if (BREAK_AFTER.test(char)) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** A run wider than a whole line, cut into lines glyph by glyph (CSS `overflow-wrap: break-word`). */
function hardBreak(run: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of run) {
    if (line && estimateTextWidth(line + char, fontSize) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `text` in lines of at most `maxWidth` px, broken only after punctuation or a space, as the
 * element's change phrases and notes wrap on screen; a run longer than a line is cut where it must.
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const run of breakableRuns(text)) {
    // A space at the end of a line takes no room: the line breaks there.
    if (estimateTextWidth((line + run).trimEnd(), fontSize) <= maxWidth) {
      line += run;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const pieces = estimateTextWidth(run.trimStart(), fontSize) <= maxWidth ? [run.trimStart()] : hardBreak(run.trimStart(), maxWidth, fontSize);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** What a segment of a stacked bar shows: name and share, the share alone, or nothing (the legend has both). */
export function segmentCaption(name: string, share: string, room: number, fontSize: number): string {
  // A pixel of slack, as on screen: renderers may round a glyph advance differently.
  if (estimateTextWidth(`${name} ${share}`, fontSize) + 1 <= room) return `${name} ${share}`;
  return estimateTextWidth(share, fontSize) + 1 <= room ? share : '';
}

/** Widest element whose rows stack label and value above the bar (the elements' `@container (max-width: 480px)`). */
export const NARROW_WIDTH = 480;

/** Where the parts of a list of bar rows go, in px from the list's left edge. */
export interface RowGrid {
  /** True when each row puts its label and value on one line and its bar under them. */
  stacked: boolean;
  /** Room for a label; a longer one is cut. */
  labelWidth: number;
  barX: number;
  barWidth: number;
  /** The right edge values are set against (text-anchor end). */
  valueRight: number;
}

export interface RowGridOptions {
  width: number;
  /** The element is narrow (its container query): rows stack whatever room they have. */
  narrow: boolean;
  fontSize: number;
  labels: readonly string[];
  values: readonly string[];
  /** Bounds of the label column in em, like the elements' `minmax(6em, 14em)`. */
  labelEm: readonly [min: number, max: number];
  /** Least width of the value column in em. */
  valueMinEm?: number;
  gap: number;
}

/** A bar narrower than this many em says too little: the rows stack instead. */
const MIN_BAR_EM = 4;

/**
 * The columns of a list of bar rows: label, bar, value, the label column as wide as the longest
 * label within its bounds and the value column as wide as the longest value. In a narrow
 * element, or when the bar would be too short, label and value share a line above the bar, as
 * the elements lay out rows in a narrow container.
 */
export function rowGrid(options: RowGridOptions): RowGrid {
  const { width, fontSize, labels, values, labelEm, gap } = options;
  const widest = (texts: readonly string[]) => Math.max(0, ...texts.map((text) => estimateTextWidth(text, fontSize)));
  const labelWidth = Math.min(Math.max(widest(labels), labelEm[0] * fontSize), labelEm[1] * fontSize);
  const valueWidth = Math.max(widest(values), (options.valueMinEm ?? 0) * fontSize);
  const barWidth = width - labelWidth - valueWidth - 2 * gap;
  if (!options.narrow && barWidth >= MIN_BAR_EM * fontSize) {
    return { stacked: false, labelWidth, barX: labelWidth + gap, barWidth, valueRight: width };
  }
  return { stacked: true, labelWidth: Math.max(0, width - valueWidth - gap), barX: 0, barWidth: width, valueRight: width };
}

/** Where each entry of a legend goes when entries `widths` px wide flow into lines `width` px wide. */
export function legendFlow(widths: readonly number[], width: number, gap: number): { x: number; line: number }[] {
  let x = 0;
  let line = 0;
  return widths.map((entry) => {
    if (x > 0 && x + entry > width) {
      x = 0;
      line += 1;
    }
    const at = { x, line };
    x += entry + gap;
    return at;
  });
}

/** The first `max` of `items` and how many more there are: a list too long for an image is cut with a note. */
export function capped<T>(items: readonly T[], max: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, max), hidden: Math.max(0, items.length - max) };
}
