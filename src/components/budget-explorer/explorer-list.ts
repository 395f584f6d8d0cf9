import { html, nothing, type TemplateResult } from 'lit';
import { budgetFinalPairs, splitShares } from '../../core/explorer/compare.js';
import type { Dec } from '../../core/decimal.js';
import {
  SORT_KEYS,
  type EntryKind,
  type EntryScope,
  type ExplorerEntry,
  type ExplorerFilter,
  type ExplorerIndex,
  type ExplorerSortKey,
  type SortDirection,
} from '../../core/explorer/explorer-index.js';
import { barWidth, flexShare } from '../base/bar-geometry.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import { styleProps } from '../base/style-props.js';
import { renderBudgetFinal } from './explorer-budget-final.js';
import type { ExplorerView } from './explorer-view.js';

/** The `sort` attribute: a column, ascending, or `-` and a column, descending (`-expenditure`, largest first). */
export type ExplorerSort = ExplorerSortKey | `-${ExplorerSortKey}`;
export const SORTS: readonly ExplorerSort[] = SORT_KEYS.flatMap((key) => [key, `-${key}` as const]);

export function sortKey(sort: ExplorerSort): ExplorerSortKey {
  return (sort.startsWith('-') ? sort.slice(1) : sort) as ExplorerSortKey;
}

export function sortDirection(sort: ExplorerSort): SortDirection {
  return sort.startsWith('-') ? 'descending' : 'ascending';
}

/** Sorting by the column sorted by reverses it; a new column starts largest first (names: A first). */
export function nextSort(sort: ExplorerSort, key: ExplorerSortKey): ExplorerSort {
  if (sortKey(sort) === key) return sortDirection(sort) === 'ascending' ? `-${key}` : key;
  return key === 'name' ? key : `-${key}`;
}

/** The list as the element holds it now. */
export interface ExplorerListState {
  index: ExplorerIndex;
  filter: ExplorerFilter;
  /** Every entry the filter lets through, in order; the first `limit` are drawn. */
  rows: readonly ExplorerEntry[];
  limit: number;
  chosen: readonly ExplorerEntry[];
  sort: ExplorerSort;
  /** The longest bar drawn. */
  barMax: Dec | undefined;
  tableShown: boolean;
  /** The base class's table toggle and export menu. */
  viewActions: TemplateResult;
  /** The chart's summary for screen readers. */
  summary: TemplateResult;
}

/** What the reader's actions on the list do. */
export interface ExplorerListActions {
  search(query: string): void;
  chooseYear(year: string): void;
  chooseKind(kind: EntryKind): void;
  chooseScope(scope: EntryScope | ''): void;
  sortBy(key: ExplorerSortKey): void;
  toggle(entry: ExplorerEntry): void;
  open(entry: ExplorerEntry): void;
  compare(): void;
  clear(): void;
  showMore(): void;
}

export function yearText(view: ExplorerView, filter: ExplorerFilter): string {
  return filter.year === 'all' ? view.t.allYears : view.t.yearValue(filter.year);
}

