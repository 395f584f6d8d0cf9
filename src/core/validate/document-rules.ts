import type {
  Amounts,
  BudgetCollection,
  BudgetDocument,
  Column,
  EconomicCodeTable,
  SubjectTable,
} from '../schema/budget-types.generated.js';
import { makeIssue, type PathSegment, type ValidationIssue } from './issue.js';

/** A section that states its table and columns; its rows' amounts are checked against them. */
interface ColumnedSection {
  table: string;
  unit: string;
  columns: Column[];
}

/**
 * Rules the schema cannot say: references between parts of a document, amounts keyed by the
 * columns their table declares, and 科目 codes that fit together. Run only on a document that
 * already has the schema's shape.
 */
export function checkDocumentRules(doc: BudgetDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const tables = new Map(doc.meta.tables.map((table) => [table.id, table]));
  checkUnique(doc.meta.tables.map((t) => t.id), ['meta', 'tables'], 'id', issues);

  const sections: [string, ColumnedSection | undefined][] = [
    ['summary', doc.summary],
    ['incomeBySubject', doc.incomeBySubject],
    ['expenditureBySubject', doc.expenditureBySubject],
    ['fiscalAppropriationSummary', doc.fiscalAppropriationSummary],
    ['generalBudgetExpenditure', doc.generalBudgetExpenditure],
    ['basicExpenditureByEconomic', doc.basicExpenditureByEconomic],
    ['governmentFundExpenditure', doc.governmentFundExpenditure],
    ['stateCapitalExpenditure', doc.stateCapitalExpenditure],
    ['basicExpenditureByEconomicCode', doc.basicExpenditureByEconomicCode],
    ['threePublicExpenses', doc.threePublicExpenses],
    ['operatingExpenses', doc.operatingExpenses],
    ['projects', doc.projects],
    ['carriedOverProjects', doc.carriedOverProjects],
  ];
  for (const [name, section] of sections) {
    if (!section) continue;
    const table = tables.get(section.table);
    if (!table) {
      issues.push(makeIssue([name, 'table'], 'table.unknown', tableExpectation([...tables.keys()]), section.table));
    } else if (table.unit && table.unit !== section.unit) {
      issues.push(makeIssue([name, 'unit'], 'table.unit', { zh: `表 ${table.id} 的单位 "${table.unit}"`, en: `the unit of table ${table.id}, "${table.unit}"` }, section.unit));
    }
    checkUnique(section.columns.map((c) => c.key), [name, 'columns'], 'key', issues);
    // A set, read once per amount: a list repeating a key (reported above) would be read per key.
    const keys = new Set(section.columns.map((c) => c.key));
    visitAmounts(name, section, (amounts, path) => checkAmountKeys(amounts, keys, path, issues));
  }
  for (const name of ['incomeBySubject', 'expenditureBySubject', 'generalBudgetExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure'] as const) {
    const table = doc[name];
    if (table) checkSubjectCodes(table, [name], issues);
  }
  if (doc.basicExpenditureByEconomicCode) checkEconomicCodes(doc.basicExpenditureByEconomicCode, ['basicExpenditureByEconomicCode'], issues);
  checkProjectIds(doc, issues);
  const claimIds = (doc.claims ?? []).map((c) => c.id);
  checkUnique(claimIds, ['claims'], 'id', issues);
  // A set: searching the list of claims for each prior-year figure is quadratic in a large document.
  const knownClaims = new Set(claimIds);
  (doc.priorYear ?? []).forEach((figure, index) => {
    if (figure.claim !== undefined && !knownClaims.has(figure.claim)) {
      issues.push(makeIssue(['priorYear', index, 'claim'], 'claim.unknown', { zh: '本文档中某条说明的 id', en: 'the id of a claim in this document' }, figure.claim));
    }
    if (figure.fiscalYear >= doc.meta.fiscalYear) {
      issues.push(makeIssue(['priorYear', index, 'fiscalYear'], 'priorYear.year', { zh: `早于 ${doc.meta.fiscalYear} 的年度`, en: `a year before ${doc.meta.fiscalYear}` }, figure.fiscalYear));
    }
  });
  return issues;
}

