// The build contract for portals: one <script type="module"> tag with dist/budget-viz.js defines
// every element. This file imports nothing from src/, so only the bundle can define them.
import { expect } from '@open-wc/testing';

const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-card', 'budget-project-cards', 'budget-report', 'budget-audit', 'budget-explorer'];

/** The policy of a portal that allows no inline script or style and no eval. */
const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'">`;

/**
 * A page in an iframe loading `script` and showing `body` (this page may have every element from
 * dist/budget-viz.js already), with what `head` adds, such as a policy.
 */
async function framedPage(script: string, body: string, head = ''): Promise<{ frame: HTMLIFrameElement; inner: Window }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><head>${head}<script type="module" src="${script}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, inner: frame.contentWindow! };
}

/** vite names a chunk after its module: src/core/validate/validator.generated.ts. */
const VALIDATOR_CHUNK = /\/chunks\/validator\.generated-[\w-]+\.js$/;

/** Until `done()` holds, or 5 s. */
async function settle(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('dist/budget-viz.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/budget-viz.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error('dist/budget-viz.js did not load: run npm run build')));
    });
    document.head.append(script);
    await loaded;
  });

  it('defines every custom element of budget-viz', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the reference report in an element made from plain HTML', async () => {
    const el = document.createElement('budget-headline') as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
    el.setAttribute('lang', 'en');
    document.body.append(el);
    el.data = await fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Total expenditure');
    expect(el.shadowRoot!.textContent).to.contain('484.55 (10,000 yuan)');
  });

  it('works under a strict Content-Security-Policy (no inline script or style, no eval)', async () => {
    const body = '<budget-sunburst src="/data/fenyang-xinfang-2024.json"></budget-sunburst><budget-split src="/data/fenyang-xinfang-2024.json"></budget-split>';
    const { frame, inner } = await framedPage('/dist/budget-viz.js', body, STRICT_CSP);
    const violations: string[] = [];
    inner.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const sunburst = () => inner.document.querySelector('budget-sunburst')?.shadowRoot?.querySelectorAll('path[role="treeitem"]').length ?? 0;
    const segment = () => inner.document.querySelector('budget-split')?.shadowRoot?.querySelector<HTMLElement>('.segment.basic');
    // Both elements load on their own; wait (boundedly) for both to have drawn.
    await settle(() => sunburst() > 0 && segment() !== null);
    expect(sunburst()).to.equal(20);
    expect(inner.getComputedStyle(segment()!).flexGrow).to.equal('33.92');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('dist/components/<tag>.js', () => {
  it('defines only the element it is for, which loads its data and draws', async () => {
    const { frame, inner } = await framedPage('/dist/components/budget-sunburst.js', '<budget-sunburst src="/data/fenyang-xinfang-2024.json"></budget-sunburst>');
    const arcs = () => inner.document.querySelector('budget-sunburst')?.shadowRoot?.querySelectorAll('path[role="treeitem"]').length ?? 0;
    await settle(() => arcs() > 0);
    expect(arcs()).to.equal(20);
    expect(TAGS.filter((tag) => inner.customElements.get(tag))).to.deep.equal(['budget-sunburst']);
    frame.remove();
  });

  it('budget-sunburst.js fetches the schema issues and their messages only for a document that fails, under a strict policy, then names its JSON path', async () => {
    const { frame, inner } = await framedPage('/dist/components/budget-sunburst.js', '<budget-sunburst src="/data/fenyang-xinfang-2024.json"></budget-sunburst>', STRICT_CSP);
    const violations: string[] = [];
    inner.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const element = () => inner.document.querySelector('budget-sunburst') as (HTMLElement & { data?: unknown }) | null;
    const arcs = () => element()?.shadowRoot?.querySelectorAll('path[role="treeitem"]').length ?? 0;
    await settle(() => arcs() > 0);
    expect(arcs()).to.equal(20);
    const validatorFetched = () => inner.performance.getEntriesByType('resource').some((entry) => VALIDATOR_CHUNK.test(entry.name));
    expect(validatorFetched(), 'fetched for a valid document').to.equal(false);
    const broken = await (await fetch('/data/fenyang-xinfang-2024.json')).json();
    broken.expenditureBySubject.rows[0].amounts.total = '12abc';
    element()!.data = broken;
    // updateComplete settles once the chunk has been fetched and the issues are shown.
    await (element() as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const alert = () => element()!.shadowRoot!.querySelector('[role="alert"]');
    expect(alert()?.textContent).to.contain('$.expenditureBySubject.rows[0].amounts.total');
    expect(alert()?.textContent).to.contain('"12abc"');
    expect(validatorFetched(), 'fetched for the invalid document').to.equal(true);
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  /**
   * A policy allowing exactly the scripts `entry` loads for good data: it blocks the validator
   * chunk as going offline would. `drawn` says when the page has drawn the good data.
   */
  async function policyWithoutLazyChunks(entry: string, body: string, drawn: (inner: Window) => boolean): Promise<string> {
    const { frame, inner } = await framedPage(entry, body);
    await settle(() => drawn(inner));
    const scripts = inner.performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.endsWith('.js'));
    frame.remove();
    return `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${scripts.join(' ')}; style-src 'self'">`;
  }

  /** Sets `data` on the page's `tag` where the validator chunk cannot load: the error it ends in. */
  async function invalidWhereIssuesCannotLoad(entry: string, tag: string, policy: string, data: unknown) {
    const { frame, inner } = await framedPage(entry, `<${tag}></${tag}>`, policy);
    const blocked: string[] = [];
    inner.document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.blockedURI));
    const uncaught: string[] = [];
    inner.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
    await settle(() => inner.customElements.get(tag) !== undefined);
    const element = inner.document.querySelector(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
    const kinds: string[] = [];
    element.addEventListener('budget-error', (e) => kinds.push((e as CustomEvent).detail.kind));
    element.data = data;
    await element.updateComplete;
    const alert = element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
    frame.remove();
    return { validatorBlocked: blocked.some((uri) => VALIDATOR_CHUNK.test(uri)), alert, kinds, uncaught };
  }

  it('budget-sunburst.js and budget-explorer.js say data is invalid, with no uncaught error, when the code naming its issues cannot load', async () => {
    const sunburstPolicy = await policyWithoutLazyChunks('/dist/components/budget-sunburst.js', '<budget-sunburst src="/data/fenyang-xinfang-2024.json"></budget-sunburst>', (inner) =>
      Boolean(inner.document.querySelector('budget-sunburst')?.shadowRoot?.querySelector('path[role="treeitem"]')),
    );
    const report = await (await fetch('/data/fenyang-xinfang-2024.json')).json();
    report.expenditureBySubject.rows[0].amounts.total = '12abc';
    const explorerPolicy = await policyWithoutLazyChunks('/dist/components/budget-explorer.js', '<budget-explorer src="/data/region/index.json"></budget-explorer>', (inner) =>
      Boolean(inner.document.querySelector('budget-explorer')?.shadowRoot?.querySelector('tbody tr')),
    );
    const index = await (await fetch('/data/region/index.json')).json();
    index.entries[1].fiscalYear = '2025';
    for (const outcome of [
      await invalidWhereIssuesCannotLoad('/dist/components/budget-sunburst.js', 'budget-sunburst', sunburstPolicy, report),
      await invalidWhereIssuesCannotLoad('/dist/components/budget-explorer.js', 'budget-explorer', explorerPolicy, index),
    ]) {
      expect(outcome.validatorBlocked).to.equal(true);
      expect(outcome.alert).to.contain('数据不符合预算文档格式，但未能加载逐项说明');
      expect(outcome.kinds).to.deep.equal(['invalidUnexplained']);
      expect(outcome.uncaught).to.deep.equal([]);
    }
  });

  it('budget-explorer.js draws its list first and fetches the report and year bars once its index has loaded', async () => {
    const { frame, inner } = await framedPage('/dist/components/budget-explorer.js', '<budget-explorer src="/data/region/index.json" year="all"></budget-explorer>');
    const defined = () => ['budget-explorer', 'budget-report', 'budget-yoy'].filter((tag) => inner.customElements.get(tag));
    const rows = () => inner.document.querySelector('budget-explorer')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
    await settle(() => rows() > 0 && defined().length === 3);
    expect(rows()).to.be.greaterThan(0);
    expect(defined()).to.deep.equal(['budget-explorer', 'budget-report', 'budget-yoy']);
    frame.remove();
  });

  it('budget-explorer.js names the JSON path of an invalid index once updateComplete settles, the validator fetched for it', async () => {
    const { frame, inner } = await framedPage('/dist/components/budget-explorer.js', '<budget-explorer></budget-explorer>');
    await settle(() => inner.customElements.get('budget-explorer') !== undefined);
    const explorer = inner.document.querySelector('budget-explorer') as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
    const index = await (await fetch('/data/region/index.json')).json();
    index.entries[1].fiscalYear = '2025';
    explorer.data = index;
    await explorer.updateComplete;
    expect(explorer.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('$.entries[1].fiscalYear');
    expect(inner.performance.getEntriesByType('resource').some((entry) => VALIDATOR_CHUNK.test(entry.name))).to.equal(true);
    frame.remove();
  });
});
