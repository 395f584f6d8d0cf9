#!/usr/bin/env node
// The built CLI when the package is built or installed; in a source checkout, the TypeScript
// source through tsx (a dev dependency), so `npx budget-viz` works before any build.
import { existsSync } from 'node:fs';

const built = new URL('../dist/lib/cli.js', import.meta.url);
let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
process.exitCode = await cli.main(process.argv.slice(2));
