/**
 * Properties of the readers of the 说明 with fast-check, 1,000 runs each with a fixed seed: the
 * Shanghai-style reader (src/core/import/narrative.ts), the 情况说明 reader
 * (src/core/import/statements.ts), the base words (src/core/claim-words.ts) and the prior-year
 * figure a quote states (src/core/check/claim-changes.ts). On any text they return, never
 * throw; on statements generated from a grammar ("比上年增加65.01万元，增长15.50%" with random
 * figures) they read back exactly the figures written, as decimal strings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findBase, parseBaseWords, threePublicItem } from '../../src/core/claim-words.js';
import { statedPreviousYear } from '../../src/core/check/claim-changes.js';
import { ImportContext } from '../../src/core/import/context.js';
import { normaliseText } from '../../src/core/import/lines.js';
import { parseNarrative, subjectLevels } from '../../src/core/import/narrative.js';
import { parseAmountToken } from '../../src/core/import/numbers.js';
import { parseStatements } from '../../src/core/import/statements.js';
import type { Claim } from '../../src/core/schema/budget-types.generated.js';
import { groupThousands, anyDecimalString, moneyUnit, RUNS, SEED, TEST_SCALE } from '../fixtures/arbitraries.js';
import { buildClaimText, claimTextRecipe, statementSpec, statementsReport, statementText } from '../fixtures/text-arbitraries.js';
import { statementProblems } from '../fixtures/invariants.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const params = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };

/** Both readers on `body` placed in their 说明 part; the claims each reads. */
function readBoth(body: string): { narrative: Claim[]; statements: Claim[] } {
  const doc = minimalDocument();
  const narrative = parseNarrative(normaliseText(statementsReport('narrative', body)), doc, [], new ImportContext());
  const statements = parseStatements(normaliseText(statementsReport('statements', body)), doc, () => false, new ImportContext());
  return { narrative: narrative.claims, statements: statements.claims };
}

const anyText = claimTextRecipe(TEST_SCALE).map(buildClaimText);

test('any text, in a 说明 part: both readers return, never throw', () => {
  fc.assert(
    fc.property(anyText, (body) => {
      const { narrative, statements } = readBoth(body);
      assert.ok(Array.isArray(narrative) && Array.isArray(statements));
    }),
    params,
  );
});

test('the words readers on any text: never throw', () => {
  fc.assert(
    fc.property(anyText, fc.integer({ min: 1900, max: 2100 }), (text, year) => {
      parseBaseWords(text);
      threePublicItem(text);
      subjectLevels(text);
      parseAmountToken(text);
      statedPreviousYear(text, year);
      findBase([{ words: text, basis: 'budget', amount: '1' }, { words: '上年预算', basis: 'budget', year: year - 1, amount: '2' }], text, year);
    }),
    params,
  );
});

test('a generated statement, alone in its paragraph: the amount, unit, change and share are read back exactly', () => {
  fc.assert(
    fc.property(statementSpec(), (spec) => {
      const doc = minimalDocument();
      const text = statementsReport(spec.style, statementText(spec));
      const claims =
        spec.style === 'narrative'
          ? parseNarrative(normaliseText(text), doc, [], new ImportContext()).claims
          : parseStatements(normaliseText(text), doc, () => false, new ImportContext()).claims;
      assert.deepEqual(statementProblems(spec, claims), [], statementText(spec));
    }),
    params,
  );
});

test('a stated prior-year figure ("2023年预算为X万元") is found with its amount and unit', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('上年', '2023年'),
      fc.constantFrom('预算', '当年预算执行数', '决算数', ''),
      fc.constantFrom('为', '是'),
      anyDecimalString({ maxLeadingZeros: 3 }, 20),
      moneyUnit,
      fc.constantFrom('', '，比上年增加1万元', '；主要原因是人员变动'),
      (year, words, verb, amount, unit, after) => {
        const found = statedPreviousYear(`收入预算10万元，${year}${words}${verb}${amount}${unit}${after}`, 2023);
        assert.deepEqual(found, { words: `${year}${words}`, amount, unit });
      },
    ),
    params,
  );
});

test('printed amounts ("1,234.50", "0.00", "-") read as plain decimals with their decimals kept', () => {
  fc.assert(
    fc.property(anyDecimalString({ maxLeadingZeros: 40 }), fc.boolean(), (amount, grouped) => {
      assert.equal(parseAmountToken(grouped ? groupThousands(amount) : amount), amount);
    }),
    params,
  );
});
