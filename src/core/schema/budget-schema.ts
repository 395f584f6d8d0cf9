import { definitions } from './definitions.js';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` }) as const;

export const SCHEMA_ID = 'https://budget-viz.dev/schema/budget.schema.json';
export const SCHEMA_VERSION = '1.0';

const budgetDocument = {
  title: 'BudgetDocument',
  description: 'One published budget or final-accounts disclosure of one department or unit, normalised.',
  type: 'object',
  additionalProperties: false,
  required: ['type', 'schemaVersion', 'meta'],
  properties: {
    $schema: { type: 'string' },
    type: { const: 'budget-document' },
    schemaVersion: { const: SCHEMA_VERSION },
    meta: ref('Meta'),
    profile: ref('Profile'),
    summary: { description: '收支总表.', ...ref('BudgetSummary') },
    incomeBySubject: { description: '收入总表 by 功能分类.', ...ref('SubjectTable') },
    expenditureBySubject: { description: '支出总表 by 功能分类: total / basic / project.', ...ref('SubjectTable') },
    fiscalAppropriationSummary: { description: '财政拨款收支总表.', ...ref('BudgetSummary') },
    generalBudgetExpenditure: { description: '一般公共预算支出表.', ...ref('SubjectTable') },
    basicExpenditureByEconomic: { description: '一般公共预算基本支出分经济科目表.', ...ref('EconomicTable') },
    basicExpenditureByEconomicCode: {
      description: '一般公共预算基本支出 by economic classification code (301 / 30101, or 501 / 50101): Shanghai 表8, 决算 表6. A report that prints the table in both classifications keeps the first (the import warns).',
      ...ref('EconomicCodeTable'),
    },
    governmentFundExpenditure: { description: '政府性基金预算支出表.', ...ref('SubjectTable') },
    stateCapitalExpenditure: { description: '国有资本经营预算支出表.', ...ref('SubjectTable') },
    threePublicExpenses: ref('ThreePublicTable'),
    operatingExpenses: ref('OperatingExpensesTable'),
    projects: { description: '项目支出预算表 (本年预算).', ...ref('ProjectTable') },
    carriedOverProjects: { description: '项目支出预算表 (上年结转).', ...ref('ProjectTable') },
    departmentPerformance: ref('DepartmentPerformance'),
    procurement: ref('Procurement'),
    assets: ref('Assets'),
    claims: { type: 'array', items: ref('Claim') },
    priorYear: { type: 'array', items: ref('PriorYearFigure') },
    glossary: { description: '名词解释.', type: 'array', items: ref('GlossaryEntry') },
    notes: { description: '其他说明.', type: 'array', items: ref('Note') },
  },
} as const;

const count = (description: string) => ({ description, type: 'integer', minimum: 0 }) as const;
const sha256 = { description: 'SHA-256 of the file, lowercase hex, when it could be read.', type: 'string', pattern: '^[0-9a-f]{64}$' } as const;

const budgetCollection = {
  title: 'BudgetCollection',
  description: 'An index of several documents: years of one department, or departments of one region. `budget-viz import <folder>` writes one with what each report holds.',
  type: 'object',
  additionalProperties: false,
  required: ['type', 'schemaVersion', 'title', 'grouping', 'entries'],
  properties: {
    $schema: { type: 'string' },
    type: { const: 'budget-collection' },
    schemaVersion: { const: SCHEMA_VERSION },
    title: { type: 'string', minLength: 1 },
    grouping: { enum: ['years', 'departments', 'other'] },
    entries: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'department', 'fiscalYear', 'kind', 'href'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          department: { type: 'string', minLength: 1 },
          region: { description: 'meta.region.name of the document.', type: 'string', minLength: 1 },
          fiscalYear: { type: 'integer', minimum: 1949, maximum: 2100 },
          kind: { enum: ['budget', 'final'] },
          scope: { description: '"department" 部门 or "unit" 单位, as meta.scope.', enum: ['department', 'unit'] },
          href: { description: 'URL of the document, relative to the collection.', type: 'string', minLength: 1 },
          source: {
            description: "The report the document was imported from. Its SHA-256 is the document's meta.source.sha256: the index stays small enough for a region of thousands of reports.",
            type: 'object',
            additionalProperties: false,
            required: ['file'],
            properties: {
              file: { description: 'Path of the report relative to the imported folder, with "/" between folders.', type: 'string', minLength: 1 },
            },
          },
          totals: {
            description:
              "The document's headline figures in one unit: 收入总计 and 支出总计 of the 收支总表, 基本支出 and 项目支出 of the 支出总表. Two are left out when they follow exactly from the others, so that a region's index stays small: income when it equals expenditure, project when it equals expenditure − basic (read them so: see totalsOf in src/core/collection-index.ts). Any other absent figure is one the document lacks.",
            type: 'object',
            additionalProperties: false,
            required: ['unit'],
            properties: {
              unit: ref('MoneyUnit'),
              income: ref('Money'),
              expenditure: ref('Money'),
              basic: ref('Money'),
              project: ref('Money'),
            },
          },
          warnings: count('Warnings of the import: what it could not place.'),
          checks: {
            description: 'Findings of the reconciliation rules (budget-viz check) by severity.',
            type: 'object',
            additionalProperties: false,
            required: ['error', 'rounding', 'note'],
            properties: { error: count('Findings of severity error.'), rounding: count('Findings of severity rounding.'), note: count('Findings of severity note.') },
          },
        },
      },
    },
    failures: {
      description: 'Reports of the imported folder that could not be imported, with why.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'error'],
        properties: {
          file: { description: 'Path of the report relative to the imported folder.', type: 'string', minLength: 1 },
          sha256,
          error: {
            type: 'object',
            additionalProperties: false,
            required: ['zh', 'en'],
            properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
          },
        },
      },
    },
  },
} as const;

/** The budget-viz JSON Schema (2020-12): a document or a collection, told apart by `type`. */
export const budgetSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'budget-viz document',
  oneOf: [ref('BudgetDocument'), ref('BudgetCollection')],
  $defs: { BudgetDocument: budgetDocument, BudgetCollection: budgetCollection, ...definitions },
} as const;
