// Entry of dist/components/budget-explorer.js: loading it defines <budget-explorer>. The elements
// it opens (<budget-report> with its views, <budget-yoy> among them) are fetched once its index has loaded,
// off the path to the first list, and upgrade in place if a department was opened before.
import { BudgetExplorer } from '../components/budget-explorer/budget-explorer.js';
import { defineElement } from './define-element.js';

export { BudgetExplorer };
defineElement('budget-explorer', BudgetExplorer);

let viewsRequested = false;
document.addEventListener(
  'budget-load',
  (event) => {
    if (viewsRequested || !(event.target instanceof BudgetExplorer)) return;
    viewsRequested = true;
    // A failed fetch (the reader went offline) is tried again at the next load.
    import('./budget-report.js').catch(() => (viewsRequested = false));
  },
  true,
);
