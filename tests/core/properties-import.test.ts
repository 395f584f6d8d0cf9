/**
 * Properties of the text importer (importReportText, src/core/import/index.ts, what `budget-viz
 * import` runs) with fast-check, 1,000 runs with a fixed seed: on windows of up to 100 lines of
 * the bundled report texts, shuffled, cut, joined, with digits replaced and lines inserted, it
 * either throws its own ImportError or returns a schema-valid document whose warnings point at
 * lines of the input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { importReportText, ImportError, type ImportResult } from '../../src/core/import/index.js';
import { RUNS, SEED, TEST_SCALE } from '../fixtures/arbitraries.js';
import { buildReportText, textRecipe } from '../fixtures/text-arbitraries.js';
import { importProblems } from '../fixtures/invariants.js';

const params = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };

test('mutated report text: an ImportError or a schema-valid document, never another error', () => {
  let imported = 0;
  fc.assert(
    fc.property(textRecipe(TEST_SCALE), (recipe) => {
      const text = buildReportText(recipe);
      let result: ImportResult;
      try {
        result = importReportText(text);
      } catch (error) {
        if (error instanceof ImportError) return;
        throw error;
      }
      imported += 1;
      assert.deepEqual(importProblems(text, result), []);
    }),
    params,
  );
  // Not vacuous: a window often holds a table, so many runs import something.
  assert.ok(imported > RUNS / 5, `${imported} of ${RUNS} runs imported a document`);
});
