/**
 * The collection index of a folder of reports (`budget-viz import <folder>`): what each imported
 * document holds, in a few hundred bytes, so that a portal can list a region's departments and
 * years, their totals and how well each report adds up without fetching one document; and which
 * files could not be imported, and why. Pure: the CLI reads, imports and writes; this shapes.
 */
import type { Finding } from './check/types.js';
import { toAmount } from './decimal.js';
import type { BudgetCollection, BudgetDocument, Money, MoneyUnit } from './schema/budget-types.generated.js';
import { convertAmount } from './units.js';

export type CollectionEntry = BudgetCollection['entries'][number];
export type CollectionFailure = NonNullable<BudgetCollection['failures']>[number];
type EntryTotals = NonNullable<CollectionEntry['totals']>;

/** An entry before the index gives it its id: ids depend on the other entries (a clash takes a suffix). */
export type UnnamedEntry = Omit<CollectionEntry, 'id'> & { source: NonNullable<CollectionEntry['source']> };

/** Where the document of a report was written and which file it was made from. */
export interface ReportOrigin {
  /** URL of the document relative to the index. */
  href: string;
  /** Path of the report relative to the imported folder ("2024/财政局.pdf"). */
  file: string;
}

/** What the import said of the report besides its document. */
export interface ReportOutcome {
  warnings: number;
  findings: readonly Pick<Finding, 'severity'>[];
}

/**
 * The index entry of one imported document. Income and expenditure come from the 收支总表 (收入总计,
 * 支出总计), basic and project from the 支出总表, as `<budget-headline>` shows them; all in the
 * 收支总表's unit (converted exactly where the 支出总表 has another), else in the 支出总表's.
 */
export function describeReport(doc: BudgetDocument, origin: ReportOrigin, outcome: ReportOutcome): UnnamedEntry {
  const { meta } = doc;
  const entry: UnnamedEntry = {
    department: meta.department.name,
    region: meta.region.name,
    fiscalYear: meta.fiscalYear,
    kind: meta.kind,
    scope: meta.scope,
    href: origin.href,
    source: { file: origin.file },
  };
  const totals = documentTotals(doc);
  if (totals) entry.totals = totals;
  entry.warnings = outcome.warnings;
  const checks = { error: 0, rounding: 0, note: 0 };
  for (const finding of outcome.findings) checks[finding.severity]++;
  entry.checks = checks;
  return entry;
}

function documentTotals(doc: BudgetDocument): EntryTotals | undefined {
  const summary = doc.summary;
  const split = doc.expenditureBySubject;
  const unit = summary?.unit ?? split?.unit;
  if (!unit) return undefined;
  const totals: EntryTotals = { unit };
  if (summary) {
    totals.income = summary.incomeGrandTotal;
    const expenditure = summary.expenditureGrandTotal.total;
    if (expenditure !== undefined) totals.expenditure = expenditure;
  }
  if (split) {
    const { basic, project } = split.total;
    if (basic !== undefined) totals.basic = inUnit(basic, split.unit, unit);
    if (project !== undefined) totals.project = inUnit(project, split.unit, unit);
  }
  return totals;
}

/**
 * The totals as the index stores them: income left out when it equals expenditure (a balanced
 * 收支总表), project when it equals expenditure − basic, both compared exactly; a report whose
 * figures do not agree keeps all of them, as published. The inverse of {@link totalsOf}.
 */
export function withoutDerivable(totals: EntryTotals): EntryTotals {
  const { income, project, ...kept } = totals;
  const stored: EntryTotals = { ...kept };
  if (income !== undefined && (totals.expenditure === undefined || !toAmount(income).eq(toAmount(totals.expenditure)))) stored.income = income;
  if (project !== undefined && !projectFollows(totals, project)) stored.project = project;
  return stored;
}

function projectFollows({ expenditure, basic }: EntryTotals, project: Money): boolean {
  return expenditure !== undefined && basic !== undefined && toAmount(expenditure).minus(toAmount(basic)).eq(toAmount(project));
}