export function renderList(view: ExplorerView, list: ExplorerListState, actions: ExplorerListActions): TemplateResult {
  const { t } = view;
  const { index, filter, rows, chosen } = list;
  const shown = rows.slice(0, list.limit);
  const checked = new Set(chosen.map((e) => e.id));
  const year = yearText(view, filter);
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`
    <div class="toolbar">
      <p class="title" id="title">${index.title}</p>
      ${list.viewActions}
    </div>
    <div class="controls" part="controls">
      <label>${t.search}
        <input type="search" placeholder=${t.searchPlaceholder} .value=${filter.query} @input=${(e: Event) => actions.search(value(e))} />
      </label>
      <label>${t.year}
        <select @change=${(e: Event) => actions.chooseYear(value(e))}>
          ${index.years.map((y) => html`<option value=${y} ?selected=${filter.year === y}>${t.yearValue(y)}</option>`)}
          <option value="all" ?selected=${filter.year === 'all'}>${t.allYears}</option>
        </select>
      </label>
      <label>${t.kind}
        <select @change=${(e: Event) => actions.chooseKind(value(e) as EntryKind)}>
          ${index.kinds.map((kind) => html`<option value=${kind} ?selected=${filter.kind === kind}>${t.kinds[kind]}</option>`)}
        </select>
      </label>
      ${index.scopes.length > 1
        ? html`<label>${t.scope}
            <select @change=${(e: Event) => actions.chooseScope(value(e) as EntryScope | '')}>
              <option value="" ?selected=${filter.scope === ''}>${t.allScopes}</option>
              ${index.scopes.map((scope) => html`<option value=${scope} ?selected=${filter.scope === scope}>${t.scopes[scope]}</option>`)}
            </select>
          </label>`
        : nothing}
    </div>
    <div class="selection">
      <p class="count" role="status">${t.heading(`${t.kinds[filter.kind]} · ${year}`, rows.length, index.entries.length)}</p>
      <button class="compare" ?disabled=${chosen.length < 2} @click=${() => actions.compare()}>${t.compare(chosen.length)}</button>
      ${chosen.length > 0 ? html`<button class="clear" @click=${() => actions.clear()}>${t.clear}</button>` : nothing}
    </div>
    ${rows.length === 0
      ? html`<p class="muted">${t.noMatch}</p>`
      : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="title">
          <table part="list" class=${filter.year === 'all' ? 'list' : 'list one-year'} aria-describedby="summary">
            <caption class="sr-only">${t.tableCaption(t.kinds[filter.kind], year)} · ${view.unitNote}</caption>
            <thead>
              <tr>
                <th scope="col"><span class="sr-only">${t.selectColumn}</span></th>
                ${SORT_KEYS.map((key) => renderSortHeader(view, list.sort, key, actions))}
                <th scope="col">${t.bars}</th>
              </tr>
            </thead>
            <tbody>
              ${shown.map((entry) => renderRow(view, entry, checked.has(entry.id), list.barMax, actions))}
            </tbody>
          </table>
        </div>`}
    ${list.summary}
    ${rows.length > shown.length
      ? html`<button part="show-more" class="show-more" @click=${() => actions.showMore()}>${t.showMore(shown.length, rows.length)}</button>`
      : nothing}
    ${renderBudgetFinal(view, budgetFinalPairs(index, filter.year), t.budgetFinalCaption(year))}
    ${list.tableShown ? renderDataTable(listTable(view, rows, filter)) : nothing}
  `;
}

/** A column header that sorts (the ARIA sortable table: `aria-sort` on the header sorted by). */
function renderSortHeader(view: ExplorerView, sort: ExplorerSort, key: ExplorerSortKey, actions: ExplorerListActions): TemplateResult {
  const current = sortKey(sort) === key;
  const direction = sortDirection(sort);
  return html`<th scope="col" class=${key === 'name' ? '' : 'numeric'} aria-sort=${current ? direction : 'none'}>
    <button class="sort" data-sort=${key} @click=${() => actions.sortBy(key)}>
      ${view.t.columns[key]}<span aria-hidden="true" class="sort-mark">${current ? (direction === 'ascending' ? '▲' : '▼') : ''}</span>
    </button>
  </th>`;
}

function renderRow(view: ExplorerView, entry: ExplorerEntry, checked: boolean, barMax: Dec | undefined, actions: ExplorerListActions): TemplateResult {
  const { t } = view;
  const amount = (value: Dec | undefined) => (value ? view.unbroken(view.money(value)) : t.none);
  const split = splitShares(entry);
  return html`<tr data-id=${entry.id} aria-selected=${checked ? 'true' : 'false'}>
    <td><input type="checkbox" .checked=${checked} aria-label=${t.choose(entry.department, entry.fiscalYear)} @change=${() => actions.toggle(entry)} /></td>
    <th scope="row"><button class="open" @click=${() => actions.open(entry)}>${entry.department}</button></th>
    <td class="numeric expenditure">${amount(entry.expenditure)}</td>
    <td class="numeric basic-amount">${amount(entry.basic)}</td>
    <td class="numeric project-amount">${amount(entry.project)}</td>
    <td class="numeric year">${entry.fiscalYear}</td>
    <td class="bar-cell">
      <span part="bar" class="stack" ${styleProps(barWidth(entry.expenditure, barMax))}
        @mouseenter=${(e: Event) => view.showTip(e, entry)} @mouseleave=${() => view.hideTip()}>
        <i class="basic" ${styleProps(flexShare(split?.[0] ?? null))}></i>
        <i class="project" ${styleProps(flexShare(split?.[1] ?? null))}></i>
      </span>
      <span class="sr-only">${t.row(entry.basic ? view.money(entry.basic) : t.none, entry.project ? view.money(entry.project) : t.none)}</span>
    </td>
  </tr>`;
}

/** Every listed department, not only the rows drawn, in the list's order, with its exact totals: the list's data table and its CSV. */
export function listTable(view: ExplorerView, rows: readonly ExplorerEntry[], filter: ExplorerFilter): DataTableSpec {
  const { t } = view;
  const cell = (value: Dec | undefined) => (value ? view.figure(value) : t.none);
  return {
    caption: t.tableCaption(t.kinds[filter.kind], yearText(view, filter)),
    unitNote: view.unitNote,
    headerLabel: t.columns.name,
    columns: [
      { label: t.columns.year },
      { label: t.columns.expenditure, numeric: true, unit: view.amountUnit },
      { label: t.columns.basic, numeric: true, unit: view.amountUnit },
      { label: t.columns.project, numeric: true, unit: view.amountUnit },
    ],
    rows: rows.map((e) => ({ header: e.department, cells: [String(e.fiscalYear), cell(e.expenditure), cell(e.basic), cell(e.project)] })),
  };
}
