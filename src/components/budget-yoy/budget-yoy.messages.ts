import type { Catalog } from '../../i18n/lang.js';
import type { YoyMeasure } from '../../core/yoy.js';

export interface YoyMessages {
  title: (department: string) => string;
  measure: string;
  measures: Record<YoyMeasure, string>;
  sort: string;
  sorts: Record<'report' | 'amount' | 'change', string>;
  series: Record<string, string>;
  year: (year: number) => string;
  derived: string;
  stated: string;
  derivedNote: string;
  increase: string;
  decrease: string;
  noChange: string;
  single: string;
  tableCaption: (measure: string) => string;
  change: string;
  item: string;
}

export const YOY_MESSAGES: Catalog<YoyMessages> = {
  'zh-CN': {
    title: (department) => `${department}：逐年比较`,
    measure: '比较内容',
    measures: { totals: '收支总计', split: '基本支出与项目支出', function: '功能分类（类）', operating: '机关运行经费', 'three-public': '“三公”经费' },
    sort: '排序',
    sorts: { report: '按报告顺序', amount: '按金额', change: '按变化' },
    series: {
      income: '收入总计',
      expenditure: '支出总计',
      basic: '基本支出',
      project: '项目支出',
      operating: '机关运行经费',
      total: '“三公”经费合计',
      outboundTravel: '因公出国（境）费',
      reception: '公务接待费',
      vehicles: '公务用车购置及运行费',
      vehiclePurchase: '公务用车购置费',
      vehicleOperation: '公务用车运行维护费',
    },
    year: (year) => `${year}年`,
    derived: '推算',
    stated: '说明所载',
    derivedNote: '斜纹条为由报告说明中的增减额推算的上年数，并非报表数据。',
    increase: '▲',
    decrease: '▼',
    noChange: '＝',
    single: '只有一年的数据，无法比较',
    tableCaption: (measure) => `逐年比较：${measure}`,
    change: '变化',
    item: '项目',
  },
  en: {
    title: (department) => `${department}: year by year`,
    measure: 'Compare',
    measures: { totals: 'Totals', split: 'Basic and project', function: 'By function (类)', operating: 'Operating costs', 'three-public': '"Three public" costs' },
    sort: 'Sort',
    sorts: { report: 'as in the report', amount: 'by amount', change: 'by change' },
    series: {
      income: 'Total income',
      expenditure: 'Total expenditure',
      basic: 'Basic expenditure',
      project: 'Project expenditure',
      operating: 'Operating costs (机关运行经费)',
      total: '"Three public" costs, total',
      outboundTravel: 'Official travel abroad',
      reception: 'Official hospitality',
      vehicles: 'Official vehicles, purchase and running',
      vehiclePurchase: 'Vehicle purchase',
      vehicleOperation: 'Vehicle running costs',
    },
    year: (year) => `${year}`,
    derived: 'derived',
    stated: 'stated in the report',
    derivedNote: 'Hatched bars are prior-year figures derived from a change stated in the report, not table figures.',
    increase: '▲',
    decrease: '▼',
    noChange: '=',
    single: 'Only one year: nothing to compare',
    tableCaption: (measure) => `Year by year: ${measure}`,
    change: 'Change',
    item: 'Item',
  },
};
