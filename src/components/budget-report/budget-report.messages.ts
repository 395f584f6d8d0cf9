import type { Catalog } from '../../i18n/lang.js';
import { unitLabel } from '../../core/format.js';
import type { MoneyUnit } from '../../core/schema/budget-types.generated.js';
import { tableNameEn } from '../../core/table-name.js';

export interface ReportMessages {
  title: (department: string, year: number, kind: 'budget' | 'final') => string;
  contents: string;
  sections: Record<'headline' | 'where' | 'split' | 'yoy' | 'projects' | 'summary' | 'audit' | 'glossary', string>;
  language: string;
  unit: string;
  print: string;
  threePublic: string;
  threePublicNone: string;
  threePublicLines: (total: string) => string;
  operating: string;
  operatingAmount: (amount: string) => string;
  operatingChange: (direction: string, amount: string, percent: string, comparedTo: string) => string;
  asStated: string;
  procurement: string;
  procurementLine: (total: string, goods: string, works: string, services: string) => string;
  assets: string;
  vehicles: (authorized: number, actual: number) => string;
  officeArea: (area: string) => string;
  equipment: (label: string, count: number) => string;
  increase: string;
  decrease: string;
  source: (title: string) => string;
  definitionOf: (term: string) => string;
  /** The accessible name of a glossary term in the text. */
  termLabel: (shown: string, term: string) => string;
  /** The assets line: the date (if any), then its parts. */
  assetsLine: (asOf: string | undefined, parts: string[]) => string;
  /** An option of the unit switch. */
  unitOption: (unit: MoneyUnit) => string;
  /** The name of the export of every table, in its file name. */
  allTables: string;
}

export const REPORT_MESSAGES: Catalog<ReportMessages> = {
  'zh-CN': {
    title: (department, year, kind) => `${department} ${year}年部门${kind === 'final' ? '决算' : '预算'}`,
    contents: '目录',
    sections: {
      headline: '收支总览',
      where: '支出去向：功能分类',
      split: '基本支出与项目支出',
      yoy: '与上年比较',
      projects: '项目支出与绩效目标',
      summary: '三公经费、机关运行经费、政府采购与国有资产',
      audit: '报告一致性检查',
      glossary: '名词解释',
    },
    language: '语言',
    unit: '单位',
    print: '打印',
    threePublic: '“三公”经费',
    threePublicNone: '本部门无“三公”经费预算',
    threePublicLines: (total) => `“三公”经费合计${total}`,
    operating: '机关运行经费',
    operatingAmount: (amount) => `机关运行经费${amount}`,
    operatingChange: (direction, amount, percent, comparedTo) => `，比${comparedTo}${direction}${amount}，${direction === '增加' ? '增长' : '下降'}${percent}%`,
    asStated: '（报告所述）',
    procurement: '政府采购',
    procurementLine: (total, goods, works, services) => `政府采购预算${total}：货物${goods}、工程${works}、服务${services}`,
    assets: '国有资产',
    vehicles: (authorized, actual) => `公务用车编制${authorized}辆，实有${actual}辆`,
    officeArea: (area) => `办公用房建筑面积${area}平方米`,
    equipment: (label, count) => `${label}：${count}台（套）`,
    increase: '增加',
    decrease: '减少',
    source: (title) => `数据来源：${title}`,
    definitionOf: (term) => `“${term}”的解释`,
    termLabel: (shown, term) => `${shown}：“${term}”的解释`,
    assetsLine: (asOf, parts) => `${asOf ? `截至${asOf}：` : ''}${parts.join('；')}`,
    unitOption: (unit) => unit,
    allTables: '所有表格',
  },
  en: {
    title: (department, year, kind) => `${department}: ${kind === 'final' ? 'final accounts' : 'budget'} ${year}`,
    contents: 'Contents',
    sections: {
      headline: 'Overview',
      where: 'Where the money goes: by function',
      split: 'Running costs and projects',
      yoy: 'Compared with last year',
      projects: 'Projects and their targets',
      summary: '"Three public" costs, operating costs, procurement and assets',
      audit: 'Does the report agree with itself?',
      glossary: 'Glossary (名词解释)',
    },
    language: 'Language',
    unit: 'Unit',
    print: 'Print',
    threePublic: '"Three public" costs (三公经费)',
    threePublicNone: 'The department has no "three public" costs in its budget',
    threePublicLines: (total) => `"Three public" costs: ${total}`,
    operating: 'Operating costs (机关运行经费)',
    operatingAmount: (amount) => `Operating costs ${amount}`,
    operatingChange: (direction, amount, percent, comparedTo) => `, ${direction} ${amount} (${percent}%) on ${comparedTo}`,
    asStated: ' (as stated in the report)',
    procurement: 'Government procurement',
    procurementLine: (total, goods, works, services) => `Procurement budget ${total}: goods ${goods}, works ${works}, services ${services}`,
    assets: 'State assets',
    vehicles: (authorized, actual) => `Official vehicles: ${authorized} allowed, ${actual} held`,
    officeArea: (area) => `Office space: ${area} m²`,
    equipment: (label, count) => `${label}: ${count}`,
    increase: 'up',
    decrease: 'down',
    source: (title) => `Source: ${tableNameEn(title)}`,
    definitionOf: (term) => `What "${term}" means`,
    termLabel: (shown, term) => `${shown}: what “${term}” means`,
    assetsLine: (asOf, parts) => `${asOf ? `as of ${asOf}: ` : ''}${parts.join('; ')}`,
    unitOption: (unit) => `${unitLabel(unit, 'en')} (${unit})`,
    allTables: 'All tables',
  },
};
