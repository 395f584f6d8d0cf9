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

/** Lays out the text items of one page as lines of characters. */
export function layoutPage(items: TextItem[]): string {
  if (items.length === 0) return '';
  // Width of one character column: the median advance of a character.
  const advances = items.filter((i) => i.str.length > 0 && i.width > 0).map((i) => i.width / [...i.str].length).sort((a, b) => a - b);
  const unit = Math.max(1, (advances[Math.floor(advances.length / 2)] ?? 5) * 0.9);
  const heights = items.map((i) => Math.abs(i.transform[3] ?? i.height) || i.height).sort((a, b) => a - b);
  const tolerance = Math.max(1.5, (heights[Math.floor(heights.length / 2)] ?? 8) * 0.4);
  const sorted = [...items].sort((a, b) => b.transform[5]! - a.transform[5]! || a.transform[4]! - b.transform[4]!);
  const lines: { y: number; items: TextItem[] }[] = [];
  for (const item of sorted) {
    const y = item.transform[5]!;
    const line = lines.find((l) => Math.abs(l.y - y) <= tolerance);
    if (line) line.items.push(item);
    else lines.push({ y, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  const minX = Math.min(...items.map((i) => i.transform[4]!));
  return lines
    .map((line) => {
      let text = '';
      let lastEnd = -Infinity;
      for (const item of line.items.sort((a, b) => a.transform[4]! - b.transform[4]!)) {
        const x = item.transform[4]!;
        const column = Math.round((x - minX) / unit);
        const glued = x - lastEnd < unit * 0.3;
        if (!glued) {
          const pad = Math.max(text.length === 0 ? 0 : 1, column - text.length);
          text += ' '.repeat(pad);
        }
        text += item.str;
        lastEnd = x + item.width;
      }
      return text.replace(/\s+$/, '');
    })
    .join('\n');
}
