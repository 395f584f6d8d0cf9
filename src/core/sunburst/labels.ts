import { BudgetInputError } from '../errors.js';
import { isWide } from '../text-width.js';

/** An arc's geometry: angles in radians clockwise from 12 o'clock, radii in pixels. */
export interface LabelArc {
  x0: number;
  x1: number;
  innerRadius: number;
  outerRadius: number;
}

/** How a label fits: the text to show (maybe ending in '…'), which way it runs and where. */
export interface FittedLabel {
  text: string;
  truncated: boolean;
  /** Along the arc ('tangential') or along the radius ('radial'). */
  orientation: 'tangential' | 'radial';
  /** Distance from the centre to the middle of the text's box, in pixels. */
  radius: number;
}

/**
 * The font labels are measured with, in ems of the font size: each character's advance and the
 * height of a line's box. The default is an estimate for when no DOM can measure.
 */
export interface LabelFont {
  charEms(char: string): number;
  heightEms: number;
}

/** Smallest font size labels may use; smaller text is unreadable for many readers. */
export const MIN_LABEL_FONT_SIZE = 12;
const ELLIPSIS = '…';

/** 1 em for CJK/fullwidth characters and '…' (full width in CJK and in DejaVu fonts), 0.6 em otherwise. */
const estimatedEms = (char: string) => (char === ELLIPSIS || isWide(char.codePointAt(0)!) ? 1 : 0.6);

/** Without a DOM: the character estimate, and a box of 1.2 font sizes (a line with the usual leading). */
export const ESTIMATED_FONT: LabelFont = { charEms: estimatedEms, heightEms: 1.2 };

/** Width of `text` in pixels in `font`; by default estimated without a DOM (1 em per CJK/fullwidth character or '…', 0.6 em otherwise). */
export function textWidth(text: string, fontSize: number, font: LabelFont = ESTIMATED_FONT): number {
  let ems = 0;
  for (const char of text) ems += font.charEms(char);
  return ems * fontSize;
}

/**
 * How many of `chars` fit `room` followed by '…' (at least `least`): one pass over the prefix
 * widths, so a name of 200,000 characters costs what its length does, not its square.
 */
function shownWithEllipsis(chars: readonly string[], room: number, fontSize: number, least: number, font: LabelFont): number {
  const ellipsis = font.charEms(ELLIPSIS);
  let ems = 0;
  let shown = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    ems += font.charEms(chars[i]!);
    if ((ems + ellipsis) * fontSize > room) break;
    shown = i + 1;
  }
  return Math.max(shown, least);
}

/** The longest prefix (ending in '…' when cut) that fits `room`, or null when fewer than 2 characters would show. */
function fit(chars: readonly string[], room: number, fontSize: number, font: LabelFont): { text: string; shown: number } | null {
  const full = chars.join('');
  if (textWidth(full, fontSize, font) <= room) return { text: full, shown: chars.length };
  const shown = shownWithEllipsis(chars, room, fontSize, 0, font);
  return shown >= 2 ? { text: chars.slice(0, shown).join('').trimEnd() + ELLIPSIS, shown } : null;
}

/** Radii (from the centre to the middle of the box) at which a straight box fits the arc; empty when lo > hi. */
interface Placements {
  lo: number;
  hi: number;
}

/** How far out a box's outer edge may reach when its outer corners are `halfSide` from its axis. */
function reachOut(arc: LabelArc, halfSide: number): number {
  const squared = arc.outerRadius ** 2 - halfSide ** 2;
  return squared >= 0 ? Math.sqrt(squared) : -Infinity;
}

/**
 * Text is straight and an arc is curved: a box of width w laid along the arc at radius ρ has its
 * outer corners at √((ρ + h/2)² + (w/2)²) from the centre, further out than ρ + h/2, and its inner
 * corners at an angle atan((w/2) / (ρ − h/2)) from the mid-angle, wider than w / 2ρ. On a small
 * ring both matter: measuring the arc length at mid-radius let a 156 px name onto a ring whose
 * straight room was 110 px. Every corner inside the arc keeps the box inside, since the box lies
 * on the mid-angle's side of a line outside the inner circle.
 */
function tangentialPlacements(arc: LabelArc, width: number, height: number): Placements {
  const half = (arc.x1 - arc.x0) / 2;
  const angular = half < Math.PI / 2 ? width / 2 / Math.tan(half) : 0;
  return { lo: Math.max(arc.innerRadius, angular) + height / 2, hi: reachOut(arc, width / 2) - height / 2 };
}

/** The same for a box along the radius: its inner end must clear the inner circle and both sides of the arc. */
function radialPlacements(arc: LabelArc, width: number, height: number): Placements {
  const half = (arc.x1 - arc.x0) / 2;
  const angular = half < Math.PI / 2 ? height / 2 / Math.tan(half) : 0;
  return { lo: Math.max(arc.innerRadius, angular) + width / 2, hi: reachOut(arc, height / 2) - width / 2 };
}

type PlacementRule = (arc: LabelArc, width: number, height: number) => Placements;

