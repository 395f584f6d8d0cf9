// Entry of dist/components/budget-audit.js: loading it defines <budget-audit>.
import { BudgetAudit } from '../components/budget-audit/budget-audit.js';
import { defineElement } from './define-element.js';

export { BudgetAudit };
defineElement('budget-audit', BudgetAudit);
