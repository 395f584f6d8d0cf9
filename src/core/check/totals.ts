/** Rules on the 收支总表 (表1, 表4) and on totals that several tables state. */
import type { Amounts, BudgetDocument, BudgetSummary, ColumnKey, FundingSource, SubjectTable, SummaryIncomeLine } from '../schema/budget-types.generated.js';
import { cell, columnName, equalityFinding, figure, keysOf, NO_COLUMN, refOf, sumColumns, sumFinding, type Fig, type Path } from './figures.js';
import { pushAll } from '../arrays.js';
import { isDecimalText } from './tolerance.js';
import type { Finding, Rule } from './types.js';

type SummaryName = 'summary' | 'fiscalAppropriationSummary';
const SUMMARIES: readonly SummaryName[] = ['summary', 'fiscalAppropriationSummary'];

/** Pushes the defined findings (a list of any length: no spread onto the call stack). */
function add(findings: Finding[], found: Finding | undefined | readonly (Finding | undefined)[]): void {
  for (const f of Array.isArray(found) ? found : [found]) if (f) findings.push(f);
}

/** Amounts of a list of income lines, skipping malformed ones. */
function lineAmounts(lines: readonly SummaryIncomeLine[] | undefined): string[] {
  return (lines ?? []).map((l) => l.amount).filter(isDecimalText);
}

/** The checks of one 收支总表: each total is the sum of its lines, and income balances expenditure. */
function summaryFindings(doc: BudgetDocument, name: SummaryName, s: BudgetSummary): Finding[] {
  const rule = 'summary-totals';
  const findings: Finding[] = [];
  const t = s.table;
  const columns = keysOf(s.columns);
  if (isDecimalText(s.incomeTotal)) {
    add(findings, sumFinding({
      rule, unit: s.unit, source: t,
      what: { zh: `${t} 本年收入合计`, en: `${t} 本年收入合计 (current-year income)` },
      parts: { zh: `${s.income.length} 项本年收入`, en: `its ${s.income.length} income lines` },
      partsPath: [name, 'income'],
      columns: [{ name: NO_COLUMN, total: s.incomeTotal, totalPath: [name, 'incomeTotal'], parts: lineAmounts(s.income) }],
    }));
  }
  add(findings, sumFinding({
    rule, unit: s.unit, source: t,
    what: { zh: `${t} 本年支出合计`, en: `${t} 本年支出合计 (current-year expenditure)` },
    parts: { zh: `${s.expenditure.length} 项支出`, en: `its ${s.expenditure.length} expenditure lines` },
    partsPath: [name, 'expenditure'],
    columns: sumColumns(s.columns, columns, s.expenditureTotal, [name, 'expenditureTotal'], s.expenditure.map((l) => l.amounts)),
  }));
  if (isDecimalText(s.incomeGrandTotal) && isDecimalText(s.incomeTotal)) {
    add(findings, sumFinding({
      rule, unit: s.unit, source: t,
      what: { zh: `${t} 收入总计`, en: `${t} 收入总计 (income grand total)` },
      parts: { zh: '本年收入合计与上年结转', en: 'current-year income and carry-over' },
      partsPath: [name],
      columns: [{ name: NO_COLUMN, total: s.incomeGrandTotal, totalPath: [name, 'incomeGrandTotal'], parts: [s.incomeTotal, ...lineAmounts(s.carryOverIncome)] }],
    }));
  }
  const grandParts: Amounts[] = s.yearEndCarryOver ? [s.expenditureTotal, s.yearEndCarryOver] : [s.expenditureTotal];
  add(findings, sumFinding({
    rule, unit: s.unit, source: t,
    what: { zh: `${t} 支出总计`, en: `${t} 支出总计 (expenditure grand total)` },
    parts: { zh: '本年支出合计与年末结转', en: 'current-year expenditure and year-end carry-over' },
    partsPath: [name],
    columns: sumColumns(s.columns, columns, s.expenditureGrandTotal, [name, 'expenditureGrandTotal'], grandParts),
  }));
  if (doc.meta.kind === 'budget') add(findings, balanceFindings(name, s));
  return findings;
}

