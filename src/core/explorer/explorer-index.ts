/**
 * The model `<budget-explorer>` lists: a collection index (`budget-viz import <folder>`) read
 * once into entries whose totals are parsed and converted to one unit, and whose order by each
 * sort key is computed once, when first shown, so that filtering and sorting 5,000 entries on
 * every keystroke compares no decimals. Pure: no DOM, no fetching.
 */
import { D, scaledDigits, type Dec } from '../decimal.js';
import { BudgetInputError } from '../errors.js';
import type { BudgetCollection, MoneyUnit } from '../schema/budget-types.generated.js';
import type { BudgetFile } from '../validate/index.js';

export type EntryKind = 'budget' | 'final';
export type EntryScope = 'department' | 'unit';
export type ExplorerSortKey = 'name' | 'expenditure' | 'basic' | 'project' | 'year';
export type SortDirection = 'ascending' | 'descending';

export const SORT_KEYS: readonly ExplorerSortKey[] = ['name', 'expenditure', 'basic', 'project', 'year'];

/** The unit every total of the model is held in, so that entries published in 元 and in 万元 compare. */
export const MODEL_UNIT: MoneyUnit = '万元';

/** One entry of the index with what the explorer shows and sorts by. */
export interface ExplorerEntry {
  id: string;
  department: string;
  region?: string;
  fiscalYear: number;
  kind: EntryKind;
  scope?: EntryScope;
  /** The document's URL, resolved against the index's own URL. */
  href: string;
  /** 支出总计 in {@link MODEL_UNIT}. */
  expenditure: Dec;
  /** 基本支出 and 项目支出 in {@link MODEL_UNIT}; absent when the document lacks them. */
  basic?: Dec;
  project?: Dec;
  /** Region and department: one department's reports across years share it. */
  departmentKey: string;
  /** JSON path of the entry in the index, for messages. */
  path: string;
}

export interface ExplorerIndex {
  title: string;
  entries: readonly ExplorerEntry[];
  byId: ReadonlyMap<string, ExplorerEntry>;
  /** Newest first. */
  years: readonly number[];
  kinds: readonly EntryKind[];
  /** The scopes the entries state; a filter is offered only when there are two. */
  scopes: readonly EntryScope[];
  /** Every entry in ascending order of `key`, worked out the first time it is asked for and kept; ties by name, then id. */
  ascending(key: ExplorerSortKey): readonly ExplorerEntry[];
}

/**
 * Reads a validated budget file as the explorer's index. Refuses, naming the JSON path, a file
 * that is not a collection and an entry without totals: the explorer lists from the index alone.
 */
export function explorerIndex(file: BudgetFile, baseUrl: string): ExplorerIndex {
  if (file.type !== 'budget-collection') {
    throw new BudgetInputError({
      code: 'not-a-collection',
      messageZh: '需要文档集（"type": "budget-collection"），如 budget-viz import 写出的 index.json',
      messageEn: 'a collection ("type": "budget-collection") is needed, such as the index.json written by budget-viz import',
      found: JSON.stringify(file.type),
      path: '$.type',
    });
  }
  const entries = file.entries.map((entry, i) => readEntry(entry, i, baseUrl));
  const orders = new Map<ExplorerSortKey, readonly ExplorerEntry[]>();
  let compare: ReturnType<typeof comparisons> | undefined;
  return {
    title: file.title,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    years: [...new Set(entries.map((e) => e.fiscalYear))].sort((a, b) => b - a),
    kinds: (['budget', 'final'] as const).filter((k) => entries.some((e) => e.kind === k)),
    scopes: (['department', 'unit'] as const).filter((s) => entries.some((e) => e.scope === s)),
    ascending(key) {
      let order = orders.get(key);
      if (!order) orders.set(key, (order = [...entries].sort((compare ??= comparisons(entries))(key))));
      return order;
    },
  };
}

/**
 * The comparison of each sort key. Names are ranked once (a collator is slow, and a region has
 * far fewer departments than entries) and amounts compared as exact integers of 10^-14 万元, so a
 * sort of 5,000 entries makes no Decimal or collator call per comparison.
 */
