#!/usr/bin/env node
// Checks the build contract after `npm run build`: the bundler entries keep lit, d3, decimal.js
// and React external and have type declarations; dist/budget-viz.js imports nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const problems = [];
const importsOf = (file) => [...readFileSync(file, 'utf8').matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);

for (const file of ['dist/lib/index.js', 'dist/lib/core.js', 'dist/lib/cli.js', 'dist/types/index.d.ts', 'dist/types/core/index.d.ts', 'dist/lib/react.js', 'dist/types/react/index.d.ts', 'dist/budget-viz.js']) {
  if (!existsSync(file)) problems.push(`${file} is missing`);
}
if (problems.length === 0) {
  const bare = importsOf('dist/budget-viz.js').filter((s) => !s.startsWith('.'));
  if (bare.length > 0) problems.push(`dist/budget-viz.js is not self-contained: imports ${bare.join(', ')}`);
  // Portals run strict CSPs without 'unsafe-eval': the bundle must not compile code at run time.
  if (/\bnew Function\(|\beval\(/.test(readFileSync('dist/budget-viz.js', 'utf8'))) problems.push('dist/budget-viz.js uses eval or new Function');
  const libImports = readdirSync('dist/lib').filter((f) => f.endsWith('.js')).flatMap((f) => importsOf(`dist/lib/${f}`));
  for (const pkg of ['lit', 'decimal.js', 'react', '@lit/react']) {
    if (!libImports.some((s) => s === pkg || s.startsWith(`${pkg}/`))) problems.push(`dist/lib should import ${pkg}, not bundle it`);
  }
}
if (problems.length > 0) {
  console.error(`Build contract broken:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Build contract holds: library entry with externals and types, self-contained dist/budget-viz.js.');
