/**
 * The English name of a table id as Chinese budget documents number them: "表1" → "Table 1",
 * "表3-1" → "Table 3-1", "表十" → "Table 10", "表十二" → "Table 12". Anything that is not such an
 * id is returned unchanged (a title stays as published).
 */
export function tableNameEn(id: string): string {
  const match = /^\s*表\s*([0-9一二三四五六七八九十百〇零]+)((?:\s*[-－—–]\s*[0-9一二三四五六七八九十]+)*)\s*$/.exec(id);
  if (!match) return id;
  const main = toArabic(match[1]);
  if (main === undefined) return id;
  const rest = match[2]
    .split(/[-－—–]/)
    .slice(1)
    .map((part) => toArabic(part.trim()));
  if (rest.some((n) => n === undefined)) return id;
  return `Table ${[main, ...rest].join('-')}`;
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "12" → 12, "十二" → 12, "二十" → 20, "一百零五" → 105; undefined when not a number. */
function toArabic(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch === '十' || ch === '百') {
      total += (digit ?? 1) * (ch === '十' ? 10 : 100);
      digit = undefined;
    } else return undefined;
  }
  return text ? total + (digit ?? 0) : undefined;
}

/** Every table id inside a text in English: "表12 合计" → "Table 12 合计". */
export function tableIdsEn(text: string): string {
  return text.replace(/表([0-9一二三四五六七八九十]+(?:-[0-9]+)*)/g, (id) => tableNameEn(id));
}

/**
 * Where a figure is read, in one language: a source written "由说明推算 / derived from x" gives
 * the side of its language; in English, table ids become table names ("表3" → "Table 3") and the
 * colon after a section is an English one.
 */
export function sourceIn(source: string, lang: 'zh-CN' | 'en'): string {
  const sides = source.split(' / ');
  if (sides.length === 2) return lang === 'en' ? sides[1] : sides[0];
  if (lang !== 'en') return source;
  if (source === '说明') return 'statement (说明)';
  // A claim's source, "section：“quote”", keeps its section and quote as published.
  return tableIdsEn(source.replace(/^([^“]*)：“/, '$1: “'));
}

/**
 * A figure's label in English when the check gave none: table ids as table names, a statement's
 * "说明：" as "statement (说明): "; the published names stay.
 */
export function figureLabelEn(label: string): string {
  return tableIdsEn(label.replace(/^说明：/, 'statement (说明): '));
}
