/** What every benchmark page offers the harness (bench/browser.ts), whatever library draws it. */
export interface BenchApi {
  /** Creates the chart from `data` and resolves once the library says it has drawn. */
  render(data: unknown, container: HTMLElement): Promise<void>;
  /** Zooms into the node `id` and resolves when the library says it has settled (animation included). */
  zoom(id: string): Promise<void>;
  zoomOut(): Promise<void>;
  /** Turns the library's own zoom animation on (450 ms, as budget-viz's) or off. */
  setAnimation(on: boolean): Promise<void>;
}

declare global {
  interface Window {
    bench?: BenchApi;
    benchHarness?: typeof harness;
    BENCH_DATA?: unknown;
  }
}

export const ZOOM_MS = 450;

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export function register(api: BenchApi): void {
  window.bench = api;
  window.benchHarness = harness;
}

const twoFrames = async () => {
  await nextFrame();
  await nextFrame();
};

/**
 * The measurements, in the page so the harness sends no code of its own (its transpiler would
 * add helpers the page lacks). Every library goes through the same three.
 */
export const harness = {
  /**
   * The chart's DOM as static HTML, for bench/pages/static-dom.ts: every shadow root written as a
   * declarative one with its adopted styles inlined. It adds a style element to each shadow root,
   * so it is asked of a tab of its own, whose numbers are not kept.
   */
  snapshot(): string {
    const container = document.getElementById('chart')!;
    const roots: ShadowRoot[] = [];
    const collect = (node: ParentNode) => {
      for (const element of node.querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        roots.push(element.shadowRoot);
        collect(element.shadowRoot);
      }
    };
    collect(container);
    for (const root of roots) {
      const style = document.createElement('style');
      style.textContent = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      root.prepend(style);
    }
    return container.getHTML({ shadowRoots: roots });
  },
  /** From data assigned to two frames after the library's drawn signal. */
  async render(): Promise<number> {
    const container = document.getElementById('chart')!;
    const start = performance.now();
    await window.bench!.render(window.BENCH_DATA, container);
    await twoFrames();
    return performance.now() - start;
  },
  /** From the zoom asked to two frames after it settled. */
  async zoom(id: string): Promise<number> {
    const start = performance.now();
    await window.bench!.zoom(id);
    await twoFrames();
    return performance.now() - start;
  },
  /** Frames and long tasks while an animated zoom runs, from the request to the library's end. */
  async animatedZoom(id: string) {
    const frames: number[] = [];
    const tasks: number[] = [];
    let running = true;
    const loop = (t: number) => {
      frames.push(t);
      if (running) requestAnimationFrame(loop);
    };
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    await nextFrame();
    requestAnimationFrame(loop);
    const start = performance.now();
    await window.bench!.zoom(id);
    const end = performance.now();
    running = false;
    // Long tasks are reported after they end: give the observer a moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    const inside = frames.filter((t) => t > start && t <= end);
    const edges = [start, ...inside, end];
    let longestFrameMs = 0;
    for (let i = 1; i < edges.length; i++) longestFrameMs = Math.max(longestFrameMs, edges[i] - edges[i - 1]);
    return { fps: (inside.length * 1000) / (end - start), longestFrameMs, longestTaskMs: Math.max(0, ...tasks), animationMs: end - start };
  },
};
