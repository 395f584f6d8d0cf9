#!/usr/bin/env node
// In a source checkout (src/ present, tsx installed) the TypeScript source runs directly, so the
// command never uses a stale build; an installed package, which ships no src/, runs dist/.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let cli;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(source.href);
} else {
  cli = await import(new URL('../dist/lib/cli.js', import.meta.url).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
