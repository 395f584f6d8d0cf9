/**
 * 绩效指标 rows of a 绩效目标表: 一级 / 二级 / 三级 指标 and 指标值, one side (整体支出表) or two
 * sides (项目表: 实施期 beside 年度). Layout text runs cells together ("服务对象满意度指群众",
 * "文明接访、及时劝100%"); a cell is split only where the split is certain (a known 二级指标 name,
 * a number at the end, or the other side's value); otherwise the row is a warning.
 */
import type { Indicator } from '../schema/budget-types.generated.js';
import { parseIndicatorValue } from '../indicator-value.js';
import type { ImportContext } from './context.js';
import { isBlank, isPageMark, type SourceLine } from './lines.js';
import { tokenize } from './numbers.js';

const LEVEL1 = /^(产出指标|效益指标|满意度指标)$/;
/** 二级指标 names, including the cut "服务对象满意度指" some forms print. */
const LEVEL2 = /^(数量指标|质量指标|时效指标|成本指标|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标?|经济成本指标|社会成本指标|生态环境成本指标)/;
/** A value at the end of a run-together cell: optional comparator, a number, a short unit. */
const TAIL_VALUE = /^(.*?[^\d.,≥≤><=＞＜])((?:≥|≤|>|<|=|＞|＜|不低于|不少于|不高于|不超过)?\d[\d,]*(?:\.\d+)?(?:%|％|‰|[\p{Script=Han}]{1,2})?)$/u;

interface Segment {
  level2: string;
  rest: string[];
}

function segmentsOf(tokens: string[]): Segment[] | undefined {
  const out: Segment[] = [];
  for (const token of tokens) {
    const m = LEVEL2.exec(token);
    if (m) {
      out.push({ level2: m[1]!, rest: token.length > m[1]!.length ? [token.slice(m[1]!.length)] : [] });
    } else if (out.length) out[out.length - 1]!.rest.push(token);
    else return undefined;
  }
  return out;
}

/** Splits a segment into 三级指标 and 指标值; `other` is the same row's other side, if any. */
function cells(seg: Segment, other?: Segment): [string, string] | undefined {
  if (seg.rest.length === 2) return [seg.rest[0]!, seg.rest[1]!];
  if (seg.rest.length !== 1) return undefined;
  const cell = seg.rest[0]!;
  const tail = TAIL_VALUE.exec(cell);
  if (tail) return [tail[1]!, tail[2]!];
  const value = other && other.rest.length === 2 ? other.rest[1]! : undefined;
  if (value && cell.length > value.length && cell.endsWith(value)) return [cell.slice(0, -value.length), value];
  // Both sides run together, the narrower one with its name cut ("…在法律框架内保障" / "…在法保障"):
  // the value is their common ending when what precedes it on one side begins the other.
  if (other && other.rest.length === 1 && other.rest[0] !== cell) {
    const a = cell;
    const b = other.rest[0]!;
    let k = 0;
    while (k < Math.min(a.length, b.length) - 1 && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
    for (; k > 0; k--) {
      const [na, nb] = [a.slice(0, -k), b.slice(0, -k)];
      if (na.startsWith(nb) || nb.startsWith(na)) return [na, a.slice(-k)];
    }
  }
  return undefined;
}

/**
 * Reads the indicator rows from the line after the "一级指标 二级指标 …" header up to `end`.
 * `sides` is 1 for the 整体支出 form and 2 for the project form.
 */
export function readIndicatorRows(lines: SourceLine[], sides: 1 | 2, ctx: ImportContext, what: string): Indicator[][] | undefined {
  const out: Indicator[][] = sides === 1 ? [[]] : [[], []];
  let level1 = '';
  for (const line of lines) {
    if (isBlank(line.text) || isPageMark(line.text)) continue;
    let tokens = tokenize(line.text).map((t) => t.text);
    if (tokens.length === 1 && /^[绩效指标]$/.test(tokens[0]!)) continue;
    if (LEVEL1.test(tokens[0]!)) {
      level1 = tokens[0]!;
      tokens = tokens.slice(1);
    }
    if (tokens.length === 0) continue;
    const segs = segmentsOf(tokens);
    if (!segs || !level1 || segs.length !== sides) {
      ctx.warn(line, `${what}：无法识别的绩效指标行`, `${what}: an indicator row that cannot be read`);
      return undefined;
    }
    for (let s = 0; s < segs.length; s++) {
      const seg = segs[s]!;
      if (seg.rest.length === 0) continue;
      const pair = cells(seg, segs[1 - s]);
      if (!pair) {
        ctx.warn(line, `${what}：绩效指标“${seg.rest.join(' ')}”无法分开三级指标与指标值`, `${what}: indicator "${seg.rest.join(' ')}" cannot be split into name and value`);
        return undefined;
      }
      out[s]!.push({ level1, level2: seg.level2, level3: pair[0], value: parseIndicatorValue(pair[1]) });
      ctx.figures += 1;
    }
  }
  return out;
}
