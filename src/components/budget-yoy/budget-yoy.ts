import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dec } from '../../core/decimal.js';
import type { BudgetCollection, BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import { requireYearCollection, sortSeries, yoySeries, type YearValue, type YoyMeasure, type YoySeries } from '../../core/yoy.js';
import { yoyChangePhrase, yoySummary } from '../../core/yoy-summary.js';
import { barWidth, largest } from '../base/bar-geometry.js';
import { oneOf } from '../base/attribute-rules.js';
import { BudgetElement, type ExportView, type ViewAmount } from '../base/budget-element.js';
import { styleProps } from '../base/style-props.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import { YOY_MESSAGES } from './budget-yoy.messages.js';
import { yoyStyles } from './budget-yoy.styles.js';

type YoySort = 'report' | 'amount' | 'change';
const MEASURES: readonly YoyMeasure[] = ['totals', 'split', 'function', 'operating', 'three-public'];
const SORTS: readonly YoySort[] = ['report', 'amount', 'change'];

/**
 * @tag budget-yoy
 * @summary Year-over-year bars: each figure for two or more years side by side, labelled with its
 * change as reports write it ("比上年增加65.01万元，增长15.50%"). Works from a collection of
 * several years, or from one document whose prior-year figures are stated or derived in its
 * 说明 (derived bars are hatched and say so).
 *
 * @csspart series - One compared figure: its bars and its change.
 * @csspart bar - One year's bar.
 * @csspart change - The change phrase.
 *
 * The bar defaults are the light theme's; in dark the newest year is #4493f8 (earlier years keep
 * #8c959f), so that every bar has 3:1 or more against its surface.
 *
 * @cssprop [--budget-color-year-current=#1d5fa8] - The newest year's bars.
 * @cssprop [--budget-color-year-previous=#8c959f] - Earlier years' bars.
 * @cssprop [--budget-color-increase=#a3480b] - An increase (with ▲ and words, never colour alone).
 * @cssprop [--budget-color-decrease=#1a7f37] - A decrease (with ▼ and words).
 */
export class BudgetYoy extends BudgetElement {
  static override styles = [...BudgetElement.styles, yoyStyles];
  /** @internal */
  static override urlState = [...BudgetElement.urlState, 'measure', 'sort'];
  /** @internal */
  static override attributeRules = {
    ...BudgetElement.attributeRules,
    measure: oneOf('measure', MEASURES, 'totals'),
    sort: oneOf('sort', SORTS, 'report'),
  };

  override readonly loadsAllEntries = true;

  /** What is compared: `totals`, `split`, `function`, `operating` or `three-public`. */
  @property({ reflect: true }) measure: YoyMeasure = 'totals';

  /** Order of the figures: `report`, `amount` (newest year) or `change`. */
  @property({ reflect: true }) sort: YoySort = 'report';

  private series: YoySeries[] = [];

  /** A collection of several departments, or of 预算 and 决算, is refused before anything is fetched. @internal */
  checkCollection(collection: BudgetCollection): void {
    requireYearCollection(collection);
  }

  private years: number[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status !== 'ready') return;
    const series = yoySeries(state.documents, this.measure, this.displayUnit(state.document));
    this.series = sortSeries(series, this.sort);
    this.years = [...new Set(this.series.flatMap((s) => s.values.map((v) => v.fiscalYear)))].sort((a, b) => a - b);
  }

  protected override viewAmountsSources(): readonly unknown[] {
    return [this.series];
  }

  protected override *viewAmounts(): Iterable<ViewAmount> {
    const state = this.source.state;
    if (state.status !== 'ready') return;
    const unit = this.displayUnit(state.document);
    for (const series of this.series) for (const value of series.values) yield { amount: value.amount, unit };
  }

  protected override isEmpty(): boolean {
    return this.series.length === 0;
  }

  protected override renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.messages(YOY_MESSAGES);
    const unit = this.displayUnit(doc);
    const max = largest(this.series.flatMap((s) => s.values.map((v) => v.amount)));
    const anyDerived = this.series.some((s) => s.values.some((v) => v.basis !== 'table'));
    return html`
      <div class="toolbar">
        <p class="title">${t.title(doc.meta.department.name)} · ${this.unitNote(unit)}</p>
        ${this.renderViewActions()}
      </div>
      <div class="controls">
        <label>${t.measure}
          <select @change=${(e: Event) => (this.measure = (e.target as HTMLSelectElement).value as YoyMeasure)}>
            ${MEASURES.map((m) => html`<option value=${m} ?selected=${m === this.measure}>${t.measures[m]}</option>`)}
          </select>
        </label>
        <label>${t.sort}
          <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as YoySort)}>
            ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${t.sorts[s]}</option>`)}
          </select>
        </label>
      </div>
      <ul class="series-list" aria-describedby="summary">
        ${this.series.map((s) => this.renderSeries(s, unit, max))}
      </ul>
      ${this.renderChartSummary(this.summary(unit))}
      ${anyDerived ? html`<p class="note"><i class="swatch derived"></i>${t.derivedNote}</p>` : nothing}
      ${this.tableShown ? renderDataTable(this.dataTable(unit)) : nothing}
    `;
  }

  private renderSeries(series: YoySeries, unit: MoneyUnit, max: Dec | undefined) {
    const newest = series.values[series.values.length - 1];
    return html`<li part="series" class="series">
      <p class="series-label">${this.seriesLabel(series)}</p>
      ${series.values.map(
        (value) => html`<div class="year-row" @mouseenter=${(e: Event) => this.showTip(e, series, value, unit)} @mouseleave=${this.hideTip}>
          <span class="year">${this.messages(YOY_MESSAGES).year(value.fiscalYear)}</span>
          <span class="track">
            <i part="bar" class=${this.barClass(value, newest)} ${styleProps(barWidth(value.amount, max))}></i>
          </span>
          <span class="value">${this.unbroken(this.money(value.amount, unit))}${this.basisNote(value)}</span>
        </div>`,
      )}
      ${this.renderChange(series, unit)}
    </li>`;
  }

  private renderChange(series: YoySeries, unit: MoneyUnit) {
    const t = this.messages(YOY_MESSAGES);
    if (!series.change) return html`<p part="change" class="change muted">${t.single}</p>`;
    const direction = series.change.direction;
    const rising = direction === 'increase' || direction === 'new';
    const falling = direction === 'decrease' || direction === 'discontinued';
    const symbol = rising ? t.increase : falling ? t.decrease : t.noChange;
    const money = (amount: Dec) => this.money(amount, unit);
    const phrase = yoyChangePhrase(series, this.effectiveLang, unit, money) ?? '';
    return html`<p part="change" class="change ${rising ? 'increase' : falling ? 'decrease' : ''}">
      <span aria-hidden="true">${symbol}</span> ${this.unbrokenIn(phrase, [money(series.change.amount)])}
    </p>`;
  }

  /** Every series by year, each figure with its exact value, and its change in words. */
  private dataTable(unit: MoneyUnit): DataTableSpec {
    const t = this.messages(YOY_MESSAGES);
    const amountUnit = this.amountUnit(unit);
    return {
      caption: t.tableCaption(t.measures[this.measure] ?? ''),
      unitNote: this.unitNote(unit),
      headerLabel: t.item,
      columns: [...this.years.map((year) => ({ label: t.year(year), numeric: true, unit: amountUnit })), { label: t.change }],
      rows: this.series.map((s) => ({
        header: this.seriesLabel(s),
        cells: [
          ...this.years.map((year) => {
            const value = s.values.find((v) => v.fiscalYear === year);
            if (!value) return '—';
            const exact = this.exactFigure(value.amount, unit);
            return { ...exact, text: `${exact.text}${this.basisNote(value)}` };
          }),
          yoyChangePhrase(s, this.effectiveLang, unit) ?? t.single,
        ],
      })),
    };
  }

  /** @internal */
  override exportTables(): DataTableSpec[] {
    const state = this.source.state;
    return state.status === 'ready' && this.series.length > 0 ? [this.dataTable(this.displayUnit(state.document))] : [];
  }

  protected override exportView(doc: BudgetDocument): ExportView {
    const t = this.messages(YOY_MESSAGES);
    const newest = doc.meta.fiscalYear;
    const tables = this.series.flatMap((s) => s.values.filter((v) => v.basis === 'table' && v.fiscalYear === newest).map((v) => v.source));
    return { name: t.tableCaption(t.measures[this.measure]), unit: doc.meta.unit, tables: [...new Set(tables)] };
  }

  /** The view as a file: an SVG drawn from the same series, formatted as the view formats them, loaded only when asked for. */
  protected override async exportChart(): Promise<SVGSVGElement | undefined> {
    const state = this.source.state;
    if (state.status !== 'ready' || this.series.length === 0) return undefined;
    const { yoyChartSvg } = await import('../../export/yoy-chart-svg.js');
    const unit = this.displayUnit(state.document);
    return yoyChartSvg(this, {
      width: this.size.width,
      lang: this.effectiveLang,
      department: state.document.meta.department.name,
      measure: this.measure,
      sort: this.sort,
      series: this.series,
      years: this.years,
      unit,
      unitNote: this.unitNote(unit),
      money: (amount) => this.money(amount, unit),
      label: (series) => this.seriesLabel(series),
      basisNote: (value) => this.basisNote(value),
    });
  }

  private summary(unit: MoneyUnit): string {
    const t = this.messages(YOY_MESSAGES);
    return yoySummary(this.series, {
      lang: this.effectiveLang,
      measure: t.measures[this.measure],
      unit,
      money: (amount) => this.money(amount, unit),
      label: (series) => this.seriesLabel(series),
    });
  }

  /**
   * A year's exact figure, where a reader checks it (the visible one is rounded to the view),
   * placed off the whole row so that it never hides the figure it is about.
   */
  private showTip(event: Event, series: YoySeries, value: YearValue, unit: MoneyUnit): void {
    const year = `${this.messages(YOY_MESSAGES).year(value.fiscalYear)}${this.basisNote(value)}`;
    this.tooltip.show([this.seriesLabel(series), year, this.exactMoney(value.amount, unit)], event.currentTarget as Element);
  }

  private hideTip = (): void => this.tooltip.hide();

  private basisNote(value: YearValue): string {
    const t = this.messages(YOY_MESSAGES);
    if (value.basis === 'table') return '';
    return this.inBrackets(t[value.basis]);
  }

  private barClass(value: YearValue, newest: YearValue): string {
    return [value === newest ? 'current' : 'previous', value.basis === 'table' ? '' : 'derived'].join(' ').trim();
  }

  private seriesLabel(series: YoySeries): string {
    const known = this.messages(YOY_MESSAGES).series[series.key];
    if (this.measure === 'function') return `${series.code ?? ''} ${series.label}`.trim();
    return known ?? series.label;
  }

  /** The unit shown, into which yoySeries converts every value: `unit`, else the newest document's own. */
  private displayUnit(doc: BudgetDocument): MoneyUnit {
    return this.unit ?? doc.meta.unit;
  }
}
