import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BudgetAudit } from '../../src/components/budget-audit/budget-audit.js';
import { pageRange, shareOut } from '../../src/components/budget-audit/budget-audit.model.js';
import { checkDocument, type Finding } from '../../src/core/check/index.js';
import { defineElements } from '../../src/define.js';
import { manyFindingsDocument } from '../fixtures/many-findings-document.js';
import { minimalDocument } from '../fixtures/minimal-document.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

async function renderAudit(data: unknown, lang = 'zh-CN'): Promise<BudgetAudit> {
  const el = await fixture<BudgetAudit>(html`<budget-audit lang=${lang} .data=${data}></budget-audit>`);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const findings = (el: Element) => [...root(el).querySelectorAll('[part="finding"]')];

describe('<budget-audit> on the reference report', () => {
  it('lists the three inconsistencies of the report, each with its severity in words', async () => {
    const el = await renderAudit(await reference());
    expect(text(root(el).querySelector('.counts')!)).to.equal('1 处错误，2 处舍入差异，0 条提示');
    const heads = findings(el).map((f) => text(f.querySelector('.finding-head')!));
    expect(heads).to.have.members(['✖ 错误 claims-counts', '≈ 舍入差异 economic-sums', '≈ 舍入差异 claims-changes']);
    const error = findings(el).find((f) => f.classList.contains('error'))!;
    expect(text(error.querySelector('.message')!)).to.contain('315.80万元');
    expect(text(error.querySelector('.message')!)).to.contain('320.18万元');
  });

  it('shows the figures of a finding with where each comes from', async () => {
    const el = await renderAudit(await reference());
    const rounding = findings(el).find((f) => text(f).includes('economic-sums'))!;
    const figures = [...rounding.querySelectorAll('.figures li')].map(text);
    expect(figures.some((f) => f.includes('15.43万元') && f.includes('$.basicExpenditureByEconomic'))).to.equal(true);
  });

  it('filters by severity', async () => {
    const el = await renderAudit(await reference());
    const [errors, rounding] = root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    rounding.click();
    await el.updateComplete;
    expect(el.severities).to.equal('error note');
    expect(findings(el)).to.have.length(1);
    errors.click();
    await el.updateComplete;
    expect(findings(el)).to.have.length(0);
    expect(text(root(el).querySelector('.none-shown')!)).to.equal('没有所选级别的检查结果。');
  });

  it('links a finding to the 科目 it concerns', async () => {
    const doc = minimalDocument();
    doc.expenditureBySubject!.rows[2].amounts.total = '61.00';
    doc.expenditureBySubject!.rows[2].amounts.basic = '61.00';
    const el = await renderAudit(doc);
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('.finding button')].find((b) => b.textContent!.includes('查看科目'))!;
    const selected = oneEvent(el, 'budget-select');
    button.click();
    expect((await selected).detail.code).to.match(/^201/);
  });

  it('says so when the report agrees with itself, in English too', async () => {
    const el = await renderAudit(minimalDocument(), 'en');
    expect(text(root(el).querySelector('.counts')!)).to.equal('No inconsistency found in the report.');
  });

  it('has no accessibility violations', async () => {
    const el = await renderAudit(await reference());
    for (const details of root(el).querySelectorAll('details')) details.open = true;
    await expectNoAxeViolations(el);
  });
});

