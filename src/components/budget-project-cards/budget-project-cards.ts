import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatPercent } from '../../core/format.js';
import { D } from '../../core/decimal.js';
import {
  departmentPerformanceView,
  filterProjects,
  projectViews,
  sortProjects,
  type DepartmentPerformanceView,
  type IndicatorGroup,
  type ProjectView,
  type SingleIndicatorGroup,
} from '../../core/projects.js';
import type { BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { anyText, oneOf } from '../base/attribute-rules.js';
import { BudgetElement, type ViewAmount } from '../base/budget-element.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import { cardAmounts, detailsShown, renderIndicators, renderProjectCard, type CardContext } from './project-card-template.js';
import { PROJECT_CARD_MESSAGES } from './project-cards.messages.js';
import { projectCardStyles } from './budget-project-cards.styles.js';

type ProjectSort = 'report' | 'amount' | 'name';
type Category = '' | 'operating' | 'specific';
type Layout = 'compact' | 'expanded';

/**
 * @tag budget-project-cards
 * @summary One card per project (项目支出) with its 绩效目标表: amount (and the exact 元 figure),
 * share of 项目支出, funding, overview texts, goals, and indicators 一级 → 二级 → 三级 with their
 * targets; the department-wide 整体支出绩效目标 as its own card. Sort, filter by category, 科目
 * (`selected`) and free text; compact or expanded layout.
 *
 * @csspart card - One card.
 * @csspart card-toggle - The button that opens or closes a card's details.
 */
export class BudgetProjectCards extends BudgetElement {
  static override styles = [...BudgetElement.styles, projectCardStyles];
  /** @internal */
  /** @internal */
  static override urlState = [...BudgetElement.urlState, 'selected', 'sort', 'category', 'query'];
  static override attributeRules = {
    ...BudgetElement.attributeRules,
    sort: oneOf<ProjectSort>('sort', ['report', 'amount', 'name'], 'report'),
    layout: oneOf<Layout>('layout', ['compact', 'expanded'], 'compact'),
    category: oneOf<Category>('category', ['operating', 'specific'], ''),
    selected: anyText('selected', ''),
    query: anyText('query', ''),
  };

  /** 科目 code prefix the projects are filtered to ('' for all): a 类, 款 or 项. */
  @property({ reflect: true }) selected = '';

  /** `report` order, `amount` (largest first) or `name`. */
  @property({ reflect: true }) sort: ProjectSort = 'report';

  /** `compact`: cards closed; `expanded`: every card open. */
  @property({ reflect: true }) layout: Layout = 'compact';

  /** Free text the projects are filtered by (name, texts, indicators). */
  @property() query = '';

  /** `operating` (运转类) or `specific` (特定目标类); '' for all. */
  @property() category: Category = '';

  @state() private open = new Set<string>();

  private views: ProjectView[] = [];
  private viewsDocument?: BudgetDocument;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status !== 'ready') return;
    const documentChanged = state.document !== this.viewsDocument;
    if (documentChanged) {
      this.views = projectViews(state.document);
      this.viewsDocument = state.document;
    }
    // The cards of a loaded document open as the layout says, as they do when the layout changes.
    if (documentChanged || changed.has('layout')) this.open = new Set(this.layout === 'expanded' ? ['department', ...this.views.map((v) => v.id)] : []);
  }

  protected override viewAmountsSources(): readonly unknown[] {
    return [this.views];
  }

  /** Every card's figures and the total line share one precision, whichever cards the filters show. */
  protected override *viewAmounts(): Iterable<ViewAmount> {
    const state = this.source.state;
    if (state.status !== 'ready') return;
    for (const view of this.views) yield* cardAmounts(view);
    const total = this.views.reduce((sum, view) => sum.plus(view.amount), new D(0));
    if (this.views[0]) yield { amount: total, unit: this.views[0].unit };
    const department = departmentPerformanceView(state.document);
    if (!department) return;
    const unit = department.unit;
    yield { amount: department.total, unit };
    for (const line of [...department.byDirection, ...department.fundingBySource]) yield { amount: line.amount, unit };
  }

  protected override isEmpty(doc: BudgetDocument): boolean {
    return !doc.projects && !doc.carriedOverProjects && !doc.departmentPerformance;
  }

  protected override renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.messages(PROJECT_CARD_MESSAGES);
    const shown = this.shownProjects();
    const unit = this.views[0]?.unit ?? doc.meta.unit;
    const sum = shown.reduce((total, view) => total.plus(view.amount), new D(0));
    const inferred = shown.some((view) => view.subjectBasis === 'inferred');
    return html`
      <div class="toolbar">
        <p class="title" id="cards-title"><strong>${t.cardsTitle(doc.meta.department.name)}</strong></p>
        ${this.renderViewActions()}
      </div>
      ${this.renderFilters()}
      <p class="summary-line" role="status">${this.unbrokenIn(t.showing(shown.length, this.views.length, this.money(sum, unit)), [this.money(sum, unit)])}</p>
      ${inferred ? html`<p class="muted">${t.inferredNote}</p>` : nothing}
      <ul class="cards" aria-labelledby="cards-title">
        ${this.selected === '' && this.query === '' && this.category === '' ? this.renderDepartmentCard(doc) : nothing}
        ${shown.map((view) => html`<li>${renderProjectCard(view, this.cardContext(view.id))}</li>`)}
      </ul>
      ${shown.length === 0 ? html`<p class="state">${t.noMatch}</p>` : nothing}
      ${this.tableShown ? renderDataTable(this.tableOf(shown)) : nothing}
    `;
  }

  /** The projects the filters let through, in the chosen order. */
  private shownProjects(): ProjectView[] {
    return sortProjects(
      filterProjects(this.views, { code: this.selected || undefined, text: this.query || undefined, category: this.category || undefined }),
      this.sort,
      this.sort === 'amount' ? 'desc' : 'asc',
    );
  }

  private renderFilters() {
    const t = this.messages(PROJECT_CARD_MESSAGES);
    const categories = [...new Set(this.views.map((v) => v.category).filter(Boolean))] as ('operating' | 'specific')[];
    return html`<div class="filters">
      <label>${t.sort}
        <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as ProjectSort)}>
          ${(['report', 'amount', 'name'] as const).map((s) => html`<option value=${s} ?selected=${s === this.sort}>${t.sorts[s]}</option>`)}
        </select>
      </label>
      ${categories.length > 0
        ? html`<label>${t.categoryFilter}
            <select @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value as Category)}>
              <option value="" ?selected=${this.category === ''}>${t.allCategories}</option>
              ${categories.map((c) => html`<option value=${c} ?selected=${c === this.category}>${t.category[c]}</option>`)}
            </select>
          </label>`
        : nothing}
      <label>${t.search}
        <input type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </label>
      <label>${t.layout}
        <select @change=${(e: Event) => (this.layout = (e.target as HTMLSelectElement).value as 'compact' | 'expanded')}>
          ${(['compact', 'expanded'] as const).map((l) => html`<option value=${l} ?selected=${l === this.layout}>${t.layouts[l]}</option>`)}
        </select>
      </label>
      ${this.selected
        ? html`<button @click=${() => (this.selected = '')} aria-label=${`${t.subjectFilter(this.selected)}，${t.clearSubject}`}>
            ${t.subjectFilter(this.selected)} ✕
          </button>`
        : nothing}
    </div>`;
  }

  private renderDepartmentCard(doc: BudgetDocument) {
    const t = this.messages(PROJECT_CARD_MESSAGES);
    const view = departmentPerformanceView(doc);
    if (!view) return nothing;
    const ctx = this.cardContext('department');
    return html`<li>
      <article class="card department" part="card" aria-labelledby="title-department">
        <h3 class="card-title" id="title-department">${t.department}</h3>
        <p class="card-amount">${this.unbroken(this.money(view.total, view.unit))}</p>
        <p class="card-meta">
          ${view.byDirection.map(
            (d, i) =>
              html`${i > 0 ? ' · ' : ''}${d.key === 'basic' ? t.basic : t.project}
              ${this.unbroken(this.money(d.amount, view.unit))}${d.share ? this.inBrackets(formatPercent(d.share, this.effectiveLang)) : ''}`,
          )}
        </p>
        <button class="toggle" part="card-toggle" aria-expanded=${ctx.open ? 'true' : 'false'} aria-controls="details-department" @click=${ctx.toggle}>
          ${ctx.open ? t.collapse : t.expand}
        </button>
        <div class="details" id="details-department" ?hidden=${!ctx.open}>${detailsShown(ctx) ? this.renderDepartmentDetails(view, ctx) : nothing}</div>
      </article>
    </li>`;
  }

  private renderDepartmentDetails(view: DepartmentPerformanceView, ctx: CardContext) {
    const t = this.messages(PROJECT_CARD_MESSAGES);
    return html`<h4>${t.bySource}</h4>
      <dl class="funding">
        ${view.fundingBySource.map((s) => html`<div><dt>${s.label}</dt><dd>${this.unbroken(this.money(s.amount, view.unit))}</dd></div>`)}
      </dl>
      ${view.keyTasks.length > 0
        ? html`<h4>${t.keyTasks}</h4>
            <dl class="texts">
              ${view.keyTasks.map((task) => html`<dt>${task.coreFunction}</dt><dd>${task.task}</dd>`)}
            </dl>`
        : nothing}
      ${view.annualGoal ? html`<h4>${t.goals}</h4><p>${view.annualGoal}</p>` : nothing}
      ${renderIndicators(asIndicatorGroups(view.indicators), ctx, false)}`;
  }

  /** One row per project shown, in the cards' order and with their filters. */
  private tableOf(shown: ProjectView[]): DataTableSpec {
    const t = this.messages(PROJECT_CARD_MESSAGES);
    const unit = shown[0]?.unit ?? '万元';
    return {
      caption: t.tableCaption,
      unitNote: this.unitNote(unit),
      headerLabel: t.name,
      columns: [{ label: t.amount, numeric: true, unit: this.amountUnit(unit) }, { label: t.share, numeric: true }, { label: t.code }],
      rows: shown.map((view) => ({
        header: view.name,
        cells: [
          this.exactFigure(view.amount, view.unit),
          view.share ? formatPercent(view.share, this.effectiveLang) : '—',
          view.subjectCode ? `${view.subjectCode}${view.subjectBasis === 'inferred' ? this.inBrackets(t.inferred) : ''}` : '—',
        ],
      })),
    };
  }

  /** @internal */
  override exportTables(): DataTableSpec[] {
    return this.source.state.status === 'ready' ? [this.tableOf(this.shownProjects())] : [];
  }

  private cardContext(id: string): CardContext {
    return {
      t: this.messages(PROJECT_CARD_MESSAGES),
      lang: this.effectiveLang,
      money: (amount, from) => this.money(amount, from),
      unbroken: (text) => this.unbroken(text),
      unbrokenIn: (text, figures) => this.unbrokenIn(text, figures),
      open: this.open.has(id),
      printing: this.printing,
      toggle: () => {
        const open = new Set(this.open);
        if (open.has(id)) open.delete(id);
        else open.add(id);
        this.open = open;
      },
      inBrackets: (text) => this.inBrackets(text),
    };
  }
}

/** The department's single column of indicators in the shape the card template draws. */
function asIndicatorGroups(groups: SingleIndicatorGroup[]): IndicatorGroup[] {
  return groups.map((group) => ({
    level1: group.level1,
    level2s: group.level2s.map((l2) => ({ level2: l2.level2, rows: l2.rows.map((row) => ({ level3: row.level3, annual: row.value, differs: false })) })),
  }));
}
