import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('custom-elements.json is up to date with the components (npm run manifest)', () => {
  // The analyzer puts its output under the working directory whatever the path given.
  const outdir = '.test-results/cem';
  rmSync(join(ROOT, outdir), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', outdir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  const fresh = readFileSync(join(ROOT, outdir, 'custom-elements.json'), 'utf8');
  assert.ok(fresh === readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'), 'custom-elements.json is stale: run npm run manifest');
});

test('the manifest documents every element with its tag, events and parts', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).filter((d: { tagName?: string }) => d.tagName);
  const sunburst = elements.find((d: { tagName: string }) => d.tagName === 'budget-sunburst');
  assert.ok(sunburst, 'budget-sunburst is in the manifest');
  assert.deepEqual(sunburst.events.map((e: { name: string }) => e.name).sort(), ['budget-error', 'budget-load', 'budget-select']);
  assert.ok(sunburst.cssParts.some((p: { name: string }) => p.name === 'arc'));
  assert.ok(sunburst.cssProperties.some((p: { name: string }) => p.name === '--budget-color-focus'));
});
