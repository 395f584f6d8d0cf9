/**
 * What a page downloads, after `npm run build`: `npx tsx bench/bytes.ts`. Prints and writes
 * bench/bytes.json with the gzip bytes of dist/budget-viz.js and, for a page that shows one
 * element (dist/components/<tag>.js), the bytes of the entry and every chunk it imports
 * statically, and apart from them what loads only when asked for (dynamic `import()`). Asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dynamicImports, staticGraph } from './static-graph.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-card', 'budget-project-cards', 'budget-audit', 'budget-report', 'budget-explorer'];

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipBytes(file), 0);
const name = (file: string) => relative(DIST, file);

interface Page {
  /** gzip bytes of the entry and every chunk it imports statically. */
  initial: number;
  files: string[];
  /** gzip bytes of what only dynamic imports load (and the chunks those import, less what is loaded already). */
  lazy: number;
  lazyFiles: string[];
}

function page(entry: string): Page {
  const initial = staticGraph([entry]);
  const dynamic = dynamicImports(initial);
  const lazy = [...staticGraph(dynamic)].filter((file) => !initial.has(file));
  return { initial: sum(initial), files: [...initial].map(name), lazy: sum(lazy), lazyFiles: lazy.map(name) };
}

const standalone = join(DIST, 'budget-viz.js');
if (!existsSync(standalone)) throw new Error('dist/budget-viz.js is missing: run npm run build');
const result = {
  standalone: { file: 'budget-viz.js', gzip: gzipBytes(standalone), bytes: readFileSync(standalone).length },
  pages: Object.fromEntries(TAGS.filter((tag) => existsSync(join(DIST, 'components', `${tag}.js`))).map((tag) => [tag, page(join(DIST, 'components', `${tag}.js`))])),
};

// Written before printing: a reader that stops early (| head) ends the printing, not the file.
writeFileSync(join(ROOT, 'bench/bytes.json'), `${JSON.stringify(result, null, 2)}\n`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/budget-viz.js${' '.repeat(16)}${kb(result.standalone.gzip).padStart(9)} gzip (${kb(result.standalone.bytes)} minified)`);
for (const [tag, p] of Object.entries(result.pages)) {
  console.log(`<${tag}> page${' '.repeat(Math.max(1, 27 - tag.length))}${kb(p.initial).padStart(9)} gzip in ${p.files.length} files${p.lazy ? `, ${kb(p.lazy)} more on demand` : ''}`);
}
