/**
 * The table figure a statement of the 说明 is about. A claim names its subject by kind (and
 * source or code); its label says which of several figures of that kind it means (收入总计 or
 * 本年收入, 表3 or 表5). Figures the tables do not have resolve to undefined and are not checked.
 */
import type { BudgetDocument, BudgetSummary, Claim, ClaimSubject, ColumnKey, SubjectTable } from '../schema/budget-types.generated.js';
import { cell, type Fig, type Path } from './figures.js';
import { subjectTables, type SubjectTableName } from './subjects.js';
import { isDecimalText } from './tolerance.js';
import { normaliseName } from './totals.js';
import { threePublicItem } from '../claim-words.js';

/**
 * Finds lines of a document's tables by key (科目 code, funding source, “三公” item, name),
 * indexing each list the first time it is asked about. A rule makes one per run and passes it to
 * every look-up: reading the table once per claim is quadratic in a document of many claims and
 * rows. For one run over an unchanging document only: an index does not follow its list's changes.
 */
export class Lookup {
  private readonly indexes = new Map<string, WeakMap<object, Map<string, number>>>();
  private readonly mapped = new Map<string, WeakMap<object, string[]>>();
  private readonly labelMatches = new WeakMap<object, Map<string, number>>();

  /** The position of the first item of `list` whose key (`keyOf`, named by `by`) is `key`; -1 when none. */
  first<T>(by: string, list: readonly T[], keyOf: (item: T) => string | undefined, key: string): number {
    const lists = this.indexes.get(by) ?? this.indexes.set(by, new WeakMap()).get(by)!;
    let index = lists.get(list);
    if (!index) {
      index = new Map();
      for (let i = 0; i < list.length; i++) {
        const k = keyOf(list[i]!);
        if (k !== undefined && !index.has(k)) index.set(k, i);
      }
      lists.set(list, index);
    }
    return index.get(key) ?? -1;
  }

  /** `list` mapped by `f` (named by `by`), computed once per list. */
  private map<T>(by: string, list: readonly T[], f: (item: T) => string): readonly string[] {
    const lists = this.mapped.get(by) ?? this.mapped.set(by, new WeakMap()).get(by)!;
    return lists.get(list) ?? lists.set(list, list.map(f)).get(list)!;
  }

  /**
   * The position of the item whose label equals `wanted`, else of the longest label `wanted`
   * contains (names compared by {@link normaliseName}); -1 when none. Each wanted label is matched
   * once per list; the containment search still reads every label of the list for it.
   */
  bestLabel<T>(list: readonly T[], labelOf: (item: T) => string, wanted: string): number {
    const names = this.map('name', list, (item) => normaliseName(labelOf(item)));
    const matches = this.labelMatches.get(list) ?? this.labelMatches.set(list, new Map()).get(list)!;
    if (!matches.has(wanted)) {
      const w = normaliseName(wanted);
      const exact = this.first('name', names, (n) => n, w);
      matches.set(wanted, exact >= 0 ? exact : longestContained(names, w));
    }
    return matches.get(wanted)!;
  }
}

/** The index of the longest non-empty name that `wanted` contains (the first of equal length); -1 when none. */
function longestContained(names: readonly string[], wanted: string): number {
  let best = -1;
  names.forEach((n, i) => {
    if (n.length > 0 && wanted.includes(n) && (best < 0 || n.length > names[best]!.length)) best = i;
  });
  return best;
}

/** Context of a subject: the claim it is in (section and label steer the choice of table). */
interface Context {
  section: string;
  label: string;
}

function contextOf(claim: Claim | undefined, subject: ClaimSubject): Context {
  return { section: claim?.section ?? '', label: subject.label ?? claim?.subject.label ?? '' };
}

/** A cell of a subject table total or row. */
function tableCell(table: SubjectTable, name: SubjectTableName, key: ColumnKey, label: string): Fig | undefined {
  const text = cell(table.total, key);
  return text === undefined ? undefined : { label: `${table.table} ${label}`, text, unit: table.unit, path: [name, 'total', key], source: table.table };
}

/** A summary field that is a Money string. */
function summaryField(s: BudgetSummary, name: 'summary' | 'fiscalAppropriationSummary', field: 'incomeTotal' | 'incomeGrandTotal', label: string): Fig | undefined {
  return isDecimalText(s[field]) ? { label: `${s.table} ${label}`, text: s[field], unit: s.unit, path: [name, field], source: s.table } : undefined;
}

/** A summary Amounts field's column. */
function summaryCell(s: BudgetSummary, name: 'summary' | 'fiscalAppropriationSummary', field: 'expenditureTotal' | 'expenditureGrandTotal', key: ColumnKey, label: string): Fig | undefined {
  const text = cell(s[field], key);
  return text === undefined ? undefined : { label: `${s.table} ${label}`, text, unit: s.unit, path: [name, field, key], source: s.table };
}

