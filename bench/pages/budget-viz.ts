// budget-viz's sunburst alone, registered the way a bundler user would, without the other elements.
import { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';
import { nextFrame, register } from './api.js';

customElements.define('budget-sunburst', BudgetSunburst);

let element: BudgetSunburst;
let animate = false;

/** Until lit has no update pending: a zoom moves keyboard focus, which renders once more. */
async function settled(): Promise<void> {
  do await element.updateComplete;
  while (element.isUpdatePending);
}

register({
  async render(data, container) {
    element = document.createElement('budget-sunburst');
    container.append(element);
    element.data = data;
    await settled();
    // The ResizeController measures after the first paint and may ask for one more render.
    await nextFrame();
    await settled();
  },
  async zoom(id) {
    const arc = element.shadowRoot!.querySelector(`path[data-id="${CSS.escape(id)}"]`)!;
    const ended = animate ? new Promise((resolve) => element.shadowRoot!.addEventListener('animationend', resolve, { once: true })) : undefined;
    arc.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settled();
    await ended;
  },
  async zoomOut() {
    const ended = animate ? new Promise((resolve) => element.shadowRoot!.addEventListener('animationend', resolve, { once: true })) : undefined;
    element.shadowRoot!.querySelector('#arc-centre')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settled();
    await ended;
  },
  // The harness switches prefers-reduced-motion, the one switch budget-viz's animation obeys.
  async setAnimation(on) {
    animate = on;
  },
});
