import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderValidator, VALIDATOR_PATH } from '../../scripts/generate-validator.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('the generated validator is up to date with the schema (npm run validator)', () => {
  // As text, so that a failure shows where the two differ.
  assert.equal(readFileSync(join(ROOT, VALIDATOR_PATH), 'utf8'), renderValidator(), `${VALIDATOR_PATH} is stale: run npm run validator`);
});

test('npm run validator -- --check exits 0 when the file is current, and writes nothing', () => {
  const before = readFileSync(join(ROOT, VALIDATOR_PATH), 'utf8');
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/generate-validator.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(join(ROOT, VALIDATOR_PATH), 'utf8'), before);
});
