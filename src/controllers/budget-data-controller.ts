import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BudgetCollection, BudgetDocument } from '../core/schema/budget-types.generated.js';
import type { ValidationIssue } from '../core/validate/issue.js';
import { IssuesUnavailable, validateWithLazyIssues } from '../core/validate/lazy-issues.js';
import type { ValidationResult } from '../core/validate/verdict.js';
import { BudgetInputError } from '../core/errors.js';
import { PendingWork } from './pending-work.js';
import type { LoadErrorKind } from '../i18n/shared-messages.js';

export interface LoadError {
  kind: LoadErrorKind;
  /** What went wrong, for the message: a URL, a status line, a parser message. */
  detail: string;
  /** For `invalid`: every problem, each naming its JSON path. */
  issues?: ValidationIssue[];
}

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | {
      status: 'ready';
      /** The document shown: the chosen or newest entry of a collection. */
      document: BudgetDocument;
      /** Every document loaded, oldest year first: all entries when the host asks for them. */
      documents: BudgetDocument[];
      collection?: BudgetCollection;
    }
  | { status: 'error'; error: LoadError };

/** What the controller needs of its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  /** Id of the collection entry to show; the newest year when absent. */
  entry?: string;
  /** Milliseconds before a request is given up. */
  timeout: number;
  /** True for views across years or departments: every entry of a collection is loaded. */
  readonly loadsAllEntries?: boolean;
  /**
   * Refuses, by throwing a BudgetInputError, a collection the view cannot show, before any of
   * its entries is fetched.
   */
  checkCollection?(collection: BudgetCollection): void;
}

/**
 * Documents each element validated, by element. A `<budget-report>` hands its document to the
 * views in its shadow root, and a view does not validate again what the element whose shadow root
 * it lives in validated: only budget-viz's own templates put a view there, so data a page sets on
 * an element of its own is always validated. The rule trusts objects, not contents: a page that
 * reached into a report's shadow root and set a view's `data` to that same document, after changing
 * it, would skip validation.
 */
const validatedBy = new WeakMap<Element, ReadonlySet<unknown>>();

/** How many files have been validated: lets tests see that a report validates its document once. */
export const validationRuns = { count: 0 };

function validate(value: unknown): ValidationResult | Promise<ValidationResult> {
  validationRuns.count++;
  return validateWithLazyIssues(value);
}

/** Requests in flight at once while a collection's entries load: a browser's per-host limit. */
const MAX_CONCURRENT_REQUESTS = 6;

/** A failure to fetch or read a file, as the shared error view states it. */
export class LoadFailure extends Error {
  constructor(readonly failure: LoadError) {
    super(failure.detail);
  }
}

/**
 * Loads a budget document or collection from `src` or takes it from `data`, validates it, and
 * holds the state the element shows (loading, ready, error). The last `src` wins: starting a
 * request aborts the one before it, and so does disconnecting the element.
 */
export class BudgetDataController implements ReactiveController {
  state: LoadState = { status: 'idle' };
  /**
   * Validation still working out the issues of a value that failed (their code loads on demand):
   * the element's `updateComplete` waits for it, so that it settles on the error, not on loading.
   */
  readonly validating = new PendingWork();
  private request?: AbortController;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // An element moved in the DOM was aborted on disconnect: finish what it was loading.
    if (this.state.status === 'loading' && this.host.src) void this.load(this.host.src);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  /**
   * Takes data given as a property. A document is checked at once, so the element renders it in
   * the same update; a collection's entry still has to be fetched.
   */
  use(data: unknown): void {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    void this.settle(request, () => this.resolve(data, document.baseURI, request.signal));
  }

