import type { BudgetDocument } from '../core/schema/budget-types.generated.js';
import { tableNameEn } from '../core/table-name.js';
import type { Catalog } from './lang.js';

/**
 * The words around an exported image. Apart from the shared messages so that they load with the
 * export code, only when a file is written.
 */
export interface ExportMessages {
  /** The image's title: department, year, kind of report, view. */
  title: (department: string, year: number, kind: BudgetDocument['meta']['kind'], view: string) => string;
  /** The image's source line: the report's title and the tables its figures come from. */
  source: (report: string, tables: readonly string[]) => string;
}

export const EXPORT_MESSAGES: Catalog<ExportMessages> = {
  'zh-CN': {
    title: (department, year, kind, view) => `${department} ${year}年${kind === 'final' ? '部门决算' : '部门预算'} · ${view}`,
    source: (report, tables) => `数据来源：${report}${tables.length > 0 ? ` ${tables.join('、')}` : ''}`,
  },
  en: {
    title: (department, year, kind, view) => `${department}: ${kind === 'final' ? 'final accounts' : 'budget'} ${year} · ${view}`,
    source: (report, tables) => `Source: ${report}${tables.length > 0 ? `, ${tables.map(tableNameEn).join(', ')}` : ''}`,
  },
};
