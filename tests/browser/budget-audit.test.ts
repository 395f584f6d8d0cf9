import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { BudgetAudit } from '../../src/components/budget-audit/budget-audit.js';
import { defineElements } from '../../src/define.js';
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