/**
 * The widest box a rule can place: room shrinks as width grows, so a bisection finds it; -1 when
 * not even the `least` width fits, which spares the bisection on the many arcs too thin for any
 * label (and measuring their text when not even an empty box fits).
 */
function widestFitting(rule: PlacementRule, arc: LabelArc, height: number, least: () => number): number {
  const fits = (width: number) => {
    const { lo, hi } = rule(arc, width, height);
    return lo <= hi;
  };
  if (!(arc.x1 > arc.x0) || !fits(0) || !fits(least())) return -1;
  let [low, high] = [0, 2 * arc.outerRadius];
  for (let i = 0; i < 40; i++) {
    const width = (low + high) / 2;
    if (fits(width)) low = width;
    else high = width;
  }
  return low;
}

/** Where to put a box that fits: at mid-radius when it can, else as near to it as the arc allows. */
function placement(rule: PlacementRule, arc: LabelArc, width: number, height: number): number {
  const { lo, hi } = rule(arc, width, height);
  return Math.min(Math.max((arc.innerRadius + arc.outerRadius) / 2, lo), hi);
}

/**
 * The label to draw on an arc, or null when not even two characters and '…' fit. The text's box
 * (its measured width, by the height of a line) must lie wholly inside the arc, for any size of
 * arc; the orientation showing more characters wins, tangential on a tie. Pass an arc already
 * inset by any padding wanted, and the font the text is drawn in (an estimate by default).
 * Throws BudgetInputError for a font size below 12.
 */
export function fitArcLabel(text: string, arc: LabelArc, fontSize: number, font: LabelFont = ESTIMATED_FONT): FittedLabel | null {
  if (!(fontSize >= MIN_LABEL_FONT_SIZE) || !Number.isFinite(fontSize)) {
    throw new BudgetInputError({
      code: 'font-too-small',
      messageZh: `标签字号不能小于 ${MIN_LABEL_FONT_SIZE}`,
      messageEn: `label font size must be at least ${MIN_LABEL_FONT_SIZE}`,
      found: String(fontSize),
    });
  }
  const chars = Array.from(text);
  const height = font.heightEms * fontSize;
  // The narrowest label `fit` can make: the whole text, or two characters and '…'.
  let narrowest: number | undefined;
  const least = () =>
    (narrowest ??= Math.min(textWidth(text, fontSize, font), chars.length > 2 ? (font.charEms(chars[0]) + font.charEms(chars[1]) + font.charEms(ELLIPSIS)) * fontSize : Infinity));
  const candidates = (['tangential', 'radial'] as const).map((orientation) => {
    const rule = orientation === 'tangential' ? tangentialPlacements : radialPlacements;
    const room = widestFitting(rule, arc, height, least);
    const fitted = room > 0 ? fit(chars, room, fontSize, font) : null;
    return fitted && { ...fitted, orientation, rule };
  });
  const [tangential, radial] = candidates;
  const best = tangential && (!radial || tangential.shown >= radial.shown) ? tangential : radial;
  if (!best) return null;
  const radius = placement(best.rule, arc, textWidth(best.text, fontSize, font), height);
  return { text: best.text, truncated: best.shown < chars.length, orientation: best.orientation, radius };
}

const round = (n: number) => Number(n.toFixed(3));

/**
 * SVG `transform` putting a text element (text-anchor="middle", vertically centred) at the arc's
 * mid-angle and at `radius` (mid-radius by default), for a sunburst centred at (0,0) with angle 0 at 12 o'clock,
 * clockwise. The text is turned a half turn where it would otherwise read upside down, so its
 * rotation always stays within ±90°.
 */
export function labelTransform(arc: LabelArc, orientation: 'tangential' | 'radial', radius = (arc.innerRadius + arc.outerRadius) / 2): string {
  const angle = (arc.x0 + arc.x1) / 2;
  const degrees = ((((angle * 180) / Math.PI) % 360) + 360) % 360;
  const r = round(radius);
  if (orientation === 'tangential') {
    // Upper half: baseline faces the centre; lower half: flipped, so it reads left to right.
    if (degrees <= 90 || degrees >= 270) return `rotate(${round(degrees <= 90 ? degrees : degrees - 360)}) translate(0,${-r})`;
    return `rotate(${round(degrees - 180)}) translate(0,${r})`;
  }
  // Right half reads outward from the centre, left half inward.
  return degrees <= 180 ? `rotate(${round(degrees - 90)}) translate(${r},0)` : `rotate(${round(degrees - 270)}) translate(${-r},0)`;
}

/** The longest start of `text` that fits `width` pixels, with an ellipsis when cut. */
export function truncateToWidth(text: string, width: number, fontSize: number, font: LabelFont = ESTIMATED_FONT): string {
  if (textWidth(text, fontSize, font) <= width) return text;
  const characters = [...text];
  return `${characters.slice(0, shownWithEllipsis(characters, width, fontSize, 1, font)).join('')}${ELLIPSIS}`;
}
