/**
 * What `<budget-audit>` shows of a document's findings, computed once per document (counts) or
 * per severity filter (groups), never per render: a report that does not add up can have tens
 * of thousands of findings, and the element only ever draws a bounded page of them.
 */
import type { Finding, Severity } from '../../core/check/index.js';
import type { Bilingual } from '../../core/validate/issue.js';

export const SEVERITIES: readonly Severity[] = ['error', 'rounding', 'note'];

/** Findings drawn at first, all groups together, and added by each "show more". */
export const PAGE_SIZE = 50;

/** The findings of one rule that pass the severity filter, in document order. */
export interface FindingGroup {
  rule: string;
  /** The rule's title, or its id when the rule has none. */
  title: Bilingual;
  findings: Finding[];
}

/** How many findings of each severity: once per document, for the counts and the filter labels. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, rounding: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The severities a `severities` value names (the attribute rule has refused unknown words). */
export function parseSeverities(value: string | null | undefined): Set<Severity> {
  const words = new Set((value ?? '').split(/\s+/));
  return new Set(SEVERITIES.filter((severity) => words.has(severity)));
}

/** The findings of the shown severities, grouped by rule in the order rules run (checkDocument's order). */
export function groupByRule(findings: readonly Finding[], shown: ReadonlySet<Severity>, titles: ReadonlyMap<string, Bilingual>): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    if (!shown.has(finding.severity)) continue;
    let group = groups.get(finding.rule);
    if (!group) {
      group = { rule: finding.rule, title: titles.get(finding.rule) ?? { zh: finding.rule, en: finding.rule }, findings: [] };
      groups.set(finding.rule, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()];
}

/**
 * How many findings each group shows at first: `budget` in all, shared so that a rule with few
 * findings shows them all and the rules with many split the rest equally; every group shows at
 * least one, so no rule is hidden behind another's thousands. [91, 9093] → [25, 25];
 * [1, 3, 9093] → [1, 3, 46].
 */
export function shareOut(sizes: readonly number[], budget = PAGE_SIZE): number[] {
  const shares = sizes.map((size) => Math.min(size, 1));
  let left = budget - shares.reduce((a, b) => a + b, 0);
  let open = sizes.flatMap((size, i) => (shares[i]! < size ? [i] : []));
  while (left > 0 && open.length > 0) {
    const each = Math.max(1, Math.floor(left / open.length));
    const stillOpen: number[] = [];
    for (const i of open) {
      const take = Math.min(each, sizes[i]! - shares[i]!, left);
      shares[i]! += take;
      left -= take;
      if (shares[i]! < sizes[i]!) stillOpen.push(i);
    }
    open = stillOpen;
  }
  return shares;
}

/** The rows of table page `page` (0-based) of `total` rows: first and last 1-based row, and the page count. */
export function pageRange(page: number, total: number, size = PAGE_SIZE): { first: number; last: number; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(0, page), pages - 1);
  return { first: total === 0 ? 0 : clamped * size + 1, last: Math.min(total, (clamped + 1) * size), pages, page: clamped };
}