function comparisons(entries: readonly LazyEntry[]): (key: ExplorerSortKey) => (a: LazyEntry, b: LazyEntry) => number {
  // Ranked when a name is first compared: amounts rarely tie, so the default order needs no collator.
  let rank: Map<string, number> | undefined;
  const ranks = () => (rank ??= new Map([...new Set(entries.map((e) => e.department))].sort(new Intl.Collator('zh-CN').compare).map((name, i) => [name, i])));
  const byName = (a: LazyEntry, b: LazyEntry) => (a.department === b.department ? 0 : ranks().get(a.department)! - ranks().get(b.department)!) || compareText(a.id, b.id);
  const byAmount = (key: keyof AmountKeys) => (a: LazyEntry, b: LazyEntry) => compareMissingFirst(a.keys[key], b.keys[key]) || byName(a, b);
  return (key) => (key === 'name' ? byName : key === 'year' ? (a, b) => a.fiscalYear - b.fiscalYear || byName(a, b) : byAmount(key));
}

type IndexEntry = BudgetCollection['entries'][number];

function readEntry(entry: IndexEntry, i: number, baseUrl: string): LazyEntry {
  const path = `$.entries[${i}]`;
  const totals = entry.totals;
  if (!totals) throw missingTotal(`${path}.totals`, 'totals', entry.id);
  if (totals.expenditure === undefined) throw missingTotal(`${path}.totals.expenditure`, 'totals.expenditure', entry.id);
  const { unit, expenditure, basic, project } = totals;
  // 项目支出 the index leaves out because it is expenditure − basic (see totalsOf), worked out the same way here.
  const projectKey = project !== undefined ? exactKey(project, unit) : basic !== undefined ? exactKey(expenditure, unit) - exactKey(basic, unit) : undefined;
  const read = new LazyEntry(
    { id: entry.id, department: entry.department, fiscalYear: entry.fiscalYear, kind: entry.kind, departmentKey: `${entry.region ?? ''} ${entry.department}`, path },
    { expenditure: exactKey(expenditure, unit), basic: basic === undefined ? undefined : exactKey(basic, unit), project: projectKey },
    entry.href,
    baseUrl,
  );
  if (entry.region !== undefined) read.region = entry.region;
  if (entry.scope !== undefined) read.scope = entry.scope;
  return read;
}

/** Decimals that turn an amount in each unit into whole 10^-14 万元 (see {@link exactKey}). */
const KEY_SHIFT: Readonly<Record<MoneyUnit, number>> = { 元: 10, 万元: 14, 亿元: 18 };
const KEY_SCALE = '1e14';

/**
 * An amount as a whole number of 10^-14 万元, exactly, from its text: the order of amounts
 * published in different units, and the source of each Decimal the list shows. A valid amount
 * has at most 10 decimals (even in 元), so none is lost.
 */
function exactKey(text: string, unit: MoneyUnit): bigint {
  return scaledDigits(text, KEY_SHIFT[unit]);
}

type AmountKeys = Record<'expenditure' | 'basic' | 'project', bigint | undefined>;

/**
 * An entry whose Decimals and URL are made when first read: a region of 5,000 entries draws 50
 * rows at a time, so reading the index parses no amount and resolves no URL it does not show.
 */
class LazyEntry implements ExplorerEntry {
  id!: string;
  department!: string;
  region?: string;
  fiscalYear!: number;
  kind!: EntryKind;
  scope?: EntryScope;
  departmentKey!: string;
  path!: string;
  private made: Partial<Record<keyof AmountKeys | 'href', unknown>> = {};

  constructor(
    fields: Pick<ExplorerEntry, 'id' | 'department' | 'fiscalYear' | 'kind' | 'departmentKey' | 'path'>,
    readonly keys: AmountKeys,
    private readonly relativeHref: string,
    private readonly baseUrl: string,
  ) {
    Object.assign(this, fields);
  }

  get href(): string {
    return (this.made.href ??= new URL(this.relativeHref, this.baseUrl).href) as string;
  }

  get expenditure(): Dec {
    return this.amount('expenditure')!;
  }

  get basic(): Dec | undefined {
    return this.amount('basic');
  }

  get project(): Dec | undefined {
    return this.amount('project');
  }

