import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';
import { defineElements } from '../../src/define.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './screenshot.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
const root = (el: BudgetSunburst) => el.shadowRoot!;

async function phoneSunburst(width: number, lang: string): Promise<BudgetSunburst> {
  await setViewport({ width, height: 800 });
  const el = await fixture<BudgetSunburst>(html`<budget-sunburst lang=${lang}></budget-sunburst>`);
  el.data = await reference();
  await waitUntil(() => root(el).querySelector('svg'));
  await settle(el);
  return el;
}

async function settle(el: BudgetSunburst) {
  // The width arrives from a ResizeObserver on the next frame; the zoom animation must end too.
  await aTimeout(600);
  await el.updateComplete;
}

/** Points along the edges of an element's bounding box, 20 per edge, in the coordinates of `target`. */
function boxOutline(element: SVGGraphicsElement, target: SVGGraphicsElement): DOMPoint[] {
  const box = element.getBBox();
  const toTarget = target.getScreenCTM()!.inverse().multiply(element.getScreenCTM()!);
  const points: DOMPoint[] = [];
  for (let i = 0; i <= 20; i++) {
    const [u, v] = [box.x + (box.width * i) / 20, box.y + (box.height * i) / 20];
    for (const [x, y] of [[u, box.y], [u, box.y + box.height], [box.x, v], [box.x + box.width, v]]) {
      points.push(new DOMPoint(x, y).matrixTransform(toTarget));
    }
  }
  return points;
}

/** Every drawn label's rendered box lies inside the fill of the arc it names. */
function expectLabelsInsideArcs(el: BudgetSunburst) {
  const labels = [...root(el).querySelectorAll<SVGTextElement>('text.label')];
  expect(labels.length, 'some labels are drawn').to.be.greaterThan(2);
  for (const label of labels) {
    const arc = label.previousElementSibling as SVGPathElement;
    expect(arc.getAttribute('role')).to.equal('treeitem');
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(12);
    const outside = boxOutline(label, arc).filter((p) => !arc.isPointInFill(p));
    expect(outside.length, `"${label.textContent}" (${label.getComputedTextLength().toFixed(1)} px) leaves arc ${arc.dataset.id}`).to.equal(0);
  }
}

/** Every centre line's rendered box lies inside the centre circle. */
function expectCentreInsideCircle(el: BudgetSunburst) {
  const circle = root(el).querySelector<SVGCircleElement>('#arc-centre')!;
  const r = circle.r.baseVal.value;
  const lines = [...root(el).querySelectorAll<SVGTextElement>('.centre text')];
  expect(lines.length).to.be.greaterThan(1);
  for (const line of lines) {
    const far = Math.max(...boxOutline(line, circle).map((p) => Math.hypot(p.x, p.y)));
    expect(far, `"${line.textContent}" leaves the centre`).to.be.at.most(r);
  }
}

async function zoomInto(el: BudgetSunburst, code: string) {
  root(el).querySelector(`path[data-id="${code}"]`)!.dispatchEvent(new MouseEvent('click'));
  await settle(el);
}

describe('<budget-sunburst> on phones', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, lang] of [[320, 'zh-CN'], [360, 'zh-CN'], [320, 'en'], [360, 'en']] as const) {
    it(`keeps every label inside its arc and the centre inside its circle at ${width} px (${lang})`, async () => {
      const el = await phoneSunburst(width, lang);
      const svg = root(el).querySelector('svg')!;
      expect(svg.getBoundingClientRect().right).to.be.at.most(width);
      expectLabelsInsideArcs(el);
      expectCentreInsideCircle(el);
      await zoomInto(el, '201');
      expectLabelsInsideArcs(el);
      expectCentreInsideCircle(el);
      await zoomInto(el, '20103');
      expectCentreInsideCircle(el);
    });
  }

  it('looks right at 320 px in Chinese and 360 px in English', async () => {
    const zh = await phoneSunburst(320, 'zh-CN');
    await screenshot('sunburst-320-zh');
    await expectNoAxeViolations(zh);
    zh.remove();
    const en = await phoneSunburst(360, 'en');
    await zoomInto(en, '201');
    // Zooming by click focuses the centre, which opens its tooltip: the screenshot is of the chart.
    (root(en).activeElement as SVGElement | null)?.blur();
    await en.updateComplete;
    await screenshot('sunburst-360-en-zoomed');
  });
});
