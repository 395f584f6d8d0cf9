import type { Catalog } from '../../i18n/lang.js';
import type { Severity } from '../../core/check/index.js';
import { D } from '../../core/decimal.js';
import { formatNumber } from '../../core/format.js';

/**
 * A count with thousands grouped, as both languages print figures: 9184 → "9,184". Not
 * toLocaleString: its first call loads the locale's number data, tens of milliseconds of a
 * report's first render.
 */
const n = (count: number) => formatNumber(new D(count), 'en', { minDecimals: 0 });

export interface AuditMessages {
  title: (department: string) => string;
  counts: (errors: number, rounding: number, notes: number) => string;
  none: string;
  /** In place of the counts while the rules run. */
  checking: string;
  severity: Record<Severity, string>;
  severityHelp: Record<Severity, string>;
  show: string;
  /** A severity's checkbox: its name and how many findings of it the report has. */
  filterLabel: (severity: string, count: number) => string;
  figures: string;
  difference: (difference: string, tolerance?: string) => string;
  showSubject: (code: string) => string;
  tableCaption: string;
  rule: string;
  message: string;
  severityColumn: string;
  /** After a rule's title: how many of its findings pass the filter. */
  groupCount: (count: number) => string;
  /** The button under a rule's findings that draws the next ones. */
  showMore: (next: number, remaining: number) => string;
  /** Name of the group of buttons that page through the table. */
  tablePages: string;
  firstPage: string;
  previousPage: string;
  nextPage: string;
  lastPage: string;
  /** Which rows of the table are shown: 1-based first and last, and of how many. */
  pageStatus: (first: number, last: number, total: number) => string;
  /** In place of the findings when the filter leaves none. */
  noneShown: string;
}

export const AUDIT_MESSAGES: Catalog<AuditMessages> = {
  'zh-CN': {
    title: (department) => `${department}：报告内部一致性检查`,
    counts: (errors, rounding, notes) => `${n(errors)} 处错误，${n(rounding)} 处舍入差异，${n(notes)} 条提示`,
    none: '未发现报告内部的不一致。',
    checking: '核查中：正在逐条核对各表与说明……',
    severity: { error: '错误', rounding: '舍入差异', note: '提示' },
    severityHelp: {
      error: '差额超出按报告精度可能产生的舍入误差',
      rounding: '差额在报告精度的舍入误差之内',
      note: '口径或表述问题，不一定是错误',
    },
    show: '显示',
    filterLabel: (severity, count) => `${severity} (${n(count)})`,
    figures: '涉及的数字',
    difference: (difference, tolerance) => `差额 ${difference}${tolerance ? `（舍入容差 ${tolerance}）` : ''}`,
    showSubject: (code) => `查看科目 ${code}`,
    tableCaption: '检查结果',
    rule: '规则',
    message: '说明',
    severityColumn: '级别',
    groupCount: (count) => `${n(count)} 条`,
    showMore: (next, remaining) => `再显示 ${n(next)} 条（还有 ${n(remaining)} 条）`,
    tablePages: '检查结果分页',
    firstPage: '第一页',
    previousPage: '上一页',
    nextPage: '下一页',
    lastPage: '最后一页',
    pageStatus: (first, last, total) => `第 ${n(first)}–${n(last)} 条，共 ${n(total)} 条`,
    noneShown: '没有所选级别的检查结果。',
  },
  en: {
    title: (department) => `${department}: does the report agree with itself?`,
    counts: (errors, rounding, notes) => `${n(errors)} error(s), ${n(rounding)} rounding difference(s), ${n(notes)} note(s)`,
    none: 'No inconsistency found in the report.',
    checking: 'Checking the tables and statements against each other…',
    severity: { error: 'Error', rounding: 'Rounding', note: 'Note' },
    severityHelp: {
      error: 'the difference is larger than the report’s rounding can explain',
      rounding: 'the difference is within the report’s rounding',
      note: 'a matter of scope or wording, not necessarily an error',
    },
    show: 'Show',
    filterLabel: (severity, count) => `${severity} (${n(count)})`,
    figures: 'Figures involved',
    difference: (difference, tolerance) => `Difference ${difference}${tolerance ? ` (rounding tolerance ${tolerance})` : ''}`,
    showSubject: (code) => `Show subject ${code}`,
    tableCaption: 'Findings',
    rule: 'Rule',
    message: 'Finding',
    severityColumn: 'Severity',
    groupCount: (count) => `${n(count)} ${count === 1 ? 'finding' : 'findings'}`,
    showMore: (next, remaining) => `Show ${n(next)} more (${n(remaining)} left)`,
    tablePages: 'Pages of findings',
    firstPage: 'First page',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    lastPage: 'Last page',
    pageStatus: (first, last, total) => `Findings ${n(first)}–${n(last)} of ${n(total)}`,
    noneShown: 'No finding of the chosen severities.',
  },
};
