import { expect, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import { screenshot } from './screenshot.js';

defineElements();

/** A TRS-style government CMS template: every inherited text property is changed. */
const TRS_CSS = `.TRS_Editor p {
  text-indent: 2em; text-align: justify; letter-spacing: 2px; word-spacing: 4px; line-height: 2.5;
  text-transform: uppercase; font-style: italic; font-weight: bold; white-space: pre;
  font-variant: small-caps; text-shadow: 1px 1px 0 red; direction: rtl;
}`;

const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit', 'budget-report'] as const;

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

let style: HTMLStyleElement;
let host: HTMLDivElement;

before(() => {
  style = document.createElement('style');
  style.textContent = TRS_CSS;
  document.head.append(style);
});
after(() => style.remove());
afterEach(() => host?.remove());

/** Mounts the element with the reference data in a TRS paragraph, or in a plain div for comparison. */
async function mount(tag: string, inTrs = true): Promise<HTMLElement & { data: unknown; updateComplete: Promise<boolean> }> {
  host?.remove();
  host = document.createElement('div');
  host.style.width = '800px';
  if (inTrs) host.className = 'TRS_Editor';
  host.innerHTML = inTrs ? `<p>正文<${tag}></${tag}></p>` : `<${tag}></${tag}>`;
  document.body.append(host);
  const el = host.querySelector(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  el.data = await reference();
  await waitUntil(() => el.shadowRoot!.querySelector('.state') === null && el.shadowRoot!.childElementCount > 0, `${tag} renders`);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}
const mountInTrs = (tag: string) => mount(tag, true);

/** Properties a component may set itself (italic for differing rows, nowrap): compared with a plain page. */
const COMPARED = ['font-style', 'font-weight', 'font-variant', 'white-space', 'line-height', 'text-align'] as const;

async function comparedStyles(tag: string, inTrs: boolean): Promise<string[]> {
  const el = await mount(tag, inTrs);
  return deepElements(el.shadowRoot!).map((e) => {
    const s = getComputedStyle(e);
    return `${e.localName}.${e.getAttribute('class') ?? ''}: ${COMPARED.map((p) => s.getPropertyValue(p)).join(' ')}`;
  });
}

/** Every element of a shadow root and of the shadow roots nested in it. */
function deepElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    found.push(e);
    if (e.shadowRoot) found.push(...deepElements(e.shadowRoot));
  }
  return found;
}

describe('elements pasted into a TRS-style CMS paragraph', () => {
  it('the template does apply to the paragraph around them', async () => {
    await mountInTrs('budget-headline');
    const p = getComputedStyle(host.querySelector('p')!);
    expect([p.textIndent, p.letterSpacing, p.textAlign]).to.deep.equal(['32px', '2px', 'justify']);
  });

  for (const tag of TAGS) {
    it(`<${tag}> resets every inherited text property at :host`, async () => {
      const el = await mountInTrs(tag);
      const elements = deepElements(el.shadowRoot!).filter((e) => !(e instanceof SVGElement) || e.localName === 'text');
      expect(elements.length).to.be.greaterThan(3);
      const leaks = new Set<string>();
      for (const e of [el, ...elements]) {
        const s = getComputedStyle(e);
        const leak = (what: string) => leaks.add(`${e.localName}.${e.getAttribute('class') ?? ''}: ${what}`);
        if (s.textIndent !== '0px') leak(`text-indent ${s.textIndent}`);
        if (s.letterSpacing !== 'normal') leak(`letter-spacing ${s.letterSpacing}`);
        if (s.wordSpacing !== '0px') leak(`word-spacing ${s.wordSpacing}`);
        if (s.textAlign === 'justify') leak('text-align justify');
        if (s.textTransform !== 'none') leak(`text-transform ${s.textTransform}`);
        if (s.fontVariantCaps !== 'normal') leak(`font-variant-caps ${s.fontVariantCaps}`);
        if (s.textShadow !== 'none') leak(`text-shadow ${s.textShadow}`);
        if (s.direction !== 'ltr') leak(`direction ${s.direction}`);
      }
      expect([...leaks]).to.deep.equal([]);
      await screenshot(`trs-page-${tag}`);
      const hostStyle = getComputedStyle(el);
      expect(hostStyle.textAlign).to.be.oneOf(['start', 'left']);
      expect(hostStyle.fontWeight).to.equal('400');
      expect(hostStyle.lineHeight).to.equal(`${parseFloat(hostStyle.fontSize) * 1.5}px`);
      expect(hostStyle.fontStyle).to.equal('normal');
      expect(hostStyle.whiteSpace).to.equal('normal');
      // What the component sets itself is the same as on a plain page: nothing else got through.
      expect(await comparedStyles(tag, true)).to.deep.equal(await comparedStyles(tag, false));
    });
  }

  it('<budget-yoy> year labels fit their box', async () => {
    const el = await mountInTrs('budget-yoy');
    const years = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.year')];
    expect(years.length).to.be.greaterThan(0);
    for (const year of years) expect(year.scrollWidth, year.textContent!).to.be.at.most(year.clientWidth);
  });

  it('the page still themes them through --budget-* properties', async () => {
    const el = await mountInTrs('budget-headline');
    host.style.setProperty('--budget-color-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });
});
