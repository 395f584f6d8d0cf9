import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { findTerms, glossaryTerms, type GlossaryTerm } from '../../core/glossary.js';
import { reportSummary, type ReportSummary } from '../../core/report-summary.js';
import type { Dec } from '../../core/decimal.js';
import type { BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import { MONEY_UNITS } from '../../core/units.js';
import { LANGS } from '../../i18n/lang.js';
import { anyText } from '../base/attribute-rules.js';
import { BudgetElement, type ExportView, type ViewAmount } from '../base/budget-element.js';
import type { DataTableSpec } from '../base/data-table.js';
import type { ExportFormat } from '../../controllers/export-controller.js';
import { afterNextPaint } from '../../controllers/after-next-paint.js';
import type { BudgetSelectDetail } from '../budget-sunburst/budget-sunburst.js';
import { REPORT_MESSAGES } from './budget-report.messages.js';
import { reportStyles } from './budget-report.styles.js';

type Section = keyof (typeof REPORT_MESSAGES)['zh-CN']['sections'];
const SECTIONS: readonly Section[] = ['headline', 'where', 'split', 'yoy', 'projects', 'summary', 'audit', 'glossary'];
/**
 * The sections drawn at once: those a reader sees first, at the top of the report, and the audit,
 * which says it is checking until its rules have run. Those start once the first screen has
 * painted, right after the other sections are drawn: the longest work after it starts first.
 */
const FIRST_SECTIONS: readonly Section[] = ['headline', 'where', 'audit'];
/** The views inside the report, in the order they show. */
const VIEWS = 'budget-headline, budget-sunburst, budget-split, budget-yoy, budget-project-cards, budget-audit';

/**
 * @tag budget-report
 * @summary A whole disclosure in one element: headline figures, the sunburst, the basic/project
 * split, the comparison with last year, the project cards, 三公经费 / 机关运行经费 / 政府采购 /
 * 国有资产, where the report contradicts itself (with a link to the 科目 concerned), and the glossary. Choosing a 科目 in the sunburst or the split filters the split and
 * the cards; `selected` sets it from outside and `budget-select` (from the inner views) follows it.
 * Terms of the glossary are explained where they appear.
 *
 * The headline figures and the sunburst are drawn first, with the audit's "checking" state; the
 * other sections below them a moment later, once those have painted (at once on paper).
 *
 * Its export menu downloads every table of every view, one CSV each, in one ZIP (`toZip()`;
 * `toCSV()` gives the first of them, the headline figures);
 * each view keeps its own export menu for its image and its table.
 *
 * @csspart section - One section of the report.
 * @csspart term - A glossary term that opens its definition.
 */
export class BudgetReport extends BudgetElement {
  static override styles = [...BudgetElement.styles, reportStyles];
  /** @internal */
  /** @internal */
  static override urlState = [...BudgetElement.urlState, 'selected'];
  static override attributeRules = { ...BudgetElement.attributeRules, selected: anyText('selected', '') };

  /** The 科目 code every view follows ('' for the whole budget). */
  @property({ reflect: true }) selected = '';

  private terms: GlossaryTerm[] = [];
  private summary?: { doc: BudgetDocument; summary: ReportSummary };

  /** The document whose sections below the first screen are drawn; until then they show their headings alone. */
  @state() private laterDrawn?: BudgetDocument;
  /** Settles once they are, for the document they wait for. */
  private laterPending?: { doc: BudgetDocument; drawn: Promise<void> };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status !== 'ready' || this.laterDrawn === state.document || this.laterPending?.doc === state.document) return;
    const doc = state.document;
    // The first screen is drawn in this update and painted before the rest of the report is drawn.
    const drawn = new Promise<void>((resolve) =>
      afterNextPaint(() => {
        if (this.laterPending?.doc === doc) this.laterDrawn = doc;
        resolve();
      }),
    );
    this.laterPending = { doc, drawn };
  }

  /** Drawing the sections below the first screen ends in another update: `updateComplete` settles on the whole report. */
  protected override pendingWork(): Promise<unknown> | undefined {
    const later = this.laterPending;
    const drawing = later && this.laterDrawn !== later.doc && this.source.state.status === 'ready';
    return super.pendingWork() ?? (drawing ? later.drawn : undefined);
  }

  /** The small sections' figures, computed once per document. */
  private summaryOf(doc: BudgetDocument): ReportSummary {
    if (this.summary?.doc !== doc) this.summary = { doc, summary: reportSummary(doc) };
    return this.summary.summary;
  }

  /** The figures of the report's own lines (三公, 机关运行经费, 政府采购); each inner view has its own. */
  protected override *viewAmounts(): Iterable<ViewAmount> {
    const state = this.source.state;
    if (state.status !== 'ready') return;
    const { threePublic, operating, procurement } = this.summaryOf(state.document);
    if (threePublic && !threePublic.none) yield { amount: threePublic.total, unit: threePublic.unit };
    if (operating) yield { amount: operating.total, unit: operating.unit };
    if (operating?.change?.amount) yield { amount: operating.change.amount, unit: operating.change.unit };
    if (procurement) for (const amount of [procurement.total, procurement.goods, procurement.works, procurement.services]) yield { amount, unit: procurement.unit };
  }

  /**
   * Every table of every view in the report, in the order they show.
   * @internal
   */
  override exportTables(): DataTableSpec[] {
    return [...this.renderRoot.querySelectorAll<BudgetElement>(VIEWS)].flatMap((view) => view.exportTables());
  }

  /** The report's own menu has one item: every table, zipped. */
  protected override exportFormats(): readonly ExportFormat[] {
    return ['zip'];
  }

  /** The views' tables are read once each view has drawn (the audit once its rules have loaded). */
  protected override async exportSettled(): Promise<void> {
    await super.exportSettled();
    await Promise.all([...this.renderRoot.querySelectorAll<BudgetElement>(VIEWS)].map((view) => view.updateComplete));
  }

  protected override exportView(doc: BudgetDocument): ExportView {
    return { name: this.messages(REPORT_MESSAGES).allTables, unit: doc.meta.unit, tables: [] };
  }

  protected override renderDocument(doc: BudgetDocument): TemplateResult {
    const t = this.messages(REPORT_MESSAGES);
    this.terms = glossaryTerms(doc);
    const lang = this.effectiveLang;
    const state = this.source.state;
    const yoySource = state.status === 'ready' && state.collection ? this.src : undefined;
    return html`
      <header class="report-header">
        <h2 class="report-title">${t.title(doc.meta.department.name, doc.meta.fiscalYear, doc.meta.kind)}</h2>
        <div class="report-controls">
          <label>${t.language}
            <select @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
              ${LANGS.map((l) => html`<option value=${l} ?selected=${l === lang}>${l === 'en' ? 'English' : '中文'}</option>`)}
            </select>
          </label>
          <label>${t.unit}
            <select @change=${(e: Event) => (this.unit = (e.target as HTMLSelectElement).value as MoneyUnit)}>
              ${MONEY_UNITS.map((u) => html`<option value=${u} ?selected=${u === (this.unit ?? doc.meta.unit)}>${t.unitOption(u)}</option>`)}
            </select>
          </label>
          <button @click=${() => void this.print()}>${t.print}</button>
          ${this.renderExportMenu()}
        </div>
        <p class="muted">${t.source(doc.meta.source.title)}</p>
      </header>
      <nav class="contents" aria-label=${t.contents}>
        <ol>
          ${SECTIONS.map((s) => html`<li><a href=${`#section-${s}`} @click=${(e: Event) => this.jumpTo(e, s)}>${t.sections[s]}</a></li>`)}
        </ol>
      </nav>
      ${this.section(doc, 'headline', () => html`<budget-headline .data=${doc} lang=${lang} .unit=${this.unit}></budget-headline>`)}
      ${this.section(
        doc,
        'where',
        () => html`<budget-sunburst .data=${doc} lang=${lang} .unit=${this.unit} selected=${this.selected} @budget-select=${this.handleSelect}></budget-sunburst>`,
      )}
      ${this.section(
        doc,
        'split',
        () => html`<budget-split .data=${doc} lang=${lang} .unit=${this.unit} selected=${this.selected} @budget-select=${this.handleSelect}></budget-split>`,
      )}
      ${this.section(doc, 'yoy', () =>
        yoySource
          ? html`<budget-yoy src=${yoySource} lang=${lang} .unit=${this.unit}></budget-yoy>`
          : html`<budget-yoy .data=${doc} lang=${lang} .unit=${this.unit}></budget-yoy>`,
      )}
      ${this.section(doc, 'projects', () => html`<budget-project-cards .data=${doc} lang=${lang} .unit=${this.unit} selected=${this.selected}></budget-project-cards>`)}
      ${this.section(doc, 'summary', () => this.renderSummary(doc))}
      ${this.section(doc, 'audit', () => html`<budget-audit .data=${doc} lang=${lang} @budget-select=${this.handleSelect}></budget-audit>`)}
      ${this.section(doc, 'glossary', () => this.renderGlossary())} ${this.renderDefinitions()}
    `;
  }

  /**
   * A section with its heading, and its content unless it is below the first screen and that has
   * not painted yet (paper cannot wait).
   */
  private section(doc: BudgetDocument, key: Section, content: () => unknown) {
    const t = this.messages(REPORT_MESSAGES);
    const drawn = FIRST_SECTIONS.includes(key) || this.laterDrawn === doc || this.printing;
    return html`<section part="section" class="section" id=${`section-${key}`} aria-labelledby=${`heading-${key}`}>
      <h3 id=${`heading-${key}`}>${this.withTerms(t.sections[key])}</h3>
      ${drawn ? content() : nothing}
    </section>`;
  }

  private renderSummary(doc: BudgetDocument) {
    const t = this.messages(REPORT_MESSAGES);
    const summary = this.summaryOf(doc);
    const lines: [string, string][] = [];
    // Every figure written into a line, so that a line never breaks it from its unit.
    const figures: string[] = [];
    const money = (amount: Dec, unit: MoneyUnit) => {
      const shown = this.money(amount, unit);
      figures.push(shown);
      return shown;
    };
    if (summary.threePublic) {
      const tp = summary.threePublic;
      lines.push([t.threePublic, tp.none ? (this.effectiveLang === 'en' ? t.threePublicNone : (tp.statement ?? t.threePublicNone)) : t.threePublicLines(money(tp.total, tp.unit))]);
    }
    if (summary.operating) {
      const op = summary.operating;
      const change = op.change && op.change.amount && op.change.percent
        ? t.operatingChange(op.change.direction === 'decrease' ? t.decrease : t.increase, money(op.change.amount, op.change.unit), op.change.percent, op.change.comparedTo) + t.asStated
        : '';
      lines.push([t.operating, `${t.operatingAmount(money(op.total, op.unit))}${change}`]);
    }
    if (summary.procurement) {
      const p = summary.procurement;
      const m = (amount: Dec) => money(amount, p.unit);
      lines.push([t.procurement, t.procurementLine(m(p.total), m(p.goods), m(p.works), m(p.services))]);
    }
    if (summary.assets) {
      const a = summary.assets;
      const parts = [
        a.vehicles ? t.vehicles(a.vehicles.authorized, a.vehicles.actual) : '',
        a.officeArea ? t.officeArea(a.officeArea.toString()) : '',
        ...a.equipment.map((e) => t.equipment(e.label, e.count)),
      ].filter(Boolean);
      lines.push([t.assets, t.assetsLine(a.asOf, parts)]);
    }
    return html`<dl class="summary">
      ${lines.map(([label, text]) => html`<dt>${this.withTerms(label)}</dt><dd>${this.withTerms(text, figures)}</dd>`)}
    </dl>`;
  }

  private renderGlossary() {
    return html`<dl class="glossary">
      ${this.terms.map((term) => html`<dt id=${`term-${term.term}`}>${term.term}</dt><dd>${term.definition}</dd>`)}
    </dl>`;
  }

  /**
   * The text with each glossary term as a button that opens its definition (one popover per term,
   * kept out of the text so headings read as written): keyboard reachable, closed by Escape or a
   * click elsewhere (the Popover API's light dismiss). The `figures` in it are never split from their unit.
   */
  private withTerms(text: string, figures: readonly string[] = []) {
    const found = findTerms(text, this.terms);
    if (found.length === 0) return this.unbrokenIn(text, figures);
    const t = this.messages(REPORT_MESSAGES);
    const pieces: unknown[] = [];
    let at = 0;
    for (const match of found) {
      const index = this.terms.findIndex((g) => g.term === match.term);
      const shown = text.slice(match.start, match.end);
      pieces.push(this.unbrokenIn(text.slice(at, match.start), figures));
      pieces.push(
        html`<button part="term" class="term" popovertarget=${`definition-${index}`} aria-label=${t.termLabel(shown, match.term)}>${shown}</button>`,
      );
      at = match.end;
    }
    pieces.push(this.unbrokenIn(text.slice(at), figures));
    return pieces;
  }

  private renderDefinitions() {
    return this.terms.map(
      (term, i) => html`<div class="definition" id=${`definition-${i}`} popover role="note"><strong>${term.term}</strong> ${term.definition}</div>`,
    );
  }

  private handleSelect = (event: CustomEvent<BudgetSelectDetail>): void => {
    this.selected = event.detail.code;
  };

  private jumpTo(event: Event, section: Section): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#heading-${section}`);
    target?.setAttribute('tabindex', '-1');
    target?.focus();
    target?.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }
}

