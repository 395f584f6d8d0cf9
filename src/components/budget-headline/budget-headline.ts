import { html, nothing } from 'lit';
import { changePhrase, type Change } from '../../core/change.js';
import type { Dec } from '../../core/decimal.js';
import { formatPercent } from '../../core/format.js';
import { headlineFigures, type HeadlineFigures, type TracedFigure } from '../../core/headline.js';
import { tableIdsEn } from '../../core/table-name.js';
import type { BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import { convertAmount } from '../../core/units.js';
import type { Catalog } from '../../i18n/lang.js';
import { BudgetElement } from '../base/budget-element.js';
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
  },
};

/**
 * @tag budget-headline
 * @summary The headline figures of one budget document: total income and expenditure, the
 * basic/project split with shares, and the change on last year, each with the table it comes from.
 *
 * @csspart figures - The list of figures (a `dl`).
 * @csspart figure - One figure: its name and value.
 */
export class BudgetHeadline extends BudgetElement {
  static override styles = [...BudgetElement.styles, headlineStyles];

  protected override renderDocument(doc: BudgetDocument) {
    const t = this.messages(MESSAGES);
    const h = headlineFigures(doc);
    return html`
      <p class="title">${t.title(h)}</p>
      <dl part="figures">
        ${this.renderFigure(t.income, h.incomeTotal)} ${this.renderFigure(t.expenditure, h.expenditureTotal)}
        ${this.renderFigure(t.basic, h.basic, h.basic?.share)} ${this.renderFigure(t.project, h.project, h.project?.share)}
        ${h.change && h.expenditureTotal
          ? html`<div class="figure" part="figure">
              <dt>${t.change}</dt>
              <dd>
                ${this.changeText(h.change.change, h.expenditureTotal.unit)}
                <span class="note">
                  ${(h.change.derived ? t.derived : t.stated)(h.change.previousYear, this.money(h.change.previous.amount, h.change.previous.unit))}
                </span>
              </dd>
            </div>`
          : nothing}
      </dl>
    `;
  }

  private renderFigure(label: string, figure?: TracedFigure, share?: Dec | null) {
    if (!figure) return nothing;
    const t = this.messages(MESSAGES);
    return html`<div class="figure" part="figure">
      <dt>${label}</dt>
      <dd>
        ${this.money(figure.amount, figure.unit)}
        <span class="note">${share ? `${t.share(formatPercent(share, this.effectiveLang))} · ` : ''}${t.source(figure.source)}</span>
      </dd>
    </div>`;
  }

  private changeText(change: Change, from: MoneyUnit): string {
    const to = this.unit ?? from;
    return changePhrase({ ...change, amount: convertAmount(change.amount, from, to) }, this.effectiveLang, { unit: to });
  }
}
