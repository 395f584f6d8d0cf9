import type { Dec } from '../core/decimal.js';
import { capped } from '../core/export/bar-layout.js';
import type { Lang } from '../core/format.js';
import type { MoneyUnit } from '../core/schema/budget-types.generated.js';
import type { YearValue, YoyMeasure, YoySeries } from '../core/yoy.js';
import { yoyChangePhrase, yoySummary } from '../core/yoy-summary.js';
import { barWidth, largest } from '../components/base/bar-geometry.js';
import { YOY_MESSAGES, type YoyMessages } from '../components/budget-yoy/budget-yoy.messages.js';
import { barChartSvg, moreRowsNote, type ChartBlock, type Paint } from './bar-chart-svg.js';

/** What <budget-yoy> shows now, with its own formatting, for drawing it as a file. */
export interface YoyChartState {
  /** Width of the image in px: the element's. */
  width: number;
  lang: Lang;
  department: string;
  measure: YoyMeasure;
  sort: 'report' | 'amount' | 'change';
  /** The series in the order shown, every amount in `unit`. */
  series: readonly YoySeries[];
  /** Every year any series has, ascending. */
  years: readonly number[];
  unit: MoneyUnit;
  /** "单位：万元", as the element's title says it. */
  unitNote: string;
  /** The element's formatting of an amount in `unit`, rounded to the view. */
  money: (amount: Dec) => string;
  /** A series' name as the element shows it. */
  label: (series: YoySeries) => string;
  /** "（推算）" after a figure not read from a table, '' after one that is. */
  basisNote: (value: YearValue) => string;
}

/** Series an image draws at most; the rest are counted in a note. */
const MAX_DRAWN_SERIES = 60;

/**
 * The comparison as an SVG element, as the element shows it: what is compared and in which order, a legend of the years, then for each figure its bars year by year
 * (the newest in the current colour, derived ones hatched) and its change in words.
 */
export function yoyChartSvg(host: Element, state: YoyChartState): SVGSVGElement {
  const t = YOY_MESSAGES[state.lang];
  const colon = state.lang === 'en' ? ': ' : '：';
  const newestYear = state.years[state.years.length - 1];
  const max = largest(state.series.flatMap((s) => s.values.map((v) => v.amount)));
  const anyDerived = state.series.some((s) => s.values.some((v) => v.basis !== 'table'));
  const { shown, hidden } = capped(state.series, MAX_DRAWN_SERIES);
  // The department and unit are the frame's title and subtitle, so the chart starts with what is compared.
  const blocks: ChartBlock[] = [
    { kind: 'text', paint: 'muted', text: `${t.measure}${colon}${t.measures[state.measure]} · ${t.sort}${colon}${t.sorts[state.sort]}` },
    {
      kind: 'legend',
      entries: state.years.map((year) => ({ swatch: { paint: year === newestYear ? 'year-current' : 'year-previous' }, text: t.year(year) })),
    },
    ...shown.map((series) => seriesGroup(state, series, max, t)),
  ];
  if (hidden > 0) blocks.push({ kind: 'text', paint: 'muted', text: moreRowsNote(state.lang, hidden) });
  if (anyDerived) blocks.push({ kind: 'text', paint: 'muted', swatch: { paint: 'year-previous', hatched: true }, text: t.derivedNote });
  return barChartSvg(host, {
    width: state.width,
    lang: state.lang,
    title: `${t.title(state.department)} · ${state.unitNote}`,
    description: yoySummary(state.series, { lang: state.lang, measure: t.measures[state.measure], unit: state.unit, money: state.money, label: state.label }),
    blocks,
  });
}

/** One figure: its name, a bar per year, and its change as the report would phrase it. */
function seriesGroup(state: YoyChartState, series: YoySeries, max: Dec | undefined, t: YoyMessages): ChartBlock {
  const label = state.label(series);
  const newest = series.values[series.values.length - 1];
  const rows = series.values.map((value) => {
    const year = t.year(value.fiscalYear);
    const amount = `${state.money(value.amount)}${state.basisNote(value)}`;
    const paint: Paint = value === newest ? 'year-current' : 'year-previous';
    return {
      label: year,
      value: amount,
      title: `${label} ${year} ${amount}`,
      length: parseFloat(barWidth(value.amount, max).width),
      parts: [{ paint, hatched: value.basis !== 'table', share: 100 }],
    };
  });
  return {
    kind: 'group',
    name: 'series',
    title: label,
    blocks: [{ kind: 'heading', text: label }, { kind: 'rows', name: 'years', labelEm: [4.5, 4.5], valueMinEm: 8, barEm: 1.25, minBar: 2, rows }, changeText(state, series, t)],
  };
}

/** The change in words with its arrow, in the colour of its direction ("▲ 比上年增加65.01万元，增长15.50%"). */
function changeText(state: YoyChartState, series: YoySeries, t: YoyMessages): ChartBlock {
  if (!series.change) return { kind: 'text', paint: 'muted', text: t.single };
  const direction = series.change.direction;
  const rising = direction === 'increase' || direction === 'new';
  const falling = direction === 'decrease' || direction === 'discontinued';
  const symbol = rising ? t.increase : falling ? t.decrease : t.noChange;
  const phrase = yoyChangePhrase(series, state.lang, state.unit, state.money) ?? '';
  return { kind: 'text', paint: rising ? 'increase' : falling ? 'decrease' : 'text', text: `${symbol} ${phrase}` };
}
