// Entry of dist/components/budget-split.js: loading it defines <budget-split>.
import { BudgetSplit } from '../components/budget-split/budget-split.js';
import { defineElement } from './define-element.js';

export { BudgetSplit };
defineElement('budget-split', BudgetSplit);
