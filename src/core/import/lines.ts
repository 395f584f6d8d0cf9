/**
 * Normalising the text of a report, whatever extracted it: full-width and no-break spaces,
 * tabs, form feeds between pages, Windows line ends. Every line keeps its 1-based number in the
 * input so that warnings can point at it, and its page (counted from form feeds or page marks).
 */

export interface SourceLine {
  /** 1-based line number in the input text. */
  no: number;
  /** 1-based page number (form feeds start a new page). */
  page: number;
  /** The line with spaces normalised; character positions are kept (one character stays one). */
  text: string;
  /** Leading full-width spaces of the raw line (indentation some extractors use for hierarchy). */
  indent: number;
}

/** Splits and normalises report text into lines. */
export function normaliseText(raw: string): SourceLine[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const out: SourceLine[] = [];
  let page = 1;
  text.split('\n').forEach((line, index) => {
    // Form feeds start pages (counted in one pass: removing them one by one is quadratic).
    const pieces = line.split('\f');
    page += pieces.length - 1;
    let body = pieces.join('');
    const indent = /^[\u3000]*/.exec(body.replace(/^[ \t]*/, ''))![0].length;
    body = body.replace(/[\u3000\u00A0\u2002\u2003\u2009\u200B\t]/g, ' ');
    // Trailing whitespace becomes spaces, positions kept (not /\s+$/, quadratic on a long run of spaces).
    body = body.trimEnd().padEnd(body.length);
    out.push({ no: index + 1, page, text: body, indent });
  });
  return out;
}

/** A line that is only a page number or page mark ("- 3 -", "第 3 页", "3/12"). */
export function isPageMark(text: string): boolean {
  const t = text.trim();
  return /^[-—–]\s*\d{1,3}\s*[-—–]$/.test(t) || /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/.test(t) || /^\d{1,3}\s*\/\s*\d{1,3}$/.test(t);
}

/** True for a line with nothing but spaces. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
