import { ESTIMATED_FONT, type LabelFont } from '../../core/sunburst/labels.js';

/** A label font as the browser draws it, with where its baseline sits to centre the box. */
export interface MeasuredFont extends LabelFont {
  /** The `dy` (in ems) that centres the line's box on the anchor point. */
  baselineEms: number;
}

/** Characters are measured at this size, then scaled: small sizes round advances to whole pixels. */
const PROBE_SIZE = 100;

/**
 * The CJK unified ideographs of GBK (U+4E00–U+9FA5), which every font that draws Chinese has and
 * gives one advance, the em square: one probe stands for them all. A large budget's names hold
 * thousands of distinct ideographs, and measuring each was a fifth of the sunburst's label work.
 * Rarer ones may be missing from the font and drawn by a fallback at another width: measured.
 */
function isCommonIdeograph(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0x4e00 && code <= 0x9fa5;
}

/**
 * The font labels are drawn in, measured with a canvas: the page may set any
 * `--budget-font-family`, and a fallback such as DejaVu draws '…' a full em wide, which no fixed
 * estimate knows. Falls back to the estimate where no canvas is available.
 */
export function measuredFont(fontFamily: string, fontWeight = 'normal'): MeasuredFont {
  const key = `${fontWeight} ${fontFamily}`;
  let font = measured.get(key);
  if (!font) {
    font = measure(fontFamily, fontWeight);
    // While a web font is still loading the probe measures its fallback: measure again next time.
    if (document.fonts?.status !== 'loading') measured.set(key, font);
  }
  return font;
}

/** Fonts measured so far, by weight and family: one canvas probe per font for all the page's elements. */
const measured = new Map<string, MeasuredFont>();

function measure(fontFamily: string, fontWeight: string): MeasuredFont {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return { ...ESTIMATED_FONT, baselineEms: 0.35 };
  context.font = `${fontWeight} ${PROBE_SIZE}px ${fontFamily}`;
  const widths = new Map<string, number>();
  const ideographEms = context.measureText('国').width / PROBE_SIZE;
  const charEms = (char: string) => {
    if (isCommonIdeograph(char)) return ideographEms;
    let ems = widths.get(char);
    if (ems === undefined) widths.set(char, (ems = context.measureText(char).width / PROBE_SIZE));
    return ems;
  };
  // The line box of the fonts a label may use (Latin and CJK): what the text's bounding box spans.
  const metrics = context.measureText('Ag国…');
  const ascent = metrics.fontBoundingBoxAscent / PROBE_SIZE;
  const descent = metrics.fontBoundingBoxDescent / PROBE_SIZE;
  return { charEms, heightEms: ascent + descent, baselineEms: (ascent - descent) / 2 };
}
