import type { Dec } from '../decimal.js';
import { formatPercent, type Lang } from '../format.js';
import type { SubjectLevel } from '../hierarchy.js';
import type { SunburstArc, SunburstModel } from './model.js';

/** What the summary needs from the view: names and amounts as the chart shows them. */
export interface SummaryContext {
  lang: Lang;
  department: string;
  /** The metric's name in `lang` ("合计", "project expenditure"). */
  metric: string;
  /** The name an arc is shown with (a group of small siblings is named by the view). */
  name: (arc: SunburstArc) => string;
  /** An amount with its unit, as the chart shows it. */
  money: (amount: Dec) => string;
}

type Level = Exclude<SubjectLevel, 'root'>;
const LEVELS: readonly Level[] = ['class', 'section', 'item'];
/** How many of the largest parts the summary names: enough for the shape, short enough to listen to. */
const LARGEST = 3;

interface Part {
  name: string;
  amount: string;
  share: string;
}

interface SummaryWords {
  showing: (department: string, metric: string, focus: string, total: string) => string;
  rings: (counts: string[]) => string;
  count: (level: Level, n: number) => string;
  largest: (level: Level, parts: Part[]) => string;
  event: Record<'zoom' | 'select' | 'zoomOut', string>;
  sentence: (event: string, title: string, amount: string, share: string) => string;
}

const LEVEL_ZH: Record<Level, string> = { class: '类', section: '款', item: '项' };
const LEVEL_EN: Record<Level, [string, string]> = { class: ['class', 'classes'], section: ['section', 'sections'], item: ['item', 'items'] };

const WORDS: Record<Lang, SummaryWords> = {
  'zh-CN': {
    showing: (department, metric, focus, total) => `旭日图：${department}按支出功能分类的支出（${metric}），显示${focus}，合计${total}。`,
    rings: (counts) => `由内向外共${counts.join('、')}。`,
    count: (level, n) => `${n}个${LEVEL_ZH[level]}`,
    largest: (level, parts) => `最大的${LEVEL_ZH[level]}：${parts.map((p) => `${p.name}，${p.amount}，占${p.share}`).join('；')}。`,
    event: { zoom: '已放大', select: '已选中', zoomOut: '已返回' },
    sentence: (event, title, amount, share) => `${event}：${title}，${amount}${share ? `，占${share}` : ''}`,
  },
  en: {
    showing: (department, metric, focus, total) =>
      `Sunburst chart of ${department} expenditure by functional classification (${metric}), showing ${focus}: ${total} in all.`,
    rings: (counts) => `From the centre outward: ${counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}` : counts[0]}.`,
    count: (level, n) => `${n} ${LEVEL_EN[level][n === 1 ? 0 : 1]}`,
    largest: (level, parts) => `Largest ${LEVEL_EN[level][parts.length === 1 ? 0 : 1]}: ${parts.map((p) => `${p.name}, ${p.amount}, ${p.share}`).join('; ')}.`,
    event: { zoom: 'Zoomed in', select: 'Selected', zoomOut: 'Zoomed out' },
    sentence: (event, title, amount, share) => `${event}: ${title}, ${amount}${share ? `, ${share}` : ''}`,
  },
};

/** How many 科目 of each level the chart draws; a group of small siblings counts its members. */
function levelCounts(model: SunburstModel): Map<Level, number> {
  const counts = new Map<Level, number>();
  for (const arc of model.arcs) {
    if (arc.level === 'root') continue;
    counts.set(arc.level, (counts.get(arc.level) ?? 0) + (arc.kind === 'other' ? arc.members.length : 1));
  }
  return counts;
}

/** The code and name of an arc as a reader finds it in the report: "20103 政府办公厅（室）及相关机构事务". */
function title(arc: SunburstArc, context: SummaryContext): string {
  return arc.kind === 'subject' && arc.code ? `${arc.code} ${context.name(arc)}` : context.name(arc);
}

const share = (arc: SunburstArc, lang: Lang) => (arc.share ? formatPercent(arc.share, lang) : '');

/**
 * The chart said in words, for screen readers, in the manner of Highcharts' accessibility module:
 * what it shows, the total, how many 类, 款 and 项 its rings hold, and the largest parts around the
 * centre with their shares.
 */
export function sunburstSummary(model: SunburstModel, context: SummaryContext): string {
  const words = WORDS[context.lang];
  const focus = model.focus;
  const counts = levelCounts(model);
  const rings = LEVELS.filter((level) => counts.has(level)).map((level) => words.count(level, counts.get(level)!));
  const parts = focus.children.filter((arc) => arc.kind === 'subject').slice(0, LARGEST);
  const sentences = [words.showing(context.department, context.metric, title(focus, context), context.money(focus.amount))];
  if (rings.length > 0) sentences.push(words.rings(rings));
  if (parts.length > 0 && parts[0].level !== 'root') {
    const named = parts.map((arc) => ({ name: context.name(arc), amount: context.money(arc.amount), share: share(arc, context.lang) }));
    sentences.push(words.largest(parts[0].level, named));
  }
  return sentences.join(context.lang === 'en' ? ' ' : '');
}

/** The sentence a live region says when the chart zooms in, zooms out or selects an arc. */
export function changeAnnouncement(event: 'zoom' | 'select' | 'zoomOut', arc: SunburstArc, context: SummaryContext): string {
  const words = WORDS[context.lang];
  return words.sentence(words.event[event], title(arc, context), context.money(arc.amount), share(arc, context.lang));
}
