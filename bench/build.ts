/**
 * Bundles each benchmark page with one esbuild configuration (ES module, minified, ES2022), so
 * that the bytes of budget-viz and of its peers are counted the same way.
 */
import { build, type Plugin } from 'esbuild';
import { COMPILE_HINT } from '../scripts/compile-hints.js';
import { isDecimalModule, leanDecimal } from '../scripts/lean-decimal.js';
import { minifyCssTemplates } from '../scripts/minify-css-templates.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { staticGraph } from './static-graph.js';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = fileURLToPath(new URL('./.out/', import.meta.url));
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface PageSpec {
  /** Name in the results. */
  name: string;
  entry: string;
  define?: Record<string, string>;
  /** Bundled into one file, what it imports on demand inlined, as dist/budget-viz.js is. */
  oneFile?: boolean;
  /** budget-viz's own: its up-front files begin with V8's compile hint, as dist/ ships them (scripts/compile-hints.ts). */
  compileHint?: boolean;
}

/** The sunburst pages, one per library and renderer; budget-viz first, the one the ratios divide. */
export const PAGES: readonly PageSpec[] = [
  { name: 'budget-viz', entry: here('./pages/budget-viz.ts'), compileHint: true },
  { name: 'echarts-canvas', entry: here('./pages/echarts.ts'), define: { RENDERER: '"canvas"' } },
  { name: 'echarts-svg', entry: here('./pages/echarts.ts'), define: { RENDERER: '"svg"' } },
  { name: 'highcharts', entry: here('./pages/highcharts.ts') },
  { name: 'd3', entry: here('./pages/d3.ts') },
];

export const REPORT_PAGE: PageSpec = { name: 'budget-report', entry: here('./pages/budget-report.ts'), oneFile: true, compileHint: true };

/**
 * The floor under a budget-viz page: the DOM it drew, shown as static HTML by a page with no
 * library (bench/pages/static-dom.ts); `of` names the page whose DOM it shows. Not a library, so
 * it has no row among the bytes.
 */
export const STATIC_DOM_PAGES = [
  { name: 'budget-viz-dom', of: 'budget-viz', entry: here('./pages/static-dom.ts') },
  { name: 'budget-report-dom', of: 'budget-report', entry: here('./pages/static-dom.ts') },
] as const satisfies readonly (PageSpec & { of: string })[];

/** Our whole library the same way, for its size alone (no page code). */
const LIBRARY: PageSpec = { name: 'budget-viz library (src/budget-viz.ts)', entry: here('../src/budget-viz.ts'), oneFile: true, compileHint: true };

export interface Size {
  name: string;
  /** How it was made: this harness's esbuild, or a file another build wrote. */
  source: string;
  bytes: number;
  gzip: number;
}

/** decimal.js and the styles as budget-viz's own bundles ship them (vite.config.ts): the bytes compared are the bytes shipped. */
const AS_SHIPPED: Plugin = {
  name: 'as-shipped',
  setup(b) {
    b.onLoad({ filter: /decimal\.mjs$/ }, ({ path }) => (isDecimalModule(path) ? { contents: leanDecimal(readFileSync(path, 'utf8')), loader: 'js' } : undefined));
    b.onLoad({ filter: /\.styles\.ts$/ }, ({ path }) => ({ contents: minifyCssTemplates(readFileSync(path, 'utf8')), loader: 'ts' }));
  },
};

const gzipBytes = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

/** A page's JavaScript: what it loads with it, and what its code fetches later by import(). */
interface PageBytes {
  initial: Size;
  lazy: Size;
}

/**
 * Bundles `spec` into bench/.out/<name>/ with code splitting, as the components build splits
 * budget-viz: code a page imports on demand stays a chunk of its own, fetched when used, so the
 * page's bytes are what a reader's browser loads with it. Every library is built this way; a peer
 * without dynamic imports is one file, and so is a page that asks for {@link PageSpec.oneFile}.
 */
async function bundle(spec: PageSpec): Promise<PageBytes> {
  const id = fileId(spec);
  const dir = `${OUT_DIR}${id}/`;
  const result = await build({
    entryPoints: { [id]: spec.entry },
    bundle: true,
    splitting: !spec.oneFile,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"', ...spec.define },
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    legalComments: 'none',
    // As vite writes dist/: Chinese text as UTF-8, not \uXXXX escapes (module scripts are always UTF-8).
    charset: 'utf8',
    logLevel: 'error',
    plugins: [AS_SHIPPED],
  });
  mkdirSync(`${dir}chunks`, { recursive: true });
  for (const file of result.outputFiles) writeFileSync(file.path, file.contents);
  // Read from the written files as from dist/: the entry and its static imports; the rest loads by import().
  const initial = staticGraph([`${dir}${id}.js`]);
  if (spec.compileHint) for (const file of initial) writeFileSync(file, `${COMPILE_HINT}\n${readFileSync(file, 'utf8')}`);
  const lazy = result.outputFiles.map((file) => file.path).filter((path) => path.endsWith('.js') && !initial.has(path));
  const files = (n: number) => (n === 1 ? '1 file' : `${n} files`);
  return {
    initial: sizeOf(spec.name, `esbuild, minified, ${files(initial.size)}`, [...initial]),
    lazy: sizeOf(spec.name, `esbuild, minified, ${files(lazy.length)}`, lazy),
  };
}

