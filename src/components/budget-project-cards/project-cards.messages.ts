import type { Catalog } from '../../i18n/lang.js';

export interface ProjectCardMessages {
  cardsTitle: (department: string) => string;
  showing: (shown: number, total: number, amount: string) => string;
  exactYuan: (amount: string) => string;
  shareOfProjects: (share: string) => string;
  category: Record<'operating' | 'specific', string>;
  attribute: string;
  period: string;
  /** A label and its value in running text: "项目期：1年", "Period: 1年". */
  labelled: (label: string, value: string) => string;
  subject: (code: string) => string;
  inferred: string;
  inferredNote: string;
  expand: string;
  collapse: string;
  funding: string;
  texts: Record<'overview' | 'basis' | 'necessity' | 'measures' | 'plan', string>;
  truncated: string;
  goals: string;
  implementationGoal: string;
  annualGoal: string;
  indicators: string;
  level3: string;
  implementationValue: string;
  annualValue: string;
  comparator: Record<'≥' | '≤' | '>' | '<' | '=', string>;
  sort: string;
  sorts: Record<'report' | 'amount' | 'name', string>;
  categoryFilter: string;
  allCategories: string;
  search: string;
  subjectFilter: (code: string) => string;
  clearSubject: string;
  layout: string;
  layouts: Record<'compact' | 'expanded', string>;
  noMatch: string;
  department: string;
  departmentFunding: string;
  bySource: string;
  byDirection: string;
  basic: string;
  project: string;
  total: string;
  keyTasks: string;
  coreFunction: string;
  task: string;
  tableCaption: string;
  name: string;
  amount: string;
  share: string;
  code: string;
}

export const PROJECT_CARD_MESSAGES: Catalog<ProjectCardMessages> = {
  'zh-CN': {
    cardsTitle: (department) => `${department}：项目支出及绩效目标`,
    showing: (shown, total, amount) => `显示 ${total} 个项目中的 ${shown} 个，合计${amount}`,
    exactYuan: (amount) => `绩效目标表：${amount}`,
    shareOfProjects: (share) => `占项目支出${share}`,
    category: { operating: '运转类', specific: '特定目标类' },
    attribute: '项目属性',
    period: '项目期',
    labelled: (label, value) => `${label}：${value}`,
    subject: (code) => `科目 ${code}`,
    inferred: '推断',
    inferredNote: '报告未列出各项目的功能分类科目；“推断”表示按金额唯一对应得出。',
    expand: '展开详情',
    collapse: '收起详情',
    funding: '资金来源',
    texts: { overview: '项目概况', basis: '立项依据', necessity: '项目设立必要性', measures: '保证项目实施的制度、措施', plan: '项目实施计划' },
    truncated: '原文在此中断',
    goals: '总体目标',
    implementationGoal: '实施期目标',
    annualGoal: '年度目标',
    indicators: '绩效指标',
    level3: '三级指标',
    implementationValue: '实施期指标值',
    annualValue: '年度指标值',
    comparator: { '≥': '不低于', '≤': '不高于', '>': '高于', '<': '低于', '=': '目标' },
    sort: '排序',
    sorts: { report: '按报告顺序', amount: '按金额', name: '按名称' },
    categoryFilter: '项目类别',
    allCategories: '全部类别',
    search: '搜索项目',
    subjectFilter: (code) => `科目：${code}`,
    clearSubject: '清除科目筛选',
    layout: '布局',
    layouts: { compact: '紧凑', expanded: '展开' },
    noMatch: '没有符合条件的项目。',
    department: '部门整体支出绩效目标',
    departmentFunding: '年度预算',
    bySource: '按资金来源',
    byDirection: '按资金方向',
    basic: '基本支出',
    project: '项目支出',
    total: '合计',
    keyTasks: '年度重点任务',
    coreFunction: '核心职能',
    task: '重点任务',
    tableCaption: '项目支出',
    name: '项目名称',
    amount: '金额',
    share: '占比',
    code: '科目',
  },
  en: {
    cardsTitle: (department) => `${department}: projects and their performance targets`,
    showing: (shown, total, amount) => `Showing ${shown} of ${total} projects, ${amount} in all`,
    exactYuan: (amount) => `Performance form: ${amount}`,
    shareOfProjects: (share) => `${share} of project spending`,
    category: { operating: 'Operating', specific: 'Specific purpose' },
    attribute: 'Type',
    period: 'Period',
    labelled: (label, value) => `${label}: ${value}`,
    subject: (code) => `Subject ${code}`,
    inferred: 'inferred',
    inferredNote: 'The report does not give each project’s subject; "inferred" means the amounts match exactly one way.',
    expand: 'Show details',
    collapse: 'Hide details',
    funding: 'Funding',
    texts: { overview: 'Overview', basis: 'Basis', necessity: 'Why it is needed', measures: 'Safeguards', plan: 'Plan' },
    truncated: 'the published text stops here',
    goals: 'Goals',
    implementationGoal: 'Implementation period',
    annualGoal: 'This year',
    indicators: 'Performance indicators',
    level3: 'Indicator',
    implementationValue: 'Period target',
    annualValue: 'Annual target',
    comparator: { '≥': 'at least', '≤': 'at most', '>': 'over', '<': 'under', '=': 'target' },
    sort: 'Sort',
    sorts: { report: 'as in the report', amount: 'by amount', name: 'by name' },
    categoryFilter: 'Category',
    allCategories: 'All categories',
    search: 'Search projects',
    subjectFilter: (code) => `Subject: ${code}`,
    clearSubject: 'Clear the subject filter',
    layout: 'Layout',
    layouts: { compact: 'Compact', expanded: 'Expanded' },
    noMatch: 'No project matches.',
    department: 'Department-wide performance targets',
    departmentFunding: 'Annual budget',
    bySource: 'By source',
    byDirection: 'By use',
    basic: 'Basic expenditure',
    project: 'Project expenditure',
    total: 'Total',
    keyTasks: 'Key tasks of the year',
    coreFunction: 'Core function',
    task: 'Key task',
    tableCaption: 'Projects',
    name: 'Project',
    amount: 'Amount',
    share: 'Share',
    code: 'Subject',
  },
};
