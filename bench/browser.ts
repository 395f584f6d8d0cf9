/**
 * The browser part of `npm run bench`: each library's sunburst page in headless Chromium, a new
 * tab per run, so no run inherits another's heap or renderer process.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { OUT_DIR, PAGES, REPORT_PAGE, STATIC_DOM_PAGES } from './build.js';
import type { Dataset } from './data.js';
import { CHROME_FLAGS as SHARED_FLAGS, chromePath } from '../src/cli/headless.js';

const CHROME_FLAGS = [...SHARED_FLAGS, '--headless=new'];

/** One run of one page: every number a run gives, or the error that ended it. */
export interface RunResult {
  /** Navigation → the load event: the page's script fetched, compiled and run, before it is given data. */
  loadMs?: number;
  renderMs?: number;
  /** `<budget-report>` only: data assigned → the views of the first screen painted (renderMs waits for every view). */
  firstScreenMs?: number;
  zoomMs?: number;
  fps?: number;
  longestFrameMs?: number;
  longestTaskMs?: number;
  animationMs?: number;
  heapMiB?: number;
  domNodes?: number;
  rendererPssMiB?: number;
  error?: string;
}

export interface CaseResult {
  page: string;
  dataset: string;
  leaves: number;
  runs: RunResult[];
}

export interface BrowserOptions {
  runs: number;
  /** A run slower than this ends the case after it: a median of one slow run beats no answer. */
  slowRunMs: number;
  /** Runs of one case stop once they have taken this long together, so a full run stays near 10 min. */
  caseBudgetMs: number;
  log: (line: string) => void;
  /** Only these pages (bench/build.ts names), for a look at one library; every page when absent. */
  pages?: readonly string[];
}

/** What each page is given, by library: the same hierarchy in each one's own format. */
function payload(page: string, data: Dataset): unknown {
  if (page === 'budget-viz' || page === 'budget-report') return data.document;
  if (page.startsWith('echarts')) return data.echarts;
  if (page === 'highcharts') return data.highcharts;
  return data.plain;
}

/** A body served at a path besides the files of bench/.out/, with its own headers (an encoding). */
export interface ServedBody {
  body: string | Buffer;
  headers?: Record<string, string>;
}

/**
 * Serves bench/.out/ (the pages and their chunks), each data set in each page's format, and
 * `extra` (the region's index; the static DOM pages' snapshots, added while the server runs), never cached.
 */
export function serve(datasets: readonly Dataset[], extra: ReadonlyMap<string, ServedBody> = new Map()): Promise<Server> {
  const bodies = new Map<string, ServedBody>();
  for (const data of datasets) {
    for (const page of [...PAGES.map((p) => p.name), REPORT_PAGE.name]) bodies.set(`/data/${page}/${data.name}.json`, { body: JSON.stringify(payload(page, data)) });
  }
  const files = new Set(readdirSync(OUT_DIR, { recursive: true }).map(String));
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    const type = url.endsWith('.js') ? 'text/javascript' : url.endsWith('.html') ? 'text/html' : 'application/json';
    const served = bodies.get(url) ?? extra.get(url) ?? (files.has(url.slice(1)) ? { body: readFileSync(OUT_DIR + url.slice(1)) } : undefined);
    if (served === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...served.headers }).end(served.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Every renderer process under `browserPid`. */
export function rendererPids(browserPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(entry));
    } catch {
      // A process that ended while we looked.
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        const cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8');
        if (cmd.includes('--type=renderer') && !cmd.includes('--extension-process')) found.push(child);
      } catch {
        // Gone.
      }
      walk(child);
    }
  };
  walk(browserPid);
  return found;
}

/**
 * Proportional set size in MiB of the largest of `pids`. The run's tab is the only page left (the
 * previous run's tab is closed); the others are the start-up about:blank and the spare renderer
 * Chromium keeps ready, which the new tab may have taken, so "the new pid" would be wrong.
 */
