import type { Bilingual } from '../core/validate/index.js';
import type { Catalog } from './lang.js';

/** Strings every component shows: states, the table view, units. */
export interface SharedMessages {
  loading: string;
  empty: string;
  showTable: string;
  hideTable: string;
  unit: (unitLabel: string) => string;
  share: string;
  amount: string;
  name: string;
  code: string;
  errorTitle: string;
  loadErrors: Record<LoadErrorKind, (detail: string) => string>;
  moreIssues: (count: number) => string;
  derived: string;
  /** The export menu's button. */
  exportButton: string;
  /** The export menu's items. */
  exportFormats: Record<'png' | 'svg' | 'csv' | 'zip', string>;
  /** Said in the live region when an export chosen from the menu failed. */
  exportFailed: (format: string) => string;
}

/** Why nothing is shown: the request, the file, or (view, internal) the drawing of a valid document. */
export type LoadErrorKind = 'url' | 'http' | 'network' | 'timeout' | 'json' | 'invalid' | 'invalidUnexplained' | 'collection' | 'view' | 'internal';

export const SHARED_MESSAGES: Catalog<SharedMessages> = {
  'zh-CN': {
    loading: '正在加载预算数据…',
    empty: '此文档没有可显示的数据。',
    showTable: '以表格查看',
    hideTable: '隐藏表格',
    unit: (unit) => `单位：${unit}`,
    share: '占比',
    amount: '金额',
    name: '名称',
    code: '科目编码',
    errorTitle: '无法显示预算数据',
    loadErrors: {
      url: (d) => `数据地址不可用（只接受 http、https 或相对地址）：${d}`,
      http: (d) => `服务器返回错误：${d}`,
      network: (d) => `网络请求失败：${d}`,
      timeout: (d) => `加载超时：${d}`,
      json: (d) => `数据不是合法的 JSON：${d}`,
      invalid: (d) => `数据不符合预算文档格式（${d}）：`,
      invalidUnexplained: (d) => `数据不符合预算文档格式，但未能加载逐项说明，请刷新页面重试：${d}`,
      collection: (d) => `文档集中找不到要显示的文档：${d}`,
      view: () => '此组件不能显示这份数据：',
      internal: (d) => `组件内部出错，请向 budget-viz 报告：${d}`,
    },
    moreIssues: (n) => `另有 ${n} 处问题`,
    derived: '推算',
    exportButton: '导出',
    exportFormats: { png: '图片（PNG）', svg: '矢量图（SVG）', csv: '数据（CSV）', zip: '所有表格（CSV）' },
    exportFailed: (format) => `导出${format}失败，请重试或改用其他格式`,
  },
  en: {
    loading: 'Loading budget data…',
    empty: 'This document has no data to show.',
    showTable: 'Show as table',
    hideTable: 'Hide table',
    unit: (unit) => `Unit: ${unit}`,
    share: 'Share',
    amount: 'Amount',
    name: 'Name',
    code: 'Code',
    errorTitle: 'The budget data cannot be shown',
    loadErrors: {
      url: (d) => `Unusable data address (only http, https or relative URLs): ${d}`,
      http: (d) => `The server answered with an error: ${d}`,
      network: (d) => `The request failed: ${d}`,
      timeout: (d) => `Loading timed out: ${d}`,
      json: (d) => `The data is not valid JSON: ${d}`,
      invalid: (d) => `The data is not a valid budget document (${d}):`,
      invalidUnexplained: (d) => `The data is not a valid budget document, but the list of its problems could not be loaded; reload the page to try again: ${d}`,
      collection: (d) => `The collection has no document to show: ${d}`,
      view: () => 'This component cannot show this data:',
      internal: (d) => `Internal error of the component; please report it to budget-viz: ${d}`,
    },
    moreIssues: (n) => `${n} more problem(s)`,
    derived: 'derived',
    exportButton: 'Export',
    exportFormats: { png: 'Image (PNG)', svg: 'Vector image (SVG)', csv: 'Data (CSV)', zip: 'All tables (CSV)' },
    exportFailed: (format) => `The export as ${format} failed: try again or choose another format`,
  },
};

/** The text of a bilingual message in a language. */
export function inLang(text: Bilingual, lang: 'zh-CN' | 'en'): string {
  return lang === 'en' ? text.en : text.zh;
}
