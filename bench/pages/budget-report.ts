// The whole library, as the script tag of dist/budget-viz.js gives it, showing <budget-report>.
// Called, not imported for its effect: package.json "sideEffects" lets a bundler drop a bare import of src/.
import { defineElements } from '../../src/define.js';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import { nextFrame, register } from './api.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown>; isUpdatePending: boolean; hasUpdated: boolean };

declare global {
  interface Window {
    /**
     * Data assigned → the views of the first screen painted, in ms, read by bench/browser.ts once
     * the harness has timed the render, so that working it out is not timed.
     */
    benchFirstScreenMs?: () => number | undefined;
  }
}

/** Every budget-viz element under `root`, through shadow roots. */
function elements(root: ParentNode): Lit[] {
  const found: Lit[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('budget-')) found.push(el as Lit);
    if (el.shadowRoot) found.push(...elements(el.shadowRoot));
  }
  return found;
}

/**
 * Until no element of the report, inner views included, has an update pending and no new one
 * appeared. The audit's update settles only once its check rules have run, in short tasks after
 * the rest has painted: this is "every view settled".
 */
async function allPainted(report: Lit): Promise<void> {
  for (;;) {
    const all = [report, ...elements(report.shadowRoot ?? report)];
    await Promise.all(all.map((el) => el.updateComplete));
    await nextFrame();
    const busy = all.some((el) => el.isUpdatePending);
    if (!busy && elements(report.shadowRoot ?? report).length === all.length - 1) return;
  }
}

/** The views of the report's sections, without the elements inside them: few enough to look at every frame. */
function views(report: Lit): Lit[] {
  return [...(report.shadowRoot?.querySelectorAll<Lit>('.section > *') ?? [])].filter((el) => el.localName.startsWith('budget-'));
}

/**
 * Watches every frame from now on: for the report and each view, the first frame at whose start
 * it had drawn (rendered once, no update pending; the audit may still be checking), and when each
 * frame was painted: a task posted from a frame's animation callback runs once the frame's
 * style, layout and paint are done. Reading no layout, it changes little of what it times.
 */
function watchFrames(report: Lit): { paintedAt: number[]; drawnIn: Map<Lit, number>; stop(): void } {
  const paintedAt: number[] = [];
  const drawnIn = new Map<Lit, number>();
  let running = true;
  const frame = () => {
    const index = paintedAt.length;
    paintedAt.push(NaN);
    setTimeout(() => (paintedAt[index] = performance.now()));
    for (const el of [report, ...views(report)]) if (!drawnIn.has(el) && el.hasUpdated && !el.isUpdatePending) drawnIn.set(el, index);
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return { paintedAt, drawnIn, stop: () => (running = false) };
}

/**
 * The elements a reader sees before scrolling: the report (its title and controls) and the views
 * whose section starts above the bottom of the window, read from the settled layout.
 */
function firstScreen(report: Lit): Lit[] {
  return [report, ...views(report).filter((view) => view.closest('.section')!.getBoundingClientRect().top < innerHeight)];
}

defineElements();

let report: BudgetReport;
register({
  async render(data, container) {
    const start = performance.now();
    report = document.createElement('budget-report');
    container.append(report);
    const watch = watchFrames(report as unknown as Lit);
    report.data = data;
    // Registration may be deferred (an element loaded on demand): wait for the class, as a page would.
    await customElements.whenDefined('budget-report');
    await allPainted(report as unknown as Lit);
    window.benchFirstScreenMs = () => {
      watch.stop();
      // Not "two frames after", as the harness counts: the frames after it wait for the rest of the report.
      const last = Math.max(...firstScreen(report as unknown as Lit).map((el) => watch.drawnIn.get(el) ?? Infinity));
      const painted = watch.paintedAt[last];
      return painted === undefined || Number.isNaN(painted) ? undefined : painted - start;
    };
  },
  async zoom() {},
  async zoomOut() {},
  async setAnimation() {},
});
