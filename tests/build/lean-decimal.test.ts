import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import FullDecimal from 'decimal.js';
import { REMOVED_METHODS, REMOVED_STATICS, isDecimalModule, leanDecimal } from '../../scripts/lean-decimal.js';

const decimalSource = readFileSync(createRequire(import.meta.url).resolve('decimal.js/decimal.mjs'), 'utf8');

async function importLean(): Promise<typeof FullDecimal> {
  const file = join(mkdtempSync(join(tmpdir(), 'lean-decimal-')), 'decimal.mjs');
  writeFileSync(file, leanDecimal(decimalSource));
  return (await import(pathToFileURL(file).href)).default;
}

/** Seeded amounts like a budget's: up to 13 integer digits, up to 10 decimals, some zeros. */
function amounts(count: number): string[] {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  return Array.from({ length: count }, () => {
    if (next(10) === 0) return '0';
    const integer = String(next(10 ** next(7)) * 10 ** next(7));
    const decimals = next(11);
    return decimals === 0 ? integer : `${integer}.${String(next(10 ** Math.min(decimals, 9))).padStart(decimals, '0')}`;
  });
}

test('the lean decimal.js computes what the full one does, for every operation budget-viz uses', async () => {
  const Lean = (await importLean()).clone({ precision: 40, rounding: FullDecimal.ROUND_HALF_UP });
  const Full = FullDecimal.clone({ precision: 40, rounding: FullDecimal.ROUND_HALF_UP });
  const values = amounts(300);
  for (let i = 0; i < values.length - 1; i++) {
    const [a, b] = [values[i], values[i + 1]];
    const [la, lb, fa, fb] = [new Lean(a), new Lean(b), new Full(a), new Full(b)];
    const same = (what: string, lean: unknown, full: unknown) => assert.equal(String(lean), String(full), `${what} of ${a} and ${b}`);
    same('plus', la.plus(lb), fa.plus(fb));
    same('minus', la.minus(lb), fa.minus(fb));
    same('times', la.times(lb), fa.times(fb));
    same('comparedTo', la.comparedTo(lb), fa.comparedTo(fb));
    same('toFixed', la.toFixed(2), fa.toFixed(2));
    same('toDecimalPlaces', la.toDecimalPlaces(1), fa.toDecimalPlaces(1));
    same('sd', la.sd(), fa.sd());
    same('round floor ceil', [la.round(), la.floor(), la.ceil()], [fa.round(), fa.floor(), fa.ceil()]);
    same('negated abs toNumber', [la.negated(), la.negated().abs(), la.toNumber()], [fa.negated(), fa.negated().abs(), fa.toNumber()]);
    same('max', Lean.max(la, lb), Full.max(fa, fb));
    if (!fb.isZero()) {
      same('div', la.div(lb), fa.div(fb));
      same('divToInt', la.divToInt(lb), fa.divToInt(fb));
    }
  }
  assert.equal(new Lean('1e-12').toFixed(12), '0.000000000001');
});

test('the lean decimal.js has none of the removed methods, and none of their constants is left', async () => {
  const Lean = await importLean();
  const one = new Lean(1) as unknown as Record<string, unknown>;
  for (const name of ['sqrt', 'pow', 'ln', 'log', 'exp', 'sin', 'toFraction']) assert.equal(one[name], undefined, name);
  for (const name of REMOVED_STATICS) assert.equal((Lean as unknown as Record<string, unknown>)[name], undefined, name);
  // Tree-shaken, the lean module must not refer to a constant whose declaration was removed.
  const bundled = await build({ stdin: { contents: leanDecimal(decimalSource), loader: 'js' }, bundle: true, minify: true, format: 'esm', write: false });
  const code = bundled.outputFiles[0].text;
  assert.doesNotMatch(code, /\b(LN10|PI|LN10_PRECISION|PI_PRECISION)\b/);
  assert.doesNotMatch(code, /2\.30258509|3\.14159265/);
});

test('a decimal.js whose source has changed fails the build rather than ship half a method', () => {
  const renamed = decimalSource.replace('P.squareRoot = P.sqrt', 'P.squareRootOf = P.sqrt');
  assert.throws(() => leanDecimal(renamed), /method squareRoot not found/);
  assert.equal(REMOVED_METHODS.includes('squareRoot'), true);
  assert.equal(isDecimalModule('/repo/node_modules/decimal.js/decimal.mjs?v=1'), true);
  assert.equal(isDecimalModule('/repo/node_modules/decimal.js/decimal.js'), false);
});
