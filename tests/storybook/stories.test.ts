/**
 * Every story of the built Storybook (storybook-static/, `npm run build-storybook`) opened in
 * headless Chromium: each must render with no console error, no uncaught exception, no failed
 * request and no axe-core violation. The docs pages must render without errors too.
 *
 * Requests under /__deliberately-missing__/ are the loading and not-found stories' own: they are
 * meant to fail (404) or never answer, and are the only failures allowed.
 *
 * Run: `npm run test:storybook` (builds, then runs this). Skipped when storybook-static/ is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_FLAGS, chromePath } from '../../src/cli/headless.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATIC = join(ROOT, 'storybook-static');
const INDEX = join(STATIC, 'index.json');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const DELIBERATE = '/__deliberately-missing__/';
/** Pages open at once: the machine has 2 cores. */
const PARALLEL = Number(process.env.STORYBOOK_TEST_PARALLEL ?? 2);
/** Hang detection, not a speed limit: the large stories take about 8 s on this machine with two pages open. */
const STORY_TIMEOUT = 30_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** storybook-static/ over HTTP on a free local port, as any static host would serve it. */
function serve(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(STATIC, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(STATIC)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

/** Failures that are no story's: the deliberate ones, and Chromium's own guess at a favicon. */
const isDeliberate = (url: string) => url.includes(DELIBERATE) || new URL(url, 'http://localhost').pathname === '/favicon.ico';

/** Listens on a page once; each visit reads the problems collected while it ran. */
function watch(page: Page) {
  let problems: string[] | undefined;
  const note = (text: string) => problems?.push(text);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    if (isDeliberate(url)) return;
    note(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => note(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !isDeliberate(response.url())) note(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    if (!isDeliberate(request.url())) note(`request failed (${request.failure()?.errorText}): ${request.url()}`);
  });
  return {
    start: () => (problems = []),
    stop: () => {
      const found = problems ?? [];
      problems = undefined;
      return found;
    },
  };
}

/** Records `budget-load` and `budget-error` (composed, bubbling) before any story code runs. */
const RECORD_SETTLED = `
  window.__settled = new WeakSet();
  for (const type of ['budget-load', 'budget-error']) {
    document.addEventListener(type, (event) => window.__settled.add(event.composedPath()[0]), true);
  }
`;

// The code run in the page is written as strings: tsx would otherwise wrap functions in helpers
// (`__name`) that exist in node but not in the page.
const SHOWN = `['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].find((name) => document.body.classList.contains(name))`;
const DOCS_SHOWN = `document.querySelector('#storybook-docs .sbdocs-content') && !document.querySelector('#storybook-docs .sb-loader')`;
const budgetSettled = (keepsLoading: boolean) => `(() => {
  const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('budget-'));
  return elements.length > 0 && elements.every((el) => window.__settled.has(el) || (${keepsLoading} && el.shadowRoot?.querySelector('[role="status"]')));
})()`;
/** Every element's pending Lit update done, then two frames, three times (an update may start another). */
const UPDATES_DONE = `(async () => {
  const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
  for (let round = 0; round < 3; round++) {
    await Promise.all(deep(document).filter((el) => el.localName.startsWith('budget-')).map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
})()`;
const AXE_RUN = `(async () => {
  const result = await axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
  return result.violations.map((v) => 'axe ' + v.id + ' (' + v.help + '): ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', '));
})()`;

/** Pages slower than this print where their time went, so a slow CI run can be read afterwards. */
const SLOW_PAGE = 5_000;

async function visit(page: Page, base: string, entry: Entry, axeSource: string, phases: string[]): Promise<string[]> {
  const t0 = Date.now();
  const phase = (name: string) => phases.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}`;
  await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
  // Storybook marks the body once the story (or docs page) is shown, or its error.
  phase('loaded');
  const state = await (await page.waitForFunction(SHOWN, { timeout: STORY_TIMEOUT })).jsonValue();
  phase('shown');
  if (state !== 'sb-show-main') {
    const message = (await page.evaluate(`document.querySelector('#error-message')?.textContent ?? ''`)) as string;
    return [`Storybook shows ${state}: ${message.trim()}`];
  }
  if (entry.type === 'docs') {
    await page.waitForFunction(DOCS_SHOWN, { timeout: STORY_TIMEOUT });
    // A docs page holds many stories, some never settling (loading): give them a moment to fail loudly.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return [];
  }
  // Each element at the top of the story has settled (loaded or failed), unless it is meant to keep loading.
  await page.waitForFunction(budgetSettled(/loading/i.test(entry.id)), { timeout: STORY_TIMEOUT, polling: 50 });
  phase('settled');
  // Lazy parts (the audit's rules, a collection's entries) are fetched after the first event.
  await page.waitForNetworkIdle({ idleTime: 150, timeout: STORY_TIMEOUT });
  phase('idle');
  await page.evaluate(UPDATES_DONE);
  phase('updated');
  if (!(await page.evaluate(`'axe' in window`))) await page.addScriptTag({ content: axeSource });
  phase('axe-loaded');
  const violations = (await page.evaluate(AXE_RUN)) as string[];
  phase('axe-run');
  return violations;
}

const present = existsSync(INDEX);

test('every story of storybook-static renders with no console error, failed request or axe violation', { skip: present ? false : 'storybook-static/ is absent: run npm run build-storybook first (npm run test:storybook does both)' }, async (t) => {
  const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, Entry> };
  const entries = Object.values(index.entries);
  const stories = entries.filter((e) => e.type === 'story');
  const docs = entries.filter((e) => e.type === 'docs');
  assert.ok(stories.length > 0, 'index.json lists stories');
  const tags = new Set(stories.map((s) => s.title));
  for (const title of tags) assert.ok(docs.some((d) => d.title === title), `${title} has a docs page (autodocs)`);

  const axeSource = readFileSync(AXE, 'utf8');
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  const started = Date.now();
  const failures: string[] = [];
  let total = 0;
  const timings: [number, string][] = [];
  try {
    browser = await puppeteer.launch({
      executablePath: chromePath(),
      headless: true,
      args: CHROME_FLAGS,
    });
    // STORYBOOK_TEST_FILTER=regex runs the matching ids only, for a quick look at a few.
    const only = process.env.STORYBOOK_TEST_FILTER ? new RegExp(process.env.STORYBOOK_TEST_FILTER) : undefined;
    const queue = [...stories, ...docs].filter((e) => !only || only.test(e.id));
    total = queue.length;
    const worker = async () => {
      // A window of its own: in one window only the front tab is visible, and a hidden tab gets no
      // animation frames, so its story would wait until the other worker's page closed.
      const context = await browser!.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.evaluateOnNewDocument(RECORD_SETTLED);
      const watcher = watch(page);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        watcher.start();
        const visited = Date.now();
        let problems: string[];
        const phases: string[] = [];
        try {
          problems = await visit(page, base, entry, axeSource, phases);
        } catch (error) {
          problems = [`did not render: ${error instanceof Error ? error.message : String(error)}`];
        }
        problems.push(...watcher.stop());
        const took = Date.now() - visited;
        timings.push([took, took > SLOW_PAGE || process.env.STORYBOOK_TEST_VERBOSE ? `${entry.id} (${phases.join(', ')})` : entry.id]);
        if (problems.length > 0) failures.push(`${entry.id} (${entry.type}):\n    ${problems.join('\n    ')}`);
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await browser?.close();
    server.close();
  }
  // The slowest pages, to see where the time goes (all of them with STORYBOOK_TEST_VERBOSE=1).
  timings.sort((a, b) => b[0] - a[0]);
  for (const [ms, id] of process.env.STORYBOOK_TEST_VERBOSE ? timings : timings.slice(0, 5)) t.diagnostic(`${(ms / 1000).toFixed(1)} s ${id}`);
  t.diagnostic(`${total} pages (${stories.length} stories and ${docs.length} docs pages in index.json) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(failures, [], `${failures.length} of ${total} pages failed:\n${failures.join('\n')}`);
});
