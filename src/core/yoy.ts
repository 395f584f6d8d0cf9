import { computeChange, type Change } from './change.js';
import { D, toAmount, type Dec } from './decimal.js';
import { BudgetInputError } from './errors.js';
import type { BudgetCollection, BudgetDocument, MoneyUnit, PriorYearFigure } from './schema/budget-types.generated.js';
import { convertAmount } from './units.js';

/** What a year-over-year comparison is about. */
export type YoyMeasure = 'totals' | 'split' | 'function' | 'operating' | 'three-public';

/** One year's figure of a series, traced to where it comes from. */
export interface YearValue {
  fiscalYear: number;
  /** In the unit asked of {@link yoySeries}, converted exactly. */
  amount: Dec;
  /** 'table': that year's own document; 'stated' / 'derived': a later document's 说明 (see PriorYearFigure). */
  basis: 'table' | 'stated' | 'derived';
  /** Table id for 'table'; the claim id (or '' when the figure names none) otherwise. */
  source: string;
  /** For 'stated' / 'derived': the fiscal year of the document whose 说明 gives the figure. */
  statedIn?: number;
}

/** One line of a year-over-year comparison. */
export interface YoySeries {
  key: string;
  label: string;
  /** The 类 code, for 'function' series. */
  code?: string;
  /** Ascending years; a year with no figure is absent (not 0). */
  values: YearValue[];
  /** Change between the last two values, or null when there are fewer than two. */
  change: Change | null;
  /** Year of the value the change is measured against, which need not be the year before. */
  previousYear?: number;
}

/** A series figure read from one document's table, before years are combined. */
interface TableFigure {
  key: string;
  label: string;
  code?: string;
  amount: Dec;
  source: string;
}

/**
 * What one document's tables give for a measure. `complete` means a key missing from `figures`
 * is 0 in that year rather than unknown: a 功能分类 table lists only the 类 it spends on.
 */
interface TableReading {
  figures: TableFigure[];
  complete: boolean;
  /** The table a complete reading comes from, so a 0 it implies is traced too. */
  table?: string;
}

const MEASURES: readonly YoyMeasure[] = ['totals', 'split', 'function', 'operating', 'three-public'];

const THREE_PUBLIC_TOTAL = '“三公”经费合计';

/** Reads one money string of a table in `from` and converts it exactly to `to`. */
function money(text: string, from: MoneyUnit, to: MoneyUnit): Dec {
  return convertAmount(toAmount(text), from, to);
}

/** The figures of `measure` in the tables of one document, or none when it lacks the table. */
function readTables(doc: BudgetDocument, measure: YoyMeasure, unit: MoneyUnit): TableReading {
  const figures: TableFigure[] = [];
  const add = (key: string, label: string, text: string | undefined, from: MoneyUnit, source: string, code?: string) => {
    if (text !== undefined) figures.push({ key, label, amount: money(text, from, unit), source, ...(code ? { code } : {}) });
  };
  switch (measure) {
    case 'totals': {
      const s = doc.summary;
      if (s) {
        add('income', '收入总计', s.incomeGrandTotal, s.unit, s.table);
        add('expenditure', '支出总计', s.expenditureGrandTotal.total, s.unit, s.table);
      }
      return { figures, complete: false };
    }
    case 'split': {
      const t = doc.expenditureBySubject;
      if (t) {
        add('basic', '基本支出', t.total.basic, t.unit, t.table);
        add('project', '项目支出', t.total.project, t.unit, t.table);
      }
      return { figures, complete: false };
    }
    case 'function': {
      const t = doc.expenditureBySubject;
      for (const row of t?.rows ?? []) {
        if (row.code.length === 3) add(row.code, row.name, row.amounts.total, t!.unit, t!.table, row.code);
      }
      return { figures, complete: t !== undefined, table: t?.table };
    }
    case 'operating': {
      const t = doc.operatingExpenses;
      if (t) add('operating', '机关运行经费', t.total.total, t.unit, t.table);
      return { figures, complete: false };
    }
    case 'three-public': {
      const t = doc.threePublicExpenses;
      if (t) {
        add('total', THREE_PUBLIC_TOTAL, t.total.total, t.unit, t.table);
        for (const line of t.lines) add(line.item, line.label, line.amounts.total, t.unit, t.table);
      }
      return { figures, complete: false };
    }
  }
}

/**
 * The series key a prior-year figure belongs to under `measure`, or null. ClaimSubject cannot
 * name a 三公 line, so only the total is matched: the figure without a label or labelled “三公”.
 */
