import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import Decimal from 'decimal.js';
import type { BudgetProjectCard } from '../../src/components/budget-project-cards/budget-project-card.js';
import type { BudgetProjectCards } from '../../src/components/budget-project-cards/budget-project-cards.js';
import { defineElements } from '../../src/define.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

async function renderCards(attrs: Record<string, string> = {}): Promise<BudgetProjectCards> {
  const el = await fixture<BudgetProjectCards>(html`<budget-project-cards></budget-project-cards>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = await reference();
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const projectCards = (el: Element) => [...root(el).querySelectorAll('.card:not(.department)')];
const card = (el: Element, name: string) => projectCards(el).find((c) => c.querySelector('.card-title')!.textContent === name)!;
const names = (el: Element) => projectCards(el).map((c) => c.querySelector('.card-title')!.textContent);

async function settle(el: Element & { updateComplete: Promise<boolean> }) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<budget-project-cards> on the reference report', () => {
  it('shows the 8 projects with amounts adding up to 项目支出 320.18万元, and the exact 元 figure', async () => {
    const el = await renderCards();
    expect(projectCards(el)).to.have.length(8);
    const sum = projectCards(el).reduce((total, c) => total.plus(text(c.querySelector('.card-amount')!).match(/^([\d,.]+)万元/)![1].replace(/,/g, '')), new Decimal(0));
    expect(sum.toFixed(2)).to.equal('320.18');
    expect(text(card(el, '2023结转、汾财[2023]第176号政府购买服务费用').querySelector('.card-amount')!)).to.equal('53.64万元 绩效目标表：536,438.88元');
    expect(text(root(el).querySelector('[role="status"]')!)).to.equal('显示 8 个项目中的 8 个，合计320.18万元');
  });

  it('keeps the 绩效目标表 figure in exact 元 whatever the unit shown', async () => {
    const el = await renderCards({ unit: '亿元' });
    expect(text(card(el, '2023结转、汾财[2023]第176号政府购买服务费用').querySelector('.card-amount')!)).to.match(/^0\.\d+亿元 绩效目标表：536,438\.88元$/);
  });

  it('shows the department-wide 整体支出绩效目标 as its own card', async () => {
    const el = await renderCards();
    const department = root(el).querySelector('.card.department')!;
    expect(text(department.querySelector('.card-title')!)).to.equal('部门整体支出绩效目标');
    expect(text(department.querySelector('.card-amount')!)).to.equal('484.55万元');
  });

  it('opens and closes a card by keyboard with the right ARIA state', async () => {
    const el = await renderCards();
    const target = card(el, '信访工作经费');
    const toggle = target.querySelector<HTMLButtonElement>('.toggle')!;
    const details = target.querySelector<HTMLElement>('.details')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-controls')).to.equal(details.id);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('draws a closed card\'s details only when it opens, and every card\'s on paper', async () => {
    const el = await renderCards();
    // A report's closed cards would otherwise hold a thousand elements nobody sees.
    for (const c of root(el).querySelectorAll('.card')) expect(c.querySelector('.details')!.childElementCount, text(c.querySelector('.card-title')!)).to.equal(0);
    card(el, '信访工作经费').querySelector<HTMLButtonElement>('.toggle')!.click();
    await settle(el);
    expect(card(el, '信访工作经费').querySelectorAll('.indicators tbody tr:not(.level2)')).to.have.length(6);
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => root(el).querySelector('.card.department .indicators') !== null, 'the print media change is heard');
      await settle(el);
      for (const c of projectCards(el)) expect(c.querySelectorAll('.indicators tbody tr:not(.level2)'), text(c.querySelector('.card-title')!)).to.have.length(6);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await waitUntil(() => root(el).querySelector('.card.department .indicators') === null, 'closed cards are emptied again');
    expect(card(el, '信访工作经费').querySelectorAll('.indicators')).to.not.have.length(0);
  });

  it('shows every indicator with its value, quantitative ones as badges with their comparator', async () => {
    const el = await renderCards({ layout: 'expanded' });
    for (const c of projectCards(el)) expect(c.querySelectorAll('.indicators tbody tr:not(.level2)'), text(c.querySelector('.card-title')!)).to.have.length(6);
    const duty = card(el, '驻太原信访服务中心轮流值班费');
    const rows = [...duty.querySelectorAll('.indicators tbody tr:not(.level2)')].map(text);
    // Each badge: the target as shown (≥90%), then the same in words for screen readers.
    expect(rows[0]).to.equal('房间 4间目标 4间 4间目标 4间');
    const satisfaction = [...duty.querySelectorAll('.badge')].find((b) => b.getAttribute('data-comparator') === '≥')!;
    expect(text(satisfaction)).to.equal('≥90%不低于 90%');
    const cost = [...card(el, '购买后勤保障服务').querySelectorAll('.badge')].map(text);
    expect(cost).to.include('20.16万元目标 20.16万元');
  });

  it('marks the overview the report cuts off mid-sentence as incomplete', async () => {
    const el = await renderCards({ layout: 'expanded' });
    const notes = [...card(el, '2024信访经费').querySelectorAll('.truncated')];
    expect(notes).to.have.length(2);
    expect(notes[0].closest('dd')!.textContent).to.contain('信访救助化解疑难复杂问题已成常');
    expect(text(notes[0])).to.equal('…（原文在此中断）');
  });

  it('filters by free text and by 科目, and sorts by amount and name', async () => {
    const el = await renderCards();
    el.query = '法律';
    await settle(el);
    expect(names(el)).to.deep.equal(['2024常年法律顾问费']);
    el.query = '';
    el.selected = '2014004';
    await settle(el);
    expect(names(el)).to.have.members(['单位直接聘用人员经费', '财务办公经费', '2024常年法律顾问费']);
    expect(text(root(el).querySelector('[role="status"]')!)).to.equal('显示 8 个项目中的 3 个，合计15.18万元');
    el.selected = '208';
    await settle(el);
    expect(names(el)).to.deep.equal([]);
    expect(text(root(el).querySelector('.state')!)).to.equal('没有符合条件的项目。');
    el.selected = '';
    el.sort = 'amount';
    await settle(el);
    expect(names(el).slice(0, 2)).to.deep.equal(['2024信访经费', '信访工作经费']);
    const select = root(el).querySelector('select')!;
    select.value = 'name';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.sort).to.equal('name');
    expect(names(el)).to.have.length(8);
  });

  it('has no accessibility violations with every card expanded', async () => {
    const el = await renderCards({ layout: 'expanded', 'show-table': '' });
    await expectNoAxeViolations(el);
  });

  it('reads at 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const el = await renderCards({ layout: 'expanded' });
      await aTimeout(50);
      for (const c of projectCards(el)) expect(c.scrollWidth, text(c.querySelector('.card-title')!)).to.be.at.most(c.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<budget-project-card>', () => {
  it('shows one project by its id, in English too', async () => {
    const el = await fixture<BudgetProjectCard>(html`<budget-project-card project="legal-adviser" lang="en" open></budget-project-card>`);
    el.data = await reference();
    await el.updateComplete;
    expect(text(root(el).querySelector('.card-title')!)).to.equal('2024常年法律顾问费');
    expect(text(root(el).querySelector('.card-amount')!)).to.equal('10.80 (10,000 yuan) Performance form: 108,000.00 yuan');
    expect(root(el).querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    await expectNoAxeViolations(el);
  });

  it('names an id the document does not have, with the ids it has, instead of an empty card', async () => {
    const el = await fixture<BudgetProjectCard>(html`<budget-project-card project="legal"></budget-project-card>`);
    el.data = await reference();
    await el.updateComplete;
    await el.updateComplete;
    const alert = text(root(el).querySelector('[role="alert"]')!);
    expect(alert).to.contain('$.projects：属性 project 应为文档中某个项目的 id（文档中有：');
    expect(alert).to.contain('legal-adviser');
    expect(alert).to.contain('（实际为 "legal"）');
  });
});
