import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONFORMANCE_PATH, renderConformance } from '../../scripts/generate-conformance.js';
import { renderValidator, VALIDATOR_PATH } from '../../scripts/generate-validator.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test('the generated validator and quick check are up to date with the schema (npm run validator)', () => {
  // As text, so that a failure shows where the two differ.
  assert.equal(readFileSync(join(ROOT, VALIDATOR_PATH), 'utf8'), renderValidator(), `${VALIDATOR_PATH} is stale: run npm run validator`);
  assert.equal(readFileSync(join(ROOT, CONFORMANCE_PATH), 'utf8'), renderConformance(), `${CONFORMANCE_PATH} is stale: run npm run validator`);
});

test('npm run validator -- --check exits 0 when the file is current, and writes nothing', () => {
  const before = [VALIDATOR_PATH, CONFORMANCE_PATH].map((path) => readFileSync(join(ROOT, path), 'utf8'));
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/generate-validator.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([VALIDATOR_PATH, CONFORMANCE_PATH].map((path) => readFileSync(join(ROOT, path), 'utf8')), before);
});
