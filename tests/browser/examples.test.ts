// The pages in examples/ are what portal developers copy: each must work as written, served from
// the project root with dist/budget-viz.js built. This file imports nothing from src/.
import { expect, waitUntil } from '@open-wc/testing';

interface Loaded {
  document: Document;
  recorded: { violations: string[]; errors: string[] };
}

/**
 * The example as written, with a recorder of policy violations and errors loaded before anything
 * else in its head: listeners added from outside would miss what happens while the page parses.
 */
async function open(path: string): Promise<Loaded> {
  const text = await (await fetch(path)).text();
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const directory = path.slice(0, path.lastIndexOf('/') + 1);
  // Right after the charset, before the page's own policy: the base URL and the recorder are the test's.
  frame.srcdoc = text.replace(/(<meta charset="utf-8" \/>)/, `$1<base href="${directory}"><script src="/tests/browser/violation-recorder.js"></script>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const inner = frame.contentWindow as Window & { recorded: Loaded['recorded'] };
  return { document: frame.contentDocument!, recorded: inner.recorded };
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
});