  /** Fetches `src`; an earlier request still running is aborted and its answer ignored. */
  load(src: string): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.set({ status: 'loading', url: src });
    return this.settle(request, async () => {
      const { value, url } = await fetchJson(src, document.baseURI, this.host.timeout, request.signal);
      return this.resolve(value, url, request.signal);
    });
  }

  /** Forgets what was loaded or failed, and stops a request in flight: for an element that loads its data its own way. */
  reset(): void {
    this.request?.abort();
    this.request = undefined;
    this.set({ status: 'idle' });
  }

  /** Shows an error found after loading, while the element prepared or drew the document. */
  fail(error: LoadError): void {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.finish(request, { status: 'error', error });
  }

  private settle(request: AbortController, work: () => LoadState | Promise<LoadState>): Promise<void> {
    const fail = (error: unknown): LoadState => ({ status: 'error', error: loadErrorOf(error) });
    let outcome: LoadState | Promise<LoadState>;
    try {
      outcome = work();
    } catch (error) {
      outcome = fail(error);
    }
    if (!(outcome instanceof Promise)) {
      this.finish(request, outcome);
      return Promise.resolve();
    }
    // A collection given as `data` still has its entries to fetch.
    if (this.state.status !== 'loading') this.set({ status: 'loading', url: '' });
    return outcome.then((next) => this.finish(request, next), (error) => this.finish(request, fail(error)));
  }

  private finish(request: AbortController, next: LoadState): void {
    // A newer request took over, or the element left the page: this answer is no longer wanted.
    if (request !== this.request || request.signal.aborted) return;
    if (next.status === 'ready') validatedBy.set(this.host, new Set(next.documents));
    else validatedBy.delete(this.host);
    this.set(next);
    const name = next.status === 'ready' ? 'budget-load' : 'budget-error';
    const detail = next.status === 'ready' ? { document: next.document } : next.status === 'error' ? next.error : undefined;
    this.host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private resolve(value: unknown, baseUrl: string, signal: AbortSignal): LoadState | Promise<LoadState> {
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot && validatedBy.get(root.host)?.has(value)) {
      const document = value as BudgetDocument;
      return { status: 'ready', document, documents: [document] };
    }
    const result = validate(value);
    if (!(result instanceof Promise)) return this.accept(result, baseUrl, signal);
    return this.validating.track(result.then((verdict) => this.accept(verdict, baseUrl, signal)));
  }

  private accept(result: ValidationResult, baseUrl: string, signal: AbortSignal): LoadState | Promise<LoadState> {
    if (!result.valid) throw new LoadFailure({ kind: 'invalid', detail: `${result.issues.length}`, issues: result.issues });
    if (result.value.type === 'budget-document') return { status: 'ready', document: result.value, documents: [result.value] };
    this.host.checkCollection?.(result.value);
    return this.host.loadsAllEntries ? this.resolveAllEntries(result.value, baseUrl, signal) : this.resolveEntry(result.value, baseUrl, signal);
  }

  private async resolveAllEntries(collection: BudgetCollection, baseUrl: string, signal: AbortSignal): Promise<LoadState> {
    const loaded = await mapWithLimit(collection.entries, MAX_CONCURRENT_REQUESTS, async (entry) => ({
      entry,
      document: await fetchBudgetDocument(entry.href, baseUrl, this.host.timeout, signal),
    }));
    const documents = loaded.map((l) => l.document).sort((a, b) => a.meta.fiscalYear - b.meta.fiscalYear);
    const chosen = loaded.find((l) => l.entry.id === this.host.entry)?.document ?? documents[documents.length - 1];
    return { status: 'ready', document: chosen, documents, collection };
  }

  private async resolveEntry(collection: BudgetCollection, baseUrl: string, signal: AbortSignal): Promise<LoadState> {
    const entry = this.host.entry
      ? collection.entries.find((e) => e.id === this.host.entry)
      : [...collection.entries].sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
    if (!entry) throw new LoadFailure({ kind: 'collection', detail: this.host.entry ?? '' });
    const document = await fetchBudgetDocument(entry.href, baseUrl, this.host.timeout, signal);
    return { status: 'ready', document, documents: [document], collection };
  }

  private set(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * Fetches `src` (http, https or relative to `base` only) and parses it as JSON, giving up after
 * `timeoutMs`; every failure is a {@link LoadFailure} that the shared error view names. Shared by
 * the controller and by elements that load files their own way (`<budget-explorer>`'s index).
 */
export async function fetchJson(src: string, base: string, timeoutMs: number, signal: AbortSignal): Promise<{ value: unknown; url: string }> {
  const url = safeUrl(src, base);
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), credentials: 'same-origin' });
  } catch (error) {
    if (timeout.aborted) throw new LoadFailure({ kind: 'timeout', detail: `${src} (${timeoutMs} ms)` });
    throw new LoadFailure({ kind: 'network', detail: `${src}: ${(error as Error).message}` });
  }
  if (!response.ok) throw new LoadFailure({ kind: 'http', detail: `${response.status} ${response.statusText} ${src}`.trim() });
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (timeout.aborted) throw new LoadFailure({ kind: 'timeout', detail: `${src} (${timeoutMs} ms)` });
    throw new LoadFailure({ kind: 'network', detail: `${src}: ${(error as Error).message}` });
  }
  try {
    return { value: JSON.parse(text), url: response.url || url.href };
  } catch (error) {
    throw new LoadFailure({ kind: 'json', detail: (error as Error).message });
  }
}

/** Fetches one budget document (as {@link fetchJson}) and validates it; a collection where a document is wanted is refused. */
export async function fetchBudgetDocument(href: string, base: string, timeoutMs: number, signal: AbortSignal): Promise<BudgetDocument> {
  const loaded = await fetchJson(href, base, timeoutMs, signal);
  const result = await validate(loaded.value);
  if (!result.valid) throw new LoadFailure({ kind: 'invalid', detail: href, issues: result.issues });
  if (result.value.type !== 'budget-document') throw new LoadFailure({ kind: 'collection', detail: href });
  return result.value;
}

/** The error view's account of `error`: a load failure as it was stated, anything else as {@link unexpectedFailure}. */
export function loadErrorOf(error: unknown): LoadError {
  if (error instanceof IssuesUnavailable) return { kind: 'invalidUnexplained', detail: error.message };
  return error instanceof LoadFailure ? error.failure : unexpectedFailure(error);
}

/**
 * The failure of something that was not supposed to fail: a BudgetInputError names the value at
 * fault; anything else is our defect, logged in full for the page's developer.
 */
export function unexpectedFailure(error: unknown): LoadError {
  if (error instanceof BudgetInputError) {
    const path = error.path ?? '$';
    const found = error.found.length > 80 ? `${error.found.slice(0, 79)}…` : error.found;
    return {
      kind: 'view',
      detail: error.code,
      issues: [
        {
          path,
          rule: error.code,
          expected: { zh: error.messageZh, en: error.messageEn },
          found,
          message: { zh: `${path}：${error.messageZh}（实际为 ${found}）`, en: `${path}: ${error.messageEn} (found ${found})` },
        },
      ],
    };
  }
  console.error(error);
  return { kind: 'internal', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** `work` on every item, at most `limit` at once, results in the order of `items`; the first failure stops the rest. */
async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Only http(s) and relative URLs: never javascript:, data:, file: or blob:. */
function safeUrl(src: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new LoadFailure({ kind: 'url', detail: src });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LoadFailure({ kind: 'url', detail: src });
  return url;
}
