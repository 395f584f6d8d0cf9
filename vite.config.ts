import { defineConfig } from 'vite';

/** Kept out of the library build: a bundler that uses budget-viz brings one copy of each. */
const EXTERNAL = [/^lit($|\/)/, /^@lit\//, /^d3-/, /^decimal\.js$/, /^pdfjs-dist($|\/)/, /^node:/];

export default defineConfig(({ mode }) => {
  if (mode === 'standalone') {
    // dist/budget-viz.js: one self-contained ES module for a <script type="module"> tag.
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        lib: { entry: 'src/budget-viz.ts', formats: ['es'], fileName: () => 'budget-viz.js' },
      },
    };
  }
  return {
    server: { port: 5173, strictPort: false },
    build: {
      outDir: 'dist/lib',
      lib: {
        entry: { index: 'src/index.ts', core: 'src/core/index.ts', cli: 'src/cli/main.ts' },
        formats: ['es'],
      },
      rolldownOptions: { external: EXTERNAL },
    },
  };
});
