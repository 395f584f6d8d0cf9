/**
 * Amount tokens as printed in budget tables: "1,234.56", "484.55", "189,767,551", "-" or "—"
 * for zero, "0.00". Every figure stays a decimal string; nothing here goes through a float.
 */
import { isWide } from '../text-width.js';

/** A printed amount: digits with optional thousands separators and decimals, or a dash for zero. */
const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DASH = /^[-—–－]$/;
/** Something that was meant to be a number but is garbled ("48a.55", "1,2,3", "4..5"). */
// Written so that no two quantifiers can share a character: ^\d[\d,.]*[,.]{2,}[\d,.]*$ backtracked
// cubically ("1", 4,000 commas and "中": about a minute); these alternatives accept the same tokens.
const GARBLED = /^[,.]*\d[\d,.]*[A-Za-z?？#*][\dA-Za-z,.]*$|^\d(?:\d|[,.]\d)*[,.]{2}[\d,.]*$|^\d{1,3},\d{1,2}(?:\.\d+)?$/;

/** True for a token that reads as an amount (including "-" for zero). */
export function isAmountToken(token: string): boolean {
  return AMOUNT.test(token) || DASH.test(token);
}

/** True for a token that looks like a damaged number. */
export function isGarbledNumber(token: string): boolean {
  return !isAmountToken(token) && GARBLED.test(token);
}

/**
 * The plain decimal string of a printed amount: separators removed, superfluous leading zeros
 * dropped, decimals kept exactly as printed ("30.00" stays "30.00"); "-" is "0". Returns null
 * for anything that is not an amount.
 */
export function parseAmountToken(token: string): string | null {
  const t = token.trim();
  if (DASH.test(t)) return '0';
  if (!AMOUNT.test(t)) return null;
  const plain = t.replace(/,/g, '');
  const [int, frac] = plain.split('.');
  const intPart = int!.replace(/^0+(?=\d)/, '');
  return frac === undefined ? intPart : `${intPart}.${frac}`;
}

/** A token of a line with its character span (positions count characters, as layout text does). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits a line on runs of spaces, keeping each token's position. Layout text (pdftotext
 * -layout, and our own PDF layout) starts every run of text at the character column of its x
 * position but prints a wide (CJK) glyph as one character although it covers two columns, so a
 * token starts at its index and ends its display width later: that span is where it stands on
 * the page.
 */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) tokens.push({ text: m[0], start: m.index, end: m.index + displayWidth(m[0]) });
  return tokens;
}

/** Columns a text covers on the page: two for a wide (CJK, full-width) character, one otherwise. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/**
 * Splits tokens that glue a number to a following label, as extractors print
 * "484.55一、一般公共服务支出": the number and the label become two tokens.
 */
export function splitGluedTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([\u4e00-\u9fff（(].*)$/.exec(t.text);
    if (m && (/[.,]/.test(m[1]!) || /^[一二三四五六七八九十]+、/.test(m[2]!))) {
      out.push({ text: m[1]!, start: t.start, end: t.start + m[1]!.length });
      out.push({ text: m[2]!, start: t.start + m[1]!.length, end: t.start + m[1]!.length + displayWidth(m[2]!) });
    } else out.push(t);
  }
  return out;
}
