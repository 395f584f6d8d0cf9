/**
 * Keeps docs/schema.md honest against the files it describes.
 *
 * - A ```json block preceded by `<!-- excerpt: [FILE] PATH -->` must equal the value at PATH in
 *   FILE (default data/fenyang-xinfang-2024.json). PATH is `$` followed by `.field`, `[n]` or
 *   `[field=value]` (the first array item whose field is value). Two trim marks: the string "…"
 *   as an array item stands for any number of items left out there; the member `"…": "…"` in an
 *   object stands for the members left out. Everything else must be equal (types included, array
 *   order included).
 * - A ```json block not so marked must be marked `<!-- illustrative: why -->`: nothing slips by
 *   unchecked without saying so.
 * - A ```text block preceded by `<!-- source: line N -->` or `<!-- source: lines N-M -->` must
 *   equal those lines of the reference report's text, ignoring blank lines and trailing spaces.
 * - Every field of a budget-document (schema/budget.schema.json) is named in backticks in a heading.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const ROOT = new URL('../../', import.meta.url);
const DOC_PATH = 'docs/schema.md';
const DEFAULT_FILE = 'data/fenyang-xinfang-2024.json';
const REPORT_TEXT = 'tests/fixtures/corpus/fenyang-xinfang-2024-budget.txt';
const TRIM = '…';

const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const doc = read(DOC_PATH);
const docLines = doc.split('\n');

interface Block {
  /** 1-based line of the opening fence in docs/schema.md. */
  line: number;
  lang: string;
  body: string;
  /** The HTML comment just before the fence (blank lines between allowed), if any. */
  marker?: string;
}

/** Every fenced block of the page, with the comment that precedes it. */
function blocks(): Block[] {
  const found: Block[] = [];
  for (let i = 0; i < docLines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(docLines[i]!);
    if (!open) continue;
    const indent = open[1]!;
    let end = i + 1;
    while (end < docLines.length && docLines[end]!.trim() !== '```') end++;
    assert.ok(end < docLines.length, `${DOC_PATH}:${i + 1}: fence never closed`);
    let before = i - 1;
    while (before >= 0 && docLines[before]!.trim() === '') before--;
    const comment = before >= 0 ? /^\s*<!--\s*(.*?)\s*-->\s*$/.exec(docLines[before]!) : null;
    found.push({
      line: i + 1,
      lang: open[2]!,
      body: docLines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n'),
      marker: comment?.[1],
    });
    i = end;
  }
  return found;
}

const allBlocks = blocks();

/** Resolves `$`, `.field`, `[n]`, `[field=value]` in a parsed JSON value. */
function resolvePath(root: unknown, path: string): unknown {
  assert.ok(path.startsWith('$'), `a path starts with $: ${path}`);
  let rest = path.slice(1);
  let current: unknown = root;
  let walked = '$';
  while (rest.length > 0) {
    const field = /^\.([A-Za-z_$][\w$]*)/.exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    const select = /^\[([A-Za-z_$][\w$]*)=([^\]]+)\]/.exec(rest);
    if (field) {
      assert.ok(current !== null && typeof current === 'object' && !Array.isArray(current), `${walked} is not an object`);
      assert.ok(Object.hasOwn(current, field[1]!), `${walked} has no field "${field[1]}"`);
      current = (current as Record<string, unknown>)[field[1]!];
      rest = rest.slice(field[0].length);
      walked += field[0];
    } else if (index) {
      assert.ok(Array.isArray(current), `${walked} is not an array`);
      const n = Number(index[1]);
      assert.ok(n < current.length, `${walked} has no item ${n}`);
      current = current[n];
      rest = rest.slice(index[0].length);
      walked += index[0];
    } else if (select) {
      assert.ok(Array.isArray(current), `${walked} is not an array`);
      const [, key, value] = select;
      const item = current.find((x) => x !== null && typeof x === 'object' && String((x as Record<string, unknown>)[key!]) === value);
      assert.ok(item !== undefined, `${walked} has no item with ${key} = ${value}`);
      current = item;
      rest = rest.slice(select[0].length);
      walked += select[0];
    } else {
      assert.fail(`cannot read the path ${path} at "${rest}"`);
    }
  }
  return current;
}

/**
 * Where `excerpt` differs from `actual` (undefined when it does not), honouring the trim marks.
 * Arrays with "…" are matched by backtracking; the excerpts are small.
 */