export function pssMiB(pids: readonly number[]): number | undefined {
  let largest: number | undefined;
  for (const pid of pids) {
    try {
      const pss = Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1]);
      if (largest === undefined || pss > largest) largest = pss;
    } catch {
      // Gone, or not ours to read.
    }
  }
  return largest === undefined ? undefined : largest / 1024;
}

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: over ${ms / 1000} s`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function launch(): Promise<Browser> {
  return puppeteer.launch({ executablePath: chromePath(), args: CHROME_FLAGS, headless: true, protocolTimeout: 120_000, defaultViewport: { width: 1000, height: 800 } });
}

async function openPage(browser: Browser, base: string, page: string, dataset: string): Promise<Page> {
  const tab = await browser.newPage();
  await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await tab.goto(`${base}/${page}.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => !!window.bench);
  // Fetched and parsed before the clock starts: parsing JSON is the same work for every library.
  await tab.evaluate(async (url) => {
    window.BENCH_DATA = await (await fetch(url)).json();
  }, `/data/${page}/${dataset}.json`);
  return tab;
}

async function oneRun(browser: Browser, base: string, page: string, data: Dataset, full: boolean): Promise<RunResult> {
  const result: RunResult = {};
  const pid = browser.process()!.pid!;
  let tab: Page | undefined;
  try {
    tab = await openPage(browser, base, page, data.name);
    result.loadMs = await tab.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
    result.renderMs = await tab.evaluate(() => window.benchHarness!.render());
    result.firstScreenMs = await tab.evaluate(() => window.benchFirstScreenMs?.());
    const cdp = await tab.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapMiB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
    result.domNodes = (await cdp.send('Memory.getDOMCounters')).nodes;
    result.rendererPssMiB = pssMiB(rendererPids(pid));
    if (!full) return result;
    result.zoomMs = await tab.evaluate((id) => window.benchHarness!.zoom(id), data.largest.id);
    await tab.evaluate(() => window.bench!.zoomOut());
    await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    await tab.evaluate(() => window.bench!.setAnimation(true));
    Object.assign(result, await tab.evaluate((id) => window.benchHarness!.animatedZoom(id), data.largest.id));
  } catch (error) {
    result.error = String((error as Error).message ?? error).split('\n')[0];
  } finally {
    await tab?.close().catch(() => undefined);
  }
  return result;
}

/**
 * The DOM `page` draws from `data`, as static HTML (see `harness.snapshot`), from a tab of its
 * own: what bench/pages/static-dom.ts is given to show.
 */
async function snapshot(browser: Browser, base: string, page: string, data: Dataset): Promise<string> {
  const tab = await openPage(browser, base, page, data.name);
  try {
    await tab.evaluate(() => window.benchHarness!.render());
    return await tab.evaluate(() => window.benchHarness!.snapshot());
  } finally {
    await tab.close();
  }
}

/** The page whose DOM a static DOM page shows; undefined for any other page. */
const copiedBy = (page: string) => STATIC_DOM_PAGES.find((p) => p.name === page)?.of;

/** Each page to run on each data set, and whether it zooms; a static DOM page follows the page it copies. */
function casePlan(datasets: readonly Dataset[], pages: readonly string[] | undefined): [string, Dataset, boolean][] {
  const staticOf = (page: string) => STATIC_DOM_PAGES.filter((p) => p.of === page).map((p) => p.name);
  const plan: [string, Dataset, boolean][] = [
    ...datasets.flatMap((data) => PAGES.flatMap((p) => [[p.name, data, true], ...staticOf(p.name).map((name) => [name, data, false])] as [string, Dataset, boolean][])),
    ...datasets.filter((d) => d.name === 'reference').flatMap((d) => [[REPORT_PAGE.name, d, false], ...staticOf(REPORT_PAGE.name).map((name) => [name, d, false])] as [string, Dataset, boolean][]),
  ];
  const wanted = (page: string) => !pages || pages.includes(page) || pages.includes(copiedBy(page) ?? '');
  return plan.filter(([page]) => wanted(page));
}

