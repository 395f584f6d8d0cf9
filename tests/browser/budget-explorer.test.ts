import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BudgetExplorer } from '../../src/components/budget-explorer/budget-explorer.js';
import { D } from '../../src/core/decimal.js';
import { syntheticRegionIndex } from '../../src/core/explorer/synthetic-index.js';
import type { BudgetCollection } from '../../src/core/schema/budget-types.generated.js';
import { convertAmount } from '../../src/core/units.js';
import { defineElements } from '../../src/define.js';
import { expectNoAxeViolations } from './axe.js';

defineElements();

const INDEX_URL = '/data/region/index.json';
const regionIndex = (): Promise<BudgetCollection> => fetch(INDEX_URL).then((r) => r.json());
const WANLI_2025 = '4471ea36-2025-budget';
const CZJ_2025 = 'b5e32171-2025-budget';
/** 上海市财政局: one budget, like 普陀区财政局's, so neither has years for a <budget-yoy> to fetch. */
const CITY_CZJ_2025 = 'b7e0a17f-2025-budget';

const root = (el: BudgetExplorer) => el.shadowRoot!;
const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const csvLines = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(','));
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: BudgetExplorer) => [...root(el).querySelectorAll<HTMLTableRowElement>('table.list tbody tr')];
const rowNames = (el: BudgetExplorer) => rows(el).map((row) => text(row.querySelector('th')));

async function settle(el: BudgetExplorer) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await aTimeout(0);
  }
}

