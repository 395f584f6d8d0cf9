// The iframe embed for portals whose CMS strips <script type="module">: embed.html shows one
// element chosen by its URL and reports its content height; budget-viz-embed.js on the parent
// sets the iframe's height from it. And the demo's generator of the snippets to paste.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/embed/budget-viz-embed.js';
import { createEmbedGenerator, PLACEHOLDER_HOSTING } from '../../src/demo/embed-generator.js';
import { HEIGHT_MESSAGE, parseEmbedParams, type HeightMessage } from '../../src/embed/embed-params.js';
import { escapeAttribute } from '../../src/embed/snippets.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './screenshot.js';

const REFERENCE_URL = '/data/fenyang-xinfang-2024.json';
const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-card', 'budget-project-cards', 'budget-report', 'budget-audit'];

/** Every height message this page receives, newest last. */
const messages: { data: HeightMessage; source: MessageEventSource | null }[] = [];
window.addEventListener('message', (event) => {
  if (event.data?.type === HEIGHT_MESSAGE) messages.push({ data: event.data, source: event.source });
});
const messagesFor = (id: string) => messages.filter((m) => m.data.id === id).map((m) => m.data.height);

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function embed(query: string, attributes: Record<string, string> = {}, page = '/embed.html'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'budget-viz embed';
  frame.width = '640';
  frame.height = '150';
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${page}?${query}`;
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  return frame;
}

const inner = (frame: HTMLIFrameElement) => frame.contentDocument!;
const arcCount = (frame: HTMLIFrameElement) => inner(frame).querySelector('budget-sunburst')?.shadowRoot?.querySelectorAll('path[role="treeitem"]').length ?? 0;
const budgetElements = (frame: HTMLIFrameElement) => TAGS.flatMap((tag) => [...inner(frame).querySelectorAll(tag)]);
/** What the embed page reports: its root's box and what overflows the body. */
const contentHeight = (frame: HTMLIFrameElement) => Math.max(Math.ceil(inner(frame).documentElement.getBoundingClientRect().height), inner(frame).body.scrollHeight);
const sunburstQuery = (id: string, extra = '') => `view=sunburst&src=${encodeURIComponent(REFERENCE_URL)}&id=${id}${extra}`;

describe('embed.html in an iframe, with budget-viz-embed.js on the parent', () => {
  it('shows the one element asked for and resizes the iframe to its content height', async () => {
    const frame = await embed(sunburstQuery('x', '&lang=en&unit=%E5%85%83&selected=201'));
    await waitUntil(() => arcCount(frame) > 0, 'the sunburst draws', { timeout: 5000 });
    const elements = budgetElements(frame);
    expect(elements.map((e) => e.localName)).to.deep.equal(['budget-sunburst']);
    const sunburst = elements[0];
    expect(sunburst.getAttribute('src')).to.equal(REFERENCE_URL);
    expect(sunburst.getAttribute('lang')).to.equal('en');
    expect(sunburst.getAttribute('unit')).to.equal('元');
    expect(sunburst.getAttribute('selected')).to.equal('201');
    expect(inner(frame).documentElement.lang).to.equal('en');

    await waitUntil(() => messagesFor('x').at(-1) === contentHeight(frame) && frame.style.height === `${contentHeight(frame)}px`, 'the iframe takes the reported height', { timeout: 5000 });
    const height = messagesFor('x').at(-1)!;
    expect(height).to.be.greaterThan(300);
    expect(frame.getBoundingClientRect().height).to.be.at.least(height);
    // Nothing is cut off: the iframe's viewport holds the whole document.
    expect(inner(frame).documentElement.scrollHeight).to.be.at.most(frame.clientHeight);
    expect(messages.find((m) => m.data.id === 'x')!.source).to.equal(frame.contentWindow);
  });

  it('sends a new height when the content grows, and the iframe follows', async () => {
    const frame = await embed(sunburstQuery('grow'));
    await waitUntil(() => arcCount(frame) > 0 && frame.style.height === `${contentHeight(frame)}px`, 'first height', { timeout: 5000 });
    const before = contentHeight(frame);
    const toggle = inner(frame).querySelector('budget-sunburst')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.click();
    await waitUntil(() => contentHeight(frame) > before + 100, 'the table shows', { timeout: 5000 });
    await waitUntil(() => messagesFor('grow').at(-1) === contentHeight(frame) && frame.style.height === `${contentHeight(frame)}px`, 'the new height', { timeout: 5000 });
    expect(messagesFor('grow').length).to.be.at.least(2);
    // Switching the language redraws in English; whatever the height then, the iframe matches it.
    inner(frame).querySelector('budget-sunburst')!.setAttribute('lang', 'en');
    await aTimeout(300);
    await waitUntil(() => frame.style.height === `${contentHeight(frame)}px`, 'height after the language switch', { timeout: 5000 });
  });

  it('keeps several embeds apart by their source window and id', async () => {
    const [a, b] = await Promise.all([embed(sunburstQuery('a')), embed(`view=split&src=${encodeURIComponent(REFERENCE_URL)}&id=b`)]);
    const splitDrawn = () => inner(b).querySelector('budget-split')?.shadowRoot?.querySelector('.segment.basic');
    await waitUntil(() => arcCount(a) > 0 && splitDrawn(), 'both draw', { timeout: 5000 });
    await waitUntil(() => a.style.height === `${contentHeight(a)}px` && b.style.height === `${contentHeight(b)}px`, 'each its own height', { timeout: 5000 });
    expect(contentHeight(a)).not.to.equal(contentHeight(b));
  });

  it('ignores a height from an origin the iframe does not allow, and from windows that are not iframes', async () => {
    const frame = await embed(sunburstQuery('blocked'), { 'data-budget-viz-origin': 'https://cdn.example' });
    await waitUntil(() => messagesFor('blocked').length > 0, 'a message arrives', { timeout: 5000 });
    await aTimeout(50);
    expect(frame.style.height).to.equal('');
    // This page itself is no iframe of the page: its message resizes nothing.
    window.postMessage({ type: HEIGHT_MESSAGE, height: 5000, id: 'blocked' }, '*');
    await aTimeout(50);
    expect(frame.style.height).to.equal('');
    // The iframe's own origin is allowed when listed.
    frame.setAttribute('data-budget-viz-origin', `https://cdn.example ${location.origin}`);
    inner(frame).querySelector('budget-sunburst')!.toggleAttribute('show-table', true);
    await waitUntil(() => frame.style.height === `${contentHeight(frame)}px`, 'resized once allowed', { timeout: 5000 });
  });

  it('keeps the portal’s height while loading, and reports once loaded', async () => {
    const slow = await embed(`view=split&src=${encodeURIComponent(`${REFERENCE_URL}?delay=800`)}&id=slow`);
    await aTimeout(300);
    // Still loading: no height yet, so the iframe does not collapse to the loading message.
    expect(messagesFor('slow')).to.deep.equal([]);
    expect(slow.style.height).to.equal('');
    await waitUntil(() => messagesFor('slow').length > 0 && slow.style.height === `${contentHeight(slow)}px`, 'height after loading', { timeout: 5000 });
    expect(messagesFor('slow')[0]).to.be.greaterThan(200);
  });

  it('reports the height of an element that failed to load', async () => {
    const failing = await embed(`view=yoy&src=${encodeURIComponent(`${REFERENCE_URL}?status=500`)}&id=failing`);
    await waitUntil(() => messagesFor('failing').length > 0, 'the element’s error is sized too', { timeout: 5000 });
    expect(inner(failing).querySelector('budget-yoy')!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await waitUntil(() => failing.style.height === `${contentHeight(failing)}px`, 'resized to the error', { timeout: 5000 });
  });

  it('shows a bilingual error, and nothing else, for an unknown view', async () => {
    const frame = await embed(`view=${encodeURIComponent('<img src=x onerror=alert(1)>')}&src=${encodeURIComponent(REFERENCE_URL)}&id=bad-view`);
    await waitUntil(() => inner(frame).querySelector('[role="alert"]'), 'the error shows', { timeout: 5000 });
    const alert = inner(frame).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('不是可用的视图');
    expect(alert.textContent).to.contain('is not a view (allowed: sunburst, split, yoy, cards, report)');
    // The value is shown as text, never parsed as markup.
    expect(alert.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(inner(frame).querySelector('img')).to.equal(null);
    expect(budgetElements(frame)).to.deep.equal([]);
    await waitUntil(() => messagesFor('bad-view').length > 0, 'the error page reports its height too', { timeout: 5000 });
  });

  it('refuses a javascript: src, and a missing view and src, with nothing else rendered', async () => {
    const frame = await embed(`view=sunburst&src=${encodeURIComponent('javascript:alert(document.domain)')}&id=js`);
    await waitUntil(() => inner(frame).querySelector('[role="alert"]'), 'the error shows', { timeout: 5000 });
    expect(inner(frame).querySelector('[role="alert"]')!.textContent).to.contain('only http, https or relative URLs');
    expect(inner(frame).querySelector('[role="alert"]')!.textContent).to.contain('只接受 http、https 或相对地址');
    expect(budgetElements(frame)).to.deep.equal([]);
    expect(inner(frame).querySelectorAll('main > *')).to.have.length(1);
    await screenshot('embed-error-javascript-src');

    const empty = await embed('');
    await waitUntil(() => inner(empty).querySelector('[role="alert"]'), 'the error shows', { timeout: 5000 });
    const text = inner(empty).querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain('缺少 view 参数');
    expect(text).to.contain('The src parameter is missing');
    expect(budgetElements(empty)).to.deep.equal([]);
  });
});

