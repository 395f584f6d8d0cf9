import { expect, fixture, waitUntil } from '@open-wc/testing';
import { BudgetElement } from '../../src/components/base/budget-element.js';
import type { BudgetCollection, BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { defineElements } from '../../src/define.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

defineElements();

const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit', 'budget-report'] as const;
const REFERENCE = '/data/fenyang-xinfang-2024.json';
const reference = (): Promise<BudgetDocument> => fetch(REFERENCE).then((r) => r.json());

/** What the element shows once it has settled: 'ready' (its view), 'error' (the alert) or 'loading'. */
function stateOf(el: BudgetElement): 'idle' | 'loading' | 'error' | 'ready' | 'empty' {
  const state = el.shadowRoot!.querySelector('[part="state"]');
  if (!state) return el.shadowRoot!.querySelector('*:not(style)') ? 'ready' : 'idle';
  if (state.getAttribute('role') === 'alert') return 'error';
  return state.textContent!.includes('加载') || state.textContent!.includes('Loading') ? 'loading' : 'empty';
}

const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Collects console warnings, uncaught errors and budget-error events while `work` runs. */
async function watching<T>(work: () => Promise<T>): Promise<{ result: T; warnings: string[]; uncaught: string[] }> {
  const warnings: string[] = [];
  const uncaught: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await work();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { result, warnings, uncaught };
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** Mounts `<tag>` with attributes and data, and waits until it leaves the loading state. */
async function mount(tag: string, attrs: Record<string, string>, data?: unknown): Promise<BudgetElement> {
  const el = document.createElement(tag) as BudgetElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  await fixture(el);
  await waitUntil(() => el.shadowRoot && !['idle', 'loading'].includes(stateOf(el)), `${tag} leaves the loading state`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('attribute values a CMS template may write', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows the report for unit="", "万元 " and "foo"; only "foo" is warned about`, async () => {
      const doc = await reference();
      for (const unit of ['', '万元 ', 'foo']) {
        const { result: el, warnings, uncaught } = await watching(() => mount(tag, { unit }, doc));
        expect(stateOf(el), `${tag} unit=${JSON.stringify(unit)}`).to.equal('ready');
        expect(uncaught).to.deep.equal([]);
        expect(warnings.some((w) => w.includes(`<${tag}> unit="foo"`) && w.includes('元 | 万元 | 亿元')), warnings.join('\n')).to.equal(unit === 'foo');
        expect(el.unit).to.equal(unit === '万元 ' ? '万元' : undefined);
      }
    });
  }

  it('<budget-sunburst> metric="constructor" and "foo" fall back to total with a warning, "Basic" is basic', async () => {
    const doc = await reference();
    for (const [metric, used] of [['constructor', 'total'], ['foo', 'total'], ['Basic', 'basic']]) {
      const { result: el, warnings } = await watching(() => mount('budget-sunburst', { metric }, doc));
      expect(stateOf(el)).to.equal('ready');
      expect(el.getAttribute('metric')).to.equal(used);
      expect(el.shadowRoot!.querySelectorAll('[part~="arc"]').length).to.be.greaterThan(3);
      expect(warnings.length).to.equal(used === 'total' ? 1 : 0);
    }
  });

  it('<budget-split> level="Class" is class; level="款" falls back with a warning naming the allowed values', async () => {
    const doc = await reference();
    const { result: el } = await watching(() => mount('budget-split', { level: 'Class' }, doc));
    expect(el.getAttribute('level')).to.equal('class');
    const { result: other, warnings } = await watching(() => mount('budget-split', { level: '款' }, doc));
    expect(stateOf(other)).to.equal('ready');
    expect(warnings[0]).to.contain('class | section');
  });

  it('timeout="abc", "-1" and "1e20" load the data with the default timeout and a warning', async () => {
    for (const timeout of ['abc', '-1', '1e20']) {
      const { result: el, warnings, uncaught } = await watching(() => mount('budget-headline', { timeout, src: REFERENCE }));
      expect(stateOf(el), `timeout=${timeout}`).to.equal('ready');
      expect(el.timeout).to.equal(15_000);
      expect(warnings.join()).to.contain('timeout=');
      expect(uncaught).to.deep.equal([]);
    }
  });

  it('a body slower than the timeout is reported as a timeout, not a network error', async () => {
    const el = await mount('budget-headline', { timeout: '200', src: `${REFERENCE}?slow-body=2000` });
    expect(stateOf(el)).to.equal('error');
    expect(alertText(el)).to.contain('加载超时');
  });

  it('<budget-audit severities="errors note"> shows every severity and names the allowed words', async () => {
    const { result: el, warnings } = await watching(async () => mount('budget-audit', { severities: 'errors note' }, await reference()));
    expect(el.getAttribute('severities')).to.equal('error rounding note');
    expect(warnings[0]).to.contain('error rounding note');
  });

  it('lang="fr" speaks Chinese and says so in a warning', async () => {
    const { result: el, warnings } = await watching(async () => mount('budget-headline', { lang: 'fr' }, await reference()));
    expect(el.effectiveLang).to.equal('zh-CN');
    expect(warnings[0]).to.contain('lang="fr"');
  });
});

describe('valid documents a view does not expect', () => {
  const withoutBasic = () => {
    const doc = minimalDocument();
    const table = doc.expenditureBySubject!;
    table.columns = table.columns.filter((c) => c.key !== 'basic') as typeof table.columns;
    delete table.total.basic;
    for (const row of table.rows) delete row.amounts.basic;
    return doc;
  };

  it('<budget-split> on a 表3 without a basic column names the column, with budget-error', async () => {
    const errors: CustomEvent[] = [];
    document.addEventListener('budget-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = await mount('budget-split', {}, withoutBasic());
    expect(stateOf(el)).to.equal('error');
    expect(alertText(el)).to.contain('$.expenditureBySubject.columns');
    expect(alertText(el)).to.contain('表3 缺少“basic”列（实际为 total, project）');
    expect(errors[0]?.detail.kind).to.equal('view');
  });

  it('<budget-sunburst metric="basic"> on the same table names the column', async () => {
    const el = await mount('budget-sunburst', { metric: 'basic' }, withoutBasic());
    expect(alertText(el)).to.contain('$.expenditureBySubject.columns');
  });

  it('<budget-report> on that table shows every other section, the split section naming the column', async () => {
    const el = await mount('budget-report', {}, withoutBasic());
    expect(stateOf(el)).to.equal('ready');
    const split = el.shadowRoot!.querySelector('budget-split') as BudgetElement;
    await waitUntil(() => stateOf(split) === 'error', 'the split names its error');
    expect(stateOf(el.shadowRoot!.querySelector('budget-headline') as BudgetElement)).to.equal('ready');
  });

  it('<budget-audit> and <budget-report> show a document whose amounts have the most digits allowed (20 + 10)', async () => {
    const doc = minimalDocument();
    doc.expenditureBySubject!.rows[2].amounts.total = '60.0000000001';
    doc.expenditureBySubject!.rows[3].amounts.total = '99999999999999999999.9999999999';
    for (const tag of ['budget-audit', 'budget-report']) {
      const { result: el, uncaught } = await watching(() => mount(tag, {}, doc));
      expect(stateOf(el), tag).to.equal('ready');
      expect(uncaught).to.deep.equal([]);
    }
  });
});

describe('an error while drawing', () => {
  /** Stands for any defect of ours that a document might reach. */
  class BrokenView extends BudgetElement {
    protected override renderDocument(): never {
      throw new TypeError('boom');
    }
  }
  customElements.define('budget-broken-view', BrokenView);

  it('ends in a named error state with budget-error, never the loading message, never uncaught', async () => {
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('budget-error', listener);
    const consoleError = console.error;
    console.error = () => undefined;
    try {
      const { result: el, uncaught } = await watching(() => mount('budget-broken-view', {}, minimalDocument()));
      expect(stateOf(el)).to.equal('error');
      expect(alertText(el)).to.contain('组件内部出错').and.contain('TypeError: boom');
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['internal']);
      expect(uncaught).to.deep.equal([]);
    } finally {
      console.error = consoleError;
      document.removeEventListener('budget-error', listener);
    }
  });
});

describe('<budget-yoy> compares one department’s years only', () => {
  const collection = (entries: Partial<BudgetCollection['entries'][number]>[], grouping: BudgetCollection['grouping'] = 'years'): BudgetCollection => ({
    type: 'budget-collection',
    schemaVersion: '1.0',
    title: 'test',
    grouping,
    entries: entries.map((e, i) => ({ id: `e${i}`, department: '汾阳市信访局', fiscalYear: 2024, kind: 'budget', href: REFERENCE, ...e })) as BudgetCollection['entries'],
  });

  /** Counts requests for documents while the element loads. */
  async function requestsDuring(work: () => Promise<BudgetElement>) {
    const original = window.fetch;
    let requests = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      requests++;
      return original(...args);
    };
    try {
      return { el: await work(), requests };
    } finally {
      window.fetch = original;
    }
  }

  it('a departments collection is refused, naming $.grouping, before any entry is fetched', async () => {
    const data = collection([{ department: '汾阳市信访局' }, { department: '上海市普陀区万里街道', fiscalYear: 2025 }], 'departments');
    const { el, requests } = await requestsDuring(() => mount('budget-yoy', {}, data));
    expect(alertText(el)).to.contain('$.grouping');
    expect(alertText(el)).to.contain('按部门分组');
    expect(requests).to.equal(0);
  });

  it('entries of two departments in a years collection are refused, naming the entry', async () => {
    const data = collection([{}, { department: '上海市普陀区万里街道', fiscalYear: 2025 }]);
    const el = await mount('budget-yoy', { lang: 'en' }, data);
    expect(alertText(el)).to.contain('$.entries[1].department');
    expect(alertText(el)).to.contain("compares one department's years");
  });

  it('two entries of one year are refused, naming both', async () => {
    const el = await mount('budget-yoy', {}, collection([{}, {}]));
    expect(alertText(el)).to.contain('$.entries[1].fiscalYear');
    expect(alertText(el)).to.contain('$.entries[0]');
  });

  it('documents of two departments behind a years collection are refused once loaded', async () => {
    const wanli = '/data/sh-putuo-wanli-2025.json';
    const el = await mount('budget-yoy', {}, collection([{}, { fiscalYear: 2025, href: wanli }]));
    expect(stateOf(el)).to.equal('error');
    expect(alertText(el)).to.contain('同一部门');
  });
});

describe('loading a large collection', () => {
  it('every year the schema allows (152 entries) is fetched at most 6 at a time, and all of them are shown', async () => {
    const doc = await reference();
    const original = window.fetch;
    let inFlight = 0;
    let most = 0;
    let requests = 0;
    window.fetch = async (input: RequestInfo | URL) => {
      requests++;
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      const year = Number(new URL(String(input)).searchParams.get('year'));
      return new Response(JSON.stringify({ ...doc, priorYear: undefined, meta: { ...doc.meta, fiscalYear: year } }));
    };
    try {
      const entries = Array.from({ length: 152 }, (_, i) => ({ id: `y${i}`, department: '汾阳市信访局', fiscalYear: 1949 + i, kind: 'budget' as const, href: `/doc.json?year=${1949 + i}` }));
      const data: BudgetCollection = { type: 'budget-collection', schemaVersion: '1.0', title: 'many', grouping: 'years', entries: entries as BudgetCollection['entries'] };
      const el = await mount('budget-yoy', { measure: 'operating' }, data);
      expect(stateOf(el), alertText(el)).to.equal('ready');
      expect(requests).to.equal(152);
      expect(most).to.be.at.most(6);
      expect(el.shadowRoot!.querySelectorAll('.year-row').length).to.equal(152);
    } finally {
      window.fetch = original;
    }
  });
});
