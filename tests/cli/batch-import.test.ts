import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runImport } from '../../src/cli/import.js';
import type { BudgetCollection, BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { totalsOf } from '../../src/core/collection-index.js';
import { toAmount } from '../../src/core/decimal.js';
import { parseBudgetJson } from '../../src/core/validate/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'budget-viz-batch-'));
const input = join(root, 'reports');
const output = join(root, 'out');

/** Runs `budget-viz import` in this process, stderr captured (a terminal when `tty`). */
async function run(args: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const err = { write: (s: string) => (stderr += s), isTTY: tty };
  const code = await runImport(args, { write: (s: string) => (stdout += s) }, err);
  return { code, stdout, stderr };
}

function readIndex(dir: string): BudgetCollection {
  const result = parseBudgetJson(readFileSync(join(dir, 'index.json'), 'utf8'));
  assert.ok(result.valid, JSON.stringify(!result.valid && result.issues.slice(0, 3)));
  assert.equal(result.value.type, 'budget-collection');
  return result.value as BudgetCollection;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const mtimes = (dir: string) => new Map(readdirSync(dir).filter((n) => n.endsWith('.txt.json') || n.endsWith('.pdf.json')).map((n) => [n, statSync(join(dir, n)).mtimeMs]));

const REPORTS = readdirSync(fixtures).filter((n) => n.endsWith('.txt'));
const RENAMED = 'sh-putuo-wanli-2023-dept.txt';
const CHINESE_NAME = '普陀区/万里街道 2023.txt';

before(() => {
  // The corpus texts (one under a Chinese name in a subfolder), the Wanli 2025 PDF beside its
  // text (two reports of one department and year: a clash of ids), a junk and an empty file in a
  // subfolder, and a hidden copy to skip.
  mkdirSync(join(input, 'misc'), { recursive: true });
  mkdirSync(join(input, '普陀区'), { recursive: true });
  for (const name of [...REPORTS, 'sh-putuo-wanli-2025-dept.pdf']) copyFileSync(join(fixtures, name), join(input, name === RENAMED ? CHINESE_NAME : name));
  writeFileSync(join(input, 'misc', 'junk.txt'), 'not a budget report\n');
  writeFileSync(join(input, 'misc', 'empty.txt'), '');
  copyFileSync(join(fixtures, REPORTS[0]!), join(input, '.draft.txt'));
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('budget-viz import <folder>', () => {
  let first: BudgetCollection;

  test('imports every report; the index validates; a bad file is a failure with its reason and exits 1', async () => {
    const r = await run([input, '-o', output, '--jobs', '2', '--lang', 'en']);
    assert.equal(r.code, 1, r.stderr);
    first = readIndex(output);
    assert.equal(first.entries.length, REPORTS.length + 1);
    assert.equal(first.grouping, 'other');
    assert.ok(first.entries.every((e) => /^[a-z0-9-]+$/.test(e.id)));
    assert.equal(new Set(first.entries.map((e) => e.id)).size, first.entries.length);
    assert.ok(!first.entries.some((e) => e.source!.file.includes('draft')), 'hidden files are skipped');
    const wanli = first.entries.filter((e) => e.source!.file.startsWith('sh-putuo-wanli-2025-dept.'));
    assert.deepEqual(wanli.map((e) => e.id), [wanli[0]!.id, `${wanli[0]!.id}-2`]);
    const renamed = first.entries.find((e) => e.source!.file === CHINESE_NAME)!;
    assert.equal(renamed.href, '%E6%99%AE%E9%99%80%E5%8C%BA/%E4%B8%87%E9%87%8C%E8%A1%97%E9%81%93%202023.txt.json');
    assert.ok(existsSync(join(output, '普陀区', '万里街道 2023.txt.json')));

    assert.deepEqual(first.failures!.map((f) => f.file), ['misc/empty.txt', 'misc/junk.txt']);
    const junk = first.failures![1]!;
    assert.equal(junk.sha256, sha256(join(input, 'misc', 'junk.txt')));
    assert.match(junk.error.en, /cannot import: no budget tables found/);
    assert.match(junk.error.zh, /无法导入: 输入中找不到预算公开表/);

    assert.match(r.stderr, /^\d+\/11 files \(\d+%\), [\d.]+ files\/s, ETA \d+ s$/m, 'progress lines');
    assert.match(r.stderr, /imported\s+9\n\s+unchanged, skipped\s+0\n\s+failed\s+2\n/);
    assert.match(r.stderr, /[\d.]+ reports\/s, [\d.]+ per core \(2 worker threads\)/);
    assert.match(r.stderr, /✗ misc\/junk\.txt: cannot import/);
  });

  test('each entry\'s document exists, validates and has the entry\'s figures, file and hash', () => {
    for (const entry of first.entries) {
      const path = join(output, ...entry.href.split('/').map(decodeURIComponent));
      assert.ok(existsSync(path), path);
      const result = parseBudgetJson(readFileSync(path, 'utf8'));
      assert.ok(result.valid, entry.href);
      const doc = result.value as BudgetDocument;
      assert.equal(entry.department, doc.meta.department.name);
      assert.equal(entry.fiscalYear, doc.meta.fiscalYear);
      assert.equal(entry.kind, doc.meta.kind);
      assert.equal(entry.scope, doc.meta.scope);
      assert.equal(doc.meta.source.sha256, sha256(join(input, entry.source!.file)));
      assert.equal('sha256' in entry.source!, false);
      const { summary, expenditureBySubject: split } = doc;
      const totals = totalsOf(entry)!;
      assert.equal(totals.unit, summary!.unit);
      assert.equal(totals.income, summary!.incomeGrandTotal);
      assert.equal(totals.expenditure, summary!.expenditureGrandTotal.total);
      if (split?.unit === summary!.unit) {
        assert.equal(totals.basic, split.total.basic);
        if (split.total.project !== undefined) assert.ok(toAmount(totals.project!).eq(toAmount(split.total.project)), entry.href);
      }
      assert.equal(typeof entry.warnings, 'number');
      assert.ok(entry.checks!.error >= 0);
    }
    const fenyang = first.entries.find((e) => e.source!.file === 'fenyang-xinfang-2024-budget.txt')!;
    assert.deepEqual(fenyang.totals, { unit: '万元', expenditure: '484.55', basic: '164.37' });
    assert.deepEqual(fenyang.checks, { error: 1, rounding: 2, note: 0 });
  });

  test('a second run skips every unchanged report and rewrites no document; a terminal gets one updating line', async () => {
    const before = mtimes(output);
    const r = await run([input, '-o', output, '--lang', 'en'], true);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /imported\s+0\n\s+unchanged, skipped\s+9\n\s+failed\s+2\n/);
    assert.match(r.stderr, /\r\x1b\[K11\/11 files \(100%\)/);
    assert.deepEqual(mtimes(output), before);
    assert.deepEqual(readIndex(output), first);
  });

  test('a changed report is imported again, the others skipped', async () => {
    const changed = 'fenyang-xinfang-2024-budget.txt';
    appendFileSync(join(input, changed), '\n');
    const before = mtimes(output);
    const r = await run([input, '-o', output, '--lang', 'en']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /imported\s+1\n\s+unchanged, skipped\s+8\n/);
    const after = mtimes(output);
    for (const [name, mtime] of before) assert.equal(after.get(name) !== mtime, name === `${changed}.json`, name);
    const entry = readIndex(output).entries.find((e) => e.source!.file === changed)!;
    const doc = JSON.parse(readFileSync(join(output, ...entry.href.split('/').map(decodeURIComponent)), 'utf8')) as BudgetDocument;
    assert.equal(doc.meta.source.sha256, sha256(join(input, changed)));
  });

  test('a document that does not record its report\'s hash (an older run, an edit) is imported again', async () => {
    const name = 'sh-putuo-czj-2025-dept.txt';
    const path = join(output, `${name}.json`);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as BudgetDocument;
    delete doc.meta.source.sha256;
    writeFileSync(path, JSON.stringify(doc));
    const r = await run([input, '-o', output, '--lang', 'en']);
    assert.match(r.stderr, /imported\s+1\n\s+unchanged, skipped\s+8\n/);
    assert.equal((JSON.parse(readFileSync(path, 'utf8')) as BudgetDocument).meta.source.sha256, sha256(join(input, name)));
  });

  test('--jobs 1 and --jobs 2 write the same index', async () => {
    const alone = join(root, 'alone');
    const r = await run([input, '-o', alone, '--jobs', '1']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /1 个工作线程/);
    assert.deepEqual(readIndex(alone), readIndex(output));
  });

  test('a report over --timeout is stopped and listed as failed; the next report gets a fresh worker', async () => {
    const slow = join(root, 'slow');
    mkdirSync(slow);
    for (const name of REPORTS.slice(0, 2)) copyFileSync(join(fixtures, name), join(slow, name));
    // 10 ms: less than a worker takes to start, so every report meets the limit.
    const r = await run([slow, '-o', join(root, 'slow-out'), '--timeout', '0.01', '--jobs', '1', '--lang', 'en']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /imported\s+0\n\s+unchanged, skipped\s+0\n\s+failed\s+2\n/);
    assert.equal(r.stderr.match(/the import took longer than 0\.01 s and was stopped; a longer limit: --timeout <seconds>/g)?.length, 2);
    const ok = await run([slow, '-o', join(root, 'slow-out'), '--timeout', '120', '--jobs', '1', '--lang', 'en']);
    assert.equal(ok.code, 0, ok.stderr);
  });

  test('usage errors exit 2: no -o, a bad --jobs or --timeout, --strict, a folder without reports', async () => {
    assert.equal((await run([input])).code, 2);
    const strict = await run([input, '-o', output, '--strict', '--lang', 'en']);
    assert.equal(strict.code, 2);
    assert.match(strict.stderr, /--strict applies to one report, not to a folder/);
    const jobs = await run([input, '-o', output, '--jobs', '0', '--lang', 'en']);
    assert.equal(jobs.code, 2);
    assert.match(jobs.stderr, /--jobs takes a whole number from 1 to 9999, found "0"/);
    const timeout = await run([input, '-o', output, '--timeout', '-1', '--lang', 'en']);
    assert.equal(timeout.code, 2);
    assert.match(timeout.stderr, /--timeout takes a number of seconds above 0, found "-1"/);
    const bare = join(root, 'bare');
    mkdirSync(bare);
    const none = await run([bare, '-o', join(root, 'bare-out')]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /没有 \*\.pdf 或 \*\.txt 报告/);
  });
});
