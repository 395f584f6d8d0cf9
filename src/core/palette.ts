import { BudgetInputError } from './errors.js';

/**
 * One colour per standard expenditure 类 (政府收支分类科目 201–234). Every colour has at least
 * 3:1 contrast on white (WCAG 1.4.11), so arcs stand out from the page; 201, 208, 210 and 221
 * (the 类 nearly every department report has) are blue, orange, dark green and magenta, apart
 * in both hue and lightness so they survive colour-vision deficiencies; the rest were picked
 * greedily to be as far as possible (CIELAB) from all earlier ones and from the previous code.
 */
const CLASS_COLORS: Readonly<Record<string, string>> = {
  '201': '#1f5fae', '202': '#40970f', '203': '#7a2eb4', '204': '#695f01', '205': '#a366a8',
  '206': '#ba0d01', '207': '#1d8fa6', '208': '#c46a00', '209': '#5471f5', '210': '#17683f',
  '211': '#d64556', '212': '#43597a', '213': '#94421f', '214': '#658f3e', '215': '#8a435b',
  '216': '#239382', '217': '#be47b8', '219': '#99795a', '220': '#6449a3', '221': '#b0206e',
  '222': '#545d36', '223': '#2382ba', '224': '#15985b', '227': '#8f6e8b', '229': '#056513',
  '230': '#bd615c', '231': '#296361', '232': '#a2790d', '233': '#8c3287', '234': '#7e4738',
};
const TABLE = Object.values(CLASS_COLORS);
/** For the root (code ''), which belongs to no 类. */
const NEUTRAL = '#5f6b7a';
const GREY = '#8c8c8c';

/** The standard 类 codes the palette has a fixed colour for. */
export const STANDARD_CLASS_CODES: readonly string[] = Object.keys(CLASS_COLORS);

function parseHex(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (!match) {
    throw new BudgetInputError({ code: 'invalid-color', messageZh: '颜色必须是 #rgb 或 #rrggbb', messageEn: 'a colour must be #rgb or #rrggbb', found: color });
  }
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (rgb: readonly number[]) => '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

/** `a` moved `amount` (0–1) of the way to `b`, channel by channel. */
function mix(a: string, b: string, amount: number): string {
  const [p, q] = [parseHex(a), parseHex(b)];
  return toHex(p.map((v, i) => v + (q[i] - v) * amount));
}

/**
 * The colour of a 类, from a fixed table for the standard codes 201–234. A longer code is read
 * by its 类 (first three digits), so a 款 or 项 code gives its 类's colour. Other codes (1xx income
 * 类, retired or future codes) get a table colour chosen from the number: ×7 mod 30 gives
 * consecutive codes different colours. '' (the root) is a neutral slate.
 */
export function classColor(classCode: string): string {
  const code = classCode.slice(0, 3);
  if (code === '') return NEUTRAL;
  const known = CLASS_COLORS[code];
  if (known) return known;
  const n = /^\d+$/.test(code) ? Number(code) : [...code].reduce((h, c) => (h * 31 + c.codePointAt(0)!) >>> 0, 7);
  return TABLE[(n * 7) % TABLE.length];
}

/** How far each level moves towards white: 款 and 项 are lighter tints, so the 类 stays the strongest. */
const TINT = { class: 0, section: 0.3, item: 0.5 } as const;

/** An arc's level: a 类, 款 or 项, or a group of small siblings. */
export type ArcLevel = 'class' | 'section' | 'item' | 'other';

/**
 * The fill of an arc from its 类's colour `base` (#rgb or #rrggbb): the colour itself for a 类,
 * lighter for 款 and 项, mostly grey for an "other" group.
 */
export function levelTint(base: string, level: ArcLevel): string {
  return remember(`tint ${base} ${level}`, () => (level === 'other' ? mix(base, GREY, 0.75) : mix(base, '#ffffff', TINT[level])));
}

/** Results of the colour arithmetic by its arguments: a chart asks the same few questions for hundreds of arcs. */
const remembered = new Map<string, string | null>();
function remember<T extends string | null>(key: string, compute: () => T): T {
  if (remembered.has(key)) return remembered.get(key) as T;
  const value = compute();
  if (remembered.size >= 4096) remembered.clear();
  remembered.set(key, value);
  return value;
}

/** The fill of an arc in the standard palette: {@link levelTint} of {@link classColor}. */
export function levelColor(classCode: string, level: ArcLevel): string {
  return levelTint(classColor(classCode), level);
}

function luminance(color: string): number {
  const [r, g, b] = parseHex(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two #rgb/#rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/**
 * Black or white, whichever contrasts more with `background`. Every opaque sRGB colour gets at
 * least 4.58:1 from one of them, so text on any fill meets WCAG's 4.5:1: black gives
 * (L + 0.05) / 0.05 and white 1.05 / (L + 0.05), which are equal, and least, at
 * L + 0.05 = √0.0525, where both are 4.58. A translucent colour must be composited first.
 */
export function readableTextColor(background: string): '#000000' | '#ffffff' {
  return remember(`text ${background}`, () => readableOf(background));
}

function readableOf(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** WCAG 1.4.11: a graphical object needs 3:1 against what surrounds it to be seen. */
export const MIN_GRAPHIC_CONTRAST = 3;

/**
 * The outline an arc needs to stand out from the page behind the chart, or null when its fill
 * already has 3:1 against `surface`: a light yellow on white, or a dark 类 colour on a dark
 * theme. The outline keeps the fill's hue, moved towards black or white (whichever contrasts
 * more with the surface, so at least 4.58:1 is reachable) just far enough for 3:1.
 */
export function outlineColor(fill: string, surface: string): string | null {
  return remember(`outline ${fill} ${surface}`, () => outlineOf(fill, surface));
}

function outlineOf(fill: string, surface: string): string | null {
  if (contrastRatio(fill, surface) >= MIN_GRAPHIC_CONTRAST) return null;
  const extreme = readableTextColor(surface);
  for (let step = 1; step < 20; step++) {
    const outline = mix(fill, extreme, step / 20);
    if (contrastRatio(outline, surface) >= MIN_GRAPHIC_CONTRAST) return outline;
  }
  return extreme;
}