/**
 * 收支平衡: a budget spends what it receives, so 收入总计 = 支出总计, and in a table with a column
 * per source (表4) each source's income and carry-over equal that column's 支出总计.
 */
function balanceFindings(name: SummaryName, s: BudgetSummary): (Finding | undefined)[] {
  const rule = 'summary-totals';
  const t = s.table;
  const what = { zh: `${t} 收支平衡`, en: `${t} balance of income and expenditure` };
  const found: (Finding | undefined)[] = [];
  const grand = cell(s.expenditureGrandTotal, 'total');
  if (grand !== undefined && isDecimalText(s.incomeGrandTotal)) {
    found.push(equalityFinding(rule,
      { label: '收入总计', text: s.incomeGrandTotal, unit: s.unit, path: [name, 'incomeGrandTotal'], source: t },
      { label: '支出总计', text: grand, unit: s.unit, path: [name, 'expenditureGrandTotal', 'total'], source: t },
      what));
  }
  for (const key of keysOf(s.columns)) {
    if (key === 'total' || key === 'currentYear' || key === 'carryOver') continue;
    const spent = cell(s.expenditureGrandTotal, key);
    const income = s.income.findIndex((l) => l.source === key);
    if (spent === undefined || income < 0 || !isDecimalText(s.income[income].amount)) continue;
    const carried = (s.carryOverIncome ?? []).map((l, i) => ({ l, i })).filter(({ l }) => l.source === key && isDecimalText(l.amount));
    const column = columnName(s.columns, key);
    found.push(sumFinding({
      rule, unit: s.unit, source: t,
      what: { zh: `${t} 支出总计 ${column.zh}`, en: `${t} 支出总计 (expenditure grand total), ${column.en}` },
      parts: { zh: `${s.income[income].label}收入与其上年结转`, en: `the ${column.en} income and its carry-over` },
      partsPath: [name, 'income', income],
      columns: [{ name: column, total: spent, totalPath: [name, 'expenditureGrandTotal', key], parts: [s.income[income].amount, ...carried.map(({ l }) => l.amount)] }],
    }));
  }
  return found;
}

/** summary-totals: see the rule's title. */
export const summaryTotals: Rule = {
  id: 'summary-totals',
  title: {
    zh: '收支总表：收入、支出各行之和等于合计，总计 = 合计 + 结转，预算收支平衡（表1、表4）',
    en: 'Summary tables: lines sum to their totals, grand totals = totals + carry-over, budgets balance (表1, 表4)',
  },
  run(doc) {
    return SUMMARIES.flatMap((name) => (doc[name] ? summaryFindings(doc, name, doc[name]!) : []));
  },
};

/** A summary's income line(s) of one source as one figure; carry-over is the sum of its lines. */
function sourceFigure(s: BudgetSummary, name: SummaryName, source: FundingSource): Fig | undefined {
  if (source === 'carryOver') {
    const lines = (s.carryOverIncome ?? []).filter((l) => isDecimalText(l.amount));
    if (lines.length !== 1) return undefined;
    return { label: `${lines[0].label}`, text: lines[0].amount, unit: s.unit, path: [name, 'carryOverIncome', s.carryOverIncome!.indexOf(lines[0])], source: s.table };
  }
  const index = s.income.findIndex((l) => l.source === source);
  if (index < 0 || !isDecimalText(s.income[index].amount)) return undefined;
  return { label: `${s.income[index].label}`, text: s.income[index].amount, unit: s.unit, path: [name, 'income', index], source: s.table };
}

/** `figureOf` computed once per funding source. */
function memoBySource(figureOf: (source: FundingSource) => Fig | undefined): (source: FundingSource) => Fig | undefined {
  const known = new Map<FundingSource, Fig | undefined>();
  return (source) => {
    if (!known.has(source)) known.set(source, figureOf(source));
    return known.get(source);
  };
}

