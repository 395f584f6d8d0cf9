import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

interface TooltipContent {
  lines: string[];
  /** Viewport rectangle of what the tooltip is about. */
  anchor: { left: number; top: number; right: number; bottom: number };
}

const GAP = 8;

/**
 * A tooltip inside the element's shadow root, so it keeps the element's styles and tokens, shown
 * in the top layer (the Popover API) so that no overflow or z-index of the host page clips it.
 * It shows on hover and on keyboard focus, and Escape dismisses it (WCAG 1.4.13).
 */
export class TooltipController implements ReactiveController {
  content?: TooltipContent;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  get open(): boolean {
    return this.content !== undefined;
  }

  show(lines: string[], anchor: Element | TooltipContent['anchor']): void {
    const rect = anchor instanceof Element ? anchor.getBoundingClientRect() : anchor;
    this.content = { lines, anchor: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } };
    this.host.requestUpdate();
  }

  hide(): void {
    if (!this.content) return;
    this.content = undefined;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const tip = this.host.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    if (!tip) return;
    if (!this.content) {
      if (tip.matches(':popover-open')) tip.hidePopover();
      return;
    }
    if (!tip.matches(':popover-open')) tip.showPopover();
    this.place(tip, this.content.anchor);
  }

  hostDisconnected(): void {
    this.content = undefined;
  }

  /** Above the anchor when there is room, else below; always inside the viewport. */
  private place(tip: HTMLElement, anchor: TooltipContent['anchor']): void {
    const { width, height } = tip.getBoundingClientRect();
    const centre = (anchor.left + anchor.right) / 2;
    const left = Math.min(Math.max(GAP, centre - width / 2), window.innerWidth - width - GAP);
    const above = anchor.top - height - GAP;
    const top = above >= GAP ? above : Math.min(anchor.bottom + GAP, window.innerHeight - height - GAP);
    tip.style.left = `${Math.max(GAP, left)}px`;
    tip.style.top = `${Math.max(GAP, top)}px`;
  }

  render(): TemplateResult {
    return html`<div part="tooltip" class="tooltip" popover="manual" role="tooltip">
      ${(this.content?.lines ?? []).map((line) => html`<div>${line}</div>`)}
    </div>`;
  }
}
