import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { changePhrase, type Change } from '../../core/change.js';
import { formatAmount, formatPercent, type Lang } from '../../core/format.js';
import { headlineFigures, type HeadlineFigures, type TracedFigure } from '../../core/headline.js';
import type { BudgetDocument, MoneyUnit } from '../../core/schema/budget-types.generated.js';
import { convertAmount } from '../../core/units.js';
import { validateBudgetFile, type ValidationIssue } from '../../core/validate/index.js';
import { headlineStyles } from './budget-headline.styles.js';

const MESSAGES = {
  'zh-CN': {
    title: (h: HeadlineFigures) => `${h.department} ${h.fiscalYear}年${h.kind === 'final' ? '部门决算' : '部门预算'}`,
    income: '收入总计',
    expenditure: '支出总计',
    basic: '基本支出',
    project: '项目支出',
    change: '比上年',
    share: (p: string) => `占${p}`,
    source: (s: string) => `来源：${s}`,
    derived: (year: number, amount: string) => `${year}年数据由说明中的增减额推算：${amount}`,
    stated: (year: number, amount: string) => `${year}年：${amount}`,
    invalid: '预算数据无效，无法显示：',
    notADocument: '这是一个文档集，请选择其中一个文档。',
    more: (n: number) => `另有 ${n} 处问题`,
  },
  en: {
    title: (h: HeadlineFigures) => `${h.department}: ${h.kind === 'final' ? 'final accounts' : 'budget'} ${h.fiscalYear}`,
    income: 'Total income',
    expenditure: 'Total expenditure',
    basic: 'Basic expenditure',
    project: 'Project expenditure',
    change: 'On last year',
    share: (p: string) => `${p} of the total`,
    source: (s: string) => `Source: ${s}`,
    derived: (year: number, amount: string) => `${year} figure derived from the change stated in the report: ${amount}`,
    stated: (year: number, amount: string) => `${year}: ${amount}`,
    invalid: 'The budget data is not valid and cannot be shown:',
    notADocument: 'This is a collection; choose one of its documents.',
    more: (n: number) => `${n} more problem(s)`,
  },
} as const;

const MAX_ISSUES_SHOWN = 5;

/**
 * @summary The headline figures of one budget document: total income and expenditure, the
 * basic/project split with shares, and the change on last year, each with the table it comes from.
 *
 * @csspart figures - The list of figures (a `dl`).
 * @csspart figure - One figure: its name and value.
 * @csspart error - The message shown when the data is not a valid budget document.
 *
 * @cssprop [--budget-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif] - Font of all text.
 * @cssprop [--budget-font-size=16px] - Base font size; nothing is drawn smaller than 12px.
 * @cssprop [--budget-color-text=#1f2328] - Text colour.
 * @cssprop [--budget-color-muted=#57606a] - Colour of labels and notes.
 * @cssprop [--budget-color-surface=#ffffff] - Background.
 * @cssprop [--budget-color-border=#d0d7de] - Border of each figure.
 * @cssprop [--budget-color-danger=#b42318] - Border of the error message.
 */
export class BudgetHeadline extends LitElement {
  static override styles = headlineStyles;

  /** The budget document (parsed JSON). It is validated before anything is shown. */
  @property({ attribute: false }) data?: unknown;

  /** Language of every visible string: `zh-CN` (default) or `en`. */
  @property({ reflect: true }) override lang: Lang = 'zh-CN';

  /** Unit of the amounts shown; defaults to the unit of the report's tables. */
  @property() unit?: MoneyUnit;

  private issues: ValidationIssue[] = [];
  private figures?: HeadlineFigures;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('data')) return;
    this.figures = undefined;
    this.issues = [];
    if (this.data === undefined) return;
    const result = validateBudgetFile(this.data);
    if (!result.valid) this.issues = result.issues;
    else if (result.value.type === 'budget-document') this.figures = headlineFigures(result.value as BudgetDocument);
  }

  protected override render() {
    const t = MESSAGES[this.lang === 'en' ? 'en' : 'zh-CN'];
    if (this.issues.length > 0) return this.renderIssues();
    if (!this.figures) return this.data === undefined ? nothing : html`<p part="error" role="alert">${t.notADocument}</p>`;
    const h = this.figures;
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
                  ${(h.change.derived ? t.derived : t.stated)(h.change.previousYear, this.amount(h.change.previous))}
                </span>
              </dd>
            </div>`
          : nothing}
      </dl>
    `;
  }

  private renderFigure(label: string, figure?: TracedFigure, share?: TracedFigure['amount'] | null) {
    if (!figure) return nothing;
    const t = MESSAGES[this.lang === 'en' ? 'en' : 'zh-CN'];
    return html`<div class="figure" part="figure">
      <dt>${label}</dt>
      <dd>
        ${this.amount(figure)}
        <span class="note">${share ? `${t.share(formatPercent(share, this.lang))} · ` : ''}${t.source(figure.source)}</span>
      </dd>
    </div>`;
  }

  private changeText(change: Change, from: MoneyUnit): string {
    const to = this.unit ?? from;
    return changePhrase({ ...change, amount: convertAmount(change.amount, from, to) }, this.lang, { unit: to });
  }

  private amount(figure: TracedFigure): string {
    return formatAmount(figure.amount, this.lang, { from: figure.unit, to: this.unit ?? figure.unit });
  }

  private renderIssues() {
    const t = MESSAGES[this.lang === 'en' ? 'en' : 'zh-CN'];
    const shown = this.issues.slice(0, MAX_ISSUES_SHOWN);
    const rest = this.issues.length - shown.length;
    return html`<div part="error" role="alert">
      ${t.invalid}
      <ul>
        ${shown.map((issue) => html`<li>${this.lang === 'en' ? issue.message.en : issue.message.zh}</li>`)}
        ${rest > 0 ? html`<li>${t.more(rest)}</li>` : nothing}
      </ul>
    </div>`;
  }
}
