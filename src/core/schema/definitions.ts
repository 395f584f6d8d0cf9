/**
 * Building blocks of the budget JSON Schema (JSON Schema 2020-12).
 *
 * The schema is written here, in TypeScript, and is the single source of truth:
 * `npm run schema` writes `schema/budget.schema.json` and the TypeScript types
 * (`src/core/schema/budget-types.generated.ts`) from it, and a test fails when either is stale.
 */

import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../decimal.js';

const ref = (name: string) => ({ $ref: `#/$defs/${name}` }) as const;

/** Column keys of the report's amount tables: what a column means, whatever the report calls it. */
export const COLUMN_KEYS = [
  'total',
  'currentYear',
  'carryOver',
  'basic',
  'project',
  'personnel',
  'publicUse',
  'generalPublicBudget',
  'governmentFund',
  'stateCapital',
  'socialInsuranceFund',
  'fiscalSpecialAccount',
  'unitFunds',
  'fiscalAppropriation',
  'superiorSubsidy',
  'serviceIncome',
  'businessIncome',
  'subsidiaryRemittance',
  'otherIncome',
  'remittanceToSuperior',
  'businessExpenditure',
  'subsidiaryGrants',
] as const;

/** Sources of funds as the reports name them (一般公共预算 ... 上年结转). */
export const FUNDING_SOURCES = [
  'generalPublicBudget',
  'governmentFund',
  'stateCapital',
  'socialInsuranceFund',
  'fiscalSpecialAccount',
  'unitFunds',
  'carryOver',
] as const;

/** A plain decimal of at most {@link MAX_INTEGER_DIGITS} digits before the point and {@link MAX_FRACTION_DIGITS} after. */
const BOUNDED_DECIMAL = `^(0|[1-9][0-9]{0,${MAX_INTEGER_DIGITS - 1}})(\\.[0-9]{1,${MAX_FRACTION_DIGITS}})?$`;

