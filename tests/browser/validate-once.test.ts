// A report validates its document once; the views in its shadow root take it as it is. Data a
// page gives an element of its own is validated every time, even a document a report validated.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import { validationRuns } from '../../src/controllers/budget-data-controller.js';
import { defineElements } from '../../src/define.js';

defineElements();

type Budget = HTMLElement & { data: unknown; updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

const VIEWS = 'budget-headline, budget-sunburst, budget-split, budget-yoy, budget-project-cards, budget-audit';
const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

async function settle(report: BudgetReport): Promise<Budget[]> {
  await waitUntil(() => report.shadowRoot!.querySelector('budget-audit'), 'the report renders');
  const views = [...report.shadowRoot!.querySelectorAll<Budget>(VIEWS)];
  for (let i = 0; i < 3; i++) {
    for (const view of views) await view.updateComplete;
    await aTimeout(0);
  }
  return views;
}

describe('validation of a report’s document', () => {
  it('runs once for a report given data, not again in each of its views', async () => {
    const data = await reference();
    const before = validationRuns.count;
    const report = await fixture<BudgetReport>(html`<budget-report .data=${data}></budget-report>`);
    const views = await settle(report);
    // Every view drew the document: none shows a loading, empty or error state.
    expect(views.map((v) => `${v.localName} ${v.shadowRoot.querySelector('[part="state"]') === null}`)).to.deep.equal(VIEWS.split(', ').map((tag) => `${tag} true`));
    expect(validationRuns.count - before).to.equal(1);
  });

  it('runs once for a report given src', async () => {
    const before = validationRuns.count;
    const report = await fixture<BudgetReport>(html`<budget-report src="/data/fenyang-xinfang-2024.json"></budget-report>`);
    await settle(report);
    expect(validationRuns.count - before).to.equal(1);
  });

  it('still validates data a page sets on an element of its own, even the document a report validated', async () => {
    const report = await fixture<BudgetReport>(html`<budget-report .data=${await reference()}></budget-report>`);
    const [headline] = await settle(report);
    const validated = headline.data as { meta: { fiscalYear: unknown } };
    validated.meta.fiscalYear = 'not a year';
    const own = await fixture<Budget>(html`<budget-headline></budget-headline>`);
    const before = validationRuns.count;
    own.data = validated;
    await own.updateComplete;
    expect(validationRuns.count - before).to.equal(1);
    expect(own.shadowRoot.textContent).to.match(/fiscalYear/);
  });
});
