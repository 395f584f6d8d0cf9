import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetYoy } from '../../src/components/budget-yoy/budget-yoy.js';
import { defineElements } from '../../src/define.js';
import { minimalDocument } from '../fixtures/minimal-document.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
const WANLI = '/data/sh-putuo-wanli.collection.json';

async function renderYoy(attrs: Record<string, string>, data?: unknown): Promise<BudgetYoy> {
  const el = await fixture<BudgetYoy>(html`<budget-yoy style="width: 900px"></budget-yoy>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  await waitUntil(() => el.shadowRoot!.querySelector('.series, [role="alert"], [role="status"]:not(:empty)'), 'the element renders');
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="state"][role="status"]'), 'loading ends');
  await el.updateComplete;
  return el;
}

const root = (el: BudgetYoy) => el.shadowRoot!;
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
/** Each compared figure as a reader sees it: label | each year's value | change. */
const seriesTexts = (el: BudgetYoy) =>
  [...root(el).querySelectorAll('.series')].map((s) =>
    [text(s.querySelector('.series-label')!), ...[...s.querySelectorAll('.year-row')].map(text), text(s.querySelector('.change')!)].join(' | '),
  );

async function settle(el: BudgetYoy) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<budget-yoy> on one document with a derived prior year', () => {
  it('compares the totals with last year, the derived year marked as derived', async () => {
    const el = await renderYoy({}, await reference());
    expect(seriesTexts(el)).to.deep.equal([
      '收入总计 | 2023年 419.54万元（推算） | 2024年 484.55万元 | ▲ 比上年增加65.01万元，增长15.50%',
      '支出总计 | 2023年 419.54万元（推算） | 2024年 484.55万元 | ▲ 比上年增加65.01万元，增长15.50%',
    ]);
    const bars = root(el).querySelectorAll('.series')[1].querySelectorAll('[part="bar"]');
    expect(bars[0].classList.contains('derived')).to.equal(true);
    expect(bars[1].classList.contains('derived')).to.equal(false);
    expect(text(root(el).querySelector('.note')!)).to.contain('推算的上年数');
  });

  it('compares 机关运行经费 and marks a single year as having nothing to compare', async () => {
    const el = await renderYoy({ measure: 'operating' }, await reference());
    expect(seriesTexts(el)).to.deep.equal(['机关运行经费 | 2023年 14.87万元（推算） | 2024年 15.43万元 | ▲ 比上年增加0.56万元，增长3.77%']);
    el.measure = 'function';
    await settle(el);
    expect(seriesTexts(el)[0]).to.equal('201 一般公共服务支出 | 2024年 438.89万元 | 只有一年的数据，无法比较');
  });

  it('speaks English', async () => {
    const el = await renderYoy({ lang: 'en' }, await reference());
    expect(seriesTexts(el)[1]).to.equal(
      'Total expenditure | 2023 419.54 (10,000 yuan) (derived) | 2024 484.55 (10,000 yuan) | ▲ up 65.01 (10,000 yuan), +15.50% on last year',
    );
  });
});

describe('<budget-yoy> on two years of 万里街道 (a collection)', () => {
  it('loads every year of the collection and compares 2025 with 2023', async () => {
    const el = await renderYoy({ src: WANLI, unit: '万元', measure: 'split' });
    const [basic, project] = seriesTexts(el);
    expect(basic).to.match(/^基本支出 \| 2023年 .+万元 \| 2025年 .+万元 \| . 比2023年(增加|减少)/);
    expect(project).to.match(/^项目支出 \| 2023年 .+万元 \| 2025年 .+万元 \| . 比2023年(增加|减少)/);
  });

  it('phrases increase, decrease, no change and new as reports do, never ∞ or NaN', async () => {
    const el = await renderYoy({ src: WANLI, unit: '万元', measure: 'function' });
    const changes = seriesTexts(el).map((s) => s.split(' | ').at(-1)!);
    expect(changes.join()).to.not.match(/∞|NaN|Infinity/);
    expect(changes).to.include('▲ 比2023年新增25.00万元');
    expect(changes).to.include('＝ 与2023年持平');
    expect(changes.some((c) => /^▲ 比2023年增加.+万元，增长\d+\.\d\d%$/.test(c))).to.equal(true);
    expect(changes.some((c) => /^▼ 比2023年减少.+万元，下降\d+\.\d\d%$/.test(c))).to.equal(true);
  });

  it('marks a decrease with ▼ and words, not colour alone', async () => {
    const el = await renderYoy({ src: WANLI, unit: '万元', measure: 'operating' });
    const change = root(el).querySelector('.change')!;
    expect(change.classList.contains('decrease')).to.equal(true);
    expect(text(change)).to.match(/^▼ 比2023年减少321\.45万元，下降40\.89%$/);
  });

  it('sorts by amount and by change', async () => {
    const el = await renderYoy({ src: WANLI, unit: '万元', measure: 'function', sort: 'amount' });
    const labels = () => [...root(el).querySelectorAll('.series-label')].map(text);
    expect(labels()[0]).to.equal('212 城乡社区支出');
    const select = root(el).querySelectorAll('select')[1];
    select.value = 'change';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('sort')).to.equal('change');
    expect(labels()[0]).to.equal('205 教育支出');
  });

  it('switches what it compares from its own control, and mirrors it in the table', async () => {
    const el = await renderYoy({ src: WANLI, unit: '万元', 'show-table': '' });
    const select = root(el).querySelector('select')!;
    select.value = 'three-public';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.measure).to.equal('three-public');
    const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) => text(tr.querySelector('th')!));
    expect(rows[0]).to.equal('“三公”经费合计');
    expect(rows).to.have.length(root(el).querySelectorAll('.series').length);
    expect(text(root(el).querySelector('caption')!)).to.equal('逐年比较：“三公”经费 单位：万元');
    await expectNoAxeViolations(el);
  });

  it('has no accessibility violations', async () => {
    await expectNoAxeViolations(await renderYoy({ src: WANLI, unit: '万元', measure: 'function' }));
  });
});

describe('<budget-yoy> states', () => {
  it('names the invalid field of a document in an alert', async () => {
    const doc = minimalDocument() as any;
    doc.priorYear[0].amount = 'NaN';
    const el = await renderYoy({}, doc);
    expect(text(root(el).querySelector('[role="alert"]')!)).to.contain('$.priorYear[0].amount');
  });
});

/** Every figure with a unit the element says, shown or spoken, in document order. */
function figuresWithUnit(el: BudgetYoy): string[] {
  return root(el).textContent!.match(/-?[\d,]+(?:\.\d+)?(?=万元|亿元|元)/g) ?? [];
}

const isZero = (figure: string) => /^-?0(?:\.0*)?$/.test(figure);

describe('<budget-yoy> in another unit', () => {
  for (const measure of ['three-public', 'function']) {
    it(`shows no non-zero ${measure} amount as 0 in 亿元, and one precision per table column`, async () => {
      const wan = figuresWithUnit(await renderYoy({ src: WANLI, unit: '万元', measure, 'show-table': '' }));
      const el = await renderYoy({ src: WANLI, unit: '亿元', measure, 'show-table': '' });
      const yi = figuresWithUnit(el);
      expect(yi).to.have.length(wan.length);
      expect(yi.map(isZero)).to.deep.equal(wan.map(isZero));
      const table = root(el).querySelector('table')!;
      const columns = table.querySelectorAll('thead th.numeric').length;
      for (let i = 0; i < columns; i++) {
        const decimals = new Set(
          [...table.querySelectorAll(`tbody tr td:nth-of-type(${i + 1})`)]
            .map((td) => /^-?[\d,]+(?:\.(\d+))?/.exec(td.textContent!.trim()))
            .filter((m) => m !== null)
            .map((m) => m![1]?.length ?? 0),
        );
        expect([...decimals], `column ${i + 1}`).to.have.length(1);
      }
      // The chart (its bars' values and change lines) speaks one precision too.
      const chart = [...root(el).querySelectorAll('.series-list .unbroken')].map((span) => span.textContent!.match(/\.(\d+)/)?.[1].length ?? 0);
      expect(chart.length).to.be.greaterThan(2);
      expect(new Set(chart).size, 'one precision in the chart').to.equal(1);
    });
  }
});

describe('<budget-yoy> for screen readers', () => {
  it('describes the chart in a generated summary the bars point to', async () => {
    const el = await renderYoy({}, await reference());
    expect(root(el).querySelector('.series-list')!.getAttribute('aria-describedby')).to.equal('summary');
    expect(root(el).getElementById('summary')!.textContent).to.equal(
      '条形图，逐年比较收支总计：收入总计，2023年419.54万元（推算），2024年484.55万元，比上年增加65.01万元，增长15.50%；' +
        '支出总计，2023年419.54万元（推算），2024年484.55万元，比上年增加65.01万元，增长15.50%。',
    );
    el.lang = 'en';
    await settle(el);
    expect(root(el).getElementById('summary')!.textContent).to.match(/^Bar chart comparing Totals year by year: Total income: 2023 419\.54 \(10,000 yuan\) \(derived\), 2024/);
    await expectNoAxeViolations(el);
  });
});