/** An entry's totals with the figures the index leaves out because they follow from the others (see {@link withoutDerivable}). */
export function totalsOf(entry: CollectionEntry): EntryTotals | undefined {
  const totals = entry.totals;
  if (!totals) return undefined;
  const { expenditure, basic } = totals;
  return {
    ...totals,
    ...(totals.income === undefined && expenditure !== undefined ? { income: expenditure } : {}),
    ...(totals.project === undefined && expenditure !== undefined && basic !== undefined ? { project: toAmount(expenditure).minus(toAmount(basic)).toFixed() } : {}),
  };
}

/** The amount as published when the units agree; otherwise converted exactly (a power of ten). */
function inUnit(amount: Money, from: MoneyUnit, to: MoneyUnit): Money {
  return from === to ? amount : convertAmount(toAmount(amount), from, to).toFixed();
}

/**
 * The id of an entry from its department, year and kind: `^[a-z0-9-]+$`, so it can stand in a URL
 * and an `entry` attribute. A name of Latin letters and digits is kept ("xinfang-2024-budget");
 * any other (a Chinese name) becomes a short hash of itself, the same in every run and on every
 * machine ("3f9a0c1e-2024-budget").
 */
export function entryIdBase(department: string, fiscalYear: number, kind: CollectionEntry['kind']): string {
  const latin = department
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const readable = latin !== '' && /^[\x20-\x7e]+$/.test(department.normalize('NFKC'));
  return `${readable ? latin : fnv1a(department)}-${fiscalYear}-${kind}`;
}

/**
 * FNV-1a (32 bits) of the UTF-8 bytes, as 8 hex digits: short, stable and the same in node and a
 * browser (no crypto API needed). Two names of a region share one only by rare chance, and then
 * the second entry takes a suffix like any clash.
 */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface CollectionIndexInput {
  /** The index's title; by default its regions and the number of reports. */
  title?: string;
  entries: readonly UnnamedEntry[];
  failures: readonly CollectionFailure[];
}

/**
 * The index: entries in the order of their report files, each with a unique id (a clash takes
 * "-2", "-3" … in that order, so the same files always give the same ids, however many workers
 * imported them and in whatever order they finished), and the failures in file order. Totals
 * leave out what follows from the others (see {@link withoutDerivable}).
 *
 * Grouping: `years` when every entry is one department's report of one kind and scope, one a
 * year (what `<budget-yoy>` compares); `departments` when all are of one region; else `other`.
 * Returns undefined without entries: a collection has at least one.
 */
export function buildCollectionIndex(input: CollectionIndexInput): BudgetCollection | undefined {
  const sorted = [...input.entries].sort((a, b) => compareFiles(a.source.file, b.source.file));
  if (sorted.length === 0) return undefined;
  const used = new Set<string>();
  const entries = sorted.map((entry) => {
    const base = entryIdBase(entry.department, entry.fiscalYear, entry.kind);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const { department, ...rest } = entry;
    const stored = { id, department, ...rest } as CollectionEntry;
    if (stored.totals) stored.totals = withoutDerivable(stored.totals);
    return stored;
  }) as BudgetCollection['entries'];
  const collection: BudgetCollection = {
    type: 'budget-collection',
    schemaVersion: '1.0',
    title: input.title ?? defaultTitle(entries),
    grouping: grouping(entries),
    entries,
  };
  if (input.failures.length > 0) collection.failures = [...input.failures].sort((a, b) => compareFiles(a.file, b.file));
  return collection;
}

function grouping(entries: readonly CollectionEntry[]): BudgetCollection['grouping'] {
  const first = entries[0]!;
  const years = new Set(entries.map((e) => e.fiscalYear));
  const oneReportAYear = entries.every((e) => e.department === first.department && e.kind === first.kind && e.scope === first.scope);
  if (oneReportAYear && years.size === entries.length && entries.length > 1) return 'years';
  return entries.every((e) => e.region !== undefined && e.region === first.region) ? 'departments' : 'other';
}

function defaultTitle(entries: readonly CollectionEntry[]): string {
  const regions = [...new Set(entries.map((e) => e.region).filter((r): r is string => r !== undefined))];
  return `${regions.length > 0 ? regions.join('、') : '预算公开'}：${entries.length} 份报告`;
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The href of a report's document: the report's own path with ".json" added (keeping its
 * extension, so report.pdf and report.txt side by side do not share a document), each folder
 * and name percent-encoded as a URL path needs.
 */
export function documentHref(file: string): string {
  return `${file}.json`.split('/').map(encodeURIComponent).join('/');
}
