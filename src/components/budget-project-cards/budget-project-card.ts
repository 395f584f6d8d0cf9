import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { projectViews, type ProjectView } from '../../core/projects.js';
import type { BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { anyText } from '../base/attribute-rules.js';
import { BudgetElement } from '../base/budget-element.js';
import { renderProjectCard } from './project-card-template.js';
import { PROJECT_CARD_MESSAGES } from './project-cards.messages.js';
import { projectCardStyles } from './budget-project-cards.styles.js';

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
    if (state.status === 'ready') this.view = projectViews(state.document).find((v) => v.id === this.project);
  }

  protected override isEmpty(_doc: BudgetDocument): boolean {
    return !this.view;
  }

  protected override renderDocument(): TemplateResult {
    return html`${renderProjectCard(this.view!, {
      t: this.messages(PROJECT_CARD_MESSAGES),
      lang: this.effectiveLang,
      money: (amount, from) => this.money(amount, from),
      open: this.open,
      toggle: () => (this.open = !this.open),
      inBrackets: (text) => this.inBrackets(text),
    })}`;
  }
}
