// Entry of dist/components/budget-headline.js: loading it defines <budget-headline>.
import { BudgetHeadline } from '../components/budget-headline/budget-headline.js';
import { defineElement } from './define-element.js';

export { BudgetHeadline };
defineElement('budget-headline', BudgetHeadline);
