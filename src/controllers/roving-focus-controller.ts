import type { ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a list of items (ARIA "roving tabindex"): the current item has tabindex 0,
 * the others -1; Up/Left and Down/Right move to the previous and next item, Home and End to the
 * first and last. Items are the elements matching `selector` in the host's shadow root, in order.
 */
export class RovingFocusController {
  /** Index of the item that has the tab stop. */
  index = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly selector: string,
  ) {}

  /** tabindex for item `i` of `count`: only the current one (kept in range) is reachable by Tab. */
  tabIndexFor(i: number, count: number): number {
    return i === Math.min(this.index, Math.max(0, count - 1)) ? 0 : -1;
  }

  /** Moves the tab stop to the item that got focus (by click or by a screen reader). */
  handleFocusIn = (event: FocusEvent): void => {
    const items = this.items();
    const i = items.indexOf(event.target as HTMLElement);
    if (i >= 0 && i !== this.index) {
      this.index = i;
      this.host.requestUpdate();
    }
  };

  handleKeyDown = (event: KeyboardEvent): void => {
    const items = this.items();
    if (items.length === 0) return;
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(this.index + 1, last),
      ArrowRight: Math.min(this.index + 1, last),
      ArrowUp: Math.max(this.index - 1, 0),
      ArrowLeft: Math.max(this.index - 1, 0),
      Home: 0,
      End: last,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.index = moves[event.key];
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.items()[this.index]?.focus());
  };

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.selector)];
  }
}
