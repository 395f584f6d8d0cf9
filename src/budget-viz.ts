// Entry of the self-contained bundle dist/budget-viz.js: loading it defines every element.
import { defineElements } from './define.js';

export * from './index.js';
defineElements();
