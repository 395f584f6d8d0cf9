// The bench's floor rows time a copy of budget-viz's DOM with no script (bench/pages/static-dom.ts).
// The floor means something only if the copy is what the element showed: the same elements, text
// and styles, hence the same layout, box for box.
import { expect, fixture, html } from '@open-wc/testing';
import { harness } from '../../bench/pages/api.js';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import { defineElements } from '../../src/define.js';

defineElements();

type Budget = HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean };

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

/** Every element under `root`, through shadow roots, in document order. */
function elementsUnder(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? elementsUnder(element.shadowRoot) : [])]);
}

/** Each element's tag, size and place relative to `container`, rounded to whole px, and its text when it has no element children. */
function layoutOf(container: HTMLElement): string[] {
  const origin = container.getBoundingClientRect();
  return elementsUnder(container)
    .filter((element) => element.localName !== 'style')
    .map((element) => {
      const box = element.getBoundingClientRect();
      const text = element.children.length === 0 ? (element.textContent ?? '').trim() : '';
      return `${element.localName} ${Math.round(box.left - origin.left)},${Math.round(box.top - origin.top)} ${Math.round(box.width)}×${Math.round(box.height)} ${text}`;
    });
}

/** Until no budget-viz element under `root` has an update pending, inner views included. */
async function settled(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const views = elementsUnder(root).filter((element): element is Budget => element.localName.startsWith('budget-'));
    await Promise.all(views.map((view) => view.updateComplete));
    await new Promise(requestAnimationFrame);
    if (!views.some((view) => view.isUpdatePending)) return;
  }
}

/**
 * Renders `template` in #chart, takes the snapshot, and shows it in a box of the same width in a
 * frame where, as on the static page, no element is defined (here one would upgrade and redraw).
 */
async function copyOf(template: ReturnType<typeof html>): Promise<{ original: HTMLElement; copy: HTMLElement }> {
  const original = await fixture<HTMLElement>(html`<div id="chart" style="width: 640px">${template}</div>`);
  await settled(original);
  const snapshot = harness.snapshot();
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 1000px; height: 800px; border: 0"></iframe>`);
  const copy = frame.contentDocument!.createElement('div');
  copy.style.width = '640px';
  frame.contentDocument!.body.append(copy);
  copy.setHTMLUnsafe(snapshot);
  return { original, copy };
}

describe('the bench’s static copy of a drawn DOM', () => {
  it('lays out a sunburst box for box as the element drew it', async () => {
    const { original, copy } = await copyOf(html`<budget-sunburst .data=${await reference()}></budget-sunburst>`);
    const drawn = layoutOf(original);
    expect(drawn.filter((line) => line.startsWith('path ')).length).to.be.greaterThan(10);
    expect(layoutOf(copy)).to.deep.equal(drawn);
  });

  it('lays out a whole report, every view inside it, as the report drew it', async () => {
    const { original, copy } = await copyOf(html`<budget-report .data=${await reference()}></budget-report>`);
    const report = original.querySelector<BudgetReport>('budget-report')!;
    const drawn = layoutOf(original);
    expect(elementsUnder(report.shadowRoot!).some((element) => element.localName === 'budget-audit')).to.equal(true);
    expect(layoutOf(copy)).to.deep.equal(drawn);
  });
});