/** Rules for a collection: entry ids are unique. */
export function checkCollectionRules(collection: BudgetCollection): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkUnique(collection.entries.map((e) => e.id), ['entries'], 'id', issues);
  return issues;
}

interface AmountRow {
  amounts: Amounts;
  items?: { amounts: Amounts }[];
  projects?: { amounts: Amounts }[];
}

/** Called for each Amounts object of a section; `path` builds its JSON path, wanted only for an issue. */
type AmountsVisitor = (amounts: Amounts, path: () => PathSegment[]) => void;

/**
 * Every Amounts object of a section: totals, rows, and rows nested in rows. Paths are built only
 * when asked for: a large table has tens of thousands of rows and almost never an issue.
 */
function visitAmounts(name: string, section: ColumnedSection, visit: AmountsVisitor): void {
  const fields = section as unknown as Record<string, unknown>;
  for (const key of ['total', 'expenditureTotal', 'yearEndCarryOver', 'expenditureGrandTotal', 'personnelTotal', 'publicUseTotal']) {
    if (fields[key]) visit(fields[key] as Amounts, () => [name, key]);
  }
  for (const listKey of ['rows', 'expenditure', 'lines', 'units', 'groups']) {
    const list = (fields[listKey] ?? []) as AmountRow[];
    for (let i = 0; i < list.length; i++) {
      const row = list[i];
      visit(row.amounts, () => [name, listKey, i, 'amounts']);
      for (const childKey of ['items', 'projects'] as const) {
        const children = row[childKey];
        if (!children) continue;
        for (let j = 0; j < children.length; j++) visit(children[j].amounts, () => [name, listKey, i, childKey, j, 'amounts']);
      }
    }
  }
}

function checkAmountKeys(amounts: Amounts, keys: ReadonlySet<string>, path: () => PathSegment[], issues: ValidationIssue[]) {
  // The usual case, every key declared and as many as declared, costs one pass and no allocation.
  let declared = 0;
  for (const key in amounts) {
    if (!Object.hasOwn(amounts, key)) continue;
    if (!keys.has(key)) {
      declared = -1;
      break;
    }
    declared++;
  }
  if (declared === keys.size) return;
  for (const key of Object.keys(amounts)) {
    if (!keys.has(key)) {
      const list = [...keys].join(', ');
      issues.push(makeIssue([...path(), key], 'column.undeclared', { zh: `本表已声明的列之一（${list}）`, en: `one of the table's declared columns (${list})` }, amounts[key as keyof Amounts]));
    }
  }
  for (const key of keys) {
    if (!(key in amounts)) {
      issues.push(makeIssue([...path(), key], 'column.missing', { zh: `列 "${key}" 的金额（空白单元格记为 "0"）`, en: `an amount for column "${key}" (a blank cell is "0")` }, undefined));
    }
  }
}

/**
 * 科目 codes are unique within a table, and every 款 and 项 has its 类 row: a row whose 类 is
 * absent cannot be placed or named (an orphan). A missing 款 between a 类 and its 项 is allowed;
 * the hierarchy stands in for it.
 */
function checkSubjectCodes(table: SubjectTable, path: PathSegment[], issues: ValidationIssue[]) {
  const codes = new Set<string>();
  table.rows.forEach((row, index) => {
    if (codes.has(row.code)) {
      issues.push(makeIssue([...path, 'rows', index, 'code'], 'subject.duplicate', { zh: '本表中唯一的科目编码', en: 'a subject code not used by another row of this table' }, row.code));
    }
    codes.add(row.code);
  });
  table.rows.forEach((row, index) => {
    const classCode = row.code.slice(0, 3);
    if (row.code.length > 3 && !codes.has(classCode)) {
      issues.push(makeIssue([...path, 'rows', index, 'code'], 'subject.orphan', { zh: `其所属类 "${classCode}" 在本表中有对应行的科目编码`, en: `a subject code whose 类 "${classCode}" has a row in this table` }, row.code));
    }
  });
}

