// budget-viz/react in a React 19 app: objects reach the elements as properties, `budget-*` events
// reach `onBudget…` props, and new props re-render. Written with createElement, as JSX compiles to.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createElement, type ComponentProps } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { BudgetSplit as BudgetSplitElement } from '../../src/components/budget-split/budget-split.js';
import type { BudgetSunburst as BudgetSunburstElement } from '../../src/components/budget-sunburst/budget-sunburst.js';
import { BudgetSplit, BudgetSunburst, type BudgetSelectDetail } from '../../src/react/index.js';

const REFERENCE_URL = '/data/fenyang-xinfang-2024.json';
const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-card', 'budget-project-cards', 'budget-report', 'budget-audit'];

type SelectEvent = CustomEvent<BudgetSelectDetail>;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '800px';
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
});

/** Renders now, as React does on a user's click, so the elements exist when this returns. */
function render(sunburst: ComponentProps<typeof BudgetSunburst>, split: ComponentProps<typeof BudgetSplit>) {
  flushSync(() => root.render(createElement('div', null, createElement(BudgetSunburst, sunburst), createElement(BudgetSplit, split))));
}

const sunburstOf = () => container.querySelector<BudgetSunburstElement>('budget-sunburst')!;
const splitOf = () => container.querySelector<BudgetSplitElement>('budget-split')!;
const arc = (id: string) => sunburstOf().shadowRoot!.querySelector<SVGPathElement>(`path[data-id="${id}"]`);
const reference = () => fetch(REFERENCE_URL).then((r) => r.json());

describe('budget-viz/react', () => {
  it('defines every element when imported', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the elements with the document set as a property, and passes events to onBudgetSelect', async () => {
    const doc = await reference();
    const sunburstSelects: SelectEvent[] = [];
    const splitSelects: SelectEvent[] = [];
    const loads: string[] = [];
    render(
      { data: doc, lang: 'en', onBudgetSelect: (e) => sunburstSelects.push(e), onBudgetLoad: (e) => loads.push(e.detail.document.meta.department.name) },
      { data: doc, lang: 'en', onBudgetSelect: (e) => splitSelects.push(e) },
    );
    // The object itself, not "[object Object]" in an attribute.
    expect(sunburstOf().data).to.equal(doc);
    expect(splitOf().data).to.equal(doc);
    expect(sunburstOf().hasAttribute('data')).to.equal(false);
    expect(sunburstOf().lang).to.equal('en');
    await waitUntil(() => arc('201'), 'the sunburst draws', { timeout: 5000 });
    await waitUntil(() => splitOf().shadowRoot!.querySelector('.subject-row'), 'the split draws', { timeout: 5000 });
    expect(splitOf().shadowRoot!.textContent).to.contain('Basic expenditure');
    expect(loads).to.deep.equal(['汾阳市信访局']);

    arc('201')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => sunburstSelects.length === 1, 'onBudgetSelect is called');
    expect(sunburstSelects[0].type).to.equal('budget-select');
    expect(sunburstSelects[0].detail).to.deep.equal({ code: '201', name: '一般公共服务支出', amount: '438.89', unit: '万元' });

    // By keyboard: from the centre (the selected 类), down to its largest 款 and Enter.
    sunburstOf().shadowRoot!.querySelector<SVGElement>('#arc-centre')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sunburstSelects.length === 2, 'onBudgetSelect is called from the keyboard');
    expect(sunburstSelects[1].detail.code).to.equal('20140');

    splitOf().shadowRoot!.querySelectorAll<HTMLButtonElement>('.subject-row')[3].click();
    await waitUntil(() => splitSelects.length === 1, 'the split’s onBudgetSelect is called');
    expect(splitSelects[0].detail).to.deep.include({ code: '221', name: '住房保障支出', amount: '14.44' });
    // Each element's handler hears its own element only.
    expect(sunburstSelects).to.have.length(2);
  });

  it('re-renders when props change, and calls the handler of the latest render', async () => {
    const doc = await reference();
    const first: SelectEvent[] = [];
    const second: SelectEvent[] = [];
    render({ data: doc, lang: 'en', onBudgetSelect: (e) => first.push(e) }, { data: doc, lang: 'en' });
    await waitUntil(() => arc('201'), 'the sunburst draws', { timeout: 5000 });
    expect(arc('201')!.getAttribute('aria-label')).to.equal('一般公共服务支出, 438.89 (10,000 yuan), 90.58%');

    render({ data: doc, lang: 'zh-CN', unit: '元', selected: '201', onBudgetSelect: (e) => second.push(e) }, { data: doc, lang: 'zh-CN', unit: '元' });
    await waitUntil(() => sunburstOf().selected === '201' && arc('20140'), 'the new props apply', { timeout: 5000 });
    await sunburstOf().updateComplete;
    expect(sunburstOf().getAttribute('lang')).to.equal('zh-CN');
    expect(arc('20140')!.getAttribute('aria-label')).to.contain('元');
    await waitUntil(() => splitOf().shadowRoot!.textContent!.includes('基本支出'), 'the split speaks Chinese', { timeout: 5000 });
    expect(splitOf().shadowRoot!.textContent).to.contain('元');

    arc('20140')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => second.length === 1, 'the new handler is called');
    await aTimeout(20);
    expect(first).to.deep.equal([]);

    // A new document object replaces the old one on the element.
    const smaller = structuredClone(doc);
    smaller.meta.department.name = '另一个部门';
    render({ data: smaller, lang: 'zh-CN' }, { data: smaller, lang: 'zh-CN' });
    expect(sunburstOf().data).to.equal(smaller);
    await waitUntil(() => splitOf().shadowRoot!.textContent!.includes('另一个部门') || sunburstOf().shadowRoot!.textContent!.includes('另一个部门'), 'the new document shows', {
      timeout: 5000,
    });
  });

  it('maps budget-export to onBudgetExport', () => {
    const exports: string[] = [];
    render({ src: REFERENCE_URL, onBudgetExport: (e) => exports.push(`${e.detail.format} ${e.detail.fileName}`) }, { src: REFERENCE_URL });
    // As the export menu announces a download; the menu itself is tested with the elements.
    sunburstOf().dispatchEvent(new CustomEvent('budget-export', { detail: { format: 'csv', fileName: 'budget.csv' }, bubbles: true, composed: true }));
    splitOf().dispatchEvent(new CustomEvent('budget-export', { detail: { format: 'png', fileName: 'split.png' }, bubbles: true, composed: true }));
    expect(exports).to.deep.equal(['csv budget.csv']);
  });

  it('reports a failed load through onBudgetError', async () => {
    const errors: string[] = [];
    render({ src: `${REFERENCE_URL}?status=500`, onBudgetError: (e) => errors.push(e.detail.kind) }, { src: REFERENCE_URL });
    await waitUntil(() => errors.length === 1, 'onBudgetError is called', { timeout: 5000 });
    expect(errors[0]).to.equal('http');
    expect(sunburstOf().shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });
});