describe('<budget-audit> with thousands of findings', function () {
  // Checking a document of 9,000 rows takes a second or two of the budget; no assertion is timed.
  this.timeout(60_000);

  const doc = manyFindingsDocument(9_000);
  let all: Finding[] = [];
  before(() => {
    all = checkDocument(doc);
  });

  const groups = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="group"]')];
  const groupOf = (el: Element, rule: string) => groups(el).find((g) => g.querySelector('.group-title .rule')!.textContent === rule)!;
  const pageButton = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => text(b) === name)!;
  const pageStatus = (el: Element) => text(root(el).querySelector('.pager [role="status"]')!);
  const tableRows = (el: Element) => [...root(el).querySelectorAll('tbody tr')].map(text);

  it('the generated document has about 9,000 findings of two rules', () => {
    expect(all.length).to.be.greaterThan(9_000);
    expect(new Set(all.map((f) => f.rule))).to.deep.equal(new Set(['subject-sums', 'basic-plus-project']));
  });

  it('draws a bounded page of them, grouped by rule with a count per group, and the table a page of 50', async () => {
    const el = await renderAudit(doc);
    el.showTable = true;
    await el.updateComplete;
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(5_000);
    expect(text(root(el).querySelector('.counts')!)).to.equal('6,184 处错误，3,000 处舍入差异，0 条提示');
    expect(groups(el).map((g) => text(g.querySelector('.group-title')!))).to.deep.equal([
      '科目表中：合计 = 各类之和，类 = 其款之和，款 = 其项之和（每一列） subject-sums 91 条',
      '支出表每一行及合计：合计 = 基本支出 + 项目支出（决算另加上缴上级支出、经营支出、对附属单位补助支出） basic-plus-project 9,093 条',
    ]);
    // 50 drawn at first, shared between the two rules.
    expect(findings(el)).to.have.length(50);
    expect(text(groupOf(el, 'subject-sums').querySelector('.show-more')!)).to.equal('再显示 50 条（还有 66 条）');
    expect(text(groupOf(el, 'basic-plus-project').querySelector('.show-more')!)).to.equal('再显示 50 条（还有 9,068 条）');
    expect(tableRows(el)).to.have.length(50);
    expect(pageStatus(el)).to.equal('第 1–50 条，共 9,184 条');
  });

  it('"show more" by keyboard draws the next 50 findings of the rule and moves focus to the first of them', async () => {
    const el = await renderAudit(doc);
    const group = groupOf(el, 'basic-plus-project');
    group.querySelector<HTMLButtonElement>('.show-more')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const items = group.querySelectorAll('[part="finding"]');
    expect(items).to.have.length(75);
    expect(root(el).activeElement).to.equal(items[25]);
    const expected = all.filter((f) => f.rule === 'basic-plus-project')[25]!;
    expect(text(items[25]!.querySelector('.message')!)).to.equal(expected.message.zh);
    expect(text(group.querySelector('.show-more')!)).to.equal('再显示 50 条（还有 9,018 条）');
  });

  it('pages through the table with buttons named for what they do, down to the last finding', async () => {
    const el = await renderAudit(doc);
    el.showTable = true;
    await el.updateComplete;
    expect(pageButton(el, '上一页').getAttribute('aria-disabled')).to.equal('true');
    pageButton(el, '下一页').click();
    await el.updateComplete;
    expect(pageStatus(el)).to.equal('第 51–100 条，共 9,184 条');
    expect(tableRows(el)[0]).to.contain(all[50]!.message.zh);

    const last = pageButton(el, '最后一页');
    last.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pageStatus(el)).to.equal('第 9,151–9,184 条，共 9,184 条');
    const rows = tableRows(el);
    expect(rows).to.have.length(34);
    expect(rows.at(-1)).to.contain(all.at(-1)!.message.zh);
    expect(rows.at(-1)).to.contain('示例项目支出第9000项');
    // At the last page "next" stays focusable but does nothing, so focus is not lost.
    expect(pageButton(el, '下一页').getAttribute('aria-disabled')).to.equal('true');
    expect(root(el).activeElement).to.equal(pageButton(el, '最后一页'));
    pageButton(el, '下一页').click();
    await el.updateComplete;
    expect(pageStatus(el)).to.equal('第 9,151–9,184 条，共 9,184 条');
    pageButton(el, '上一页').click();
    await el.updateComplete;
    expect(pageStatus(el)).to.equal('第 9,101–9,150 条，共 9,184 条');
  });

  it('filters by severity with the counts of the whole report beside each box, back to the first page', async () => {
    const el = await renderAudit(doc, 'en');
    el.showTable = true;
    await el.updateComplete;
    pageButton(el, 'Next page').click();
    await el.updateComplete;
    const [errors] = root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    errors!.click();
    await el.updateComplete;
    expect(el.severities).to.equal('rounding note');
    expect(groups(el).map((g) => text(g.querySelector('.group-count')!))).to.deep.equal(['3,000 findings']);
    expect(findings(el)).to.have.length(50);
    expect(findings(el).every((f) => f.classList.contains('rounding'))).to.equal(true);
    expect(pageStatus(el)).to.equal('Findings 1–50 of 3,000');
    const labels = [...root(el).querySelectorAll('fieldset label')].map(text);
    expect(labels).to.deep.equal(['Error (6,184)', 'Rounding (3,000)', 'Note (0)']);
  });

  it('has no accessibility violations, the table and its pager shown', async () => {
    const el = await renderAudit(doc);
    el.showTable = true;
    await el.updateComplete;
    for (const details of root(el).querySelectorAll('details')) details.open = true;
    await expectNoAxeViolations(el);
  });
});

/** What the counts line said, and whether the findings were marked busy, at each render of `el`, from its first. */
function watchStates(el: Element): string[] {
  const states: string[] = [];
  const record = () => {
    const counts = el.shadowRoot!.querySelector('.counts');
    const results = el.shadowRoot!.querySelector('.results');
    if (!counts || !results) return;
    const line = `${text(counts)} | busy ${results.getAttribute('aria-busy')} | ${counts.getAttribute('role')}`;
    if (states[states.length - 1] !== line) states.push(line);
  };
  new MutationObserver(record).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return states;
}

