import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { minimalDocument } from '../fixtures/minimal-document.js';
import { unbalancedRowsDocument } from '../core/large-documents.js';

const BIN = fileURLToPath(new URL('../../bin/budget-viz.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'budget-viz-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/** The first and last `size` bytes of a file, as text. */
function ends(path: string, size: number): { head: string; tail: string } {
  const fd = openSync(path, 'r');
  const length = fstatSync(fd).size;
  const read = (position: number) => {
    const buffer = Buffer.alloc(Math.min(size, length));
    readSync(fd, buffer, 0, buffer.length, position);
    return buffer.toString('utf8');
  };
  const result = { head: read(0), tail: read(Math.max(0, length - size)) };
  closeSync(fd);
  return result;
}

describe('budget-viz validate', () => {
  test('exits 0 and says so for a valid document', () => {
    const result = run('validate', file('valid.json', minimalDocument()));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /✓ .*valid\.json: 有效/);
  });

  test('exits 1 and prints each error with its JSON path, in Chinese by default and in English on request', () => {
    const doc = minimalDocument() as any;
    doc.summary.incomeTotal = '12abc';
    doc.meta.fiscalYear = '2024';
    const path = file('invalid.json', doc);
    const zh = run('validate', path);
    assert.equal(zh.status, 1);
    assert.match(zh.stdout, /2 处问题/);
    assert.match(zh.stdout, /\$\.summary\.incomeTotal：应为.*实际为"12abc"/);
    const en = run('validate', path, '--lang', 'en');
    assert.match(en.stdout, /\$\.meta\.fiscalYear: expected an integer, found "2024"/);
  });

  test('exits 1 for text that is not JSON and for a file that does not exist', () => {
    assert.equal(run('validate', file('broken.json', '{')).status, 1);
    const missing = run('validate', join(dir, 'absent.json'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /无法读取/);
  });

  test('prints machine-readable results with --json', () => {
    const result = run('validate', file('valid2.json', minimalDocument()), file('bad.json', { type: 'x' }), '--json');
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.map((r: { valid: boolean }) => r.valid), [true, false]);
    assert.equal(report[1].issues[0].path, '$.type');
  });

  test('exits 2 with usage when no file or an unknown command is given', () => {
    assert.equal(run('validate').status, 2);
    assert.equal(run('frobnicate').status, 2);
    assert.equal(run().status, 2);
  });
});

describe('budget-viz check', () => {
  const REFERENCE = fileURLToPath(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url));

  test('finds the reference report\'s inconsistencies and exits 1 for its error', () => {
    const result = run('check', REFERENCE);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /1 处错误，2 处舍入差异，0 条提示/);
    assert.match(result.stdout, /\[错误\] claims-counts/);
    assert.match(result.stdout, /\[舍入差异\] economic-sums/);
  });

  test('prints findings as JSON for machines, in English on request', () => {
    const result = run('check', REFERENCE, '--json', '--lang', 'en');
    const [report] = JSON.parse(result.stdout);
    assert.deepEqual(report.findings.map((f: { severity: string }) => f.severity).sort(), ['error', 'rounding', 'rounding']);
    assert.ok(report.findings.every((f: { message: { en: string; zh: string } }) => f.message.en && f.message.zh));
  });

  test('exits 0 for a consistent document and 1 for one that is not a document', () => {
    assert.equal(run('check', file('consistent.json', minimalDocument())).status, 0);
    assert.equal(run('check', file('not-a-doc.json', { type: 'x' })).status, 1);
  });

  test('50,000 rows that add up nowhere: every finding printed and exit 1, not a RangeError', { timeout: 180_000 }, () => {
    const path = file('unbalanced.json', unbalancedRowsDocument(50_000));
    // The findings print about 95 MB: into a file, of which the test reads both ends.
    const printed = join(dir, 'unbalanced.txt');
    const output = openSync(printed, 'w');
    const result = spawnSync(process.execPath, [BIN, 'check', path, '--lang', 'en'], { encoding: 'utf8', stdio: ['ignore', output, 'pipe'] });
    closeSync(output);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1);
    const { head, tail } = ends(printed, 4096);
    rmSync(printed);
    assert.match(head, /^✗ .*unbalanced\.json: 152198 error\(s\), 0 within rounding, 0 note\(s\)\n {2}\[error\] subject-rows-agree: 100 科目100: /);
    // The last finding is the last 款 of 表5 against its 项, in its three columns.
    assert.match(tail, /\[error\] subject-sums: 表5 19908 科目19908: [^\n]*\n( {6}[^\n]*\n){6}$/);
  });
});
