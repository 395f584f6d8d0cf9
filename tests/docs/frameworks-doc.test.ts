/**
 * Keeps docs/frameworks.md equal to the code the browser tests run: a fenced block preceded by
 * `<!-- tested: FILE#NAME -->` must equal, line for line, the code between `// #region NAME` and
 * `// #endregion` in FILE (indentation of the region removed). A block not so marked must be
 * marked `<!-- illustrative: why -->`: nothing slips by unchecked without saying so.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

interface Block {
  mark: string;
  code: string;
  line: number;
}

/** Every fenced block of the doc with the comment line just before it. */
function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('```') || lines[i] === '```') continue;
    const end = lines.indexOf('```', i + 1);
    assert.ok(end > i, `unclosed block at line ${i + 1}`);
    found.push({ mark: lines[i - 1] ?? '', code: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return found;
}

/** The lines between the region marks, without the indentation they share. */
function region(file: string, name: string): string {
  const lines = read(file).split('\n');
  const start = lines.findIndex((l) => l.trim() === `// #region ${name}`);
  assert.ok(start >= 0, `${file} has no region ${name}`);
  const end = lines.findIndex((l, n) => n > start && l.trim() === '// #endregion');
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return body.map((l) => l.slice(indent)).join('\n');
}

const doc = read('docs/frameworks.md');

test('docs/frameworks.md: each tested block is the code its test runs', () => {
  const tested = blocks(doc).filter((b) => b.mark.startsWith('<!-- tested:'));
  assert.ok(tested.length > 0, 'the doc has tested blocks');
  for (const block of tested) {
    const [, file, name] = /^<!-- tested: (\S+)#(\S+) -->$/.exec(block.mark) ?? [];
    assert.ok(file && name, `line ${block.line}: malformed mark ${block.mark}`);
    assert.equal(block.code, region(file, name), `line ${block.line}: the block differs from ${file}#${name}`);
  }
});

test('docs/frameworks.md: every other block says why it is not tested', () => {
  for (const block of blocks(doc)) {
    assert.match(block.mark, /^<!-- (tested: \S+|illustrative: .+) -->$/, `line ${block.line}: mark the block as tested or illustrative`);
  }
});
