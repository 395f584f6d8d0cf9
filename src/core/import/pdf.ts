/**
 * The text of a PDF report through pdfjs-dist, laid out like `pdftotext -layout`: text items
 * grouped into lines by their y position, and placed at a character column from their x
 * position, so that cells stay apart and aligned and the same parsers read the result. Pages
 * are separated by form feeds. Runs in Node (the legacy build) and has no DOM dependency.
 */

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Extracts the text of a PDF, page by page. */
export async function pdfToText(data: Uint8Array, progress?: (message: string) => void): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      if (progress && (p === 1 || p % 10 === 0)) progress(`PDF page ${p}/${doc.numPages}`);
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items = (content.items as unknown[]).filter((i): i is TextItem => typeof (i as TextItem).str === 'string' && (i as TextItem).str.trim() !== '');
      pages.push(layoutPage(items));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n\f');
}

/** Widest line a page is laid out to: far-apart glyphs of a hostile file must not make huge lines. */
const MAX_COLUMNS = 1000;

/**
 * Lays out the text items of one page as lines of characters, as `pdftotext -layout` does: each
 * item starts at the character column of its x position, one column being the advance of a
 * half-width glyph (a digit), so a wide CJK glyph printed as one character leaves its second
 * column blank. Token positions read from the text are then page positions (see `tokenize`),
 * and figures line up under the header cells they belong to.
 */
export function layoutPage(items: TextItem[]): string {
  if (items.length === 0) return '';
  // A loop, not Math.min(...items): spreading 200,000 items overflows the stack.
  let minX = Infinity;
  let maxX = -Infinity;
  for (const i of items) {
    minX = Math.min(minX, i.transform[4]!);
    maxX = Math.max(maxX, i.transform[4]! + i.width);
  }
  const unit = Math.max(halfWidthAdvance(items), (maxX - minX) / MAX_COLUMNS);
  const heights = items.map((i) => Math.abs(i.transform[3] ?? i.height) || i.height).sort((a, b) => a - b);
  const tolerance = Math.max(1.5, (heights[Math.floor(heights.length / 2)] ?? 8) * 0.4);
  const sorted = [...items].sort((a, b) => b.transform[5]! - a.transform[5]! || a.transform[4]! - b.transform[4]!);
  const lines: { y: number; items: TextItem[] }[] = [];
  // Items come top to bottom, so lines are made in decreasing y and none is below the item: the
  // first line within tolerance (what lines.find gave, in quadratic time) only moves down.
  let first = 0;
  for (const item of sorted) {
    const y = item.transform[5]!;
    while (first < lines.length && lines[first]!.y - y > tolerance) first++;
    const line = lines[first];
    if (line) line.items.push(item);
    else lines.push({ y, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines
    .map((line) => {
      let text = '';
      let lastEnd = -Infinity;
      for (const item of line.items.sort((a, b) => a.transform[4]! - b.transform[4]!)) {
        const x = item.transform[4]!;
        const column = Math.round((x - minX) / unit);
        const glued = x - lastEnd < unit * 0.3;
        if (!glued) text += ' '.repeat(Math.max(text.length === 0 ? 0 : 1, column - text.length));
        text += item.str;
        lastEnd = x + item.width;
      }
      return text.trimEnd();
    })
    .join('\n');
}

/** The advance of one half-width glyph: from items of digits and Latin text, else half a CJK glyph. */
function halfWidthAdvance(items: TextItem[]): number {
  const narrow: number[] = [];
  const wide: number[] = [];
  for (const item of items) {
    const chars = [...item.str];
    if (chars.length === 0 || item.width <= 0) continue;
    if (/^[\x21-\x7e]+$/.test(item.str)) narrow.push(item.width / chars.length);
    else if (/^[\u3000-\u9fff\uff00-\uffef]+$/.test(item.str)) wide.push(item.width / chars.length / 2);
  }
  const advances = narrow.length >= 3 ? narrow : wide.length > 0 ? wide : narrow;
  advances.sort((a, b) => a - b);
  return Math.max(0.5, advances[Math.floor(advances.length / 2)] ?? 5);
}
