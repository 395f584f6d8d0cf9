/**
 * The 说明 cut into what narrative.ts reads: sections under their headings (from a 预算编制说明,
 * 其他相关情况说明 or 决算 情况说明 heading to the next part, table or 名词解释), sentences, and
 * clauses of bounded length, each keeping where it stands so a claim can name its line. Every
 * step is one pass over the text.
 */
import { isBlank, isPageMark, type SourceLine } from './lines.js';

export interface Section {
  heading: string;
  text: string;
  /** Start offset in `text` of each line's contribution, with its line, in order. */
  spans: { at: number; line: SourceLine }[];
}

/** A piece of a section's text with its offset. */
export interface Piece {
  text: string;
  at: number;
}

/** Longest clause read; a longer one is no statement of the kinds read here. */
export const MAX_CLAUSE = 200;
/** Longest sentence cut into clauses. */
export const MAX_SENTENCE = 4000;

const START = /^(?:\d{4}年度?)?(?:部门|单位)预算编制说明$|^其他相关情况说明$|^第[一二三四五六七八九十]+部分.{0,40}?(?:预算|决算)情况(?:说明)?$/;
const END = /项目经费情况说明$|^第[一二三四五六七八九十]+部分|名词解释$|绩效目标(?:申报|填报)?表$|^目录$|主要职能$|机构设置$/;
/** A figure in 万元 or 亿元: a heading never states one. */
export const HAS_AMOUNT = /\d(?:万元|亿元)/;
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）、?)[^，。；,;]{2,40}$/;

/** A line's text without spaces, except one between two digits. Linear. */
export function squash(text: string): string {
  let out = '';
  let last = '';
  let gap = false;
  for (const ch of text) {
    if (ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0') {
      gap = out.length > 0;
      continue;
    }
    if (gap && /\d/.test(last) && /\d/.test(ch)) out += ' ';
    gap = false;
    out += ch;
    last = ch;
  }
  return out;
}

export function lineAt(section: Section, offset: number): SourceLine {
  const spans = section.spans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo]!.line;
}

/** The narrative parts of the report cut into sections by their headings. */
export function sectionsOf(lines: SourceLine[], tableTitles: Set<number>): Section[] {
  const out: Section[] = [];
  let current: Section | undefined;
  let inside = false;
  for (const line of lines) {
    const t = squash(line.text.trim());
    if (!t || isBlank(t) || isPageMark(t)) continue;
    if (START.test(t) && !tableTitles.has(line.no)) {
      inside = true;
      current = { heading: t, text: '', spans: [] };
      out.push(current);
      continue;
    }
    if (!inside || !current) continue;
    if (tableTitles.has(line.no) || END.test(t)) {
      inside = false;
      continue;
    }
    // A heading wrapped onto a second line ("…决算情况" / "说明").
    if (t === '说明' && current.text === '') {
      current.heading += t;
      continue;
    }
    if (HEADING.test(t) && !HAS_AMOUNT.test(t)) {
      current = { heading: t, text: '', spans: [] };
      out.push(current);
      continue;
    }
    current.spans.push({ at: current.text.length, line });
    current.text += t;
  }
  return out.filter((s) => s.text.length > 0);
}

/** A numbered or quoted item begins here ("1.“…", "2、一般…（类）", "“…（项）”"). */
const ITEM_AHEAD = /^(?:\d{1,3}[.．、](?!\d)|“)/;

/** Cuts text at the sentence marks 。；; (and ！？), and at a colon that introduces a list of items. */
export function sentencesOf(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const listColon = (ch === '：' || ch === ':') && ITEM_AHEAD.test(text.slice(i + 1, i + 6));
    if (i === text.length || ch === '。' || ch === '；' || ch === ';' || ch === '！' || ch === '？' || listColon) {
      if (i > start) out.push({ text: text.slice(start, i), at: start });
      start = i + 1;
    }
  }
  return out;
}

const CLOSER: Record<string, string> = { '（': '）', '(': ')', '“': '”' };

/** Cuts a sentence at ，,：:、 outside brackets and quotes that close within 40 characters. */
export function clausesOf(sentence: Piece): Piece[] {
  const text = sentence.text;
  const out: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && CLOSER[ch]) {
      const close = text.slice(i + 1, i + 41).indexOf(CLOSER[ch]!);
      if (close >= 0) {
        i += close + 1;
        continue;
      }
    }
    // "1、" "二、" "（三）、" number an item: the 、 is part of the ordinal.
    const ordinal = ch === '、' && /^(?:\d{1,3}|[一二三四五六七八九十]+|（[一二三四五六七八九十]+）)$/.test(text.slice(start, i));
    const separator = ch === '，' || ch === '：' || (ch === '、' && !ordinal) || ((ch === ',' || ch === ':') && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
    if (i === text.length || separator) {
      if (i > start) out.push({ text: text.slice(start, i), at: sentence.at + start });
      start = i + 1;
    }
  }
  return out;
}