export const definitions = {
  Money: {
    description:
      'A non-negative amount as a plain decimal string exactly as published ("484.55", "0"); never a JSON number. A blank cell in the report is recorded as "0". At most 20 digits before the point and 10 after, so that sums stay exact. Its unit is the `unit` of the enclosing table or section.',
    type: 'string',
    pattern: BOUNDED_DECIMAL,
  },
  Percent: {
    description: 'A percentage as a plain decimal string, as stated ("15.50", "15.5", "100"); at most 20 digits before the point and 10 after.',
    type: 'string',
    pattern: BOUNDED_DECIMAL,
  },
  MoneyUnit: {
    description: 'The unit of amounts: 元, 万元 (10,000 yuan) or 亿元 (100 million yuan).',
    enum: ['元', '万元', '亿元'],
  },
  ColumnKey: {
    description:
      'What an amount column means. total 合计; currentYear 当年预算; carryOver 上年结转; basic 基本支出; project 项目支出; personnel 人员经费; publicUse 公用经费; the funding sources generalPublicBudget 一般公共预算, governmentFund 政府性基金, stateCapital 国有资本经营, socialInsuranceFund 社会保险基金, fiscalSpecialAccount 财政专户管理资金, unitFunds 单位资金; the income columns of 收入总表 / 收入决算表 fiscalAppropriation 财政拨款收入 (the three fiscal budgets together), superiorSubsidy 上级补助收入, serviceIncome 事业收入, businessIncome 事业单位经营收入 / 经营收入, subsidiaryRemittance 附属单位上缴收入, otherIncome 其他收入; the expenditure columns of 支出决算表 beside 基本支出 and 项目支出: remittanceToSuperior 上缴上级支出, businessExpenditure 经营支出, subsidiaryGrants 对附属单位补助支出. A row\'s 合计 is the sum of its income columns, or of basic, project and those three expenditure columns.',
    enum: [...COLUMN_KEYS],
  },
  FundingSource: {
    description: 'A source of funds.',
    enum: [...FUNDING_SOURCES],
  },
  SubjectCode: {
    description:
      '功能分类科目编码: 类 3 digits, 款 5 digits, 项 7 digits; a 款 starts with its 类 code and a 项 with its 款 code.',
    type: 'string',
    pattern: '^[0-9]{3}([0-9]{2}([0-9]{2})?)?$',
  },
  TableId: {
    description: 'Key of a table in `meta.tables` ("表1").',
    type: 'string',
    minLength: 1,
  },
  Text: { type: 'string', minLength: 1 },
  Amounts: {
    description: 'Amounts of one row by column key; the keys are the table\'s declared columns.',
    type: 'object',
    propertyNames: ref('ColumnKey'),
    additionalProperties: ref('Money'),
    minProperties: 1,
  },
  Column: {
    type: 'object',
    additionalProperties: false,
    required: ['key', 'label'],
    properties: {
      key: ref('ColumnKey'),
      label: { description: 'The column heading as published.', ...ref('Text') },
    },
  },
  Columns: { type: 'array', items: ref('Column'), minItems: 1 },
  SourceRef: {
    description: 'Where figures stand in the imported text, so a reader can open the report at that place.',
    type: 'object',
    additionalProperties: false,
    required: ['line'],
    properties: {
      line: { description: '1-based line of the imported text (the row\'s own line).', type: 'integer', minimum: 1 },
      page: { description: '1-based page of the report.', type: 'integer', minimum: 1 },
      inferred: {
        description: 'True when the text did not show which column a figure stands in and the importer chose it from the report\'s own sums (a finding about it may be an import problem).',
        type: 'boolean',
      },
    },
  },
  Provenance: {
    description: 'Where each row of a table was read, by its path inside the table ("total", "rows/3", "income/0", "groups/1/items/2").',
    type: 'object',
    propertyNames: { type: 'string', pattern: '^[A-Za-z]+(/[0-9]+(/[A-Za-z]+/[0-9]+)?)?$' },
    additionalProperties: ref('SourceRef'),
  },
  TableInfo: {
    description: 'One table of the report, in the report\'s own numbering.',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'status'],
    properties: {
      id: ref('TableId'),
      heading: { description: 'The heading above the table ("表一").', type: 'string' },
      label: { description: 'The label printed on the table ("预算公开表1").', type: 'string' },
      title: ref('Text'),
      unit: ref('MoneyUnit'),
      status: {
        description:
          '"data": the table has figures; "empty": the report prints the table with "本表无数据". A table the report does not have is simply not listed.',
        enum: ['data', 'empty'],
      },
    },
  },
  Meta: {
    type: 'object',
    additionalProperties: false,
    required: ['department', 'region', 'level', 'fiscalYear', 'kind', 'scope', 'currency', 'unit', 'source', 'tables'],
    properties: {
      department: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: ref('Text'),
          code: { description: '主管部门代码 ("027").', type: 'string' },
          nameEn: { type: 'string' },
        },
      },
      region: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: ref('Text'),
          path: {
            description: 'Enclosing regions from the province down ("山西省", "吕梁市", "汾阳市").',
            type: 'array',
            items: ref('Text'),
          },
          code: { description: '行政区划代码, when known.', type: 'string' },
        },
      },
      level: {
        description: 'Administrative level of the budget: central, province, city (地市), county (县/区/县级市), township (乡镇/街道).',
        enum: ['central', 'province', 'city', 'county', 'township'],
      },
      fiscalYear: { type: 'integer', minimum: 1949, maximum: 2100 },
      kind: { description: '"budget" 预算 or "final" 决算.', enum: ['budget', 'final'] },
      scope: { description: '"department" 部门 or "unit" 单位.', enum: ['department', 'unit'] },
      currency: { const: 'CNY' },
      unit: { description: 'The unit of the report\'s tables.', ...ref('MoneyUnit') },
      source: {
        type: 'object',
        additionalProperties: false,
        required: ['title'],
        properties: {
          title: ref('Text'),
          date: { description: 'Publication or filing date, ISO 8601, when stated.', type: 'string' },
          url: { type: 'string' },
          file: { description: 'The file the document was made from.', type: 'string' },
          sha256: { description: 'SHA-256 of that file, lowercase hex (`budget-viz import <folder>` records it): which bytes the figures come from.', type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
      },
      tables: { type: 'array', items: ref('TableInfo') },
    },
  },
  Profile: {
    description: '第一部分 概况 and the department part of the 整体支出绩效目标申报表.',
    type: 'object',
    additionalProperties: false,
    properties: {
      duties: { description: '本部门职责, one item per numbered duty.', type: 'array', items: ref('Text') },
      dutiesSummary: { description: '部门职责 as summarised in the 整体绩效目标表.', type: 'string' },
      organisation: { description: '机构设置情况 as published.', type: 'string' },
      internalDivisions: { description: '内设职能部门数.', type: 'integer', minimum: 0 },
      budgetUnits: { description: '所属预算单位数.', type: 'integer', minimum: 0 },
      staffing: {
        type: 'object',
        additionalProperties: false,
        properties: {
          authorized: { description: '核定的人员编制数.', type: 'integer', minimum: 0 },
          actual: { description: '实际在职人员总数.', type: 'integer', minimum: 0 },
          onEstablishment: { description: '其中: 在编人员数.', type: 'integer', minimum: 0 },
          other: { description: '其他人员数 (absent when the report leaves it blank).', type: 'integer', minimum: 0 },
        },
      },
      strategicGoal: { description: '部门战略目标.', type: 'string' },
    },
  },
  SummaryIncomeLine: {
    type: 'object',
    additionalProperties: false,
    required: ['label', 'amount'],
    properties: {
      ordinal: { description: 'The line\'s number in the report ("一、" → 1), when it has one.', type: 'integer', minimum: 1 },
      label: ref('Text'),
      source: ref('FundingSource'),
      amount: ref('Money'),
    },
  },
  SummaryExpenditureLine: {
    type: 'object',
    additionalProperties: false,
    required: ['label', 'amounts'],
    properties: {
      ordinal: { description: 'The row\'s number in the report ("一、" → 1).', type: 'integer', minimum: 1 },
      label: ref('Text'),
      amounts: ref('Amounts'),
    },
  },
  BudgetSummary: {
    description: '收支总表 (表1) or 财政拨款收支总表 (表4): income by source beside expenditure by 类.',
    type: 'object',
    additionalProperties: false,
    required: ['table', 'unit', 'columns', 'income', 'incomeTotal', 'incomeGrandTotal', 'expenditure', 'expenditureTotal', 'expenditureGrandTotal'],
    properties: {
      table: ref('TableId'),
      provenance: ref('Provenance'),
      unit: ref('MoneyUnit'),
      columns: { description: 'The expenditure columns.', ...ref('Columns') },
      income: { description: '本年收入 by source.', type: 'array', items: ref('SummaryIncomeLine') },
      incomeTotal: { description: '本年收入合计.', ...ref('Money') },
      carryOverIncome: { description: '上年结转 lines (表4 splits them by source).', type: 'array', items: ref('SummaryIncomeLine') },
      incomeGrandTotal: { description: '收入总计.', ...ref('Money') },
      expenditure: { type: 'array', items: ref('SummaryExpenditureLine') },
      expenditureTotal: { description: '本年支出合计.', ...ref('Amounts') },
      yearEndCarryOver: { description: '年终结转.', ...ref('Amounts') },
      expenditureGrandTotal: { description: '支出总计.', ...ref('Amounts') },
    },
  },
  SubjectRow: {
    type: 'object',
    additionalProperties: false,
    required: ['code', 'name', 'amounts'],
    properties: {
      code: ref('SubjectCode'),
      name: ref('Text'),
      amounts: ref('Amounts'),
    },
  },
  SubjectTable: {
    description: 'A table by 功能分类科目 (表2, 表3, 表5, 表8 ...): a total row and one row per 类/款/项 code, in report order.',
    type: 'object',
    additionalProperties: false,
    required: ['table', 'unit', 'columns', 'total', 'rows'],
    properties: {
      table: ref('TableId'),
      provenance: ref('Provenance'),
      unit: ref('MoneyUnit'),
      columns: ref('Columns'),
      total: { description: 'The 合计 row.', ...ref('Amounts') },
      rows: { type: 'array', items: ref('SubjectRow') },
    },
  },
  EconomicItem: {
    type: 'object',
    additionalProperties: false,
    required: ['departmentItem', 'governmentItem', 'amounts'],
    properties: {
      departmentItem: { description: '部门预算支出经济分类 款 name.', ...ref('Text') },
      governmentItem: { description: '政府预算支出经济分类 name, as published.', ...ref('Text') },
      amounts: ref('Amounts'),
    },
  },
  EconomicGroup: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'amounts', 'items'],
    properties: {
      name: { description: '部门预算支出经济分类 类 name (工资福利支出 ...).', ...ref('Text') },
      amounts: ref('Amounts'),
      items: { type: 'array', items: ref('EconomicItem') },
    },
  },
  EconomicTable: {
    description: '基本支出分经济科目表 (表6): groups by 部门预算支出经济分类 类, items pairing the 部门 and 政府 economic classifications, split into 人员经费 and 公用经费.',
    type: 'object',
    additionalProperties: false,
    required: ['table', 'unit', 'columns', 'total', 'groups'],
    properties: {
      table: ref('TableId'),
      provenance: ref('Provenance'),
      unit: ref('MoneyUnit'),
      columns: ref('Columns'),
      total: ref('Amounts'),
      groups: { type: 'array', items: ref('EconomicGroup') },
    },
  },
  EconomicCode: {
    description:
      '支出经济分类科目编码: 类 3 digits, 款 5 digits (its 类 code and two more; "301 01" printed in two columns is "30101"). 部门预算支出经济分类 codes start with 3 (301 工资福利支出, 30101 基本工资), 政府预算支出经济分类 codes with 5 (501 机关工资福利支出, 50101 工资奖金津补贴).',
    type: 'string',
    pattern: '^[35][0-9]{2}([0-9]{2})?$',
  },
  EconomicCodeRow: {
    type: 'object',
    additionalProperties: false,
    required: ['code', 'name', 'amounts'],
    properties: {
      code: ref('EconomicCode'),
      name: { description: '经济分类科目名称 as published (wrapped names joined).', ...ref('Text') },
      amounts: ref('Amounts'),
      part: {
        description:
          'Only in a table printed as two halves side by side (the 决算 一般公共预算财政拨款基本支出决算表): "personnel" for a row of the 人员经费 half, "publicUse" for a row of the 公用经费 half. Absent when 人员经费 and 公用经费 are columns.',
        enum: ['personnel', 'publicUse'],
      },
    },
  },
  EconomicCodeTable: {
    description:
      '一般公共预算基本支出 by economic classification code (Shanghai 表8 “基本支出部门预算经济分类预算表”, 决算 表6 “一般公共预算财政拨款基本支出决算表”): one row per 类 (301) and 款 (30101) in report order. Budgets print 合计 / 人员经费 / 公用经费 as columns and a 合计 row (`total`); the 决算 table prints a 人员经费 half and a 公用经费 half side by side, each with its codes, one 决算数 column and its own total row (`personnelTotal`, `publicUseTotal`; the rows say which half they stand in with `part`). At least `total`, or both part totals, is present. A 类 is the sum of its 款 and 合计 the sum of the 类 (rule economic-code-sums).',
    type: 'object',
    additionalProperties: false,
    required: ['table', 'unit', 'classification', 'columns', 'rows'],
    properties: {
      table: ref('TableId'),
      provenance: ref('Provenance'),
      unit: ref('MoneyUnit'),
      classification: {
        description: '"department": 部门预算支出经济分类 (codes 3xx); "government": 政府预算支出经济分类 (codes 5xx). Every code of the table belongs to it.',
        enum: ['department', 'government'],
      },
      columns: ref('Columns'),
      total: { description: 'The 合计 row, when the table prints one.', ...ref('Amounts') },
      personnelTotal: { description: '人员经费合计 of a table printed in two halves.', ...ref('Amounts') },
      publicUseTotal: { description: '公用经费合计 of a table printed in two halves.', ...ref('Amounts') },
      rows: { type: 'array', items: ref('EconomicCodeRow') },
    },
  },
  ThreePublicLine: {
    type: 'object',
    additionalProperties: false,
    required: ['item', 'label', 'amounts'],
    properties: {
      item: {
        description: 'outboundTravel 因公出国（境）费; reception 公务接待费; vehicles 公务用车购置及运行费; vehiclePurchase 其中购置费; vehicleOperation 其中运行维护费.',
        enum: ['outboundTravel', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'],
      },
      label: ref('Text'),
      amounts: ref('Amounts'),
    },
  },
  ThreePublicTable: {
    description: '“三公”经费 (表10). Zero rows are kept as zeros.',
    type: 'object',
    additionalProperties: false,
    required: ['table', 'unit', 'columns', 'lines', 'total'],
    properties: {
      table: ref('TableId'),
      provenance: ref('Provenance'),
      unit: ref('MoneyUnit'),
      columns: ref('Columns'),
      lines: { type: 'array', items: ref('ThreePublicLine') },
      total: ref('Amounts'),
    },
  },
  OperatingExpensesTable: {
    description: '机关运行经费 (表11) by unit.',
    type: 'object',
    additionalProperties: false,
    required: ['table', 'unit', 'columns', 'total', 'units'],
    properties: {
      table: ref('TableId'),
      provenance: ref('Provenance'),
      unit: ref('MoneyUnit'),
      columns: ref('Columns'),
      total: { description: '部门合计.', ...ref('Amounts') },
      units: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'amounts'],
          properties: { name: ref('Text'), amounts: ref('Amounts') },
        },
      },
    },
  },
  ...projectDefinitions(),
  ...narrativeDefinitions(),
} as const;

