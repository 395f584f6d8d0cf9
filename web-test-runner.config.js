import { mkdir, writeFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { commonjsForTests } from './scripts/commonjs-for-tests.js';
import { countReporter } from './scripts/count-reporter.js';
import { isDecimalModule, leanDecimal } from './scripts/lean-decimal.js';
import { isStylesModule, minifyCssTemplates } from './scripts/minify-css-templates.js';

/**
 * Tests run on decimal.js and the styles as the bundles ship them (vite.config.ts), so a call to a
 * method the lean decimal.js leaves out, or a style the minifier breaks, fails here.
 */
const asShippedForTests = {
  name: 'as-shipped',
  transform(context) {
    if (isDecimalModule(context.path)) return { body: leanDecimal(context.body) };
    if (isStylesModule(context.path)) return { body: minifyCssTemplates(context.body) };
    return undefined;
  },
};

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--headless=new',
];

/**
 * Lets tests ask the dev server for slow or failing answers: `?delay=300` waits, `?status=500`
 * answers with that status, `?slow-body=2000` sends the headers at once and the body that much
 * later. Only used by tests of loading states, timeouts and request races.
 */
async function testResponses(context, next) {
  const slowBody = Number(context.query['slow-body'] ?? 0);
  if (slowBody > 0) {
    const body = new PassThrough();
    body.write('{');
    setTimeout(() => body.end('}'), Math.min(slowBody, 5000));
    context.type = 'application/json';
    context.body = body;
    return;
  }
  const delay = Number(context.query.delay ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
  const status = Number(context.query.status ?? 0);
  if (status >= 400) {
    context.status = status;
    context.body = 'test failure';
    return;
  }
  return next();
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: the built-in emulateMedia does not
 * pass forced-colors to Chromium, so this sets it through the DevTools protocol.
 */
const devtoolsSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Emulation lasts as long as the DevTools session that set it: keep one per page.
    if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.target().createCDPSession());
    await devtoolsSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
    });
    return true;
  },
};

/**
 * `executeServerCommand('save-screenshot', { name })` writes the page as it looks now to
 * .test-results/screenshots/<name>.png, so every visual state a test checks can be looked at.
 */
const SCREENSHOTS = '.test-results/screenshots';
const screenshotCommand = {
  name: 'save-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'save-screenshot') return undefined;
    const name = String(payload?.name ?? '').replace(/[^\w.-]+/g, '-');
    if (!name) throw new Error('save-screenshot needs a name');
    await mkdir(SCREENSHOTS, { recursive: true });
    const page = session.browser.getPage(session.id);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: payload.fullPage !== false });
    return true;
  },
};

/**
 * `executeServerCommand('print-pdf', { name })` prints the page to A4 as Chromium's print dialog
 * would (print media, backgrounds off) and answers `{ pages }`; the PDF is kept beside the
 * screenshots for a look.
 */
const printCommand = {
  name: 'print-pdf',
  async executeCommand({ command, payload, session }) {
    if (command !== 'print-pdf') return undefined;
    const page = session.browser.getPage(session.id);
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const name = String(payload?.name ?? '').replace(/[^\w.-]+/g, '-');
    if (name) {
      await mkdir(SCREENSHOTS, { recursive: true });
      await writeFile(`${SCREENSHOTS}/${name}.pdf`, pdf);
    }
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
    const pages = doc.numPages;
    const texts = [];
    for (let n = 1; n <= pages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(content.items.map((item) => item.str ?? '').join(''));
    }
    await doc.destroy();
    return { pages, texts };
  },
};

export default {
  middleware: [testResponses],
  files: 'tests/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [asShippedForTests, forcedColorsCommand, screenshotCommand, printCommand, commonjsForTests, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
};
