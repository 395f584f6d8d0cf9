import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's content width, from a ResizeObserver. Changes are applied once per animation
 * frame, because updating inside the observer callback makes Chromium report "ResizeObserver
 * loop" errors that break test runs.
 *
 * Nothing is measured or observed until `width` is first read: a measure forces the page's layout,
 * and in a `<budget-report>` six inner views connect one after the other, each dirtying the
 * styles the one before laid out, while only the views that size their drawing ever ask.
 */
export class ResizeController implements ReactiveController {
  private measured = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The content width in whole px, 0 while the element is not on the page. The first read
   * measures at once, since a view reads it to draw its first render at the right size; after
   * that the observer keeps it current.
   */
  get width(): number {
    if (!this.observer && this.host.isConnected) this.observe();
    return this.measured;
  }

  hostConnected(): void {
    // Moved on the page after it was measured: its width may have changed with its place.
    if (this.observer) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  private observe(): void {
    this.observer?.disconnect();
    this.measured = Math.floor(this.host.getBoundingClientRect().width);
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width === this.measured) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.measured = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }
}