function difference(excerpt: unknown, actual: unknown, at = '$'): string | undefined {
  if (Array.isArray(excerpt)) {
    if (!Array.isArray(actual)) return `${at}: the excerpt has an array, the file ${describe(actual)}`;
    if (!excerpt.includes(TRIM)) {
      if (excerpt.length !== actual.length) return `${at}: the excerpt has ${excerpt.length} items, the file ${actual.length} (trim with "${TRIM}")`;
      for (let i = 0; i < excerpt.length; i++) {
        const d = difference(excerpt[i], actual[i], `${at}[${i}]`);
        if (d) return d;
      }
      return undefined;
    }
    return matchTrimmed(excerpt, 0, actual, 0) ? undefined : `${at}: no way to match the trimmed array ${short(excerpt)} with the file's ${actual.length} items`;
  }
  if (excerpt !== null && typeof excerpt === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at}: the excerpt has an object, the file ${describe(actual)}`;
    const members = excerpt as Record<string, unknown>;
    const trimmed = members[TRIM] === TRIM;
    const target = actual as Record<string, unknown>;
    for (const key of Object.keys(members)) {
      if (trimmed && key === TRIM) continue;
      if (!Object.hasOwn(target, key)) return `${at}.${key}: in the excerpt, not in the file`;
      const d = difference(members[key], target[key], `${at}.${key}`);
      if (d) return d;
    }
    if (!trimmed) {
      const extra = Object.keys(target).filter((key) => !Object.hasOwn(members, key));
      if (extra.length > 0) return `${at}: the file also has ${extra.join(', ')} (trim with "${TRIM}": "${TRIM}")`;
    }
    return undefined;
  }
  return Object.is(excerpt, actual) ? undefined : `${at}: the excerpt has ${short(excerpt)}, the file ${short(actual)}`;
}

function matchTrimmed(excerpt: unknown[], i: number, actual: unknown[], j: number): boolean {
  if (i === excerpt.length) return j === actual.length;
  if (excerpt[i] === TRIM) {
    for (let k = j; k <= actual.length; k++) if (matchTrimmed(excerpt, i + 1, actual, k)) return true;
    return false;
  }
  return j < actual.length && difference(excerpt[i], actual[j]) === undefined && matchTrimmed(excerpt, i + 1, actual, j + 1);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : short(value);
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

const jsonFiles = new Map<string, unknown>();
function jsonFile(path: string): unknown {
  if (!jsonFiles.has(path)) jsonFiles.set(path, JSON.parse(read(path)));
  return jsonFiles.get(path);
}

const excerpts = allBlocks.filter((b) => b.marker?.startsWith('excerpt:'));
const sources = allBlocks.filter((b) => b.marker?.startsWith('source:'));

test('the page has checked excerpts and source quotes (the parser found them)', () => {
  assert.ok(excerpts.length >= 20, `only ${excerpts.length} excerpts found`);
  assert.ok(sources.length >= 15, `only ${sources.length} source quotes found`);
});

test('every ```json block is a checked excerpt or says it is illustrative', () => {
  const unmarked = allBlocks
    .filter((b) => b.lang === 'json')
    .filter((b) => !b.marker || !(b.marker.startsWith('excerpt:') || b.marker.startsWith('illustrative:')))
    .map((b) => `${DOC_PATH}:${b.line}`);
  assert.deepEqual(unmarked, []);
});

for (const block of excerpts) {
  const spec = block.marker!.slice('excerpt:'.length).trim().split(/\s+/);
  const [file, path] = spec.length === 2 ? [spec[0]!, spec[1]!] : [DEFAULT_FILE, spec[0]!];
  test(`excerpt at ${DOC_PATH}:${block.line} is ${file} ${path}`, () => {
    assert.equal(block.lang, 'json', 'an excerpt is a ```json block');
    let excerpt: unknown;
    try {
      excerpt = JSON.parse(block.body);
    } catch (error) {
      assert.fail(`the excerpt is not JSON: ${(error as Error).message}`);
    }
    const actual = resolvePath(jsonFile(file), path);
    const d = difference(excerpt, actual, path);
    assert.equal(d, undefined, d);
  });
}

const reportLines = read(REPORT_TEXT).split('\n');
for (const block of sources) {
  const range = /^source:\s*lines?\s+(\d+)(?:-(\d+))?$/.exec(block.marker!);
  test(`source quote at ${DOC_PATH}:${block.line} is ${block.marker}`, () => {
    assert.ok(range, `a source marker reads "source: line N" or "source: lines N-M": ${block.marker}`);
    assert.equal(block.lang, 'text', 'a source quote is a ```text block');
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    const nonBlank = (lines: string[]) => lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
    assert.deepEqual(nonBlank(block.body.split('\n')), nonBlank(reportLines.slice(from - 1, to)));
  });
}

test('every field of a budget-document has a heading naming it', () => {
  const schema = JSON.parse(read('schema/budget.schema.json')) as { $defs: { BudgetDocument: { properties: Record<string, unknown> } } };
  const fields = Object.keys(schema.$defs.BudgetDocument.properties).filter((name) => name !== '$schema');
  assert.ok(fields.length > 20, `only ${fields.length} fields read from the schema`);
  const headings = docLines.filter((line) => /^#{1,6}\s/.test(line)).join('\n');
  const missing = fields.filter((name) => !headings.includes(`\`${name}\``));
  assert.deepEqual(missing, []);
});

test('the trim marks mean what the page says', () => {
  assert.equal(difference({ a: ['x', TRIM, 'z'], [TRIM]: TRIM }, { a: ['x', 'y', 'w', 'z'], b: 1 }), undefined);
  assert.equal(difference([TRIM], []), undefined);
  assert.notEqual(difference(['x', TRIM], ['y', 'x']), undefined);
  assert.notEqual(difference({ a: '0' }, { a: 0 }), undefined);
  assert.notEqual(difference({ a: '0' }, { a: '0', b: '1' }), undefined);
  assert.notEqual(difference(['x'], ['x', 'y']), undefined);
  assert.deepEqual(resolvePath({ r: [{ id: 'a', v: 1 }, { id: 'b', v: 2 }] }, '$.r[id=b].v'), 2);
});
