import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { atPath, BudgetInputError } from '../../core/errors.js';
import { formatPercent } from '../../core/format.js';
import { sectorPath } from '../../core/sunburst/arc-path.js';
import { buildSubjectHierarchy, precisionAmounts, type SubjectNode } from '../../core/hierarchy.js';
import { readableTextColor } from '../../core/palette.js';
import type { BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { layoutCentre, type CentreBlock } from '../../core/sunburst/centre.js';
import { fitArcLabel, labelTransform, type LabelArc } from '../../core/sunburst/labels.js';
import { changeAnnouncement, sunburstSummary, type SummaryContext } from '../../core/sunburst/summary.js';
import { buildSunburst, type SunburstArc, type SunburstModel } from '../../core/sunburst/model.js';
import { navigate } from '../../core/sunburst/navigation.js';
import { anyText, integerIn, oneOf } from '../base/attribute-rules.js';
import { BudgetElement, type ExportView, type ViewAmount } from '../base/budget-element.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import { SUNBURST_MESSAGES } from './budget-sunburst.messages.js';
import { sunburstStyles } from './budget-sunburst.styles.js';
import { ClassPaletteController } from './class-colors.js';
import { measuredFont, type MeasuredFont } from './label-font.js';

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

/** What an arc draws besides its colours, worked out once per arc (see `arcDraw`). */
interface ArcDraw {
  d: string;
  label: { text: string; transform: string } | null;
  fontSize: number;
  baseline: string;
  ariaLabel: string;
  level: number;
  posinset: number;
  setsize: number;
}

const MAX_DIAMETER = 640;
/** More arcs than this are too thin to see or to reach by keyboard, and slow to draw. */
const MAX_ARCS_LIMIT = 2000;
/** Label size in px: 12 (the floor for legibility) on phones, larger where the chart is wide. */
const labelFontSize = (radius: number) => (radius >= 280 ? 14 : 12);
/** The centre circle's share of the chart's radius. */
const CENTRE = 0.3;
/** d3's pad between neighbouring arcs, in radians at the chart's radius. */
const PAD_ANGLE = 0.003;
/** Space kept between a label and the edges of its arc, in px, so text never touches a border. */
const LABEL_AIR = 2;

/**
 * The part of an arc a label may cover: inside the 1 px gap between rings, the stroke and the
 * pad between siblings (a constant width, so an angle that grows towards the centre).
 */
function labelRoom(arc: LabelArc, chartRadius: number): LabelArc {
  const innerRadius = arc.innerRadius + 0.5 + LABEL_AIR;
  const outerRadius = arc.outerRadius - 1.5 - LABEL_AIR;
  const side = (chartRadius * PAD_ANGLE) / 2 + 0.5 + LABEL_AIR;
  const inset = side / Math.max(innerRadius, 1);
  return { x0: arc.x0 + inset, x1: arc.x1 - inset, innerRadius, outerRadius };
}

/**
 * @tag budget-sunburst
 * @summary A zoomable sunburst of expenditure by 功能分类: 类 → 款 → 项, from the 科目 codes.
 *
 * Click or Enter zooms into an arc; the centre, Escape or Backspace zoom out. Arrow keys move
 * through the tree (Left/Right: siblings, Down: outward to the first child, Up: inward to the
 * parent, Home/End: first/last sibling).
 *
 * Each 类 has a colour of its own, which a page may replace with `--budget-class-<code>`, one
 * property per 类 code from `--budget-class-201` to `--budget-class-234` (any CSS colour;
 * a translucent one is taken as it shows on the surface). 款 and 项 arcs are lighter tints of
 * their 类's colour; label text is black or white, whichever has more contrast (always at least
 * 4.5:1); an arc whose fill has less than 3:1 against the surface behind the chart (a light
 * colour on the light theme, a dark one on the dark theme) is outlined in a shade of its colour
 * that has. The properties are read at each render, in both themes.
 *
 * @fires budget-select - The selected 科目 changed. `detail: { code, name, amount, unit }`.
 *
 * @csspart chart - The SVG.
 * @csspart arc - One arc.
 * @csspart centre - The centre: the current node.
 * @csspart breadcrumb - The path from the whole budget to the current node.
 *
 * @cssprop [--budget-class-stroke=var(--budget-color-surface, #ffffff)] - The line between arcs.
 * @cssprop [--budget-class-201=#1f5fae] - Colour of 类 201 一般公共服务支出; 款 and 项 arcs are its tints.
 * @cssprop [--budget-class-208=#c46a00] - Colour of 类 208 社会保障和就业支出.
 * @cssprop [--budget-class-210=#17683f] - Colour of 类 210 卫生健康支出.
 * @cssprop [--budget-class-221=#b0206e] - Colour of 类 221 住房保障支出.
 * @cssprop [--budget-class-2xx] - The same for every other 类 code, 202 to 234 (the defaults are in `src/core/palette.ts`).
 */
export class BudgetSunburst extends BudgetElement {
  static override styles = [...BudgetElement.styles, sunburstStyles];
  /** @internal */
  /** @internal */
  static override urlState = [...BudgetElement.urlState, 'selected', 'metric'];
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

  private readonly palette = new ClassPaletteController(this);
  private root?: SubjectNode;
  private rootDocument?: BudgetDocument;
  private model?: SunburstModel;
  /** What {@link model} was built from: an update that changes none of them keeps it. */
  private modelInputs?: { root: SubjectNode; focusId: string; maxArcs: number };
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
    const built = this.modelInputs;
    if (!this.model || !built || built.root !== this.root || built.focusId !== this.focusId || built.maxArcs !== this.maxArcs) this.model = this.buildModel();
    if (!this.model.byId.has(this.activeId) && this.activeId !== this.model.focus.id) this.activeId = this.model.focus.id;
  }

  /** Every 科目 of the hierarchy, not only the arcs in view: the precision stays put while zooming. */
  protected override viewAmountsSources(): readonly unknown[] {
    return [this.root];
  }

  /**
   * The amounts that decide the view's precision, which is that of every 科目 of the hierarchy:
   * the most decimals any non-zero amount has, in whatever unit it is shown, and the smallest
   * non-zero amount. Units differ by powers of ten, so the amount whose last digit is furthest
   * right has the most decimals in every unit, and the smallest stays the smallest; the root is
   * always there so the unit is never without amounts. The same precision as from all 50,000 of a
   * city's amounts, from three.
   */
  protected override *viewAmounts(): Iterable<ViewAmount> {
    if (!this.root) return;
    const unit = this.documentUnit();
    yield { amount: this.root.amount, unit };
    for (const amount of precisionAmounts(this.root)) yield { amount, unit };
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
        ${this.renderBreadcrumb(model)} ${this.renderViewActions()}
      </div>
      <p class="hint muted" id="hint">${t.keyboardHint}</p>
      <div class="chart-wrap">
        <svg
          part="chart"
          class=${this.zoomClass()}
          role="tree"
          aria-label=${t.chart(doc.meta.department.name, metricName)}
          aria-describedby="summary hint"
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
      ${this.renderChartSummary(sunburstSummary(model, this.summaryContext()))}
      ${this.tableShown ? renderDataTable(this.tableOf(model)) : nothing}
    `;
  }

  private buildModel(): SunburstModel {
    const root = this.root!;
    let model: SunburstModel;
    try {
      model = buildSunburst(root, { focus: this.focusId, maxArcs: this.maxArcs });
    } catch (error) {
      if (!(error instanceof BudgetInputError)) throw error;
      // A `selected` code that is not in this document: show the whole budget.
      this.focusId = '';
      model = buildSunburst(root, { maxArcs: this.maxArcs });
    }
    this.modelInputs = { root, focusId: this.focusId, maxArcs: this.maxArcs };
    return model;
  }

  /**
   * Only a zoom animates, not the first drawing; the class alternates so each zoom restarts it.
   * It animates the whole <svg>, a box of its own that the compositor moves and fades as one
   * picture: animating a group inside it repaints every arc on every frame.
   */
  private zoomClass(): string {
    return this.zoomGeneration === 0 ? '' : `zoom-${this.zoomGeneration % 2}`;
  }

  private ringRadii(radius: number, model: SunburstModel) {
    const rings = Math.max(1, ...model.arcs.map((a) => a.ring));
    const centre = radius * CENTRE;
    const thickness = (radius - centre) / rings;
    return (ring: number) => ({ innerRadius: centre + (ring - 1) * thickness, outerRadius: centre + ring * thickness });
  }

  private renderArcs(model: SunburstModel, radius: number) {
    const radii = this.ringRadii(radius, model);
    const active = model.byId.get(this.activeId);
    const paint = this.palette.paint(model.arcs);
    const { draws, font } = this.arcDraws(radius);
    return svg`<g class="arcs" @click=${this.arcEvents} @focus=${this.arcEvents} @blur=${this.arcEvents} @mouseenter=${this.arcEvents} @mouseleave=${this.arcEvents}>
      ${model.arcs.map((a) => {
        let draw = draws.get(a);
        if (!draw) draws.set(a, (draw = this.arcDraw(model, a, radius, radii, font)));
        const { fill, outline } = paint(a);
        const label = draw.label;
        return svg`<path
          part="arc"
          class="arc ${outline ? 'outlined' : ''}"
          id=${`arc-${a.id}`}
          role="treeitem"
          tabindex=${a.id === this.activeId ? 0 : -1}
          aria-label=${draw.ariaLabel}
          aria-level=${draw.level}
          aria-posinset=${draw.posinset}
          aria-setsize=${draw.setsize}
          aria-selected=${a.id === this.activeId ? 'true' : 'false'}
          aria-expanded=${a.children.length > 0 ? 'false' : nothing}
          data-id=${a.id}
          d=${draw.d}
          fill=${fill}
          stroke=${outline ?? nothing}
        ></path>${label
          ? svg`<text class="label" aria-hidden="true" font-size=${draw.fontSize} fill=${readableTextColor(fill)}
      transform=${label.transform} dy=${draw.baseline}>${label.text}</text>`
          : nothing}`;
      })}
      ${active && this.chartFocused ? svg`<path class="focus-ring" aria-hidden="true" d=${this.sector({ x0: active.x0, x1: active.x1, ...radii(active.ring) }, radius)}></path>` : nothing}
    </g>`;
  }

  private sector(d: LabelArc, radius: number): string {
    return sectorPath({ startAngle: d.x0, endAngle: d.x1, innerRadius: d.innerRadius, outerRadius: d.outerRadius - 1 }, { padAngle: PAD_ANGLE, padRadius: radius });
  }

  /**
   * What an arc draws that does not change while its model stays (its outline, label, position
   * and name for assistive technology), worked out once per arc for as long as nothing it depends
   * on changes: a render after a focus or hover change reuses all of it.
   */
  private arcDraw(model: SunburstModel, a: SunburstArc, radius: number, radii: (ring: number) => { innerRadius: number; outerRadius: number }, font: MeasuredFont): ArcDraw {
    const geometry = { x0: a.x0, x1: a.x1, ...radii(a.ring) };
    const fontSize = labelFontSize(radius);
    const fitted = fitArcLabel(this.arcName(a), labelRoom(geometry, radius), fontSize, font);
    const siblings = model.byId.get(a.parentId)?.children ?? [a];
    return {
      d: this.sector(geometry, radius),
      label: fitted && { text: fitted.text, transform: labelTransform(geometry, fitted.orientation, fitted.radius) },
      fontSize,
      baseline: `${font.baselineEms.toFixed(3)}em`,
      ariaLabel: this.arcLabel(a),
      level: a.ring + 1,
      posinset: siblings.indexOf(a) + 1,
      setsize: siblings.length,
    };
  }

  private drawCache?: { inputs: readonly unknown[]; draws: WeakMap<SunburstArc, ArcDraw>; font: MeasuredFont };

  /** The cache of {@link arcDraw}, emptied when the size, font, language, unit or document change. */
  private arcDraws(radius: number): { draws: WeakMap<SunburstArc, ArcDraw>; font: MeasuredFont } {
    const font = this.labelFont();
    const inputs = [radius, font, this.effectiveLang, this.unit, this.source.state, this.root, this.documentUnit()];
    const cached = this.drawCache;
    if (cached && cached.inputs.every((value, i) => value === inputs[i])) return cached;
    this.drawCache = { inputs, draws: new WeakMap(), font };
    return this.drawCache;
  }

  private readonly fonts = new Map<string, MeasuredFont>();

  /** The font as drawn, measured once per font family the page sets and weight. */
  private labelFont(weight = 'normal'): MeasuredFont {
    const family = getComputedStyle(this).fontFamily;
    const key = `${weight} ${family}`;
    if (!this.fonts.has(key)) this.fonts.set(key, measuredFont(family, weight));
    return this.fonts.get(key)!;
  }

  private renderCentre(model: SunburstModel, radius: number) {
    const t = this.messages(SUNBURST_MESSAGES);
    const focus = model.focus;
    const unit = this.documentUnit();
    const isRoot = focus.id === '';
    const share = focus.share ? t.shareOfParent(formatPercent(focus.share, this.effectiveLang)) : '';
    const name = this.arcName(focus);
    const circle = radius * CENTRE - 2;
    const baseline = `${this.labelFont().baselineEms.toFixed(3)}em`;
    return svg`<g part="centre" class="centre ${isRoot ? 'root' : ''}">
      <circle
        r=${circle}
        role="treeitem"
        id="arc-centre"
        tabindex=${this.activeId === focus.id ? 0 : -1}
        aria-level="1"
        aria-selected=${this.activeId === focus.id ? 'true' : 'false'}
        aria-expanded="true"
        aria-label=${t.centreLabel(t.centre(name, this.money(focus.amount, unit)), share, isRoot ? '' : t.zoomOut)}
        @click=${() => this.zoomOut()}
        @focus=${(e: FocusEvent) => this.handleFocus(focus, e.currentTarget as Element)}
        @blur=${() => this.tooltip.hide()}
      ></circle>
      ${this.centreLines(isRoot ? t.rootShort : name, focus, share, circle - LABEL_AIR).map(
        (line) => svg`<text class="centre-${line.role}" y=${line.y.toFixed(2)} dy=${baseline} aria-hidden="true">${line.text}</text>`,
      )}
      ${this.activeId === focus.id && this.chartFocused ? svg`<circle class="focus-ring" aria-hidden="true" r=${circle}></circle>` : nothing}
    </g>`;
  }

  /** The centre's name, amount, unit and share, each kept whole inside the circle or left out. */
  private centreLines(name: string, focus: SunburstArc, share: string, radius: number) {
    const unit = this.documentUnit();
    const regular = this.labelFont();
    const bold = this.labelFont('600');
    const blocks: CentreBlock[] = [
      { text: name, role: 'name', fontSize: 14, font: bold, fit: 'truncate', optional: true },
      { text: this.figure(focus.amount, unit), role: 'amount', fontSize: 14, font: regular, fit: 'wrap' },
      { text: this.unitName(unit), role: 'unit', fontSize: 12, font: regular, fit: 'wrap' },
    ];
    if (share) blocks.push({ text: share, role: 'share', fontSize: 12, font: regular, fit: 'wrap', optional: true });
    return layoutCentre(blocks, radius);
  }

  private renderBreadcrumb(model: SunburstModel) {
    const t = this.messages(SUNBURST_MESSAGES);
    return html`<nav part="breadcrumb" aria-label=${t.breadcrumb}>
      <ol class="breadcrumb">
        ${model.path.map(
          (a, i) => html`<li>
            <button class="crumb" aria-current=${i === model.path.length - 1 ? 'location' : 'false'} @click=${() => this.setFocus(a.id)}>
              ${this.arcName(a)}
            </button>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  /** The drawn arcs, in drawing order: the table always shows what the chart shows. */
  private tableOf(model: SunburstModel): DataTableSpec {
    const t = this.messages(SUNBURST_MESSAGES);
    const unit = this.documentUnit();
    const share = (a: SunburstArc) => (a.share ? formatPercent(a.share, this.effectiveLang) : '—');
    return {
      caption: t.tableCaption(this.arcName(model.focus), t.metric[this.metric]),
      unitNote: this.unitNote(unit),
      headerLabel: this.shared.name,
      columns: [{ label: this.shared.code }, { label: this.shared.amount, numeric: true, unit: this.amountUnit(unit) }, { label: t.shareColumn, numeric: true }],
      rows: model.arcs.map((a) => ({
        header: `${'\u3000'.repeat(a.ring - 1)}${this.arcName(a)}`,
        cells: [a.kind === 'other' ? '' : a.code, this.exactFigure(a.amount, unit), share(a)],
        current: a.id === this.activeId,
      })),
      footer: { header: this.arcName(model.focus), cells: [model.focus.code, this.exactFigure(model.focus.amount, unit), share(model.focus)] },
    };
  }

  /** @internal */
  override exportTables(): DataTableSpec[] {
    return this.model ? [this.tableOf(this.model)] : [];
  }

  /** The chart as drawn, once a zoom's animation has ended: a file must not freeze it half-way. */
  protected override async exportChart(): Promise<SVGSVGElement | undefined> {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg[part="chart"]');
    if (!chart) return undefined;
    await Promise.all(chart.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => undefined)));
    return chart;
  }

  protected override exportView(doc: BudgetDocument): ExportView {
    const t = this.messages(SUNBURST_MESSAGES);
    const focus = this.model?.focus;
    return {
      name: t.exportName(this.metric, t.metric[this.metric]),
      focus: focus && focus.id !== '' ? [focus.kind === 'subject' ? focus.code : '', this.arcName(focus)].filter(Boolean).join(' ') : undefined,
      unit: this.documentUnit(),
      tables: doc.expenditureBySubject ? [doc.expenditureBySubject.table] : [],
    };
  }

  private summaryContext(): SummaryContext {
    const state = this.source.state;
    const unit = this.documentUnit();
    return {
      lang: this.effectiveLang,
      department: state.status === 'ready' ? state.document.meta.department.name : '',
      metric: this.messages(SUNBURST_MESSAGES).metric[this.metric],
      name: (a) => this.arcName(a),
      money: (amount) => this.money(amount, unit),
    };
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

  /** Focus reached by a click or a script moves the roving tab stop too, so keys act where focus is. */
  private handleFocus(a: SunburstArc, anchor: Element): void {
    this.activeId = a.id;
    this.showTooltip(a, anchor);
  }

  /**
   * The arcs' clicks, focus and hover, listened to once on their group rather than on each of 400
   * arcs. In the capture phase: focus, blur, mouseenter and mouseleave do not bubble, and a page
   * may dispatch a click that does not either.
   */
  private readonly arcEvents = {
    capture: true,
    handleEvent: (event: Event): void => {
      const path = event.target as SVGElement;
      const a = path.dataset?.id === undefined ? undefined : this.model?.byId.get(path.dataset.id);
      if (!a) return;
      if (event.type === 'click') this.zoomTo(a);
      else if (event.type === 'focus') this.handleFocus(a, path);
      else if (event.type === 'mouseenter') this.showTooltip(a, path);
      else this.tooltip.hide();
    },
  };

  private showTooltip(a: SunburstArc, anchor: Element): void {
    const t = this.messages(SUNBURST_MESSAGES);
    const lines = [a.kind === 'subject' && a.code ? `${a.code} ${this.arcName(a)}` : this.arcName(a), this.exactMoney(a.amount, this.documentUnit())];
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
      // The centre is in byId too, as the focus: activating it zooms out, as clicking it does.
      const target = this.activeId === model.focus.id ? undefined : model.byId.get(this.activeId);
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

  /**
   * `preventScroll` after a zoom: the chart the reader just used is in view, and scrolling the new
   * centre into view would lay out the page inside the zoom's task.
   */
  private async moveActive(id: string, { preventScroll = false } = {}): Promise<void> {
    this.activeId = id;
    await this.updateComplete;
    const model = this.model!;
    const element = this.renderRoot.querySelector<SVGElement>(id === model.focus.id ? '#arc-centre' : `[data-id="${CSS.escape(id)}"]`);
    element?.focus({ preventScroll });
  }

  /** Zooms into an arc with children; a leaf is selected in place. */
  private zoomTo(a: SunburstArc): void {
    if (a.kind === 'subject' && a.children.length === 0) {
      this.activeId = a.id;
      this.select(a);
      this.announce(changeAnnouncement('select', a, this.summaryContext()));
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
    const depth = this.model?.path.length ?? 0;
    this.focusId = id;
    this.zoomGeneration++;
    this.tooltip.hide();
    this.model = this.buildModel();
    const focus = this.model.focus;
    this.selected = this.codeOf(focus.id);
    this.select(focus);
    this.announce(changeAnnouncement(this.model.path.length > depth ? 'zoom' : 'zoomOut', focus, this.summaryContext()));
    void this.moveActive(keepActive && this.model.byId.has(keepActive) ? keepActive : focus.id, { preventScroll: true });
  }

  private codeOf(id: string): string {
    return this.model?.byId.get(id)?.code ?? (id.includes('~') ? id.split('~')[0] : id);
  }

  private select(a: SunburstArc): void {
    const unit = this.documentUnit();
    this.emit<BudgetSelectDetail>('budget-select', { code: a.code, name: this.arcName(a), amount: a.amount.toString(), unit });
  }
}
