import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { renderSchemaFiles } from '../../scripts/schema-files.js';
import { budgetSchema } from '../../src/core/schema/budget-schema.js';

test('schema/budget.schema.json and the TypeScript types are generated from the current schema', async () => {
  for (const { path, text } of await renderSchemaFiles()) {
    const onDisk = await readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
    assert.ok(onDisk === text, `${path} is stale: run npm run schema`);
  }
});

test('the schema is JSON Schema 2020-12 and every $ref points at a definition', () => {
  assert.equal(budgetSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const refs = JSON.stringify(budgetSchema).match(/"#\/\$defs\/[A-Za-z]+"/g) ?? [];
  assert.ok(refs.length > 50);
  for (const ref of refs) assert.ok(JSON.parse(ref).slice(8) in budgetSchema.$defs, ref);
});

test('amounts can only be strings: no definition of a figure admits a JSON number', () => {
  const numberFields = JSON.stringify(budgetSchema).match(/"type":"number"/g);
  assert.equal(numberFields, null);
});

test('tests/fixtures/tiny-budget.json is the minimal document (npx tsx scripts/write-fixtures.ts)', async () => {
  const { minimalDocument } = await import('../fixtures/minimal-document.js');
  const onDisk = JSON.parse(await readFile(new URL('../fixtures/tiny-budget.json', import.meta.url), 'utf8'));
  assert.deepEqual(onDisk, minimalDocument());
});
