/**
 * pdfjs-dist is an optional peer dependency: a web app that installs budget-viz does not get it,
 * and the import CLI says how to add it when a PDF is given.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const BIN = path('../../bin/budget-viz.js');
const WITHOUT_PDFJS = path('../fixtures/loaders/without-pdfjs.mjs');
const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'budget-viz-nopdf-')), name);

const importWithoutPdfjs = (...args: string[]) => spawnSync(process.execPath, ['--import', WITHOUT_PDFJS, BIN, 'import', ...args], { encoding: 'utf8' });

test('installing budget-viz does not install pdfjs-dist', () => {
  const manifest = JSON.parse(readFileSync(path('../../package.json'), 'utf8'));
  assert.equal(manifest.dependencies['pdfjs-dist'], undefined);
  assert.equal(manifest.peerDependenciesMeta['pdfjs-dist'].optional, true);
});

test('without pdfjs-dist, importing a PDF says how to install it, in Chinese and English', () => {
  const pdf = path('../fixtures/sh-putuo-wanli-2025-dept.pdf');
  const zh = importWithoutPdfjs(pdf, '-o', out('zh.json'));
  assert.equal(zh.status, 2, zh.stderr);
  assert.match(zh.stderr, /读取 PDF 需要 pdfjs-dist.*npm install pdfjs-dist/);
  const en = importWithoutPdfjs(pdf, '--lang', 'en', '-o', out('en.json'));
  assert.match(en.stderr, /reading a PDF needs pdfjs-dist.*npm install pdfjs-dist/);
});

test('without pdfjs-dist, a report as text is imported as before', () => {
  const target = out('fenyang.json');
  const result = importWithoutPdfjs(path('../fixtures/fenyang-xinfang-2024-budget.txt'), '-o', target);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(readFileSync(target, 'utf8')).meta.fiscalYear, 2024);
});
