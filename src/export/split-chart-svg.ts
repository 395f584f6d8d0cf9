import type { Dec } from '../core/decimal.js';
import type { Lang } from '../core/format.js';
import type { MoneyUnit } from '../core/schema/budget-types.generated.js';
import type { BasicProjectSplit, EconomicBreakdown, EconomicPart, EconomicPartKey, SplitRow } from '../core/split.js';
import { splitSummary } from '../core/split-summary.js';
import { barWidth, largest } from '../components/base/bar-geometry.js';
import { SPLIT_MESSAGES, type SplitMessages } from '../components/budget-split/budget-split.messages.js';
import { barChartSvg, type BarRow, type ChartBlock, type Paint } from './bar-chart-svg.js';

/** What <budget-split> shows now, with its own formatting, for drawing it as a file. */
export interface SplitChartState {
  /** Width of the image in px: the element's. */
  width: number;
  lang: Lang;
  split: BasicProjectSplit;
  subjects: readonly SplitRow[];
  economic?: EconomicBreakdown;
  /** Whether 基本支出 is opened into 人员经费 / 公用经费, and which of them into its items. */
  basicOpen: boolean;
  openPart: EconomicPartKey | null;
  selected: string;
  classification: 'department' | 'government';
  level: 'class' | 'section';
  /** The element's formatting: rounded to the view with the unit, exact, share, brackets. */
  money: (amount: Dec, unit: MoneyUnit) => string;
  exactMoney: (amount: Dec, unit: MoneyUnit) => string;
  percent: (share: Dec | null) => string;
  inBrackets: (text: string) => string;
}

/** The bar lengths of the view (barWidth, as the rows' CSS widths) as numbers in percent. */
function lengthOf(amount: Dec, max: Dec | undefined): number {
  return parseFloat(barWidth(amount, max).width);
}

const share = (value: Dec | null) => (value ? value.toNumber() : 0);

/**
 * The split as an SVG element, block for block what the element shows: the title with the
 * total, the 基本支出 / 项目支出 bar and its legend, the opened 人员经费 / 公用经费 panel and items
 * when open, and the bars of every 类 or 款 with the selected one outlined.
 */
export function splitChartSvg(host: Element, state: SplitChartState): SVGSVGElement {
  const t = SPLIT_MESSAGES[state.lang];
  const { split, money, percent, inBrackets } = state;
  const subject = split.code ? split.name : t.whole;
  const [basicShare, projectShare] = split.shares ?? [null, null];
  const basic = money(split.basic, split.unit);
  const project = money(split.project, split.unit);
  const blocks: ChartBlock[] = [
    { kind: 'heading', text: `${t.title(subject)} · ${money(split.total, split.unit)}` },
    {
      kind: 'segments',
      title: t.title(subject),
      segments: [
        { paint: 'basic', share: share(basicShare), name: t.basic, shareText: percent(basicShare) },
        { paint: 'project', share: share(projectShare), name: t.project, shareText: percent(projectShare) },
      ],
    },
    {
      kind: 'legend',
      entries: [
        { swatch: { paint: 'basic' }, text: `${t.basic} ${basic}${inBrackets(percent(basicShare))}` },
        { swatch: { paint: 'project' }, text: `${t.project} ${project}${inBrackets(percent(projectShare))}` },
      ],
    },
  ];
  if (state.basicOpen && state.economic) blocks.push(economicGroup(state, state.economic, t));
  blocks.push({ kind: 'heading', text: `${t.bySubject}${inBrackets(t.level[state.level])}` }, subjectRows(state, t));
  return barChartSvg(host, {
    width: state.width,
    lang: state.lang,
    title: `${t.title(subject)} · ${money(split.total, split.unit)}`,
    description: splitSummary(split, state.economic, state.lang, money),
    blocks,
  });
}

const partPaint = (part: EconomicPart): Paint => (part.key === 'personnel' ? 'personnel' : 'public-use');

/** The panel of 基本支出 opened into 人员经费 and 公用经费, and one of them into its items when open. */
function economicGroup(state: SplitChartState, economic: EconomicBreakdown, t: SplitMessages): ChartBlock {
  const { money, percent, inBrackets } = state;
  const name = (part: EconomicPart) => (part.key === 'personnel' ? t.personnel : t.publicUse);
  const colon = state.lang === 'en' ? ': ' : '：';
  const blocks: ChartBlock[] = [
    { kind: 'text', text: `${t.classification}${colon}${t[state.classification]}` },
    {
      kind: 'segments',
      title: t.basic,
      segments: economic.parts.map((part) => ({ paint: partPaint(part), share: share(part.share), name: name(part), shareText: percent(part.share) })),
    },
    {
      kind: 'legend',
      entries: economic.parts.map((part) => ({
        swatch: { paint: partPaint(part) },
        text: `${name(part)} ${money(part.amount, economic.unit)}${inBrackets(percent(part.share))}`,
      })),
    },
    { kind: 'text', text: t.economicScope, paint: 'muted' },
  ];
  const open = economic.parts.find((part) => part.key === state.openPart);
  if (open) {
    const max = largest(open.items.map((item) => item.amount));
    blocks.push(
      { kind: 'heading', text: `${t.itemsOf(name(open))}${inBrackets(t[state.classification])}` },
      {
        kind: 'rows',
        name: 'items',
        labelEm: [6, 14],
        barEm: 1,
        rows: open.items.map((item) => {
          const value = `${money(item.amount, economic.unit)} · ${percent(item.share)}`;
          return { label: item.name, value, title: `${item.name} ${value}`, length: lengthOf(item.amount, max), parts: [{ paint: partPaint(open), share: 100 }] };
        }),
      },
    );
    if (!open.itemsSum.equals(open.amount)) {
      blocks.push({ kind: 'text', paint: 'muted', text: t.itemsDiffer(state.exactMoney(open.itemsSum, economic.unit), state.exactMoney(open.amount, economic.unit)) });
    }
  }
  return { kind: 'group', name: 'economic', title: t.basic, framed: true, blocks };
}

/** A bar per 类 or 款, as long as its total against the largest, split into 基本支出 and 项目支出. */
function subjectRows(state: SplitChartState, t: SplitMessages): ChartBlock {
  const { money, split } = state;
  const max = largest(state.subjects.map((row) => row.total));
  const rows: BarRow[] = state.subjects.map((row) => {
    const label = `${row.code} ${row.name}`;
    const value = row.zero ? t.none : money(row.total, split.unit);
    const spoken = t.row(money(row.basic, split.unit), money(row.project, split.unit));
    return {
      label,
      value,
      title: `${label} ${spoken}${state.lang === 'en' ? ' ' : ''}${value}`,
      length: lengthOf(row.total, max),
      parts: [
        { paint: 'basic', share: share(row.shares?.[0] ?? null) },
        { paint: 'project', share: share(row.shares?.[1] ?? null) },
      ],
      selected: row.code === state.selected,
    };
  });
  return { kind: 'rows', name: 'subjects', labelEm: [6, 14], barEm: 1, rows };
}