/** Whether the context speaks of the general public budget or of appropriations (财政拨款), which 表4/表5 cover. */
function fiscalContext(ctx: Context): boolean {
  return /一般公共预算|财政拨款/.test(`${ctx.section}${ctx.label}`);
}

/** The income figure(s) of one funding source, or of an income line named like the label. */
function sourceFigure(doc: BudgetDocument, subject: ClaimSubject, ctx: Context, lookup: Lookup): Fig | undefined {
  const summaries = (fiscalContext(ctx) || /拨款/.test(ctx.label)
    ? [['fiscalAppropriationSummary', doc.fiscalAppropriationSummary], ['summary', doc.summary]]
    : [['summary', doc.summary], ['fiscalAppropriationSummary', doc.fiscalAppropriationSummary]]) as ['summary' | 'fiscalAppropriationSummary', BudgetSummary | undefined][];
  for (const [name, s] of summaries) {
    if (!s) continue;
    if (subject.source === 'carryOver') {
      const lines = (s.carryOverIncome ?? []).map((line, index) => ({ line, index }));
      if (lines.length === 1 && isDecimalText(lines[0].line.amount)) {
        return { label: `${s.table} ${lines[0].line.label}`, text: lines[0].line.amount, unit: s.unit, path: [name, 'carryOverIncome', 0, 'amount'], source: s.table };
      }
      continue;
    }
    const index = subject.source
      ? lookup.first('source', s.income, (l) => l.source, subject.source)
      : lookup.bestLabel(s.income, (l) => l.label, ctx.label);
    if (index >= 0 && isDecimalText(s.income[index].amount)) {
      const line = s.income[index];
      return { label: `${s.table} ${line.label}`, text: line.amount, unit: s.unit, path: [name, 'income', index, 'amount'], source: s.table };
    }
  }
  return undefined;
}

/** The row of a 功能分类 code: 表5 first for general-budget or appropriation statements, else 表3 first. */
export function subjectRowFigure(doc: BudgetDocument, code: string, ctx: Context, lookup = new Lookup()): Fig | undefined {
  const tables = subjectTables(doc).filter(({ name }) => name !== 'incomeBySubject');
  const order: SubjectTableName[] = fiscalContext(ctx)
    ? ['generalBudgetExpenditure', 'expenditureBySubject', 'governmentFundExpenditure', 'stateCapitalExpenditure']
    : ['expenditureBySubject', 'generalBudgetExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure'];
  for (const wanted of order) {
    const found = tables.find(({ name }) => name === wanted);
    if (!found) continue;
    const index = rowOfCode(found.table, code, lookup);
    if (index < 0) continue;
    const row = found.table.rows[index];
    const text = cell(row.amounts, 'total');
    if (text === undefined) continue;
    return { label: `${found.table.table} ${row.code} ${row.name}`, text, unit: found.table.unit, path: [wanted, 'rows', index, 'amounts', 'total'], source: found.table.table };
  }
  return undefined;
}

/** The position of the row of a 科目 code in a subject table, -1 when it has none. */
export function rowOfCode(table: SubjectTable, code: string, lookup: Lookup): number {
  return lookup.first('code', table.rows, (r) => r.code, code);
}

/**
 * The table figure a claim subject stands for, or undefined when the tables do not state it.
 * `claim` gives the context (section, label) that picks among several candidate figures; a rule
 * that asks for every claim passes one {@link Lookup} for all of them.
 */
