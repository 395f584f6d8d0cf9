import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { defineElements } from '../../src/define.js';
import { screenshot } from './screenshot.js';

defineElements();

const REFERENCE_URL = '/data/fenyang-xinfang-2024.json';
const STANDALONE = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit'] as const;
const CONTROL_LABELS_ZH = ['比较内容', '排序', '以表格查看', '隐藏表格', '打印', '错误 (1)', '布局', '搜索项目', '项目类别'];
// "Compare" alone is in the heading "Compared with last year": the yoy's two labels follow each other.
const CONTROL_LABELS_EN = ['Compare Sort', 'Show as table', 'Hide table', 'Print', 'Error (1)', 'Layout', 'Search projects'];

type Updating = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };
interface Printed {
  pages: number;
  texts: string[];
}

/** Chromium's print dialog prints with margins; page.pdf alone would print to the paper's edge. */
const dialogMargins = new CSSStyleSheet();
dialogMargins.replaceSync('@page { margin: 10mm; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, dialogMargins];

/** Every budget-viz element under `root`, inner ones included. */
function elementsIn(root: ParentNode): Updating[] {
  return [...root.querySelectorAll<Updating>('*')].filter((e) => e.localName.startsWith('budget-')).flatMap((e) => [e, ...elementsIn(e.shadowRoot)]);
}

async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const element of elementsIn(root)) await element.updateComplete;
    await aTimeout(0);
  }
}

async function loaded(root: ParentNode, count: number): Promise<void> {
  await waitUntil(() => elementsIn(root).filter((e) => e.shadowRoot.querySelector('[part~="state"]') === null && e.shadowRoot.childElementCount > 0).length >= count, 'the elements render', { timeout: 5000 });
  await settle(root);
}

/**
 * Emulates a medium. matchMedia's change event, which the elements listen to, comes with the
 * next rendering step, not with the command's answer.
 */
async function media(medium: 'print' | 'screen', root: ParentNode): Promise<void> {
  await emulateMedia({ media: medium });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await settle(root);
}

/** Prints the page as it is now, under print media, and goes back to the screen. */
async function printPdf(name: string, root: ParentNode): Promise<Printed> {
  await media('print', root);
  try {
    return (await executeServerCommand<Printed, { name: string }>('print-pdf', { name }))!;
  } finally {
    await media('screen', root);
  }
}

const squeezed = (texts: string[]) => texts.join('\n').replace(/\s+/g, '');

