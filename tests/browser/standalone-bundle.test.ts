// The build contract for portals: one <script type="module"> tag with dist/budget-viz.js defines
// every element. This file imports nothing from src/, so only the bundle can define them.
import { expect } from '@open-wc/testing';

const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-card', 'budget-project-cards', 'budget-report', 'budget-audit'];

describe('dist/budget-viz.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/budget-viz.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error('dist/budget-viz.js did not load: run npm run build')));
    });
    document.head.append(script);
    await loaded;
  });

  it('defines every custom element of budget-viz', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the reference report in an element made from plain HTML', async () => {
    const el = document.createElement('budget-headline') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    el.setAttribute('lang', 'en');
    document.body.append(el);
    el.data = await fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Total expenditure');
    expect(el.shadowRoot!.textContent).to.contain('484.55 (10,000 yuan)');
  });
});