export function subjectFigure(doc: BudgetDocument, subject: ClaimSubject, claim?: Claim, lookup = new Lookup()): Fig | undefined {
  const ctx = contextOf(claim, subject);
  const s = doc.summary;
  const f = doc.fiscalAppropriationSummary;
  const e = doc.expenditureBySubject;
  const g = doc.generalBudgetExpenditure;
  switch (subject.kind) {
    case 'incomeTotal':
      if (!s) return undefined;
      // 本年收入 is the year's income; 收入总计 and unqualified 收入 include carry-over.
      return /本年|当年/.test(ctx.label) ? summaryField(s, 'summary', 'incomeTotal', '本年收入合计') : summaryField(s, 'summary', 'incomeGrandTotal', '收入总计');
    case 'expenditureTotal':
      if (!s) return e ? tableCell(e, 'expenditureBySubject', 'total', '合计') : undefined;
      if (/总计/.test(ctx.label)) return summaryCell(s, 'summary', 'expenditureGrandTotal', 'total', '支出总计');
      if (/本年预算安排|当年/.test(ctx.label) && s.columns.some((c) => c.key === 'currentYear')) return summaryCell(s, 'summary', 'expenditureTotal', 'currentYear', '本年支出合计 当年预算安排');
      return summaryCell(s, 'summary', 'expenditureTotal', 'total', '本年支出合计');
    case 'fiscalAppropriationTotal':
      if (!f) return undefined;
      if (/支出/.test(ctx.label)) {
        return /总计/.test(ctx.label) ? summaryCell(f, 'fiscalAppropriationSummary', 'expenditureGrandTotal', 'total', '支出总计') : summaryCell(f, 'fiscalAppropriationSummary', 'expenditureTotal', 'total', '本年支出合计');
      }
      // "财政拨款收入" is the year's appropriation (本年收入合计); only a 总计 adds the carry-over.
      return /总计/.test(ctx.label) ? summaryField(f, 'fiscalAppropriationSummary', 'incomeGrandTotal', '收入总计') : summaryField(f, 'fiscalAppropriationSummary', 'incomeTotal', '本年收入合计');
    case 'generalBudgetExpenditure':
      if (g) return tableCell(g, 'generalBudgetExpenditure', 'total', '合计');
      return f ? summaryCell(f, 'fiscalAppropriationSummary', 'expenditureTotal', 'generalPublicBudget', '本年支出合计 一般公共预算') : undefined;
    case 'basic':
    case 'project': {
      const label = subject.kind === 'basic' ? '基本支出' : '项目支出';
      if (/一般公共预算/.test(ctx.label)) {
        if (g) return tableCell(g, 'generalBudgetExpenditure', subject.kind, label);
        const t = doc.basicExpenditureByEconomic;
        if (subject.kind === 'basic' && t) {
          const text = cell(t.total, 'total');
          return text === undefined ? undefined : { label: `${t.table} 合计`, text, unit: t.unit, path: ['basicExpenditureByEconomic', 'total', 'total'], source: t.table };
        }
      }
      if (e) return tableCell(e, 'expenditureBySubject', subject.kind, label);
      return g ? tableCell(g, 'generalBudgetExpenditure', subject.kind, label) : undefined;
    }
    case 'personnel':
    case 'publicUse': {
      const t = doc.basicExpenditureByEconomic;
      const text = cell(t?.total, subject.kind);
      return t && text !== undefined
        ? { label: `${t.table} ${subject.kind === 'personnel' ? '人员经费' : '公用经费'}`, text, unit: t.unit, path: ['basicExpenditureByEconomic', 'total', subject.kind], source: t.table }
        : undefined;
    }
    case 'source':
      return sourceFigure(doc, subject, ctx, lookup);
    case 'subject':
      return subject.code ? subjectRowFigure(doc, subject.code, ctx, lookup) : undefined;
    case 'threePublic': {
      const t = doc.threePublicExpenses;
      if (!t) return undefined;
      const item = subject.item ?? threePublicItem(ctx.label);
      if (item === 'total') {
        const text = cell(t.total, 'total');
        return text === undefined ? undefined : { label: `${t.table} “三公”经费合计`, text, unit: t.unit, path: ['threePublicExpenses', 'total', 'total'], source: t.table };
      }
      const index = lookup.first('item', t.lines, (l) => l.item, item);
      const text = index < 0 ? undefined : cell(t.lines[index].amounts, 'total');
      return text === undefined ? undefined : { label: `${t.table} ${t.lines[index].label}`, text, unit: t.unit, path: ['threePublicExpenses', 'lines', index, 'amounts', 'total'], source: t.table };
    }
    case 'operatingExpenses': {
      const t = doc.operatingExpenses;
      const text = cell(t?.total, 'total');
      return t && text !== undefined ? { label: `${t.table} 机关运行经费合计`, text, unit: t.unit, path: ['operatingExpenses', 'total', 'total'], source: t.table } : undefined;
    }
    case 'procurement': {
      const p = doc.procurement;
      // Amounts reserved for small enterprises are a part of the total no table line states.
      if (!p || /预留|中小|小微|小型|微型/.test(ctx.label)) return undefined;
      const key = /货物/.test(ctx.label) ? 'goods' : /工程/.test(ctx.label) ? 'works' : /服务/.test(ctx.label) ? 'services' : 'total';
      const names = { goods: '货物', works: '工程', services: '服务', total: '总额' } as const;
      return isDecimalText(p[key]) ? { label: `政府采购预算 ${names[key]}`, text: p[key], unit: p.unit, path: ['procurement', key], source: p.section ?? '政府采购' } : undefined;
    }
    case 'departmentPerformance': {
      const dp = doc.departmentPerformance;
      return dp && isDecimalText(dp.fundingTotal)
        ? { label: '整体绩效目标表 资金总额', text: dp.fundingTotal, unit: dp.unit, path: ['departmentPerformance', 'fundingTotal'], source: dp.title ?? '部门整体支出绩效目标表' }
        : undefined;
    }
    default:
      // Project counts and amounts are checked by claims-counts against the project tables.
      return undefined;
  }
}

/** The path of a claim's field. */
export function claimPath(index: number, ...rest: Path): Path {
  return ['claims', index, ...rest];
}