/** One page on one data set while its runs go on: its own browser, and the runs so far. */
interface Lane {
  page: string;
  data: Dataset;
  full: boolean;
  browser: Browser;
  runs: RunResult[];
  /** Time its runs have taken together, in ms. */
  spentMs: number;
  done: boolean;
}

/** The plan's cases grouped by data set, in the plan's order. */
function byDataset(plan: readonly [string, Dataset, boolean][]): [string, Dataset, boolean][][] {
  const groups = new Map<string, [string, Dataset, boolean][]>();
  for (const item of plan) groups.set(item[1].name, [...(groups.get(item[1].name) ?? []), item]);
  return [...groups.values()];
}

/**
 * Every page of one data set, run in rounds: run 1 of each page, then run 2 of each, and so on,
 * each round starting one page further along. A machine whose speed drifts (other work, heat)
 * then slows every page alike, rather than whichever case ran while it was slow, so the ratios
 * between pages and to the static floor hold better than the absolute times.
 */
async function runRounds(group: readonly [string, Dataset, boolean][], base: string, snapshots: Map<string, ServedBody>, options: BrowserOptions): Promise<Lane[]> {
  const lanes: Lane[] = [];
  try {
    for (const [page, data, full] of group) {
      // One browser per library and data set, a new tab (and renderer process) per run: a browser
      // per run would add its 1 to 2 s start-up to every run without making runs more alike.
      const lane: Lane = { page, data, full, browser: await launch(), runs: [], spentMs: 0, done: false };
      lanes.push(lane);
      const copied = copiedBy(page);
      if (!copied) continue;
      await withTimeout(snapshot(lane.browser, base, copied, data), 150_000, `snapshot of ${copied} on ${data.name}`).then(
        (html) => snapshots.set(`/data/${page}/${data.name}.json`, { body: JSON.stringify(html) }),
        (e: Error) => {
          lane.runs.push({ error: e.message });
          lane.done = true;
        },
      );
    }
    for (let round = 0; round < options.runs; round++) {
      for (const lane of [...lanes.slice(round % lanes.length), ...lanes.slice(0, round % lanes.length)]) {
        if (lane.done) continue;
        const started = Date.now();
        const run = await withTimeout(oneRun(lane.browser, base, lane.page, lane.data, lane.full), 150_000, `${lane.page} on ${lane.data.name}`).catch((e: Error) => ({ error: e.message }) as RunResult);
        lane.runs.push(run);
        const took = Date.now() - started;
        lane.spentMs += took;
        lane.done = !!run.error || took > options.slowRunMs || lane.spentMs > options.caseBudgetMs;
      }
    }
  } finally {
    await Promise.all(lanes.map((lane) => lane.browser.close()));
  }
  return lanes;
}

export async function runBrowser(datasets: readonly Dataset[], options: BrowserOptions): Promise<{ cases: CaseResult[]; chromium: string }> {
  const snapshots = new Map<string, ServedBody>();
  const server = await serve(datasets, snapshots);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = await launch();
  const chromium = await probe.version();
  await probe.close();
  const cases: CaseResult[] = [];
  try {
    for (const group of byDataset(casePlan(datasets, options.pages))) {
      for (const { page, data, runs } of await runRounds(group, base, snapshots, options)) {
        const last = runs[runs.length - 1];
        options.log(`${page.padEnd(17)} ${data.name.padEnd(9)} ${runs.length} runs  render ${last?.renderMs?.toFixed(0) ?? '–'} ms  zoom ${last?.zoomMs?.toFixed(0) ?? '–'} ms${last?.error ? `  ERROR ${last.error}` : ''}`);
        cases.push({ page, dataset: data.name, leaves: data.leaves, runs });
      }
    }
  } finally {
    server.close();
  }
  return { cases, chromium };
}
