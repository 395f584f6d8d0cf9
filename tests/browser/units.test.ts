import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';

defineElements();

const REFERENCE_URL = '/data/fenyang-xinfang-2024.json';

type Updating = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

async function render(tag: string, unit: string): Promise<Updating> {
  const el = await fixture<Updating>(html`<div></div>`);
  const element = document.createElement(tag) as Updating;
  element.setAttribute('unit', unit);
  element.setAttribute('src', REFERENCE_URL);
  el.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="state"]') === null && element.shadowRoot.childElementCount > 0, `${tag} renders`);
  await element.updateComplete;
  await aTimeout(0);
  return element;
}

/** The visible text of the element's own shadow root (the report's inner views have their own test). */
function visibleText(root: ParentNode): string {
  const parts: string[] = [];
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node instanceof HTMLElement && !node.matches('.sr-only, [popover], style, table')) parts.push(visibleText(node));
  }
  return parts.join('');
}

/** Every amount followed by its unit, in order. */
const figuresIn = (text: string, unit: string) => [...text.matchAll(new RegExp(`(-?[\\d,]+(?:\\.\\d+)?)${unit}`, 'g'))].map((m) => m[1]!);
const isZero = (figure: string) => /^-?0(\.0*)?$/.test(figure.replace(/,/g, ''));
const decimals = (figure: string) => figure.split('.')[1]?.length ?? 0;

/** The figures the element draws with their unit (prose quoted from the report, such as "工作经费2万元", is not one). */
const drawnFigures = (el: Updating, unit: string) => figuresIn([...el.shadowRoot.querySelectorAll('.unbroken')].map((span) => span.textContent).join(' '), unit);

describe('amounts in 亿元 (unit="亿元") on the reference report', () => {
  for (const tag of ['budget-headline', 'budget-project-cards', 'budget-report']) {
    it(`${tag}: no figure that is not zero reads as zero, and the figures share their decimals`, async () => {
      const inWan = drawnFigures(await render(tag, '万元'), '万元');
      const inYi = drawnFigures(await render(tag, '亿元'), '亿元');
      expect(inYi.length, 'the same figures in both units').to.equal(inWan.length);
      expect(inYi.length).to.be.greaterThan(0);
      inWan.forEach((figure, i) => expect(isZero(inYi[i]!), `${figure}万元 shown as ${inYi[i]}亿元`).to.equal(isZero(figure)));
      expect(new Set(inYi.map(decimals)).size, `one precision: ${inYi.join(' ')}`).to.equal(1);
    });
  }

  it('the project table: a column of figures shares its decimals', async () => {
    const el = await render('budget-project-cards', '亿元');
    el.setAttribute('show-table', '');
    await el.updateComplete;
    const amounts = [...el.shadowRoot.querySelectorAll('[part~="table"] tbody td:first-of-type')].map((td) => td.textContent!.trim());
    expect(amounts).to.have.length(8);
    expect(new Set(amounts.map(decimals)).size, amounts.join(' ')).to.equal(1);
    expect(amounts.some(isZero)).to.equal(false);
  });

  it('keeps a figure and its unit on one line', async () => {
    for (const tag of ['budget-headline', 'budget-project-cards', 'budget-report']) {
      const el = await render(tag, '亿元');
      const unbroken = [...el.shadowRoot.querySelectorAll('.unbroken')].map((span) => span.textContent!);
      expect(unbroken.length, tag).to.be.greaterThan(0);
      // The 绩效目标表's own figure stays in exact 元 whatever the unit.
      for (const text of unbroken) expect(text, tag).to.match(/亿元$|^[\d,]+\.\d\d元$/);
      for (const figure of figuresIn(visibleText(el.shadowRoot), '亿元')) {
        expect(unbroken.some((text) => text.includes(`${figure}亿元`)), `${tag}: ${figure}亿元 may break`).to.equal(true);
      }
    }
  });
});