/** An audit given `data`, connected, not yet rendered: its updates are left to run as they come. */
function mountAudit(data: unknown): BudgetAudit {
  const el = document.createElement('budget-audit');
  el.data = data;
  document.body.append(el);
  return el;
}

describe('<budget-audit> checks once the page has painted', () => {
  afterEach(() => document.querySelectorAll('body > budget-audit').forEach((el) => el.remove()));

  it('says it is checking, in a live region with the findings busy, then what the rules found', async () => {
    const el = mountAudit(await reference());
    const states = watchStates(el);
    await el.updateComplete;
    expect(states).to.deep.equal(['核查中：正在逐条核对各表与说明…… | busy true | status', '1 处错误，2 处舍入差异，0 条提示 | busy false | status']);
    expect(findings(el)).to.have.length(3);
  });

  /** Until the element draws its counts line: the rules' module has loaded and checking has begun. */
  function countsDrawn(el: HTMLElement): Promise<void> {
    return new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!el.shadowRoot!.querySelector('.counts')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    });
  }

  it('paints its "checking" state before the rules run', async () => {
    const el = mountAudit(await reference());
    const states = watchStates(el);
    // Once the rules' module has loaded, the next frame starts with the audit still checking.
    await countsDrawn(el);
    const atNextFrame = await new Promise<string>((resolve) => requestAnimationFrame(() => resolve(text(el.shadowRoot!.querySelector('.counts')!))));
    expect(atNextFrame).to.equal('核查中：正在逐条核对各表与说明……');
    await el.updateComplete;
    expect(states[states.length - 1]).to.contain('1 处错误');
  });

  it('shows only the findings of the last document, given while it was checking the one before', async () => {
    const el = mountAudit(await reference());
    const states = watchStates(el);
    await new Promise((resolve) => setTimeout(resolve));
    el.data = minimalDocument();
    await el.updateComplete;
    expect(text(root(el).querySelector('.counts')!)).to.equal('未发现报告内部的不一致。');
    expect(findings(el)).to.have.length(0);
    expect(states.some((state) => state.includes('1 处错误')), 'the first document’s findings are never shown').to.equal(false);
  });

  it('runs its rules at once for paper, without waiting for the page to paint', async () => {
    const el = mountAudit(await reference());
    await countsDrawn(el);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      const atNextFrame = await new Promise<string>((resolve) => requestAnimationFrame(() => resolve(text(el.shadowRoot!.querySelector('.counts')!))));
      expect(atNextFrame).to.equal('1 处错误，2 处舍入差异，0 条提示');
      expect(findings(el).every((f) => f.querySelector('details')!.open)).to.equal(true);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });
});

describe('<budget-audit>: every finding reachable', () => {
  it('"show more", pressed until no rule has more, draws every finding once, in order', async () => {
    const doc = manyFindingsDocument(400);
    const all = checkDocument(doc);
    const el = await renderAudit(doc);
    for (let presses = 0; presses < 20; presses++) {
      const more = root(el).querySelector<HTMLButtonElement>('.show-more');
      if (!more) break;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(root(el).querySelector('.show-more')).to.equal(null);
    expect(findings(el).map((f) => text(f.querySelector('.message')!))).to.deep.equal(all.map((f) => f.message.zh));
  });

  it('shows text from the document as text, never as markup', async () => {
    const doc = minimalDocument();
    const row = doc.expenditureBySubject!.rows[2]!;
    row.name = '<img src=x onerror="window.__audit_xss = 1">行政运行';
    row.amounts.total = '61.00';
    const el = await renderAudit(doc);
    el.showTable = true;
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(null);
    expect(findings(el).some((f) => text(f).includes('<img src=x'))).to.equal(true);
    expect((window as { __audit_xss?: number }).__audit_xss).to.equal(undefined);
  });
});

describe('budget-audit model', () => {
  it('shares the first page among rules: a rule with few findings shows them all', () => {
    expect(shareOut([91, 9_093])).to.deep.equal([25, 25]);
    expect(shareOut([1, 3, 9_093])).to.deep.equal([1, 3, 46]);
    expect(shareOut([2, 3])).to.deep.equal([2, 3]);
    expect(shareOut([])).to.deep.equal([]);
    // More rules than the page holds: each still shows one.
    expect(shareOut(Array(60).fill(10)).every((n) => n === 1)).to.equal(true);
  });

  it('names the rows of a table page, the last page short', () => {
    expect(pageRange(0, 9_184)).to.deep.equal({ first: 1, last: 50, pages: 184, page: 0 });
    expect(pageRange(183, 9_184)).to.deep.equal({ first: 9_151, last: 9_184, pages: 184, page: 183 });
    expect(pageRange(500, 9_184).page).to.equal(183);
    expect(pageRange(0, 0)).to.deep.equal({ first: 0, last: 0, pages: 1, page: 0 });
  });
});
