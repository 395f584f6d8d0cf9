import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { defineElements } from '../../src/define.js';
import { contrastRatio } from '../../src/core/palette.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './screenshot.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

type Viz = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
let host: HTMLDivElement | undefined;

async function mount(tag: 'budget-split' | 'budget-yoy', attrs: Record<string, string> = {}): Promise<Viz> {
  host?.remove();
  host = document.createElement('div');
  document.body.append(host);
  const el = document.createElement(tag) as Viz;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  host.append(el);
  el.data = await reference();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="table-toggle"]'), `${tag} renders`);
  await el.updateComplete;
  return el;
}

/** Opens 基本支出 and 人员经费, so that every fill the split can draw is on screen. */
async function openSplit(el: Viz) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.segment.basic')!.click();
  await el.updateComplete;
  await aTimeout(0);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.segment.personnel')!.click();
  await el.updateComplete;
}

const toHex = (rgb: string) =>
  '#' + rgb.match(/\d+/g)!.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('');

/** Each fill the element draws, named, with its contrast against the element's surface. */
function fillContrasts(el: Viz, selector: string): string[] {
  const surface = toHex(getComputedStyle(el).backgroundColor);
  return [...el.shadowRoot!.querySelectorAll(selector)].map((e) => {
    const fill = toHex(getComputedStyle(e).backgroundColor);
    return `${e.localName}.${e.getAttribute('class')} ${fill} ${contrastRatio(fill, surface).toFixed(2)}`;
  });
}

/** Text on each segment with its contrast against the segment's fill. */
function textContrasts(el: Viz): string[] {
  return [...el.shadowRoot!.querySelectorAll('.segment')].map((e) => {
    const style = getComputedStyle(e);
    return `${e.getAttribute('class')} ${contrastRatio(toHex(style.color), toHex(style.backgroundColor)).toFixed(2)}`;
  });
}

const ratio = (line: string) => Number(line.split(' ').at(-1));

const SPLIT_FILLS = '.segment, .swatch, .stack i, .item-bar i';
const YOY_FILLS = '[part="bar"], .swatch';

afterEach(async () => {
  host?.remove();
  host = undefined;
  await emulateMedia({ colorScheme: 'light' });
});

after(() => setViewport({ width: 800, height: 600 }));

const THEMES = [
  { name: 'light', attrs: {}, scheme: 'light' },
  { name: 'dark (theme)', attrs: { theme: 'dark' }, scheme: 'light' },
  { name: 'dark (preference)', attrs: {}, scheme: 'dark' },
] as const;

for (const theme of THEMES) {
  describe(`split and yoy contrast, ${theme.name}`, () => {
    it('draws every split fill at 3:1 against the surface, and segment text at 4.5:1 on its fill', async () => {
      await emulateMedia({ colorScheme: theme.scheme });
      const el = await mount('budget-split', theme.attrs);
      await openSplit(el);
      const fills = fillContrasts(el, SPLIT_FILLS);
      expect(fills.length).to.be.greaterThan(10);
      expect(fills.filter((line) => ratio(line) < 3)).to.deep.equal([]);
      const texts = textContrasts(el);
      expect(texts).to.have.length(4);
      expect(texts.filter((line) => ratio(line) < 4.5)).to.deep.equal([]);
      await expectNoAxeViolations(el);
    });

    it('draws every yoy bar at 3:1 against the surface', async () => {
      await emulateMedia({ colorScheme: theme.scheme });
      const el = await mount('budget-yoy', theme.attrs);
      const fills = fillContrasts(el, YOY_FILLS);
      expect(fills.length).to.be.greaterThan(3);
      expect(fills.filter((line) => ratio(line) < 3)).to.deep.equal([]);
      await expectNoAxeViolations(el);
    });
  });
}

describe('dark theme on a phone', () => {
  it('looks right (screenshots for a person)', async () => {
    await setViewport({ width: 320, height: 900 });
    document.body.style.background = '#0d1117';
    const split = await mount('budget-split', { theme: 'dark' });
    await openSplit(split);
    await new Promise(requestAnimationFrame);
    await screenshot('split-320-dark');
    const yoy = await mount('budget-yoy', { theme: 'dark' });
    await yoy.updateComplete;
    await screenshot('yoy-320-dark');
    document.body.style.background = '';
  });
});