/** The page's name as a file name: bench/.out/<id>.html loads bench/.out/<id>/<id>.js. */
const fileId = (spec: PageSpec) => spec.name.replace(/[^\w-]+/g, '-');

/** The page's own size row: what it loads with it, saying how much more its code can fetch later. */
function loadedWith({ initial, lazy }: PageBytes): Size {
  return lazy.gzip === 0 ? initial : { ...initial, source: `${initial.source}; ${(lazy.gzip / 1000).toFixed(1)} KB gzip more on demand` };
}

function page(spec: PageSpec): string {
  // A fixed 640 × 640 box for every library; the font is the one budget-viz measures with.
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${spec.name}</title>
<style>body{margin:0;font-family:system-ui,sans-serif}#chart{width:640px;height:640px}</style></head>
<body><div id="chart"></div><script type="module" src="/${fileId(spec)}/${fileId(spec)}.js"></script></body></html>`;
}

/** The files a page loads, each gzipped on its own, as a server sends it. */
function sizeOf(name: string, source: string, files: readonly string[]): Size {
  const codes = files.map((file) => readFileSync(file));
  return { name, source, bytes: codes.reduce((n, c) => n + c.length, 0), gzip: codes.reduce((n, c) => n + gzipBytes(c), 0) };
}

/** The files of another build, as one page loads them. */
const prebuilt = (name: string, files: string[]) => sizeOf(name, files.length > 1 ? `prebuilt, ${files.length} files` : 'prebuilt', files);

/** Builds every page into bench/.out/ and returns the gzip sizes, the prebuilt dist files included. */
export async function buildPages(): Promise<Size[]> {
  mkdirSync(OUT_DIR, { recursive: true });
  const sizes: Size[] = [];
  for (const spec of [...PAGES, REPORT_PAGE]) {
    sizes.push(loadedWith(await bundle(spec)));
    writeFileSync(`${OUT_DIR}${spec.name}.html`, page(spec));
  }
  for (const spec of STATIC_DOM_PAGES) {
    await bundle(spec);
    writeFileSync(`${OUT_DIR}${spec.name}.html`, page(spec));
  }
  sizes.push(loadedWith(await bundle(LIBRARY)));
  const standalone = here('../dist/budget-viz.js');
  if (existsSync(standalone)) sizes.push(prebuilt('dist/budget-viz.js (vite build)', [standalone]));
  // A page with the element's entry loads the chunks it imports too.
  const sunburst = here('../dist/components/budget-sunburst.js');
  if (existsSync(sunburst)) sizes.push(prebuilt('dist/components/budget-sunburst.js and its chunks', [...staticGraph([sunburst])]));
  return sizes;
}

/** The region page: `<budget-explorer>` as dist/components/budget-explorer.js ships it. */
export const EXPLORER_PAGE: PageSpec = { name: 'budget-explorer', entry: here('./pages/budget-explorer.ts'), compileHint: true };

/**
 * Builds the region page into bench/.out/budget-explorer/ as {@link bundle} builds every page: the
 * report views it imports once its index has loaded stay a chunk of their own. Returns the gzip
 * bytes of the entry and its static imports (`initial`) and of the chunks loaded later (`lazy`).
 */
export async function buildExplorerPage(): Promise<{ initial: Size; lazy: Size }> {
  const { initial, lazy } = await bundle(EXPLORER_PAGE);
  writeFileSync(`${OUT_DIR}${EXPLORER_PAGE.name}.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${EXPLORER_PAGE.name}</title>
<style>body{margin:0;font-family:system-ui,sans-serif}</style></head>
<body><div id="chart"></div><script type="module" src="/${EXPLORER_PAGE.name}/${EXPLORER_PAGE.name}.js"></script></body></html>`);
  return {
    initial: { ...initial, name: `${EXPLORER_PAGE.name} page, loaded with it` },
    lazy: { ...lazy, name: `${EXPLORER_PAGE.name} page, loaded once the index has` },
  };
}
