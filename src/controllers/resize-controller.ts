import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's content width, from a ResizeObserver. Changes are applied once per animation
 * frame, because updating inside the observer callback makes Chromium report "ResizeObserver
 * loop" errors that break test runs.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.width = Math.floor(this.host.getBoundingClientRect().width);
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width === this.width) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
