import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface TooltipContent {
  lines: string[];
  /** Viewport rectangle of what the tooltip is about. */
  anchor: Rect;
}

const GAP = 8;

/** What the tooltip must not cover: the table toggle and the controls of the element's bars. */
const CONTROLS = '[part~="table-toggle"], .toolbar button, .toolbar select, .controls button, .controls select, .controls input';

/** `value` moved into [min, max], or to min when the range is empty (a tooltip wider than the viewport). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * Where a tooltip of this size can go, in order of preference, each moved inside the viewport;
 * `fits` when it did not have to move (moved, it may cover its own anchor).
 */
function placements(anchor: Rect, width: number, height: number): { rect: Rect; fits: boolean }[] {
  const centreX = (anchor.left + anchor.right) / 2 - width / 2;
  const centreY = (anchor.top + anchor.bottom) / 2 - height / 2;
  // Above or below, sliding sideways keeps it off the anchor; beside, sliding up or down does.
  const spots = [
    { left: centreX, top: anchor.top - height - GAP, slides: 'x' },
    { left: centreX, top: anchor.bottom + GAP, slides: 'x' },
    { left: anchor.right + GAP, top: centreY, slides: 'y' },
    { left: anchor.left - width - GAP, top: centreY, slides: 'y' },
  ] as const;
  return spots.map(({ left, top, slides }) => {
    const x = clamp(left, GAP, window.innerWidth - width - GAP);
    const y = clamp(top, GAP, window.innerHeight - height - GAP);
    const fits = slides === 'x' ? Math.abs(y - top) < 1 : Math.abs(x - left) < 1;
    return { rect: { left: x, top: y, right: x + width, bottom: y + height }, fits };
  });
}

/** How much of the controls a tooltip at `place` would cover, in square pixels. */
function coveredArea(place: Rect, controls: Rect[]): number {
  let area = 0;
  for (const c of controls) {
    area += Math.max(0, Math.min(place.right, c.right) - Math.max(place.left, c.left)) * Math.max(0, Math.min(place.bottom, c.bottom) - Math.max(place.top, c.top));
  }
  return area;
}

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

  show(lines: string[], anchor: Element | Rect): void {
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

  /**
   * Above the anchor, else below, else beside it: the first place with room that covers none of
   * the element's controls (a tap on a phone would otherwise hide the table toggle under the
   * tooltip), else the first that covers none, else the one that covers least.
   */
  private place(tip: HTMLElement, anchor: Rect): void {
    const { width, height } = tip.getBoundingClientRect();
    const controls = [...this.host.renderRoot.querySelectorAll(CONTROLS)].map((control) => control.getBoundingClientRect());
    const candidates = placements(anchor, width, height).map((p) => ({ ...p, covered: coveredArea(p.rect, controls) }));
    const best =
      candidates.find((c) => c.fits && c.covered === 0) ??
      candidates.find((c) => c.covered === 0) ??
      candidates.reduce((a, b) => (b.covered < a.covered ? b : a));
    tip.style.left = `${best.rect.left}px`;
    tip.style.top = `${best.rect.top}px`;
  }

  render(): TemplateResult {
    return html`<div part="tooltip" class="tooltip" popover="manual" role="tooltip">
      ${(this.content?.lines ?? []).map((line) => html`<div>${line}</div>`)}
    </div>`;
  }
}
