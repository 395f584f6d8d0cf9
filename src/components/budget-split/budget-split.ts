import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dec } from '../../core/decimal.js';
import { atPath } from '../../core/errors.js';
import { formatPercent } from '../../core/format.js';
import type { BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import {
  basicProjectSplit,
  economicBreakdown,
  splitBySubject,
  type BasicProjectSplit,
  type EconomicBreakdown,
  type EconomicPart,
  type EconomicPartKey,
  type SplitRow,
} from '../../core/split.js';
import { splitSelectionAnnouncement, splitSummary } from '../../core/split-summary.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { barWidth, flexShare, largest } from '../base/bar-geometry.js';
import { anyText, oneOf } from '../base/attribute-rules.js';
import { BudgetElement, type ExportView, type ViewAmount } from '../base/budget-element.js';
import { styleProps } from '../base/style-props.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import type { BudgetSelectDetail } from '../budget-sunburst/budget-sunburst.js';
import { SPLIT_MESSAGES } from './budget-split.messages.js';
import { splitStyles } from './budget-split.styles.js';

type Classification = 'department' | 'government';
type Level = 'class' | 'section';

/** What a segment shows of its name and share: both, the share alone, or nothing (the legend has it). */
type SegmentFit = 'full' | 'share' | 'none';

/** Space between the segments of a bar, in px (`gap` in the styles). */
const SEGMENT_GAP = 2;
/** Inline padding of a segment on each side, in em (`.segment` in the styles). */
const SEGMENT_PADDING_EM = 0.5;
/** What the economic panel takes from the bar's width: its padding in em on each side and its 1px borders. */
const PANEL_PADDING_EM = 0.75;
const PANEL_BORDER = 1;

/** Canvas text metrics, shared by every split on the page. */
let measuringContext: CanvasRenderingContext2D | null | undefined;

/** The width in px of `text` drawn in `font`, or Infinity when nothing can measure it. */
function textWidth(text: string, font: string): number {
  if (measuringContext === undefined) measuringContext = document.createElement('canvas').getContext('2d');
  if (!measuringContext) return Infinity;
  measuringContext.font = font;
  return measuringContext.measureText(text).width;
}

/**
 * @tag budget-split
 * @summary How expenditure splits into 基本支出 (running costs) and 项目支出 (projects): the whole
 * budget or one selected 科目, 基本支出 opened into 人员经费 / 公用经费 and their economic items
 * (表6, in either economic classification), and the same split for every 功能分类 类 or 款.
 *
 * @fires budget-select - A 科目 row was chosen (or chosen again to clear). `detail: { code, name, amount, unit }`.
 *
 * @csspart split - The bar of 基本支出 against 项目支出.
 * @csspart segment - One part of a bar.
 * @csspart items - The list of economic items of an opened part.
 * @csspart subjects - The bars by 功能分类.
 *
 * The fill defaults are the light theme's; in dark they are basic #4493f8, project #db6d28,
 * personnel #57ab5a, public use #ab7df8, text on a segment #0d1117: each fill 3:1 or more against
 * its surface, text on a fill 4.5:1 or more.
 *
 * @cssprop [--budget-color-basic=#1d5fa8] - 基本支出.
 * @cssprop [--budget-color-project=#a3480b] - 项目支出.
 * @cssprop [--budget-color-personnel=#3f6f2a] - 人员经费.
 * @cssprop [--budget-color-public-use=#7a3e8f] - 公用经费.
 * @cssprop [--budget-color-on-segment=#ffffff] - Text on a segment.
 */
export class BudgetSplit extends BudgetElement {
  static override styles = [...BudgetElement.styles, splitStyles];
  /** @internal */
  static override urlState = [...BudgetElement.urlState, 'selected', 'classification', 'level'];
  /** @internal */
  static override attributeRules = {
    ...BudgetElement.attributeRules,
    classification: oneOf<Classification>('classification', ['department', 'government'], 'department'),
    level: oneOf<Level>('level', ['class', 'section'], 'class'),
    selected: anyText('selected', ''),
  };

  /** A 科目 code whose split is shown on top and whose row is highlighted; '' for the whole budget. */
  @property({ reflect: true }) selected = '';

  /** `department` (部门预算支出经济分类) or `government` (政府预算支出经济分类) items of 基本支出. */
  @property({ reflect: true }) classification: Classification = 'department';

  /** The rows of the per-subject bars: `class` (类) or `section` (款). */
  @property({ reflect: true }) level: Level = 'class';

  @state() private basicOpen = false;
  @state() private openPart: EconomicPartKey | null = null;

  private readonly rows = new RovingFocusController(this, '.subject-row');
  private split?: BasicProjectSplit;
  private subjects: SplitRow[] = [];
  private economic?: EconomicBreakdown;
  /** The host's font, read once per update, to fit segment texts. */
  private font = { css: '', size: 16 };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status !== 'ready' || !state.document.expenditureBySubject) return;
    const style = getComputedStyle(this);
    this.font = { css: `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, size: parseFloat(style.fontSize) || 16 };
    const doc = state.document;
    const table = doc.expenditureBySubject!;
    const known = table.rows.some((row) => row.code === this.selected);
    atPath('$.expenditureBySubject', () => {
      this.split = basicProjectSplit(table, known ? this.selected : undefined);
      this.subjects = splitBySubject(table, this.level);
    });
    const economic = doc.basicExpenditureByEconomic;
    this.economic = economic ? atPath('$.basicExpenditureByEconomic', () => economicBreakdown(economic, this.classification)) : undefined;
  }

  protected override viewAmountsSources(): readonly unknown[] {
    return [this.split, this.subjects, this.economic];
  }

  protected override *viewAmounts(): Iterable<ViewAmount> {
    const split = this.split;
    if (split) for (const amount of [split.total, split.basic, split.project]) yield { amount, unit: split.unit };
    for (const row of this.subjects) for (const amount of [row.total, row.basic, row.project]) yield { amount, unit: row.unit };
    for (const part of this.economic?.parts ?? []) {
      for (const amount of [part.amount, part.itemsSum, ...part.items.map((item) => item.amount)]) yield { amount, unit: this.economic!.unit };
    }
  }

  protected override isEmpty(doc: BudgetDocument): boolean {
    return !doc.expenditureBySubject;
  }

  protected override renderDocument(): TemplateResult {
    const t = this.messages(SPLIT_MESSAGES);
    const split = this.split!;
    const subject = split.code ? split.name : t.whole;
    return html`
      <div class="toolbar">
        <p class="title" id="title">${t.title(subject)} · ${this.unbroken(this.money(split.total, split.unit))}</p>
        ${this.renderViewActions()}
      </div>
      ${this.renderSplitBar(split)}
      ${this.renderChartSummary(splitSummary(split, this.economic, this.effectiveLang, (amount, unit) => this.money(amount, unit)))}
      ${this.basicOpen && this.economic ? this.renderEconomic(this.economic) : nothing}
      ${this.renderSubjects(split.unit)}
      ${this.tableShown ? this.dataTables(split).map((spec) => renderDataTable(spec)) : nothing}
    `;
  }

  private renderSplitBar(split: BasicProjectSplit) {
    const t = this.messages(SPLIT_MESSAGES);
    const [basicShare, projectShare] = split.shares ?? [null, null];
    const expandable = Boolean(this.economic) && split.code === '';
    const basic = this.money(split.basic, split.unit);
    const project = this.money(split.project, split.unit);
    const room = this.segmentRoom(this.size.width, 2);
    return html`<div class="bar" part="split" role="group" aria-labelledby="title" aria-describedby="summary" @keydown=${this.handleKeyDown}>
      ${expandable
        ? html`<button
            part="segment"
            class="segment basic"
            ${styleProps(flexShare(basicShare))}
            aria-expanded=${this.basicOpen ? 'true' : 'false'}
            aria-controls="economic"
            @click=${() => (this.basicOpen = !this.basicOpen)}
            @focus=${(e: Event) => this.showTip(e, t.basic, split.basic, split.unit, basicShare)}
            @blur=${this.hideTip}
            @mouseenter=${(e: Event) => this.showTip(e, t.basic, split.basic, split.unit, basicShare)}
            @mouseleave=${this.hideTip}
          >
            ${this.segmentText(t.basic, basicShare, room(basicShare), basic)}
          </button>`
        : html`<div
            part="segment"
            class="segment basic"
            ${styleProps(flexShare(basicShare))}
            role="img"
            aria-label=${t.segment(t.basic, basic, this.percent(basicShare))}
            @mouseenter=${(e: Event) => this.showTip(e, t.basic, split.basic, split.unit, basicShare)}
            @mouseleave=${this.hideTip}
          >
            ${this.segmentText(t.basic, basicShare, room(basicShare))}
          </div>`}
      <div
        part="segment"
        class="segment project"
        ${styleProps(flexShare(projectShare))}
        role="img"
        aria-label=${t.segment(t.project, project, this.percent(projectShare))}
        @mouseenter=${(e: Event) => this.showTip(e, t.project, split.project, split.unit, projectShare)}
        @mouseleave=${this.hideTip}
      >
        ${this.segmentText(t.project, projectShare, room(projectShare))}
      </div>
    </div>
    <p class="legend">
      <span><i class="swatch basic"></i>${t.basic} ${this.unbroken(basic)}${this.inBrackets(this.percent(basicShare))}</span>
      <span><i class="swatch project"></i>${t.project} ${this.unbroken(project)}${this.inBrackets(this.percent(projectShare))}</span>
    </p>`;
  }

  private renderEconomic(economic: EconomicBreakdown) {
    const t = this.messages(SPLIT_MESSAGES);
    const room = this.segmentRoom(this.size.width - 2 * PANEL_PADDING_EM * this.font.size - 2 * PANEL_BORDER, economic.parts.length);
    return html`<section id="economic" class="economic" aria-label=${t.basic}>
      <fieldset class="classification">
        <legend>${t.classification}</legend>
        ${(['department', 'government'] as const).map(
          (value) => html`<label>
            <input type="radio" name="classification" .checked=${this.classification === value} @change=${() => (this.classification = value)} />
            ${t[value]}
          </label>`,
        )}
      </fieldset>
      <div class="bar" role="group" aria-label=${t.basic} @keydown=${this.handleKeyDown}>
        ${economic.parts.map(
          (part) => html`<button
            part="segment"
            class="segment ${part.key === 'personnel' ? 'personnel' : 'public-use'}"
            ${styleProps(flexShare(part.share))}
            aria-expanded=${this.openPart === part.key ? 'true' : 'false'}
            aria-controls="items"
            @click=${() => (this.openPart = this.openPart === part.key ? null : part.key)}
            @focus=${(e: Event) => this.showTip(e, this.partName(part), part.amount, economic.unit, part.share)}
            @blur=${this.hideTip}
            @mouseenter=${(e: Event) => this.showTip(e, this.partName(part), part.amount, economic.unit, part.share)}
            @mouseleave=${this.hideTip}
          >
            ${this.segmentText(this.partName(part), part.share, room(part.share), this.money(part.amount, economic.unit))}
          </button>`,
        )}
      </div>
      <p class="legend">
        ${economic.parts.map(
          (part) => html`<span><i class="swatch ${part.key === 'personnel' ? 'personnel' : 'public-use'}"></i>${this.partName(part)}
            ${this.unbroken(this.money(part.amount, economic.unit))}${this.inBrackets(this.percent(part.share))}</span>`,
        )}
      </p>
      <p class="note">${t.economicScope}</p>
      ${this.openPart ? this.renderItems(economic.parts.find((p) => p.key === this.openPart)!, economic.unit) : nothing}
    </section>`;
  }

  private renderItems(part: EconomicPart, unit: MoneyUnit) {
    const t = this.messages(SPLIT_MESSAGES);
    const max = largest(part.items.map((item) => item.amount));
    return html`<div id="items" part="items">
      <p class="items-title">${t.itemsOf(this.partName(part))}${this.inBrackets(t[this.classification])}</p>
      <ul class="items">
        ${part.items.map(
          (item) => html`<li>
            <span class="item-name">${item.name}</span>
            <span class="item-bar"><i class=${part.key === 'personnel' ? 'personnel' : 'public-use'} ${styleProps(barWidth(item.amount, max))}></i></span>
            <span class="item-value">${this.unbroken(this.money(item.amount, unit))} · ${this.percent(item.share)}</span>
          </li>`,
        )}
      </ul>
      ${part.itemsSum.equals(part.amount) ? nothing : html`<p class="note" role="note">${t.itemsDiffer(this.exactMoney(part.itemsSum, unit), this.exactMoney(part.amount, unit))}</p>`}
    </div>`;
  }

  private renderSubjects(unit: MoneyUnit) {
    const t = this.messages(SPLIT_MESSAGES);
    const max = largest(this.subjects.map((row) => row.total));
    return html`<section class="subjects" part="subjects" aria-labelledby="subjects-title">
      <p class="items-title" id="subjects-title">${t.bySubject}${this.inBrackets(t.level[this.level])}</p>
      <ul class="subject-list" @keydown=${this.rows.handleKeyDown} @focusin=${this.rows.handleFocusIn}>
        ${this.subjects.map(
          (row, i) => html`<li>
            <button
              class="subject-row"
              tabindex=${this.rows.tabIndexFor(i, this.subjects.length)}
              aria-pressed=${row.code === this.selected ? 'true' : 'false'}
              @click=${() => this.select(row)}
            >
              <span class="subject-name">${row.code} ${row.name}</span>
              <span class="sr-only">${t.row(this.money(row.basic, unit), this.money(row.project, unit))}</span>
              <span class="stack" ${styleProps(barWidth(row.total, max))}>
                <i class="basic" ${styleProps(flexShare(row.shares?.[0] ?? null))}></i>
                <i class="project" ${styleProps(flexShare(row.shares?.[1] ?? null))}></i>
              </span>
              <span class="subject-value">${row.zero ? t.none : this.money(row.total, unit)}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** The split, each part's economic items and the split of every 类 or 款, each amount with its exact value. */
  private dataTables(split: BasicProjectSplit): DataTableSpec[] {
    const t = this.messages(SPLIT_MESSAGES);
    const unit = split.unit;
    const [basicShare, projectShare] = split.shares ?? [null, null];
    const amount = (from: MoneyUnit) => ({ label: this.shared.amount, numeric: true, unit: this.amountUnit(from) });
    const tables: DataTableSpec[] = [
      {
        caption: t.tableSplit(split.code ? split.name : t.whole),
        unitNote: this.unitNote(unit),
        headerLabel: this.shared.name,
        columns: [amount(unit), { label: t.share, numeric: true }],
        rows: [
          { header: t.basic, cells: [this.exactFigure(split.basic, unit), this.percent(basicShare)] },
          { header: t.project, cells: [this.exactFigure(split.project, unit), this.percent(projectShare)] },
        ],
        footer: { header: t.total, cells: [this.exactFigure(split.total, unit), ''] },
      },
    ];
    const economic = this.economic;
    for (const part of economic?.parts ?? []) {
      tables.push({
        caption: t.tableItems(this.partName(part), t[this.classification]),
        unitNote: this.unitNote(economic!.unit),
        headerLabel: this.shared.name,
        columns: [amount(economic!.unit), { label: t.share, numeric: true }],
        rows: part.items.map((item) => ({ header: item.name, cells: [this.exactFigure(item.amount, economic!.unit), this.percent(item.share)] })),
        footer: { header: this.partName(part), cells: [this.exactFigure(part.amount, economic!.unit), this.percent(part.share)] },
      });
    }
    const amountUnit = this.amountUnit(unit);
    tables.push({
      caption: t.tableSubjects(t.level[this.level]),
      unitNote: this.unitNote(unit),
      headerLabel: this.shared.name,
      columns: [
        { label: this.shared.code },
        { label: t.total, numeric: true, unit: amountUnit },
        { label: t.basic, numeric: true, unit: amountUnit },
        { label: t.project, numeric: true, unit: amountUnit },
        { label: `${t.basic} ${t.share}`, numeric: true },
      ],
      rows: this.subjects.map((row) => ({
        header: row.name,
        cells: [row.code, this.exactFigure(row.total, unit), this.exactFigure(row.basic, unit), this.exactFigure(row.project, unit), this.percent(row.shares?.[0] ?? null)],
        current: row.code === this.selected,
      })),
    });
    return tables;
  }

  /** @internal */
  override exportTables(): DataTableSpec[] {
    return this.hasSplit() ? this.dataTables(this.split!) : [];
  }

  protected override exportView(doc: BudgetDocument): ExportView {
    const split = this.split;
    const economic = this.economic;
    return {
      name: this.messages(SPLIT_MESSAGES).viewName,
      focus: split?.code ? `${split.code} ${split.name}` : undefined,
      unit: split?.unit ?? doc.meta.unit,
      tables: [split?.source, economic?.source].filter((id): id is string => Boolean(id)),
    };
  }

  /** The view as a file: an SVG drawn from the same model, formatted as the view formats it, loaded only when asked for. */
  protected override async exportChart(): Promise<SVGSVGElement | undefined> {
    if (!this.hasSplit()) return undefined;
    const { splitChartSvg } = await import('../../export/split-chart-svg.js');
    return splitChartSvg(this, {
      width: this.size.width,
      lang: this.effectiveLang,
      split: this.split!,
      subjects: this.subjects,
      economic: this.economic,
      basicOpen: this.basicOpen,
      openPart: this.openPart,
      selected: this.selected,
      classification: this.classification,
      level: this.level,
      money: (amount, unit) => this.money(amount, unit),
      exactMoney: (amount, unit) => this.exactMoney(amount, unit),
      percent: (share) => this.percent(share),
      inBrackets: (text) => this.inBrackets(text),
    });
  }

  /** True when a document with a 功能分类 table is shown, so that the split is of it. */
  private hasSplit(): boolean {
    const state = this.source.state;
    return state.status === 'ready' && Boolean(state.document.expenditureBySubject) && this.split !== undefined;
  }

  /** Chooses a row, or clears the choice when the chosen row is pressed again. */
  private select(row: SplitRow): void {
    const state = this.source.state;
    if (state.status !== 'ready') return;
    this.selected = this.selected === row.code ? '' : row.code;
    const chosen = this.selected ? row : basicProjectSplit(state.document.expenditureBySubject!);
    const name = this.selected ? row.name : this.messages(SPLIT_MESSAGES).whole;
    this.emit<BudgetSelectDetail>('budget-select', { code: this.selected, name, amount: chosen.total.toString(), unit: chosen.unit });
    this.announce(splitSelectionAnnouncement(chosen, this.effectiveLang, (amount, unit) => this.money(amount, unit)));
  }

  private partName(part: EconomicPart): string {
    const t = this.messages(SPLIT_MESSAGES);
    return part.key === 'personnel' ? t.personnel : t.publicUse;
  }

  private percent(share: Dec | null): string {
    return share ? formatPercent(share, this.effectiveLang) : '—';
  }

  /**
   * Text inside a segment: what fits of its name and share, never cut (the legend has both
   * whole). A button's name starts with its name and share even where they are not shown, and
   * its amount is read out but not shown (WCAG 2.5.3: the visible part is in the name).
   */
  private segmentText(name: string, share: Dec | null, room: number, spokenAmount?: string) {
    const shareText = this.percent(share);
    const fit = this.segmentFit(name, shareText, room);
    const shown = fit === 'full' ? `${name} ${shareText}` : fit === 'share' ? shareText : '';
    const hidden = fit === 'full' ? '' : fit === 'share' ? `${name} ` : `${name} ${shareText}`;
    return html`${hidden ? html`<span class="sr-only">${hidden}</span>` : nothing}${shown
        ? html`<span class="segment-text">${shown}</span>`
        : nothing}${spokenAmount ? html`<span class="sr-only">${this.effectiveLang === 'en' ? ', ' : '，'}${spokenAmount}</span>` : nothing}`;
  }

  /** Name and share when both fit in `room` px, else the share when it fits, else nothing. */
  private segmentFit(name: string, shareText: string, room: number): SegmentFit {
    // Before the first layout, or while hidden, the width is unknown: assume room until it is measured.
    if (this.size.width === 0) return 'full';
    const font = this.font.css;
    // A pixel of slack: canvas and layout may round a glyph advance differently.
    if (textWidth(`${name} ${shareText}`, font) + 1 <= room) return 'full';
    return textWidth(shareText, font) + 1 <= room ? 'share' : 'none';
  }

  /**
   * The room for text, in px, of a segment taking `share` percent of a bar `width` px wide
   * with `count` segments: flex shares what is left after the gaps and every segment's padding.
   */
  private segmentRoom(width: number, count: number): (share: Dec | null) => number {
    const free = width - (count - 1) * SEGMENT_GAP - count * 2 * SEGMENT_PADDING_EM * this.font.size;
    return (share) => (share ? share.toNumber() / 100 : 0) * free;
  }

  private showTip(event: Event, name: string, amount: Dec, unit: MoneyUnit, share: Dec | null): void {
    this.tooltip.show([name, this.exactMoney(amount, unit), this.percent(share)], event.currentTarget as Element);
  }

  private hideTip = (): void => this.tooltip.hide();

  /** Escape dismisses the tooltip without moving focus (WCAG 1.4.13). */
  private handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tooltip.open) return;
    this.tooltip.hide();
    event.preventDefault();
  };
}
