/** Bilingual text: every message budget-viz shows exists in zh-CN and en. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One reason why a document or collection is not valid. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `$.expenditureBySubject.rows[3].code`. */
  path: string;
  /** Stable id of the rule that failed, e.g. `type`, `pattern.Money`, `subject.orphan`. */
  rule: string;
  expected: Bilingual;
  /** The offending value as text (JSON, shortened), or a description of what is missing. */
  found: string;
  message: Bilingual;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['rows', 3, 'code']` → `$.rows[3].code`; keys that are not identifiers are quoted. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

const MAX_FOUND_LENGTH = 80;

/** The found value as a reader should see it: JSON where JSON can say it, the JS word otherwise. */
export function describeFound(value: unknown): Bilingual {
  if (value === undefined) return { zh: '缺失', en: 'nothing (missing)' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { zh: String(value), en: String(value) };
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    const text = `${typeof value}`;
    return { zh: text, en: text };
  }
  let text = preview(value, MAX_FOUND_LENGTH);
  if (text.length > MAX_FOUND_LENGTH) text = `${text.slice(0, MAX_FOUND_LENGTH - 1)}…`;
  return { zh: text, en: text };
}

/** Deepest level a preview descends to: a hostile file can nest thousands of levels. */
const MAX_PREVIEW_DEPTH = 32;

/**
 * The start of a value's JSON, stopping once it is longer than `limit`: a document nested 200,000
 * levels deep or with a million rows is previewed in as little work as a small one.
 */
function preview(value: unknown, limit: number): string {
  let out = '';
  const visit = (current: unknown, depth: number): boolean => {
    if (out.length > limit) return false;
    if (depth > MAX_PREVIEW_DEPTH) {
      out += '…';
      return false;
    }
    if (Array.isArray(current)) {
      out += '[';
      for (let i = 0; i < current.length; i++) {
        if (i > 0) out += ',';
        if (!visit(current[i], depth + 1)) return false;
      }
      out += ']';
      return true;
    }
    if (current !== null && typeof current === 'object') {
      out += '{';
      let first = true;
      for (const key of Object.keys(current)) {
        out += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        if (!visit((current as Record<string, unknown>)[key], depth + 1)) return false;
      }
      out += '}';
      return true;
    }
    out += primitiveText(current);
    return true;
  };
  visit(value, 0);
  return out;
}

/** A value JSON can write as JSON; what only a page's `.data` can hold (1n, NaN, a function) by its JavaScript name. */
function primitiveText(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol' || value === undefined) return typeof value;
  return JSON.stringify(value);
}

/** Builds an issue whose message names the path, what was expected and what was found. */
export function makeIssue(
  path: readonly PathSegment[],
  rule: string,
  expected: Bilingual,
  foundValue: unknown,
): ValidationIssue {
  const found = describeFound(foundValue);
  const where = formatPath(path);
  return {
    path: where,
    rule,
    expected,
    found: found.en,
    message: {
      zh: `${where}：应为${expected.zh}，实际为${found.zh}`,
      en: `${where}: expected ${expected.en}, found ${found.en}`,
    },
  };
}
