import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { validateWithLazyIssues } from '../../src/core/validate/lazy-issues.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

type Mutable = Record<string, any>;

function broken(mutate: (doc: Mutable) => void): Mutable {
  const doc = minimalDocument() as unknown as Mutable;
  mutate(doc);
  return doc;
}

test('a valid document is accepted at once, as validateBudgetFile accepts it', () => {
  const doc = minimalDocument();
  const result = validateWithLazyIssues(doc);
  assert.ok(!(result instanceof Promise), 'a conforming document needs no code loaded');
  assert.deepEqual(result, validateBudgetFile(doc));
  assert.equal(result.valid && result.value, doc);
});

test('a document that conforms to the schema but breaks a rule between its parts is refused at once, with the rule’s issue', () => {
  const doc = broken((d) => (d.expenditureBySubject.rows[3].code = '2050102'));
  const result = validateWithLazyIssues(doc);
  assert.ok(!(result instanceof Promise));
  assert.equal(result.valid, false);
  assert.deepEqual(result, validateBudgetFile(doc));
  assert.equal(result.issues[0]!.rule, 'subject.orphan');
});

test('a schema failure is named by the full validator, loaded for it: the same issues, paths and messages', async () => {
  for (const doc of [
    broken((d) => (d.expenditureBySubject.rows[0].amounts.total = '12abc')),
    broken((d) => delete d.meta),
    broken((d) => (d.extra = 1)),
    null,
    [],
    'budget',
  ]) {
    const result = validateWithLazyIssues(doc);
    assert.ok(result instanceof Promise, 'the issues are worked out by code loaded on demand');
    const settled = await result;
    assert.equal(settled.valid, false);
    assert.deepEqual(settled, validateBudgetFile(doc));
    assert.ok(settled.issues.length > 0 && settled.issues.every((issue) => issue.path.startsWith('$') && issue.message.zh && issue.message.en));
  }
});
