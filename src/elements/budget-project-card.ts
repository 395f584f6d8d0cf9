// Entry of dist/components/budget-project-card.js: loading it defines <budget-project-card>.
import { BudgetProjectCard } from '../components/budget-project-cards/budget-project-card.js';
import { defineElement } from './define-element.js';

export { BudgetProjectCard };
defineElement('budget-project-card', BudgetProjectCard);
