import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetSplit } from '../../src/components/budget-split/budget-split.js';
import type { BudgetYoy } from '../../src/components/budget-yoy/budget-yoy.js';
import { defineElements } from '../../src/define.js';
import { barChartSvg, MAX_DRAWN_ROWS, type BarRow } from '../../src/export/bar-chart-svg.js';

defineElements();

const reference = () => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
const WANLI = '/data/sh-putuo-wanli.collection.json';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The protected export hook, as the export controller calls it. */
const exportChart = (el: BudgetSplit | BudgetYoy) => (el as unknown as { exportChart(): Promise<SVGSVGElement | undefined> }).exportChart();

async function chartOf(el: BudgetSplit | BudgetYoy): Promise<SVGSVGElement> {
  const svg = await exportChart(el);
  expect(svg, 'an exported chart').to.be.instanceOf(SVGSVGElement);
  return svg!;
}

async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

async function renderSplit(data: unknown, attrs: Record<string, string> = {}, style = 'width: 900px'): Promise<BudgetSplit> {
  const el = await fixture<BudgetSplit>(html`<budget-split style=${style}></budget-split>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = data;
  await settle(el);
  return el;
}

async function renderYoy(attrs: Record<string, string>, data?: unknown): Promise<BudgetYoy> {
  const el = await fixture<BudgetYoy>(html`<budget-yoy style="width: 900px"></budget-yoy>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  await waitUntil(() => el.shadowRoot!.querySelector('.series'), 'the element renders its series');
  await settle(el);
  return el;
}

const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const shadowTexts = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map(text);
/** The texts drawn in an SVG group, in order, without its <title>. */
const drawn = (group: Element, selector = 'text') => [...group.querySelectorAll(selector)].map(text);
const rowsOf = (svg: SVGSVGElement, list: string) => [...svg.querySelectorAll(`g.${list} > g.bar-row`)];
/** A row as it reads: label, value. */
const rowText = (row: Element) => drawn(row, ':scope > text').join(' | ');
const fillOf = (node: Element | null) => node!.getAttribute('fill');

function expectSelfContained(svg: SVGSVGElement) {
  expect(svg.isConnected, 'detached').to.equal(false);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  expect(width).to.be.at.least(320);
  expect(height).to.be.above(100);
  expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${width} ${height}`);
  for (const node of svg.querySelectorAll('rect, text')) {
    for (const name of ['fill', 'stroke']) {
      const value = node.getAttribute(name) ?? '';
      if (node.localName === 'text' && name === 'stroke') continue;
      expect(value, `${node.localName} ${name}`).to.match(/^(#[0-9a-f]{6}|rgba\([\d., ]+\)|none|url\(#[\w-]+\))$/);
    }
  }
  for (const node of svg.querySelectorAll('text')) {
    for (const name of ['font-size', 'font-family', 'font-weight', 'text-anchor']) expect(node.getAttribute(name), `text ${name}`).to.be.a('string').and.not.empty;
  }
  const serialized = new XMLSerializer().serializeToString(svg);
  expect(serialized).not.to.contain('var(');
}

describe('exported chart of <budget-split>', () => {
  it('draws the split, its legend and a bar per 类 with the labels and values the view shows', async () => {
    const el = await renderSplit(await reference(), { theme: 'light' });
    const svg = await chartOf(el);
    expectSelfContained(svg);
    expect(Number(svg.getAttribute('width'))).to.be.closeTo(el.getBoundingClientRect().width, 40);

    const rows = rowsOf(svg, 'subjects');
    expect(rows.map(rowText)).to.deep.equal(
      [...el.shadowRoot!.querySelectorAll('.subject-row')].map((row) => `${text(row.querySelector('.subject-name')!)} | ${text(row.querySelector('.subject-value')!)}`),
    );
    expect(rows.map(rowText)).to.deep.equal(['201 一般公共服务支出 | 438.89万元', '208 社会保障和就业支出 | 23.88万元', '210 卫生健康支出 | 7.34万元', '221 住房保障支出 | 14.44万元']);
    expect(drawn(svg.querySelector('g.legend')!)).to.deep.equal(shadowTexts(el, '.legend > span'));
    expect(drawn(svg.querySelector('g.legend')!)).to.deep.equal(['基本支出 164.37万元（33.92%）', '项目支出 320.18万元（66.08%）']);
    expect(drawn(svg.querySelector('g.split-bar')!)).to.deep.equal(['基本支出 33.92%', '项目支出 66.08%']);
    expect(text(svg.querySelector(':scope > g > text')!)).to.equal('支出合计：基本支出与项目支出 · 484.55万元');
    expect(svg.querySelector(':scope > desc')!.textContent).to.equal(shadowTexts(el, '#summary')[0]);
  });

  it('draws bars as long as the view draws them, split into 基本支出 and 项目支出 by their shares', async () => {
    const el = await renderSplit(await reference(), { theme: 'light' });
    const svg = await chartOf(el);
    const bars = rowsOf(svg, 'subjects').map((row) => [...row.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width'))));
    const lengths = bars.map((parts) => parts.reduce((a, b) => a + b, 0));
    // 438.89, 23.88, 7.34 and 14.44 万元 against the largest.
    expect(lengths[1] / lengths[0]).to.be.closeTo(23.88 / 438.89, 0.001);
    expect(lengths[3] / lengths[0]).to.be.closeTo(14.44 / 438.89, 0.001);
    // 201: 基本支出 118.71 of 438.89 (27.05%).
    expect(bars[0][0] / lengths[0]).to.be.closeTo(0.2705, 0.0005);
    const [basic, project] = [...svg.querySelectorAll('g.split-bar rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(basic / (basic + project)).to.be.closeTo(0.3392, 0.0005);
  });

  it('outlines the selected 类 and splits it on top, as the view does', async () => {
    const el = await renderSplit(await reference(), { theme: 'light', selected: '201' });
    const svg = await chartOf(el);
    const [selected, other] = rowsOf(svg, 'subjects');
    expect(selected.querySelector('rect[fill="none"]')!.getAttribute('stroke')).to.equal('#1f2328');
    expect(selected.querySelector('text')!.getAttribute('font-weight')).to.equal('bold');
    expect(other.querySelector('rect[fill="none"]')).to.equal(null);
    expect(drawn(svg.querySelector('g.legend')!)).to.deep.equal(shadowTexts(el, '.legend > span'));
    expect(drawn(svg.querySelector('g.legend')!)[0]).to.equal('基本支出 118.71万元（27.05%）');
  });

  it('draws the opened 人员经费 / 公用经费 panel and the opened part’s items', async () => {
    const el = await renderSplit(await reference(), { theme: 'light' });
    expect((await chartOf(el)).querySelector('g.economic'), 'closed: not drawn').to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.segment.basic')!.click();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.segment.public-use')!.click();
    await settle(el);
    const svg = await chartOf(el);
    const panel = svg.querySelector('g.economic')!;
    expect(drawn(panel.querySelector('g.legend')!)).to.deep.equal(['人员经费 148.94万元（90.61%）', '公用经费 15.43万元（9.39%）']);
    expect(fillOf(panel.querySelector('g.split-bar rect'))).to.equal('#3f6f2a');
    const items = [...panel.querySelectorAll('g.items > g.bar-row')].map((row) => drawn(row, ':scope > text').join(' '));
    const shown = [...el.shadowRoot!.querySelectorAll('.items li')].map((li) => `${text(li.querySelector('.item-name')!)} ${text(li.querySelector('.item-value')!)}`);
    expect(items).to.deep.equal(shown);
    expect(items).to.include('办公费 1.46万元 · 9.47%');
    expect(drawn(panel).some((line) => line.includes('各明细之和为15.42万元'))).to.equal(true);
  });

  it('speaks English with lang="en" and shows every amount in 元 with unit="元"', async () => {
    const english = await chartOf(await renderSplit(await reference(), { lang: 'en' }));
    expect(drawn(english.querySelector('g.legend')!)).to.deep.equal([
      'Basic expenditure 164.37 (10,000 yuan) (33.92%)',
      'Project expenditure 320.18 (10,000 yuan) (66.08%)',
    ]);
    expect(english.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).to.equal('en');

    const el = await renderSplit(await reference(), { unit: '元' });
    const svg = await chartOf(el);
    const values = rowsOf(svg, 'subjects').map((row) => text(row.querySelectorAll(':scope > text')[1]));
    expect(values).to.deep.equal(shadowTexts(el, '.subject-value'));
    expect(values[0]).to.equal('4,388,900.00元');
  });

  it('keeps a hostile 科目 name as text: escaped in the file, no element made of it', async () => {
    const doc = await reference();
    doc.expenditureBySubject.rows.find((row: { code: string }) => row.code === '201').name = HOSTILE;
    const el = await renderSplit(doc);
    const svg = await chartOf(el);
    expect(svg.querySelector('img')).to.equal(null);
    expect(svg.getElementsByTagName('img').length).to.equal(0);
    const row = rowsOf(svg, 'subjects')[0];
    expect(rowText(row)).to.match(/^201 <img src=x onerror=.*… \| 438\.89万元$/);
    expect(row.querySelector(':scope > title')!.textContent).to.contain(`201 ${HOSTILE}`);
    const serialized = new XMLSerializer().serializeToString(svg);
    expect(serialized).to.contain('201 &lt;img src=x onerror=alert(1)&gt;');
    expect(serialized).not.to.contain('<img');
    const parsed = new DOMParser().parseFromString(serialized, 'image/svg+xml');
    expect(parsed.getElementsByTagName('img').length).to.equal(0);
    expect(parsed.querySelector('parsererror')).to.equal(null);
  });

  it('cuts a long name with … within the image, the whole name in the row’s title', async () => {
    const doc = await reference();
    const long = '一般公共服务支出'.repeat(6);
    doc.expenditureBySubject.rows.find((row: { code: string }) => row.code === '201').name = long;
    const el = await renderSplit(doc, {}, 'width: 360px');
    const svg = await chartOf(el);
    expect(svg.getAttribute('width')).to.equal('360');
    const row = rowsOf(svg, 'subjects')[0];
    const label = row.querySelector(':scope > text')!;
    expect(label.textContent).to.match(/^201 一般公共服务支出.*…$/);
    expect(row.querySelector(':scope > title')!.textContent).to.contain(`201 ${long}`);
    // Rendered, every text stays inside the image.
    document.body.append(svg);
    try {
      const box = svg.getBoundingClientRect();
      for (const node of svg.querySelectorAll('text')) {
        const r = node.getBoundingClientRect();
        expect(r.left, node.textContent!).to.be.at.least(box.left - 0.5);
        expect(r.right, node.textContent!).to.be.at.most(box.right + 0.5);
      }
    } finally {
      svg.remove();
    }
  });

  it('resolves colours from the theme and the page: dark-theme fills in dark, an override wins', async () => {
    const light = await chartOf(await renderSplit(await reference(), { theme: 'light' }));
    const dark = await chartOf(await renderSplit(await reference(), { theme: 'dark' }));
    expectSelfContained(dark);
    const basicFill = (svg: SVGSVGElement) => fillOf(svg.querySelector('g.split-bar g.segment rect'));
    const background = (svg: SVGSVGElement) => fillOf(svg.querySelector(':scope > rect'));
    const heading = (svg: SVGSVGElement) => fillOf(svg.querySelector(':scope > g > text'));
    expect([basicFill(light), background(light), heading(light)]).to.deep.equal(['#1d5fa8', '#ffffff', '#1f2328']);
    expect([basicFill(dark), background(dark), heading(dark)]).to.deep.equal(['#4493f8', '#0d1117', '#e6edf3']);
    const page = await chartOf(await renderSplit(await reference(), { theme: 'light' }, 'width: 900px; --budget-color-basic: rebeccapurple'));
    expect(basicFill(page)).to.equal('#663399');
    expect(fillOf(rowsOf(page, 'subjects')[0].querySelector('rect'))).to.equal('#663399');
  });

  it('is loaded only when asked for: split and yoy import their drawing lazily', async () => {
    for (const name of ['split', 'yoy']) {
      const source = await fetch(`/src/components/budget-${name}/budget-${name}.ts`).then((r) => r.text());
      // As served, compiled: the import of the drawing is dynamic, and nothing else of src/export is imported.
      expect(source).to.match(new RegExp(`await import\\(["']\\.\\./\\.\\./export/${name}-chart-svg\\.(js|ts)["']\\)`));
      expect(source).not.to.match(/from ["']\.\.\/\.\.\/export\//);
    }
  });
});

describe('exported chart of <budget-yoy>', () => {
  /** Each drawn series as the view's seriesTexts read it: label | each year | change. */
  const drawnSeries = (svg: SVGSVGElement) =>
    [...svg.querySelectorAll('g.series')].map((group) =>
      [text(group.querySelector(':scope > text')!), ...[...group.querySelectorAll('g.bar-row')].map((row) => drawn(row, ':scope > text').join(' ')), drawn(group, ':scope > text').at(-1)].join(' | '),
    );
  const shownSeries = (el: BudgetYoy) =>
    [...el.shadowRoot!.querySelectorAll('.series')].map((s) =>
      [text(s.querySelector('.series-label')!), ...[...s.querySelectorAll('.year-row')].map(text), text(s.querySelector('.change')!)].join(' | '),
    );

  it('draws this year against last year for each figure, with the change as the report phrases it', async () => {
    const el = await renderYoy({ theme: 'light' }, await reference());
    const svg = await chartOf(el);
    expectSelfContained(svg);
    expect(drawnSeries(svg)).to.deep.equal(shownSeries(el));
    expect(drawnSeries(svg)[0]).to.equal('收入总计 | 2023年 419.54万元（推算） | 2024年 484.55万元 | ▲ 比上年增加65.01万元，增长15.50%');
    expect(fillOf([...svg.querySelectorAll('g.series > text')].at(-1)!)).to.equal('#a3480b');
  });

  it('colours the newest year, hatches a derived year and explains the hatch', async () => {
    const el = await renderYoy({ theme: 'light' }, await reference());
    const svg = await chartOf(el);
    const [previous, current] = [...svg.querySelector('g.series')!.querySelectorAll('g.bar-row rect')];
    expect(fillOf(current)).to.equal('#1d5fa8');
    expect(fillOf(previous)).to.match(/^url\(#[\w-]+\)$/);
    const pattern = svg.querySelector(`pattern#${fillOf(previous)!.slice(5, -1)}`)!;
    expect([...pattern.querySelectorAll('rect')].map(fillOf)).to.deep.equal(['#8c959f', '#ffffff']);
    expect(drawn(svg.querySelector('g.legend')!)).to.deep.equal(['2023年', '2024年']);
    expect(fillOf(svg.querySelectorAll('g.legend rect')[1])).to.equal('#1d5fa8');
    expect(text([...svg.querySelectorAll(':scope > g > text')].at(-1)!)).to.equal('斜纹条为由报告说明中的增减额推算的上年数，并非报表数据。');
  });

  it('draws the two-year collection in the measure and order chosen, in English, in 元', async () => {
    const el = await renderYoy({ src: WANLI, measure: 'function', sort: 'change', lang: 'en' });
    const svg = await chartOf(el);
    expect(drawnSeries(svg)).to.deep.equal(shownSeries(el));
    expect(svg.querySelectorAll('g.series').length).to.equal(el.shadowRoot!.querySelectorAll('.series').length).and.to.be.above(3);
    // By change: growth from nothing first, then the largest increase.
    expect(drawnSeries(svg)[0]).to.equal('205 教育支出 | 2023 0.00 yuan | 2025 250,000.00 yuan | ▲ new: 250,000.00 yuan, none in 2023');
    expect(drawnSeries(svg)[1]).to.match(/^212 城乡社区支出 \| 2023 121,319,878\.00 yuan \| 2025 154,369,326\.00 yuan \| ▲ up 33,049,448\.00 yuan/);
    expect(drawn(svg.querySelector('g.legend')!)).to.deep.equal(['2023', '2025']);

    el.unit = '万元';
    await settle(el);
    const inWan = await chartOf(el);
    expect(drawnSeries(inWan)).to.deep.equal(shownSeries(el));
    expect(drawnSeries(inWan)[1]).to.contain('2025 15,436.93 (10,000 yuan)');
  });

  it('gives dark-theme bars in dark', async () => {
    const el = await renderYoy({ src: WANLI, theme: 'dark' });
    const svg = await chartOf(el);
    expectSelfContained(svg);
    const [previous, current] = [...svg.querySelector('g.series')!.querySelectorAll('g.bar-row rect')];
    expect([fillOf(previous), fillOf(current), fillOf(svg.querySelector(':scope > rect'))]).to.deep.equal(['#8c959f', '#4493f8', '#0d1117']);
  });

  it('keeps a hostile series name as text', async () => {
    const doc = await reference();
    doc.expenditureBySubject.rows.find((row: { code: string }) => row.code === '201').name = HOSTILE;
    const el = await renderYoy({ measure: 'function' }, doc);
    const svg = await chartOf(el);
    expect(text(svg.querySelector('g.series > text')!)).to.equal(`201 ${HOSTILE}`);
    expect(svg.getElementsByTagName('img').length).to.equal(0);
    expect(new XMLSerializer().serializeToString(svg)).not.to.contain('<img');
  });
});

describe('data tables of <budget-split> and <budget-yoy> for CSV', () => {
  type Cell = string | { text: string; value: string };
  const tablesOf = (el: BudgetSplit | BudgetYoy) => el.exportTables() as { caption: string; columns: { label: string; unit?: string }[]; rows: { header: string; cells: Cell[] }[]; footer?: { cells: Cell[] } }[];
  const values = (cells: Cell[]) => cells.map((cell) => (typeof cell === 'string' ? cell : cell.value));

  it('give the split’s amounts exactly in the unit shown, without grouping, as shown in the table view', async () => {
    const el = await renderSplit(await reference(), { unit: '元' });
    const [split, personnel, , subjects] = tablesOf(el);
    expect(split.columns.map((c) => c.unit)).to.deep.equal(['元', undefined]);
    expect(split.rows.map((row) => values(row.cells))).to.deep.equal([
      ['1643700.00', '33.92%'],
      ['3201800.00', '66.08%'],
    ]);
    expect(values(split.footer!.cells)).to.deep.equal(['4845500.00', '']);
    expect((split.rows[0].cells[0] as { text: string }).text).to.equal('1,643,700.00');
    expect(values(personnel.rows.find((row) => row.header === '基本工资')!.cells)).to.deep.equal(['521100.00', '34.99%']);
    expect(subjects.columns.map((c) => c.unit)).to.deep.equal([undefined, '元', '元', '元', undefined]);
    expect(values(subjects.rows[0].cells)).to.deep.equal(['201', '4388900.00', '1187100.00', '3201800.00', '27.05%']);
    expect((await el.toCSV()).split('\r\n').slice(0, 2)).to.deep.equal(['\uFEFF名称,金额（元）,占比', '基本支出,1643700.00,33.92%']);
  });

  it('give each year’s figure exactly, a derived one still saying so in the text shown', async () => {
    const el = await renderYoy({}, await reference());
    const [table] = tablesOf(el);
    expect(table.columns.map((c) => c.unit)).to.deep.equal(['万元', '万元', undefined]);
    expect(values(table.rows[0].cells)).to.deep.equal(['419.54', '484.55', '比上年增加65.01万元，增长15.50%']);
    expect((table.rows[0].cells[0] as { text: string }).text).to.equal('419.54（推算）');
    el.unit = '亿元';
    await settle(el);
    expect(values(tablesOf(el)[0].rows[0].cells).slice(0, 2)).to.deep.equal(['0.041954', '0.048455']);
  });
});

describe('exported bar list', () => {
  it(`draws at most ${MAX_DRAWN_ROWS} rows of a long list and says how many more there are`, async () => {
    const host = await fixture<HTMLElement>(html`<budget-split theme="light"></budget-split>`);
    const rows: BarRow[] = Array.from({ length: MAX_DRAWN_ROWS + 37 }, (_, i) => ({
      label: `项目${i}`,
      value: `${i}.00万元`,
      title: `项目${i}`,
      length: 50,
      parts: [{ paint: 'basic', share: 100 }],
    }));
    const svg = barChartSvg(host, { width: 600, lang: 'zh-CN', title: 't', description: 'd', blocks: [{ kind: 'rows', name: 'items', rows, labelEm: [6, 14], barEm: 1 }] });
    expect(svg.querySelectorAll('g.items > g.bar-row').length).to.equal(MAX_DRAWN_ROWS);
    expect(text([...svg.querySelectorAll('text')].at(-1)!)).to.equal('另有37项未画出，见数据表');
    expect(Number(svg.getAttribute('height'))).to.be.below(8000);
  });
});
