import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runImport } from '../../src/cli/import.js';
import { parseBudgetJson } from '../../src/core/validate/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'budget-viz-import-'));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runImport(args, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('budget-viz import', () => {
  test('writes a valid document to stdout and a summary to stderr', async () => {
    const r = await run(fixture('fenyang-xinfang-2024-budget.txt'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(parseBudgetJson(r.stdout).valid, true);
    assert.match(r.stderr, /找到 13 张表（8 张有数据，5 张空表），读取 \d+ 个数字，0 条警告/);
  });

  test('-o writes the file; --lang en prints the summary and the warnings with their lines in English', async () => {
    const out = join(dir, 'shiquan.json');
    const r = await run(fixture('sh-putuo-shiquan-2026-unit.pages.txt'), '-o', out, '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(parseBudgetJson(readFileSync(out, 'utf8')).valid, true);
    assert.match(r.stderr, /9 tables found \(8 with data, 1 empty\), \d+ figures read, \d+ warning\(s\)/);
    assert.match(r.stderr, /line 264: 表3: the text keeps no blank cells; the columns of \d+ rows were chosen from the table's sums/);
  });

  test('--strict turns warnings into exit 1; a clean report still exits 0', async () => {
    assert.equal((await run(fixture('sh-putuo-shiquan-2026-unit.pages.txt'), '--strict')).code, 1);
    assert.equal((await run(fixture('sh-putuo-wanli-2025-dept.txt'), '--strict', '-o', join(dir, 'w.json'))).code, 0);
    assert.equal((await run(fixture('fenyang-xinfang-2024-budget.txt'), '--strict', '-o', join(dir, 'f.json'))).code, 0);
  });

  test('reads a PDF', async () => {
    const r = await run(fixture('sh-putuo-wanli-2025-dept.pdf'), '-o', join(dir, 'pdf.json'));
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(readFileSync(join(dir, 'pdf.json'), 'utf8'));
    assert.equal(doc.summary.incomeTotal, '189767551');
    assert.match(r.stderr, /PDF page 1\//);
  });

  test('unreadable or unparseable input exits 2 with a clear message', async () => {
    const missing = await run(join(dir, 'absent.txt'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /无法读取/);
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'not a budget report\n');
    const r = await run(junk, '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot import: no budget tables found/);
    const badPdf = join(dir, 'bad.pdf');
    writeFileSync(badPdf, '%PDF-1.4\ngarbage');
    assert.equal((await run(badPdf)).code, 2);
    assert.equal((await run()).code, 2);
  });

  test('a corrupted report gives warnings, not a crash', async () => {
    const text = readFileSync(fixture('fenyang-xinfang-2024-budget.txt'), 'utf8').replace('2010301 行政运行 71.73 71.73', '2010301 行政运行 7a.73 71.73');
    const path = join(dir, 'corrupt.txt');
    writeFileSync(path, text.slice(0, Math.floor(text.length * 0.6)));
    const r = await run(path, '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /line \d+: 表2: unreadable figure "7a\.73"/);
    assert.equal((await run(path, '--strict')).code, 1);
  });
});
