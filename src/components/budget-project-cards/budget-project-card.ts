import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { projectViews, type ProjectView } from '../../core/projects.js';
import { BudgetInputError } from '../../core/errors.js';
import { anyText } from '../base/attribute-rules.js';
import { BudgetElement, type ViewAmount } from '../base/budget-element.js';
import { cardAmounts, renderProjectCard } from './project-card-template.js';
import { PROJECT_CARD_MESSAGES } from './project-cards.messages.js';
import { projectCardStyles } from './budget-project-cards.styles.js';

/** The project `id` names; an id the document lacks is named with the ids it has, not shown as an empty card. */
function projectOfId(views: ProjectView[], id: string): ProjectView {
  const view = views.find((v) => v.id === id);
  if (view) return view;
  // Ids that contain what was written come first: `legal` was probably meant as `legal-adviser`.
  const likely = [...views.filter((v) => id !== '' && v.id.includes(id)), ...views.filter((v) => id === '' || !v.id.includes(id))];
  const ids = likely.slice(0, 5).map((v) => v.id).join(', ') + (views.length > 5 ? ', …' : '');
  throw new BudgetInputError({
    code: 'unknown-project',
    messageZh: `属性 project 应为文档中某个项目的 id（文档中有：${ids || '无'}）`,
    messageEn: `the project attribute should be the id of a project of the document (it has: ${ids || 'none'})`,
    found: JSON.stringify(id),
    path: '$.projects',
  });
}

/**
 * @tag budget-project-card
 * @summary One project of a document, by its id, as a card with its 绩效目标表 (the same card as
 * in `<budget-project-cards>`), for a page that writes about a single project.
 *
 * @csspart card - The card.
 * @csspart card-toggle - The button that opens or closes the details.
 */
export class BudgetProjectCard extends BudgetElement {
  static override styles = [...BudgetElement.styles, projectCardStyles];
  /** @internal */
  static override attributeRules = { ...BudgetElement.attributeRules, project: anyText('project', '') };

  /** The project's id in the document (`projects[].units[].projects[].id`). */
  @property({ reflect: true }) project = '';

  /** Whether the details are open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private view?: ProjectView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.source.state;
    if (state.status === 'ready') this.view = projectOfId(projectViews(state.document), this.project);
  }

  protected override viewAmountsSources(): readonly unknown[] {
    return [this.view];
  }

  protected override viewAmounts(): Iterable<ViewAmount> {
    return this.view ? cardAmounts(this.view) : [];
  }

  protected override renderDocument(): TemplateResult {
    return html`${renderProjectCard(this.view!, {
      t: this.messages(PROJECT_CARD_MESSAGES),
      lang: this.effectiveLang,
      money: (amount, from) => this.money(amount, from),
      unbroken: (text) => this.unbroken(text),
      unbrokenIn: (text, figures) => this.unbrokenIn(text, figures),
      open: this.open,
      printing: this.printing,
      toggle: () => (this.open = !this.open),
      inBrackets: (text) => this.inBrackets(text),
    })}`;
  }
}