/** A cell of a table as a {@link Fig}, or undefined when missing. */
function cellFig(label: string, amounts: Amounts, key: ColumnKey, unit: BudgetSummary['unit'], path: Path, source: string): Fig | undefined {
  const text = cell(amounts, key);
  return text === undefined ? undefined : { label, text, unit, path: [...path, key], source };
}

/** Compares two optional figures. */
function agree(rule: string, a: Fig | undefined, b: Fig | undefined, what: { zh: string; en: string }): Finding | undefined {
  return a && b ? equalityFinding(rule, a, b, what) : undefined;
}

/** totals-agree: see the rule's title. */
export const totalsAgree: Rule = {
  id: 'totals-agree',
  title: {
    zh: '各表的合计一致：支出总表、收入总表、一般公共预算支出表与收支总表、财政拨款收支总表',
    en: 'Totals agree across tables: 支出总表, 收入总表 and 一般公共预算支出表 against 表1 and 表4',
  },
  run(doc) {
    const rule = 'totals-agree';
    const findings: Finding[] = [];
    const s = doc.summary;
    const f = doc.fiscalAppropriationSummary;
    const e = doc.expenditureBySubject;
    const i = doc.incomeBySubject;
    const g = doc.generalBudgetExpenditure;
    if (s && e) {
      add(findings, agree(rule,
        cellFig(`${e.table} 合计`, e.total, 'total', e.unit, ['expenditureBySubject', 'total'], e.table),
        cellFig(`${s.table} 本年支出合计`, s.expenditureTotal, 'total', s.unit, ['summary', 'expenditureTotal'], s.table),
        { zh: '支出总表合计与收支总表本年支出合计', en: 'the expenditure table’s total and the summary’s current-year expenditure' }));
    }
    if (s && i) {
      // 收入总表 lists carry-over as a column of its own when the report has one; then its 合计 is 收入总计.
      const withCarryOver = i.columns.some((c) => c.key === 'carryOver');
      const summaryTotal: Fig | undefined = withCarryOver
        ? isDecimalText(s.incomeGrandTotal) ? { label: `${s.table} 收入总计`, text: s.incomeGrandTotal, unit: s.unit, path: ['summary', 'incomeGrandTotal'], source: s.table } : undefined
        : isDecimalText(s.incomeTotal) ? { label: `${s.table} 本年收入合计`, text: s.incomeTotal, unit: s.unit, path: ['summary', 'incomeTotal'], source: s.table } : undefined;
      add(findings, agree(rule, cellFig(`${i.table} 合计`, i.total, 'total', i.unit, ['incomeBySubject', 'total'], i.table), summaryTotal,
        { zh: '收入总表合计与收支总表', en: 'the income table’s total and the summary' }));
      for (const key of keysOf(i.columns)) {
        if (key === 'total') continue;
        const line = sourceFigure(s, 'summary', key as FundingSource);
        const name = columnName(i.columns, key);
        add(findings, agree(rule, cellFig(`${i.table} 合计 ${name.zh}`, i.total, key, i.unit, ['incomeBySubject', 'total'], i.table),
          line && { ...line, label: `${s.table} ${line.label}` },
          { zh: `收入总表${name.zh}与收支总表`, en: `the income table’s ${name.en} column and the summary` }));
      }
    }
    if (s && f) {
      // Once per source, not per line: each look-up reads every income line.
      const fFigure = memoBySource((source) => sourceFigure(f, 'fiscalAppropriationSummary', source));
      const sFigure = memoBySource((source) => sourceFigure(s, 'summary', source));
      for (const line of f.income) {
        if (!line.source) continue;
        const a = fFigure(line.source);
        const b = sFigure(line.source);
        add(findings, agree(rule, a && { ...a, label: `${f.table} ${a.label}` }, b && { ...b, label: `${s.table} ${b.label}` },
          { zh: `财政拨款收支总表与收支总表的${line.label}收入`, en: `${line.label} income in 表4 and 表1` }));
      }
    }
    if (g) {
      // 表5 is the year's general public budget spending: the general public budget income of 表4 (or 表1).
      const [summary, name] = f ? [f, 'fiscalAppropriationSummary' as const] : s ? [s, 'summary' as const] : [undefined, undefined];
      const income = summary && name ? sourceFigure(summary, name, 'generalPublicBudget') : undefined;
      add(findings, agree(rule, cellFig(`${g.table} 合计`, g.total, 'total', g.unit, ['generalBudgetExpenditure', 'total'], g.table),
        income && summary && { ...income, label: `${summary.table} ${income.label}` },
        { zh: '一般公共预算支出表合计与一般公共预算收入', en: 'the general public budget expenditure table’s total and the general public budget income' }));
    }
    return findings;
  },
};

