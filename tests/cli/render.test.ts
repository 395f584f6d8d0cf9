import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_FLAGS, chromePath } from '../../src/cli/headless.js';
import { main } from '../../src/cli/main.js';

const REFERENCE = fileURLToPath(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'budget-viz-render-'));

async function render(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['render', ...args], { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  return { code, out, err };
}

/** Serves `dir`, and the elements' script at /budget-viz.js, as a site would publish the output. */
async function serve(): Promise<Server> {
  const script = (await build({ entryPoints: [fileURLToPath(new URL('../../src/budget-viz.ts', import.meta.url))], bundle: true, format: 'esm', write: false, logLevel: 'error' })).outputFiles[0].text;
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0].slice(1);
    if (name === 'budget-viz.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    // Chromium asks every new origin for its icon; a 404 would show as a console error of the page.
    if (name === 'favicon.ico') return void response.writeHead(204).end();
    try {
      const body = readFileSync(join(dir, name));
      response.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

describe('budget-viz render', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  before(async () => {
    writeFileSync(join(dir, 'doc.json'), readFileSync(REFERENCE));
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('writes HTML whose chart and table read without JavaScript', async () => {
    const output = join(dir, 'static.html');
    const { code, err } = await render(join(dir, 'doc.json'), '--view', 'sunburst', '-o', output);
    assert.equal(code, 0, err);
    const html = readFileSync(output, 'utf8');
    assert.match(html, /<budget-sunburst src="doc.json" lang="zh-CN"><template shadowrootmode="open"><style>/);
    assert.doesNotMatch(html, /<script|<button/);
    // Nor the containers of the controls: the export menu would be an empty box.
    assert.doesNotMatch(html, /role="menu"|class="(?:export|view-actions)"/);

    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${base}/static.html`);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('budget-sunburst')!.shadowRoot!;
      return { arcs: root.querySelectorAll('svg path[data-id]').length, table: root.querySelector('table')?.innerText ?? '' };
    });
    await page.close();
    assert.ok(seen.arcs > 10, `${seen.arcs} arcs`);
    assert.match(seen.table, /一般公共服务支出\s+201\s+438\.89\s+90\.58%/);
  });

  test('upgrades in place into the live element when the page loads the script', async () => {
    const output = join(dir, 'live.html');
    const { code, err } = await render(join(dir, 'doc.json'), '--view', 'split', '--lang', 'en', '--script', '/budget-viz.js', '-o', output);
    assert.equal(code, 0, err);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${base}/live.html`);
    // The live element draws its controls again, which the static markup leaves out.
    await page.waitForFunction(() => document.querySelector('budget-split')?.shadowRoot?.querySelector('button') !== null, { timeout: 10_000 });
    const text = await page.evaluate(() => document.querySelector('budget-split')!.shadowRoot!.textContent!);
    await page.close();
    assert.deepEqual(errors, []);
    assert.match(text, /Basic expenditure/);
  });

  test('writes text from the document as text, never as markup', async () => {
    const doc = JSON.parse(readFileSync(REFERENCE, 'utf8'));
    doc.meta.department.name = '</title><script>alert(1)</script><img src=x onerror=alert(2)>';
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(doc));
    const { code, out, err } = await render(join(dir, 'hostile.json'), '--view', 'headline');
    assert.equal(code, 0, err);
    assert.doesNotMatch(out, /<script|<img/);
    assert.match(out, /&lt;\/title&gt;&lt;script&gt;/);
  });

  test('draws a PNG at twice the page width', async () => {
    const output = join(dir, 'split.png');
    const { code, err } = await render(REFERENCE, '--view', 'split', '--format', 'png', '--width', '600', '-o', output);
    assert.equal(code, 0, err);
    const png = readFileSync(output);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 1200);
  });

  test('writes a chart view as the SVG its export menu saves, and refuses SVG for a view that is no chart', async () => {
    const { code, out, err } = await render(REFERENCE, '--view', 'sunburst', '--format', 'svg', '--selected', '201');
    assert.equal(code, 0, err);
    assert.match(out, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(out, /汾阳市信访局 2024年部门预算/);
    assert.match(out, /201 一般公共服务支出/);
    assert.match(out, /数据来源：.*表3/);
    assert.match(out, /Noto Sans CJK SC/);
    const cards = await render(REFERENCE, '--view', 'cards', '--format', 'svg');
    assert.equal(cards.code, 2);
    assert.match(cards.err, /sunburst, split, yoy/);
  });

  test('writes the content of buttons that hold it, and the report\'s views with their tables', async () => {
    const split = await render(REFERENCE, '--view', 'split');
    assert.equal(split.code, 0, split.err);
    assert.match(split.out, /<span class="subject-row">/);
    assert.match(split.out, /社会保障和就业支出/);
    const report = await render(REFERENCE, '--view', 'report');
    assert.equal(report.code, 0, report.err);
    assert.ok((report.out.match(/<table/g) ?? []).length >= 5, 'a table for each chart of the report');
    assert.doesNotMatch(report.out, /<select|<button|<input/);
  });

  test('refuses an invalid document, naming the field', async () => {
    const doc = JSON.parse(readFileSync(REFERENCE, 'utf8'));
    doc.expenditureBySubject.rows[0].amounts.total = 12;
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify(doc));
    const { code, err } = await render(join(dir, 'invalid.json'), '--view', 'sunburst', '--lang', 'en');
    assert.equal(code, 1);
    assert.match(err, /\$\.expenditureBySubject\.rows\[0\]\.amounts\.total/);
  });

  test('refuses an unknown view or format with usage', async () => {
    assert.equal((await render(REFERENCE, '--view', 'pie')).code, 2);
    assert.equal((await render(REFERENCE, '--view', 'split', '--format', 'gif')).code, 2);
    assert.equal((await render(REFERENCE, '--view', 'split', '--format', 'png')).code, 2);
  });
});
