/**
 * V8's explicit compile hint (Chrome and Edge 136+; any other engine reads a comment): the
 * functions of a file that begins with it are compiled on the background thread that streams the
 * file, instead of one at a time on the main thread the first time each is called. An element's
 * first render calls nearly every function of the files its page loads up front, so the hint moves
 * that compiling out of the first render and into the file's loading (bench/RESULTS.md measures both).
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** What {@link filesLoadedUpFront} needs to know of an output file. */
export interface OutputFile {
  fileName: string;
  isEntry: boolean;
  /** The files it imports statically. */
  imports: readonly string[];
  /** The files it imports by `import()`. */
  dynamicImports: readonly string[];
}

/**
 * The entries and every file they import statically, transitively: what a page loads with its
 * script tag. A chunk reached only by `import()` is loaded when a reader asks for what it does
 * (an export, the issues of a refused document), and most of its functions may never run; except,
 * with `entriesImportTheirView`, a chunk an entry itself imports by `import()`: the embed's page
 * picks the one view it shows from its address and imports it at once.
 */
export function filesLoadedUpFront(files: readonly OutputFile[], { entriesImportTheirView = false } = {}): Set<string> {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name) || !byName.has(name)) return;
    found.add(name);
    byName.get(name)!.imports.forEach(visit);
  };
  for (const entry of files.filter((file) => file.isEntry)) {
    visit(entry.fileName);
    if (entriesImportTheirView) entry.dynamicImports.forEach(visit);
  }
  return found;
}
