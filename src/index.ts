export * from './core/index.js';
export { BudgetHeadline } from './components/budget-headline/budget-headline.js';
export { BudgetSunburst, type BudgetSelectDetail, type SunburstMetric } from './components/budget-sunburst/budget-sunburst.js';
export { BudgetSplit } from './components/budget-split/budget-split.js';
export { BudgetYoy } from './components/budget-yoy/budget-yoy.js';
export { BudgetElement } from './components/base/budget-element.js';
export { defineElements, ELEMENTS } from './define.js';
