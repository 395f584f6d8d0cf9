import type { ExplorerSortKey } from '../../core/explorer/explorer-index.js';
import type { Catalog } from '../../i18n/lang.js';

export interface ExplorerMessages {
  /** The list's heading: the index's title and how many reports it shows. */
  heading: (title: string, shown: number, total: number) => string;
  search: string;
  searchPlaceholder: string;
  year: string;
  allYears: string;
  yearValue: (year: number) => string;
  kind: string;
  kinds: Record<'budget' | 'final', string>;
  scope: string;
  allScopes: string;
  scopes: Record<'department' | 'unit', string>;
  columns: Record<ExplorerSortKey, string>;
  bars: string;
  selectColumn: string;
  choose: (department: string, year: number) => string;
  compare: (count: number) => string;
  clear: string;
  showMore: (shown: number, total: number) => string;
  noMatch: string;
  row: (basic: string, project: string) => string;
  none: string;
  back: string;
  reportOf: (department: string, year: number, kind: string) => string;
  yearsOf: (department: string) => string;
  compareTitle: (count: number) => string;
  compareTable: (count: number) => string;
  loadingDocuments: (loaded: number, total: number) => string;
  documentFailed: (department: string, reason: string) => string;
  item: string;
  total: string;
  basic: string;
  project: string;
  basicShare: string;
  projectShare: string;
  classShare: (code: string, name: string) => string;
  threePublic: string;
  operating: string;
  notInDocument: string;
  budgetFinal: string;
  budgetFinalCaption: (year: string) => string;
  difference: string;
  completionRate: string;
  department: string;
  tableCaption: (kind: string, year: string) => string;
  summary: (shown: number, kind: string, year: string, largest: string) => string;
  largest: (department: string, amount: string) => string;
}

export const EXPLORER_MESSAGES: Catalog<ExplorerMessages> = {
  'zh-CN': {
    heading: (title, shown, total) => `${title}（显示 ${shown} / ${total} 份）`,
    search: '搜索部门',
    searchPlaceholder: '部门名称',
    year: '年度',
    allYears: '全部年度',
    yearValue: (year) => `${year}年`,
    kind: '类型',
    kinds: { budget: '预算', final: '决算' },
    scope: '口径',
    allScopes: '全部',
    scopes: { department: '部门', unit: '单位' },
    columns: { name: '部门', expenditure: '支出总计', basic: '基本支出', project: '项目支出', year: '年度' },
    bars: '基本支出与项目支出',
    selectColumn: '选择',
    choose: (department, year) => `选择 ${department} ${year}年`,
    compare: (count) => `比较所选（${count}）`,
    clear: '清除选择',
    showMore: (shown, total) => `显示更多（已显示 ${shown} / ${total}）`,
    noMatch: '没有符合条件的部门。',
    row: (basic, project) => `基本支出${basic}，项目支出${project}`,
    none: '—',
    back: '返回列表',
    reportOf: (department, year, kind) => `${department} ${year}年${kind}`,
    yearsOf: (department) => `${department}：各年度`,
    compareTitle: (count) => `${count} 个部门比较`,
    compareTable: (count) => `${count} 个部门的支出与结构`,
    loadingDocuments: (loaded, total) => `正在加载报告（${loaded} / ${total}）…`,
    documentFailed: (department, reason) => `${department}的报告无法加载：${reason}`,
    item: '项目',
    total: '支出总计',
    basic: '基本支出',
    project: '项目支出',
    basicShare: '基本支出占比',
    projectShare: '项目支出占比',
    classShare: (code, name) => `${code} ${name} 占比`,
    threePublic: '“三公”经费',
    operating: '机关运行经费',
    notInDocument: '报告未列',
    budgetFinal: '预算与决算',
    budgetFinalCaption: (year) => `预算与决算对比（${year}）`,
    difference: '决算 − 预算',
    completionRate: '完成率',
    department: '部门',
    tableCaption: (kind, year) => `各部门${kind}支出（${year}）`,
    summary: (shown, kind, year, largest) => `${year}${kind}，共 ${shown} 个部门。${largest}`,
    largest: (department, amount) => `支出总计最多的是${department}，${amount}。`,
  },
  en: {
    heading: (title, shown, total) => `${title} (showing ${shown} of ${total})`,
    search: 'Search departments',
    searchPlaceholder: 'Department name',
    year: 'Year',
    allYears: 'All years',
    yearValue: (year) => `${year}`,
    kind: 'Kind',
    kinds: { budget: 'Budget (预算)', final: 'Final accounts (决算)' },
    scope: 'Scope',
    allScopes: 'All',
    scopes: { department: 'Department (部门)', unit: 'Unit (单位)' },
    columns: { name: 'Department', expenditure: 'Total expenditure', basic: 'Basic', project: 'Project', year: 'Year' },
    bars: 'Split',
    selectColumn: 'Select',
    choose: (department, year) => `Select ${department} ${year}`,
    compare: (count) => `Compare selected (${count})`,
    clear: 'Clear selection',
    showMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
    noMatch: 'No department matches.',
    row: (basic, project) => `basic ${basic}, project ${project}`,
    none: '—',
    back: 'Back to the list',
    reportOf: (department, year, kind) => `${department} ${year} ${kind}`,
    yearsOf: (department) => `${department}: years`,
    compareTitle: (count) => `${count} departments compared`,
    compareTable: (count) => `Expenditure and its structure, ${count} departments`,
    loadingDocuments: (loaded, total) => `Loading reports (${loaded} of ${total})…`,
    documentFailed: (department, reason) => `The report of ${department} could not be loaded: ${reason}`,
    item: 'Item',
    total: 'Total expenditure',
    basic: 'Basic expenditure',
    project: 'Project expenditure',
    basicShare: 'Basic share',
    projectShare: 'Project share',
    classShare: (code, name) => `${code} ${name} share`,
    threePublic: '"Three public" expenses (三公经费)',
    operating: 'Operating expenses (机关运行经费)',
    notInDocument: 'not in the report',
    budgetFinal: 'Budget and final accounts',
    budgetFinalCaption: (year) => `Budget against final accounts (${year})`,
    difference: 'Final − budget',
    completionRate: 'Completion rate',
    department: 'Department',
    tableCaption: (kind, year) => `Expenditure by department, ${kind} (${year})`,
    summary: (shown, kind, year, largest) => `${year}, ${kind}: ${shown} departments. ${largest}`,
    largest: (department, amount) => `The largest total expenditure is ${department}'s, ${amount}.`,
  },
};
