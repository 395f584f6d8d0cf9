// Entry of dist/components/budget-project-cards.js: loading it defines <budget-project-cards>.
import { BudgetProjectCards } from '../components/budget-project-cards/budget-project-cards.js';
import { defineElement } from './define-element.js';

export { BudgetProjectCards };
defineElement('budget-project-cards', BudgetProjectCards);
