/**
 * `budget-viz import` on hostile files: inputs made to trigger super-linear regexes, PDFs that
 * are corrupt, cut or over budget, text in other encodings, and runs that fail or lose their
 * reader while an output file exists. Every input is generated here into a temporary directory.
 * No timing is asserted: a test of linear behaviour only has a generous timeout, so it fails
 * when the import is pathological, not when the machine is slow.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runImport } from '../../src/cli/import.js';
import { importReportText, ImportError, type ImportResult } from '../../src/core/import/index.js';
import { isGarbledNumber } from '../../src/core/import/numbers.js';
import { parseBudgetJson } from '../../src/core/validate/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/budget-viz.js', import.meta.url));
const fenyang = readFileSync(fixture('fenyang-xinfang-2024-budget.txt'), 'utf8');
const wanliPdf = readFileSync(fixture('sh-putuo-wanli-2025-dept.pdf'));
const dir = mkdtempSync(join(tmpdir(), 'budget-viz-hostile-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runImport(args, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Lines of text inserted before the line containing `before` (its first occurrence). */
function insertBefore(text: string, before: string, ...lines: string[]): string {
  const at = text.indexOf(before);
  assert.ok(at >= 0, before);
  const start = text.lastIndexOf('\n', at) + 1;
  return text.slice(0, start) + lines.map((l) => l + '\n').join('') + text.slice(start);
}

/** The fenyang report with the same hostile lines in a table body, the 说明 and the 名词解释. */
function withHostileLines(...lines: string[]): string {
  let text = fenyang;
  for (const anchor of ['2010301 行政运行', '二、收入预算情况说明', '第四部分 名词解释']) text = insertBefore(text, anchor, ...lines);
  return text;
}