const ECONOMIC_PREFIX = { department: '3', government: '5' } as const;
const ECONOMIC_NAME = { department: { zh: '部门预算支出经济分类', en: 'the departmental economic classification' }, government: { zh: '政府预算支出经济分类', en: 'the government economic classification' } } as const;

/**
 * Economic codes fit their table: each belongs to the table's classification (部门 3xx, 政府
 * 5xx), is unique, and a 款 has its 类 row (in the same half, for a table printed in halves).
 * The table has a 合计 row or both part totals; rows say their half in every row or in none.
 */
function checkEconomicCodes(table: EconomicCodeTable, path: PathSegment[], issues: ValidationIssue[]) {
  const prefix = ECONOMIC_PREFIX[table.classification];
  const named = ECONOMIC_NAME[table.classification];
  const rows = new Map<string, EconomicCodeTable['rows'][number]>();
  table.rows.forEach((row, index) => {
    if (row.code[0] !== prefix) {
      issues.push(makeIssue([...path, 'rows', index, 'code'], 'economic.classification', { zh: `${named.zh}的编码（以 ${prefix} 开头）`, en: `a code of ${named.en} (starting with ${prefix})` }, row.code));
    }
    if (rows.has(row.code)) {
      issues.push(makeIssue([...path, 'rows', index, 'code'], 'economic.duplicate', { zh: '本表中唯一的经济分类编码', en: 'an economic code not used by another row of this table' }, row.code));
    } else rows.set(row.code, row);
  });
  table.rows.forEach((row, index) => {
    if (row.code.length === 3) return;
    const parent = rows.get(row.code.slice(0, 3));
    if (!parent || parent.part !== row.part) {
      issues.push(makeIssue([...path, 'rows', index, 'code'], 'economic.orphan', { zh: `其所属类 "${row.code.slice(0, 3)}" 在本表${row.part ? '同一半' : ''}中有对应行的编码`, en: `a code whose 类 "${row.code.slice(0, 3)}" has a row in this table${row.part ? ' (in the same half)' : ''}` }, row.code));
    }
  });
  const withPart = table.rows.filter((row) => row.part !== undefined).length;
  if (withPart > 0 && withPart < table.rows.length) {
    const index = table.rows.findIndex((row) => row.part === undefined);
    issues.push(makeIssue([...path, 'rows', index, 'part'], 'economic.part', { zh: '与本表其他行一样注明所在的半表（personnel 或 publicUse）', en: 'the half the row stands in (personnel or publicUse), as the other rows of this table state' }, undefined));
  }
  if (!table.total && !(table.personnelTotal && table.publicUseTotal)) {
    issues.push(makeIssue([...path, 'total'], 'economic.total', { zh: '合计行，或人员经费合计与公用经费合计两行', en: 'a 合计 row, or both the 人员经费合计 and 公用经费合计 rows' }, undefined));
  }
}

/** Project ids are unique across the current-year and carried-over project tables. */
function checkProjectIds(doc: BudgetDocument, issues: ValidationIssue[]) {
  const seen = new Set<string>();
  for (const name of ['projects', 'carriedOverProjects'] as const) {
    doc[name]?.units.forEach((unit, i) =>
      unit.projects.forEach((project, j) => {
        if (seen.has(project.id)) {
          issues.push(makeIssue([name, 'units', i, 'projects', j, 'id'], 'unique', { zh: '不重复的项目 id', en: 'a project id not used before' }, project.id));
        }
        seen.add(project.id);
      }),
    );
  }
}

function checkUnique(values: readonly string[], path: PathSegment[], field: string, issues: ValidationIssue[]) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      issues.push(makeIssue([...path, index, field], 'unique', { zh: `不重复的 ${field}`, en: `a ${field} not used before` }, value));
    }
    seen.add(value);
  });
}

function tableExpectation(ids: string[]) {
  return { zh: `meta.tables 中的表（${ids.join('、')}）`, en: `a table listed in meta.tables (${ids.join(', ')})` };
}
