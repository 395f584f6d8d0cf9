/**
 * Property: every schema-valid document (the bundled ones with other amounts, rows removed,
 * repeated or cut) is drawn by every element, or the element names why in its error state;
 * never the loading message, never an internal error, never an uncaught one. fast-check with a
 * fixed seed, 1,000 documents.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import type { BudgetElement } from '../../src/components/base/budget-element.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { defineElements } from '../../src/define.js';
import { buildDocument, checkerRecipe, RUNS, SEED, TEST_SCALE, type BaseInputs } from '../fixtures/arbitraries.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

defineElements();

const TAGS = ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit', 'budget-report'];
const DOCUMENTS = ['fenyang-xinfang-2024.json', 'sh-putuo-wanli-2023.json', 'sh-putuo-wanli-2025.json'];

/** What an element shows: its view, the empty message, a named error, or a failure of ours. */
function outcomeOf(el: BudgetElement): 'view' | 'empty' | 'named error' | string {
  const state = el.shadowRoot!.querySelector('[part="state"]');
  if (!state) return el.shadowRoot!.querySelector('*:not(style)') ? 'view' : 'nothing drawn';
  const text = state.textContent!.replace(/\s+/g, ' ').trim();
  if (state.getAttribute('role') === 'status') return text.includes('加载') ? 'loading' : 'empty';
  return text.includes('组件内部出错') ? `internal error: ${text}` : 'named error';
}

async function settle(elements: BudgetElement[]) {
  for (let round = 0; round < 2; round++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('schema-valid documents, 1,000 runs', function () {
  this.timeout(600_000);
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  let bases: BaseInputs;

  before(async () => {
    const loaded = await Promise.all(DOCUMENTS.map(async (name) => [name, await fetch(`/data/${name}`).then((r) => r.json())] as const));
    bases = new Map<string, unknown>([['minimal-document', minimalDocument()], ...loaded]);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('every element draws the document or names why', async () => {
    const elements = await Promise.all(TAGS.map((tag) => fixture<BudgetElement>(`<${tag} show-table></${tag}>`)));
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(checkerRecipe(TEST_SCALE, bases), async (recipe) => {
        const doc = buildDocument(recipe, bases);
        fc.pre(validateBudgetFile(doc).valid);
        for (const el of elements) el.data = doc;
        await settle(elements);
        expect(uncaught, 'no uncaught error').to.deep.equal([]);
        for (const el of elements) {
          const outcome = outcomeOf(el);
          expect(['view', 'empty', 'named error'], `${el.localName}: ${outcome}`).to.include(outcome);
          const key = `${el.localName} ${outcome}`;
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Not vacuous: every element drew many of the documents (not all have projects or a 表3).
    for (const tag of TAGS) expect(outcomes.get(`${tag} view`) ?? 0, tag).to.be.greaterThan(RUNS / 5);
  });
});
