/**
 * Properties of validateBudgetFile (src/core/validate/index.ts) with fast-check, 1,000 runs each
 * with a fixed seed: whatever it is given — arbitrary JSON, any JavaScript value a page can set
 * as `.data`, a real document with nodes replaced, keys deleted or added (`__proto__`,
 * `constructor` …), nesting thousands of levels deep, huge strings — it returns, never throws:
 * either valid with the value, or issues each naming a JSON path, in Chinese and English. A
 * key the schema does not define is refused whatever its name, and what the validator accepts
 * the checker can read.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkDocument } from '../../src/core/check/index.js';
import { formatPath } from '../../src/core/validate/issue.js';
import { parseBudgetJson, validateBudgetFile } from '../../src/core/validate/index.js';
import { buildDocument, buildJsValue, buildValue, HOSTILE_KEYS, jsonInput, jsValueRecipe, RUNS, SEED, TEST_SCALE, validatorRecipe, valueSpec } from '../fixtures/arbitraries.js';
import { baseInputs } from '../fixtures/node-inputs.js';
import { jsonText, validationProblems } from '../fixtures/invariants.js';

const params = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };

test('arbitrary JSON, nesting up to 3,000 levels and strings up to 100,000 characters: never throws; valid, or issues with a path and a bilingual message', () => {
  fc.assert(
    fc.property(jsonInput(TEST_SCALE), (spec) => {
      const input = buildValue(spec);
      assert.deepEqual(validationProblems(input, validateBudgetFile(input)), []);
    }),
    params,
  );
});

test('the same as JSON text through parseBudgetJson, whole or cut short', () => {
  fc.assert(
    fc.property(jsonInput(TEST_SCALE), fc.option(fc.nat(), { nil: undefined }), (spec, cut) => {
      const text = jsonText(buildValue(spec));
      const input = cut === undefined ? text : text.slice(0, cut % (text.length + 1));
      const result = parseBudgetJson(input);
      assert.deepEqual(validationProblems(result.valid ? result.value : undefined, result), []);
    }),
    params,
  );
});

test('any JavaScript value a page may set as .data (NaN, -0, bigint, Map, null prototypes, sparse arrays …): never throws; what it accepts can be checked', () => {
  fc.assert(
    fc.property(jsValueRecipe(baseInputs()), (recipe) => {
      const input = buildJsValue(recipe, baseInputs());
      const result = validateBudgetFile(input);
      assert.deepEqual(validationProblems(input, result), []);
      // What the validator accepts, the views and the checker can read.
      if (result.valid && result.value.type === 'budget-document') checkDocument(result.value);
    }),
    params,
  );
});

test('a real document or collection mutated (nodes replaced, keys deleted or added, deep nesting, huge strings): never throws, never changes its input', () => {
  fc.assert(
    fc.property(validatorRecipe(TEST_SCALE, baseInputs()), (recipe) => {
      const input = buildDocument(recipe, baseInputs());
      const before = jsonText(input);
      const result = validateBudgetFile(input);
      assert.deepEqual(validationProblems(input, result), []);
      assert.equal(jsonText(input), before, 'the validator changed its input');
    }),
    params,
  );
});

test('a key the schema does not define (__proto__, constructor, toString …) is refused at its path, in the document and in meta', () => {
  const defined = new Set(['type']);
  const keys = HOSTILE_KEYS.filter((k) => !defined.has(k));
  fc.assert(
    fc.property(
      fc.constantFrom(...[...baseInputs()].filter(([, v]) => (v as { type: string }).type === 'budget-document').map(([name]) => name)),
      fc.constantFrom(...keys),
      fc.constantFrom([] as string[], ['meta']),
      valueSpec(TEST_SCALE),
      (base, key, where, value) => {
        const input = buildDocument({ base, ops: [] }, baseInputs()) as Record<string, unknown>;
        const target = (where.length ? input[where[0]!] : input) as Record<string, unknown>;
        Object.defineProperty(target, key, { value: buildValue(value), enumerable: true, writable: true, configurable: true });
        const result = validateBudgetFile(input);
        assert.deepEqual(validationProblems(input, result), []);
        assert.equal(result.valid, false, `${formatPath([...where, key])} was accepted`);
        assert.ok(
          result.issues.some((i) => i.path === formatPath([...where, key])),
          `no issue at ${formatPath([...where, key])}: ${result.issues.map((i) => i.path).join(', ')}`,
        );
      },
    ),
    params,
  );
});
