import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchBudgetDocument, fetchJson, LoadFailure, loadErrorOf, type LoadError } from '../../controllers/budget-data-controller.js';
import type { ExportSubject } from '../../controllers/export-controller.js';
import type { Dec } from '../../core/decimal.js';
import { budgetFinalPairs, compareDepartments, pairOf, splitShares, type Comparison } from '../../core/explorer/compare.js';
import {
  defaultKind,
  departmentYears,
  explorerIndex,
  filterEntries,
  MODEL_UNIT,
  newestYear,
  selectedEntries,
  yearsCollection,
  type EntryKind,
  type EntryScope,
  type ExplorerEntry,
  type ExplorerFilter,
  type ExplorerIndex,
  type ExplorerSortKey,
} from '../../core/explorer/explorer-index.js';
import { formatPercent } from '../../core/format.js';
import type { BudgetCollection, BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { validateWithLazyIssues } from '../../core/validate/lazy-issues.js';
import { PendingWork } from '../../controllers/pending-work.js';
import type { ValidationResult } from '../../core/validate/verdict.js';
import { inLang } from '../../i18n/shared-messages.js';
import { anyText, oneOf, type AttributeRule } from '../base/attribute-rules.js';
import { largest } from '../base/bar-geometry.js';
import { BudgetElement, type ViewAmount } from '../base/budget-element.js';
import type { DataTableSpec } from '../base/data-table.js';
import { splitStyles } from '../budget-split/budget-split.styles.js';
import { EXPLORER_MESSAGES, type ExplorerMessages } from './budget-explorer.messages.js';
import { explorerStyles } from './budget-explorer.styles.js';
import { budgetFinalTable } from './explorer-budget-final.js';
import { comparisonTable, renderComparison, type DocumentLoad } from './explorer-compare.js';
import { listTable, nextSort, renderList, sortDirection, sortKey, SORTS, yearText, type ExplorerListActions, type ExplorerSort } from './explorer-list.js';
import { renderReport } from './explorer-report.js';
import type { ExplorerView } from './explorer-view.js';

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

/** An empty value is no attribute: a link or a page that never searched shows no `query=""`. */
const emptyIsAbsent = { toAttribute: (value: string) => value || null };

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
 * alone; a document is fetched only when it is opened or compared, at most 6 at once, and once:
 * a compared document is handed to the report opened next, and a report's to the comparison.
 *
 * Search, scope and order are attributes like the year and kind, so `sync-url` keeps the whole
 * view in a link: `#query=财政&scope=unit&sort=name&year=all`.
 *
 * The export menu (导出) offers the list as shown as CSV (every row the filters let through, not
 * only those drawn, in the list's order, each amount exact), or the comparison's table while
 * comparing, and every table of the view as a ZIP of CSV files.
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
  static override urlState = [...BudgetElement.urlState, 'selected', 'year', 'kind', 'scope', 'query', 'sort', 'view'];
  /** @internal */
  static override attributeRules = {
    ...BudgetElement.attributeRules,
    selected: anyText('selected', ''),
    year: YEAR_RULE,
    kind: oneOf<EntryKind>('kind', ['budget', 'final'], undefined),
    scope: oneOf<EntryScope | ''>('scope', ['department', 'unit'], ''),
    query: anyText('query', ''),
    sort: oneOf<ExplorerSort>('sort', SORTS, '-expenditure'),
    view: oneOf<View>('view', VIEWS, 'list'),
  };

  /** The chosen entries of the index: their ids, separated by spaces. */
  @property({ reflect: true }) selected = '';

  /** The year listed: a four-digit year, `all`, or empty for the newest year of the kind shown. */
  @property({ reflect: true }) year = '';

  /** `budget` (预算) or `final` (决算); by default budgets, or finals when the index has no budget. */
  @property({ reflect: true }) kind?: EntryKind;

  /** `department` (部门) or `unit` (单位) reports only; empty for both. Offered in the list when the index has both. */
  @property({ reflect: true, converter: emptyIsAbsent }) scope: EntryScope | '' = '';

  /** Part of a department's name the list is narrowed to, as typed in the search field; case and surrounding spaces are ignored. */
  @property({ reflect: true, converter: emptyIsAbsent }) query = '';

  /**
   * The list's order: a column (`name`, `expenditure`, `basic`, `project` or `year`) for ascending,
   * the column after `-` for descending. `-expenditure` (largest first) by default; a click on a
   * column's header sorts by it, a second click reverses it.
   */
  @property({ reflect: true }) sort: ExplorerSort = '-expenditure';

  /** `list`, `report` (the first chosen department's report under the list) or `compare` (two or more chosen). */
  @property({ reflect: true }) view: View = 'list';

  @state() private index?: ExplorerIndex;
  @state() private indexLoading = false;
  @state() private limit = PAGE_SIZE;
  @state() private documents: ReadonlyMap<string, DocumentLoad> = new Map();

  private indexRequest?: AbortController;
  private documentRequests = new AbortController();
  private waiting: ExplorerEntry[] = [];
  private fetching = 0;
  /** Document requests not yet settled, each with what it sets off: an export of a comparison waits for them. */
  private readonly inFlight = new Set<Promise<void>>();

  private rows: ExplorerEntry[] = [];
  /** The listed department spending most, for the summary; the longest bar drawn. */
  private largestRow?: ExplorerEntry;
  private barMax?: Dec;
  private chosen: ExplorerEntry[] = [];
  private comparison?: Comparison;
  /**
   * The report opened and the document it was given: taken when it opens, never after, since a
   * new `data` would make the report read its document again.
   */
  private opened?: { entry: ExplorerEntry; document: BudgetDocument | undefined };
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
    // A new filter starts the list at its first page again; a new order keeps what was drawn.
    if (!fresh && (['year', 'kind', 'query', 'scope'] as const).some((key) => changed.has(key))) this.limit = PAGE_SIZE;
    const listChanged = fresh || (['year', 'kind', 'query', 'scope', 'sort'] as const).some((key) => changed.has(key));
    if (listChanged) {
      const filter = this.filter(index);
      this.rows = filterEntries(index, filter, sortKey(this.sort), sortDirection(this.sort));
      this.largestRow = filterEntries(index, filter, 'expenditure', 'descending')[0];
    }
    if (listChanged || changed.has('limit' as keyof BudgetExplorer)) this.barMax = largest(this.rows.slice(0, this.limit).map((e) => e.expenditure));
    if (fresh || changed.has('selected') || changed.has('view') || changed.has('documents' as keyof BudgetExplorer)) {
      this.chosen = selectedEntries(index, this.selected);
      const view = this.shownView;
      if (view === 'compare') {
        this.requestDocuments(this.chosen);
        this.comparison = compareDepartments(this.chosen, this.chosen.map((e) => this.loadedDocument(e)));
      } else this.comparison = undefined;
      const entry = view === 'report' ? this.chosen[0] : undefined;
      if (entry?.id !== this.opened?.entry.id) this.opened = entry && { entry, document: this.loadedDocument(entry) };
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
      const { value, url } = await fetchJson(src, document.baseURI, this.timeout, request.signal);
      if (request === this.indexRequest && !request.signal.aborted) this.useIndex(value, url);
    } catch (error) {
      if (request === this.indexRequest && !request.signal.aborted) this.showFailure(error);
    }
  }

  /** An index given as `data`: read now, its hrefs relative to the page. */
  private readIndex(data: unknown): void {
    this.indexRequest?.abort();
    this.startOver();
    this.useIndex(data, document.baseURI);
  }

  /** Counts the indexes taken: a late answer for an earlier one is dropped. */
  private generation = 0;

  /** An index whose issues are being worked out (their code loads on demand): `updateComplete` waits for it. */
  private readonly indexValidation = new PendingWork();

  protected override pendingWork(): Promise<unknown> | undefined {
    return super.pendingWork() ?? this.indexValidation.promise;
  }

  private useIndex(value: unknown, baseUrl: string): void {
    const result = validateWithLazyIssues(value);
    if (!(result instanceof Promise)) return this.takeIndex(result, baseUrl);
    const generation = this.generation;
    // A newer index may take over while this one's issues are worked out.
    void this.indexValidation.track(
      result.then(
        (verdict) => generation === this.generation && this.takeIndex(verdict, baseUrl),
        (error: unknown) => generation === this.generation && this.showFailure(error),
      ),
    );
  }

  private takeIndex(result: ValidationResult, baseUrl: string): void {
    if (!result.valid) return this.showFailure(new LoadFailure({ kind: 'invalid', detail: `${result.issues.length}`, issues: result.issues }));
    try {
      this.index = explorerIndex(result.value, baseUrl);
    } catch (error) {
      return this.showFailure(error);
    }
    this.indexLoading = false;
    this.emit('budget-load', { collection: result.value });
  }

  /** A new index: what was loaded for the last one is dropped, and so is the error it showed. */
  private startOver(): void {
    this.generation++;
    this.documentRequests.abort();
    this.documentRequests = new AbortController();
    this.waiting = [];
    this.fetching = 0;
    this.documents = new Map();
    this.opened = undefined;
    this.index = undefined;
    this.limit = PAGE_SIZE;
    // The shared error view shows while the data controller holds an error: a new index clears it.
    this.source.reset();
  }

  /** The shared error view: `budget-error`, the JSON path at fault, both languages. */
  private showFailure(error: unknown): void {
    this.indexLoading = false;
    this.index = undefined;
    this.source.fail(loadErrorOf(error));
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
      const request = this.fetchDocument(entry, signal).then((load) => {
        if (signal.aborted) return;
        this.fetching--;
        this.documents = new Map(this.documents).set(entry.id, load);
        this.fetchWaiting();
      });
      this.inFlight.add(request);
      void request.finally(() => this.inFlight.delete(request));
    }
  }

  private async fetchDocument(entry: ExplorerEntry, signal: AbortSignal): Promise<DocumentLoad> {
    try {
      return { status: 'ready', document: await fetchBudgetDocument(entry.href, document.baseURI, this.timeout, signal) };
    } catch (error) {
      return { status: 'error', error: loadErrorOf(error) };
    }
  }

  /** A document the opened report loaded itself, kept for a comparison that comes next. */
  private keepDocument(entry: ExplorerEntry, document: BudgetDocument): void {
    if (this.documents.has(entry.id) || this.index?.byId.get(entry.id) !== entry) return;
    this.documents = new Map(this.documents).set(entry.id, { status: 'ready', document });
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
    const filter = this.filter(index);
    const list = renderList(
      this.explorerView,
      {
        index,
        filter,
        rows: this.rows,
        limit: this.limit,
        chosen: this.chosen,
        sort: this.sort,
        barMax: this.barMax,
        tableShown: this.tableShown,
        viewActions: this.renderViewActions(),
        summary: this.renderChartSummary(this.summary(filter)),
      },
      this.listActions,
    );
    return html`${list}${this.renderDetail(index)}${this.tooltip.render()}`;
  }

  private renderDetail(index: ExplorerIndex): TemplateResult | typeof nothing {
    const settings = { lang: this.lang, unit: this.unit, theme: this.theme };
    const view = this.shownView;
    if (view === 'report' && this.opened) {
      const { entry, document } = this.opened;
      return renderReport(this.explorerView, {
        index,
        entry,
        document,
        years: this.yearsOf(index, entry),
        settings,
        loaded: (e, doc) => this.keepDocument(e, doc),
        back: this.backToList,
      });
    }
    if (view === 'compare' && this.comparison) {
      return renderComparison(this.explorerView, {
        index,
        comparison: this.comparison,
        chosen: this.chosen,
        documents: this.documents,
        yearsOf: (entry) => this.yearsOf(index, entry),
        failureText: (error) => this.failureText(error),
        settings,
        back: this.backToList,
      });
    }
    return nothing;
  }

  /** Never called: the data controller never holds a document here, since the explorer reads the index itself (see willUpdate). */
  protected override renderDocument(): TemplateResult {
    return html``;
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

  /** The index is what the explorer exports; it loads no document of its own for the base class to wait for. */
  protected override exportAvailable(): boolean {
    return this.index !== undefined;
  }

  /**
   * The list as shown (all its rows), its 预算 against 决算, and the view opened under it; a
   * comparison's table comes first while comparing, so that CSV exports what the reader compares.
   * @internal
   */
  override exportTables(): DataTableSpec[] {
    const index = this.index;
    if (!index) return [];
    const t = this.messages(EXPLORER_MESSAGES);
    const view = this.explorerView;
    const filter = this.filter(index);
    const list = [listTable(view, this.rows, filter)];
    const listPairs = budgetFinalPairs(index, filter.year);
    if (listPairs.length > 0) list.push(budgetFinalTable(view, listPairs, t.budgetFinalCaption(yearText(view, filter))));
    const shown = this.shownView;
    if (shown === 'report') {
      const pair = pairOf(index, this.chosen[0]!);
      return pair ? [...list, budgetFinalTable(view, [pair], t.budgetFinal)] : list;
    }
    if (shown !== 'compare' || !this.comparison) return list;
    const pairs = this.chosen.map((e) => pairOf(index, e)).filter((p) => p !== undefined);
    return [
      comparisonTable(view, { comparison: this.comparison, documents: this.documents }),
      ...(pairs.length > 0 ? [budgetFinalTable(view, pairs, t.budgetFinal)] : []),
      ...list,
    ];
  }

  /** A comparison is exported once its documents have loaded, so that its file holds their figures rather than “…”. */
  protected override async exportSettled(): Promise<void> {
    for (;;) {
      await this.updateComplete;
      if (this.inFlight.size === 0) return;
      await Promise.all(this.inFlight);
    }
  }

  /** The files are named after the index, the year listed and the main table: “普陀区-2025-各部门预算支出（2025年）.csv”. */
  protected override exportSubject(): ExportSubject {
    const index = this.index;
    if (!index) throw new Error('<budget-explorer> has no index to export');
    const filter = this.filter(index);
    const surface = (name: string) => getComputedStyle(this).getPropertyValue(name).trim();
    return {
      department: index.title,
      year: filter.year === 'all' ? index.years[0]! : filter.year,
      kind: filter.kind,
      report: index.title,
      view: this.exportTables()[0]?.caption ?? this.localName,
      unitNote: this.unitNote(MODEL_UNIT),
      tables: [],
      lang: this.effectiveLang,
      colours: { background: surface('--_budget-color-surface'), ink: surface('--_budget-color-text') },
    };
  }

  private summary(filter: ExplorerFilter): string {
    const t = this.messages(EXPLORER_MESSAGES);
    const top = this.largestRow;
    return t.summary(this.rows.length, t.kinds[filter.kind], yearText(this.explorerView, filter), top ? t.largest(top.department, this.money(top.expenditure, MODEL_UNIT)) : '');
  }

  private failureText(error: LoadError): string {
    const first = error.issues?.[0];
    return `${this.shared.loadErrors[error.kind](error.detail)}${first ? inLang(first.message, this.effectiveLang) : ''}`;
  }

  private percent(share: Dec | null): string {
    return share ? formatPercent(share, this.effectiveLang) : '—';
  }

  /** What the templates need of the element, every amount in {@link MODEL_UNIT}. */
  private readonly explorerView: ExplorerView = (() => {
    // The getters are read at each render: the language and unit may have changed since.
    const host = this;
    return {
      get t(): ExplorerMessages {
        return host.messages(EXPLORER_MESSAGES);
      },
      get unitNote() {
        return host.unitNote(MODEL_UNIT);
      },
      get amountUnit() {
        return host.amountUnit(MODEL_UNIT);
      },
      money: (amount) => host.money(amount, MODEL_UNIT),
      exactMoney: (amount) => host.exactMoney(amount, MODEL_UNIT),
      figure: (amount) => host.exactFigure(amount, MODEL_UNIT),
      unbroken: (text) => host.unbroken(text),
      percent: (share) => host.percent(share),
      inBrackets: (text) => host.inBrackets(text),
      showTip: (event, entry) => host.showTip(event, entry),
      hideTip: () => host.tooltip.hide(),
    };
  })();

  /** The reader's actions on the list set the element's attributes, so that a link (`sync-url`) reproduces the view. */
  private readonly listActions: ExplorerListActions = {
    search: (query) => (this.query = query),
    chooseYear: (year) => (this.year = year),
    chooseKind: (kind) => (this.kind = kind),
    chooseScope: (scope) => (this.scope = scope),
    sortBy: (key: ExplorerSortKey) => (this.sort = nextSort(this.sort, key)),
    toggle: (entry) => this.toggle(entry),
    open: (entry) => this.open(entry),
    compare: () => this.openComparison(),
    clear: () => this.choose([]),
    showMore: () => (this.limit += PAGE_SIZE),
  };

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

  private openComparison(): void {
    this.view = 'compare';
    this.focusAfterUpdate = '#detail-title';
  }

  private readonly backToList = (): void => {
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
}
