#!/usr/bin/env node
// `npm test`: the node tests of the pure logic, then the browser tests in headless Chromium,
// then one plain "N passed, N failed" line over both, which CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status ?? 1;
const readCounts = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1 };
  }
};

const nodeStatus = run('npm', ['run', '--silent', 'test:node', '--', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-count-reporter.js', `--test-reporter-destination=${results}/node.json`]);
// The browser tests load the built files as a portal would: dist/budget-viz.js, and the iframe
// embed (dist/embed/, dist/budget-viz-embed.js). The three builds are independent: run together.
const runAsync = (command, args) =>
  new Promise((resolve) => spawn(command, args, { stdio: 'inherit', shell: false }).on('close', (code) => resolve(code ?? 1)).on('error', () => resolve(1)));
const builds = await Promise.all(['standalone', 'embed', 'embed-script'].map((mode) => runAsync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'])));
const bundleStatus = builds.every((status) => status === 0) ? 0 : 1;
const browserStatus = bundleStatus === 0 ? run('npm', ['run', '--silent', 'test:browser']) : 1;

const counts = [readCounts(`${results}/node.json`), readCounts(`${results}/browser.json`)];
const passed = counts.reduce((sum, c) => sum + c.passed, 0);
let failed = counts.reduce((sum, c) => sum + c.failed, 0);
// A runner that failed without failing a test (it crashed, or found no test) still fails the run.
if ((nodeStatus !== 0 || browserStatus !== 0) && failed === 0) failed = 1;
if (passed === 0) failed = Math.max(failed, 1);
console.log(`\nnode: ${counts[0].passed} passed, ${counts[0].failed} failed; browser: ${counts[1].passed} passed, ${counts[1].failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
