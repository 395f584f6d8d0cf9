import { html, nothing, type TemplateResult } from 'lit';
import type { LoadError } from '../../controllers/budget-data-controller.js';
import { pairOf, splitShares, type BudgetFinalPair, type Comparison } from '../../core/explorer/compare.js';
import type { Dec } from '../../core/decimal.js';
import type { ExplorerEntry, ExplorerIndex } from '../../core/explorer/explorer-index.js';
import type { BudgetCollection, BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { barWidth, flexShare, largest } from '../base/bar-geometry.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import { styleProps } from '../base/style-props.js';
import { renderBudgetFinal } from './explorer-budget-final.js';
import { renderYears, type NestedSettings } from './explorer-report.js';
import type { ExplorerView } from './explorer-view.js';

/** A document of a compared department: loading, loaded, or why it failed. */
export type DocumentLoad = { status: 'loading' } | { status: 'ready'; document: BudgetDocument } | { status: 'error'; error: LoadError };

/** Two or more departments side by side. */
export interface ExplorerComparison {
  index: ExplorerIndex;
  comparison: Comparison;
  /** The chosen entries, in the order chosen. */
  chosen: readonly ExplorerEntry[];
  documents: ReadonlyMap<string, DocumentLoad>;
  /** Each department's years for `<budget-yoy>`, when the index has more than one. */
  yearsOf(entry: ExplorerEntry): BudgetCollection | undefined;
  /** Why a document failed, in the reader's language. */
  failureText(error: LoadError): string;
  settings: NestedSettings;
  back(): void;
}

export function renderComparison(view: ExplorerView, compared: ExplorerComparison): TemplateResult {
  const { t } = view;
  const { index, chosen } = compared;
  const loads = chosen.map((e) => compared.documents.get(e.id));
  const loaded = loads.filter((l) => l && l.status !== 'loading').length;
  const max = largest(chosen.map((e) => e.expenditure));
  const pairs = chosen.map((e) => pairOf(index, e)).filter((p): p is BudgetFinalPair => p !== undefined);
  // One `<budget-yoy>` per department, kind and scope: two years of one department share it.
  const departments = [...new Map(chosen.map((e) => [`${e.departmentKey} ${e.kind} ${e.scope ?? ''}`, e])).values()];
  return html`<section part="comparison" class="detail" aria-labelledby="detail-title">
    <div class="toolbar">
      <h2 id="detail-title" tabindex="-1">${t.compareTitle(chosen.length)}</h2>
      <button part="back" class="back" @click=${() => compared.back()}>${t.back}</button>
    </div>
    ${loaded < chosen.length ? html`<p class="state" role="status">${t.loadingDocuments(loaded, chosen.length)}</p>` : nothing}
    ${chosen.map((entry, i) => {
      const load = loads[i];
      return load?.status === 'error' ? html`<p class="state" role="alert">${t.documentFailed(entry.department, compared.failureText(load.error))}</p>` : nothing;
    })}
    <ul class="compare-bars">
      ${chosen.map((entry) => renderCompareBar(view, entry, max))}
    </ul>
    <div class="comparison-table">${renderDataTable(comparisonTable(view, compared))}</div>
    ${pairs.length > 0 ? renderBudgetFinal(view, pairs, t.budgetFinal) : nothing}
    ${departments.map((e) => renderYears(view, e, compared.yearsOf(e), compared.settings))}
  </section>`;
}

function renderCompareBar(view: ExplorerView, entry: ExplorerEntry, max: Dec | undefined): TemplateResult {
  const { t } = view;
  const split = splitShares(entry);
  return html`<li class="compare-row">
    <span class="compare-name">${entry.department} ${t.yearValue(entry.fiscalYear)}</span>
    <span part="bar" class="stack" ${styleProps(barWidth(entry.expenditure, max))} @mouseenter=${(e: Event) => view.showTip(e, entry)} @mouseleave=${() => view.hideTip()}>
      <i class="basic" ${styleProps(flexShare(split?.[0] ?? null))}></i>
      <i class="project" ${styleProps(flexShare(split?.[1] ?? null))}></i>
    </span>
    <span class="compare-value">${view.unbroken(view.money(entry.expenditure))}</span>
    <span class="legend">
      <span><i class="swatch basic"></i>${t.basic} ${view.percent(split?.[0] ?? null)}</span>
      <span><i class="swatch project"></i>${t.project} ${view.percent(split?.[1] ?? null)}</span>
    </span>
  </li>`;
}

/** The chosen departments by row: totals and split from the index, 类 shares and sections from their documents. */
export function comparisonTable(view: ExplorerView, compared: Pick<ExplorerComparison, 'comparison' | 'documents'>): DataTableSpec {
  const { t } = view;
  const departments = compared.comparison.departments;
  const mixedKinds = new Set(departments.map((d) => d.entry.kind)).size > 1;
  const pending = (i: number) => compared.documents.get(departments[i]!.entry.id)?.status !== 'ready';
  const fromDocument = (pick: (i: number) => Dec | undefined, asPercent = false) =>
    departments.map((_, i) => {
      const value = pick(i);
      if (value) return asPercent ? view.percent(value) : view.figure(value);
      return pending(i) ? '…' : t.notInDocument;
    });
  const amounts = (pick: (e: ExplorerEntry) => Dec | undefined) =>
    departments.map(({ entry }) => {
      const value = pick(entry);
      return value ? view.figure(value) : t.none;
    });
  return {
    caption: t.compareTable(departments.length),
    unitNote: view.unitNote,
    headerLabel: t.item,
    // 预算 or 决算 is said only when the chosen are not all of one kind.
    columns: departments.map(({ entry }) => ({
      label: `${entry.department} ${t.yearValue(entry.fiscalYear)}${mixedKinds ? view.inBrackets(t.kinds[entry.kind]) : ''}`,
      numeric: true,
      unit: view.amountUnit,
    })),
    rows: [
      { header: t.total, cells: amounts((e) => e.expenditure) },
      { header: t.basic, cells: amounts((e) => e.basic) },
      { header: t.project, cells: amounts((e) => e.project) },
      { header: t.basicShare, cells: departments.map((d) => view.percent(d.splitShares?.[0] ?? null)) },
      { header: t.projectShare, cells: departments.map((d) => view.percent(d.splitShares?.[1] ?? null)) },
      ...compared.comparison.classes.map((c) => ({
        header: t.classShare(c.code, c.name),
        cells: fromDocument((i) => departments[i]!.classes.get(c.code)?.share ?? undefined, true),
      })),
      { header: t.threePublic, cells: fromDocument((i) => departments[i]!.threePublic) },
      { header: t.operating, cells: fromDocument((i) => departments[i]!.operating) },
    ],
  };
}
