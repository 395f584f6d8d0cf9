/**
 * What a page downloads, after `npm run build`: `npx tsx bench/bytes.ts`. Prints and writes
 * bench/bytes.json with the gzip bytes of dist/budget-viz.js and, for a page that shows one
 * element (dist/components/<tag>.js), the bytes of the entry and every chunk it imports
 * statically, and apart from them what loads only when asked for (dynamic `import()`). Asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-card', 'budget-project-cards', 'budget-audit', 'budget-report', 'budget-explorer'];

/** `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"` of a built file. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$\s{},*]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
/** `import("./x.js")`, in any quotes: rolldown writes template literals (`import(\`./x.js\`)`). */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

function importsOf(file: string, pattern: RegExp): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => resolve(dirname(file), m[1]));
}

/** Every file loaded with `entry` before it runs: the entry and its static imports, transitively. */
function staticGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file, STATIC_IMPORT)) visit(next);
  };
  for (const entry of entries) visit(entry);
  return seen;
}

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
  const dynamic = [...initial].flatMap((file) => importsOf(file, DYNAMIC_IMPORT));
  const lazy = [...staticGraph(dynamic)].filter((file) => !initial.has(file));
  return { initial: sum(initial), files: [...initial].map(name), lazy: sum(lazy), lazyFiles: lazy.map(name) };
}

const standalone = join(DIST, 'budget-viz.js');
if (!existsSync(standalone)) throw new Error('dist/budget-viz.js is missing: run npm run build');
const result = {
  standalone: { file: 'budget-viz.js', gzip: gzipBytes(standalone), bytes: readFileSync(standalone).length },
  pages: Object.fromEntries(TAGS.filter((tag) => existsSync(join(DIST, 'components', `${tag}.js`))).map((tag) => [tag, page(join(DIST, 'components', `${tag}.js`))])),
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/budget-viz.js${' '.repeat(16)}${kb(result.standalone.gzip).padStart(9)} gzip (${kb(result.standalone.bytes)} minified)`);
for (const [tag, p] of Object.entries(result.pages)) {
  console.log(`<${tag}> page${' '.repeat(Math.max(1, 27 - tag.length))}${kb(p.initial).padStart(9)} gzip in ${p.files.length} files${p.lazy ? `, ${kb(p.lazy)} more on demand` : ''}`);
}
writeFileSync(join(ROOT, 'bench/bytes.json'), `${JSON.stringify(result, null, 2)}\n`);
