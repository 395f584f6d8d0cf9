/**
 * Properties of checkDocument (src/core/check/index.ts) with fast-check, 1,000 runs with a fixed
 * seed: on every schema-valid variant of a real document — amounts replaced by other valid
 * decimals (up to 30 significant digits, up to 1,200 zeros after the point, percentages of
 * thousands of digits), rows and claims removed, repeated or cut off — it returns findings,
 * never throws, and every finding has the fields `Finding` promises with no "NaN",
 * "Infinity" or "undefined" in its text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkDocument, RULES } from '../../src/core/check/index.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { buildDocument, checkerRecipe, RUNS, SEED, TEST_SCALE } from '../fixtures/arbitraries.js';
import { findingProblems } from '../fixtures/invariants.js';
import { baseInputs } from '../fixtures/node-inputs.js';

const params = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };
const RULE_IDS = new Set(RULES.map((r) => r.id));

test('every schema-valid mutated document: never throws; findings complete, with no NaN, Infinity or undefined', () => {
  let checked = 0;
  let found = 0;
  fc.assert(
    fc.property(checkerRecipe(TEST_SCALE, baseInputs()), (recipe) => {
      const doc = buildDocument(recipe, baseInputs());
      fc.pre(validateBudgetFile(doc).valid);
      const findings = checkDocument(doc as BudgetDocument);
      assert.ok(Array.isArray(findings));
      assert.deepEqual(findings.flatMap((f) => findingProblems(f, RULE_IDS)), []);
      checked += 1;
      found += findings.length;
    }),
    params,
  );
  // Not vacuous: the runs that counted were valid documents, and the rules found something in them.
  assert.ok(checked >= RUNS, `${checked} documents checked`);
  assert.ok(found > RUNS, `${found} findings`);
});