function importOrError(text: string): ImportResult | ImportError {
  try {
    return importReportText(text);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

/** Whatever a run printed, it never shows a stack trace or an unhandled rejection. */
function assertNoCrashOutput(stderr: string) {
  assert.doesNotMatch(stderr, /^\s+at .+[(:]\d+/m, stderr);
  assert.doesNotMatch(stderr, /Unhandled|uncaught|ERR_UNHANDLED_REJECTION|node:internal/i, stderr);
}

// A rejection nobody handles anywhere in this process fails the run of these tests.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
before(() => process.on('unhandledRejection', onUnhandled));
after(() => {
  process.off('unhandledRejection', onUnhandled);
  assert.deepEqual(unhandled, []);
});

describe('import: no super-linear regex', () => {
  // Each took seconds to minutes before: \s+$ and \s+(?=[元万亿]) backtrack quadratically over a
  // run of spaces that does not end the line; ^\d[\d,.]*[,.]{2,}[\d,.]*$ cubically over commas.
  const options = { timeout: 20_000 };

  test('a line of 200,000 spaces between two words, in a table, the 说明 and a unit line', options, () => {
    const spaces = ' '.repeat(200_000);
    const result = importOrError(withHostileLines(`x${spaces}y`, `单位${spaces}：万元${spaces}x`, `${spaces}\u3000${spaces}中`));
    assert.ok(!(result instanceof ImportError), String(result));
    assert.equal(result.document.summary?.incomeTotal, '484.55');
    assert.equal(result.document.expenditureBySubject?.rows.find((r) => r.code === '2010301')?.amounts.total, '71.73');
  });

  test('a token of "1" and 4,000 commas, alone and glued to CJK, in a 科目 row', options, () => {
    const commas = ','.repeat(4_000);
    const text = fenyang.replace('2010301 行政运行 71.73 71.73', `2010301 行政运行 1${commas} 1${commas}中 71.73 71.73`);
    assert.notEqual(text, fenyang);
    const result = importOrError(text);
    assert.ok(!(result instanceof ImportError), String(result));
    // The garbled figure is a warning at its line, as any other.
    assert.ok(result.warnings.some((w) => /unreadable figure/.test(w.message.en)), JSON.stringify(result.warnings.slice(0, 3)));
  });

  test('100,000 form feeds on one line count as pages', options, () => {
    const result = importOrError(withHostileLines('\f'.repeat(100_000)));
    assert.ok(!(result instanceof ImportError), String(result));
  });

  test('garbled-number classification is unchanged by the linear regex', () => {
    for (const t of ['48a.55', '4..5', '1,,', '7a.73', '17,8?7,739', '1,22', '12,,3.5', ',1a']) assert.equal(isGarbledNumber(t), true, t);
    for (const t of ['484.55', '1,234.56', '-', 'abc', ',,,', '1,2,3', '1.2.3', '1,234', '中1', `1${','.repeat(4_000)}中`]) assert.equal(isGarbledNumber(t), false, t);
  });

  test('200,000 CJK characters without a figure in the 说明', options, () => {
    importOrError(withHostileLines('中'.repeat(200_000)));
  });
  test('"1,000" 40,000 times in the 说明', options, () => {
    importOrError(withHostileLines('1,000'.repeat(40_000)));
  });
  test('100,000 one-character words on a table line', options, () => {
    importOrError(withHostileLines('中 '.repeat(100_000)));
  });
  test('100,000 commas in a Shanghai 说明', options, () => {
    importOrError(insertBefore(readFileSync(fixture('sh-putuo-wanli-2025-dept.txt'), 'utf8'), '行政运行', '，'.repeat(100_000) + '中'));
  });
});

describe('import: PDF within a time and memory budget', () => {
  test('over the time limit: stopped, exit 2, a message in either language naming the flag', async () => {
    const pdf = write('report.pdf', wanliPdf);
    const zh = await run(pdf, '--pdf-timeout', '0.2');
    assert.equal(zh.code, 2);
    assert.match(zh.stderr, /读取 PDF 超过 0\.2 秒，已中止.*--pdf-timeout/);
    const en = await run(pdf, '--pdf-timeout', '0.2', '--lang', 'en');
    assert.equal(en.code, 2);
    assert.match(en.stderr, /reading the PDF took longer than 0\.2 s and was stopped.*--pdf-timeout/);
    assert.equal(en.stdout, '');
  });

  test('over the memory limit: stopped, exit 2, a message naming the flag', async () => {
    const r = await run(write('report2.pdf', wanliPdf), '--pdf-memory', '16', '--lang', 'en');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /needed more than 16 MB of memory and was stopped.*--pdf-memory/);
  });

  test('a budget that is not a number is a usage error', async () => {
    for (const args of [['--pdf-timeout', 'soon'], ['--pdf-timeout', '0'], ['--pdf-memory', '4'], ['--pdf-memory']]) {
      const r = await run(fixture('fenyang-xinfang-2024-budget.txt'), ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /--pdf-(timeout|memory) 需要/);
    }
  });

  test('within the default budget a real PDF reads as before', async () => {
    const out = join(dir, 'wanli.json');
    const r = await run(write('wanli.pdf', wanliPdf), '-o', out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /PDF page 1\/31/);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).summary.incomeTotal, '189767551');
  });

  test('two glyphs a million points apart on one page (617 bytes): read, and not a report', { timeout: 60_000 }, async () => {
    const pdf = write('far.pdf', onePagePdf('BT /F1 12 Tf 0 700 Td (A) Tj ET BT /F1 12 Tf 1000000 700 Td (B) Tj ET', 1_000_100));
    const r = await run(pdf, '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot import: no budget tables found/);
  });
});

describe('import: corrupt and truncated PDFs end with exit 2 and a message', () => {
  const cases: [string, Uint8Array][] = [
    ['header and garbage', Buffer.from('%PDF-1.4\ngarbage')],
    ['header only', Buffer.from('%PDF-')],
    ...[0.01, 0.5, 0.99].map((f): [string, Uint8Array] => [`cut at ${f * 100}%`, wanliPdf.subarray(0, Math.floor(wanliPdf.length * f))]),
    ['a page tree that contains itself', Buffer.from(onePagePdf('BT /F1 12 Tf 0 700 Td (A) Tj ET').toString('latin1').replace('/Kids [3 0 R]', '/Kids [2 0 R]'), 'latin1')],
  ];
  for (const [name, bytes] of cases) {
    test(name, async () => {
      const r = await run(write(`corrupt-${name.replace(/\W+/g, '-')}.pdf`, bytes), '--lang', 'en');
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /: (not a readable PDF|cannot import|reading the PDF)/);
      assertNoCrashOutput(r.stderr);
    });
  }

  test('bytes flipped through a real PDF: a result or exit 2 with a message, never a crash', async () => {
    for (const at of [0.001, 0.2, 0.45, 0.7, 0.999]) {
      const bytes = Buffer.from(wanliPdf);
      const i = Math.floor(bytes.length * at);
      for (let k = i; k < i + 16 && k < bytes.length; k++) bytes[k] = bytes[k]! ^ 0xff;
      const r = await run(write(`flipped-${at}.pdf`, bytes), '--lang', 'en', '-o', join(dir, `flipped-${at}.json`));
      assert.ok([0, 1, 2].includes(r.code), `${at}: ${r.code}`);
      if (r.code === 2) assert.match(r.stderr, /: (not a readable PDF|cannot import|reading the PDF)/);
      assertNoCrashOutput(r.stderr);
    }
  });

  test('through the command line: exit 2, a message, no stack trace', () => {
    const r = spawnSync(process.execPath, [BIN, 'import', write('bin-corrupt.pdf', wanliPdf.subarray(0, 50_000))], { encoding: 'utf8', cwd: tmpdir() });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /不是可读取的 PDF/);
    assertNoCrashOutput(r.stderr);
  });
});