/** An explorer of data/region with `attrs`; resolves once the list (or an error) shows. */
async function renderExplorer(attrs: Record<string, string> = {}, data?: unknown): Promise<BudgetExplorer> {
  const el = await fixture<BudgetExplorer>(html`<budget-explorer style="width: 1000px"></budget-explorer>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  else el.src = INDEX_URL;
  await waitUntil(() => root(el).querySelector('.controls, [role="alert"]'), 'the element renders', { timeout: 5000 });
  await settle(el);
  return el;
}

/** An index total in 万元, exactly, as the list's data table must show it. */
const inWan = (amount: string, unit: '元' | '万元' | '亿元') => convertAmount(new D(amount), unit, '万元');
const cellValue = (cell: Element) => new D(text(cell).replace(/,/g, ''));

describe('<budget-explorer> over data/region/index.json', function () {
  this.timeout(30_000);

  it('lists the departments of a year with the totals of the index', async () => {
    const index = await regionIndex();
    const el = await renderExplorer({ year: '2025', 'show-table': '' });
    const expected = index.entries.filter((e) => e.fiscalYear === 2025 && e.kind === 'budget');
    expect(rowNames(el)).to.have.members(expected.map((e) => e.department));
    // Largest first by default, in one unit: 万里 (189,767,551 元) before 上海市财政局 (171,915,169 元).
    expect(rowNames(el)[0]).to.equal('上海市普陀区人民政府万里街道办事处');
    expect(text(rows(el)[0]!.querySelector('.expenditure'))).to.equal('18,976.76万元');
    const tableRows = [...root(el).querySelectorAll('.table-scroll:not(:has(.list)) tbody tr')];
    expect(tableRows.length).to.equal(expected.length);
    for (const entry of expected) {
      const row = tableRows.find((r) => text(r.querySelector('th')) === entry.department)!;
      const [, expenditure, basic, project] = [...row.querySelectorAll('td')];
      const { unit } = entry.totals!;
      expect(cellValue(expenditure!).equals(inWan(entry.totals!.expenditure!, unit)), `${entry.department} 支出总计`).to.equal(true);
      expect(cellValue(basic!).equals(inWan(entry.totals!.basic!, unit)), `${entry.department} 基本支出`).to.equal(true);
      // An index may leave 项目支出 out where it follows from the others.
      const projectTotal = entry.totals!.project ?? new D(entry.totals!.expenditure!).minus(entry.totals!.basic!).toFixed();
      expect(cellValue(project!).equals(inWan(projectTotal, unit)), `${entry.department} 项目支出`).to.equal(true);
    }
  });

  it('fetches the index alone until a department is opened', async () => {
    const fetched: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      const el = await renderExplorer({ year: 'all' });
      await aTimeout(100);
      expect(fetched.map((url) => new URL(url, location.href).pathname)).to.deep.equal([INDEX_URL]);
      expect(rows(el).length).to.equal(7);
    } finally {
      window.fetch = original;
    }
  });

  it('sorts from the keyboard, with aria-sort on the column', async () => {
    const el = await renderExplorer({ year: '2025' });
    const nameSort = root(el).querySelector<HTMLButtonElement>('button.sort[data-sort="name"]')!;
    nameSort.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const ascending = rowNames(el);
    expect(ascending).to.deep.equal([...ascending].sort(new Intl.Collator('zh-CN').compare));
    expect(nameSort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(rowNames(el)).to.deep.equal([...ascending].reverse());
    expect(nameSort.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const projectSort = root(el).querySelector<HTMLButtonElement>('button.sort[data-sort="project"]')!;
    projectSort.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(rowNames(el).slice(0, 2)).to.deep.equal(['上海市普陀区人民政府万里街道办事处', '上海市普陀区人民政府办公室']);
  });

  it('searches by part of a Chinese name, typed', async () => {
    const el = await renderExplorer({ year: 'all' });
    root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: '财政' });
    await settle(el);
    expect(rowNames(el)).to.have.members(['上海市财政局', '上海市普陀区财政局']);
    expect(text(root(el).querySelector('.count'))).to.contain('显示 2 / 8');
  });

  it('opens the report of the department chosen, below the list, and goes back', async () => {
    const el = await renderExplorer({ year: '2025' });
    const row = rows(el).find((r) => text(r.querySelector('th')) === '上海市普陀区人民政府万里街道办事处')!;
    const select = oneEvent(el, 'budget-select');
    row.querySelector<HTMLButtonElement>('button.open')!.click();
    expect((await select).detail).to.deep.equal({ ids: [WANLI_2025] });
    await settle(el);
    expect(el.getAttribute('view')).to.equal('report');
    expect(el.getAttribute('selected')).to.equal(WANLI_2025);
    const report = root(el).querySelector('[part="report"] budget-report')!;
    expect(new URL(report.getAttribute('src')!).pathname).to.equal('/data/region/sh-putuo-wanli-2025-dept.txt.json');
    expect(root(el).activeElement?.id).to.equal('detail-title');
    // 万里 has budgets of 2023 and 2025: its years as <budget-yoy>.
    const yoy = root(el).querySelector('[part="report"] budget-yoy') as HTMLElement & { data: BudgetCollection };
    expect(yoy.data.entries.map((e) => e.fiscalYear)).to.deep.equal([2023, 2025]);
    const headline = () => report.shadowRoot?.querySelector('budget-headline')?.shadowRoot?.textContent ?? '';
    await waitUntil(() => headline().includes('189,767,551.00'), 'the report shows its document', { timeout: 20000 });
    root(el).querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await settle(el);
    expect(el.getAttribute('view')).to.equal('list');
    expect(root(el).querySelector('budget-report')).to.equal(null);
  });

  it('compares two departments chosen by checkbox, with the totals of the index and their documents', async () => {
    const el = await renderExplorer({ year: '2025' });
    root(el).querySelector<HTMLInputElement>(`tr[data-id="${CZJ_2025}"] input[type="checkbox"]`)!.click();
    root(el).querySelector<HTMLInputElement>(`tr[data-id="${WANLI_2025}"] input[type="checkbox"]`)!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.getAttribute('selected')).to.equal(`${CZJ_2025} ${WANLI_2025}`);
    root(el).querySelector<HTMLButtonElement>('button.compare')!.click();
    await settle(el);
    expect(el.getAttribute('view')).to.equal('compare');
    await waitUntil(() => !root(el).querySelector('[part="comparison"] [role="status"]'), 'both documents load', { timeout: 10000 });
    await settle(el);
    const table = root(el).querySelector('.comparison-table table')!;
    const line = (label: string) => [...table.querySelectorAll('tbody tr')].find((r) => text(r.querySelector('th')) === label)!;
    const [czj, wanli] = [...line('支出总计').querySelectorAll('td')].map(cellValue);
    expect(czj!.equals(inWan('31214205.80', '元'))).to.equal(true);
    expect(wanli!.equals(inWan('189767551', '元'))).to.equal(true);
    expect([...line('基本支出占比').querySelectorAll('td')].map(text)).to.deep.equal(['80.48%', '53.40%']);
    // From the documents, loaded on demand: 类 shares, 三公 and 机关运行经费.
    expect(text(line('212 城乡社区支出 占比').querySelectorAll('td')[1])).to.match(/^\d+\.\d\d%$/);
    for (const cell of line('“三公”经费').querySelectorAll('td')) expect(text(cell)).to.match(/^[\d,]+\.\d+$/);
    expect(root(el).querySelectorAll('[part="comparison"] [role="alert"]').length).to.equal(0);
  });

  it('fetches the documents of a comparison at most 6 at a time, each once', async () => {
    const index = await regionIndex();
    const original = window.fetch;
    let inFlight = 0;
    let most = 0;
    const documents: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('.txt.json')) return original(input, init);
      documents.push(url);
      most = Math.max(most, ++inFlight);
      try {
        await aTimeout(50);
        return await original(input, init);
      } finally {
        inFlight--;
      }
    };
    // Ten departments of one year each (so no <budget-yoy> fetches beside the explorer), each
    // document one of data/region's under its own URL.
    const copies = Array.from({ length: 10 }, (_, i) => {
      const entry = index.entries[i % index.entries.length]!;
      return { ...entry, id: `copy-${i}`, department: `副本${i}`, href: `/data/region/${entry.href}?copy=${i}` };
    });
    try {
      const el = await renderExplorer({ view: 'compare', selected: copies.map((e) => e.id).join(' ') }, { ...index, entries: copies });
      await waitUntil(() => !root(el).querySelector('[part="comparison"] [role="status"]'), 'every document loads', { timeout: 20000 });
      expect(most).to.equal(6);
      expect(documents.length).to.equal(10);
      expect(root(el).querySelectorAll('[part="comparison"] [role="alert"]').length).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('sets 决算 against 预算 of the same department and year: the difference and 完成率', async () => {
    const index = await regionIndex();
    const budget = index.entries.find((e) => e.id === WANLI_2025)!;
    // 170,790,795.9 元 is 90% of the budget's 189,767,551 元.
    index.entries.push({ ...budget, id: '4471ea36-2025-final', kind: 'final', totals: { unit: '元', expenditure: '170790795.9' } });
    const el = await renderExplorer({ year: '2025' }, index);
    const row = root(el).querySelector('.budget-final tbody tr')!;
    expect(text(row.querySelector('th'))).to.equal('上海市普陀区人民政府万里街道办事处 2025年');
    const cells = [...row.querySelectorAll('td')].map(text);
    expect(new D(cells[2]!.replace(/[−,]/g, '')).equals(new D('1897.67551'))).to.equal(true);
    expect(cells[2]!.startsWith('−')).to.equal(true);
    expect(cells[3]).to.equal('90.00%');
  });

  it('filters by kind and year, and reflects them as attributes', async () => {
    const el = await renderExplorer();
    expect(rowNames(el)).to.deep.equal(['上海市普陀区人民政府石泉路街道办事处（本级）'], 'the newest year, 2026, by default');
    const [yearSelect, kindSelect] = root(el).querySelectorAll<HTMLSelectElement>('.controls select');
    kindSelect!.value = 'final';
    kindSelect!.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('kind')).to.equal('final');
    expect(rowNames(el)).to.deep.equal(['上海市普陀区财政局']);
    kindSelect!.value = 'budget';
    kindSelect!.dispatchEvent(new Event('change'));
    yearSelect!.value = '2023';
    yearSelect!.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('year')).to.equal('2023');
    expect(rowNames(el)).to.deep.equal(['上海市普陀区人民政府万里街道办事处']);
    const scopeSelect = root(el).querySelectorAll<HTMLSelectElement>('.controls select')[2]!;
    yearSelect!.value = 'all';
    yearSelect!.dispatchEvent(new Event('change'));
    scopeSelect.value = 'unit';
    scopeSelect.dispatchEvent(new Event('change'));
    await settle(el);
    expect(rowNames(el)).to.have.members(['上海市财政局', '上海市普陀区人民政府石泉路街道办事处（本级）']);
  });

  it('opens the view its attributes name, refuses values it does not know, and keeps them in the URL', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await renderExplorer({ view: 'compare', selected: `${CZJ_2025} ${WANLI_2025}`, kind: 'Budget ', year: '1e3', 'sync-url': 'ex' });
      expect(root(el).querySelector('[part="comparison"]')).to.not.equal(null);
      expect(el.kind).to.equal('budget');
      expect(el.year).to.equal('');
      expect(warnings.some((w) => w.includes('year="1e3"'))).to.equal(true);
      root(el).querySelector<HTMLButtonElement>('[part="back"]')!.click();
      await settle(el);
      expect(location.hash).to.contain('ex.view=list');
      expect(decodeURIComponent(location.hash)).to.not.contain('ex.selected=');
    } finally {
      console.warn = warn;
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  it('keeps search, scope and order in attributes and the URL, so that a link opens the same list', async () => {
    try {
      const el = await renderExplorer({ 'sync-url': 'ex', year: 'all' });
      const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = '普陀区';
      search.dispatchEvent(new Event('input'));
      const scopeSelect = root(el).querySelectorAll<HTMLSelectElement>('.controls select')[2]!;
      scopeSelect.value = 'department';
      scopeSelect.dispatchEvent(new Event('change'));
      root(el).querySelector<HTMLButtonElement>('button.sort[data-sort="name"]')!.click();
      await settle(el);
      expect([el.getAttribute('query'), el.getAttribute('scope'), el.getAttribute('sort')]).to.deep.equal(['普陀区', 'department', 'name']);
      expect(decodeURIComponent(location.hash)).to.contain('ex.query=普陀区').and.to.contain('ex.scope=department').and.to.contain('ex.sort=name');
      root(el).querySelector<HTMLButtonElement>('button.sort[data-sort="name"]')!.click();
      await settle(el);
      expect(decodeURIComponent(location.hash)).to.contain('ex.sort=-name');
      const shown = rowNames(el);
      expect(shown.length).to.be.greaterThan(2);
      expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('zh-CN').compare).reverse());
      expect(shown.every((name) => name.includes('普陀区'))).to.equal(true);
      const link = location.hash;
      el.remove();

      setHash(link);
      const opened = await renderExplorer({ 'sync-url': 'ex', year: 'all' });
      expect([opened.query, opened.scope, opened.sort]).to.deep.equal(['普陀区', 'department', '-name']);
      expect(root(opened).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('普陀区');
      expect(rowNames(opened)).to.deep.equal(shown);
      const nameHeader = root(opened).querySelector('button.sort[data-sort="name"]')!.closest('th')!;
      expect(nameHeader.getAttribute('aria-sort')).to.equal('descending');
    } finally {
      setHash('');
    }
  });

  it('refuses a sort or scope it does not know, from an attribute or a link, and never draws a query as markup', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      setHash(`#sort=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
      const el = await renderExplorer({ 'sync-url': '', year: '2025', scope: 'everything', query: '<b>财政</b>' });
      expect(el.sort).to.equal('-expenditure');
      expect(el.scope).to.equal('');
      expect(warnings.some((w) => w.includes('sort=') && w.includes('-expenditure'))).to.equal(true, warnings.join('\n'));
      expect(warnings.some((w) => w.includes('scope="everything"'))).to.equal(true, warnings.join('\n'));
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('<b>财政</b>');
      expect(rows(el).length).to.equal(0);
      el.sort = '-Project' as BudgetExplorer['sort'];
      await settle(el);
      expect(el.sort).to.equal('-project', 'case and spaces are forgiven');
      expect(location.hash).to.not.contain('img');
    } finally {
      console.warn = warn;
      setHash('');
    }
  });

  it('exports the list as shown as CSV: every row the filters let through, in order, each amount exact', async () => {
    const index = syntheticRegionIndex({ departments: 1000, years: 5, firstYear: 2021, seed: 7 });
    const el = await renderExplorer({ query: '第1', sort: 'name' }, index);
    expect(rows(el).length).to.equal(50);
    const lines = csvLines(await el.toCSV());
    expect(lines[0]).to.deep.equal(['部门', '年度', '支出总计（万元）', '基本支出（万元）', '项目支出（万元）']);
    // 第1区, 第10区 … 第19区, 第100区 … 第199区 and 第1000区, of 2025: not only the 50 rows drawn.
    const expected = index.entries.filter((e) => e.fiscalYear === 2025 && e.department.includes('第1'));
    expect(lines.length - 1).to.equal(expected.length).and.to.equal(112);
    expect(lines.slice(1, 51).map(([name]) => name)).to.deep.equal(rowNames(el));
    const byName = new Map(expected.map((e) => [e.department, e.totals!]));
    for (const [name, year, expenditure, basic, project] of lines.slice(1)) {
      const totals = byName.get(name!)!;
      expect(year).to.equal('2025');
      expect(expenditure, name).to.match(/^\d+\.\d\d$/);
      expect(new D(expenditure!).equals(new D(totals.expenditure!)), `${name} 支出总计`).to.equal(true);
      expect(new D(basic!).equals(new D(totals.basic!)), `${name} 基本支出`).to.equal(true);
      expect(new D(project!).equals(new D(totals.expenditure!).minus(totals.basic!)), `${name} 项目支出`).to.equal(true);
    }
    const names = lines.slice(1).map(([name]) => name!);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('zh-CN').compare));
  });

  it('offers the list as CSV from its menu, and the comparison first, with every table as a ZIP, while comparing', async () => {
    const el = await renderExplorer({ year: '2025' });
    const formats = async () => {
      root(el).querySelector<HTMLButtonElement>('#export-button')!.click();
      await settle(el);
      const shown = [...root(el).querySelectorAll<HTMLElement>('#export-menu [role="menuitem"]')].map((item) => item.dataset.format);
      root(el).querySelector<HTMLButtonElement>('#export-button')!.click();
      await settle(el);
      return shown;
    };
    expect(await formats()).to.deep.equal(['csv']);
    el.selected = `${CZJ_2025} ${WANLI_2025}`;
    el.view = 'compare';
    await settle(el);
    expect(await formats()).to.deep.equal(['csv', 'zip']);
    // The export waits for the compared documents: their figures, not "…".
    const lines = csvLines(await el.toCSV());
    expect(lines[0]).to.deep.equal(['项目', '上海市普陀区财政局 2025年（万元）', '上海市普陀区人民政府万里街道办事处 2025年（万元）']);
    expect(lines.find(([label]) => label === '支出总计')!.slice(1).map((v) => new D(v!).toFixed())).to.deep.equal(['3121.42058', '18976.7551']);
    expect(lines.some((line) => line.includes('…'))).to.equal(false);
    const zip = await el.toZip();
    expect(zip.type).to.equal('application/zip');
  });

  it('fetches a document once when a report and a comparison both show it', async () => {
    const original = window.fetch;
    const fetched: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('.txt.json')) fetched.push(new URL(url, location.href).pathname);
      return original(input, init);
    };
    const twice = () => fetched.filter((url, i) => fetched.indexOf(url) !== i);
    try {
      const el = await renderExplorer({ year: '2025' });
      const reportShows = (department: string) =>
        waitUntil(() => (root(el).querySelector('budget-report')?.shadowRoot?.querySelector('budget-headline')?.shadowRoot?.textContent ?? '').includes(department), `the report of ${department}`, { timeout: 20000 });
      // The report loads its document; the comparison that follows takes it from the report.
      root(el).querySelector<HTMLButtonElement>(`tr[data-id="${CZJ_2025}"] button.open`)!.click();
      await settle(el);
      await reportShows('普陀区财政局');
      el.selected = `${CZJ_2025} ${CITY_CZJ_2025}`;
      el.view = 'compare';
      await settle(el);
      await waitUntil(() => !root(el).querySelector('[part="comparison"] [role="status"]'), 'the comparison loads', { timeout: 10000 });
      // The comparison loaded its documents; the report opened next is given one.
      root(el).querySelector<HTMLButtonElement>(`tr[data-id="${CITY_CZJ_2025}"] button.open`)!.click();
      await settle(el);
      await reportShows('上海市财政局');
      expect(fetched).to.have.members(['/data/region/sh-putuo-czj-2025-dept.txt.json', '/data/region/sh-city-czj-2025-unit.txt.json']);
      expect(twice()).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('speaks English', async () => {
    const el = await renderExplorer({ lang: 'en', year: '2025' });
    expect(text(root(el).querySelector('.controls'))).to.contain('Search departments');
    expect(text(root(el).querySelector('.count'))).to.equal('Budget (预算) · 2025 (showing 4 of 8)');
    expect(text(rows(el)[0]!.querySelector('.expenditure'))).to.equal('18,976.76 (10,000 yuan)');
    expect(text(root(el).querySelector('button.compare'))).to.equal('Compare selected (0)');
  });

  it('has no axe violations in the list and in a comparison', async () => {
    const el = await renderExplorer({ year: '2025' });
    await expectNoAxeViolations(el);
    el.selected = `${CZJ_2025} ${WANLI_2025}`;
    el.view = 'compare';
    await settle(el);
    await waitUntil(() => !root(el).querySelector('[part="comparison"] [role="status"]'), 'both documents load', { timeout: 10000 });
    await settle(el);
    await expectNoAxeViolations(el);
  });

  it('names the JSON path of an index it cannot list', async () => {
    const doc = await fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
    const el = await renderExplorer({}, doc);
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('$.type');
    const index = await regionIndex();
    delete index.entries[1].totals;
    const error = oneEvent(el, 'budget-error');
    el.data = index;
    expect((await error).detail.issues[0].path).to.equal('$.entries[1].totals');
    await settle(el);
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('$.entries[1].totals');
    el.data = await regionIndex();
    await settle(el);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(rows(el).length).to.equal(1);
  });
});

// How fast: bench/explorer.ts (npm run bench -- --only region); tests assert behaviour, not time.
describe('<budget-explorer> with 5,000 entries', function () {
  this.timeout(30_000);

  it('draws one year’s first 50 rows, more on request, and filters at once', async () => {
    const index = syntheticRegionIndex({ departments: 1000, years: 5, firstYear: 2021, seed: 7 });
    const el = await renderExplorer({}, index);
    expect(rows(el).length).to.equal(50);
    expect(text(root(el).querySelector('.count'))).to.contain('显示 1000 / 5000');
    const values = rows(el).map((r) => new D(text(r.querySelector('.expenditure')).replace(/,|万元/g, '')));
    for (let i = 1; i < values.length; i++) expect(values[i - 1]!.gte(values[i]!), `row ${i}`).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
    await settle(el);
    expect(rows(el).length).to.equal(100);
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = '第12';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    // 第12区 and 第120区 … 第129区: 11 departments.
    expect(rows(el).length).to.equal(11);
  });
});