function projectDefinitions() {
  return {
    Project: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'amounts'],
      properties: {
        id: { description: 'Stable key of the project within the document.', type: 'string', pattern: '^[a-z0-9-]+$' },
        name: { description: 'The project name as published in the table.', ...ref('Text') },
        amounts: ref('Amounts'),
        category: {
          description: 'Only when the report states it for this project: "operating" 运转类 or "specific" 特定目标类.',
          enum: ['operating', 'specific'],
        },
        subjectCode: { description: '功能分类 科目 of the project, only when the report states it.', ...ref('SubjectCode') },
        performance: ref('ProjectPerformance'),
      },
    },
    ProjectUnit: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'amounts', 'projects'],
      properties: {
        name: ref('Text'),
        amounts: ref('Amounts'),
        projects: { type: 'array', items: ref('Project') },
      },
    },
    ProjectTable: {
      description: '项目支出预算表 (表12 本年预算, 表13 上年结转): projects by budget unit.',
      type: 'object',
      additionalProperties: false,
      required: ['table', 'unit', 'columns', 'total', 'units'],
      properties: {
        table: ref('TableId'),
        provenance: ref('Provenance'),
        unit: ref('MoneyUnit'),
        columns: ref('Columns'),
        total: { description: 'The department row.', ...ref('Amounts') },
        units: { type: 'array', items: ref('ProjectUnit') },
      },
    },
    ProjectFunding: {
      description: 'Funds of a project by level of government, as in the 绩效目标表 (usually in 元).',
      type: 'object',
      additionalProperties: false,
      required: ['total'],
      properties: {
        total: ref('Money'),
        central: { description: '中央财政资金.', ...ref('Money') },
        provincial: { description: '省级财政资金.', ...ref('Money') },
        local: { description: '市县（区）财政资金.', ...ref('Money') },
        selfRaised: { description: '单位自筹.', ...ref('Money') },
        other: { description: '其他资金 (absent when blank).', ...ref('Money') },
      },
    },
    IndicatorValue: {
      description: '指标值: the text as published, parsed into comparator, number and unit when quantitative.',
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['text', 'kind', 'comparator', 'number', 'unit'],
          properties: {
            text: ref('Text'),
            kind: { const: 'quantitative' },
            comparator: { enum: ['≥', '≤', '>', '<', '='] },
            number: { type: 'string', pattern: '^(0|[1-9][0-9]*)(\\.[0-9]+)?$' },
            unit: { type: 'string' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['text', 'kind'],
          properties: { text: ref('Text'), kind: { const: 'qualitative' } },
        },
      ],
    },
    Indicator: {
      description: 'One row of a 绩效指标 table: 一级 / 二级 / 三级 指标 and 指标值, names as published.',
      type: 'object',
      additionalProperties: false,
      required: ['level1', 'level2', 'level3', 'value'],
      properties: {
        level1: ref('Text'),
        level2: ref('Text'),
        level3: ref('Text'),
        value: ref('IndicatorValue'),
      },
    },
    ProjectPerformance: {
      description: '项目支出绩效目标表 of one project.',
      type: 'object',
      additionalProperties: false,
      required: ['unit', 'implementationFunding', 'annualFunding', 'goals', 'indicators'],
      properties: {
        title: { type: 'string' },
        department: { description: '主管部门及代码 as published ("027-汾阳市信访局").', type: 'string' },
        implementingUnit: { description: '实施单位.', type: 'string' },
        attribute: { description: '项目属性.', type: 'string' },
        period: { description: '项目期.', type: 'string' },
        unit: { description: 'Unit of the funding figures (项目资金（元）).', ...ref('MoneyUnit') },
        implementationFunding: { description: '实施期资金.', ...ref('ProjectFunding') },
        annualFunding: { description: '年度资金.', ...ref('ProjectFunding') },
        overview: { description: '项目概况.', type: 'string' },
        basis: { description: '立项依据.', type: 'string' },
        necessity: { description: '项目设立必要性.', type: 'string' },
        measures: { description: '保证项目实施的制度、措施.', type: 'string' },
        plan: { description: '项目实施计划.', type: 'string' },
        truncatedFields: {
          description: 'Text fields that the published report cuts off mid-sentence; kept as published.',
          type: 'array',
          items: { enum: ['overview', 'basis', 'necessity', 'measures', 'plan'] },
        },
        goals: {
          description: '总体目标 for the implementation period and the year.',
          type: 'object',
          additionalProperties: false,
          required: ['implementationPeriod', 'annual'],
          properties: { implementationPeriod: ref('Text'), annual: ref('Text') },
        },
        indicators: {
          description: 'The indicators for the implementation period (实施期) and the year (年度), side by side in the report.',
          type: 'object',
          additionalProperties: false,
          required: ['implementationPeriod', 'annual'],
          properties: {
            implementationPeriod: { type: 'array', items: ref('Indicator') },
            annual: { type: 'array', items: ref('Indicator') },
          },
        },
        filledAt: { description: '填报日期 as published.', type: 'string' },
      },
    },
  } as const;
}

