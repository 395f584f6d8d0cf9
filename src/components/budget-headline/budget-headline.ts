import { html, nothing } from 'lit';
import { changePhrase, type Change } from '../../core/change.js';
import type { Dec } from '../../core/decimal.js';
import { formatPercent } from '../../core/format.js';
import { headlineFigures, type HeadlineFigures, type TracedFigure } from '../../core/headline.js';
import { tableIdsEn } from '../../core/table-name.js';
import type { BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import type { Catalog } from '../../i18n/lang.js';
import { BudgetElement, type ViewAmount } from '../base/budget-element.js';
import type { DataTableRow, DataTableSpec } from '../base/data-table.js';
import { headlineStyles } from './budget-headline.styles.js';

interface HeadlineMessages {
  title: (h: HeadlineFigures) => string;
  income: string;
  expenditure: string;
  basic: string;
  project: string;
  change: string;
  share: (percent: string) => string;
  source: (source: string) => string;
  derived: (year: number, amount: string) => string;
  stated: (year: number, amount: string) => string;
  /** The figures as a table, for export. */
  tableCaption: string;
  item: string;
  previousTotal: (year: number) => string;
}

const MESSAGES: Catalog<HeadlineMessages> = {
  'zh-CN': {
    title: (h) => `${h.department} ${h.fiscalYear}年${h.kind === 'final' ? '部门决算' : '部门预算'}`,
    income: '收入总计',
    expenditure: '支出总计',
    basic: '基本支出',
    project: '项目支出',
    change: '比上年',
    share: (p) => `占${p}`,
    source: (s) => `来源：${s}`,
    derived: (year, amount) => `${year}年数据由说明中的增减额推算：${amount}`,
    stated: (year, amount) => `${year}年：${amount}`,
    tableCaption: '主要数字',
    item: '项目',
    previousTotal: (year) => `${year}年支出总计`,
  },
  en: {
    title: (h) => `${h.department}: ${h.kind === 'final' ? 'final accounts' : 'budget'} ${h.fiscalYear}`,
    income: 'Total income',
    expenditure: 'Total expenditure',
    basic: 'Basic expenditure',
    project: 'Project expenditure',
    change: 'On last year',
    share: (p) => `${p} of the total`,
    source: (s) => `Source: ${tableIdsEn(s)}`,
    derived: (year, amount) => `${year} figure derived from the change stated in the report: ${amount}`,
    stated: (year, amount) => `${year}: ${amount}`,
    tableCaption: 'Headline figures',
    item: 'Item',
    previousTotal: (year) => `Total expenditure ${year}`,
  },
};

/**
 * @tag budget-headline
 * @summary The headline figures of one budget document: total income and expenditure, the
 * basic/project split with shares, and the change on last year, each with the table it comes from.
 *
 * Its export menu offers the figures as CSV, one row per figure.
 *
 * @csspart figures - The list of figures (a `dl`).
 * @csspart figure - One figure: its name and value.
 */
export class BudgetHeadline extends BudgetElement {
  static override styles = [...BudgetElement.styles, headlineStyles];

  private figures?: { doc: BudgetDocument; figures: HeadlineFigures };

  /** The figures of the document shown, computed once per document. */
  private figuresOf(doc: BudgetDocument): HeadlineFigures {
    if (this.figures?.doc !== doc) this.figures = { doc, figures: headlineFigures(doc) };
    return this.figures.figures;
  }

  protected override *viewAmounts(): Iterable<ViewAmount> {
    const state = this.source.state;
    if (state.status !== 'ready') return;
    const h = this.figuresOf(state.document);
    for (const figure of [h.incomeTotal, h.expenditureTotal, h.basic, h.project]) if (figure) yield figure;
    if (h.change && h.expenditureTotal) {
      yield { amount: h.change.change.amount, unit: h.expenditureTotal.unit };
      yield h.change.previous;
    }
  }

  protected override renderDocument(doc: BudgetDocument) {
    const t = this.messages(MESSAGES);
    const h = this.figuresOf(doc);
    return html`
      <div class="toolbar">
        <p class="title">${t.title(h)}</p>
        ${this.renderExportMenu()}
      </div>
      <dl part="figures">
        ${this.renderFigure(t.income, h.incomeTotal)} ${this.renderFigure(t.expenditure, h.expenditureTotal)}
        ${this.renderFigure(t.basic, h.basic, h.basic?.share)} ${this.renderFigure(t.project, h.project, h.project?.share)}
        ${h.change && h.expenditureTotal
          ? html`<div class="figure" part="figure">
              <dt>${t.change}</dt>
              <dd>
                ${this.changeText(h.change.change, h.expenditureTotal.unit)}
                <span class="note">
                  ${this.previousText(h.change, t)}
                </span>
              </dd>
            </div>`
          : nothing}
      </dl>
    `;
  }

  /**
   * The figures as a table of two columns, name and exact amount: the change on last year signed
   * (negative for a decrease), the prior year's total marked when it is derived.
   * @internal
   */
  override exportTables(): DataTableSpec[] {
    const state = this.source.state;
    if (state.status !== 'ready') return [];
    const t = this.messages(MESSAGES);
    const h = this.figuresOf(state.document);
    const unit = h.expenditureTotal?.unit ?? state.document.meta.unit;
    const rows: DataTableRow[] = [];
    const add = (header: string, figure?: { amount: Dec; unit: MoneyUnit }) => figure && rows.push({ header, cells: [this.exactFigure(figure.amount, figure.unit)] });
    add(t.income, h.incomeTotal);
    add(t.expenditure, h.expenditureTotal);
    add(t.basic, h.basic);
    add(t.project, h.project);
    if (h.change && h.expenditureTotal) {
      const { change, previous, previousYear, derived } = h.change;
      const falling = change.direction === 'decrease' || change.direction === 'discontinued';
      add(t.change, { amount: falling ? change.amount.negated() : change.amount, unit: h.expenditureTotal.unit });
      add(`${t.previousTotal(previousYear)}${derived ? this.inBrackets(this.shared.derived) : ''}`, previous);
    }
    return [{ caption: t.tableCaption, unitNote: this.unitNote(unit), headerLabel: t.item, columns: [{ label: this.shared.amount, numeric: true, unit: this.amountUnit(unit) }], rows }];
  }

  private renderFigure(label: string, figure?: TracedFigure, share?: Dec | null) {
    if (!figure) return nothing;
    const t = this.messages(MESSAGES);
    return html`<div class="figure" part="figure">
      <dt>${label}</dt>
      <dd>
        ${this.unbroken(this.money(figure.amount, figure.unit))}
        <span class="note">${share ? `${t.share(formatPercent(share, this.effectiveLang))} · ` : ''}${t.source(figure.source)}</span>
      </dd>
    </div>`;
  }

  /** The change in the report's words, its amount at the view's precision and kept on one line. */
  private changeText(change: Change, from: MoneyUnit) {
    const shown = this.money(change.amount, from);
    return this.unbrokenIn(changePhrase(change, this.effectiveLang, { unit: from, formatAmount: () => shown }), [shown]);
  }

  private previousText(change: NonNullable<HeadlineFigures['change']>, t: HeadlineMessages) {
    const amount = this.money(change.previous.amount, change.previous.unit);
    return this.unbrokenIn((change.derived ? t.derived : t.stated)(change.previousYear, amount), [amount]);
  }
}
