import type { ReactiveController, ReactiveElement } from 'lit';
import { readUrlState, writeUrlState, type UrlState } from '../core/url-state.js';

/** What an element offers to keep in the URL: its `sync-url` setting and the properties of its view. */
export interface UrlStateHost extends ReactiveElement {
  /** `sync-url`: absent (null or undefined) to keep the URL alone; empty to use the element's id as prefix; else the prefix. */
  syncUrl?: string | null;
}

/**
 * Keeps `keys` of its element (properties named as their attributes) in the page's URL fragment
 * while the element has `sync-url`, and restores them from it: on load, and when the reader goes
 * back or edits the address. A restored value passes through the element's attribute rules like
 * any other, so a hand-edited link can only choose among the values the element accepts.
 *
 * The URL is replaced, not pushed: zooming through a chart must not fill the history.
 */
export class UrlStateController implements ReactiveController {
  /** The values before the URL set them: a value equal to them is left out of the fragment. */
  private baseline?: UrlState;
  private active = false;

  constructor(
    private readonly host: UrlStateHost,
    private readonly keys: readonly string[],
  ) {
    host.addController(this);
  }

  private get prefix(): string {
    return this.host.syncUrl || this.host.id || '';
  }

  private get values(): UrlState {
    const host = this.host as unknown as Record<string, unknown>;
    return Object.fromEntries(this.keys.map((key) => [key, host[key] === undefined || host[key] === null ? undefined : String(host[key])]));
  }

  hostConnected(): void {
    if (this.wanted) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdated(): void {
    // `sync-url` set or removed after the element was connected. Values restored here start an
    // update of their own, which passes them through the attribute rules.
    if (this.wanted !== this.active) {
      if (this.active) this.stop();
      else this.start();
      return;
    }
    if (!this.active) return;
    const current = this.values;
    const changed: UrlState = {};
    for (const key of this.keys) changed[key] = current[key] === this.baseline?.[key] ? undefined : current[key];
    const hash = writeUrlState(location.hash, this.prefix, this.keys, changed);
    if (hash !== location.hash && !(hash === '' && location.hash === '#')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }

  private get wanted(): boolean {
    return this.host.isConnected && this.host.syncUrl !== undefined && this.host.syncUrl !== null;
  }

  private start(): void {
    this.active = true;
    this.baseline = this.values;
    this.restore();
    window.addEventListener('hashchange', this.restore);
  }

  private stop(): void {
    this.active = false;
    window.removeEventListener('hashchange', this.restore);
  }

  /** Sets every key from the fragment, or back to its baseline when the fragment lacks it. */
  private readonly restore = (): void => {
    const found = readUrlState(location.hash, this.prefix, this.keys);
    const host = this.host as unknown as Record<string, unknown>;
    for (const key of this.keys) {
      const value = found[key] ?? this.baseline?.[key];
      if (value !== this.values[key]) host[key] = value;
    }
  };
}
