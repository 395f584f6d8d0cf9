import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dec } from '../../core/decimal.js';
import { formatNumber, unitLabel, withUnit } from '../../core/format.js';
import { toAmount } from '../../core/decimal.js';
import { viewDecimals, type ViewDecimals } from '../../core/precision.js';
import { convertAmount, MONEY_UNITS } from '../../core/units.js';
import type { BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import { BudgetDataController, unexpectedFailure, type LoadError } from '../../controllers/budget-data-controller.js';
import { ExportController, type BudgetExportDetail, type ExportFormat, type ExportSubject } from '../../controllers/export-controller.js';
import type { DataTableSpec, ExactCell } from '../../core/data-table.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { UrlStateController } from '../../controllers/url-state-controller.js';
import { resolveLang, type Catalog, type Lang } from '../../i18n/lang.js';
import { inLang, SHARED_MESSAGES, type SharedMessages } from '../../i18n/shared-messages.js';
import { anyText, integerIn, oneOf, refusedValueWarning, type AttributeRule, type AttributeRules } from './attribute-rules.js';
import { sharedStyles } from './shared.styles.js';

const MAX_ISSUES_SHOWN = 5;

/** The colour themes of the `theme` attribute. */
const THEMES = ['auto', 'light', 'dark'] as const;

/** Ten minutes: a timeout beyond it is a typo, and AbortSignal refuses values past 2^64. */
const MAX_TIMEOUT_MS = 600_000;

/** `lang` values spoken as pages write them: empty, zh… or en… (any case). */
const LANG_RULE: AttributeRule = {
  attribute: 'lang',
  allowed: 'zh-CN | zh | en | en-…',
  fallback: '',
  parse: (value) => (typeof value === 'string' && /^(?:|zh|en)(?:-[A-Za-z0-9]+)*$/i.test(value.trim()) ? { value: value.trim() } : undefined),
};

/** An amount a view shows, in the unit its table states. */
export interface ViewAmount {
  amount: Dec | string;
  unit: MoneyUnit;
}

/** What exported files say a view is (see `exportView`). */
export interface ExportView {
  /** The view's name, for the title and the file name: "支出功能分类". */
  name: string;
  /** The part of the document in view after a zoom or a choice: "201 一般公共服务支出". */
  focus?: string;
  /** The unit of the view's amounts before `unit` converts them. */
  unit: MoneyUnit;
  /** Ids of the tables the figures come from: ["表3"]. */
  tables: string[];
}

/** Events leave the shadow root (composed) and bubble, so a page can listen on any ancestor. */
function budgetEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

/**
 * What every budget-viz element shares: data from `src` or `data` with loading, error and empty
 * states; `lang` and `unit`; the tooltip; the table-view toggle; the container width.
 *
 * The `@cssprop` defaults below are the light theme's; in dark (`theme="dark"`, or `auto` with
 * `prefers-color-scheme: dark`) they are text #e6edf3, muted #9198a1, surface #0d1117, border
 * #3d444d, border-strong #8b949e, hover #21262d, focus #4493f8, danger #f85149, tooltip #1f2328
 * on #e6edf3. A `--budget-*` property set by the page wins in both themes.
 *
 * On paper (the browser's print command or `print()`) every element prints in the light palette,
 * whatever its theme or the page's colours, at 10.5pt, with its data tables and disclosures open
 * and without its controls.
 *
 * @fires budget-load - The document is loaded and valid. `detail: { document }`.
 * @fires budget-error - Loading or validation failed. `detail: { kind, detail, issues? }`.
 * @fires budget-export - A file was downloaded from the export menu. `detail: { format, fileName }`, format `png`, `svg`, `csv` or `zip`.
 *
 * @csspart state - The loading, empty or error message.
 * @csspart tooltip - The tooltip.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart export-button - The button that opens the export menu.
 * @csspart export-menu - The export menu (PNG, SVG, CSV).
 * @csspart table - The data table.
 * @csspart summary - The chart's summary for screen readers (visually hidden).
 * @csspart announcement - The live region that announces zooms and selections (visually hidden).
 *
 * @cssprop [--budget-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif] - Font of all text.
 * @cssprop [--budget-font-size=16px] - Base font size; never below 12px.
 * @cssprop [--budget-color-text=#1f2328] - Text colour.
 * @cssprop [--budget-color-muted=#57606a] - Secondary text colour.
 * @cssprop [--budget-color-surface=#ffffff] - Background.
 * @cssprop [--budget-color-border=#d0d7de] - Lines and borders.
 * @cssprop [--budget-color-border-strong=#6e7781] - Borders of controls.
 * @cssprop [--budget-color-hover=#f3f4f6] - Background of a hovered control.
 * @cssprop [--budget-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--budget-color-danger=#b42318] - Border of error messages.
 * @cssprop [--budget-tooltip-color=#ffffff] - Tooltip text.
 * @cssprop [--budget-tooltip-background=#1f2328] - Tooltip background.
 */
export abstract class BudgetElement extends LitElement {
  static override styles = [sharedStyles];

  /**
   * What each attribute accepts; a refused value is replaced by the default with a console warning.
   * Subclasses add their own: `{ ...BudgetElement.attributeRules, metric: oneOf(…) }`.
   * @internal
   */
  static attributeRules: AttributeRules = {
    unit: oneOf('unit', MONEY_UNITS, undefined),
    timeout: integerIn('timeout', 1, MAX_TIMEOUT_MS, 15_000),
    lang: LANG_RULE,
    entry: anyText('entry', undefined),
    theme: oneOf('theme', THEMES, 'auto'),
  };

  /** URL of a budget document or collection (http, https or relative). The last one set wins. */
  @property() src?: string;

  /** The document or collection itself, instead of `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Id of the entry to show when the data is a collection; the newest year by default. */
  @property() entry?: string;

  /** Milliseconds before loading `src` is given up: a whole number from 1 to 600000. */
  @property({ type: Number }) timeout = 15_000;

  /** Language: `zh-CN` (default) or `en`. */
  @property({ reflect: true, converter: { toAttribute: (value: string) => value || null } }) override lang = '';

  /** Unit of every amount shown: 元, 万元 or 亿元; the report's own unit by default. */
  @property({ reflect: true }) unit?: MoneyUnit;

  /**
   * Keeps the view's state (`lang`, `unit`, and the element's own: `selected`, `metric`, `measure`…)
   * in the page's URL fragment and restores it from there, so that a link opens the view the reader
   * was looking at: `#selected=20103&unit=元`. Off unless present. Elements that sync on one page
   * keep apart by a prefix: the attribute's value (`sync-url="where"` → `#where.selected=20103`),
   * else the element's `id`.
   */
  @property({ attribute: 'sync-url', reflect: true }) syncUrl?: string | null;

  /**
   * The properties `sync-url` keeps in the URL, named as their attributes.
   * @internal
   */
  static urlState: readonly string[] = ['lang', 'unit'];

  /** Colour theme: `auto` follows the reader's `prefers-color-scheme`; `light` or `dark` fixes it. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Shows the data table beside the chart. */
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;

  /**
   * Views across years load every entry of a collection, not just the newest.
   * @internal
   */
  readonly loadsAllEntries: boolean = false;

  protected readonly source = new BudgetDataController(this);
  protected readonly size = new ResizeController(this);
  protected readonly tooltip = new TooltipController(this);
  private readonly printer = new PrintController(this);
  private readonly exporter = new ExportController(this, {
    settled: () => this.exportSettled(),
    available: () => this.exportAvailable(),
    formats: () => this.exportFormats(),
    chart: () => this.exportChart(),
    tables: () => this.exportTables(),
    subject: () => this.exportSubject(),
    exported: (detail) => this.emit<BudgetExportDetail>('budget-export', detail),
    failed: (format) => this.announce(this.shared.exportFailed(this.shared.exportFormats[format])),
  });

  constructor() {
    super();
    // Registers itself with the element, which drives it from then on.
    new UrlStateController(this, (this.constructor as typeof BudgetElement).urlState);
  }

  /** What the live region says now; changed on zoom and selection. */
  @state() private announcement = '';

  /**
   * The language every string is shown in: the element's own `lang`, else Chinese. The page's
   * `lang` is not inherited on purpose: many CMS templates declare `lang="en"` on Chinese pages.
   */
  get effectiveLang(): Lang {
    return resolveLang(this.lang);
  }

  protected get shared(): SharedMessages {
    return SHARED_MESSAGES[this.effectiveLang];
  }

  protected messages<T>(catalog: Catalog<T>): T {
    return catalog[this.effectiveLang];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.applyAttributeRules(changed);
    if (changed.has('data') && this.data !== undefined) this.source.use(this.data);
    else if ((changed.has('src') || changed.has('entry')) && this.src && this.data === undefined) void this.source.load(this.src);
  }

  /** Settles once the element shows what its data leads to: work that ends in another update is waited for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (;;) {
      const pending = this.pendingWork();
      if (pending) await pending.catch(() => undefined);
      else if (!this.isUpdatePending) return complete;
      complete = await super.getUpdateComplete();
    }
  }

  /**
   * Work under way whose end brings another update, which `updateComplete` waits for: here, the
   * issues of a document that failed validation, worked out by code loaded on demand.
   */
  protected pendingWork(): Promise<unknown> | undefined {
    return this.source.validating.promise;
  }

  /**
   * An error while preparing or drawing a valid document ends in the error state, named, with
   * `budget-error`: never the loading message left on screen, never an uncaught error.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.source.state.status === 'error') throw error;
      this.source.fail(unexpectedFailure(error));
    }
  }

  private readonly warned = new Set<string>();

  private applyAttributeRules(changed: PropertyValues): void {
    const rules = (this.constructor as typeof BudgetElement).attributeRules;
    const values = this as unknown as Record<string, unknown>;
    for (const [name, rule] of Object.entries(rules)) {
      if (!changed.has(name)) continue;
      const parsed = rule.parse(values[name]);
      if (parsed) {
        if (parsed.value !== values[name]) values[name] = parsed.value;
        continue;
      }
      const key = `${name}=${String(values[name])}`;
      if (!this.warned.has(key)) console.warn(refusedValueWarning(this.localName, rule, values[name]));
      this.warned.add(key);
      values[name] = rule.fallback;
    }
  }

  /**
   * What a static rendering (`budget-viz render`) wrote into the declarative shadow root: it stays
   * on screen until the live view has something to show instead, then is removed, so the page
   * upgrades in place with neither a blank nor a second copy.
   */
  private prerendered: ChildNode[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    // Lit would render before the first node found there, which is removed later: after it instead.
    this.renderOptions.renderBefore = undefined;
    return root;
  }

  protected override update(changed: PropertyValues): void {
    const status = this.source.state.status;
    if (this.prerendered.length > 0 && status !== 'idle' && status !== 'loading') {
      for (const node of this.prerendered) node.remove();
      this.prerendered = [];
    }
    super.update(changed);
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.source.state;
    if (this.prerendered.length > 0 && (state.status === 'idle' || state.status === 'loading')) return nothing;
    switch (state.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<p class="state" part="state" role="status">${this.shared.loading}</p>`;
      case 'error':
        return this.renderError(state.error);
      case 'ready':
        if (this.isEmpty(state.document)) return html`<p class="state" part="state" role="status">${this.shared.empty}</p>`;
        return html`${this.renderDocument(state.document)}${this.tooltip.render()}
          <div class="sr-only" part="announcement" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    }
  }

  /** The element's view of a loaded, valid document. */
  protected abstract renderDocument(doc: BudgetDocument): TemplateResult;

  /** True when the document has nothing this element can show. */
  protected isEmpty(_doc: BudgetDocument): boolean {
    return false;
  }

  /**
   * The amounts this view shows, so that they share one precision per unit ({@link viewDecimals}).
   * A view that lists none shows every amount exactly.
   */
  protected viewAmounts(): Iterable<ViewAmount> {
    return [];
  }

  /**
   * What viewAmounts() reads besides the document and unit (a metric, a derived model): the view's
   * precision is computed again when one of them changes.
   */
  protected viewAmountsSources(): readonly unknown[] {
    return [];
  }

  private decimalsCache?: { sources: readonly unknown[]; byUnit: Map<MoneyUnit, ViewDecimals> };

  /** The view's decimals in one display unit, computed once per document, unit and view sources. */
  private decimalsIn(unit: MoneyUnit): ViewDecimals | undefined {
    const sources = [this.source.state, this.unit, ...this.viewAmountsSources()];
    const cached = this.decimalsCache;
    if (!cached || cached.sources.length !== sources.length || cached.sources.some((value, i) => value !== sources[i])) {
      const amounts = new Map<MoneyUnit, Dec[]>();
      for (const { amount, unit: from } of this.viewAmounts()) {
        const to = this.unit ?? from;
        if (!amounts.has(to)) amounts.set(to, []);
        amounts.get(to)!.push(convertAmount(toAmount(amount), from, to));
      }
      this.decimalsCache = { sources, byUnit: new Map([...amounts].map(([to, list]) => [to, viewDecimals(list)] as const)) };
    }
    return this.decimalsCache!.byUnit.get(unit);
  }

  private formatIn(amount: Dec | string, from: MoneyUnit, precision: 'rounded' | 'exact'): string {
    const to = this.unit ?? from;
    const value = convertAmount(toAmount(amount), from, to);
    const decimals = this.decimalsIn(to);
    if (!decimals) return formatNumber(value, this.effectiveLang);
    // An amount outside viewAmounts() may need more decimals than the view: it is never rounded to 0.
    const places = Math.max(decimals[precision], precision === 'exact' ? value.decimalPlaces() : 0);
    const shown = formatNumber(value, this.effectiveLang, { minDecimals: places, maxDecimals: places });
    return /^-?0(\.0*)?$/.test(shown) && !value.isZero() ? formatNumber(value, this.effectiveLang, { minDecimals: places }) : shown;
  }

  /** An amount in the chosen unit and language, with its unit, at the view's precision: for charts and text. */
  protected money(amount: Dec | string, from: MoneyUnit): string {
    return withUnit(this.formatIn(amount, from, 'rounded'), this.unit ?? from, this.effectiveLang);
  }

  /** An amount with its unit, exact: for the tooltip, which is where a reader checks a figure. */
  protected exactMoney(amount: Dec | string, from: MoneyUnit): string {
    return withUnit(this.formatIn(amount, from, 'exact'), this.unit ?? from, this.effectiveLang);
  }

  /** An amount without its unit, exact, for tables whose caption states the unit. */
  protected figure(amount: Dec | string, from: MoneyUnit): string {
    return this.formatIn(amount, from, 'exact');
  }

  /** A figure with its unit that a line never breaks between number and unit ("484.55万元"). */
  protected unbroken(text: string): TemplateResult {
    return html`<span class="unbroken">${text}</span>`;
  }

  /** `text` with each of `figures` in it kept on one line ({@link unbroken}), the rest as written. */
  protected unbrokenIn(text: string, figures: readonly string[]): unknown[] {
    const pieces: unknown[] = [];
    let at = 0;
    for (;;) {
      const next = figures
        .map((figure) => ({ figure, start: figure ? text.indexOf(figure, at) : -1 }))
        .filter(({ start }) => start >= 0)
        .sort((a, b) => a.start - b.start || b.figure.length - a.figure.length)[0];
      if (!next) break;
      pieces.push(text.slice(at, next.start), this.unbroken(next.figure));
      at = next.start + next.figure.length;
    }
    pieces.push(text.slice(at));
    return pieces;
  }

  /** Says `text` in the live region, for zooms and selections a screen reader would not otherwise hear. */
  protected announce(text: string): void {
    // The same words again must be heard again: clear first, then say them on the next frame.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /** The chart's generated summary, visually hidden; a chart points to it with `aria-describedby="summary"`. */
  protected renderChartSummary(text: string): TemplateResult {
    return html`<p id="summary" class="sr-only" part="summary">${text}</p>`;
  }

  /** True while the data table is shown: on request, and always on paper. */
  protected get tableShown(): boolean {
    return this.showTable || this.printing;
  }

  /**
   * True while the page is printed: a view renders for paper what the reader opens on screen
   * (disclosures open, every table shown), since paper cannot be clicked.
   */
  protected get printing(): boolean {
    return this.printer.printing;
  }

  /**
   * Prints this element alone, with its data tables, without the rest of the page. Inside
   * `<budget-report>` an element prints the whole report.
   */
  print(): Promise<void> {
    return this.printer.printAlone();
  }

  /**
   * The view as it is now (zoom, selection, unit, language) as a self-contained SVG file, framed
   * by its title, department, year, unit and source, with a font stack that draws Chinese on
   * any system. Rejects for a view without a chart (see {@link toCSV}).
   */
  toSVG(): Promise<string> {
    return this.exporter.svg();
  }

  /** The view as {@link toSVG} frames it, as a PNG at `scale` pixels per CSS pixel (2 by default, 8 at most). */
  toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return this.exporter.png(scale);
  }

  /**
   * The view's data table (its main one, for a view with several) as CSV for spreadsheets: UTF-8
   * with a byte-order mark, CRLF, every amount exact in the unit shown and named in its column's
   * header ("金额（万元）"), text that a spreadsheet would run as a formula kept as text.
   */
  toCSV(): Promise<string> {
    return this.exporter.csv();
  }

  /**
   * Every data table of the view, one CSV file each (as {@link toCSV} writes them), in one ZIP
   * archive: for `<budget-report>`, every table of every view in it.
   */
  toZip(): Promise<Blob> {
    return this.exporter.archive();
  }

  /**
   * The chart to export as an image, or undefined for a view that has no chart (its menu offers
   * CSV only). A view with a chart overrides it and returns either
   *
   * - its live `<svg>` as drawn: it is copied, with every element's computed paint written out,
   *   and the original is left alone; or
   * - a detached `SVGSVGElement` built by code for the export, not connected to any document:
   *   it must carry `width` and `height` attributes in CSS pixels and its paint as presentation
   *   attributes (`fill`, `stroke`, `font-size`, `font-weight`, `text-anchor`…), since no
   *   stylesheet applies to it; `font-family` may be left out (the export's CJK font stack is
   *   inherited). It is framed on white with dark text, so its colours must read on white.
   *
   * Called after the element's update has completed.
   */
  protected async exportChart(): Promise<SVGSVGElement | undefined> {
    return undefined;
  }

  /**
   * The view's data tables as the table view draws them, the main one first: what `toCSV()` and
   * the menu's CSV export. Each amount should be an `ExactCell` ({@link exactFigure}) in a column
   * naming its `unit` ({@link amountUnit}). Views that have no table view build one for export.
   * @internal
   */
  exportTables(): DataTableSpec[] {
    return [];
  }

  /**
   * What the exported files say the view is: its name for the title and the file name ("支出功能
   * 分类"), the part of the document in view after a zoom or a choice, the unit its amounts are
   * in before `unit` converts them, and the tables (表3) its figures come from. By default the
   * caption of its main table, in the document's unit, from the report as a whole.
   */
  protected exportView(doc: BudgetDocument): ExportView {
    return { name: this.exportTables()[0]?.caption ?? this.localName, unit: doc.meta.unit, tables: [] };
  }

  /** Settles when the view's chart and tables can be exported: once the element's update is complete. */
  protected async exportSettled(): Promise<void> {
    await this.updateComplete;
  }

  /** What the export menu offers: PNG and SVG for a view with a chart, CSV, and all tables when there are several. */
  protected exportFormats(): readonly ExportFormat[] {
    const hasChart = this.exportChart !== BudgetElement.prototype.exportChart;
    return [...(hasChart ? (['png', 'svg'] as const) : []), 'csv', ...(this.exportTables().length > 1 ? (['zip'] as const) : [])];
  }

  /**
   * A figure of a data table as {@link figure} shows it, with its plain value for exports: the
   * same digits without grouping separators, exact since `figure` never rounds, with the
   * column's decimals ("71.70" where the report says 71.70).
   */
  protected exactFigure(amount: Dec | string, from: MoneyUnit): ExactCell {
    const text = this.figure(amount, from);
    return { text, value: text.replace(/,/g, '') };
  }

  /** The unit an amount column's exact values are in, for its `unit`: the unit shown, in the reader's language. */
  protected amountUnit(from: MoneyUnit): string {
    return this.unitName(from);
  }

  /** True when the view has something to export, so that the menu button shows: by default once its document is loaded. */
  protected exportAvailable(): boolean {
    return this.source.state.status === 'ready';
  }

  /**
   * What the exported files say about the view, from its document and {@link exportView}. A view
   * that loads no document of its own (`<budget-explorer>` lists from an index) says it itself.
   */
  protected exportSubject(): ExportSubject {
    const state = this.source.state;
    if (state.status !== 'ready') throw new Error(`<${this.localName}> has no document to export`);
    const { meta } = state.document;
    const view = this.exportView(state.document);
    return {
      department: meta.department.name,
      year: meta.fiscalYear,
      kind: meta.kind,
      report: meta.source.title,
      view: view.name,
      focus: view.focus,
      unitNote: this.unitNote(view.unit),
      tables: view.tables,
      lang: this.effectiveLang,
      colours: { background: this.themeColour('--_budget-color-surface'), ink: this.themeColour('--_budget-color-text') },
    };
  }

  private themeColour(property: string): string {
    return getComputedStyle(this).getPropertyValue(property).trim();
  }

  /** The name of the unit amounts are shown in. */
  protected unitName(from: MoneyUnit): string {
    return unitLabel(this.unit ?? from, this.effectiveLang);
  }

  protected unitNote(from: MoneyUnit): string {
    return this.shared.unit(unitLabel(this.unit ?? from, this.effectiveLang));
  }

  /** Text in brackets as each language writes them: （…） or (…). */
  protected inBrackets(text: string): string {
    return this.effectiveLang === 'en' ? ` (${text})` : `（${text}）`;
  }

  protected emit<T>(name: `budget-${string}`, detail: T): void {
    this.dispatchEvent(budgetEvent(name, detail));
  }

  /**
   * The view's own actions, at the end of its toolbar: the table toggle and the export menu (left
   * out on paper, which can do neither).
   */
  protected renderViewActions(): TemplateResult {
    return html`<div class="view-actions">${this.renderTableButton()}${this.renderExportMenu()}</div>`;
  }

  /** The export menu alone, for a view without a table toggle; nothing on paper. */
  protected renderExportMenu(): TemplateResult | typeof nothing {
    return this.printing ? nothing : this.exporter.render({ button: this.shared.exportButton, formats: this.shared.exportFormats });
  }

  private renderTableButton(): TemplateResult {
    return html`<button part="table-toggle" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>
      ${this.showTable ? this.shared.hideTable : this.shared.showTable}
    </button>`;
  }

  private renderError(error: LoadError) {
    const issues = error.issues ?? [];
    const shown = issues.slice(0, MAX_ISSUES_SHOWN);
    return html`<div class="state" part="state" role="alert">
      <strong>${this.shared.errorTitle}</strong>
      <div>${this.shared.loadErrors[error.kind](error.detail)}</div>
      ${shown.length > 0
        ? html`<ul>
            ${shown.map((issue) => html`<li>${inLang(issue.message, this.effectiveLang)}</li>`)}
            ${issues.length > shown.length ? html`<li>${this.shared.moreIssues(issues.length - shown.length)}</li>` : nothing}
          </ul>`
        : nothing}
    </div>`;
  }
}
