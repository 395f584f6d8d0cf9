import type { Catalog } from '../../i18n/lang.js';

export interface SplitMessages {
  title: (subject: string) => string;
  /** The view's name in exported files' titles and names. */
  viewName: string;
  whole: string;
  basic: string;
  project: string;
  personnel: string;
  publicUse: string;
  segment: (name: string, amount: string, share: string) => string;
  classification: string;
  department: string;
  government: string;
  bySubject: string;
  level: Record<'class' | 'section', string>;
  economicScope: string;
  itemsOf: (part: string) => string;
  itemsDiffer: (sum: string, stated: string) => string;
  row: (basic: string, project: string) => string;
  none: string;
  tableSplit: (subject: string) => string;
  tableItems: (part: string, classification: string) => string;
  tableSubjects: (level: string) => string;
  total: string;
  share: string;
}

export const SPLIT_MESSAGES: Catalog<SplitMessages> = {
  'zh-CN': {
    title: (subject) => `${subject}：基本支出与项目支出`,
    viewName: '基本支出与项目支出',
    whole: '支出合计',
    basic: '基本支出',
    project: '项目支出',
    personnel: '人员经费',
    publicUse: '公用经费',
    segment: (name, amount, share) => `${name} ${share}，${amount}`,
    classification: '经济分类口径',
    department: '部门预算支出经济分类',
    government: '政府预算支出经济分类',
    bySubject: '各功能分类科目的基本支出与项目支出',
    level: { class: '类', section: '款' },
    economicScope: '经济分类明细为全部门基本支出（表6），不按科目细分。',
    itemsOf: (part) => `${part}明细`,
    itemsDiffer: (sum, stated) => `注意：报告中各明细之和为${sum}，与所列合计${stated}不一致（按原文照录）。`,
    row: (basic, project) => `基本支出${basic}，项目支出${project}，合计`,
    none: '无',
    tableSplit: (subject) => `${subject}：基本支出与项目支出`,
    tableItems: (part, classification) => `${part}明细（${classification}）`,
    tableSubjects: (level) => `按功能分类（${level}）的基本支出与项目支出`,
    total: '合计',
    share: '占比',
  },
  en: {
    title: (subject) => `${subject}: basic and project expenditure`,
    viewName: 'Basic and project expenditure',
    whole: 'Total expenditure',
    basic: 'Basic expenditure',
    project: 'Project expenditure',
    personnel: 'Personnel',
    publicUse: 'Public use',
    segment: (name, amount, share) => `${name} ${share}, ${amount}`,
    classification: 'Economic classification',
    department: 'Departmental (部门预算支出经济分类)',
    government: 'Government (政府预算支出经济分类)',
    bySubject: 'Basic and project expenditure by function',
    level: { class: 'class', section: 'section' },
    economicScope: 'The economic breakdown is for the whole department (table 6), not per subject.',
    itemsOf: (part) => `${part}: items`,
    itemsDiffer: (sum, stated) => `Note: the report's items add up to ${sum}, not the stated ${stated} (kept as published).`,
    row: (basic, project) => `basic ${basic}, project ${project}, total`,
    none: 'none',
    tableSplit: (subject) => `${subject}: basic and project expenditure`,
    tableItems: (part, classification) => `${part}: items (${classification})`,
    tableSubjects: (level) => `Table: basic and project expenditure by function (${level})`,
    total: 'Total',
    share: 'Share',
  },
};
