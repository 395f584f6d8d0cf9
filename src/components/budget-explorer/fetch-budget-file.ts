import type { LoadError } from '../../controllers/budget-data-controller.js';
import { parseBudgetJson, type BudgetFile } from '../../core/validate/index.js';

/** A failure to fetch or read a file, as the shared error view states it. */
export class BudgetFileError extends Error {
  constructor(readonly failure: LoadError) {
    super(failure.detail);
  }
}

/**
 * Fetches `src` (http, https or relative to `base` only), parses and validates it. The explorer
 * fetches its index and, on demand, single documents itself (see `BudgetExplorer.willUpdate`);
 * the failures are those of the shared data controller, so the shared error view names them.
 */
export async function fetchBudgetFile(src: string, base: string, timeoutMs: number, signal: AbortSignal): Promise<{ file: BudgetFile; url: string }> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new BudgetFileError({ kind: 'url', detail: src });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BudgetFileError({ kind: 'url', detail: src });
  const timeout = AbortSignal.timeout(timeoutMs);
  const failed = (error: unknown) =>
    new BudgetFileError(timeout.aborted ? { kind: 'timeout', detail: `${src} (${timeoutMs} ms)` } : { kind: 'network', detail: `${src}: ${(error as Error).message}` });
  let text: string;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), credentials: 'same-origin' });
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) throw new BudgetFileError({ kind: 'http', detail: `${response.status} ${response.statusText} ${src}`.trim() });
  try {
    text = await response.text();
  } catch (error) {
    throw failed(error);
  }
  const result = parseBudgetJson(text);
  if (!result.valid) {
    const notJson = result.issues[0]?.rule === 'json';
    throw new BudgetFileError(notJson ? { kind: 'json', detail: src, issues: result.issues } : { kind: 'invalid', detail: `${result.issues.length}`, issues: result.issues });
  }
  return { file: result.value, url: response.url || url.href };
}
