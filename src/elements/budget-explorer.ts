// Entry of dist/components/budget-explorer.js: loading it defines <budget-explorer> and the
// elements it opens (<budget-report> with its views, <budget-yoy>). Defined here by name, not by
// importing their entries for effect: package.json's "sideEffects" lets the bundler drop those.
import { BudgetAudit } from '../components/budget-audit/budget-audit.js';
import { BudgetExplorer } from '../components/budget-explorer/budget-explorer.js';
import { BudgetHeadline } from '../components/budget-headline/budget-headline.js';
import { BudgetProjectCards } from '../components/budget-project-cards/budget-project-cards.js';
import { BudgetReport } from '../components/budget-report/budget-report.js';
import { BudgetSplit } from '../components/budget-split/budget-split.js';
import { BudgetSunburst } from '../components/budget-sunburst/budget-sunburst.js';
import { BudgetYoy } from '../components/budget-yoy/budget-yoy.js';
import { defineElement } from './define-element.js';

export { BudgetExplorer };
defineElement('budget-headline', BudgetHeadline);
defineElement('budget-sunburst', BudgetSunburst);
defineElement('budget-split', BudgetSplit);
defineElement('budget-yoy', BudgetYoy);
defineElement('budget-project-cards', BudgetProjectCards);
defineElement('budget-audit', BudgetAudit);
defineElement('budget-report', BudgetReport);
defineElement('budget-explorer', BudgetExplorer);