  private amount(key: keyof AmountKeys): Dec | undefined {
    if (!(key in this.made)) {
      const scaled = this.keys[key];
      // new D, not toAmount: a 项目支出 worked out from a report whose 基本支出 exceeds its 支出总计 is negative, as its figures say.
      this.made[key] = scaled === undefined ? undefined : new D(scaled.toString()).div(KEY_SCALE);
    }
    return this.made[key] as Dec | undefined;
  }
}

function missingTotal(path: string, field: string, id: string): BudgetInputError {
  return new BudgetInputError({
    code: 'missing-totals',
    messageZh: `条目缺少 ${field}：部门列表只用索引中的合计数（用 budget-viz import 重新生成索引）`,
    messageEn: `the entry has no ${field}: the list of departments uses the index's totals alone (regenerate the index with budget-viz import)`,
    found: id,
    path,
  });
}

/** An absent amount sorts before every present one, so that "largest first" ends with the unknown. */
function compareMissingFirst(a: bigint | undefined, b: bigint | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the list shows: `year` 'all' or a year; `scope` '' for both. */
export interface ExplorerFilter {
  year: number | 'all';
  kind: EntryKind;
  scope: EntryScope | '';
  /** Part of a department's name; case and surrounding spaces are ignored. */
  query: string;
}

/** The year and kind shown when the page names neither: budgets if there are any, their newest year. */
export function defaultKind(index: ExplorerIndex): EntryKind {
  return index.kinds[0] ?? 'budget';
}

export function newestYear(index: ExplorerIndex, kind: EntryKind): number | undefined {
  return index.years.find((year) => index.entries.some((e) => e.kind === kind && e.fiscalYear === year));
}

/**
 * The entries the filter lets through, in the order asked for. Walks the order computed once for
 * the key (reversed for descending), so a change of filter or order is linear and compares nothing.
 */
export function filterEntries(index: ExplorerIndex, filter: ExplorerFilter, sort: ExplorerSortKey, direction: SortDirection): ExplorerEntry[] {
  const query = filter.query.trim().toLowerCase();
  const order = index.ascending(sort);
  const shown: ExplorerEntry[] = [];
  const keep = (e: ExplorerEntry) =>
    e.kind === filter.kind &&
    (filter.year === 'all' || e.fiscalYear === filter.year) &&
    (filter.scope === '' || e.scope === filter.scope) &&
    (query === '' || e.department.toLowerCase().includes(query));
  if (direction === 'ascending') {
    for (const e of order) if (keep(e)) shown.push(e);
  } else {
    for (let i = order.length - 1; i >= 0; i--) if (keep(order[i]!)) shown.push(order[i]!);
  }
  return shown;
}

/** The ids of `selected` (space-separated) that the index has, in the order given, each once. */
export function selectedEntries(index: ExplorerIndex, selected: string): ExplorerEntry[] {
  const ids = [...new Set(selected.split(/\s+/).filter(Boolean))];
  return ids.map((id) => index.byId.get(id)).filter((e): e is ExplorerEntry => e !== undefined);
}

/** The reports of `entry`'s department of the same kind and scope, oldest year first, one a year. */
export function departmentYears(index: ExplorerIndex, entry: ExplorerEntry): ExplorerEntry[] {
  const byYear = new Map<number, ExplorerEntry>();
  for (const e of index.entries) {
    if (e.departmentKey === entry.departmentKey && e.kind === entry.kind && e.scope === entry.scope && !byYear.has(e.fiscalYear)) byYear.set(e.fiscalYear, e);
  }
  return [...byYear.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/**
 * The collection `<budget-yoy>` compares: one department's years of one kind, hrefs absolute so
 * that it loads them from wherever it is; undefined for a single year, which has nothing to compare.
 */
export function yearsCollection(years: readonly ExplorerEntry[]): BudgetCollection | undefined {
  if (years.length < 2) return undefined;
  const [first, ...rest] = years.map((e) => ({ id: e.id, department: e.department, fiscalYear: e.fiscalYear, kind: e.kind, href: e.href }));
  return {
    type: 'budget-collection',
    schemaVersion: '1.0',
    title: `${years[0]!.department} ${years.map((e) => e.fiscalYear).join('、')}`,
    grouping: 'years',
    entries: [first!, ...rest],
  };
}
