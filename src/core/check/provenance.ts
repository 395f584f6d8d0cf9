/**
 * Where each figure of a finding stands in the report: its table, row and column, and the line
 * and page of the imported text, read from the claim's provenance or the table's `provenance`
 * map ("rows/3", "total", "lines/2" …). A finding that involves a figure whose column the
 * importer inferred from the report's sums says so, since it may be an import problem.
 */
import type { BudgetDocument, Claim, Column, SourceRef } from '../schema/budget-types.generated.js';
import type { PathSegment } from '../validate/issue.js';
import type { FigureRef, Finding } from './types.js';

/** `$.rows[3].amounts["total"]` → ['rows', 3, 'amounts', 'total']. Linear; unknown text is skipped. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else {
      try {
        out.push(JSON.parse(m[3]!) as string);
      } catch {
        return out;
      }
    }
  }
  return out;
}

/** Row names of a table section's summary fields. */
const FIELD_ROW: Record<string, string> = {
  total: '合计',
  incomeTotal: '本年收入合计',
  incomeGrandTotal: '收入总计',
  expenditureTotal: '本年支出合计',
  expenditureGrandTotal: '支出总计',
  yearEndCarryOver: '年终结转',
  personnelTotal: '人员经费合计',
  publicUseTotal: '公用经费合计',
};

type Located = Pick<FigureRef, 'table' | 'row' | 'column' | 'line' | 'page' | 'inferred'>;

function fromRef(ref: SourceRef | undefined): Located {
  if (!ref) return {};
  return { line: ref.line, ...(ref.page !== undefined ? { page: ref.page } : {}), ...(ref.inferred ? { inferred: true } : {}) };
}

function fromClaim(claim: Claim | undefined): Located {
  if (!claim) return {};
  return { ...fromRef(claim.provenance), ...(claim.table ? { table: claim.table } : {}), ...(claim.subject.label ? { row: claim.subject.label } : {}) };
}

interface TableLike {
  table?: unknown;
  provenance?: Record<string, SourceRef>;
  columns?: Column[];
  [key: string]: unknown;
}

/** The name of a row of a table section: its code and name, label or name. */
function rowName(section: TableLike, list: string, index: number, sub?: { list: string; index: number }): string | undefined {
  const rows = section[list];
  if (!Array.isArray(rows)) return undefined;
  let row = rows[index] as Record<string, unknown> | undefined;
  if (sub && row && Array.isArray(row[sub.list])) row = (row[sub.list] as Record<string, unknown>[])[sub.index];
  if (!row) return undefined;
  const name = (row.name ?? row.label ?? row.departmentItem) as string | undefined;
  const code = row.code as string | undefined;
  return [code, name].filter((x) => x).join(' ') || undefined;
}

/** A document's claims by id (the first of an id), for finding the claim a prior-year figure names. */
export function claimsById(doc: BudgetDocument): Map<string, Claim> {
  const out = new Map<string, Claim>();
  for (const claim of doc.claims ?? []) if (!out.has(claim.id)) out.set(claim.id, claim);
  return out;
}

/**
 * Table, row, column, line and page of the figure at `path`, as far as the document knows them.
 * Locating many figures, pass one {@link claimsById} for all.
 */
export function locate(doc: BudgetDocument, path: string, claims?: Map<string, Claim>): Located {
  const segments = parsePath(path);
  const head = segments[0];
  if (head === 'claims' && typeof segments[1] === 'number') return fromClaim(doc.claims?.[segments[1]]);
  if (head === 'priorYear' && typeof segments[1] === 'number') {
    const id = doc.priorYear?.[segments[1]]?.claim;
    return id === undefined ? {} : fromClaim((claims ?? claimsById(doc)).get(id));
  }
  if (typeof head !== 'string' || head === 'meta') return {};
  let section = (doc as unknown as Record<string, unknown>)[head] as TableLike | TableLike[] | undefined;
  let rest = segments.slice(1);
  if (Array.isArray(section)) {
    if (typeof rest[0] !== 'number') return {};
    section = section[rest[0]] as TableLike | undefined;
    rest = rest.slice(1);
  }
  if (!section || typeof section !== 'object' || typeof section.table !== 'string') return {};
  const out: Located = { table: section.table };
  const field = rest[0];
  if (typeof field !== 'string') return out;
  let key = field;
  let columnAt = 1;
  if (typeof rest[1] === 'number') {
    key = `${field}/${rest[1]}`;
    columnAt = 2;
    const sub = typeof rest[2] === 'string' && rest[2] !== 'amounts' && typeof rest[3] === 'number' ? { list: rest[2], index: rest[3] } : undefined;
    if (sub) {
      key += `/${sub.list}/${sub.index}`;
      columnAt = 4;
    }
    const name = rowName(section, field, rest[1], sub);
    if (name) out.row = name;
  } else if (FIELD_ROW[field]) out.row = FIELD_ROW[field];
  // The column: the key after `amounts`, or after a field that is itself an Amounts object.
  const next = rest[columnAt] === 'amounts' ? rest[columnAt + 1] : rest[columnAt];
  const column = typeof next === 'string' ? section.columns?.find((c) => c.key === next) : undefined;
  if (column) out.column = column.label;
  const ref = section.provenance?.[key] ?? (columnAt > 1 ? undefined : section.provenance?.[field]);
  return { ...out, ...fromRef(ref) };
}

/** "表3 第12行 第3页" / "表3 line 12, page 3": where a figure is, for messages and the CLI. */
export function whereOf(figure: Pick<FigureRef, 'table' | 'line' | 'page'>, en: boolean): string {
  const parts: string[] = [];
  if (en) {
    if (figure.line !== undefined) parts.push(`line ${figure.line}`);
    if (figure.page !== undefined) parts.push(`page ${figure.page}`);
    return [figure.table, parts.join(', ')].filter((x) => x).join(' ');
  }
  if (figure.line !== undefined) parts.push(`第${figure.line}行`);
  if (figure.page !== undefined) parts.push(`第${figure.page}页`);
  return [figure.table, parts.join(' ')].filter((x) => x).join(' ');
}

/** Rules whose findings do not depend on which column a figure was read into (names, notes). */
const NOT_ABOUT_COLUMNS = new Set(['claims-subject-names', 'empty-table-note']);

/**
 * Adds to every figure of the findings where it stands (fields a rule set are kept), and to the
 * message of a finding that involves an inferred column, that it may be an import problem.
 */
export function withProvenance(doc: BudgetDocument, findings: Finding[], claims = claimsById(doc)): Finding[] {
  for (const finding of findings) {
    finding.figures = finding.figures.map((figure) => {
      const found = locate(doc, figure.path, claims);
      const merged: FigureRef = { ...figure };
      for (const [k, v] of Object.entries(found) as [keyof Located, never][]) if (merged[k] === undefined && v !== undefined) merged[k] = v;
      return merged;
    });
    const inferred = finding.figures.filter((f) => f.inferred);
    if (inferred.length > 0 && !NOT_ABOUT_COLUMNS.has(finding.rule) && !/可能是导入问题/.test(finding.message.zh)) {
      const unique = (xs: string[]) => [...new Set(xs)];
      const zh = unique(inferred.map((f) => whereOf(f, false) || f.label)).join('、');
      const en = unique(inferred.map((f) => whereOf(f, true) || f.label)).join('; ');
      finding.message = {
        zh: `${finding.message.zh}（${zh} 的列位置是导入时按报告的合计推断的，可能是导入问题）`,
        en: `${finding.message.en} (the column of ${en} was inferred at import from the report’s sums: may be an import problem)`,
      };
    }
  }
  return findings;
}
