/**
 * The region part of `npm run bench` in the browser (issue 14): `<budget-explorer src="index.json">`
 * over the synthetic region's index (bench/region.ts), in headless Chromium, a new tab per run as
 * for the sunbursts (bench/browser.ts). Per run: the index's fetch start → list drawn, a click on
 * a sort header and a search keystroke → list drawn again (real input events through CDP), the
 * longest task, the heap; and every request, to show that the list fetches no document and that
 * opening a department fetches only its own.
 */
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, HTTPRequest } from 'puppeteer-core';
import { launch, pssMiB, rendererPids, serve, withTimeout } from './browser.js';
import { EXPLORER_PAGE } from './build.js';

export interface ExplorerRun {
  /** Start of the index's fetch (Resource Timing) → `budget-load`, lit settled, two frames. */
  interactiveMs?: number;
  /** The same end, from the element's creation (before its fetch starts). */
  fromElementMs?: number;
  /** The index's fetch: start → last byte. */
  fetchMs?: number;
  /** Fetch start → `budget-load` (fetched, parsed, validated, read). */
  loadEventMs?: number;
  longestTaskMs?: number;
  /** Bytes of the index on the wire (gzip). */
  transferBytes?: number;
  heapMiB?: number;
  domNodes?: number;
  rendererPssMiB?: number;
  /** mousedown on the 名称 sort header → list re-sorted and drawn. */
  sortMs?: number;
  /** keydown of one character in the search field → list filtered and drawn. */
  searchMs?: number;
  interactionLongestTaskMs?: number;
  /** The index alone in the page, outside the element: JSON.parse, validation, the explorer's reading. */
  parseMs?: number;
  validateMs?: number;
  readMs?: number;
  /** Rows drawn after load; the count line after load, sort and search; whether each interaction changed the list. */
  rows?: number;
  counts?: string[];
  sorted?: boolean;
  searched?: boolean;
  /** Paths requested while the list loaded and was sorted and searched: documents (JSON) apart from scripts. */
  documentsOnLoad?: string[];
  scriptsOnLoad?: string[];
  /** Paths of documents requested once the first department was opened. */
  documentsOnOpen?: string[];
  error?: string;
}

export interface ExplorerResult {
  chromium: string;
  runs: ExplorerRun[];
}

/** The one key typed into the search field: matches the departments numbered with a 7 (271 of 1,000). */
export const SEARCH_KEY = '7';

async function oneRun(browser: Browser, base: string): Promise<ExplorerRun> {
  const run: ExplorerRun = {};
  const pid = browser.process()!.pid!;
  const tab = await browser.newPage();
  const requests: { phase: string; path: string; type: string }[] = [];
  let phase = 'page';
  const onRequest = (r: HTTPRequest) => requests.push({ phase, path: decodeURIComponent(new URL(r.url()).pathname), type: r.resourceType() });
  tab.on('request', onRequest);
  const documents = (phases: string[]) => requests.filter((r) => phases.includes(r.phase) && r.path.endsWith('.json')).map((r) => r.path);
  try {
    await tab.goto(`${base}/${EXPLORER_PAGE.name}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => !!window.explorerHarness);
    phase = 'load';
    const load = await tab.evaluate((src) => window.explorerHarness!.load(src), 'index.json');
    Object.assign(run, { interactiveMs: load.interactiveMs, fromElementMs: load.fromElementMs, fetchMs: load.fetchMs, loadEventMs: load.loadEventMs, longestTaskMs: load.longestTaskMs, transferBytes: load.transferBytes, rows: load.list.rows });
    const cdp = await tab.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    run.heapMiB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
    run.domNodes = (await cdp.send('Memory.getDOMCounters')).nodes;
    run.rendererPssMiB = pssMiB(rendererPids(pid));

    phase = 'sort';
    await tab.evaluate(() => window.explorerHarness!.arm('mousedown', 'click'));
    const header = await tab.$('budget-explorer >>> button[data-sort="name"]');
    await header!.click();
    const sort = await tab.evaluate(() => window.explorerHarness!.armed());
    run.sortMs = sort.ms;
    run.sorted = sort.list.first !== load.list.first;

    phase = 'search';
    const input = await tab.$('budget-explorer >>> input[type="search"]');
    await input!.focus();
    await tab.evaluate((key) => window.explorerHarness!.arm('keydown', 'input', key), SEARCH_KEY);
    await tab.keyboard.type(SEARCH_KEY);
    const search = await tab.evaluate(() => window.explorerHarness!.armed());
    run.searchMs = search.ms;
    run.interactionLongestTaskMs = Math.max(sort.longestTaskMs, search.longestTaskMs);
    run.searched = search.list.count !== sort.list.count && search.list.allMatch && search.list.rows > 0;
    run.counts = [load.list.count, sort.list.count, search.list.count];
    run.documentsOnLoad = documents(['load', 'sort', 'search']);
    run.scriptsOnLoad = requests.filter((r) => r.phase !== 'page' && r.type === 'script').map((r) => r.path);

    phase = 'breakdown';
    Object.assign(run, await tab.evaluate((src) => window.explorerHarness!.breakdown(src), 'index.json'));

    phase = 'open';
    await tab.evaluate(() => window.explorerHarness!.openFirst());
    // The synthetic documents do not exist (404): what counts is which were asked for.
    await tab.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 }).catch(() => undefined);
    run.documentsOnOpen = documents(['open']);
  } catch (error) {
    run.error = String((error as Error).message ?? error).split('\n')[0];
  } finally {
    tab.off('request', onRequest);
    await tab.close().catch(() => undefined);
  }
  return run;
}

/**
 * `runs` fresh tabs of one Chromium on the page bench/build.ts's buildExplorerPage wrote, the
 * index served as a static host would (gzip, as written by `budget-viz import`).
 */
export async function runExplorer(indexJson: string, runs: number, log: (line: string) => void): Promise<ExplorerResult> {
  const index = { body: gzipSync(Buffer.from(indexJson)), headers: { 'content-encoding': 'gzip' } };
  const server = await serve([], new Map([['/index.json', index]]));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launch();
  const result: ExplorerResult = { chromium: await browser.version(), runs: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const run = await withTimeout(oneRun(browser, base), 120_000, 'budget-explorer').catch((e: Error) => ({ error: e.message }) as ExplorerRun);
      result.runs.push(run);
      log(
        `budget-explorer run ${i + 1}: interactive ${run.interactiveMs?.toFixed(0) ?? '–'} ms, sort ${run.sortMs?.toFixed(0) ?? '–'} ms, search ${run.searchMs?.toFixed(0) ?? '–'} ms; ` +
          `documents on load ${run.documentsOnLoad?.length ?? '–'}, on open ${run.documentsOnOpen?.length ?? '–'}${run.error ? `  ERROR ${run.error}` : ''}`,
      );
      if (run.error) break;
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}
