import { BudgetInputError } from '../errors.js';
import { isWide } from '../text-width.js';

/** An arc's geometry: angles in radians clockwise from 12 o'clock, radii in pixels. */
export interface LabelArc {
  x0: number;
  x1: number;
  innerRadius: number;
  outerRadius: number;
}

/** How a label fits: the text to show (maybe ending in '…') and which way it runs. */
export interface FittedLabel {
  text: string;
  truncated: boolean;
  /** Along the arc ('tangential') or along the radius ('radial'). */
  orientation: 'tangential' | 'radial';
}

/** Smallest font size labels may use; smaller text is unreadable for many readers. */
export const MIN_LABEL_FONT_SIZE = 12;
const ELLIPSIS = '…';
/** Room across a line of text: one font size plus the usual leading. */
const LINE = 1.2;

/** Width of one character in ems: 1 for CJK/fullwidth, 0.6 otherwise. */
const emsOf = (char: string) => (isWide(char.codePointAt(0)!) ? 1 : 0.6);

/** Estimated rendered width of `text` in pixels, without a DOM: 1 em per CJK/fullwidth character, 0.6 em otherwise. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += emsOf(char);
  return ems * fontSize;
}

/**
 * How many of `chars` fit `room` followed by '…' (at least `least`): one pass over the prefix
 * widths, so a name of 200,000 characters costs what its length does, not its square.
 */
function shownWithEllipsis(chars: readonly string[], room: number, fontSize: number, least: number): number {
  const ellipsis = emsOf(ELLIPSIS);
  let ems = 0;
  let shown = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    ems += emsOf(chars[i]!);
    if ((ems + ellipsis) * fontSize > room) break;
    shown = i + 1;
  }
  return Math.max(shown, least);
}

/** The longest prefix (ending in '…' when cut) that fits `room`, or null when fewer than 2 characters would show. */
function fit(chars: readonly string[], room: number, fontSize: number): { text: string; shown: number } | null {
  const full = chars.join('');
  if (estimateTextWidth(full, fontSize) <= room) return { text: full, shown: chars.length };
  const shown = shownWithEllipsis(chars, room, fontSize, 0);
  return shown >= 2 ? { text: chars.slice(0, shown).join('').trimEnd() + ELLIPSIS, shown } : null;
}

/**
 * The label to draw on an arc, or null when not even two characters and '…' fit. Tangential text
 * needs the arc length at mid-radius for its width and 1.2 font sizes of ring thickness; radial
 * text needs the ring thickness for its width and a chord at mid-radius of 1.2 font sizes. The
 * orientation showing more characters wins, tangential on a tie. Pass radii already inset by any
 * padding wanted. Throws BudgetInputError for a font size below 12.
 */
export function fitArcLabel(text: string, arc: LabelArc, fontSize: number): FittedLabel | null {
  if (!(fontSize >= MIN_LABEL_FONT_SIZE) || !Number.isFinite(fontSize)) {
    throw new BudgetInputError({
      code: 'font-too-small',
      messageZh: `标签字号不能小于 ${MIN_LABEL_FONT_SIZE}`,
      messageEn: `label font size must be at least ${MIN_LABEL_FONT_SIZE}`,
      found: String(fontSize),
    });
  }
  const chars = Array.from(text);
  const angle = Math.max(0, arc.x1 - arc.x0);
  const mid = (arc.innerRadius + arc.outerRadius) / 2;
  const thickness = arc.outerRadius - arc.innerRadius;
  const line = LINE * fontSize;
  const tangential = thickness >= line ? fit(chars, angle * mid, fontSize) : null;
  const chord = 2 * mid * Math.sin(Math.min(angle, Math.PI) / 2);
  const radial = chord >= line ? fit(chars, thickness, fontSize) : null;
  const best =
    tangential && (!radial || tangential.shown >= radial.shown)
      ? { ...tangential, orientation: 'tangential' as const }
      : radial && { ...radial, orientation: 'radial' as const };
  return best ? { text: best.text, truncated: best.shown < chars.length, orientation: best.orientation } : null;
}

const round = (n: number) => Number(n.toFixed(3));

/**
 * SVG `transform` putting a text element (text-anchor="middle", vertically centred) at the arc's
 * mid-angle and mid-radius, for a sunburst centred at (0,0) with angle 0 at 12 o'clock,
 * clockwise. The text is turned a half turn where it would otherwise read upside down, so its
 * rotation always stays within ±90°.
 */
export function labelTransform(arc: LabelArc, orientation: 'tangential' | 'radial'): string {
  const angle = (arc.x0 + arc.x1) / 2;
  const degrees = ((((angle * 180) / Math.PI) % 360) + 360) % 360;
  const r = round((arc.innerRadius + arc.outerRadius) / 2);
  if (orientation === 'tangential') {
    // Upper half: baseline faces the centre; lower half: flipped, so it reads left to right.
    if (degrees <= 90 || degrees >= 270) return `rotate(${round(degrees <= 90 ? degrees : degrees - 360)}) translate(0,${-r})`;
    return `rotate(${round(degrees - 180)}) translate(0,${r})`;
  }
  // Right half reads outward from the centre, left half inward.
  return degrees <= 180 ? `rotate(${round(degrees - 90)}) translate(${r},0)` : `rotate(${round(degrees - 270)}) translate(${-r},0)`;
}

/** The longest start of `text` that fits `width` pixels, with an ellipsis when cut. */
export function truncateToWidth(text: string, width: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= width) return text;
  const characters = [...text];
  return `${characters.slice(0, shownWithEllipsis(characters, width, fontSize, 1)).join('')}…`;
}
