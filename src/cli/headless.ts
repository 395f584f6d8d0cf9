/**
 * A headless Chromium holding budget-viz's own elements, for commands that draw a document
 * without a reader's browser: what they output is what the elements render, not a second
 * implementation of them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';

/** Chromium's switches wherever budget-viz runs it: no sandbox or GPU in containers, no network of its own. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium to run: CHROME_PATH, else Debian's. */
export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export class HeadlessError extends Error {}

/**
 * The elements as one script: built from the source in a checkout, so it is never stale, and the
 * package's own dist/budget-viz.js once installed.
 */
async function elementsScript(): Promise<string> {
  const source = fileURLToPath(new URL('../budget-viz.ts', import.meta.url));
  if (existsSync(source)) {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: [source], bundle: true, format: 'esm', target: 'es2022', write: false, minify: true, logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } });
    return result.outputFiles[0].text;
  }
  return readFile(fileURLToPath(new URL('../budget-viz.js', import.meta.url)), 'utf8');
}

/** Starts Chromium (CHROME_PATH, else /usr/bin/chromium) with a page that has the elements defined. */
export async function openElementsPage(lang: string): Promise<{ browser: Browser; page: Page }> {
  let puppeteer: typeof import('puppeteer-core');
  try {
    puppeteer = await import('puppeteer-core');
  } catch {
    throw new HeadlessError('需要 puppeteer-core：npm install puppeteer-core / this command needs puppeteer-core: npm install puppeteer-core');
  }
  const executablePath = chromePath();
  if (!existsSync(executablePath)) {
    throw new HeadlessError(`找不到 Chromium：${executablePath}（请安装 chromium 或设置 CHROME_PATH） / no Chromium at ${executablePath} (install chromium or set CHROME_PATH)`);
  }
  const browser = await puppeteer.launch({ executablePath, args: CHROME_FLAGS, headless: true, defaultViewport: { width: 1000, height: 800 } });
  try {
    const page = await browser.newPage();
    // Drawn at rest: a zoom animation caught mid-way would be frozen into the output.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setContent(`<!doctype html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"></head><body style="margin:0"></body></html>`);
    // tsx runs this source with esbuild's keepNames, which wraps functions in a `__name` helper;
    // a function passed to page.evaluate carries the calls into the page, where the helper must exist.
    await page.evaluate('globalThis.__name = (target) => target');
    await page.addScriptTag({ content: await elementsScript(), type: 'module' });
    await page.waitForFunction(() => customElements.get('budget-report') !== undefined);
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
