import type { Catalog } from '../../i18n/lang.js';

export interface SunburstMessages {
  chart: (department: string, metric: string) => string;
  root: string;
  /** The root's name in the centre circle, short enough for a 320 px chart. */
  rootShort: string;
  other: (count: number) => string;
  arc: (name: string, amount: string, share: string) => string;
  centre: (name: string, amount: string) => string;
  /** The centre's accessible name: its name and amount, its share, the hint to zoom out. */
  centreLabel: (centre: string, share: string, zoomOut: string) => string;
  zoomOut: string;
  shareOfParent: (share: string) => string;
  breadcrumb: string;
  keyboardHint: string;
  metric: Record<'total' | 'basic' | 'project', string>;
  tableCaption: (focus: string, metric: string) => string;
  shareColumn: string;
  level: Record<'class' | 'section' | 'item', string>;
  standIn: string;
  members: (names: string) => string;
  /** The view's name in exported files' titles and names. */
  exportName: (metric: 'total' | 'basic' | 'project', metricName: string) => string;
}

export const SUNBURST_MESSAGES: Catalog<SunburstMessages> = {
  'zh-CN': {
    chart: (department, metric) => `${department}支出功能分类旭日图（${metric}）`,
    root: '全部支出',
    rootShort: '全部支出',
    other: (n) => `其他（${n}项）`,
    arc: (name, amount, share) => `${name}，${amount}，占${share}`,
    centre: (name, amount) => `${name}，${amount}`,
    centreLabel: (centre, share, zoomOut) => `${centre}${share ? `，${share}` : ''}${zoomOut ? `。${zoomOut}` : ''}`,
    zoomOut: '返回上一级',
    shareOfParent: (share) => `占上级${share}`,
    breadcrumb: '所在层级',
    keyboardHint: '方向键浏览，回车放大，Esc 关闭提示或返回上一级，退格键返回上一级',
    metric: { total: '合计', basic: '基本支出', project: '项目支出' },
    tableCaption: (focus, metric) => `${focus}：按功能分类科目（${metric}）`,
    shareColumn: '占上级比例',
    level: { class: '类', section: '款', item: '项' },
    standIn: '（报告中无此行，金额为下级之和）',
    members: (names) => `包括：${names}`,
    exportName: (metric, name) => (metric === 'total' ? '支出功能分类' : `支出功能分类（${name}）`),
  },
  en: {
    chart: (department, metric) => `${department}: expenditure by function, sunburst (${metric})`,
    root: 'All expenditure',
    rootShort: 'Total',
    other: (n) => `Other (${n} items)`,
    arc: (name, amount, share) => `${name}, ${amount}, ${share}`,
    centre: (name, amount) => `${name}, ${amount}`,
    centreLabel: (centre, share, zoomOut) => `${centre}${share ? `, ${share}` : ''}${zoomOut ? `. ${zoomOut}` : ''}`,
    zoomOut: 'Back one level',
    shareOfParent: (share) => `${share} of the level above`,
    breadcrumb: 'Level',
    keyboardHint: 'Arrow keys to move, Enter to zoom in, Escape to close the tip or zoom out, Backspace to zoom out',
    metric: { total: 'total', basic: 'basic expenditure', project: 'project expenditure' },
    tableCaption: (focus, metric) => `${focus}: by functional classification (${metric})`,
    shareColumn: 'Share of level above',
    level: { class: 'class', section: 'section', item: 'item' },
    standIn: ' (no row in the report; sum of the rows below)',
    members: (names) => `Includes: ${names}`,
    exportName: (metric, name) => (metric === 'total' ? 'Expenditure by function' : `Expenditure by function (${name})`),
  },
};
