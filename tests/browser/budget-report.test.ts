import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import { defineElements } from '../../src/define.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const REFERENCE_URL = '/data/fenyang-xinfang-2024.json';

async function renderReport(attrs = ''): Promise<BudgetReport> {
  const el = await fixture<BudgetReport>(html`<budget-report src=${REFERENCE_URL}></budget-report>`);
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=');
    el.setAttribute(name, value ?? '');
  }
  await waitUntil(() => el.shadowRoot!.querySelector('budget-project-cards'), 'the report renders');
  await settle(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const inner = <T extends Element = HTMLElement>(el: BudgetReport, tag: string) => root(el).querySelector(tag) as unknown as T & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean>; selected: string };
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const cardNames = (el: BudgetReport) => [...inner(el, 'budget-project-cards').shadowRoot.querySelectorAll('.card:not(.department) .card-title')].map(text);

async function settle(el: BudgetReport) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    for (const child of root(el).querySelectorAll<HTMLElement & { updateComplete?: Promise<boolean> }>('budget-headline, budget-sunburst, budget-split, budget-yoy, budget-project-cards')) await child.updateComplete;
    await aTimeout(0);
  }
}

describe('<budget-report> on the reference report', () => {
  it('shows every part of the disclosure, in order, each with its heading', async () => {
    const el = await renderReport();
    expect([...root(el).querySelectorAll('section > h3')].map(text)).to.deep.equal([
      '收支总览',
      '支出去向：功能分类',
      '基本支出与项目支出',
      '与上年比较',
      '项目支出与绩效目标',
      '三公经费、机关运行经费、政府采购与国有资产',
      '报告一致性检查',
      '名词解释',
    ]);
    for (const tag of ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards']) {
      expect(inner(el, tag).shadowRoot.querySelector('[role="alert"]'), tag).to.equal(null);
    }
    expect(cardNames(el)).to.have.length(8);
  });

  it('states the small sections as the report does: zero 三公经费 is a statement', async () => {
    const el = await renderReport();
    const summary = [...root(el).querySelectorAll('.summary dd')].map(text);
    expect(summary[0]).to.equal('本部门无“三公”经费预算');
    expect(summary[1]).to.equal('机关运行经费15.43万元，比2023年预算增加0.56万元，增长3.76%（报告所述）');
    expect(summary[2]).to.equal('政府采购预算79.76万元：货物5.96万元、工程0.00万元、服务73.80万元');
    expect(summary[3]).to.contain('公务用车编制0辆，实有0辆');
  });

  it('links the views: a 科目 chosen in the sunburst filters the split and the cards, and the page hears of it', async () => {
    const el = await renderReport();
    const sunburst = inner(el, 'budget-sunburst');
    const heard = oneEvent(document, 'budget-select');
    sunburst.shadowRoot.querySelector('path[data-id="201"]')!.dispatchEvent(new MouseEvent('click'));
    await settle(el);
    const leaf = sunburst.shadowRoot.querySelector('path[data-id="2014004"]')!;
    leaf.dispatchEvent(new MouseEvent('click'));
    await settle(el);
    expect((await heard).detail.code).to.equal('201');
    expect(el.selected).to.equal('2014004');
    expect(el.getAttribute('selected')).to.equal('2014004');
    expect(inner(el, 'budget-split').selected).to.equal('2014004');
    expect(cardNames(el)).to.have.members(['单位直接聘用人员经费', '财务办公经费', '2024常年法律顾问费']);
  });

  it('can be driven from outside through its selected attribute', async () => {
    const el = await renderReport();
    el.setAttribute('selected', '208');
    await settle(el);
    const split = inner(el, 'budget-split');
    expect(text(split.shadowRoot.querySelector('.title')!)).to.contain('社会保障和就业支出');
    expect(inner(el, 'budget-sunburst').selected).to.equal('208');
    expect(cardNames(el)).to.deep.equal([]);
  });

  it('explains a glossary term where it appears, by keyboard, and closes it with Escape', async () => {
    const el = await renderReport();
    const term = [...root(el).querySelectorAll<HTMLButtonElement>('button.term')].find((b) => b.textContent === '基本支出')!;
    term.focus();
    await sendKeys({ press: 'Enter' });
    const definition = root(el).getElementById(term.getAttribute('popovertarget')!)!;
    expect(definition.matches(':popover-open')).to.equal(true);
    expect(definition.textContent).to.contain('指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出');
    await sendKeys({ press: 'Escape' });
    expect(definition.matches(':popover-open')).to.equal(false);
  });

  it('switches language and unit for every view', async () => {
    const el = await renderReport();
    const [langSelect, unitSelect] = root(el).querySelectorAll<HTMLSelectElement>('.report-controls select');
    langSelect.value = 'en';
    langSelect.dispatchEvent(new Event('change'));
    unitSelect.value = '元';
    unitSelect.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(root(el).querySelector('#heading-split')!)).to.equal('Running costs and projects');
    const headline = inner(el, 'budget-headline');
    expect(text(headline.shadowRoot.querySelector('dd')!)).to.contain('4,845,500.00 yuan');
    expect(inner(el, 'budget-sunburst').getAttribute('lang')).to.equal('en');
  });

  it('prints the content without its controls', async () => {
    const el = await renderReport();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('.report-controls')!).display).to.equal('none');
      const cards = inner(el, 'budget-project-cards');
      const details = cards.shadowRoot.querySelector('.details')!;
      expect(getComputedStyle(details).display).to.not.equal('none');
      expect(getComputedStyle(cards.shadowRoot.querySelector('.toggle')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('its Print button prints the report alone, with every table, and restores the page afterwards', async () => {
    const el = await renderReport();
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      const button = [...root(el).querySelectorAll<HTMLButtonElement>('.report-controls button')].find((b) => text(b) === '打印')!;
      button.click();
      await waitUntil(() => printed === 1, 'window.print() is called');
      await settle(el);
      expect(el.hasAttribute('data-budget-print-target')).to.equal(true);
      expect(inner(el, 'budget-sunburst').shadowRoot.querySelector('[part~="table"]'), 'tables are drawn before printing').to.not.equal(null);
      expect(inner(el, 'budget-audit').shadowRoot.querySelector('details')!.open, 'disclosures are open').to.equal(true);
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
    await settle(el);
    expect(el.hasAttribute('data-budget-print-target')).to.equal(false);
    expect(inner(el, 'budget-sunburst').shadowRoot.querySelector('[part~="table"]')).to.equal(null);
  });

  it('has no accessibility violations', async () => {
    const el = await renderReport();
    await expectNoAxeViolations(el);
  });
});

describe('<budget-report>: the first screen first', () => {
  const FIRST = ['budget-headline', 'budget-sunburst', 'budget-audit'];
  const LATER = ['budget-split', 'budget-yoy', 'budget-project-cards'];

  it('paints the headline figures, the sunburst and the audit checking before drawing the other sections', async () => {
    const el = document.createElement('budget-report') as BudgetReport;
    el.data = await (await fetch(REFERENCE_URL)).json();
    document.body.append(el);
    try {
      // The state of the page as its first frame after the data starts.
      const atFirstFrame = await new Promise<{ drawn: Record<string, boolean>; audit: string }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            drawn: Object.fromEntries([...FIRST, ...LATER].map((tag) => [tag, (root(el).querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0])),
            audit: text(inner(el, 'budget-audit').shadowRoot.querySelector('.counts')!),
          }),
        ),
      );
      expect(atFirstFrame.drawn).to.deep.equal(Object.fromEntries([...FIRST.map((tag) => [tag, true]), ...LATER.map((tag) => [tag, false])]));
      expect(atFirstFrame.audit).to.equal('核查中：正在逐条核对各表与说明……');
      expect([...root(el).querySelectorAll('section > h3')], 'every heading, for the contents').to.have.length(8);
      await el.updateComplete;
      for (const tag of [...LATER, 'budget-audit']) await inner(el, tag).updateComplete;
      for (const tag of LATER) expect(inner(el, tag).shadowRoot.childElementCount, `${tag} once the report is complete`).to.be.greaterThan(0);
      expect(text(inner(el, 'budget-audit').shadowRoot.querySelector('.counts')!)).to.equal('1 处错误，2 处舍入差异，0 条提示');
    } finally {
      el.remove();
    }
  });

  it('draws every section at once for paper', async () => {
    const el = document.createElement('budget-report') as BudgetReport;
    el.data = await (await fetch(REFERENCE_URL)).json();
    document.body.append(el);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      const atFirstFrame = await new Promise<string[]>((resolve) => requestAnimationFrame(() => resolve(LATER.filter((tag) => root(el).querySelector(tag)))));
      expect(atFirstFrame).to.deep.equal(LATER);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      el.remove();
    }
  });
});