describe('import: text encodings', () => {
  test('GBK/GB18030 text is decoded (or named in the error where Node.js lacks full ICU)', async () => {
    const utf8 = await run(write('gb-ref.txt', fenyang));
    const r = await run(write('gb.txt', encodeGb18030(fenyang)));
    if (hasGb18030()) {
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /文本按 GB18030 编码读取/);
      assert.deepEqual(withoutFile(r.stdout), withoutFile(utf8.stdout));
    } else {
      assert.equal(r.code, 2);
      assert.match(r.stderr, /GBK\/GB18030/);
    }
  });

  test('UTF-16 with a byte-order mark, either way round, and UTF-16LE without one', async () => {
    const reference = withoutFile((await run(write('u16-ref.txt', fenyang))).stdout);
    const le = Buffer.from(fenyang, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [
      ['le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['le', le],
    ] as const) {
      const r = await run(write(`u16-${name}.txt`, bytes));
      assert.equal(r.code, 0, `${name}: ${r.stderr}`);
      assert.deepEqual(withoutFile(r.stdout), reference, name);
    }
  });

  test('UTF-8 with one damaged byte stays UTF-8 (not mistaken for GB18030) and says so', async () => {
    const bytes = Buffer.from(fenyang.replace('二、收入预算情况说明', '二、收入预算情况说明\uFFFF'), 'utf8');
    const at = bytes.indexOf(Buffer.from('\uFFFF', 'utf8'));
    assert.ok(at > 0);
    bytes[at] = 0xff; // invalid in UTF-8
    const r = await run(write('damaged.txt', bytes), '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /GB18030/);
    assert.match(r.stderr, /character\(s\) could not be decoded as UTF-8/);
    assert.equal(JSON.parse(r.stdout).summary.incomeTotal, '484.55');
  });

  test('UTF-32 is named in the error', async () => {
    const r = await run(write('u32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /UTF-32/);
  });
});

describe('import: -o is written atomically and output pipes may close', () => {
  const OLD = '{"old": true}\n';
  const tempFiles = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  test('a failed import leaves an existing output file as it was', async () => {
    const out = write('kept.json', OLD);
    const junk = write('junk.txt', 'not a budget report\n');
    assert.equal((await run(junk, '-o', out)).code, 2);
    assert.equal((await run(write('kept.pdf', wanliPdf), '-o', out, '--pdf-timeout', '0.2')).code, 2);
    assert.equal((await run(write('kept-bad.pdf', '%PDF-1.7 nothing'), '-o', out)).code, 2);
    assert.equal(readFileSync(out, 'utf8'), OLD);
    assert.deepEqual(tempFiles(), []);
  });

  test('a successful import replaces the whole file and keeps its permissions', async () => {
    const out = write('replaced.json', OLD.repeat(10_000));
    chmodSync(out, 0o640);
    const r = await run(fixture('fenyang-xinfang-2024-budget.txt'), '-o', out);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(parseBudgetJson(readFileSync(out, 'utf8')).valid, true);
    assert.equal(statSync(out).mode & 0o777, 0o640);
    assert.deepEqual(tempFiles(), []);
  });

  test('an output directory that does not exist: exit 2, nothing written', async () => {
    const r = await run(fixture('fenyang-xinfang-2024-budget.txt'), '-o', join(dir, 'missing', 'out.json'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法写入/);
    assert.deepEqual(tempFiles(), []);
  });

  test('stdout closed by its reader (import … | head): no EPIPE error, exit 0', async () => {
    const r = await spawnAndClose([fixture('fenyang-xinfang-2024-budget.txt')], 'stdout');
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /EPIPE/);
    assertNoCrashOutput(r.stderr);
  });

  test('stderr closed by its reader while writing -o: the output file is whole, exit 0', async () => {
    const out = write('piped.json', OLD);
    const r = await spawnAndClose([fixture('fenyang-xinfang-2024-budget.txt'), '-o', out], 'stderr');
    assert.equal(r.code, 0);
    assert.equal(parseBudgetJson(readFileSync(out, 'utf8')).valid, true);
  });

  test('a run killed while reading a PDF leaves the existing output file whole', async () => {
    const out = write('killed.json', OLD);
    const child = spawn(process.execPath, [BIN, 'import', write('killed.pdf', wanliPdf), '-o', out], { cwd: tmpdir() });
    // Killed once it reports reading the PDF: long before its output is ready.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('PDF page')) resolve();
      });
      child.on('exit', () => resolve());
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)));
    const content = readFileSync(out, 'utf8');
    // Either untouched or (had it already finished) the whole new document; never cut or empty.
    assert.ok(content === OLD || parseBudgetJson(content).valid, content.slice(0, 200));
  });
});

/** Runs the command line and closes our end of its stdout or stderr at once. */
function spawnAndClose(args: string[], close: 'stdout' | 'stderr'): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'import', ...args], { cwd: tmpdir() });
    let stderr = '';
    child[close].destroy();
    if (close === 'stdout') child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    else child.stdout.resume();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** A one-page PDF with Helvetica as /F1 and the given content stream; xref offsets are exact. */
function onePagePdf(content: string, width = 612): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function hasGb18030(): boolean {
  try {
    new TextDecoder('gb18030');
    return true;
  } catch {
    return false;
  }
}

/**
 * GB18030 bytes of a text (two-byte characters and ASCII, which the report uses), from the
 * decoder's own table; without full ICU, a fixed GBK sample stands in (only its detection is tested).
 */
function encodeGb18030(text: string): Uint8Array {
  if (!hasGb18030()) return Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a, 0xd4, 0xa4, 0xcb, 0xe3, 0x0a]);
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      assert.ok(bytes, `no two-byte GB18030 code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** The document without meta.source.file, which names the input file. */
function withoutFile(json: string): unknown {
  const doc = JSON.parse(json);
  delete doc.meta.source.file;
  return doc;
}
