// A web-test-runner plugin that serves React, which is published only as CommonJS, as ES
// modules: the dev server resolves bare imports but cannot run `require`. React and react-dom
// are bundled once, together, so the page has one copy of React (react-dom reads React's
// internals); each import specifier is then a small module that re-exports from that bundle.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__commonjs__/';
const BUNDLE = `${PREFIX}bundle.js`;

/** Import specifier → the name it has in the bundle. */
const PACKAGES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient', 'react/jsx-runtime': 'JsxRuntime' };
const shimPath = (specifier) => `${PREFIX}${specifier.replace(/\//g, '__')}.js`;

let bundle;
async function bundleText() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(PACKAGES).map(([specifier, name]) => `export { default as ${name} } from '${specifier}';`).join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/**
 * The names a package exports, read in a node of its own: React's module, loaded here, would
 * call the test runner's console, which is not ready for it.
 */
function exportedNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** `export const { a, b } = React;` with every name the package exports. */
function shimText(specifier) {
  const name = PACKAGES[specifier];
  const names = exportedNames(specifier).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import { ${name} } from '${BUNDLE}';\nexport default ${name};\nexport const { ${names.join(', ')} } = ${name};\n`;
}

export const commonjsForTests = {
  name: 'commonjs-for-tests',
  resolveImport({ source }) {
    return Object.hasOwn(PACKAGES, source) ? shimPath(source) : undefined;
  },
  async serve(context) {
    if (context.path === BUNDLE) return { body: await bundleText(), type: 'js' };
    const specifier = Object.keys(PACKAGES).find((s) => context.path === shimPath(s));
    return specifier ? { body: shimText(specifier), type: 'js' } : undefined;
  },
};
