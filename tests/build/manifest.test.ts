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
  assert.deepEqual(sunburst.events.map((e: { name: string }) => e.name).sort(), ['budget-error', 'budget-export', 'budget-load', 'budget-select']);
  assert.ok(sunburst.cssParts.some((p: { name: string }) => p.name === 'arc'));
  assert.ok(sunburst.cssParts.some((p: { name: string }) => p.name === 'export-menu'));
  assert.deepEqual(
    ['toSVG', 'toPNG', 'toCSV', 'toZip'].filter((name) => !sunburst.members.some((m: { name: string }) => m.name === name)),
    [],
    'the export methods are documented',
  );
  assert.ok(sunburst.cssProperties.some((p: { name: string }) => p.name === '--budget-color-focus'));
});

interface Member {
  name: string;
  kind: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
}

test('the manifest holds the public API only: no private, protected, _ or # or @internal member of any element', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
  const elements = declarations.filter((d) => d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), [
    'budget-audit', 'budget-explorer', 'budget-headline', 'budget-project-card', 'budget-project-cards', 'budget-report', 'budget-split', 'budget-sunburst', 'budget-yoy',
  ]);
  // Members tagged @internal in the source (and overrides of them in subclasses).
  const internal = ['attributeRules', 'loadsAllEntries', 'checkCollection'];
  for (const declaration of declarations) {
    for (const member of declaration.members ?? []) {
      const where = `${declaration.tagName ?? declaration.name}.${member.name}`;
      assert.ok(!member.privacy || member.privacy === 'public', `${where} is ${member.privacy}`);
      assert.ok(!/^[_#]/.test(member.name), `${where} is private by its name`);
      assert.ok(!internal.includes(member.name), `${where} is @internal`);
    }
    const fields = new Set((declaration.members ?? []).map((m) => m.name));
    for (const attribute of declaration.attributes ?? []) {
      assert.ok(!attribute.fieldName || fields.has(attribute.fieldName), `${declaration.name}: attribute ${attribute.name} has no public field`);
    }
  }
  // Only the elements and the base class they share are API; the helpers beside them are not.
  assert.deepEqual(declarations.filter((d) => !d.tagName).map((d) => d.name), ['BudgetElement']);
  const sunburst = elements.find((d) => d.tagName === 'budget-sunburst')!;
  const names = (sunburst.members ?? []).map((m) => m.name);
  for (const hidden of ['activeId', 'handleKeyDown', 'zoomGeneration', 'renderDocument', 'emit']) assert.ok(!names.includes(hidden), `budget-sunburst.${hidden} is not API`);
  for (const shown of ['metric', 'selected', 'maxArcs', 'src', 'data', 'entry', 'timeout', 'lang', 'unit', 'theme', 'showTable', 'print']) {
    assert.ok(names.includes(shown), `budget-sunburst.${shown} is API`);
  }
  assert.ok(sunburst.attributes!.some((a) => a.name === 'max-arcs'));
});
