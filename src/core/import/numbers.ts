/**
 * Amount tokens as printed in budget tables: "1,234.56", "484.55", "189,767,551", "-" or "—"
 * for zero, "0.00". Every figure stays a decimal string; nothing here goes through a float.
 */

/** A printed amount: digits with optional thousands separators and decimals, or a dash for zero. */
const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DASH = /^[-—–－]$/;
/** Something that was meant to be a number but is garbled ("48a.55", "1,2,3", "4..5"). */
const GARBLED = /^[\d,.]*\d[\d,.]*[A-Za-z?？#*][\dA-Za-z,.]*$|^\d[\d,.]*[,.]{2,}[\d,.]*$|^\d{1,3},\d{1,2}(?:\.\d+)?$/;

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

/** Splits a line on runs of spaces, keeping each token's position. */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
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
      out.push({ text: m[2]!, start: t.start + m[1]!.length, end: t.end });
    } else out.push(t);
  }
  return out;
}
