import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defineElements } from '../../src/define.js';
import { contrastRatio } from '../../src/core/palette.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './screenshot.js';

defineElements();

const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit', 'budget-report'] as const;

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

type Element_ = HTMLElement & { data: unknown; theme: string; updateComplete: Promise<boolean> };
let host: HTMLDivElement | undefined;

async function mount(tag: string, attrs = ''): Promise<Element_> {
  host?.remove();
  host = document.createElement('div');
  host.style.width = '900px';
  host.innerHTML = `<${tag} ${attrs}></${tag}>`;
  document.body.append(host);
  const el = host.querySelector(tag) as Element_;
  el.data = await reference();
  await waitUntil(() => el.shadowRoot!.querySelector('.state') === null && el.shadowRoot!.childElementCount > 0, `${tag} renders`);
  await el.updateComplete;
  return el;
}

const toHex = (rgb: string) =>
  '#' + rgb.match(/\d+/g)!.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('');
/** Relative luminance proxy: contrast with black; a dark colour is close to 1. */
const isDark = (rgb: string) => contrastRatio(toHex(rgb), '#000000') < 3;

afterEach(async () => {
  host?.remove();
  host = undefined;
  await emulateMedia({ colorScheme: 'light' });
});

describe('dark mode', () => {
  it('follows prefers-color-scheme: dark by default', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount('budget-headline');
    expect(el.getAttribute('theme')).to.equal('auto');
    const s = getComputedStyle(el);
    expect(isDark(s.backgroundColor), s.backgroundColor).to.equal(true);
    expect(isDark(s.color), s.color).to.equal(false);
    expect(contrastRatio(toHex(s.color), toHex(s.backgroundColor))).to.be.at.least(7);
  });

  it('is light in a light page', async () => {
    const el = await mount('budget-headline');
    const s = getComputedStyle(el);
    expect(s.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(isDark(s.color)).to.equal(true);
  });

  it('theme="light" overrides a dark preference, theme="dark" a light one', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount('budget-split', 'theme="light"');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(isDark(getComputedStyle(el).backgroundColor)).to.equal(true);
  });

  it('refuses an unknown theme with the default', async () => {
    const el = await mount('budget-yoy', 'theme="Dark "');
    expect(el.theme).to.equal('dark');
    el.setAttribute('theme', 'sepia');
    await el.updateComplete;
    expect(el.theme).to.equal('auto');
  });

  it('a --budget-* property set by the page still wins in dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount('budget-headline', 'style="--budget-color-surface: #204060; --budget-color-text: #fafafa"');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(32, 64, 96)');
    expect(getComputedStyle(el).color).to.equal('rgb(250, 250, 250)');
  });

  it('the elements inside <budget-report theme="dark"> are dark in a light page', async () => {
    const el = await mount('budget-report', 'theme="dark"');
    await waitUntil(() => el.shadowRoot!.querySelector('budget-sunburst')?.shadowRoot?.querySelector('svg'), 'the sunburst renders');
    for (const child of el.shadowRoot!.querySelectorAll('budget-headline, budget-sunburst, budget-split')) {
      const s = getComputedStyle(child);
      expect(isDark(s.backgroundColor), `${child.localName} ${s.backgroundColor}`).to.equal(true);
      expect(isDark(s.color), `${child.localName} ${s.color}`).to.equal(false);
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}> has no axe violations in dark`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount(tag);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(isDark(getComputedStyle(el).backgroundColor)).to.equal(true);
      await screenshot(`dark-${tag}`);
      await expectNoAxeViolations(el);
    });
  }
});