describe('embed.html options: theme, metric, measure, show-table', () => {
  const sunburstOf = (frame: HTMLIFrameElement) => inner(frame).querySelector('budget-sunburst') as (HTMLElement & { metric: string; theme: string; showTable: boolean }) | null;

  it('sets them on the element, which shows the dark theme, the basic column and the table', async () => {
    const frame = await embed(sunburstQuery('options', '&theme=dark&metric=basic&show-table=1'));
    await waitUntil(() => arcCount(frame) > 0, 'the sunburst draws', { timeout: 5000 });
    const sunburst = sunburstOf(frame)!;
    expect([sunburst.metric, sunburst.theme, sunburst.showTable]).to.deep.equal(['basic', 'dark', true]);
    expect(sunburst.shadowRoot!.querySelector('[part="table"]')).to.exist;
    expect(inner(frame).defaultView!.getComputedStyle(sunburst).backgroundColor).to.equal('rgb(13, 17, 23)');
    // …up to the frame's edges.
    expect(inner(frame).defaultView!.getComputedStyle(inner(frame).body).backgroundColor).to.equal('rgb(13, 17, 23)');
    await screenshot('embed-options-dark-basic-table');

    const yoy = await embed(`view=yoy&src=${encodeURIComponent(REFERENCE_URL)}&measure=split&metric=basic&id=yoy-options`);
    await waitUntil(() => inner(yoy).querySelector('budget-yoy')?.shadowRoot?.textContent?.includes('基本支出'), 'the comparison draws', { timeout: 5000 });
    const element = inner(yoy).querySelector('budget-yoy')!;
    expect(element.getAttribute('measure')).to.equal('split');
    expect(element.hasAttribute('metric')).to.equal(false);
  });

  it('leaves a refused value to the element, which falls back to its default; nothing becomes markup', async () => {
    const frame = await embed(sunburstQuery('refused', `&theme=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&metric=constructor&show-table=maybe`));
    await waitUntil(() => arcCount(frame) > 0, 'the sunburst still draws', { timeout: 5000 });
    const sunburst = sunburstOf(frame)!;
    expect([sunburst.metric, sunburst.theme, sunburst.showTable]).to.deep.equal(['total', 'auto', false]);
    expect(sunburst.getAttribute('metric')).to.equal('total');
    expect(inner(frame).querySelector('img')).to.equal(null);
    expect(sunburst.shadowRoot!.querySelector('img')).to.equal(null);
    expect(sunburst.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
  });
});

// What a portal serves: the page built by `vite build --mode embed` (npm test builds it first),
// with its assets beside it and the data given relative to it.
describe('the built dist/embed/embed.html', () => {
  const BUILT = '/dist/embed/embed.html';
  const relativeData = encodeURIComponent('../../data/fenyang-xinfang-2024.json');

  it('shows the element with every option and reports its height', async () => {
    const frame = await embed(`view=sunburst&src=${relativeData}&lang=en&unit=%E5%85%83&theme=dark&metric=project&show-table&id=built`, {}, BUILT);
    await waitUntil(() => arcCount(frame) > 0, 'the sunburst draws', { timeout: 8000 });
    const sunburst = inner(frame).querySelector('budget-sunburst') as HTMLElement & { metric: string; theme: string; showTable: boolean; unit: string };
    expect([sunburst.lang, sunburst.unit, sunburst.metric, sunburst.theme, sunburst.showTable]).to.deep.equal(['en', '元', 'project', 'dark', true]);
    expect(sunburst.shadowRoot!.querySelector('[part="table"]')!.textContent).to.contain('yuan');
    // The built page's own module, not the source.
    const scripts = [...inner(frame).scripts].map((script) => new URL(script.src, inner(frame).baseURI).pathname);
    expect(scripts.some((path) => /^\/dist\/embed\/assets\/embed-[\w-]+\.js$/.test(path)), scripts.join()).to.equal(true);
    expect(scripts.some((path) => path.startsWith('/src/')), scripts.join()).to.equal(false);
    await waitUntil(() => frame.style.height === `${contentHeight(frame)}px`, 'the iframe takes the reported height', { timeout: 5000 });
    expect(messagesFor('built').at(-1)).to.be.greaterThan(300);
  });

  it('shows the bilingual error for a javascript: src', async () => {
    const frame = await embed(`view=yoy&src=${encodeURIComponent('javascript:alert(1)')}&id=built-error`, {}, BUILT);
    await waitUntil(() => inner(frame).querySelector('[role="alert"]'), 'the error shows', { timeout: 5000 });
    expect(inner(frame).querySelector('[role="alert"]')!.textContent).to.contain('only http, https or relative URLs');
    expect(budgetElements(frame)).to.deep.equal([]);
  });
});

describe('parseEmbedParams', () => {
  const base = 'https://cdn.example/budget-viz/dist/embed/embed.html';
  it('accepts http, https and relative src, nothing else', () => {
    for (const src of ['/data/a.json', 'a.json', '../a.json', 'https://x.example/a.json', 'http://x.example/a.json', '//x.example/a.json']) {
      expect(parseEmbedParams(`view=split&src=${encodeURIComponent(src)}`, base).ok, src).to.equal(true);
    }
    for (const src of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{}', 'blob:https://x/1', 'file:///etc/passwd', 'java\tscript:alert(1)']) {
      expect(parseEmbedParams(`view=split&src=${encodeURIComponent(src)}`, base).ok, src).to.equal(false);
    }
  });

  it('maps views to elements and drops selected where the element has none', () => {
    const parsed = parseEmbedParams('view=YOY&src=a.json&selected=201&unit=万元&lang=&id=q', base);
    expect(parsed).to.deep.equal({ ok: true, request: { view: 'yoy', tag: 'budget-yoy', attributes: { src: 'a.json', unit: '万元' }, warnings: [] }, id: 'q' });
    const cards = parseEmbedParams('view=cards&src=a.json&selected=201', base);
    expect(cards.ok && cards.request.tag).to.equal('budget-project-cards');
    expect(cards.ok && cards.request.attributes.selected).to.equal('201');
  });

  it('passes theme and show-table to every view, metric only to the sunburst and measure only to the year comparison', () => {
    const query = 'src=a.json&theme=dark&show-table&metric=basic&measure=split';
    const attributesOf = (view: string) => {
      const parsed = parseEmbedParams(`view=${view}&${query}`, base);
      return parsed.ok ? parsed.request.attributes : undefined;
    };
    expect(attributesOf('sunburst')).to.deep.equal({ src: 'a.json', theme: 'dark', metric: 'basic', 'show-table': '' });
    expect(attributesOf('yoy')).to.deep.equal({ src: 'a.json', theme: 'dark', measure: 'split', 'show-table': '' });
    for (const view of ['split', 'cards', 'report']) expect(attributesOf(view), view).to.deep.equal({ src: 'a.json', theme: 'dark', 'show-table': '' });
  });

  it('reads show-table as a flag, and passes on no other value of it', () => {
    const showTable = (value: string) => {
      const parsed = parseEmbedParams(`view=split&src=a.json&show-table=${encodeURIComponent(value)}`, base);
      return parsed.ok ? { shown: 'show-table' in parsed.request.attributes, warnings: parsed.request.warnings } : undefined;
    };
    for (const value of ['', '1', 'true', 'TRUE ', 'yes', 'on', 'show-table']) expect(showTable(value), value).to.deep.equal({ shown: true, warnings: [] });
    for (const value of ['0', 'false', 'No', 'off']) expect(showTable(value), value).to.deep.equal({ shown: false, warnings: [] });
    const refused = showTable('"><img src=x onerror=alert(1)>')!;
    expect(refused.shown).to.equal(false);
    expect(refused.warnings).to.have.length(1);
    expect(refused.warnings[0]).to.contain('不是可用的值').and.to.contain('is not allowed (allowed: 1 | true | yes | on | show-table | 0 | false | no | off); the table is not shown.');
  });

  it('leaves theme, metric and measure to the element’s own rules: any value is only an attribute value', () => {
    const parsed = parseEmbedParams(`view=sunburst&src=a.json&theme=${encodeURIComponent('<b>x</b>')}&metric=constructor`, base);
    expect(parsed.ok && parsed.request.attributes).to.deep.equal({ src: 'a.json', theme: '<b>x</b>', metric: 'constructor' });
  });
});

describe('the demo embed code generator', () => {
  const mount = () => {
    const generator = createEmbedGenerator('zh-CN', { dataUrl: 'https://portal.example/data/budget.json' });
    document.body.append(generator.element);
    return generator;
  };
  const control = <T extends HTMLElement>(root: HTMLElement, name: string) => root.querySelector<T>(`[name="${name}"]`)!;
  const snippet = (root: HTMLElement, kind: string) => root.querySelector<HTMLTextAreaElement>(`[data-snippet="${kind}"] textarea`)!.value;
  const choose = (root: HTMLElement, name: string, value: string) => {
    const field = control<HTMLInputElement | HTMLSelectElement>(root, name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('writes both snippets with the options chosen, every attribute value escaped', async () => {
    const { element } = mount();
    choose(element, 'view', 'split');
    choose(element, 'lang', 'en');
    choose(element, 'unit', '万元');
    choose(element, 'selected', '201"><script>alert(1)</script>');
    expect(snippet(element, 'script')).to.equal(
      `<script type="module" src="${PLACEHOLDER_HOSTING.bundle}"></script>\n` +
        '<budget-split src="https://portal.example/data/budget.json" lang="en" unit="万元" selected="201&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></budget-split>',
    );
    const iframeCode = snippet(element, 'iframe');
    expect(iframeCode).to.contain(`<script src="${PLACEHOLDER_HOSTING.resizer}" defer></script>`);
    expect(iframeCode).to.contain('data-budget-viz-origin="https://your.cdn"');
    expect(iframeCode).to.contain('title="Basic and project expenditure"');
    expect(iframeCode).not.to.contain('"><script>alert');

    // Parsed as a portal's page would parse it: one iframe, whose URL carries exactly the options.
    const template = document.createElement('template');
    template.innerHTML = iframeCode;
    const frames = template.content.querySelectorAll('iframe');
    expect(frames).to.have.length(1);
    expect(template.content.querySelectorAll('script')).to.have.length(1);
    const url = new URL(frames[0].getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal(PLACEHOLDER_HOSTING.embedPage);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      view: 'split',
      src: 'https://portal.example/data/budget.json',
      lang: 'en',
      unit: '万元',
      selected: '201"><script>alert(1)</script>',
      id: frames[0].id,
    });
    const scriptTemplate = document.createElement('template');
    scriptTemplate.innerHTML = snippet(element, 'script');
    expect(scriptTemplate.content.querySelector('budget-split')!.getAttribute('selected')).to.equal('201"><script>alert(1)</script>');
    element.remove();
  });

  it('leaves out selected for the year comparison and the unit when the report’s own is kept', () => {
    const { element } = mount();
    choose(element, 'view', 'yoy');
    choose(element, 'selected', '201');
    expect(snippet(element, 'script')).to.contain('<budget-yoy src="https://portal.example/data/budget.json" lang="zh-CN"></budget-yoy>');
    expect(snippet(element, 'iframe')).not.to.contain('selected');
    element.remove();
  });

  it('adds the theme and the data table when chosen, in both snippets', () => {
    const { element } = mount();
    choose(element, 'view', 'sunburst');
    choose(element, 'theme', 'dark');
    const showTable = control<HTMLInputElement>(element, 'show-table');
    showTable.checked = true;
    showTable.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippet(element, 'script')).to.contain('<budget-sunburst src="https://portal.example/data/budget.json" lang="zh-CN" theme="dark" show-table=""></budget-sunburst>');
    const template = document.createElement('template');
    template.innerHTML = snippet(element, 'iframe');
    const params = new URL(template.content.querySelector('iframe')!.getAttribute('src')!).searchParams;
    expect([params.get('theme'), params.get('show-table')]).to.deep.equal(['dark', '']);
    choose(element, 'theme', '');
    expect(snippet(element, 'script')).not.to.contain('theme=');
    element.remove();
  });

  it('copies a snippet and says so; where the clipboard refuses, selects the code', async () => {
    const { element } = mount();
    const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
    let copied = '';
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      const status = element.querySelector('[role="status"]')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      element.querySelector<HTMLButtonElement>('[data-snippet="iframe"] button')!.click();
      await waitUntil(() => status.textContent !== '', 'status');
      expect(copied).to.equal(snippet(element, 'iframe'));
      expect(status.textContent).to.equal('已复制：方式二：iframe（门户的编辑器会删除 script 标签时）');

      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      element.querySelector<HTMLButtonElement>('[data-snippet="script"] button')!.click();
      await waitUntil(() => status.textContent!.startsWith('无法自动复制'), 'fallback status');
      const textarea = element.querySelector<HTMLTextAreaElement>('[data-snippet="script"] textarea')!;
      expect(document.activeElement).to.equal(textarea);
      expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([0, textarea.value.length]);
    } finally {
      delete (clipboard as Partial<typeof clipboard>).writeText;
      element.remove();
    }
  });

  it('switches its texts with the page language, and is accessible', async () => {
    const generator = mount();
    const { element } = generator;
    generator.setLanguage('en');
    expect(element.querySelector('label[for$="-view"]')!.textContent).to.equal('View');
    expect(element.querySelector('[data-snippet="script"] button')!.textContent).to.equal('Copy code');
    expect([...control<HTMLSelectElement>(element, 'view').options].map((o) => o.textContent)).to.include('Project cards');
    for (const field of element.querySelectorAll('input, select, textarea')) {
      expect(field.id || field.getAttribute('aria-labelledby'), field.outerHTML).to.be.ok;
      expect(element.querySelector(`label[for="${field.id}"]`) ?? field.getAttribute('aria-labelledby'), field.outerHTML).to.be.ok;
    }
    await expectNoAxeViolations(element);
    element.remove();
  });

  it('escapes the five characters that matter in an attribute', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).to.equal('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});
