import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from '../../src/define.js';
import type { BudgetHeadline } from '../../src/components/budget-headline/budget-headline.js';
import { minimalDocument } from '../fixtures/minimal-document.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const reference = fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());

async function render(data: unknown, attrs: { lang?: string; unit?: string } = {}): Promise<BudgetHeadline> {
  const el = await fixture<BudgetHeadline>(html`<budget-headline lang=${attrs.lang ?? 'zh-CN'} unit=${attrs.unit ?? '万元'} .data=${data}></budget-headline>`);
  await el.updateComplete;
  return el;
}

/** The figures as a reader sees them: each term with its value, visible text only. */
function figures(el: BudgetHeadline): Record<string, string> {
  const entries = [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((f) => [
    f.querySelector('dt')!.textContent!.trim(),
    f.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);
  return Object.fromEntries(entries);
}

describe('<budget-headline> on the reference report', () => {
  it('shows the totals, the split with shares and the change, each with its source table', async () => {
    const el = await render(await reference);
    const shown = figures(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('汾阳市信访局 2024年部门预算');
    expect(shown['收入总计']).to.equal('484.55万元 来源：表1');
    expect(shown['支出总计']).to.equal('484.55万元 来源：表1');
    expect(shown['基本支出']).to.equal('164.37万元 占33.92% · 来源：表3');
    expect(shown['项目支出']).to.equal('320.18万元 占66.08% · 来源：表3');
    expect(shown['比上年']).to.contain('比上年增加65.01万元，增长15.50%');
    expect(shown['比上年']).to.contain('2023年数据由说明中的增减额推算：419.54万元');
  });

  it('speaks English and converts the unit exactly when asked', async () => {
    const el = await render(await reference, { lang: 'en', unit: '元' });
    const shown = figures(el);
    expect(shown['Total income']).to.equal('4,845,500.00 yuan Source: Table 1');
    expect(shown['Basic expenditure']).to.contain('33.92% of the total');
    expect(shown['On last year']).to.contain('up 650,100.00 yuan, +15.50% on last year');
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(await render(await reference));
  });
});

describe('<budget-headline> with bad or hostile data', () => {
  it('shows an alert naming the JSON path, expected and found value instead of a figure', async () => {
    const doc = minimalDocument() as any;
    doc.summary.incomeGrandTotal = '12abc';
    const el = await render(doc);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('$.summary.incomeGrandTotal：应为');
    expect(alert.textContent).to.contain('实际为"12abc"');
    expect(el.shadowRoot!.querySelector('[part="figure"]')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('shows names containing markup and script as plain text', async () => {
    const doc = minimalDocument();
    doc.meta.department.name = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>局';
    const el = await render(doc);
    const title = el.shadowRoot!.querySelector('.title')!;
    expect(title.textContent).to.contain('<img src=x');
    expect(title.querySelector('img, script')).to.equal(null);
    expect((window as any).__pwned).to.equal(undefined);
  });

  it('shows nothing but no error before data arrives', async () => {
    const el = await render(undefined);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
  });
});

describe('defineElements', () => {
  it('registers every element once, and again without throwing', () => {
    defineElements();
    expect(customElements.get('budget-headline')).to.not.equal(undefined);
  });
});
