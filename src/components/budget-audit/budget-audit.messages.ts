import type { Catalog } from '../../i18n/lang.js';
import type { Severity } from '../../core/check/index.js';

export interface AuditMessages {
  title: (department: string) => string;
  counts: (errors: number, rounding: number, notes: number) => string;
  none: string;
  severity: Record<Severity, string>;
  severityHelp: Record<Severity, string>;
  show: string;
  figures: string;
  difference: (difference: string, tolerance?: string) => string;
  showSubject: (code: string) => string;
  tableCaption: string;
  rule: string;
  message: string;
  severityColumn: string;
}

export const AUDIT_MESSAGES: Catalog<AuditMessages> = {
  'zh-CN': {
    title: (department) => `${department}：报告内部一致性检查`,
    counts: (errors, rounding, notes) => `${errors} 处错误，${rounding} 处舍入差异，${notes} 条提示`,
    none: '未发现报告内部的不一致。',
    severity: { error: '错误', rounding: '舍入差异', note: '提示' },
    severityHelp: {
      error: '差额超出按报告精度可能产生的舍入误差',
      rounding: '差额在报告精度的舍入误差之内',
      note: '口径或表述问题，不一定是错误',
    },
    show: '显示',
    figures: '涉及的数字',
    difference: (difference, tolerance) => `差额 ${difference}${tolerance ? `（舍入容差 ${tolerance}）` : ''}`,
    showSubject: (code) => `查看科目 ${code}`,
    tableCaption: '检查结果',
    rule: '规则',
    message: '说明',
    severityColumn: '级别',
  },
  en: {
    title: (department) => `${department}: does the report agree with itself?`,
    counts: (errors, rounding, notes) => `${errors} error(s), ${rounding} rounding difference(s), ${notes} note(s)`,
    none: 'No inconsistency found in the report.',
    severity: { error: 'Error', rounding: 'Rounding', note: 'Note' },
    severityHelp: {
      error: 'the difference is larger than the report’s rounding can explain',
      rounding: 'the difference is within the report’s rounding',
      note: 'a matter of scope or wording, not necessarily an error',
    },
    show: 'Show',
    figures: 'Figures involved',
    difference: (difference, tolerance) => `Difference ${difference}${tolerance ? ` (rounding tolerance ${tolerance})` : ''}`,
    showSubject: (code) => `Show subject ${code}`,
    tableCaption: 'Findings',
    rule: 'Rule',
    message: 'Finding',
    severityColumn: 'Severity',
  },
};
