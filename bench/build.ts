/**
 * Bundles each benchmark page with one esbuild configuration (ES module, minified, ES2022), so
 * that the bytes of budget-viz and of its peers are counted the same way.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = fileURLToPath(new URL('./.out/', import.meta.url));
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface PageSpec {
  /** Name in the results. */
  name: string;
  entry: string;
  define?: Record<string, string>;
}

/** The sunburst pages, one per library and renderer; budget-viz first, the one the ratios divide. */
export const PAGES: readonly PageSpec[] = [
  { name: 'budget-viz', entry: here('./pages/budget-viz.ts') },
  { name: 'echarts-canvas', entry: here('./pages/echarts.ts'), define: { RENDERER: '"canvas"' } },
  { name: 'echarts-svg', entry: here('./pages/echarts.ts'), define: { RENDERER: '"svg"' } },
  { name: 'highcharts', entry: here('./pages/highcharts.ts') },
  { name: 'd3', entry: here('./pages/d3.ts') },
];

export const REPORT_PAGE: PageSpec = { name: 'budget-report', entry: here('./pages/budget-report.ts') };

/** Our whole library the same way, for its size alone (no page code). */
const LIBRARY: PageSpec = { name: 'budget-viz library (src/budget-viz.ts)', entry: here('../src/budget-viz.ts') };

export interface Size {
  name: string;
  /** How it was made: this harness's esbuild, or a file another build wrote. */
  source: string;
  bytes: number;
  gzip: number;
}

const gzipBytes = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

async function bundle(spec: PageSpec, file: string): Promise<Size> {
  const result = await build({
    entryPoints: [spec.entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"', ...spec.define },
    outfile: file,
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  writeFileSync(file, code);
  return { name: spec.name, source: 'esbuild, minified', bytes: code.length, gzip: gzipBytes(code) };
}

function page(spec: PageSpec): string {
  // A fixed 640 × 640 box for every library; the font is the one budget-viz measures with.
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${spec.name}</title>
<style>body{margin:0;font-family:system-ui,sans-serif}#chart{width:640px;height:640px}</style></head>
<body><div id="chart"></div><script type="module" src="/${spec.name}.js"></script></body></html>`;
}

/** Builds every page into bench/.out/ and returns the gzip sizes, the prebuilt dist files included. */
export async function buildPages(): Promise<Size[]> {
  mkdirSync(OUT_DIR, { recursive: true });
  const sizes: Size[] = [];
  for (const spec of [...PAGES, REPORT_PAGE]) {
    sizes.push(await bundle(spec, `${OUT_DIR}${spec.name}.js`));
    writeFileSync(`${OUT_DIR}${spec.name}.html`, page(spec));
  }
  sizes.push(await bundle(LIBRARY, `${OUT_DIR}library.js`));
  for (const [name, path] of [
    ['dist/budget-viz.js (vite build)', '../dist/budget-viz.js'],
    ['dist/components/budget-sunburst.js', '../dist/components/budget-sunburst.js'],
  ]) {
    const file = here(path);
    if (!existsSync(file)) continue;
    const code = readFileSync(file);
    sizes.push({ name, source: 'prebuilt', bytes: code.length, gzip: gzipBytes(code) });
  }
  return sizes;
}
