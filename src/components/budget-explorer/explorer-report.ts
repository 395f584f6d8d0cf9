import { html, nothing, type TemplateResult } from 'lit';
import { pairOf } from '../../core/explorer/compare.js';
import { MODEL_UNIT, type ExplorerEntry, type ExplorerIndex } from '../../core/explorer/explorer-index.js';
import type { BudgetCollection, BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import { renderBudgetFinal } from './explorer-budget-final.js';
import type { ExplorerView } from './explorer-view.js';

/** The element's settings its nested views take over. */
export interface NestedSettings {
  lang: string;
  unit: MoneyUnit | undefined;
  theme: string;
}

/** One department's report, opened under the list. */
export interface ExplorerReport {
  index: ExplorerIndex;
  entry: ExplorerEntry;
  /** The entry's document when the explorer has it already (it was compared): the report then fetches nothing. */
  document: BudgetDocument | undefined;
  /** The department's years for `<budget-yoy>`, when the index has more than one. */
  years: BudgetCollection | undefined;
  settings: NestedSettings;
  /** The report loaded its document itself: the explorer keeps it, so a comparison does not fetch it again. */
  loaded(entry: ExplorerEntry, document: BudgetDocument): void;
  back(): void;
}

export function renderReport(view: ExplorerView, report: ExplorerReport): TemplateResult {
  const { t } = view;
  const { entry, settings } = report;
  const pair = pairOf(report.index, entry);
  // Views inside the report send budget-load too, through its shadow root: only the report's own is its document.
  const keep = (event: CustomEvent<{ document: BudgetDocument }>) => {
    if (event.composedPath()[0] === event.currentTarget) report.loaded(entry, event.detail.document);
  };
  return html`<section part="report" class="detail" aria-labelledby="detail-title">
    <div class="toolbar">
      <h2 id="detail-title" tabindex="-1">${t.reportOf(entry.department, entry.fiscalYear, t.kinds[entry.kind])}</h2>
      <button part="back" class="back" @click=${() => report.back()}>${t.back}</button>
    </div>
    ${pair ? renderBudgetFinal(view, [pair], t.budgetFinal) : nothing}
    ${renderYears(view, entry, report.years, settings)}
    <budget-report src=${entry.href} .data=${report.document} lang=${settings.lang || nothing} unit=${settings.unit ?? nothing} theme=${settings.theme}
      @budget-load=${keep}></budget-report>
  </section>`;
}

/** The department's years as `<budget-yoy>`, when the index has more than one of the same kind. */
export function renderYears(view: ExplorerView, entry: ExplorerEntry, years: BudgetCollection | undefined, settings: NestedSettings): TemplateResult | typeof nothing {
  if (!years) return nothing;
  return html`<div class="years">
    <h3>${view.t.yearsOf(entry.department)}</h3>
    <budget-yoy .data=${years} lang=${settings.lang || nothing} unit=${settings.unit ?? MODEL_UNIT} theme=${settings.theme}></budget-yoy>
  </div>`;
}
