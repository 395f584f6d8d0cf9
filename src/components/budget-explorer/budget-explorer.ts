import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unexpectedFailure, type LoadError } from '../../controllers/budget-data-controller.js';
import type { Dec } from '../../core/decimal.js';
import { budgetFinalPairs, compareDepartments, pairOf, splitShares, type BudgetFinalPair, type Comparison } from '../../core/explorer/compare.js';
import {
  defaultKind,
  departmentYears,
  explorerIndex,
  filterEntries,
  MODEL_UNIT,
  newestYear,
  selectedEntries,
  SORT_KEYS,
  yearsCollection,
  type EntryKind,
  type EntryScope,
  type ExplorerEntry,
  type ExplorerFilter,
  type ExplorerIndex,
  type ExplorerSortKey,
  type SortDirection,
} from '../../core/explorer/explorer-index.js';
import { formatPercent } from '../../core/format.js';
import type { BudgetCollection, BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../core/validate/index.js';
import { inLang } from '../../i18n/shared-messages.js';
import { anyText, oneOf, type AttributeRule } from '../base/attribute-rules.js';
import { barWidth, flexShare, largest } from '../base/bar-geometry.js';
import { BudgetElement, type ViewAmount } from '../base/budget-element.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import { styleProps } from '../base/style-props.js';
import { splitStyles } from '../budget-split/budget-split.styles.js';
import { EXPLORER_MESSAGES } from './budget-explorer.messages.js';
import { explorerStyles } from './budget-explorer.styles.js';
import { BudgetFileError, fetchBudgetFile } from './fetch-budget-file.js';

type View = 'list' | 'report' | 'compare';
const VIEWS: readonly View[] = ['list', 'report', 'compare'];

/** Rows drawn at first and added by each "show more": a region of 1,000 departments stays light. */
const PAGE_SIZE = 50;
/** Documents fetched at once for a comparison: a browser's per-host limit, as the data controller. */
const MAX_DOCUMENT_REQUESTS = 6;

/** `year`: empty for the newest year, `all`, or a four-digit year. */
const YEAR_RULE: AttributeRule = {
  attribute: 'year',
  allowed: 'all | 1949–2100',
  fallback: '',
  parse(value) {
    if (value === null || value === undefined) return { value: '' };
    if (typeof value !== 'string') return undefined;
    const text = value.trim().toLowerCase();
    if (text === '' || text === 'all') return { value: text };
    return /^\d{4}$/.test(text) && Number(text) >= 1949 && Number(text) <= 2100 ? { value: text } : undefined;
  },
};

/** A document of a compared department: loading, loaded, or why it failed. */
type DocumentLoad = { status: 'loading' } | { status: 'ready'; document: BudgetDocument } | { status: 'error'; error: LoadError };

/** `detail` of `budget-select`: the ids of the chosen index entries, in the order chosen. */
export interface BudgetExplorerSelectDetail {
  ids: string[];
}

/**
 * @tag budget-explorer
 * @summary A region's departments from a collection index (`budget-viz import <folder>` writes
 * `index.json`): a searchable, sortable list with each department's total expenditure split into
 * 基本支出 and 项目支出, filtered by year, 预算 / 决算 and scope. Choosing one department opens its
 * `<budget-report>` below the list; choosing two or more compares them side by side (totals, split,
 * 功能分类 类 shares, “三公”经费, 机关运行经费), with each department's years as `<budget-yoy>` and
 * 预算 against 决算 (difference and 完成率) where the index has both. The list works from the index
 * alone; a document is fetched only when it is opened or compared, at most 6 at once.
 *
 * @fires budget-load - The index is loaded and valid. `detail: { collection }`.
 * @fires budget-select - Departments were chosen (a checkbox, or opening one). `detail: { ids }`, the entry ids.
 *
 * @csspart controls - The search field and the filters.
 * @csspart list - The table of departments.
 * @csspart bar - One department's bar of 基本支出 and 项目支出.
 * @csspart show-more - The button that draws more rows.
 * @csspart report - The opened department's report and years.
 * @csspart comparison - The comparison of the chosen departments.
 * @csspart back - The button back to the list.
 *
 * @cssprop [--budget-color-basic=#1d5fa8] - 基本支出, as in `<budget-split>`.
 * @cssprop [--budget-color-project=#a3480b] - 项目支出, as in `<budget-split>`.
 */
export class BudgetExplorer extends BudgetElement {
  static override styles = [...BudgetElement.styles, splitStyles, explorerStyles];
  /** @internal */
  static override urlState = [...BudgetElement.urlState, 'selected', 'year', 'kind', 'view'];
  /** @internal */
  static override attributeRules = {
    ...BudgetElement.attributeRules,
    selected: anyText('selected', ''),
    year: YEAR_RULE,
    kind: oneOf<EntryKind>('kind', ['budget', 'final'], undefined),
    view: oneOf<View>('view', VIEWS, 'list'),
  };

  /** The chosen entries of the index: their ids, separated by spaces. */
  @property({ reflect: true }) selected = '';

  /** The year listed: a four-digit year, `all`, or empty for the newest year of the kind shown. */
  @property({ reflect: true }) year = '';

  /** `budget` (预算) or `final` (决算); by default budgets, or finals when the index has no budget. */
  @property({ reflect: true }) kind?: EntryKind;

  /** `list`, `report` (the first chosen department's report under the list) or `compare` (two or more chosen). */
  @property({ reflect: true }) view: View = 'list';

  @state() private index?: ExplorerIndex;
  @state() private indexLoading = false;
  @state() private query = '';
  @state() private scope: EntryScope | '' = '';
  @state() private sort: ExplorerSortKey = 'expenditure';
  @state() private direction: SortDirection = 'descending';
  @state() private limit = PAGE_SIZE;
  @state() private documents: ReadonlyMap<string, DocumentLoad> = new Map();

  private indexRequest?: AbortController;
  private documentRequests = new AbortController();
  private waiting: ExplorerEntry[] = [];
  private fetching = 0;

  private rows: ExplorerEntry[] = [];
  /** The listed department spending most, for the summary; the longest bar drawn. */
  private largestRow?: ExplorerEntry;
  private barMax?: Dec;
  private chosen: ExplorerEntry[] = [];
  private comparison?: Comparison;
  /** Where focus goes after the next update: the heading of a view just opened, or back to the list. */
  private focusAfterUpdate?: string;

  /**
   * The base class would fetch a collection's newest document (or every document, for views
   * across years): the explorer lists from the index alone, so it loads the index itself and
   * hands the base class only what it shares (attribute rules, lang, unit, theme, the error view).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const shared = new Map([...changed].filter(([key]) => key !== 'src' && key !== 'data' && key !== 'entry'));
    super.willUpdate(shared as PropertyValues<this>);
    const before = this.index;
    if (changed.has('data') && this.data !== undefined) this.readIndex(this.data);
    else if (changed.has('src') && this.src && this.data === undefined) void this.loadIndex(this.src);
    const index = this.index;
    if (!index) return;
    // An index given as `data` is read in this update, so `changed` does not name it.
    const fresh = index !== before || changed.has('index' as keyof BudgetExplorer);
    const listChanged = fresh || ['year', 'kind', 'query', 'scope', 'sort', 'direction'].some((key) => changed.has(key as keyof BudgetExplorer));
    if (listChanged) {
      const filter = this.filter(index);
      this.rows = filterEntries(index, filter, this.sort, this.direction);
      this.largestRow = filterEntries(index, filter, 'expenditure', 'descending')[0];
    }
    if (listChanged || changed.has('limit' as keyof BudgetExplorer)) this.barMax = largest(this.rows.slice(0, this.limit).map((e) => e.expenditure));
    if (fresh || changed.has('selected') || changed.has('view') || changed.has('documents' as keyof BudgetExplorer)) {
      this.chosen = selectedEntries(index, this.selected);
      if (this.shownView === 'compare') {
        this.requestDocuments(this.chosen);
        this.comparison = compareDepartments(this.chosen, this.chosen.map((e) => this.loadedDocument(e)));
      } else this.comparison = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** @internal */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.indexRequest?.abort();
    this.documentRequests.abort();
  }

  /** @internal */
  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while loading: the requests were aborted on disconnect.
    if (this.indexLoading && this.src) void this.loadIndex(this.src);
    else if (this.documentRequests.signal.aborted) this.resumeDocuments();
  }

  /** Documents that were loading when the element left the page are asked for again. */
  private resumeDocuments(): void {
    this.documentRequests = new AbortController();
    this.waiting = [];
    this.fetching = 0;
    this.documents = new Map([...this.documents].filter(([, load]) => load.status !== 'loading'));
  }

  private async loadIndex(src: string): Promise<void> {
    this.indexRequest?.abort();
    const request = new AbortController();
    this.indexRequest = request;
    this.startOver();
    this.indexLoading = true;
    try {
      const { file, url } = await fetchBudgetFile(src, document.baseURI, this.timeout, request.signal);
      if (request === this.indexRequest && !request.signal.aborted) this.useIndex(() => explorerIndex(file, url), file);
    } catch (error) {
      if (request === this.indexRequest && !request.signal.aborted) this.showFailure(error);
    }
  }

  /** An index given as `data`: validated now, its hrefs relative to the page. */
  private readIndex(data: unknown): void {
    this.indexRequest?.abort();
    this.startOver();
    const result = validateBudgetFile(data);
    if (!result.valid) return this.showFailure(new BudgetFileError({ kind: 'invalid', detail: `${result.issues.length}`, issues: result.issues }));
    this.useIndex(() => explorerIndex(result.value, document.baseURI), result.value);
  }

  private useIndex(read: () => ExplorerIndex, collection: unknown): void {
    try {
      this.index = read();
    } catch (error) {
      return this.showFailure(error);
    }
    this.indexLoading = false;
    this.emit('budget-load', { collection });
  }

  /** A new index: what was loaded for the last one is dropped, and so is the error it showed. */
  private startOver(): void {
    this.documentRequests.abort();
    this.documentRequests = new AbortController();
    this.waiting = [];
    this.fetching = 0;
    this.documents = new Map();
    this.index = undefined;
    this.limit = PAGE_SIZE;
    // The shared error view shows while the data controller holds an error: a new index clears it.
    this.source.reset();
  }

  /** The shared error view: `budget-error`, the JSON path at fault, both languages. */
  private showFailure(error: unknown): void {
    this.indexLoading = false;
    this.index = undefined;
    this.source.fail(error instanceof BudgetFileError ? error.failure : unexpectedFailure(error));
  }

  /** Queues the documents not yet asked for; at most {@link MAX_DOCUMENT_REQUESTS} are fetched at once. */
  private requestDocuments(entries: readonly ExplorerEntry[]): void {
    const wanted = entries.filter((e) => !this.documents.has(e.id) && !this.waiting.includes(e));
    if (wanted.length === 0) return;
    this.waiting.push(...wanted);
    const next = new Map(this.documents);
    for (const e of wanted) next.set(e.id, { status: 'loading' });
    this.documents = next;
    this.fetchWaiting();
  }

  private fetchWaiting(): void {
    const signal = this.documentRequests.signal;
    while (this.fetching < MAX_DOCUMENT_REQUESTS && this.waiting.length > 0) {
      const entry = this.waiting.shift()!;
      this.fetching++;
      void this.fetchDocument(entry, signal).then((load) => {
        if (signal.aborted) return;
        this.fetching--;
        this.documents = new Map(this.documents).set(entry.id, load);
        this.fetchWaiting();
      });
    }
  }

  private async fetchDocument(entry: ExplorerEntry, signal: AbortSignal): Promise<DocumentLoad> {
    try {
      const { file } = await fetchBudgetFile(entry.href, document.baseURI, this.timeout, signal);
      if (file.type !== 'budget-document') return { status: 'error', error: { kind: 'collection', detail: entry.href } };
      return { status: 'ready', document: file };
    } catch (error) {
      return { status: 'error', error: error instanceof BudgetFileError ? error.failure : unexpectedFailure(error) };
    }
  }

  private loadedDocument(entry: ExplorerEntry): BudgetDocument | undefined {
    const load = this.documents.get(entry.id);
    return load?.status === 'ready' ? load.document : undefined;
  }

  private filter(index: ExplorerIndex): ExplorerFilter {
    const kind = this.shownKind(index);
    const year = this.year === 'all' ? 'all' : this.year ? Number(this.year) : (newestYear(index, kind) ?? 'all');
    return { year, kind, scope: this.scope, query: this.query };
  }

  private shownKind(index: ExplorerIndex): EntryKind {
    return this.kind && index.kinds.includes(this.kind) ? this.kind : defaultKind(index);
  }

  /** The view asked for, when the choice allows it: a comparison needs two, a report one. */
  private get shownView(): View {
    if (this.view === 'compare' && this.chosen.length >= 2) return 'compare';
    if (this.view === 'report' && this.chosen.length >= 1) return 'report';
    return 'list';
  }

  protected override viewAmountsSources(): readonly unknown[] {
    return [this.rows, this.limit, this.chosen];
  }

  protected override *viewAmounts(): Iterable<ViewAmount> {
    for (const e of [...this.rows.slice(0, this.limit), ...this.chosen]) {
      for (const amount of [e.expenditure, e.basic, e.project]) if (amount) yield { amount, unit: MODEL_UNIT };
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const index = this.index;
    if (this.source.state.status === 'error' || !index) {
      return this.indexLoading ? html`<p class="state" part="state" role="status">${this.shared.loading}</p>` : super.render();
    }
    const view = this.shownView;
    return html`${this.renderList(index)}${view === 'report' ? this.renderReport(index, this.chosen[0]!) : nothing}${view === 'compare'
      ? this.renderComparison(index)
      : nothing}${this.tooltip.render()}`;
  }

  /** Never called: the data controller never holds a document here, since the explorer reads the index itself (see willUpdate). */
  protected override renderDocument(): TemplateResult {
    return html``;
  }

  private renderList(index: ExplorerIndex): TemplateResult {
    const t = this.messages(EXPLORER_MESSAGES);
    const filter = this.filter(index);
    const shown = this.rows.slice(0, this.limit);
    const checked = new Set(this.chosen.map((e) => e.id));
    const yearText = filter.year === 'all' ? t.allYears : t.yearValue(filter.year);
    return html`
      <div class="toolbar">
        <p class="title" id="title">${index.title}</p>
        ${this.renderViewActions()}
      </div>
      <div class="controls" part="controls">
        <label>${t.search}
          <input type="search" placeholder=${t.searchPlaceholder} .value=${this.query} @input=${(e: Event) => this.setFilter(() => (this.query = (e.target as HTMLInputElement).value))} />
        </label>
        <label>${t.year}
          <select @change=${(e: Event) => this.setFilter(() => (this.year = (e.target as HTMLSelectElement).value))}>
            ${index.years.map((year) => html`<option value=${year} ?selected=${filter.year === year}>${t.yearValue(year)}</option>`)}
            <option value="all" ?selected=${filter.year === 'all'}>${t.allYears}</option>
          </select>
        </label>
        <label>${t.kind}
          <select @change=${(e: Event) => this.setFilter(() => (this.kind = (e.target as HTMLSelectElement).value as EntryKind))}>
            ${index.kinds.map((kind) => html`<option value=${kind} ?selected=${filter.kind === kind}>${t.kinds[kind]}</option>`)}
          </select>
        </label>
        ${index.scopes.length > 1
          ? html`<label>${t.scope}
              <select @change=${(e: Event) => this.setFilter(() => (this.scope = (e.target as HTMLSelectElement).value as EntryScope | ''))}>
                <option value="" ?selected=${this.scope === ''}>${t.allScopes}</option>
                ${index.scopes.map((scope) => html`<option value=${scope} ?selected=${this.scope === scope}>${t.scopes[scope]}</option>`)}
              </select>
            </label>`
          : nothing}
      </div>
      <div class="selection">
        <p class="count" role="status">${t.heading(`${t.kinds[filter.kind]} · ${yearText}`, this.rows.length, index.entries.length)}</p>
        <button class="compare" ?disabled=${this.chosen.length < 2} @click=${this.openComparison}>${t.compare(this.chosen.length)}</button>
        ${this.chosen.length > 0 ? html`<button class="clear" @click=${() => this.choose([])}>${t.clear}</button>` : nothing}
      </div>
      ${this.rows.length === 0
        ? html`<p class="muted">${t.noMatch}</p>`
        : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="title">
            <table part="list" class=${filter.year === 'all' ? 'list' : 'list one-year'} aria-describedby="summary">
              <caption class="sr-only">${t.tableCaption(t.kinds[filter.kind], yearText)} · ${this.unitNote(MODEL_UNIT)}</caption>
              <thead>
                <tr>
                  <th scope="col"><span class="sr-only">${t.selectColumn}</span></th>
                  ${SORT_KEYS.map((key) => this.renderSortHeader(key))}
                  <th scope="col">${t.bars}</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map((entry) => this.renderRow(entry, checked.has(entry.id)))}
              </tbody>
            </table>
          </div>`}
      ${this.renderChartSummary(this.summary(filter, yearText))}
      ${this.rows.length > shown.length
        ? html`<button part="show-more" class="show-more" @click=${() => (this.limit += PAGE_SIZE)}>${t.showMore(shown.length, this.rows.length)}</button>`
        : nothing}
      ${this.renderBudgetFinal(budgetFinalPairs(index, filter.year), t.budgetFinalCaption(yearText))}
      ${this.tableShown ? renderDataTable(this.listTable(yearText, filter.kind)) : nothing}
    `;
  }

  /** A column header that sorts (the ARIA sortable table: `aria-sort` on the header sorted by). */
  private renderSortHeader(key: ExplorerSortKey): TemplateResult {
    const t = this.messages(EXPLORER_MESSAGES);
    const current = this.sort === key;
    const ascending = this.direction === 'ascending';
    return html`<th scope="col" class=${key === 'name' ? '' : 'numeric'} aria-sort=${current ? this.direction : 'none'}>
      <button class="sort" data-sort=${key} @click=${() => this.sortBy(key)}>
        ${t.columns[key]}<span aria-hidden="true" class="sort-mark">${current ? (ascending ? '▲' : '▼') : ''}</span>
      </button>
    </th>`;
  }

  private renderRow(entry: ExplorerEntry, checked: boolean): TemplateResult {
    const t = this.messages(EXPLORER_MESSAGES);
    const amount = (value: Dec | undefined) => (value ? this.unbroken(this.money(value, MODEL_UNIT)) : t.none);
    const split = splitShares(entry);
    return html`<tr data-id=${entry.id} aria-selected=${checked ? 'true' : 'false'}>
      <td><input type="checkbox" .checked=${checked} aria-label=${t.choose(entry.department, entry.fiscalYear)} @change=${() => this.toggle(entry)} /></td>
      <th scope="row"><button class="open" @click=${() => this.open(entry)}>${entry.department}</button></th>
      <td class="numeric expenditure">${amount(entry.expenditure)}</td>
      <td class="numeric basic-amount">${amount(entry.basic)}</td>
      <td class="numeric project-amount">${amount(entry.project)}</td>
      <td class="numeric year">${entry.fiscalYear}</td>
      <td class="bar-cell">
        <span part="bar" class="stack" ${styleProps(barWidth(entry.expenditure, this.barMax))}
          @mouseenter=${(e: Event) => this.showTip(e, entry)} @mouseleave=${this.hideTip}>
          <i class="basic" ${styleProps(flexShare(split?.[0] ?? null))}></i>
          <i class="project" ${styleProps(flexShare(split?.[1] ?? null))}></i>
        </span>
        <span class="sr-only">${t.row(entry.basic ? this.money(entry.basic, MODEL_UNIT) : t.none, entry.project ? this.money(entry.project, MODEL_UNIT) : t.none)}</span>
      </td>
    </tr>`;
  }

  private renderReport(index: ExplorerIndex, entry: ExplorerEntry): TemplateResult {
    const t = this.messages(EXPLORER_MESSAGES);
    const pair = pairOf(index, entry);
    return html`<section part="report" class="detail" aria-labelledby="detail-title">
      <div class="toolbar">
        <h2 id="detail-title" tabindex="-1">${t.reportOf(entry.department, entry.fiscalYear, t.kinds[entry.kind])}</h2>
        <button part="back" class="back" @click=${this.backToList}>${t.back}</button>
      </div>
      ${pair ? this.renderBudgetFinal([pair], t.budgetFinal) : nothing}
      ${this.renderYears(index, entry)}
      <budget-report src=${entry.href} lang=${this.lang || nothing} unit=${this.unit ?? nothing} theme=${this.theme}></budget-report>
    </section>`;
  }

  /**
   * One collection object per department and index: `<budget-yoy>` loads its documents again for
   * every new object it is given, which would abort and repeat its requests at each render.
   */
  private readonly years = new WeakMap<ExplorerIndex, Map<string, BudgetCollection | undefined>>();

  private yearsOf(index: ExplorerIndex, entry: ExplorerEntry): BudgetCollection | undefined {
    let byEntry = this.years.get(index);
    if (!byEntry) this.years.set(index, (byEntry = new Map()));
    if (!byEntry.has(entry.id)) byEntry.set(entry.id, yearsCollection(departmentYears(index, entry)));
    return byEntry.get(entry.id);
  }

  /** The department's years as `<budget-yoy>`, when the index has more than one of the same kind. */
  private renderYears(index: ExplorerIndex, entry: ExplorerEntry): TemplateResult | typeof nothing {
    const collection = this.yearsOf(index, entry);
    if (!collection) return nothing;
    return html`<div class="years">
      <h3>${this.messages(EXPLORER_MESSAGES).yearsOf(entry.department)}</h3>
      <budget-yoy .data=${collection} lang=${this.lang || nothing} unit=${this.unit ?? MODEL_UNIT} theme=${this.theme}></budget-yoy>
    </div>`;
  }

  private renderComparison(index: ExplorerIndex): TemplateResult {
    const t = this.messages(EXPLORER_MESSAGES);
    const comparison = this.comparison!;
    const loads = this.chosen.map((e) => this.documents.get(e.id));
    const loaded = loads.filter((l) => l && l.status !== 'loading').length;
    const max = largest(this.chosen.map((e) => e.expenditure));
    const pairs = this.chosen.map((e) => pairOf(index, e)).filter((p): p is BudgetFinalPair => p !== undefined);
    return html`<section part="comparison" class="detail" aria-labelledby="detail-title">
      <div class="toolbar">
        <h2 id="detail-title" tabindex="-1">${t.compareTitle(this.chosen.length)}</h2>
        <button part="back" class="back" @click=${this.backToList}>${t.back}</button>
      </div>
      ${loaded < this.chosen.length ? html`<p class="state" role="status">${t.loadingDocuments(loaded, this.chosen.length)}</p>` : nothing}
      ${this.chosen.map((entry, i) => {
        const load = loads[i];
        return load?.status === 'error' ? html`<p class="state" role="alert">${t.documentFailed(entry.department, this.failureText(load.error))}</p>` : nothing;
      })}
      <ul class="compare-bars">
        ${this.chosen.map((entry) => this.renderCompareBar(entry, max))}
      </ul>
      <div class="comparison-table">${renderDataTable(this.comparisonTable(comparison))}</div>
      ${pairs.length > 0 ? this.renderBudgetFinal(pairs, t.budgetFinal) : nothing}
      ${[...new Map(this.chosen.map((e) => [`${e.departmentKey} ${e.kind} ${e.scope ?? ''}`, e])).values()].map((e) => this.renderYears(index, e))}
    </section>`;
  }

  private renderCompareBar(entry: ExplorerEntry, max: Dec | undefined): TemplateResult {
    const t = this.messages(EXPLORER_MESSAGES);
    const split = splitShares(entry);
    return html`<li class="compare-row">
      <span class="compare-name">${entry.department} ${t.yearValue(entry.fiscalYear)}</span>
      <span part="bar" class="stack" ${styleProps(barWidth(entry.expenditure, max))} @mouseenter=${(e: Event) => this.showTip(e, entry)} @mouseleave=${this.hideTip}>
        <i class="basic" ${styleProps(flexShare(split?.[0] ?? null))}></i>
        <i class="project" ${styleProps(flexShare(split?.[1] ?? null))}></i>
      </span>
      <span class="compare-value">${this.unbroken(this.money(entry.expenditure, MODEL_UNIT))}</span>
      <span class="legend">
        <span><i class="swatch basic"></i>${t.basic} ${this.percent(split?.[0] ?? null)}</span>
        <span><i class="swatch project"></i>${t.project} ${this.percent(split?.[1] ?? null)}</span>
      </span>
    </li>`;
  }

  private renderBudgetFinal(pairs: readonly BudgetFinalPair[], caption: string): TemplateResult | typeof nothing {
    if (pairs.length === 0) return nothing;
    const t = this.messages(EXPLORER_MESSAGES);
    const unit = this.amountUnit(MODEL_UNIT);
    return html`<div class="budget-final">${renderDataTable({
      caption,
      unitNote: this.unitNote(MODEL_UNIT),
      headerLabel: t.department,
      columns: [
        { label: t.kinds.budget, numeric: true, unit },
        { label: t.kinds.final, numeric: true, unit },
        { label: t.difference, numeric: true, unit },
        { label: t.completionRate, numeric: true },
      ],
      rows: pairs.map((pair) => ({
        header: `${pair.final.department} ${t.yearValue(pair.final.fiscalYear)}`,
        cells: [
          this.exactFigure(pair.budget.expenditure, MODEL_UNIT),
          this.exactFigure(pair.final.expenditure, MODEL_UNIT),
          this.signedFigure(pair.difference),
          this.percent(pair.completionRate),
        ],
      })),
    })}</div>`;
  }

  /** The chosen departments by row: totals and split from the index, 类 shares and sections from their documents. */
  private comparisonTable(comparison: Comparison): DataTableSpec {
    const t = this.messages(EXPLORER_MESSAGES);
    const unit = this.amountUnit(MODEL_UNIT);
    const departments = comparison.departments;
    const mixedKinds = new Set(departments.map((d) => d.entry.kind)).size > 1;
    const pending = (i: number) => this.documents.get(departments[i]!.entry.id)?.status !== 'ready';
    const fromDocument = (pick: (i: number) => Dec | undefined, asPercent = false) =>
      departments.map((_, i) => {
        const value = pick(i);
        if (value) return asPercent ? this.percent(value) : this.exactFigure(value, MODEL_UNIT);
        return pending(i) ? '…' : t.notInDocument;
      });
    const amounts = (pick: (e: ExplorerEntry) => Dec | undefined) => departments.map(({ entry }) => (pick(entry) ? this.exactFigure(pick(entry)!, MODEL_UNIT) : t.none));
    return {
      caption: t.compareTable(departments.length),
      unitNote: this.unitNote(MODEL_UNIT),
      headerLabel: t.item,
      // 预算 or 决算 is said only when the chosen are not all of one kind.
      columns: departments.map(({ entry }) => ({
        label: `${entry.department} ${t.yearValue(entry.fiscalYear)}${mixedKinds ? this.inBrackets(t.kinds[entry.kind]) : ''}`,
        numeric: true,
        unit,
      })),
      rows: [
        { header: t.total, cells: amounts((e) => e.expenditure) },
        { header: t.basic, cells: amounts((e) => e.basic) },
        { header: t.project, cells: amounts((e) => e.project) },
        { header: t.basicShare, cells: departments.map((d) => this.percent(d.splitShares?.[0] ?? null)) },
        { header: t.projectShare, cells: departments.map((d) => this.percent(d.splitShares?.[1] ?? null)) },
        ...comparison.classes.map((c) => ({
          header: t.classShare(c.code, c.name),
          cells: fromDocument((i) => departments[i]!.classes.get(c.code)?.share ?? undefined, true),
        })),
        { header: t.threePublic, cells: fromDocument((i) => departments[i]!.threePublic) },
        { header: t.operating, cells: fromDocument((i) => departments[i]!.operating) },
      ],
    };
  }

  /** Every listed department with its exact totals: the data table of the list. */
  private listTable(yearText: string, kind: EntryKind): DataTableSpec {
    const t = this.messages(EXPLORER_MESSAGES);
    const unit = this.amountUnit(MODEL_UNIT);
    const cell = (value: Dec | undefined) => (value ? this.exactFigure(value, MODEL_UNIT) : t.none);
    return {
      caption: t.tableCaption(t.kinds[kind], yearText),
      unitNote: this.unitNote(MODEL_UNIT),
      headerLabel: t.columns.name,
      columns: [
        { label: t.columns.year },
        { label: t.columns.expenditure, numeric: true, unit },
        { label: t.columns.basic, numeric: true, unit },
        { label: t.columns.project, numeric: true, unit },
      ],
      rows: this.rows.map((e) => ({ header: e.department, cells: [String(e.fiscalYear), cell(e.expenditure), cell(e.basic), cell(e.project)] })),
    };
  }

  private summary(filter: ExplorerFilter, yearText: string): string {
    const t = this.messages(EXPLORER_MESSAGES);
    const top = this.largestRow;
    return t.summary(this.rows.length, t.kinds[filter.kind], yearText, top ? t.largest(top.department, this.money(top.expenditure, MODEL_UNIT)) : '');
  }

  private failureText(error: LoadError): string {
    const first = error.issues?.[0];
    return `${this.shared.loadErrors[error.kind](error.detail)}${first ? inLang(first.message, this.effectiveLang) : ''}`;
  }

  private signedFigure(value: Dec) {
    const exact = this.exactFigure(value.abs(), MODEL_UNIT);
    return value.isNegative() && !value.isZero() ? { text: `−${exact.text}`, value: `-${exact.value}` } : exact;
  }

  private percent(share: Dec | null): string {
    return share ? formatPercent(share, this.effectiveLang) : '—';
  }

  /** A change of filter starts the list at its first page again. */
  private setFilter(change: () => void): void {
    change();
    this.limit = PAGE_SIZE;
  }

  /** Sorting by the column sorted by reverses it; a new column starts largest first (names: A first). */
  private sortBy(key: ExplorerSortKey): void {
    if (this.sort === key) this.direction = this.direction === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sort = key;
      this.direction = key === 'name' ? 'ascending' : 'descending';
    }
  }

  private toggle(entry: ExplorerEntry): void {
    // From `selected`, not the choice drawn: two clicks may come before the next update.
    const ids = selectedEntries(this.index!, this.selected).map((e) => e.id);
    this.choose(ids.includes(entry.id) ? ids.filter((id) => id !== entry.id) : [...ids, entry.id]);
  }

  private choose(ids: string[]): void {
    this.selected = ids.join(' ');
    this.emit<BudgetExplorerSelectDetail>('budget-select', { ids });
  }

  /** Choosing one department opens its report under the list. */
  private open(entry: ExplorerEntry): void {
    this.choose([entry.id]);
    this.view = 'report';
    this.focusAfterUpdate = '#detail-title';
  }

  private openComparison = (): void => {
    this.view = 'compare';
    this.focusAfterUpdate = '#detail-title';
  };

  private backToList = (): void => {
    this.view = 'list';
    this.focusAfterUpdate = '#title';
  };

  private showTip(event: Event, entry: ExplorerEntry): void {
    const t = this.messages(EXPLORER_MESSAGES);
    const split = splitShares(entry);
    const line = (name: string, value: Dec | undefined, share: Dec | null) => `${name} ${value ? this.exactMoney(value, MODEL_UNIT) : t.none}${share ? this.inBrackets(this.percent(share)) : ''}`;
    this.tooltip.show(
      [`${entry.department} ${t.yearValue(entry.fiscalYear)}`, line(t.total, entry.expenditure, null), line(t.basic, entry.basic, split?.[0] ?? null), line(t.project, entry.project, split?.[1] ?? null)],
      event.currentTarget as Element,
    );
  }

  private hideTip = (): void => this.tooltip.hide();
}
