// The whole library, as the script tag of dist/budget-viz.js gives it, showing <budget-report>.
// Called, not imported for its effect: package.json "sideEffects" lets a bundler drop a bare import of src/.
import { defineElements } from '../../src/define.js';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import { nextFrame, register } from './api.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown>; isUpdatePending: boolean };

/** Every budget-viz element under `root`, through shadow roots. */
function elements(root: ParentNode): Lit[] {
  const found: Lit[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('budget-')) found.push(el as Lit);
    if (el.shadowRoot) found.push(...elements(el.shadowRoot));
  }
  return found;
}

/** Until no element of the report, inner views included, has an update pending and no new one appeared. */
async function allPainted(report: Lit): Promise<void> {
  for (;;) {
    const all = [report, ...elements(report.shadowRoot ?? report)];
    await Promise.all(all.map((el) => el.updateComplete));
    await nextFrame();
    const busy = all.some((el) => el.isUpdatePending);
    if (!busy && elements(report.shadowRoot ?? report).length === all.length - 1) return;
  }
}

defineElements();

let report: BudgetReport;
register({
  async render(data, container) {
    report = document.createElement('budget-report');
    container.append(report);
    report.data = data;
    // Registration may be deferred (an element loaded on demand): wait for the class, as a page would.
    await customElements.whenDefined('budget-report');
    await allPainted(report as unknown as Lit);
  },
  async zoom() {},
  async zoomOut() {},
  async setAnimation() {},
});
