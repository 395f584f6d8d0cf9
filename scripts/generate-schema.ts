/**
 * Writes schema/budget.schema.json and src/core/schema/budget-types.generated.ts from the schema
 * written in src/core/schema/. `--check` writes nothing and exits 1 when either file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderSchemaFiles } from './schema-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let stale = false;
for (const { path, text } of await renderSchemaFiles()) {
  const current = await readFile(root + path, 'utf8').catch(() => '');
  if (current === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run schema`);
    stale = true;
  } else {
    await writeFile(root + path, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