/** A name as compared: without spaces, with half-width brackets and without a level suffix. */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/\((类|款|项)\)$/, '');
}

/** Compares a summary's expenditure lines with the 类 rows of a subject table, both ways. */
function linesAgainstClasses(rule: string, summary: BudgetSummary, name: SummaryName, key: ColumnKey, table: SubjectTable, tableName: string): Finding[] {
  const findings: Finding[] = [];
  const classes = table.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.code.length === 3);
  // The first 类 of each name, so that each line is matched without reading every 类.
  const byName = new Map<string, (typeof classes)[number]>();
  for (const c of classes) {
    const name = normaliseName(c.row.name);
    if (!byName.has(name)) byName.set(name, c);
  }
  const matched = new Set<number>();
  summary.expenditure.forEach((line, index) => {
    const text = cell(line.amounts, key);
    if (text === undefined) return;
    const match = byName.get(normaliseName(line.label));
    const lineFig: Fig = { label: `${summary.table} ${line.label}`, text, unit: summary.unit, path: [name, 'expenditure', index, 'amounts', key], source: summary.table };
    if (!match) {
      if (text === '0' || /^0\.0*$/.test(text)) return;
      findings.push({
        rule,
        severity: 'error',
        message: {
          zh: `${summary.table} 列有“${line.label}” ${text}${summary.unit}，${table.table} 却没有这一类`,
          en: `${summary.table} lists “${line.label}” at ${text} ${summary.unit}, but ${table.table} has no such 类`,
        },
        figures: [refOf(lineFig)],
      });
      return;
    }
    matched.add(match.index);
    const rowText = cell(match.row.amounts, 'total');
    if (rowText === undefined) return;
    const f = equalityFinding(rule, lineFig,
      { label: `${table.table} ${match.row.code} ${match.row.name}`, text: rowText, unit: table.unit, path: [tableName, 'rows', match.index, 'amounts', 'total'], source: table.table },
      { zh: `${line.label}在${summary.table}与${table.table}`, en: `${line.label} in ${summary.table} and ${table.table}` }, match.row.code);
    if (f) findings.push(f);
  });
  for (const { row, index } of classes) {
    const text = cell(row.amounts, 'total');
    if (matched.has(index) || text === undefined || /^0(\.0*)?$/.test(text)) continue;
    findings.push({
      rule,
      severity: 'error',
      message: {
        zh: `${table.table} 的 ${row.code} ${row.name} 为 ${text}${table.unit}，${summary.table} 却没有这一行`,
        en: `${table.table} has ${row.code} ${row.name} at ${text} ${table.unit}, but ${summary.table} has no such line`,
      },
      figures: [figure(`${table.table} ${row.code} ${row.name}`, text, table.unit, [tableName, 'rows', index, 'amounts', 'total'], table.table)],
      subject: row.code,
    });
  }
  return findings;
}

