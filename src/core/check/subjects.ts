/** Rules inside the tables by 功能分类科目 (表2, 表3, 表5, 政府性基金 and 国有资本经营 tables). */
import type { BudgetDocument, SubjectRow, SubjectTable } from '../schema/budget-types.generated.js';
import { columnName, keysOf, sumColumns, sumFinding } from './figures.js';
import type { Finding, Rule } from './types.js';

export const SUBJECT_TABLES = ['incomeBySubject', 'expenditureBySubject', 'generalBudgetExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure'] as const;
export type SubjectTableName = (typeof SUBJECT_TABLES)[number];

/** The subject tables of a document with their property names, in schema order. */
export function subjectTables(doc: BudgetDocument): { name: SubjectTableName; table: SubjectTable }[] {
  return SUBJECT_TABLES.flatMap((name) => (doc[name] ? [{ name, table: doc[name]! }] : []));
}

const LEVEL = { 3: { zh: '类', en: '类 (classes)' }, 5: { zh: '款', en: '款 (sections)' }, 7: { zh: '项', en: '项 (items)' } } as const;

/** The 款 rows under each 类 code and the 项 rows under each 类 and 款 code, in table order. */
interface Descendants {
  sections: Map<string, SubjectRow[]>;
  items: Map<string, SubjectRow[]>;
}

/** Groups a table's rows under their parents once, rather than reading the table for each parent. */
function descendantsOf(rows: readonly SubjectRow[]): Descendants {
  const sections = new Map<string, SubjectRow[]>();
  const items = new Map<string, SubjectRow[]>();
  const under = (map: Map<string, SubjectRow[]>, parent: string, row: SubjectRow) => (map.get(parent) ?? map.set(parent, []).get(parent)!).push(row);
  for (const row of rows) {
    if (row.code.length === 5) under(sections, row.code.slice(0, 3), row);
    if (row.code.length === 7) {
      under(items, row.code.slice(0, 3), row);
      under(items, row.code.slice(0, 5), row);
    }
  }
  return { sections, items };
}

/**
 * The rows a row is the sum of: its 款 for a 类, its 项 for a 款; a 类 whose 款 rows are not
 * printed (allowed by the schema) is the sum of its 项.
 */
function childrenOf(descendants: Descendants, parent: SubjectRow): { rows: SubjectRow[]; digits: 5 | 7 } | undefined {
  if (parent.code.length === 3) {
    const sections = descendants.sections.get(parent.code);
    if (sections) return { rows: sections, digits: 5 };
  }
  if (parent.code.length === 3 || parent.code.length === 5) {
    const items = descendants.items.get(parent.code);
    if (items) return { rows: items, digits: 7 };
  }
  return undefined;
}

/** subject-sums: see the rule's title. */
export const subjectSums: Rule = {
  id: 'subject-sums',
  title: {
    zh: '科目表中：合计 = 各类之和，类 = 其款之和，款 = 其项之和（每一列）',
    en: 'Subject tables: total = Σ classes (类), each class = Σ its sections (款), each section = Σ its items (项) (every column)',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { name, table } of subjectTables(doc)) {
      const keys = keysOf(table.columns);
      const classes = table.rows.filter((r) => r.code.length === 3);
      const total = sumFinding({
        rule: 'subject-sums', unit: table.unit, source: table.table,
        what: { zh: `${table.table} 合计`, en: `${table.table} total` },
        parts: { zh: `${classes.length} 个类`, en: `its ${classes.length} ${LEVEL[3].en}` },
        partsPath: [name, 'rows'],
        columns: sumColumns(table.columns, keys, table.total, [name, 'total'], classes.map((r) => r.amounts)),
      });
      if (total) findings.push(total);
      const descendants = descendantsOf(table.rows);
      table.rows.forEach((row, index) => {
        const children = childrenOf(descendants, row);
        if (!children) return;
        const level = LEVEL[children.digits];
        const f = sumFinding({
          rule: 'subject-sums', unit: table.unit, source: table.table,
          what: { zh: `${table.table} ${row.code} ${row.name}`, en: `${table.table} ${row.code} ${row.name}` },
          parts: { zh: `其 ${children.rows.length} 个${level.zh}`, en: `its ${children.rows.length} ${level.en}` },
          partsPath: [name, 'rows'],
          columns: sumColumns(table.columns, keys, row.amounts, [name, 'rows', index, 'amounts'], children.rows.map((r) => r.amounts)),
          subject: row.code,
        });
        if (f) findings.push(f);
      });
    }
    return findings;
  },
};

/** Expenditure columns of 支出决算表 beside 基本支出 and 项目支出, part of the row's 合计. */
const EXTRA_EXPENDITURE = ['remittanceToSuperior', 'businessExpenditure', 'subsidiaryGrants'] as const;

/** basic-plus-project: see the rule's title. */
export const basicPlusProject: Rule = {
  id: 'basic-plus-project',
  title: {
    zh: '支出表每一行及合计：合计 = 基本支出 + 项目支出（决算另加上缴上级支出、经营支出、对附属单位补助支出）',
    en: 'Expenditure tables, every row and the total: total = basic + project (in final accounts (决算) also + remittance to the higher level, business expenditure, grants to subsidiary units)',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { name, table } of subjectTables(doc)) {
      const keys = keysOf(table.columns);
      if (!keys.includes('total') || !keys.includes('basic') || !keys.includes('project')) continue;
      const extras = EXTRA_EXPENDITURE.filter((k) => keys.includes(k));
      const parts = {
        zh: ['基本支出', '项目支出', ...extras.map((k) => columnName(table.columns, k).zh)].join('、'),
        en: ['basic', 'project', ...extras.map((k) => columnName(table.columns, k).en)].join(', ') + ' expenditure',
      };
      const rows = [
        { label: '合计', amounts: table.total, path: [name, 'total'] as (string | number)[], code: undefined as string | undefined },
        ...table.rows.map((r, i) => ({ label: `${r.code} ${r.name}`, amounts: r.amounts, path: [name, 'rows', i, 'amounts'] as (string | number)[], code: r.code as string | undefined })),
      ];
      for (const row of rows) {
        const columns = sumColumns(table.columns, ['total'], row.amounts, row.path, [row.amounts.basic, row.amounts.project, ...extras.map((k) => row.amounts[k])].map((total) => ({ total })));
        const f = sumFinding({
          rule: 'basic-plus-project', unit: table.unit, source: table.table,
          what: { zh: `${table.table} ${row.label}`, en: `${table.table} ${row.label}` },
          parts: extras.length ? parts : { zh: '基本支出与项目支出', en: 'basic and project expenditure' },
          partsPath: row.path,
          columns,
          ...(row.code ? { subject: row.code } : {}),
        });
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};
