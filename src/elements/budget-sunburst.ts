// Entry of dist/components/budget-sunburst.js: loading it defines <budget-sunburst>.
import { BudgetSunburst } from '../components/budget-sunburst/budget-sunburst.js';
import { defineElement } from './define-element.js';

export { BudgetSunburst };
defineElement('budget-sunburst', BudgetSunburst);