/** summary-subjects: see the rule's title. */
export const summarySubjects: Rule = {
  id: 'summary-subjects',
  title: {
    zh: '收支总表的支出各类与支出总表（表1—表3）、财政拨款收支总表各列与一般公共预算、政府性基金、国有资本经营预算支出表（表4—表5、表6、表7）的类一致',
    en: 'The summaries’ expenditure lines equal the 类 rows of the subject tables (表1 vs 表3; 表4’s columns vs 表5, 表6, 表7)',
  },
  run(doc) {
    const findings: Finding[] = [];
    if (doc.summary && doc.expenditureBySubject) {
      pushAll(findings, linesAgainstClasses('summary-subjects', doc.summary, 'summary', 'total', doc.expenditureBySubject, 'expenditureBySubject'));
    }
    const f = doc.fiscalAppropriationSummary;
    if (f && doc.generalBudgetExpenditure) {
      // 表4 splits its lines by source; 表5 is the general public budget column.
      const key: ColumnKey = f.columns.some((c) => c.key === 'generalPublicBudget') ? 'generalPublicBudget' : 'total';
      pushAll(findings, linesAgainstClasses('summary-subjects', f, 'fiscalAppropriationSummary', key, doc.generalBudgetExpenditure, 'generalBudgetExpenditure'));
    }
    // Its 政府性基金 and 国有资本经营 columns are the 类 of 表6 and 表7, where those are printed.
    for (const [key, name] of [['governmentFund', 'governmentFundExpenditure'], ['stateCapital', 'stateCapitalExpenditure']] as const) {
      const table = doc[name];
      if (f && table && f.columns.some((c) => c.key === key)) pushAll(findings, linesAgainstClasses('summary-subjects', f, 'fiscalAppropriationSummary', key, table, name));
    }
    return findings;
  },
};

/** Compares the rows of two subject tables code by code in the given columns. */
function rowsAgree(rule: string, a: SubjectTable, aName: string, b: SubjectTable, bName: string, keys: readonly ColumnKey[], what: { zh: string; en: string }): Finding[] {
  const findings: Finding[] = [];
  const bRows = new Map(b.rows.map((row, index) => [row.code, { row, index }]));
  a.rows.forEach((row, index) => {
    const other = bRows.get(row.code);
    for (const key of keys) {
      const text = cell(row.amounts, key);
      if (text === undefined) continue;
      const aFig: Fig = { label: `${a.table} ${row.code} ${row.name} ${columnName(a.columns, key).zh}`, text, unit: a.unit, path: [aName, 'rows', index, 'amounts', key], source: a.table };
      const otherText = other ? cell(other.row.amounts, key) : '0';
      if (otherText === undefined) continue;
      const bFig: Fig = other
        ? { label: `${b.table} ${row.code} ${other.row.name} ${columnName(b.columns, key).zh}`, text: otherText, unit: b.unit, path: [bName, 'rows', other.index, 'amounts', key], source: b.table }
        : { label: `${b.table} 无 ${row.code}`, text: '0', unit: b.unit, path: [bName, 'rows'], source: b.table };
      const f = equalityFinding(rule, aFig, bFig, { zh: `${row.code} ${row.name}：${what.zh}`, en: `${row.code} ${row.name}: ${what.en}` }, row.code);
      if (f) findings.push(f);
    }
  });
  const aCodes = new Set(a.rows.map((r) => r.code));
  b.rows.forEach((row, index) => {
    const text = cell(row.amounts, 'total');
    if (aCodes.has(row.code) || text === undefined || /^0(\.0*)?$/.test(text)) return;
    const f = equalityFinding(rule,
      { label: `${a.table} 无 ${row.code}`, text: '0', unit: a.unit, path: [aName, 'rows'], source: a.table },
      { label: `${b.table} ${row.code} ${row.name} 合计`, text, unit: b.unit, path: [bName, 'rows', index, 'amounts', 'total'], source: b.table },
      { zh: `${row.code} ${row.name}：${what.zh}`, en: `${row.code} ${row.name}: ${what.en}` }, row.code);
    if (f) findings.push(f);
  });
  return findings;
}

