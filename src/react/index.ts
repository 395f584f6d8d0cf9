// budget-viz/react: one React component per element, made by @lit/react. React 18 and earlier
// pass every prop of a custom element as an attribute (a `data` object would arrive as
// "[object Object]") and cannot listen to its events; these components set properties and map
// each `budget-*` event to an `onBudget…` prop, with types, in every React version.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { BudgetAudit as BudgetAuditElement } from '../components/budget-audit/budget-audit.js';
import { BudgetExplorer as BudgetExplorerElement, type BudgetExplorerSelectDetail } from '../components/budget-explorer/budget-explorer.js';
import { BudgetHeadline as BudgetHeadlineElement } from '../components/budget-headline/budget-headline.js';
import { BudgetProjectCard as BudgetProjectCardElement } from '../components/budget-project-cards/budget-project-card.js';
import { BudgetProjectCards as BudgetProjectCardsElement } from '../components/budget-project-cards/budget-project-cards.js';
import { BudgetReport as BudgetReportElement } from '../components/budget-report/budget-report.js';
import { BudgetSplit as BudgetSplitElement } from '../components/budget-split/budget-split.js';
import { BudgetSunburst as BudgetSunburstElement, type BudgetSelectDetail } from '../components/budget-sunburst/budget-sunburst.js';
import { BudgetYoy as BudgetYoyElement } from '../components/budget-yoy/budget-yoy.js';
import type { LoadError } from '../controllers/budget-data-controller.js';
import type { BudgetExportDetail } from '../controllers/export-controller.js';
import type { BudgetCollection, BudgetDocument } from '../core/schema/budget-types.generated.js';
import { defineElements } from '../define.js';

export type { BudgetExplorerSelectDetail, BudgetExportDetail, BudgetSelectDetail };

/** `detail` of `budget-load`: the document shown (the chosen or newest entry of a collection). */
export interface BudgetLoadDetail {
  document: BudgetDocument;
}

/** `detail` of `budget-error`: what went wrong, as the element's alert states it. */
export type BudgetErrorDetail = LoadError;

/** The events every element fires, as React props. */
const ELEMENT_EVENTS = {
  onBudgetLoad: 'budget-load' as EventName<CustomEvent<BudgetLoadDetail>>,
  onBudgetError: 'budget-error' as EventName<CustomEvent<BudgetErrorDetail>>,
  onBudgetExport: 'budget-export' as EventName<CustomEvent<BudgetExportDetail>>,
};

/**
 * …and of the elements where a 科目 can be chosen. `<budget-report>` has it too: the
 * `budget-select` of its inner sunburst and split leaves its shadow root (the events are composed).
 */
const SELECT_EVENTS = {
  ...ELEMENT_EVENTS,
  onBudgetSelect: 'budget-select' as EventName<CustomEvent<BudgetSelectDetail>>,
};

// A server render (Next.js, Remix) imports this module where there is no custom element registry;
// the elements are then defined when the same module loads in the browser.
if (typeof customElements !== 'undefined') defineElements();

export const BudgetHeadline = createComponent({
  react: React,
  tagName: 'budget-headline',
  elementClass: BudgetHeadlineElement,
  events: ELEMENT_EVENTS,
  displayName: 'BudgetHeadline',
});

export const BudgetSunburst = createComponent({
  react: React,
  tagName: 'budget-sunburst',
  elementClass: BudgetSunburstElement,
  events: SELECT_EVENTS,
  displayName: 'BudgetSunburst',
});

export const BudgetSplit = createComponent({
  react: React,
  tagName: 'budget-split',
  elementClass: BudgetSplitElement,
  events: SELECT_EVENTS,
  displayName: 'BudgetSplit',
});

export const BudgetYoy = createComponent({
  react: React,
  tagName: 'budget-yoy',
  elementClass: BudgetYoyElement,
  events: ELEMENT_EVENTS,
  displayName: 'BudgetYoy',
});

export const BudgetProjectCards = createComponent({
  react: React,
  tagName: 'budget-project-cards',
  elementClass: BudgetProjectCardsElement,
  events: ELEMENT_EVENTS,
  displayName: 'BudgetProjectCards',
});

export const BudgetProjectCard = createComponent({
  react: React,
  tagName: 'budget-project-card',
  elementClass: BudgetProjectCardElement,
  events: ELEMENT_EVENTS,
  displayName: 'BudgetProjectCard',
});

export const BudgetAudit = createComponent({
  react: React,
  tagName: 'budget-audit',
  elementClass: BudgetAuditElement,
  events: SELECT_EVENTS,
  displayName: 'BudgetAudit',
});

export const BudgetReport = createComponent({
  react: React,
  tagName: 'budget-report',
  elementClass: BudgetReportElement,
  events: SELECT_EVENTS,
  displayName: 'BudgetReport',
});

/** Over a collection index: `onBudgetSelect` gives the chosen entries' ids, `onBudgetLoad` the index. */
export const BudgetExplorer = createComponent({
  react: React,
  tagName: 'budget-explorer',
  elementClass: BudgetExplorerElement,
  events: {
    onBudgetLoad: 'budget-load' as EventName<CustomEvent<{ collection: BudgetCollection }>>,
    onBudgetError: ELEMENT_EVENTS.onBudgetError,
    onBudgetSelect: 'budget-select' as EventName<CustomEvent<BudgetExplorerSelectDetail>>,
  },
  displayName: 'BudgetExplorer',
});
