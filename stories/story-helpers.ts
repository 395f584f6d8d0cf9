/** Tokens of a dark page, set on a wrapper as a portal would. */
export const DARK_THEME = [
  'padding: 1rem',
  'background: #0d1117',
  '--budget-color-text: #e6edf3',
  '--budget-color-muted: #9da7b3',
  '--budget-color-surface: #0d1117',
  '--budget-color-border: #30363d',
  '--budget-color-border-strong: #8b949e',
  '--budget-color-hover: #161b22',
  '--budget-color-focus: #4493f8',
  '--budget-tooltip-background: #e6edf3',
  '--budget-tooltip-color: #0d1117',
].join(';');

/**
 * A URL whose request never completes, to show the loading state: fetch is wrapped once so that
 * requests to this path wait for ever, and every other request goes through.
 */
export function neverAnswers(path: string): string {
  const marker = `${path}?never`;
  const original = window.fetch.bind(window);
  if (!(original as { wrapped?: boolean }).wrapped) {
    const wrapped = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).includes('?never') ? new Promise<Response>(() => {}) : original(input, init);
    window.fetch = Object.assign(wrapped, { wrapped: true });
  }
  return marker;
}
