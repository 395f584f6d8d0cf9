#!/usr/bin/env node
// Runs every tests/{core,data,cli,build,docs}/**/*.test.ts with node's test runner through tsx. Node 20's
// runner takes no globs, so the files are listed here; extra arguments go to `node --test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIRECTORIES = ['tests/core', 'tests/data', 'tests/cli', 'tests/build', 'tests/docs'];
const files = DIRECTORIES.flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(dir, name)),
).sort();
if (files.length === 0) {
  console.error('No node test files found.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
