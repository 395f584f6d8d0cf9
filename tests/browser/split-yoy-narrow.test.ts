import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { defineElements } from '../../src/define.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './screenshot.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

type Viz = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
let host: HTMLDivElement | undefined;

/** An element alone on a phone-sized page, as wide as the page. */
async function mount(tag: 'budget-split' | 'budget-yoy', width: number, attrs: Record<string, string> = {}): Promise<Viz> {
  await setViewport({ width, height: 900 });
  host?.remove();
  host = document.createElement('div');
  document.body.style.margin = '0';
  document.body.append(host);
  const el = document.createElement(tag) as Viz;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  host.append(el);
  el.data = await reference();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="table-toggle"]'), `${tag} renders`);
  await settle(el);
  return el;
}

/** Lets the resize controller's frame and the update it asks for run. */
async function settle(el: Viz) {
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  await aTimeout(0);
  await el.updateComplete;
}

afterEach(() => {
  host?.remove();
  host = undefined;
});

after(() => setViewport({ width: 800, height: 600 }));

const root = (el: Viz) => el.shadowRoot!;
const visibleText = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const lines = (tooltip: Element) => [...tooltip.children].map(visibleText);

/** Every segment's visible text fits whole inside it, and is its name and share or the share alone. */
function expectWholeSegmentTexts(el: Viz, names: string[]) {
  for (const segment of root(el).querySelectorAll<HTMLElement>('.segment')) {
    const text = segment.querySelector<HTMLElement>('.segment-text');
    if (!text) continue;
    const box = segment.getBoundingClientRect();
    const inner = text.getBoundingClientRect();
    expect(inner.left, visibleText(text)).to.be.at.least(box.left);
    expect(inner.right, visibleText(text)).to.be.at.most(box.right);
    expect(text.scrollWidth, visibleText(text)).to.be.at.most(text.getBoundingClientRect().width + 0.5);
    expect(visibleText(text)).to.match(new RegExp(`^(?:(?:${names.join('|')}) )?\\d+\\.\\d\\d%$`));
  }
}

/** Nothing the element draws reaches past its right edge (the page would scroll sideways). */
function expectNoOverflow(el: Viz) {
  const right = el.getBoundingClientRect().right;
  const over = [...root(el).querySelectorAll<HTMLElement>('*')]
    .filter((e) => !e.closest('.sr-only, [part="tooltip"], style') && e.getBoundingClientRect().right > right + 0.5)
    .map((e) => `${e.localName}.${e.className} ${visibleText(e).slice(0, 30)}`);
  expect(over).to.deep.equal([]);
}

/** A figure with its unit never breaks across lines. */
function expectUnbrokenFigures(el: Viz) {
  const figures = [...root(el).querySelectorAll('.unbroken')];
  expect(figures.length).to.be.greaterThan(0);
  for (const figure of figures) expect(figure.getClientRects().length, figure.textContent!).to.equal(1);
}

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function tap(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

const SPLIT_NAMES = { 'zh-CN': ['基本支出', '项目支出', '人员经费', '公用经费'], en: ['Basic expenditure', 'Project expenditure', 'Personnel', 'Public use'] };

for (const width of [320, 360]) {
  for (const lang of ['zh-CN', 'en'] as const) {
    describe(`<budget-split> at ${width} px, ${lang}`, () => {
      it('shows in each segment only what fits whole, figures never broken, nothing past the edge', async () => {
        const el = await mount('budget-split', width, { lang });
        expectWholeSegmentTexts(el, SPLIT_NAMES[lang]);
        root(el).querySelector<HTMLButtonElement>('button.segment.basic')!.click();
        await settle(el);
        expectWholeSegmentTexts(el, SPLIT_NAMES[lang]);
        expectUnbrokenFigures(el);
        expectNoOverflow(el);
        await screenshot(`split-${width}-${lang}`);
        await expectNoAxeViolations(el);
      });
    });
  }
}

describe('<budget-split> segments at any width', () => {
  it('keep the share whole in a narrow segment, and the name where there is room', async () => {
    const el = await mount('budget-split', 320);
    const [basic, project] = [...root(el).querySelectorAll('[part="split"] .segment-text')].map(visibleText);
    expect(basic).to.equal('33.92%');
    expect(project).to.equal('项目支出 66.08%');
    // The button's name still starts with what a sighted reader is told: name, share, amount.
    const button = root(el).querySelector('button.segment.basic')!;
    expect(visibleText(button)).to.equal('基本支出 33.92%，164.37万元');
    await setViewport({ width: 900, height: 900 });
    await waitUntil(() => visibleText(root(el).querySelector('[part="split"] .segment-text')!) === '基本支出 33.92%', 'the name comes back');
  });
});

describe('the tooltip on a phone', () => {
  it('never covers the table toggle when a segment is tapped', async () => {
    const el = await mount('budget-split', 320);
    const toggle = root(el).querySelector('[part="table-toggle"]')!;
    const tooltip = root(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    for (const selector of ['.segment.project', 'button.segment.basic']) {
      await tap(root(el).querySelector(selector)!);
      await settle(el);
      expect(tooltip.matches(':popover-open'), selector).to.equal(true);
      expect(intersects(tooltip.getBoundingClientRect(), toggle.getBoundingClientRect()), selector).to.equal(false);
      expect(intersects(tooltip.getBoundingClientRect(), root(el).querySelector(selector)!.getBoundingClientRect()), selector).to.equal(false);
    }
    expect(lines(tooltip)).to.deep.equal(['基本支出', '164.37万元', '33.92%']);
    await screenshot('split-320-tooltip');
  });

  it('never covers the yoy controls when a bar is tapped', async () => {
    const el = await mount('budget-yoy', 320);
    const controls = [...root(el).querySelectorAll('[part="table-toggle"], select')].map((c) => c.getBoundingClientRect());
    const tooltip = root(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    await tap(root(el).querySelector('.track')!);
    await settle(el);
    expect(tooltip.matches(':popover-open')).to.equal(true);
    expect(lines(tooltip)).to.deep.equal(['收入总计', '2023年（推算）', '419.54万元']);
    for (const control of controls) expect(intersects(tooltip.getBoundingClientRect(), control)).to.equal(false);
    // Nor the year and figure it is about.
    expect(intersects(tooltip.getBoundingClientRect(), root(el).querySelector('.year-row')!.getBoundingClientRect())).to.equal(false);
    await screenshot('yoy-320-tooltip');
  });
});

for (const lang of ['zh-CN', 'en'] as const) {
  describe(`<budget-yoy> at 320 px, ${lang}`, () => {
    it('fits years, bars, figures and the change phrase inside the element', async () => {
      const el = await mount('budget-yoy', 320, { lang });
      expectUnbrokenFigures(el);
      expectNoOverflow(el);
      for (const track of root(el).querySelectorAll('.track')) expect(track.getBoundingClientRect().width).to.be.greaterThan(100);
      await screenshot(`yoy-320-${lang}`);
      await expectNoAxeViolations(el);
    });
  });
}
