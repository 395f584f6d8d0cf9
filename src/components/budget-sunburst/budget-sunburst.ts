import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { arc as d3Arc } from 'd3-shape';
import { atPath, BudgetInputError } from '../../core/errors.js';
import { formatPercent } from '../../core/format.js';
import { buildSubjectHierarchy, type SubjectNode } from '../../core/hierarchy.js';
import { levelColor, readableTextColor } from '../../core/palette.js';
import type { BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { fitArcLabel, labelTransform, truncateToWidth } from '../../core/sunburst/labels.js';
import { buildSunburst, type SunburstArc, type SunburstModel } from '../../core/sunburst/model.js';
import { navigate, positionInSet } from '../../core/sunburst/navigation.js';
import { anyText, integerIn, oneOf } from '../base/attribute-rules.js';
import { BudgetElement } from '../base/budget-element.js';
import { renderDataTable } from '../base/data-table.js';
import { SUNBURST_MESSAGES } from './budget-sunburst.messages.js';
import { sunburstStyles } from './budget-sunburst.styles.js';

export type SunburstMetric = 'total' | 'basic' | 'project';
const METRICS: readonly SunburstMetric[] = ['total', 'basic', 'project'];

export interface BudgetSelectDetail {
  /** The 科目 code selected; '' for the whole budget. */
  code: string;
  name: string;
  /** The amount as a decimal string, in `unit`. */
  amount: string;
  unit: string;
}

const MAX_DIAMETER = 640;
/** More arcs than this are too thin to see or to reach by keyboard, and slow to draw. */
const MAX_ARCS_LIMIT = 2000;
/** Label size in px: 12 (the floor for legibility) on phones, larger where the chart is wide. */
const labelFontSize = (radius: number) => (radius >= 280 ? 14 : 12);

/**
 * @tag budget-sunburst
 * @summary A zoomable sunburst of expenditure by 功能分类: 类 → 款 → 项, from the 科目 codes.
 *
 * Click or Enter zooms into an arc; the centre, Escape or Backspace zoom out. Arrow keys move
 * through the tree (Left/Right: siblings, Down: outward to the first child, Up: inward to the
 * parent, Home/End: first/last sibling).
 *
 * @fires budget-select - The selected 科目 changed. `detail: { code, name, amount, unit }`.
 *
 * @csspart chart - The SVG.
 * @csspart arc - One arc.
 * @csspart centre - The centre: the current node.
 * @csspart breadcrumb - The path from the whole budget to the current node.
 *
 * @cssprop [--budget-class-stroke=var(--budget-color-surface, #ffffff)] - The line between arcs.
 */
export class BudgetSunburst extends BudgetElement {
  static override styles = [...BudgetElement.styles, sunburstStyles];
  /** @internal */
  static override attributeRules = {
    ...BudgetElement.attributeRules,
    metric: oneOf('metric', METRICS, 'total'),
    maxArcs: integerIn('max-arcs', 3, MAX_ARCS_LIMIT, 400),
    selected: anyText('selected', ''),
  };

  /** Which column of the 支出总表 sizes the arcs: `total`, `basic` or `project`. */
  @property({ reflect: true }) metric: SunburstMetric = 'total';

  /** The 科目 code in the centre ('' for the whole budget). Setting it zooms the chart. */
  @property({ reflect: true }) selected = '';

  /** Most arcs drawn (3 to 2000); beyond it the smallest siblings are grouped into one "其他" arc. */
  @property({ type: Number, attribute: 'max-arcs' }) maxArcs = 400;

  /** The arc the keyboard is on (roving tabindex); the centre when it equals the focus id. */
  @state() private activeId = '';

  /** Id of the centre: a 科目 code, or an "其他" group opened by the reader. */
  @state() private focusId = '';

  @state() private chartFocused = false;

  private root?: SubjectNode;
  private rootDocument?: BudgetDocument;
  private model?: SunburstModel;
  private zoomGeneration = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status !== 'ready') return;
    // A new document arrives in a later update than the `src` that asked for it: compare documents.
    if (state.document !== this.rootDocument || changed.has('metric')) {
      const table = state.document.expenditureBySubject;
      this.root = table ? atPath('$.expenditureBySubject', () => buildSubjectHierarchy(table, this.metric)) : undefined;
      this.rootDocument = state.document;
    }
    if (changed.has('selected') && this.selected !== this.codeOf(this.focusId)) this.focusId = this.selected;
    if (!this.root) return;
    this.model = this.buildModel();
    if (!this.model.byId.has(this.activeId) && this.activeId !== this.model.focus.id) this.activeId = this.model.focus.id;
  }

  protected override isEmpty(): boolean {
    return !this.root || this.root.amount.isZero();
  }

  protected override renderDocument(doc: BudgetDocument) {
    const model = this.model!;
    const t = this.messages(SUNBURST_MESSAGES);
    const diameter = Math.max(280, Math.min(this.size.width || MAX_DIAMETER, MAX_DIAMETER));
    const radius = diameter / 2;
    const metricName = t.metric[this.metric];
    return html`
      <div class="toolbar">
        ${this.renderBreadcrumb(model)} ${this.renderTableToggle()}
      </div>
      <p class="hint muted" id="hint">${t.keyboardHint}</p>
      <div class="chart-wrap">
        <svg
          part="chart"
          role="tree"
          aria-label=${t.chart(doc.meta.department.name, metricName)}
          aria-describedby="hint"
          width=${diameter}
          height=${diameter}
          viewBox="${-radius} ${-radius} ${diameter} ${diameter}"
          @keydown=${this.handleKeyDown}
          @focusin=${() => (this.chartFocused = true)}
          @focusout=${() => (this.chartFocused = false)}
        >
          ${this.renderArcs(model, radius)} ${this.renderCentre(model, radius)}
        </svg>
      </div>
      ${this.tableShown ? this.renderTable(model, metricName) : nothing}
    `;
  }

  private buildModel(): SunburstModel {
    try {
      return buildSunburst(this.root!, { focus: this.focusId, maxArcs: this.maxArcs });
    } catch (error) {
      if (!(error instanceof BudgetInputError)) throw error;
      // A `selected` code that is not in this document: show the whole budget.
      this.focusId = '';
      return buildSunburst(this.root!, { maxArcs: this.maxArcs });
    }
  }

  private ringRadii(radius: number, model: SunburstModel) {
    const rings = Math.max(1, ...model.arcs.map((a) => a.ring));
    const centre = radius * 0.3;
    const thickness = (radius - centre) / rings;
    return (ring: number) => ({ innerRadius: centre + (ring - 1) * thickness, outerRadius: centre + ring * thickness });
  }

  private renderArcs(model: SunburstModel, radius: number) {
    const radii = this.ringRadii(radius, model);
    const path = d3Arc<{ x0: number; x1: number; innerRadius: number; outerRadius: number }>()
      .startAngle((d) => d.x0)
      .endAngle((d) => d.x1)
      .innerRadius((d) => d.innerRadius)
      .outerRadius((d) => d.outerRadius - 1)
      .padAngle(0.003)
      .padRadius(radius);
    const active = model.byId.get(this.activeId);
    // Only a zoom animates, not the first drawing; the class alternates so each zoom restarts it.
    const zoomClass = this.zoomGeneration === 0 ? '' : `zoom-${this.zoomGeneration % 2}`;
    return svg`<g class="arcs ${zoomClass}">
      ${model.arcs.map((a) => {
        const geometry = { x0: a.x0, x1: a.x1, ...radii(a.ring) };
        const fill = levelColor(a.code.slice(0, 3), a.kind === 'other' ? 'other' : (a.level as 'class' | 'section' | 'item'));
        const { level, posinset, setsize } = positionInSet(model, a.id);
        return svg`<path
          part="arc"
          class="arc"
          id=${`arc-${a.id}`}
          role="treeitem"
          tabindex=${a.id === this.activeId ? 0 : -1}
          aria-label=${this.arcLabel(a)}
          aria-level=${level + 1}
          aria-posinset=${posinset}
          aria-setsize=${setsize}
          aria-selected=${a.id === this.activeId ? 'true' : 'false'}
          aria-expanded=${a.children.length > 0 ? 'false' : nothing}
          data-id=${a.id}
          d=${path(geometry) ?? ''}
          fill=${fill}
          @click=${() => this.zoomTo(a)}
          @focus=${(e: FocusEvent) => this.showTooltip(a, e.currentTarget as Element)}
          @blur=${() => this.tooltip.hide()}
          @mouseenter=${(e: MouseEvent) => this.showTooltip(a, e.currentTarget as Element)}
          @mouseleave=${() => this.tooltip.hide()}
        ></path>${this.renderLabel(a, geometry, fill, labelFontSize(radius))}`;
      })}
      ${active && this.chartFocused
        ? svg`<path class="focus-ring" aria-hidden="true" d=${path({ x0: active.x0, x1: active.x1, ...radii(active.ring) }) ?? ''}></path>`
        : nothing}
    </g>`;
  }

  private renderLabel(a: SunburstArc, geometry: { x0: number; x1: number; innerRadius: number; outerRadius: number }, fill: string, fontSize: number) {
    const label = fitArcLabel(this.arcName(a), geometry, fontSize);
    if (!label) return nothing;
    return svg`<text class="label" aria-hidden="true" font-size=${fontSize} fill=${readableTextColor(fill)}
      transform=${labelTransform(geometry, label.orientation)} dy="0.35em">${label.text}</text>`;
  }

  private renderCentre(model: SunburstModel, radius: number) {
    const t = this.messages(SUNBURST_MESSAGES);
    const focus = model.focus;
    const unit = this.documentUnit();
    const isRoot = focus.id === '';
    const share = focus.share ? t.shareOfParent(formatPercent(focus.share, this.effectiveLang)) : '';
    const name = this.arcName(focus);
    // The name gets the width of the centre circle at its first line: a straight chord.
    const centreWidth = 2 * Math.sqrt((radius * 0.3) ** 2 - (radius * 0.3 * 0.45) ** 2) - 8;
    const centreName = truncateToWidth(isRoot ? t.rootShort : name, centreWidth, 14);
    return svg`<g part="centre" class="centre ${isRoot ? 'root' : ''}">
      <circle
        r=${radius * 0.3 - 2}
        role="treeitem"
        id="arc-centre"
        tabindex=${this.activeId === focus.id ? 0 : -1}
        aria-level="1"
        aria-selected=${this.activeId === focus.id ? 'true' : 'false'}
        aria-expanded="true"
        aria-label=${t.centreLabel(t.centre(name, this.money(focus.amount, unit)), share, isRoot ? '' : t.zoomOut)}
        @click=${() => this.zoomOut()}
        @focus=${(e: FocusEvent) => this.showTooltip(focus, e.currentTarget as Element)}
        @blur=${() => this.tooltip.hide()}
      ></circle>
      <text class="centre-name" y="-1.6em" aria-hidden="true">${centreName}</text>
      <text class="centre-amount" y="-0.15em" aria-hidden="true">${this.figure(focus.amount, unit)}</text>
      <text class="centre-unit" y="1.25em" aria-hidden="true">${this.unitName(unit)}</text>
      ${share ? svg`<text class="centre-share" y="2.6em" aria-hidden="true">${share}</text>` : nothing}
      ${this.activeId === focus.id && this.chartFocused ? svg`<circle class="focus-ring" aria-hidden="true" r=${radius * 0.3 - 2}></circle>` : nothing}
    </g>`;
  }

  private renderBreadcrumb(model: SunburstModel) {
    const t = this.messages(SUNBURST_MESSAGES);
    return html`<nav part="breadcrumb" aria-label=${t.breadcrumb}>
      <ol class="breadcrumb">
        ${model.path.map(
          (a, i) => html`<li>
            <button aria-current=${i === model.path.length - 1 ? 'location' : 'false'} @click=${() => this.setFocus(a.id)}>
              ${this.arcName(a)}
            </button>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  /** The drawn arcs, in drawing order: the table always shows what the chart shows. */
  private renderTable(model: SunburstModel, metricName: string) {
    const t = this.messages(SUNBURST_MESSAGES);
    const unit = this.documentUnit();
    const share = (a: SunburstArc) => (a.share ? formatPercent(a.share, this.effectiveLang) : '—');
    return renderDataTable({
      caption: t.tableCaption(this.arcName(model.focus), metricName),
      unitNote: this.unitNote(unit),
      headerLabel: this.shared.name,
      columns: [{ label: this.shared.code }, { label: this.shared.amount, numeric: true }, { label: t.shareColumn, numeric: true }],
      rows: model.arcs.map((a) => ({
        header: `${'\u3000'.repeat(a.ring - 1)}${this.arcName(a)}`,
        cells: [a.kind === 'other' ? '' : a.code, this.figure(a.amount, unit), share(a)],
        current: a.id === this.activeId,
      })),
      footer: { header: this.arcName(model.focus), cells: [model.focus.code, this.figure(model.focus.amount, unit), share(model.focus)] },
    });
  }

  private documentUnit() {
    const state = this.source.state;
    return state.status === 'ready' ? (state.document.expenditureBySubject?.unit ?? state.document.meta.unit) : '万元';
  }

  private arcName(a: SunburstArc): string {
    const t = this.messages(SUNBURST_MESSAGES);
    if (a.id === '') return t.root;
    if (a.kind === 'other') return t.other(a.members.length);
    return a.synthetic ? `${a.code}${t.standIn}` : a.name;
  }

  private arcLabel(a: SunburstArc): string {
    const t = this.messages(SUNBURST_MESSAGES);
    const share = a.share ? formatPercent(a.share, this.effectiveLang) : '—';
    return t.arc(this.arcName(a), this.money(a.amount, this.documentUnit()), share);
  }

  private showTooltip(a: SunburstArc, anchor: Element): void {
    const t = this.messages(SUNBURST_MESSAGES);
    const lines = [a.kind === 'subject' && a.code ? `${a.code} ${this.arcName(a)}` : this.arcName(a), this.money(a.amount, this.documentUnit())];
    if (a.share) lines.push(t.shareOfParent(formatPercent(a.share, this.effectiveLang)));
    if (a.kind === 'other') lines.push(t.members(a.members.map((m) => m.name).join('、')));
    this.tooltip.show(lines, anchor);
  }

  private handleKeyDown = (event: KeyboardEvent): void => {
    const model = this.model;
    if (!model) return;
    if (event.key === 'Escape' && this.tooltip.open) {
      this.tooltip.hide();
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape' || event.key === 'Backspace') {
      if (model.focus.id === '') return;
      this.zoomOut();
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const target = model.byId.get(this.activeId);
      if (target) this.zoomTo(target);
      else this.zoomOut();
      event.preventDefault();
      return;
    }
    const next = navigate(model, this.activeId, event.key);
    if (next === null) return;
    event.preventDefault();
    this.moveActive(next);
  };

  private async moveActive(id: string): Promise<void> {
    this.activeId = id;
    await this.updateComplete;
    const model = this.model!;
    const element = this.renderRoot.querySelector<SVGElement>(id === model.focus.id ? '#arc-centre' : `[data-id="${CSS.escape(id)}"]`);
    element?.focus();
  }

  /** Zooms into an arc with children; a leaf is selected in place. */
  private zoomTo(a: SunburstArc): void {
    if (a.kind === 'subject' && a.children.length === 0) {
      this.activeId = a.id;
      this.select(a);
      return;
    }
    this.setFocus(a.id);
  }

  private zoomOut(): void {
    const path = this.model?.path ?? [];
    if (path.length < 2) return;
    const from = this.focusId;
    this.setFocus(path[path.length - 2].id, from);
  }

  private setFocus(id: string, keepActive?: string): void {
    if (id === this.focusId) return;
    this.focusId = id;
    this.zoomGeneration++;
    this.tooltip.hide();
    this.model = this.buildModel();
    const focus = this.model.focus;
    this.selected = this.codeOf(focus.id);
    this.select(focus);
    void this.moveActive(keepActive && this.model.byId.has(keepActive) ? keepActive : focus.id);
  }

  private codeOf(id: string): string {
    return this.model?.byId.get(id)?.code ?? (id.includes('~') ? id.split('~')[0] : id);
  }

  private select(a: SunburstArc): void {
    const unit = this.documentUnit();
    this.emit<BudgetSelectDetail>('budget-select', { code: a.code, name: this.arcName(a), amount: a.amount.toString(), unit });
  }
}
