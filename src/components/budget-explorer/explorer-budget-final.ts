import { html, nothing, type TemplateResult } from 'lit';
import type { BudgetFinalPair } from '../../core/explorer/compare.js';
import type { Dec } from '../../core/decimal.js';
import { renderDataTable, type DataTableSpec, type ExactCell } from '../base/data-table.js';
import type { ExplorerView } from './explorer-view.js';

/** 预算 against 决算 of each pair: both totals, the difference and the 完成率; the list, a report and a comparison show it alike. */
export function budgetFinalTable(view: ExplorerView, pairs: readonly BudgetFinalPair[], caption: string): DataTableSpec {
  const { t } = view;
  return {
    caption,
    unitNote: view.unitNote,
    headerLabel: t.department,
    columns: [
      { label: t.kinds.budget, numeric: true, unit: view.amountUnit },
      { label: t.kinds.final, numeric: true, unit: view.amountUnit },
      { label: t.difference, numeric: true, unit: view.amountUnit },
      { label: t.completionRate, numeric: true },
    ],
    rows: pairs.map((pair) => ({
      header: `${pair.final.department} ${t.yearValue(pair.final.fiscalYear)}`,
      cells: [view.figure(pair.budget.expenditure), view.figure(pair.final.expenditure), signedFigure(view, pair.difference), view.percent(pair.completionRate)],
    })),
  };
}

export function renderBudgetFinal(view: ExplorerView, pairs: readonly BudgetFinalPair[], caption: string): TemplateResult | typeof nothing {
  if (pairs.length === 0) return nothing;
  return html`<div class="budget-final">${renderDataTable(budgetFinalTable(view, pairs, caption))}</div>`;
}

/** The typographic minus for the reader, a plain "-" for spreadsheets. */
function signedFigure(view: ExplorerView, value: Dec): ExactCell {
  const exact = view.figure(value.abs());
  return value.isNegative() && !value.isZero() ? { text: `−${exact.text}`, value: `-${exact.value}` } : exact;
}
