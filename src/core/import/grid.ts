/**
 * Placing the amounts of a printed row in the table's columns. Two kinds of text:
 * "spaced" text (cells separated by one space, an empty cell adds a space, as some extractors
 * print) and "layout" text (pdftotext -layout: columns aligned by position, empty cells blank).
 * In layout text each amount goes to the column whose position it is closest to, keeping the
 * left-to-right order; in spaced text the extra spaces between amounts count the empty cells.
 */
import type { SourceLine } from './lines.js';
import { isAmountToken, isGarbledNumber, parseAmountToken, splitGluedTokens, tokenize, type Token } from './numbers.js';

export interface AmountToken extends Token {
  /** Plain decimal string, or null when the token is a garbled number. */
  value: string | null;
  line: SourceLine;
}

export interface LineParts {
  line: SourceLine;
  /** Tokens before the first amount that are not amounts. */
  words: Token[];
  amounts: AmountToken[];
  /** Words after the first amount (a second label on the same line). */
  trailing: Token[];
}

/** Splits a line into its leading words and its amounts. */
export function partsOf(line: SourceLine, glued = false, tokens?: Token[]): LineParts {
  tokens ??= tokenize(line.text);
  if (glued) tokens = splitGluedTokens(tokens);
  const words: Token[] = [];
  const amounts: AmountToken[] = [];
  const trailing: Token[] = [];
  for (const t of tokens) {
    if (isAmountToken(t.text)) {
      if (trailing.length > 0) trailing.push(t);
      else amounts.push({ ...t, value: parseAmountToken(t.text), line });
    } else if (isGarbledNumber(t.text) && trailing.length === 0) {
      amounts.push({ ...t, value: null, line });
    } else if (amounts.length > 0) trailing.push(t);
    else words.push(t);
  }
  return { line, words, amounts, trailing };
}

/** True when the lines of a table are laid out by position (wide gaps between cells). */
export function isLayoutText(lines: SourceLine[]): boolean {
  let wide = 0;
  let counted = 0;
  for (const line of lines) {
    const tokens = tokenize(line.text);
    if (tokens.length < 2 || !tokens.some((t) => isAmountToken(t.text))) continue;
    counted += 1;
    if (tokens.some((t, i) => i > 0 && t.start - tokens[i - 1]!.end >= 4)) wide += 1;
  }
  return counted > 0 && wide / counted >= 0.3;
}

/** Spaced text that shows a blank cell as an extra space after a figure (as some extractors print). */
export function marksBlankCells(lines: SourceLine[]): boolean {
  return lines.some((line) => /[\d.,] {2,}/.test(line.text));
}

/** Column anchors (right edges) from rows that fill every column; null when none do. */
export function anchorsFrom(rows: AmountToken[][], columns: number): number[] | null {
  const full = rows.filter((r) => r.length === columns);
  if (full.length === 0) return null;
  const anchors: number[] = [];
  for (let k = 0; k < columns; k++) {
    const ends = full.map((r) => r[k]!.end).sort((a, b) => a - b);
    anchors.push(ends[Math.floor(ends.length / 2)]!);
  }
  for (let k = 1; k < anchors.length; k++) if (anchors[k]! <= anchors[k - 1]!) return null;
  return anchors;
}

/** Anchors from clusters of right edges, mapped to the first columns. */
export function anchorsFromClusters(rows: AmountToken[][], columns: number): number[] | null {
  const ends = rows.flat().map((t) => t.end).sort((a, b) => a - b);
  if (ends.length === 0) return null;
  const clusters: number[][] = [[ends[0]!]];
  for (const e of ends.slice(1)) {
    const last = clusters[clusters.length - 1]!;
    if (e - last[last.length - 1]! <= 4) last.push(e);
    else clusters.push([e]);
  }
  if (clusters.length > columns) return null;
  return clusters.map((c) => c[Math.floor(c.length / 2)]!);
}

/**
 * Places the amounts of one row in `columns` columns. Returns one token (or undefined for an
 * empty cell) per column, or null when the amounts cannot be placed.
 */
export function placeAmounts(amounts: AmountToken[], columns: number, anchors: number[] | null, layout: boolean): (AmountToken | undefined)[] | null {
  if (amounts.length > columns) return null;
  const out: (AmountToken | undefined)[] = new Array(columns).fill(undefined);
  if (amounts.length === columns) {
    amounts.forEach((a, i) => (out[i] = a));
    return out;
  }
  if (amounts.length === 0) return out;
  const sorted = [...amounts].sort((a, b) => a.end - b.end || a.line.no - b.line.no);
  if (layout && anchors && anchors.length > 0) {
    const slots = anchors.length;
    if (sorted.length > slots) return null;
    // Monotone assignment minimising the distance to the anchors.
    const n = sorted.length;
    const cost: number[][] = Array.from({ length: n + 1 }, () => new Array(slots + 1).fill(Infinity));
    const choice: number[][] = Array.from({ length: n + 1 }, () => new Array(slots + 1).fill(-1));
    for (let j = 0; j <= slots; j++) cost[0]![j] = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = i; j <= slots; j++) {
        const skip = cost[i]![j - 1]!;
        const take = cost[i - 1]![j - 1]! + Math.abs(sorted[i - 1]!.end - anchors[j - 1]!);
        if (take <= skip) {
          cost[i]![j] = take;
          choice[i]![j] = 1;
        } else {
          cost[i]![j] = skip;
          choice[i]![j] = 0;
        }
      }
    }
    let i = n;
    let j = slots;
    while (i > 0) {
      if (choice[i]![j] === 1) {
        out[j - 1] = sorted[i - 1];
        i -= 1;
      }
      j -= 1;
    }
    return out;
  }
  // Spaced text: count the extra spaces between amounts as empty cells.
  let column = 0;
  for (let i = 0; i < sorted.length; i++) {
    const token = sorted[i]!;
    if (i > 0) {
      const previous = sorted[i - 1]!;
      const gap = previous.line === token.line ? token.start - previous.end : 1;
      column += 1 + Math.max(0, gap - 1);
    }
    const room = columns - (sorted.length - i);
    column = Math.min(column, room);
    out[column] = token;
  }
  return out;
}

/** The label made of words: CJK fragments are joined without spaces, others with one. */
export function joinWords(words: Token[]): string {
  let out = '';
  let previous = '';
  for (const w of words) {
    if (out && /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(w.text)) out += ' ';
    out += w.text;
    previous = w.text;
  }
  return out;
}