function priorKey(figure: PriorYearFigure, measure: YoyMeasure): { key: string; label?: string; code?: string } | null {
  const { kind, code, label } = figure.subject;
  switch (measure) {
    case 'totals':
      return kind === 'incomeTotal' ? { key: 'income', label: '收入总计' } : kind === 'expenditureTotal' ? { key: 'expenditure', label: '支出总计' } : null;
    case 'split':
      return kind === 'basic' ? { key: 'basic', label: '基本支出' } : kind === 'project' ? { key: 'project', label: '项目支出' } : null;
    case 'function':
      return kind === 'subject' && code?.length === 3 ? { key: code, label: label ?? code, code } : null;
    case 'operating':
      return kind === 'operatingExpenses' ? { key: 'operating', label: '机关运行经费' } : null;
    case 'three-public':
      return kind === 'threePublic' && (label === undefined || label.includes('三公')) ? { key: 'total', label: THREE_PUBLIC_TOTAL } : null;
    default:
      return null;
  }
}

/** What a comparison across years needs to know of each document or collection entry. */
interface YearEntry {
  department: string;
  fiscalYear: number;
  kind: 'budget' | 'final';
  /** JSON path of the entry, for the error that names it. */
  path: string;
}

/**
 * Throws unless the entries are one department's reports of one kind, one per year: comparing two
 * departments, or a 预算 with a 决算, or two reports of one year, would print a change that means
 * nothing.
 */
function requireOneDepartmentsYears(entries: readonly YearEntry[]): void {
  const [first] = entries;
  const seen = new Map<number, YearEntry>();
  for (const entry of entries) {
    if (entry.department !== first.department) {
      throw new BudgetInputError({
        code: 'mixed-departments',
        messageZh: `逐年比较只能比较同一部门的各年度，这里有“${first.department}”（${first.path}）和“${entry.department}”`,
        messageEn: `a comparison across years compares one department's years; here are "${first.department}" (${first.path}) and "${entry.department}"`,
        found: entry.department,
        path: `${entry.path}.department`,
      });
    }
    if (entry.kind !== first.kind) {
      throw new BudgetInputError({
        code: 'mixed-kinds',
        messageZh: `逐年比较不能把预算和决算相比（${first.path} 是 ${first.kind}）`,
        messageEn: `a comparison across years cannot compare a budget with final accounts (${first.path} is ${first.kind})`,
        found: entry.kind,
        path: `${entry.path}.kind`,
      });
    }
    const earlier = seen.get(entry.fiscalYear);
    if (earlier) {
      throw new BudgetInputError({
        code: 'duplicate-year',
        messageZh: `有两份 ${entry.fiscalYear} 年度的文档（另一份是 ${earlier.path}）`,
        messageEn: `two documents are for fiscal year ${entry.fiscalYear} (the other is ${earlier.path})`,
        found: String(entry.fiscalYear),
        path: `${entry.path}.fiscalYear`,
      });
    }
    seen.set(entry.fiscalYear, entry);
  }
}

/**
 * Throws unless a collection can be shown across years: grouped by years (or other), one
 * department's reports of one kind, each year once. Checked before any entry is fetched.
 */
export function requireYearCollection(collection: BudgetCollection): void {
  if (collection.grouping === 'departments') {
    throw new BudgetInputError({
      code: 'not-years',
      messageZh: '这个文档集按部门分组；逐年比较只能比较同一部门的各年度',
      messageEn: "this collection groups departments; a comparison across years compares one department's years",
      found: collection.grouping,
      path: '$.grouping',
    });
  }
  requireOneDepartmentsYears(collection.entries.map((e, i) => ({ department: e.department, fiscalYear: e.fiscalYear, kind: e.kind, path: `$.entries[${i}]` })));
}

/** Documents in ascending fiscal year, after checking they are one department's years. */
function byYear(documents: BudgetDocument[]): BudgetDocument[] {
  requireOneDepartmentsYears(
    documents.map((doc, i) => ({
      department: `${doc.meta.region.name} ${doc.meta.department.name}`,
      fiscalYear: doc.meta.fiscalYear,
      kind: doc.meta.kind,
      path: `documents[${i}].meta`,
    })),
  );
  return [...documents].sort((a, b) => a.meta.fiscalYear - b.meta.fiscalYear);
}

/**
 * Prior-year figures by key and year. When several documents give the same year, the nearest
 * later document wins (its 说明 compares with exactly that year), then 'stated' over 'derived'.
 */
function priorFigures(docs: BudgetDocument[], measure: YoyMeasure, unit: MoneyUnit) {
  const found = new Map<string, Map<number, YearValue & { label?: string; code?: string }>>();
  for (const doc of docs) {
    for (const figure of doc.priorYear ?? []) {
      const match = priorKey(figure, measure);
      if (!match) continue;
      const years = found.get(match.key) ?? new Map();
      found.set(match.key, years);
      const held = years.get(figure.fiscalYear);
      const better = !held || (held.statedIn === doc.meta.fiscalYear && held.basis === 'derived' && figure.basis === 'stated');
      if (!better) continue;
      years.set(figure.fiscalYear, {
        fiscalYear: figure.fiscalYear,
        amount: money(figure.amount, figure.unit, unit),
        basis: figure.basis,
        source: figure.claim ?? '',
        statedIn: doc.meta.fiscalYear,
        label: match.label,
        code: match.code,
      });
    }
  }
  return found;
}

