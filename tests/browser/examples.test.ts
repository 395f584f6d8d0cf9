// The pages in examples/ are what portal developers copy: each must work as written, served from
// the project root with dist/budget-viz.js, dist/embed/ and dist/budget-viz-embed.js built. This
// file imports nothing from src/.
import { expect, waitUntil } from '@open-wc/testing';

interface Loaded {
  document: Document;
  recorded: { violations: string[]; errors: string[] };
}

/**
 * The example as written, with a recorder of policy violations and errors loaded before anything
 * else in its head: listeners added from outside would miss what happens while the page parses.
 */
async function open(path: string, { scripts = true } = {}): Promise<Loaded> {
  const text = await (await fetch(path)).text();
  const frame = document.createElement('iframe');
  // Sandboxed without allow-scripts: the page as a reader with JavaScript off sees it.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const directory = path.slice(0, path.lastIndexOf('/') + 1);
  // Right after the charset, before the page's own policy: the base URL and the recorder are the test's.
  frame.srcdoc = text.replace(/(<meta charset="utf-8"\s*\/?>)/, `$1<base href="${directory}"><script src="/tests/browser/violation-recorder.js"></script>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const inner = frame.contentWindow as Window & { recorded: Loaded['recorded'] };
  return { document: frame.contentDocument!, recorded: inner.recorded };
}

/** Every element of budget-viz in a document, through shadow roots (the report holds the others). */
function budgetElements(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [
    ...(node.localName.startsWith('budget-') ? [node] : []),
    ...(node.shadowRoot ? budgetElements(node.shadowRoot) : []),
  ]);
}

const drawnText = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';

describe('examples/', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('script-tag.html draws the headline, the sunburst and the split from one script tag', async () => {
    const page = await open('/examples/script-tag.html');
    await waitUntil(() => page.document.querySelector('budget-sunburst')?.shadowRoot?.querySelector('path[role="treeitem"]'), 'the sunburst draws', { timeout: 5000 });
    await waitUntil(() => drawnText(page.document, 'budget-split').includes('基本支出'), 'the split draws', { timeout: 5000 });
    expect(drawnText(page.document, 'budget-headline')).to.contain('484.55');
    expect(page.recorded.errors).to.deep.equal([]);
  });

  it('strict-csp.html draws the whole report with no policy violation', async () => {
    const page = await open('/examples/strict-csp.html');
    expect(page.recorded, 'the recorder ran').to.be.an('object');
    const report = () => page.document.querySelector('budget-report')?.shadowRoot;
    await waitUntil(() => report()?.querySelector('budget-sunburst')?.shadowRoot?.querySelector('path[role="treeitem"]'), 'the report draws its sunburst', { timeout: 8000 });
    expect(report()!.textContent).to.contain('汾阳市信访局');
    expect(page.recorded.violations).to.deep.equal([]);
    expect(page.recorded.errors).to.deep.equal([]);
  });

  it('iframe.html: the embed grows its iframe to the height of its content', async () => {
    const page = await open('/examples/iframe.html');
    const frame = page.document.querySelector<HTMLIFrameElement>('iframe#budget-viz-sunburst')!;
    const embedded = () => frame.contentDocument;
    const sunburst = () => embedded()?.querySelector('budget-sunburst')?.shadowRoot;
    await waitUntil(() => sunburst()?.querySelector('path[role="treeitem"]') && sunburst()?.querySelector('[part="table"]'), 'the sunburst and its table draw', { timeout: 8000 });
    const contentHeight = () => Math.max(Math.ceil(embedded()!.documentElement.getBoundingClientRect().height), embedded()!.body.scrollHeight);
    await waitUntil(() => frame.style.height === `${contentHeight()}px`, 'the iframe takes its content height', { timeout: 5000 });
    // Taller than the 300 px the page gives it, and nothing scrolls inside.
    expect(frame.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(embedded()!.documentElement.scrollHeight).to.be.at.most(frame.clientHeight);
    expect(page.recorded.errors).to.deep.equal([]);
  });

  it('static.html reads with JavaScript off: every figure is in its declarative shadow DOM', async () => {
    const page = await open('/examples/static.html', { scripts: false });
    const report = page.document.querySelector('budget-report')!;
    // No script ran: the element is not defined, yet its shadow root is there, from the markup.
    expect(page.document.defaultView!.customElements.get('budget-report')).to.equal(undefined);
    expect(report.shadowRoot).to.exist;
    expect(report.shadowRoot!.textContent).to.contain('汾阳市信访局');
    const headline = budgetElements(page.document).find((e) => e.localName === 'budget-headline')!;
    expect(headline.shadowRoot!.textContent).to.contain('484.55');
    const views = budgetElements(page.document).map((e) => e.localName);
    expect(views).to.include.members(['budget-headline', 'budget-sunburst', 'budget-split']);
    const sunburst = budgetElements(page.document).find((e) => e.localName === 'budget-sunburst')!;
    expect(sunburst.shadowRoot!.querySelectorAll('svg path').length).to.be.greaterThan(10);
    expect(sunburst.shadowRoot!.querySelector('path[aria-label="一般公共服务支出，438.89万元，占90.58%"]')).to.exist;
    // Drawn and styled: the chart has its size without any script.
    expect(sunburst.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.greaterThan(200);
    // The figures are text a reader (and a search engine) gets, not only pictures.
    const split = budgetElements(page.document).find((e) => e.localName === 'budget-split')!;
    expect(split.shadowRoot!.textContent).to.contain('基本支出 164.37万元（33.92%）');
  });

  it('static.html upgrades in place into the live report, with no error', async () => {
    const page = await open('/examples/static.html');
    const report = () => page.document.querySelector('budget-report')!;
    await waitUntil(() => page.document.defaultView!.customElements.get('budget-report'), 'the script defines the elements', { timeout: 5000 });
    // The live elements draw their controls, which the static markup leaves out.
    await waitUntil(() => report().shadowRoot!.querySelector('budget-sunburst')?.shadowRoot?.querySelector('button'), 'the report is live', { timeout: 8000 });
    expect(report().shadowRoot!.textContent).to.contain('汾阳市信访局');
    expect(page.recorded.errors).to.deep.equal([]);
  });

  // Lit renders into an existing declarative shadow root after what is there: the element must
  // remove the static copy itself, or the upgraded page shows the report twice.
  it('static.html keeps no static copy once upgraded', async () => {
    const page = await open('/examples/static.html');
    const report = () => page.document.querySelector('budget-report')!.shadowRoot!;
    const sections = report().querySelectorAll('section').length;
    await waitUntil(() => report().querySelector('budget-sunburst')?.shadowRoot?.querySelector('button'), 'the report is live', { timeout: 8000 });
    expect(report().querySelectorAll('section')).to.have.length(sections);
    expect(report().querySelectorAll('budget-sunburst')).to.have.length(1);
  });
});