/** subject-rows-agree: see the rule's title. */
export const subjectRowsAgree: Rule = {
  id: 'subject-rows-agree',
  title: {
    zh: '同一科目在各表中金额一致：收入总表与支出总表；全部为一般公共预算时，支出总表与一般公共预算支出表',
    en: 'A subject has the same amounts across tables: 收入总表 vs 支出总表; 支出总表 vs 一般公共预算支出表 when all spending is general public budget',
  },
  run(doc) {
    const rule = 'subject-rows-agree';
    const findings: Finding[] = [];
    const e = doc.expenditureBySubject;
    const i = doc.incomeBySubject;
    const g = doc.generalBudgetExpenditure;
    // A budget's income by subject is where that income goes: the expenditure by subject.
    if (doc.meta.kind === 'budget' && i && e) {
      pushAll(findings, rowsAgree(rule, i, 'incomeBySubject', e, 'expenditureBySubject', ['total'], { zh: '收入总表与支出总表', en: 'income table vs expenditure table' }));
    }
    // Only when the two tables cover the same money can their rows be compared one to one.
    const eTotal = cell(e?.total, 'total');
    const gTotal = cell(g?.total, 'total');
    if (e && g && eTotal !== undefined && gTotal !== undefined && e.unit === g.unit && eTotal === gTotal) {
      const keys = (['total', 'basic', 'project'] as const).filter((k) => e.columns.some((c) => c.key === k) && g.columns.some((c) => c.key === k));
      pushAll(findings, rowsAgree(rule, e, 'expenditureBySubject', g, 'generalBudgetExpenditure', keys, { zh: '支出总表与一般公共预算支出表', en: 'expenditure table vs general public budget table' }));
    }
    return findings;
  },
};

const FUNDING_KEYS: readonly ColumnKey[] = ['generalPublicBudget', 'governmentFund', 'stateCapital', 'socialInsuranceFund', 'fiscalSpecialAccount', 'unitFunds', 'carryOver'];
/** Income columns of 收入总表 / 收入决算表 (财政拨款收入, 事业收入 …): sources of the 合计 like the funds. */
const INCOME_KEYS: readonly ColumnKey[] = ['fiscalAppropriation', 'superiorSubsidy', 'serviceIncome', 'businessIncome', 'subsidiaryRemittance', 'otherIncome'];
/** The fiscal budgets that 财政拨款收入 is made of. */
const FISCAL_BUDGET_KEYS: readonly ColumnKey[] = ['generalPublicBudget', 'governmentFund', 'stateCapital'];

/**
 * The columns a table's 合计 is the sum of, when its other columns partition it: funding sources
 * and income columns (财政拨款收入, 事业收入, 事业单位经营收入, 其他收入 …), or 当年 + 上年结转.
 * Basic/project and personnel/public-use have rules of their own.
 */
function partition(columns: readonly { key: ColumnKey }[]): ColumnKey[] | undefined {
  const keys = columns.map((c) => c.key);
  if (!keys.includes('total')) return undefined;
  const rest = keys.filter((k) => k !== 'total');
  if (rest.length === 0) return undefined;
  if (rest.every((k) => FUNDING_KEYS.includes(k) || INCOME_KEYS.includes(k))) {
    // 财政拨款收入 beside 一般公共预算 … is a header tree (the budgets under 财政拨款): summing both counts twice.
    if (rest.includes('fiscalAppropriation') && rest.some((k) => FISCAL_BUDGET_KEYS.includes(k))) return undefined;
    return rest;
  }
  if (rest.every((k) => k === 'currentYear' || k === 'carryOver')) return rest;
  return undefined;
}

interface Row {
  label: string;
  amounts: Amounts;
  path: Path;
  code?: string;
}