/**
 * Year-over-year series of one department's documents (any order) for `measure`, every amount
 * converted exactly to `unit`. A year's own table wins; a later document's prior-year figure
 * fills a year that has no document or whose document lacks the table. Series whose values are
 * all 0 are kept; 'function' series are in 类 code order, labelled with the newest name.
 */
export function yoySeries(documents: BudgetDocument[], measure: YoyMeasure, unit: MoneyUnit): YoySeries[] {
  if (!MEASURES.includes(measure)) {
    throw new BudgetInputError({ code: 'unknown-measure', messageZh: '未知的比较项目', messageEn: 'unknown year-over-year measure', found: String(measure) });
  }
  const docs = byYear(documents);
  const readings = docs.map((doc) => ({ year: doc.meta.fiscalYear, ...readTables(doc, measure, unit) }));
  const prior = priorFigures(docs, measure, unit);

  // Keys in the order of the newest table that has them; labels from the newest year too.
  const keys = new Map<string, { label: string; code?: string }>();
  for (const reading of [...readings].reverse()) {
    for (const f of reading.figures) if (!keys.has(f.key)) keys.set(f.key, { label: f.label, code: f.code });
  }
  for (const [key, years] of prior) {
    const first = [...years.values()][0];
    if (!keys.has(key)) keys.set(key, { label: first.label ?? key, code: first.code });
  }
  const ordered = [...keys].sort(([a], [b]) => (measure === 'function' ? a.localeCompare(b) : 0));

  const series: YoySeries[] = [];
  for (const [key, { label, code }] of ordered) {
    const values = yearValues(key, readings, prior.get(key));
    if (values.length === 0) continue;
    const [previous, last] = values.slice(-2);
    const change = values.length >= 2 ? computeChange(last.amount, previous.amount) : null;
    series.push({ key, label, ...(code ? { code } : {}), values, change, ...(change ? { previousYear: previous.fiscalYear } : {}) });
  }
  return series;
}

/** The values of one key over all years: the year's own table first, else a prior-year figure. */
function yearValues(
  key: string,
  readings: (TableReading & { year: number })[],
  prior: Map<number, YearValue & { label?: string; code?: string }> | undefined,
): YearValue[] {
  const values = new Map<number, YearValue>();
  for (const [year, p] of prior ?? []) {
    values.set(year, { fiscalYear: p.fiscalYear, amount: p.amount, basis: p.basis, source: p.source, statedIn: p.statedIn });
  }
  for (const r of readings) {
    const figure = r.figures.find((f) => f.key === key);
    if (figure) values.set(r.year, { fiscalYear: r.year, amount: figure.amount, basis: 'table', source: figure.source });
    else if (r.complete) values.set(r.year, { fiscalYear: r.year, amount: new D(0), basis: 'table', source: r.table ?? '' });
  }
  return [...values.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/**
 * Where a series ranks by change: 'new' above every amount (growth from nothing), then the
 * signed change (increase +, decrease and discontinued −, flat and none 0), then no change at all.
 */
function changeRank(s: YoySeries): { tier: 0 | 1 | 2; signed: Dec } {
  const c = s.change;
  if (!c) return { tier: 2, signed: new D(0) };
  if (c.direction === 'new') return { tier: 0, signed: c.amount };
  const falling = c.direction === 'decrease' || c.direction === 'discontinued';
  return { tier: 1, signed: falling ? c.amount.neg() : c.amount };
}

/**
 * Series ordered for display: 'amount' by the last value, largest first (series without values
 * last); 'change' by signed change, largest increase first; 'report' as given. Stable, and
 * returns a new array.
 */
export function sortSeries(series: YoySeries[], by: 'amount' | 'change' | 'report'): YoySeries[] {
  const copy = [...series];
  if (by === 'report') return copy;
  if (by === 'amount') {
    const last = (s: YoySeries) => s.values.at(-1)?.amount;
    return copy.sort((a, b) => {
      const x = last(a);
      const y = last(b);
      return x && y ? y.comparedTo(x) : x ? -1 : y ? 1 : 0;
    });
  }
  if (by === 'change') {
    return copy.sort((a, b) => {
      const x = changeRank(a);
      const y = changeRank(b);
      return x.tier - y.tier || (x.tier === 1 ? y.signed.comparedTo(x.signed) : 0);
    });
  }
  throw new BudgetInputError({ code: 'unknown-order', messageZh: '未知的排序方式', messageEn: 'unknown sort order', found: String(by) });
}
