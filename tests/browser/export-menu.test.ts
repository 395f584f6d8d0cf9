import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';
import type { BudgetHeadline } from '../../src/components/budget-headline/budget-headline.js';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import type { BudgetExportDetail } from '../../src/controllers/export-controller.js';
import { defineElements } from '../../src/define.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const reference = fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

async function sunburst(lang = 'zh-CN'): Promise<BudgetSunburst> {
  const el = await fixture<BudgetSunburst>(html`<budget-sunburst lang=${lang} .data=${await reference}></budget-sunburst>`);
  await waitUntil(() => el.shadowRoot!.querySelector('svg path'));
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;
const menuButton = (el: Element) => $<HTMLButtonElement>(el, '[part="export-button"]');
const menu = (el: Element) => $<HTMLElement>(el, '[part="export-menu"]');
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="export-menu"] [role="menuitem"]')];
/** What has focus in the element, by its text: a failed comparison of elements themselves would print whole DOM trees. */
const focused = (el: Element) => el.shadowRoot!.activeElement?.textContent?.trim() ?? 'nothing';
const nameOf = (element: Element) => element.textContent!.trim();

/** Records what a click on a download anchor would save, instead of saving it. */
function interceptDownloads(): { downloads: { name: string; href: string }[]; restore: () => void } {
  const downloads: { name: string; href: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, href: this.href });
    else click.call(this);
  };
  return { downloads, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

describe('export menu', () => {
  it('is a menu button, closed at first, with PNG, SVG and CSV for a chart', async () => {
    const el = await sunburst();
    const button = menuButton(el);
    expect(button.textContent!.trim()).to.equal('导出');
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(menu(el).hidden).to.equal(true);
    expect(menu(el).getAttribute('role')).to.equal('menu');
    await expectNoAxeViolations(el);
    button.click();
    await el.updateComplete;
    expect(items(el).map((item) => item.textContent!.trim())).to.deep.equal(['图片（PNG）', '矢量图（SVG）', '数据（CSV）']);
  });

  it('opens with Enter on its first item, moves with the arrows, Home and End, and Escape returns to the button', async () => {
    const el = await sunburst();
    menuButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(menuButton(el).getAttribute('aria-expanded')).to.equal('true');
    expect(menu(el).hidden).to.equal(false);
    const [png, svg, csv] = items(el);
    expect(focused(el)).to.equal(nameOf(png));
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(nameOf(svg));
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(nameOf(csv));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(nameOf(png), 'wraps to the first');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(nameOf(csv), 'wraps to the last');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(nameOf(png));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(true);
    expect(menuButton(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(nameOf(menuButton(el)));
  });

  it('opens with Down Arrow on the first item and Up Arrow on the last; Tab closes it and moves on', async () => {
    const el = await sunburst();
    menuButton(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.equal(nameOf(items(el)[2]));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement?.closest('[part="chart"]')).to.not.equal(null, 'the chart, the next control after the button');
    menuButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('table-toggle', 'the control before the button');
    menuButton(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal(nameOf(items(el)[0]));
  });

  it('closes on a click elsewhere', async () => {
    const el = await sunburst();
    menuButton(el).click();
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(false);
    const title = $(el, '.hint').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(title.left + 5), Math.round(title.top + 5)] });
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(true);
  });

  it('downloads the PNG under the department, year and view, and says so with budget-export', async () => {
    const el = await sunburst();
    const intercepted = interceptDownloads();
    try {
      menuButton(el).click();
      await el.updateComplete;
      const exported = oneEvent(el, 'budget-export');
      items(el)[0].click();
      const event = (await exported) as CustomEvent<BudgetExportDetail>;
      expect(event.detail).to.deep.equal({ format: 'png', fileName: '汾阳市信访局-2024-支出功能分类.png' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(intercepted.downloads.map((d) => d.name)).to.deep.equal(['汾阳市信访局-2024-支出功能分类.png']);
      expect(intercepted.downloads[0].href).to.match(/^blob:/);
      expect(menu(el).hidden).to.equal(true);
      expect(focused(el)).to.equal(nameOf(menuButton(el)));
    } finally {
      intercepted.restore();
    }
  });

  it('says so in the live region when an export fails, instead of doing nothing', async () => {
    const el = await sunburst();
    const error = console.error;
    console.error = () => undefined;
    // A chart that cannot be framed, as when the page's policy or the browser refuses the image.
    (el as unknown as { exportChart: () => Promise<undefined> }).exportChart = async () => undefined;
    try {
      menuButton(el).click();
      await el.updateComplete;
      items(el)[0].click();
      const live = $(el, '[part="announcement"]');
      await waitUntil(() => live.textContent!.includes('导出图片（PNG）失败'), 'the failure is announced');
    } finally {
      console.error = error;
    }
  });

  it('names the file after the zoom and in English', async () => {
    const el = await sunburst('en');
    el.selected = '201';
    await el.updateComplete;
    expect(menuButton(el).textContent!.trim()).to.equal('Export');
    menuButton(el).click();
    await el.updateComplete;
    expect(items(el).map((item) => item.textContent!.trim())).to.deep.equal(['Image (PNG)', 'Vector image (SVG)', 'Data (CSV)']);
    const intercepted = interceptDownloads();
    try {
      const exported = oneEvent(el, 'budget-export');
      items(el)[2].click();
      expect(((await exported) as CustomEvent<BudgetExportDetail>).detail.fileName).to.equal('汾阳市信访局-2024-Expenditure_by_function-201_一般公共服务支出.csv');
    } finally {
      intercepted.restore();
    }
  });

  it('offers CSV only for a view without a chart', async () => {
    const el = await fixture<BudgetHeadline>(html`<budget-headline .data=${await reference}></budget-headline>`);
    await el.updateComplete;
    menuButton(el).click();
    await el.updateComplete;
    expect(items(el).map((item) => item.textContent!.trim())).to.deep.equal(['数据（CSV）']);
    await expectNoAxeViolations(el);
  });

  it('is left out on paper', async () => {
    const el = await sunburst();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="export-button"]')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(menuButton(el)).to.exist;
  });

  it('gives the report one item that zips every table of every view', async () => {
    const el = await fixture<BudgetReport>(html`<budget-report .data=${await reference}></budget-report>`);
    await el.updateComplete;
    const intercepted = interceptDownloads();
    try {
      const exported = oneEvent(el, 'budget-export');
      menuButton(el).click();
      await el.updateComplete;
      expect(items(el).map((item) => item.textContent!.trim())).to.deep.equal(['所有表格（CSV）']);
      items(el)[0].click();
      expect(((await exported) as CustomEvent<BudgetExportDetail>).detail).to.deep.equal({ format: 'zip', fileName: '汾阳市信访局-2024-所有表格.zip' });
      expect(intercepted.downloads).to.have.length(1);
    } finally {
      intercepted.restore();
    }
    // Each view keeps its own menu.
    const inner = el.shadowRoot!.querySelector('budget-sunburst')!;
    await waitUntil(() => inner.shadowRoot?.querySelector('[part="export-button"]'));
  });
});
