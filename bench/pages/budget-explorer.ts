// <budget-explorer> over a region's index, loaded as dist/components/budget-explorer.js is: its
// entry defines the element and imports the report views once the index has loaded.
// Imported by name: package.json marks src/ free of side effects, and a bare import is dropped.
import { BudgetExplorer } from '../../src/elements/budget-explorer.js';
import { explorerIndex } from '../../src/core/explorer/explorer-index.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { nextFrame } from './api.js';

/** The list as drawn: rows, the count line, the first department; what an interaction must change. */
export interface ListState {
  rows: number;
  count: string;
  first: string;
  /** Whether every drawn department contains `query` (true when no query). */
  allMatch: boolean;
}

export interface ExplorerTiming {
  ms: number;
  longestTaskMs: number;
  list: ListState;
}

declare global {
  interface Window {
    explorerHarness?: typeof harness;
  }
}

// Long tasks from the page's start: each measure takes those that began inside its window.
const tasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
const longestTask = (from: number, to: number) => Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));

let element: BudgetExplorer;
let armed: Promise<ExplorerTiming> | undefined;

const twoFrames = async () => {
  await nextFrame();
  await nextFrame();
};

/** Until lit has no update pending (a first render may ask for another, as the ResizeController's). */
async function settled(): Promise<void> {
  do await element.updateComplete;
  while (element.isUpdatePending);
}

function listState(query = ''): ListState {
  const root = element.shadowRoot!;
  const names = [...root.querySelectorAll('table[part="list"] tbody th button.open')].map((b) => b.textContent ?? '');
  return {
    rows: names.length,
    count: root.querySelector('.count')?.textContent?.trim() ?? '',
    first: names[0] ?? '',
    allMatch: names.every((n) => n.toLowerCase().includes(query.toLowerCase())),
  };
}

const harness = {
  /**
   * Creates `<budget-explorer src>` and resolves two frames after its list is drawn: `budget-load`,
   * then lit's update settled. Timed from the start of the index's fetch (Resource Timing), and
   * from the element's creation.
   */
  async load(src: string) {
    element = document.createElement('budget-explorer');
    if (!(element instanceof BudgetExplorer)) throw new Error('<budget-explorer> is not defined');
    const loaded = new Promise((resolve) => element.addEventListener('budget-load', resolve, { once: true }));
    const created = performance.now();
    element.setAttribute('src', src);
    document.getElementById('chart')!.append(element);
    await loaded;
    const loadEvent = performance.now();
    await settled();
    await nextFrame();
    await settled();
    await twoFrames();
    const end = performance.now();
    const fetch = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === new URL(src, document.baseURI).pathname) as PerformanceResourceTiming;
    return {
      interactiveMs: end - fetch.startTime,
      fromElementMs: end - created,
      fetchMs: fetch.responseEnd - fetch.startTime,
      loadEventMs: loadEvent - fetch.startTime,
      longestTaskMs: longestTask(created, end),
      transferBytes: fetch.encodedBodySize,
      list: listState(),
    };
  },
  /**
   * Listens for the next `start` event (a real keydown or mousedown the harness sends through
   * CDP), then its `action` (the input or click it causes, after the element's own handler), and
   * times start → the element's update settled → two frames.
   */
  arm(start: 'keydown' | 'mousedown', action: 'input' | 'click', query = '') {
    armed = new Promise((resolve) => {
      document.addEventListener(
        start,
        () => {
          const begun = performance.now();
          document.addEventListener(
            action,
            async () => {
              await settled();
              await twoFrames();
              const end = performance.now();
              resolve({ ms: end - begun, longestTaskMs: longestTask(begun, end), list: listState(query) });
            },
            { once: true },
          );
        },
        { capture: true, once: true },
      );
    });
  },
  async armed() {
    return armed!;
  },
  /**
   * Where the load's time goes, outside the element: the index fetched again (not timed), then
   * JSON.parse, validation and the explorer's reading of it (src/core/explorer), each timed alone.
   */
  async breakdown(src: string) {
    const response = await fetch(src);
    const text = await response.text();
    const t0 = performance.now();
    const parsed = JSON.parse(text) as unknown;
    const t1 = performance.now();
    const result = validateBudgetFile(parsed);
    const t2 = performance.now();
    if (!result.valid) throw new Error(`index.json: ${result.issues.length} issues`);
    explorerIndex(result.value, response.url);
    const t3 = performance.now();
    return { parseMs: t1 - t0, validateMs: t2 - t1, readMs: t3 - t2 };
  },
  /** A department's report: click its name, as a reader opens it. */
  openFirst() {
    element.shadowRoot!.querySelector<HTMLButtonElement>('table[part="list"] tbody th button.open')!.click();
  },
};

window.explorerHarness = harness;
