// Entry of dist/components/budget-yoy.js: loading it defines <budget-yoy>.
import { BudgetYoy } from '../components/budget-yoy/budget-yoy.js';
import { defineElement } from './define-element.js';

export { BudgetYoy };
defineElement('budget-yoy', BudgetYoy);
