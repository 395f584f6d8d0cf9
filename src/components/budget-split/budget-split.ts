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
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { barWidth, flexShare, largest } from '../base/bar-geometry.js';
import { anyText, oneOf } from '../base/attribute-rules.js';
import { BudgetElement } from '../base/budget-element.js';
import { styleProps } from '../base/style-props.js';
import { renderDataTable, type DataTableSpec } from '../base/data-table.js';
import type { BudgetSelectDetail } from '../budget-sunburst/budget-sunburst.js';
import { SPLIT_MESSAGES } from './budget-split.messages.js';
import { splitStyles } from './budget-split.styles.js';

type Classification = 'department' | 'government';
type Level = 'class' | 'section';

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
 * @cssprop [--budget-color-basic=#1d5fa8] - 基本支出.
 * @cssprop [--budget-color-project=#a3480b] - 项目支出.
 * @cssprop [--budget-color-personnel=#3f6f2a] - 人员经费.
 * @cssprop [--budget-color-public-use=#7a3e8f] - 公用经费.
 */
export class BudgetSplit extends BudgetElement {
  static override styles = [...BudgetElement.styles, splitStyles];
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status !== 'ready' || !state.document.expenditureBySubject) return;
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

  protected override isEmpty(doc: BudgetDocument): boolean {
    return !doc.expenditureBySubject;
  }

  protected override renderDocument(): TemplateResult {
    const t = this.messages(SPLIT_MESSAGES);
    const split = this.split!;
    const subject = split.code ? split.name : t.whole;
    return html`
      <div class="toolbar">
        <p class="title" id="title">${t.title(subject)} · ${this.money(split.total, split.unit)}</p>
        ${this.renderTableToggle()}
      </div>
      ${this.renderSplitBar(split)}
      ${this.basicOpen && this.economic ? this.renderEconomic(this.economic) : nothing}
      ${this.renderSubjects(split.unit)}
      ${this.tableShown ? this.renderTables(split) : nothing}
    `;
  }

  private renderSplitBar(split: BasicProjectSplit) {
    const t = this.messages(SPLIT_MESSAGES);
    const [basicShare, projectShare] = split.shares ?? [null, null];
    const expandable = Boolean(this.economic) && split.code === '';
    const basicLabel = t.segment(t.basic, this.money(split.basic, split.unit), this.percent(basicShare));
    return html`<div class="bar" part="split" role="group" aria-labelledby="title">
      ${expandable
        ? html`<button
            part="segment"
            class="segment basic"
            ${styleProps(flexShare(basicShare))}
            aria-expanded=${this.basicOpen ? 'true' : 'false'}
            aria-controls="economic"
            @click=${() => (this.basicOpen = !this.basicOpen)}
          >
            ${this.segmentText(t.basic, basicShare, this.money(split.basic, split.unit))}
          </button>`
        : html`<div part="segment" class="segment basic" ${styleProps(flexShare(basicShare))} role="img" aria-label=${basicLabel}>
            ${this.segmentText(t.basic, basicShare)}
          </div>`}
      <div
        part="segment"
        class="segment project"
        ${styleProps(flexShare(projectShare))}
        role="img"
        aria-label=${t.segment(t.project, this.money(split.project, split.unit), this.percent(projectShare))}
      >
        ${this.segmentText(t.project, projectShare)}
      </div>
    </div>
    <p class="legend">
      <span><i class="swatch basic"></i>${t.basic} ${this.money(split.basic, split.unit)}${this.inBrackets(this.percent(basicShare))}</span>
      <span><i class="swatch project"></i>${t.project} ${this.money(split.project, split.unit)}${this.inBrackets(this.percent(projectShare))}</span>
    </p>`;
  }

  private renderEconomic(economic: EconomicBreakdown) {
    const t = this.messages(SPLIT_MESSAGES);
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
      <div class="bar" role="group" aria-label=${t.basic}>
        ${economic.parts.map(
          (part) => html`<button
            part="segment"
            class="segment ${part.key === 'personnel' ? 'personnel' : 'public-use'}"
            ${styleProps(flexShare(part.share))}
            aria-expanded=${this.openPart === part.key ? 'true' : 'false'}
            aria-controls="items"
            @click=${() => (this.openPart = this.openPart === part.key ? null : part.key)}
          >
            ${this.segmentText(this.partName(part), part.share, this.money(part.amount, economic.unit))}
          </button>`,
        )}
      </div>
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
            <span class="item-value">${this.money(item.amount, unit)} · ${this.percent(item.share)}</span>
          </li>`,
        )}
      </ul>
      ${part.itemsSum.equals(part.amount) ? nothing : html`<p class="note" role="note">${t.itemsDiffer(this.money(part.itemsSum, unit), this.money(part.amount, unit))}</p>`}
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

  private renderTables(split: BasicProjectSplit) {
    const t = this.messages(SPLIT_MESSAGES);
    const unit = split.unit;
    const [basicShare, projectShare] = split.shares ?? [null, null];
    const tables: DataTableSpec[] = [
      {
        caption: t.tableSplit(split.code ? split.name : t.whole),
        unitNote: this.unitNote(unit),
        headerLabel: this.shared.name,
        columns: [{ label: this.shared.amount, numeric: true }, { label: t.share, numeric: true }],
        rows: [
          { header: t.basic, cells: [this.figure(split.basic, unit), this.percent(basicShare)] },
          { header: t.project, cells: [this.figure(split.project, unit), this.percent(projectShare)] },
        ],
        footer: { header: t.total, cells: [this.figure(split.total, unit), ''] },
      },
    ];
    for (const part of this.economic?.parts ?? []) {
      tables.push({
        caption: t.tableItems(this.partName(part), t[this.classification]),
        unitNote: this.unitNote(this.economic!.unit),
        headerLabel: this.shared.name,
        columns: [{ label: this.shared.amount, numeric: true }, { label: t.share, numeric: true }],
        rows: part.items.map((item) => ({ header: item.name, cells: [this.figure(item.amount, this.economic!.unit), this.percent(item.share)] })),
        footer: { header: this.partName(part), cells: [this.figure(part.amount, this.economic!.unit), this.percent(part.share)] },
      });
    }
    tables.push({
      caption: t.tableSubjects(t.level[this.level]),
      unitNote: this.unitNote(unit),
      headerLabel: this.shared.name,
      columns: [
        { label: this.shared.code },
        { label: t.total, numeric: true },
        { label: t.basic, numeric: true },
        { label: t.project, numeric: true },
        { label: `${t.basic} ${t.share}`, numeric: true },
      ],
      rows: this.subjects.map((row) => ({
        header: row.name,
        cells: [row.code, this.figure(row.total, unit), this.figure(row.basic, unit), this.figure(row.project, unit), this.percent(row.shares?.[0] ?? null)],
        current: row.code === this.selected,
      })),
    });
    return tables.map((spec) => renderDataTable(spec));
  }

  /** Chooses a row, or clears the choice when the chosen row is pressed again. */
  private select(row: SplitRow): void {
    const state = this.source.state;
    if (state.status !== 'ready') return;
    this.selected = this.selected === row.code ? '' : row.code;
    const chosen = this.selected ? row : basicProjectSplit(state.document.expenditureBySubject!);
    const name = this.selected ? row.name : this.messages(SPLIT_MESSAGES).whole;
    this.emit<BudgetSelectDetail>('budget-select', { code: this.selected, name, amount: chosen.total.toString(), unit: chosen.unit });
  }

  private partName(part: EconomicPart): string {
    const t = this.messages(SPLIT_MESSAGES);
    return part.key === 'personnel' ? t.personnel : t.publicUse;
  }

  private percent(share: Dec | null): string {
    return share ? formatPercent(share, this.effectiveLang) : '—';
  }

  /**
   * Text inside a segment: name and share, cut with an ellipsis when the segment is narrow (the
   * legend has it whole). A button's amount is read out but not shown, so its name starts with
   * what is visible (WCAG 2.5.3).
   */
  private segmentText(name: string, share: Dec | null, spokenAmount?: string) {
    return html`<span class="segment-text">${name} ${this.percent(share)}</span>${spokenAmount
        ? html`<span class="sr-only">${this.effectiveLang === 'en' ? ', ' : '，'}${spokenAmount}</span>`
        : nothing}`;
  }
}
