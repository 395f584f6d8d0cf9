/**
 * A view's state in the URL fragment, so that a link opens the view a reader shared:
 * `#selected=20103&unit=元`. Several elements on one page keep apart by a prefix:
 * `#where.selected=20103&split.level=item`.
 *
 * The fragment is read as `&`-separated `key=value` pairs, each part percent-encoded. Parts that
 * are not such a pair (an in-page anchor such as `#contents`) and pairs of other elements are kept
 * as they are, in their order.
 */

/** Values by key; a key absent or `undefined` is not in the fragment. */
export type UrlState = Record<string, string | undefined>;

const decode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

/** `prefix.key`, or `key` when there is no prefix. */
const qualified = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

function parts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

/** The pair a part holds, or undefined for an anchor or a part that is not percent-encoded right. */
function pair(part: string): [string, string] | undefined {
  const at = part.indexOf('=');
  if (at <= 0) return undefined;
  const key = decode(part.slice(0, at));
  const value = decode(part.slice(at + 1));
  return key === undefined || value === undefined ? undefined : [key, value];
}

/**
 * The values of `keys` under `prefix` in `hash`. A key given twice takes its last value; a key
 * not there is absent from the result.
 */
export function readUrlState(hash: string, prefix: string, keys: readonly string[]): UrlState {
  const wanted = new Map(keys.map((key) => [qualified(prefix, key), key]));
  const state: UrlState = {};
  for (const part of parts(hash)) {
    const found = pair(part);
    const key = found && wanted.get(found[0]);
    if (key) state[key] = found[1];
  }
  return state;
}

/**
 * `hash` with the pairs of `keys` under `prefix` set to `state`'s values: a pair already there is
 * replaced where it stands, a new one goes at the end, and an undefined or empty value removes
 * its pair. Everything else stays as it was.
 */
export function writeUrlState(hash: string, prefix: string, keys: readonly string[], state: UrlState): string {
  const byName = new Map(keys.map((key) => [qualified(prefix, key), key]));
  const pending = new Set(keys.filter((key) => state[key] !== undefined && state[key] !== ''));
  const written = (key: string) => {
    pending.delete(key);
    return `${encodeURIComponent(qualified(prefix, key))}=${encodeURIComponent(state[key]!)}`;
  };
  const all: string[] = [];
  for (const part of parts(hash)) {
    const found = pair(part);
    const key = found && byName.get(found[0]);
    if (!key) all.push(part);
    else if (pending.has(key)) all.push(written(key));
  }
  for (const key of keys) if (pending.has(key)) all.push(written(key));
  return all.length === 0 ? '' : `#${all.join('&')}`;
}
