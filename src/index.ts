export * from './core/index.js';
export { BudgetHeadline } from './components/budget-headline/budget-headline.js';
export { defineElements, ELEMENTS } from './define.js';
