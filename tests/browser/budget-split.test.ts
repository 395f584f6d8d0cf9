import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BudgetSplit } from '../../src/components/budget-split/budget-split.js';
import { defineElements } from '../../src/define.js';
import { minimalDocument } from '../fixtures/minimal-document.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

async function renderSplit(data: unknown, attrs: Record<string, string> = {}): Promise<BudgetSplit> {
  const el = await fixture<BudgetSplit>(html`<budget-split style="width: 900px"></budget-split>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = data;
  await el.updateComplete;
  return el;
}

const root = (el: BudgetSplit) => el.shadowRoot!;
/** What a screen reader says for an element: its aria-label, else its text. */
const spoken = (e: Element) => e.getAttribute('aria-label') ?? e.textContent!.replace(/\s+/g, ' ').trim();
const segments = (el: BudgetSplit, scope = '') => [...root(el).querySelectorAll(`${scope} [part="segment"]`)].map(spoken);
const button = (el: BudgetSplit, label: RegExp) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(spoken(b)))!;
const itemTexts = (el: BudgetSplit) =>
  [...root(el).querySelectorAll('.items li')].map((li) => `${li.querySelector('.item-name')!.textContent} ${li.querySelector('.item-value')!.textContent}`);

async function settle(el: BudgetSplit) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<budget-split> on the reference report', () => {
  it('splits the total into basic and project with shares adding up to 100%', async () => {
    const el = await renderSplit(await reference());
    expect(segments(el)).to.deep.equal(['基本支出 33.92%，164.37万元', '项目支出 66.08%，320.18万元']);
    expect(root(el).querySelector('.title')!.textContent).to.contain('484.55万元');
  });

  it('opens 基本支出 into 人员经费 and 公用经费, and those into their economic items', async () => {
    const el = await renderSplit(await reference());
    const basic = button(el, /^基本支出/);
    expect(basic.getAttribute('aria-expanded')).to.equal('false');
    basic.click();
    await settle(el);
    expect(basic.getAttribute('aria-expanded')).to.equal('true');
    expect(segments(el, '#economic')).to.deep.equal(['人员经费 90.61%，148.94万元', '公用经费 9.39%，15.43万元']);
    button(el, /^人员经费/).click();
    await settle(el);
    expect(itemTexts(el)).to.include('基本工资 52.11万元 · 34.99%');
    expect(itemTexts(el)).to.include('退休费 2.30万元 · 1.54%');
    await expectNoAxeViolations(el);
  });

  it('switches to the 政府预算支出经济分类 view of the same money', async () => {
    const el = await renderSplit(await reference());
    button(el, /^基本支出/).click();
    await settle(el);
    button(el, /^人员经费/).click();
    await settle(el);
    const government = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')][1];
    government.click();
    await settle(el);
    expect(el.getAttribute('classification')).to.equal('government');
    expect(itemTexts(el).map((t) => t.split(' · ')[0])).to.include.members(['工资奖金津补贴 54.50万元', '社会保障缴费 16.78万元', '住房公积金 14.44万元', '离退休费 2.30万元']);
  });

  it('says so when the published items do not add up to their total', async () => {
    const el = await renderSplit(await reference());
    button(el, /^基本支出/).click();
    await settle(el);
    button(el, /^公用经费/).click();
    await settle(el);
    expect(root(el).querySelector('[role="note"]')!.textContent).to.contain('各明细之和为15.42万元，与所列合计15.43万元不一致');
  });

  it('shows the split of every 类, and of a selected one on top', async () => {
    const el = await renderSplit(await reference());
    const rows = [...root(el).querySelectorAll('.subject-row')].map(spoken);
    expect(rows).to.deep.equal([
      '201 一般公共服务支出 基本支出118.71万元，项目支出320.18万元，合计 438.89万元',
      '208 社会保障和就业支出 基本支出23.88万元，项目支出0.00万元，合计 23.88万元',
      '210 卫生健康支出 基本支出7.34万元，项目支出0.00万元，合计 7.34万元',
      '221 住房保障支出 基本支出14.44万元，项目支出0.00万元，合计 14.44万元',
    ]);
    el.setAttribute('selected', '201');
    await settle(el);
    expect(segments(el)).to.deep.equal(['基本支出 27.05%，118.71万元', '项目支出 72.95%，320.18万元']);
    expect(root(el).querySelector('.subject-row[aria-pressed="true"]')!.textContent).to.contain('201');
  });

  it('selects a 类 by click and announces it; pressing it again clears the selection', async () => {
    const el = await renderSplit(await reference());
    const row = root(el).querySelectorAll<HTMLButtonElement>('.subject-row')[3];
    let event = oneEvent(el, 'budget-select');
    row.click();
    expect((await event).detail).to.deep.include({ code: '221', name: '住房保障支出', amount: '14.44' });
    await settle(el);
    expect(el.selected).to.equal('221');
    event = oneEvent(el, 'budget-select');
    row.click();
    expect((await event).detail).to.deep.include({ code: '', amount: '484.55' });
  });

  it('makes the 类 list one tab stop moved by the arrow keys', async () => {
    const el = await renderSplit(await reference());
    const rows = () => [...root(el).querySelectorAll<HTMLButtonElement>('.subject-row')];
    expect(rows().map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    rows()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(root(el).activeElement).to.equal(rows()[1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(root(el).activeElement).to.equal(rows()[3]);
    expect(rows().map((r) => r.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
  });

  it('lists every item and 款, zero ones included, in the table view', async () => {
    const el = await renderSplit(await reference(), { level: 'section', 'show-table': '' });
    const captions = [...root(el).querySelectorAll('caption')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(captions).to.deep.equal([
      '支出合计：基本支出与项目支出 单位：万元',
      '人员经费明细（部门预算支出经济分类） 单位：万元',
      '公用经费明细（部门预算支出经济分类） 单位：万元',
      '按功能分类（款）的基本支出与项目支出 单位：万元',
    ]);
    const tables = root(el).querySelectorAll('table');
    const codes = [...tables[3].querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
    expect(codes).to.deep.equal(['20103', '20140', '20805', '21011', '22102']);
    const personnelItems = tables[1].querySelectorAll('tbody tr');
    expect(personnelItems.length).to.be.greaterThan(10);
    await expectNoAxeViolations(el);
  });
});

describe('<budget-split> with other data', () => {
  it('keeps a 类 the report lists with nothing in it', async () => {
    const doc = minimalDocument();
    doc.expenditureBySubject!.rows.push({ code: '208', name: '社会保障和就业支出', amounts: { total: '0', basic: '0', project: '0' } });
    const el = await renderSplit(doc);
    const rows = [...root(el).querySelectorAll('.subject-row')];
    expect(rows).to.have.length(2);
    expect(rows[1].textContent).to.contain('无');
  });

  it('does not open 基本支出 when the report has no economic table', async () => {
    const el = await renderSplit(minimalDocument());
    expect(root(el).querySelector('button.segment')).to.equal(null);
    expect(segments(el)).to.deep.equal(['基本支出 60.00%，60.00万元', '项目支出 40.00%，40.00万元']);
  });

  it('speaks English', async () => {
    const el = await renderSplit(await reference(), { lang: 'en' });
    expect(segments(el)[0]).to.equal('Basic expenditure 33.92%, 164.37 (10,000 yuan)');
  });
});

/** Every figure with a unit the element says, shown or spoken, in document order. */
function figuresWithUnit(el: BudgetSplit): string[] {
  const labels = [...root(el).querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  return [root(el).textContent!, ...labels].join(' ').match(/-?[\d,]+(?:\.\d+)?(?=万元|亿元|元)/g) ?? [];
}

const isZero = (figure: string) => /^-?0(?:\.0*)?$/.test(figure);

/** Decimals of the figures in each numeric column of each table, one set per column. */
function columnDecimals(el: BudgetSplit | HTMLElement): number[][] {
  const out: number[][] = [];
  for (const table of el.shadowRoot!.querySelectorAll('table')) {
    const columns = new Map<number, Set<number>>();
    for (const tr of table.querySelectorAll('tbody tr, tfoot tr')) {
      [...tr.querySelectorAll('td')].forEach((td, i) => {
        const figure = td.classList.contains('numeric') && !td.textContent!.includes('%') ? /^-?[\d,]+(?:\.(\d+))?/.exec(td.textContent!.trim()) : null;
        if (!figure) return;
        if (!columns.has(i)) columns.set(i, new Set());
        columns.get(i)!.add(figure[1]?.length ?? 0);
      });
    }
    out.push(...[...columns.values()].map((set) => [...set]));
  }
  return out;
}

async function openEverything(el: BudgetSplit) {
  button(el, /^基本支出/).click();
  await settle(el);
  button(el, /^人员经费/).click();
  await settle(el);
}

describe('<budget-split> in another unit', () => {
  it('shows no non-zero amount as 0 in 亿元, and one precision per table column', async () => {
    const inWan = await renderSplit(await reference(), { 'show-table': '' });
    await openEverything(inWan);
    const inYi = await renderSplit(await reference(), { unit: '亿元', 'show-table': '' });
    await openEverything(inYi);
    const wan = figuresWithUnit(inWan);
    const yi = figuresWithUnit(inYi);
    expect(yi).to.have.length(wan.length);
    expect(yi.map(isZero)).to.deep.equal(wan.map(isZero));
    for (const decimals of columnDecimals(inYi)) expect(decimals).to.have.length(1);
    expect(root(inYi).querySelector('.title')!.textContent).to.contain('0.048455亿元');
  });

  it('gives the exact amount in the tooltip', async () => {
    const el = await renderSplit(await reference(), { unit: '亿元' });
    button(el, /^基本支出/).focus();
    await settle(el);
    expect([...root(el).querySelector('[part="tooltip"]')!.children].map((e) => e.textContent!.trim())).to.deep.equal(['基本支出', '0.016437亿元', '33.92%']);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root(el).querySelector('[part="tooltip"]')!.matches(':popover-open')).to.equal(false);
  });
});

describe('<budget-split> for screen readers', () => {
  it('describes the chart in a generated summary the bar points to', async () => {
    const el = await renderSplit(await reference());
    const bar = root(el).querySelector('[part="split"]')!;
    expect(bar.getAttribute('aria-describedby')).to.equal('summary');
    expect(root(el).getElementById('summary')!.textContent).to.equal(
      '条形图：支出合计484.55万元，其中基本支出164.37万元，占33.92%；项目支出320.18万元，占66.08%。基本支出中，人员经费148.94万元，占90.61%；公用经费15.43万元，占9.39%。',
    );
    el.lang = 'en';
    await settle(el);
    expect(root(el).getElementById('summary')!.textContent).to.match(/^Bar chart of total expenditure, 484\.55 \(10,000 yuan\): basic expenditure/);
  });

  it('announces a chosen 类 and a cleared choice', async () => {
    const el = await renderSplit(await reference());
    const announcement = () => root(el).querySelector('[part="announcement"]')!.textContent!.trim();
    root(el).querySelectorAll<HTMLButtonElement>('.subject-row')[3].click();
    await waitUntil(() => announcement() !== '', 'the choice is announced');
    expect(announcement()).to.equal('已选择221 住房保障支出：合计14.44万元，基本支出14.44万元，占100.00%；项目支出0.00万元，占0.00%。');
    root(el).querySelectorAll<HTMLButtonElement>('.subject-row')[3].click();
    await waitUntil(() => announcement().startsWith('已取消选择'), 'clearing is announced');
    await expectNoAxeViolations(el);
  });
});