function narrativeDefinitions() {
  return {
    DepartmentPerformance: {
      description: '部门（单位）整体支出绩效目标申报表.',
      type: 'object',
      additionalProperties: false,
      required: ['unit', 'fundingBySource', 'fundingTotal', 'fundingByDirection', 'indicators'],
      properties: {
        title: { type: 'string' },
        unit: ref('MoneyUnit'),
        fundingBySource: { type: 'array', items: ref('SummaryIncomeLine') },
        fundingTotal: ref('Money'),
        fundingByDirection: ref('Amounts'),
        keyTasks: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['coreFunction', 'task'],
            properties: { coreFunction: ref('Text'), task: ref('Text') },
          },
        },
        annualGoal: { type: 'string' },
        indicators: { type: 'array', items: ref('Indicator') },
      },
    },
    Procurement: {
      description: '政府采购预算 (goods / works / services).',
      type: 'object',
      additionalProperties: false,
      required: ['unit', 'total', 'goods', 'works', 'services'],
      properties: {
        unit: ref('MoneyUnit'),
        section: { description: 'Where the report states it.', type: 'string' },
        total: ref('Money'),
        goods: ref('Money'),
        works: ref('Money'),
        services: ref('Money'),
      },
    },
    Assets: {
      description: '国有资产占有使用情况.',
      type: 'object',
      additionalProperties: false,
      properties: {
        asOf: { description: 'Date of the figures, ISO 8601.', type: 'string' },
        section: { type: 'string' },
        vehicles: {
          type: 'object',
          additionalProperties: false,
          required: ['authorized', 'actual'],
          properties: {
            authorized: { description: '公务用车编制.', type: 'integer', minimum: 0 },
            actual: { description: '实有.', type: 'integer', minimum: 0 },
            byUse: {
              description: 'Vehicles by use, labels as published (领导用车 ...).',
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['label', 'count'],
                properties: { label: ref('Text'), count: { type: 'integer', minimum: 0 } },
              },
            },
          },
        },
        buildings: {
          type: 'object',
          additionalProperties: false,
          required: ['officeArea'],
          properties: { officeArea: { description: '办公用房建筑总面积, square metres.', ...ref('Money') } },
        },
        equipment: {
          description: 'Counts of equipment above an original-value threshold.',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['label', 'threshold', 'thresholdUnit', 'count'],
            properties: {
              label: ref('Text'),
              threshold: ref('Money'),
              thresholdUnit: ref('MoneyUnit'),
              count: { type: 'integer', minimum: 0 },
            },
          },
        },
      },
    },
    ClaimSubject: {
      description:
        'What a statement is about: a total, a part of it, a funding source, a 功能分类 code, or one of the named sections.',
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: {
          enum: [
            'incomeTotal',
            'expenditureTotal',
            'fiscalAppropriationTotal',
            'generalBudgetExpenditure',
            'basic',
            'project',
            'personnel',
            'publicUse',
            'source',
            'subject',
            'threePublic',
            'operatingExpenses',
            'procurement',
            'projectsManaged',
            'projectsOperating',
            'projectsSpecific',
            'projectsDisclosed',
            'departmentPerformance',
            'assets',
            'emptyTable',
          ],
        },
        source: ref('FundingSource'),
        code: ref('SubjectCode'),
        item: {
          description:
            'For "threePublic": the line of the “三公” table the statement is about (total 合计; outboundTravel 因公出国（境）费; reception 公务接待费; vehicles 公务用车购置及运行费; vehiclePurchase 购置费; vehicleOperation 运行费).',
          enum: ['total', 'outboundTravel', 'reception', 'vehicles', 'vehiclePurchase', 'vehicleOperation'],
        },
        label: { description: 'The subject as the statement names it.', type: 'string' },
      },
    },
    ClaimBase: {
      description:
        'A figure a statement compares with, named as the report names it: "2025年当年预算执行数为3.39万元", "年初预算为2993.92万元", "2025年度预算3.84万元", "上年预算".',
      type: 'object',
      additionalProperties: false,
      required: ['words', 'basis'],
      properties: {
        words: { description: 'The words naming it, as printed ("2025年当年预算执行数", "年初预算", "上年预算").', ...ref('Text') },
        year: { description: 'The year the words print, when they print one.', type: 'integer', minimum: 1949, maximum: 2100 },
        basis: {
          description:
            'What kind of figure the words name: budget 预算; execution 预算执行数; initialBudget 年初预算; adjustedBudget 全年预算 / 调整（后）预算; final 决算; year a year only ("与2023年度相比").',
          enum: ['budget', 'execution', 'initialBudget', 'adjustedBudget', 'final', 'year'],
        },
        amount: ref('Money'),
      },
    },
    Claim: {
      description:
        'One statement of the 说明, with its figures exactly as stated, so that it can be checked against the tables.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'section', 'quote', 'subject'],
      properties: {
        id: { type: 'string', pattern: '^[a-z0-9-]+$' },
        section: { description: 'The heading of the 说明 part it stands in.', ...ref('Text') },
        quote: { description: 'The words of the report the figures are read from.', ...ref('Text') },
        provenance: ref('SourceRef'),
        subject: ref('ClaimSubject'),
        unit: ref('MoneyUnit'),
        amount: ref('Money'),
        share: {
          description: 'A stated share of a whole ("占33.92%").',
          type: 'object',
          additionalProperties: false,
          required: ['percent', 'of'],
          properties: { percent: ref('Percent'), of: ref('ClaimSubject') },
        },
        change: {
          description: 'A stated change on an earlier year.',
          type: 'object',
          additionalProperties: false,
          required: ['direction', 'comparedTo'],
          properties: {
            direction: { enum: ['increase', 'decrease', 'flat', 'new'] },
            amount: ref('Money'),
            percent: ref('Percent'),
            comparedTo: { description: 'What it is compared with, as stated ("上年", "2023年预算").', ...ref('Text') },
            reason: { type: 'string' },
            reasonDirection: {
              description: 'The direction named by the sentence that gives the reason ("财政拨款收入支出增加的主要原因是…" → increase), when it names one.',
              enum: ['increase', 'decrease'],
            },
          },
        },
        count: { description: 'A stated count (number of projects, units ...).', type: 'integer', minimum: 0 },
        statement: { description: 'A statement without figures ("本部门无“三公”经费预算").', type: 'string' },
        table: { description: 'For a note printed under a table ("本表为空表", "本表无数据"): that table.', ...ref('TableId') },
        period: {
          description: 'The words dating the stated amount, when the statement prints them ("2026年度预算", "2026年预算安排"), and the year they name.',
          type: 'object',
          additionalProperties: false,
          required: ['words'],
          properties: {
            words: ref('Text'),
            year: { type: 'integer', minimum: 1949, maximum: 2100 },
          },
        },
        bases: {
          description: 'The figures the statement compares the amount with, as stated (an earlier year\'s budget or execution, the 年初预算 or 全年预算 of a final account).',
          type: 'array',
          items: ref('ClaimBase'),
        },
        completion: {
          description: 'A stated completion rate: "完成年初预算的98.20%" is the amount over the base it names, in percent.',
          type: 'object',
          additionalProperties: false,
          required: ['percent', 'comparedTo'],
          properties: {
            percent: ref('Percent'),
            comparedTo: { description: 'The base it names, as stated ("年初预算", "全年预算", "预算").', ...ref('Text') },
          },
        },
      },
    },
    PriorYearFigure: {
      description: 'A figure of the previous year: stated by the report, or derived from a stated change.',
      type: 'object',
      additionalProperties: false,
      required: ['fiscalYear', 'subject', 'unit', 'amount', 'basis'],
      properties: {
        fiscalYear: { type: 'integer', minimum: 1949, maximum: 2100 },
        subject: ref('ClaimSubject'),
        unit: ref('MoneyUnit'),
        amount: ref('Money'),
        basis: {
          description: '"stated": the report gives the figure; "derived": computed from a stated change (current − increase, current + decrease).',
          enum: ['stated', 'derived'],
        },
        claim: { description: 'The id of the claim it is stated in or derived from.', type: 'string' },
      },
    },
    GlossaryEntry: {
      type: 'object',
      additionalProperties: false,
      required: ['term', 'definition'],
      properties: { term: ref('Text'), definition: ref('Text') },
    },
    Note: {
      type: 'object',
      additionalProperties: false,
      required: ['heading', 'text'],
      properties: { heading: ref('Text'), text: ref('Text') },
    },
  } as const;
}
