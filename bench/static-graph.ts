/** What a browser loads with a built ES module: the file and what it imports, read from the built code. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"` of a built file. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$\s{},*]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
/** `import("./x.js")`, in any quotes: rolldown writes template literals (`import(\`./x.js\`)`). */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function importsOf(file: string, pattern: RegExp): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => resolve(dirname(file), m[1]));
}

/** Every file loaded with `entries` before they run: the entries and their static imports, transitively. */
export function staticGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file, STATIC_IMPORT)) visit(next);
  };
  for (const entry of entries) visit(entry);
  return seen;
}

/** The files `files` load with `import()`, when asked. */
export function dynamicImports(files: Iterable<string>): string[] {
  return [...files].flatMap((file) => importsOf(file, DYNAMIC_IMPORT));
}
