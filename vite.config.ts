import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { COMPILE_HINT, filesLoadedUpFront } from './scripts/compile-hints.js';
import { isDecimalModule, leanDecimal } from './scripts/lean-decimal.js';
import { isStylesModule, minifyCssTemplates } from './scripts/minify-css-templates.js';

/** Kept out of the library build: a bundler that uses budget-viz brings one copy of each. */
const EXTERNAL = [/^lit($|\/)/, /^@lit\//, /^react($|\/)/, /^react-dom($|\/)/, /^d3-/, /^decimal\.js$/, /^pdfjs-dist($|\/)/, /^puppeteer-core$/, /^esbuild$/, /^node:/];

/** One file per element in dist/components/, each defining its element(s) when loaded. */
const ELEMENT_TAGS = [
  'budget-headline',
  'budget-sunburst',
  'budget-split',
  'budget-yoy',
  'budget-project-card',
  'budget-project-cards',
  'budget-audit',
  'budget-report',
  'budget-explorer',
] as const;

/**
 * Vite minifies an ES library without whitespace and names, to keep it tree-shakable; the
 * standalone files are for script tags, not bundlers, so they are minified in full.
 */
const MINIFY = { minify: true } as const;

/** decimal.js without the methods budget-viz never calls, in every bundle that inlines it. */
const LEAN_DECIMAL: Plugin = {
  name: 'lean-decimal',
  enforce: 'pre',
  transform(code, id) {
    return isDecimalModule(id) ? { code: leanDecimal(code), map: null } : undefined;
  },
};

/** The elements' styles without comments and indentation, which no minifier takes out of a template. */
const MINIFIED_STYLES: Plugin = {
  name: 'minify-css-templates',
  enforce: 'pre',
  transform(code, id) {
    return isStylesModule(id) ? { code: minifyCssTemplates(code), map: null } : undefined;
  },
};

/**
 * V8's compile hint (scripts/compile-hints.ts) at the top of every file a page loads up front, not
 * of the chunks loaded on demand; added to the written code, since minifying drops comments.
 */
const compileHints = (options?: Parameters<typeof filesLoadedUpFront>[1]): Plugin => ({
  name: 'compile-hints',
  generateBundle: {
    // After Vite's own plugins, one of which puts the map of preloaded chunks at the top of an entry.
    order: 'post',
    handler(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const upFront = filesLoadedUpFront(chunks, options);
      for (const chunk of chunks) if (upFront.has(chunk.fileName)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    },
  },
});

export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    // dist/budget-viz.js: one self-contained ES module for a <script type="module"> tag; the
    // check rules, loaded on demand elsewhere, are inlined so that the file needs no other.
    return {
      plugins: [LEAN_DECIMAL, MINIFIED_STYLES, compileHints()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        lib: { entry: 'src/budget-viz.ts', formats: ['es'], fileName: () => 'budget-viz.js' },
        rolldownOptions: { output: { ...MINIFY, codeSplitting: false } },
      },
    };
  }
  if (mode === 'components') {
    // dist/components/<tag>.js: a page loads only the elements it shows, and the chunks they share
    // once; the check rules are a chunk of their own that only <budget-audit> imports, when needed.
    return {
      plugins: [LEAN_DECIMAL, MINIFIED_STYLES, compileHints()],
      build: {
        outDir: 'dist/components',
        emptyOutDir: true,
        lib: { entry: Object.fromEntries(ELEMENT_TAGS.map((tag) => [tag, `src/elements/${tag}.ts`])), formats: ['es'] },
        rolldownOptions: { output: { ...MINIFY, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  if (mode === 'embed') {
    // dist/embed/embed.html: the iframe page for portals whose CMS strips module scripts, with
    // relative asset URLs so the folder can be served from anywhere; each view loads its chunk.
    return {
      plugins: [LEAN_DECIMAL, MINIFIED_STYLES, compileHints({ entriesImportTheirView: true })],
      base: './',
      build: {
        outDir: 'dist/embed',
        emptyOutDir: true,
        rolldownOptions: { input: { embed: fileURLToPath(new URL('./embed.html', import.meta.url)) } },
      },
    };
  }
  if (mode === 'embed-script') {
    // dist/budget-viz-embed.js: the parent page's script for those iframes, a classic ES2017
    // script (no imports, no exports) that sets each iframe's height from its messages.
    return {
      plugins: [LEAN_DECIMAL, MINIFIED_STYLES],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2017',
        lib: { entry: 'src/embed/budget-viz-embed.ts', formats: ['es'], fileName: () => 'budget-viz-embed.js' },
        rolldownOptions: { output: { ...MINIFY } },
      },
    };
  }
  return {
    plugins: [LEAN_DECIMAL, MINIFIED_STYLES],
    server: { port: 5173, strictPort: false },
    build: {
      outDir: 'dist/lib',
      lib: {
        entry: { index: 'src/index.ts', core: 'src/core/index.ts', cli: 'src/cli/main.ts', react: 'src/react/index.ts' },
        formats: ['es'],
      },
      rolldownOptions: { external: EXTERNAL },
    },
  };
});