/** Every row of a columned section with its path, in document order. */
function rowsOf(doc: BudgetDocument): { table: string; unit: BudgetSummary['unit']; columns: BudgetSummary['columns']; rows: Row[] }[] {
  const result: ReturnType<typeof rowsOf> = [];
  for (const name of SUMMARIES) {
    const s = doc[name];
    if (!s) continue;
    const rows: Row[] = [
      ...s.expenditure.map((l, i) => ({ label: l.label, amounts: l.amounts, path: [name, 'expenditure', i, 'amounts'] })),
      { label: '本年支出合计', amounts: s.expenditureTotal, path: [name, 'expenditureTotal'] },
      ...(s.yearEndCarryOver ? [{ label: '年末结转', amounts: s.yearEndCarryOver, path: [name, 'yearEndCarryOver'] }] : []),
      { label: '支出总计', amounts: s.expenditureGrandTotal, path: [name, 'expenditureGrandTotal'] },
    ];
    result.push({ table: s.table, unit: s.unit, columns: s.columns, rows });
  }
  for (const name of ['incomeBySubject', 'expenditureBySubject', 'generalBudgetExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure'] as const) {
    const t = doc[name];
    if (!t) continue;
    result.push({
      table: t.table, unit: t.unit, columns: t.columns,
      rows: [{ label: '合计', amounts: t.total, path: [name, 'total'] }, ...t.rows.map((r, i) => ({ label: `${r.code} ${r.name}`, amounts: r.amounts, path: [name, 'rows', i, 'amounts'], code: r.code }))],
    });
  }
  const tp = doc.threePublicExpenses;
  if (tp) result.push({ table: tp.table, unit: tp.unit, columns: tp.columns, rows: [...tp.lines.map((l, i) => ({ label: l.label, amounts: l.amounts, path: ['threePublicExpenses', 'lines', i, 'amounts'] })), { label: '合计', amounts: tp.total, path: ['threePublicExpenses', 'total'] }] });
  const oe = doc.operatingExpenses;
  if (oe) result.push({ table: oe.table, unit: oe.unit, columns: oe.columns, rows: [{ label: '合计', amounts: oe.total, path: ['operatingExpenses', 'total'] }, ...oe.units.map((u, i) => ({ label: u.name, amounts: u.amounts, path: ['operatingExpenses', 'units', i, 'amounts'] }))] });
  for (const name of ['projects', 'carriedOverProjects'] as const) {
    const p = doc[name];
    if (!p) continue;
    const rows: Row[] = [{ label: '合计', amounts: p.total, path: [name, 'total'] }];
    p.units.forEach((u, i) => {
      rows.push({ label: u.name, amounts: u.amounts, path: [name, 'units', i, 'amounts'] });
      u.projects.forEach((project, j) => rows.push({ label: project.name, amounts: project.amounts, path: [name, 'units', i, 'projects', j, 'amounts'], ...(project.subjectCode ? { code: project.subjectCode } : {}) }));
    });
    result.push({ table: p.table, unit: p.unit, columns: p.columns, rows });
  }
  return result;
}

/** columns-sum: see the rule's title. */
export const columnsSum: Rule = {
  id: 'columns-sum',
  title: {
    zh: '每行的合计等于各资金来源列（或当年、结转列）之和',
    en: 'Each row’s 合计 equals the sum of its funding-source (or current-year and carry-over) columns',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const section of rowsOf(doc)) {
      const keys = partition(section.columns);
      if (!keys) continue;
      for (const row of section.rows) {
        const total = cell(row.amounts, 'total');
        const parts = keys.map((k) => cell(row.amounts, k));
        if (total === undefined || parts.some((p) => p === undefined)) continue;
        const names = keys.map((k) => columnName(section.columns, k));
        add(findings, sumFinding({
          rule: 'columns-sum', unit: section.unit, source: section.table,
          what: { zh: `${section.table} ${row.label}`, en: `${section.table} ${row.label}` },
          parts: { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') },
          partsPath: row.path,
          columns: [{ name: columnName(section.columns, 'total'), total, totalPath: [...row.path, 'total'], parts: parts as string[] }],
          ...(row.code ? { subject: row.code } : {}),
        }));
      }
    }
    return findings;
  },
};
