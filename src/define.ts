import { BudgetAudit } from './components/budget-audit/budget-audit.js';
import { BudgetExplorer } from './components/budget-explorer/budget-explorer.js';
import { BudgetHeadline } from './components/budget-headline/budget-headline.js';
import { BudgetProjectCard } from './components/budget-project-cards/budget-project-card.js';
import { BudgetProjectCards } from './components/budget-project-cards/budget-project-cards.js';
import { BudgetReport } from './components/budget-report/budget-report.js';
import { BudgetSplit } from './components/budget-split/budget-split.js';
import { BudgetSunburst } from './components/budget-sunburst/budget-sunburst.js';
import { BudgetYoy } from './components/budget-yoy/budget-yoy.js';
import { defineElement } from './elements/define-element.js';

/** Every element of budget-viz with its tag; importing a component class alone registers nothing. */
export const ELEMENTS = {
  'budget-headline': BudgetHeadline,
  'budget-sunburst': BudgetSunburst,
  'budget-split': BudgetSplit,
  'budget-yoy': BudgetYoy,
  'budget-project-card': BudgetProjectCard,
  'budget-project-cards': BudgetProjectCards,
  'budget-report': BudgetReport,
  'budget-audit': BudgetAudit,
  'budget-explorer': BudgetExplorer,
} as const;

/** Registers every element that is not registered yet (a page may load budget-viz twice, whole or by element). */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) defineElement(tag, element, registry);
}

declare global {
  interface HTMLElementTagNameMap {
    'budget-headline': BudgetHeadline;
    'budget-sunburst': BudgetSunburst;
    'budget-split': BudgetSplit;
    'budget-yoy': BudgetYoy;
    'budget-project-card': BudgetProjectCard;
    'budget-project-cards': BudgetProjectCards;
    'budget-report': BudgetReport;
    'budget-audit': BudgetAudit;
    'budget-explorer': BudgetExplorer;
  }
}
