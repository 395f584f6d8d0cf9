// The files pages load: dist/budget-viz.js whole, and one file per element in dist/components/.
// Builds them and checks their shape; how many bytes they are is bench/bytes.ts's to report.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { staticGraph as staticGraphOf } from '../../bench/static-graph.js';
import { COMPILE_HINT } from '../../scripts/compile-hints.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPONENTS = join(ROOT, 'dist/components');
const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-card', 'budget-project-cards', 'budget-audit', 'budget-report', 'budget-explorer'];
/** A rule id of src/core/check, in any quotes: code of the check rules. */
const CHECK_RULES_MARK = /[`'"]summary-totals[`'"]/;

before(() => {
  for (const mode of ['standalone', 'components', 'embed']) {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  }
});

/** Minified: no JSDoc and no statement on an indented line of its own (template literals keep their lines). */
function assertMinified(file: string): void {
  const code = readFileSync(file, 'utf8');
  assert.ok(!code.includes('/**'), `${file} keeps comments`);
  assert.doesNotMatch(code, /\n\s+(?:const|let|var|return|function)\s/, `${file} keeps its indentation`);
}

/** The entry and every file it imports statically, transitively. */
const staticGraph = (entry: string): string[] => [...staticGraphOf([entry])];

const namesTag = (files: string[], tag: string) => files.some((file) => new RegExp(`[\`'"]${tag}[\`'"]`).test(readFileSync(file, 'utf8')));

test('dist/budget-viz.js is one minified module that needs no other file', () => {
  const file = join(ROOT, 'dist/budget-viz.js');
  assertMinified(file);
  const code = readFileSync(file, 'utf8');
  assert.doesNotMatch(code, /\bimport\s*\(|\bfrom\s*["']|\bimport\s*["']/, 'imports another file');
  for (const tag of TAGS) assert.ok(code.includes(tag), tag);
  assert.match(code, CHECK_RULES_MARK, 'the check rules are inlined');
});

test('every element has its own minified entry in dist/components/, which defines it', () => {
  for (const tag of TAGS) {
    const entry = join(COMPONENTS, `${tag}.js`);
    assert.ok(existsSync(entry), `dist/components/${tag}.js`);
    const graph = staticGraph(entry);
    for (const file of graph) {
      assert.ok(existsSync(file), `${file}, imported by the page of ${tag}`);
      assertMinified(file);
    }
    assert.ok(namesTag(graph, tag), `nothing in the page of ${tag} names its tag`);
  }
  const report = staticGraph(join(COMPONENTS, 'budget-report.js'));
  for (const view of ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit']) assert.ok(namesTag(report, view), `the report's page lacks ${view}`);
  assert.deepEqual(readdirSync(COMPONENTS).filter((name) => name.endsWith('.js')).sort(), TAGS.map((tag) => `${tag}.js`).sort(), 'only element entries beside chunks/');
});

test('no page loads the check rules up front: the audit fetches them when it first checks a document', () => {
  for (const tag of TAGS) {
    for (const file of staticGraph(join(COMPONENTS, `${tag}.js`))) assert.doesNotMatch(readFileSync(file, 'utf8'), CHECK_RULES_MARK, `${tag} loads ${file}`);
  }
});

/** The validator's message for an undefined field: code of the schema's issues and their messages. */
const SCHEMA_ISSUES_MARK = /已定义的字段之一/;

test('no view page loads the schema issues and their messages up front: they are fetched for a document that fails', () => {
  for (const tag of TAGS) {
    for (const file of staticGraph(join(COMPONENTS, `${tag}.js`))) assert.doesNotMatch(readFileSync(file, 'utf8'), SCHEMA_ISSUES_MARK, `${tag} loads ${file}`);
  }
  assert.ok(readdirSync(join(COMPONENTS, 'chunks')).some((name) => SCHEMA_ISSUES_MARK.test(readFileSync(join(COMPONENTS, 'chunks', name), 'utf8'))), 'a chunk holds them');
  assert.match(readFileSync(join(ROOT, 'dist/budget-viz.js'), 'utf8'), SCHEMA_ISSUES_MARK, 'the standalone file inlines them');
});

/** Code of the export (image framing, ZIP): the font stack of exported images and the ZIP's media type. */
const EXPORT_MARKS = [/Hiragino Sans GB/, /application\/zip/];

test('no page loads the export code up front: it is fetched when a view is first exported', () => {
  for (const tag of TAGS) {
    for (const file of staticGraph(join(COMPONENTS, `${tag}.js`))) {
      for (const mark of EXPORT_MARKS) assert.doesNotMatch(readFileSync(file, 'utf8'), mark, `${tag} loads ${file}`);
    }
  }
  const standalone = readFileSync(join(ROOT, 'dist/budget-viz.js'), 'utf8');
  for (const mark of EXPORT_MARKS) assert.match(standalone, mark, 'the standalone file inlines the export code');
});

/** The first digits of ln 10 as decimal.js writes them: its constant that only removed methods need. */
const LN10_DIGITS = '2.30258509299404568401799145468436420760110148862877';

test('the bundles ship the lean decimal.js (scripts/lean-decimal.js), not the whole library', () => {
  const files = [join(ROOT, 'dist/budget-viz.js'), ...TAGS.flatMap((tag) => staticGraph(join(COMPONENTS, `${tag}.js`)))];
  for (const file of new Set(files)) assert.ok(!readFileSync(file, 'utf8').includes(LN10_DIGITS), `${file} inlines decimal.js's ln 10`);
  assert.match(readFileSync(join(ROOT, 'dist/budget-viz.js'), 'utf8'), /\[DecimalError\]/, 'decimal.js is in the standalone file');
});

test('every file a page loads up front begins with V8\'s compile hint; a chunk loaded on demand does not', () => {
  const upFront = new Set([join(ROOT, 'dist/budget-viz.js'), ...TAGS.flatMap((tag) => staticGraph(join(COMPONENTS, `${tag}.js`)))]);
  for (const file of upFront) assert.ok(readFileSync(file, 'utf8').startsWith(`${COMPILE_HINT}\n`), `${file} lacks the hint`);
  const onDemand = readdirSync(join(COMPONENTS, 'chunks')).map((name) => join(COMPONENTS, 'chunks', name)).filter((file) => !upFront.has(file));
  assert.ok(onDemand.length > 0, 'no chunk loads on demand');
  for (const file of onDemand) assert.ok(!readFileSync(file, 'utf8').includes(COMPILE_HINT), `${file} has the hint`);
});

test('the embed page\'s entry and each view it imports at once carry the compile hint; what loads later does not', () => {
  const assets = join(ROOT, 'dist/embed/assets');
  const names = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const code = (name: string) => readFileSync(join(assets, name), 'utf8');
  const hinted = (name: string) => code(name).startsWith(`${COMPILE_HINT}\n`);
  const entry = names.find((name) => name.startsWith('embed-'))!;
  assert.ok(hinted(entry), `${entry} lacks the hint`);
  const views = [...code(entry).matchAll(/import\(`\.\/([^`]+)`\)/g)].map((match) => match[1]);
  assert.ok(views.some((name) => name.startsWith('budget-sunburst-')), 'the entry imports the sunburst view');
  for (const view of views) assert.ok(hinted(view), `${view} lacks the hint`);
  for (const name of names.filter((name) => CHECK_RULES_MARK.test(code(name)) || SCHEMA_ISSUES_MARK.test(code(name)))) assert.ok(!hinted(name), `${name} has the hint`);
});