describe('printing <budget-report>', () => {
  for (const [lang, labels, heading] of [
    ['zh-CN', CONTROL_LABELS_ZH, '汾阳市信访局 2024年部门预算'],
    ['en', CONTROL_LABELS_EN, 'budget 2024'],
  ] as const) {
    it(`prints the reference report in about a dozen A4 pages without controls (${lang})`, async () => {
      const el = await fixture<Updating>(html`<budget-report lang=${lang} src=${REFERENCE_URL}></budget-report>`);
      await loaded(el.parentNode!, 7);
      const printed = await printPdf(`print-report-${lang}`, el.shadowRoot);
      expect(printed.pages).to.be.within(8, 14);
      const text = squeezed(printed.texts);
      const has = (words: string) => text.includes(words.replace(/\s+/g, ''));
      for (const label of labels) expect(has(label), `the control label "${label}" is printed`).to.equal(false);
      expect(has(heading), 'the title').to.equal(true);
      // Data tables: the sunburst's full 科目 names, the split's economic items, the projects'.
      for (const row of ['机关事业单位基本养老保险缴费支出 2080505 14.39', '其他商品和服务支出 0.37', '财务办公经费 2.00 0.63%']) expect(has(row), row).to.equal(true);
      // The audit's "figures involved", open on paper.
      expect(has('$.basicExpenditureByEconomic.groups[1].amounts.total'), 'the figures of a finding').to.equal(true);
      // No page is left almost empty (the last one may be short; the first holds the sunburst).
      for (const page of printed.texts.slice(0, -1)) expect(page.replace(/\s+/g, '').length, 'a page with little text').to.be.greaterThan(200);
    });
  }

  it('print() prints the report alone, without the page around it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p id="page-header">门户网站页眉 Portal header</p>
      <main><budget-report src=${REFERENCE_URL}></budget-report></main>
      <footer>网站页脚 Portal footer</footer>
    </div>`);
    const report = page.querySelector<Updating & { print(): Promise<void> }>('budget-report')!;
    await loaded(page, 7);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await report.print();
      expect(printed).to.equal(1);
      const pdf = await printPdf('print-report-alone', report.shadowRoot);
      const text = squeezed(pdf.texts);
      expect(text).to.contain('汾阳市信访局2024年部门预算');
      expect(text).to.not.contain('门户网站页眉');
      expect(text).to.not.contain('网站页脚');
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
    await settle(page);
    expect(getComputedStyle(page.querySelector('#page-header')!).display).to.equal('block');
    expect(report.shadowRoot.querySelector('budget-sunburst')!.shadowRoot!.querySelector('[part~="table"]'), 'the table is hidden again').to.equal(null);
  });
});

describe('printing each element alone', () => {
  it('prints every element with its table and without controls', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${STANDALONE.map((tag) => {
        const element = document.createElement(tag);
        element.setAttribute('src', REFERENCE_URL);
        return element;
      })}
    </div>`);
    await loaded(page, STANDALONE.length);
    await media('print', page);
    try {
      for (const tag of STANDALONE) {
        const root = page.querySelector(tag)!.shadowRoot!;
        const controls = [...root.querySelectorAll<HTMLElement>('select, input, label, fieldset, button:not(.segment, .subject-row, .crumb), .pager-buttons, [part~="tooltip"], .hint')];
        for (const control of controls) {
          const hidden = control.closest('[hidden]') !== null || getComputedStyle(control).display === 'none' || control.getBoundingClientRect().width === 0;
          expect(hidden, `${tag}: ${control.outerHTML.slice(0, 80)}`).to.equal(true);
        }
        if (tag !== 'budget-headline') expect(root.querySelector('[part~="table"]'), `${tag} prints its table`).to.not.equal(null);
      }
      for (const details of page.querySelector('budget-audit')!.shadowRoot!.querySelectorAll('details')) expect(details.open).to.equal(true);
      await screenshot('print-standalone-elements');
    } finally {
      await media('screen', page);
    }
    expect(page.querySelector('budget-sunburst')!.shadowRoot!.querySelector('[part~="table"]'), 'back on screen, no table').to.equal(null);
    expect(page.querySelector('budget-audit')!.shadowRoot!.querySelector('details')!.open, 'back on screen, closed').to.equal(false);
  });

  it('prints a dark-theme element in the light palette', async () => {
    const el = await fixture<Updating>(html`<budget-headline theme="dark" src=${REFERENCE_URL}></budget-headline>`);
    await loaded(document.body, 1);
    const dd = el.shadowRoot.querySelector('dd')!;
    expect(getComputedStyle(dd).color).to.equal('rgb(230, 237, 243)');
    await media('print', el.shadowRoot);
    try {
      expect(getComputedStyle(dd).color).to.equal('rgb(31, 35, 40)');
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      await screenshot('print-dark-theme-headline');
    } finally {
      await media('screen', el.shadowRoot);
    }
  });

  it('prints light even when the page sets dark colours on the element', async () => {
    const el = await fixture<Updating>(html`<budget-headline style="--budget-color-text: #eeeeee; --budget-color-surface: #000000" src=${REFERENCE_URL}></budget-headline>`);
    await loaded(document.body, 1);
    await media('print', el.shadowRoot);
    try {
      expect(getComputedStyle(el.shadowRoot.querySelector('dd')!).color).to.equal('rgb(31, 35, 40)');
    } finally {
      await media('screen', el.shadowRoot);
    }
  });
});
