/**
 * The generated validator (src/core/validate/validator.generated.ts, `npm run validator`) says
 * exactly what the schema walker says — the same issues in the same order, with the same paths,
 * rules, expectations, found values and messages — for real documents, documents mutated deep
 * inside, and any value a page may set as `.data`. The walker stays the reference: the generator
 * mirrors it, and these tests are what holds the two together.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { renderValidator } from '../../scripts/generate-validator.js';
import { importReportText } from '../../src/core/import/index.js';
import { budgetSchema } from '../../src/core/schema/budget-schema.js';
import { validateAgainstSchema, type SchemaNode } from '../../src/core/validate/schema-walker.js';
import { validateSchema } from '../../src/core/validate/validator.generated.js';
import { conformsToSchema } from '../../src/core/validate/conformance.generated.js';
import { renderConformance } from '../../scripts/generate-conformance.js';
import { buildDocument, buildJsValue, cloneData, HOSTILE_KEYS, jsValueRecipe, SEED, TEST_SCALE, validatorRecipe } from '../fixtures/arbitraries.js';
import { baseInputs } from '../fixtures/node-inputs.js';

const walker = (value: unknown) => validateAgainstSchema(value, budgetSchema as unknown as SchemaNode);

/** The generated validator finds the walker's issues, and the quick check conforms exactly when there are none. */
function assertSame(value: unknown): void {
  const issues = walker(value);
  assert.deepEqual(validateSchema(value), issues);
  assert.equal(conformsToSchema(value), issues.length === 0, `conformsToSchema says ${!conformsToSchema(value)} where the walker finds ${issues.length} issue(s)`);
}

/** The documents the importer makes of the report texts of the corpus, by file name. */
function corpusDocuments(): Map<string, unknown> {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  return new Map(names.map((name) => [name, importReportText(readFileSync(new URL(name, dir), 'utf8')).document]));
}

let bases: Map<string, unknown> | undefined;
/** data/*.json, the small fixtures and the imported corpus: what the mutations start from. */
function allBases(): Map<string, unknown> {
  bases ??= new Map([...baseInputs(), ...corpusDocuments()]);
  return bases;
}

test('every bundled document, fixture and imported corpus report: valid for both, with no issue', () => {
  const all = allBases();
  assert.ok(all.size >= 14, `only ${all.size} documents`);
  for (const [name, document] of all) {
    assert.deepEqual(walker(document), [], `${name} is not valid for the walker`);
    assert.deepEqual(validateSchema(document), [], `${name} is not valid for the generated validator`);
    assert.ok(conformsToSchema(document), `${name} does not conform for the quick check`);
  }
});

// ---------------------------------------------------------------------------------------------
// Deep mutations: any node of a real document, at any depth, replaced, removed, added to or
// made sparse, with the values a careless validator trips on.

const HUGE = 'x'.repeat(100_000);
const TRICKY: readonly (() => unknown)[] = [
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -0,
  () => 0,
  () => 12.5,
  // Each limit of the schema and the values on either side of it.
  () => -1,
  () => 1,
  () => 1948,
  () => 1949,
  () => 2100,
  () => 2101,
  () => 1949.5,
  () => 2 ** 53,
  () => 10n,
  () => undefined,
  () => null,
  () => true,
  () => '',
  () => ' ',
  () => HUGE,
  () => `${'9'.repeat(21)}`,
  () => `${'9'.repeat(20)}`,
  () => `1.${'5'.repeat(11)}`,
  () => `1.${'5'.repeat(10)}`,
  () => `${'1'.repeat(2000)}.${'2'.repeat(2000)}`,
  () => '-1',
  () => '-0.5',
  () => '-x',
  () => '1e5',
  () => '01',
  () => '1.',
  () => '.5',
  () => '1,000.00',
  () => '２０１',
  () => '201',
  () => '20103',
  () => '2010301',
  () => '30101',
  () => '50101',
  () => '元',
  () => 'budget-document',
  () => 'budget-collection',
  () => 'quantitative',
  () => 'qualitative',
  () => 'total',
  () => '表1',
  () => [],
  () => new Array(3),
  () => [1, , 3],
  () => ['a', 'b'],
  () => ({}),
  () => Object.create(null),
  () => JSON.parse('{"__proto__": {"total": "1"}}'),
  () => ({ constructor: 'x', toString: 1 }),
  () => ({ total: '1' }),
  () => ({ kind: 'quantitative', text: 'x' }),
  () => ({ type: 'budget-document' }),
  () => new Map([['total', '1']]),
  () => new Date(0),
  () => () => 1,
];

type Mutation =
  | { kind: 'replace'; at: number; value: number }
  | { kind: 'copy'; at: number; from: number }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; value: number }
  | { kind: 'hole'; at: number; index: number }
  | { kind: 'grow'; at: number; by: number }
  | { kind: 'reverseKeys'; at: number };

interface Place {
  parent: Record<string | number, unknown> | undefined;
  key: string | number | undefined;
  value: unknown;
}

/** Every node of a document, depth-first; documents here are at most a few levels deep. */
function places(root: unknown): Place[] {
  const out: Place[] = [];
  const stack: Place[] = [{ parent: undefined, key: undefined, value: root }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    out.push(place);
    const v = place.value;
    if (v !== null && typeof v === 'object' && !(v instanceof Map) && !(v instanceof Date)) {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) stack.push({ parent: record, key: Array.isArray(v) ? Number(key) : key, value: record[key] });
    }
  }
  return out;
}

/** Sets an own property, also one named `__proto__`, as JSON.parse makes it. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(holder: { value: unknown }, mutation: Mutation): void {
  const all = places(holder.value);
  const place = all[mutation.at % all.length]!;
  const put = (value: unknown) => (place.parent ? setOwn(place.parent, place.key!, value) : (holder.value = value));
  const objects = () => all.filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value));
  const arrays = () => all.filter((p) => Array.isArray(p.value) && (p.value as unknown[]).length > 0);
  const pick = (list: Place[], index: number) => list[index % Math.max(1, list.length)];
  switch (mutation.kind) {
    case 'replace':
      put(TRICKY[mutation.value % TRICKY.length]!());
      return;
    case 'copy':
      put(cloneData(all[mutation.from % all.length]!.value));
      return;
    case 'delete':
      if (!place.parent) return;
      if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
      else delete place.parent[place.key!];
      return;
    case 'addKey': {
      const target = pick(objects(), mutation.at);
      if (target) setOwn(target.value as Record<string, unknown>, mutation.key, TRICKY[mutation.value % TRICKY.length]!());
      return;
    }
    case 'hole': {
      const target = pick(arrays(), mutation.at);
      if (target) delete (target.value as unknown[])[mutation.index % (target.value as unknown[]).length];
      return;
    }
    case 'grow': {
      const target = pick(arrays(), mutation.at);
      if (target) (target.value as unknown[]).length += mutation.by;
      return;
    }
    case 'reverseKeys': {
      const target = pick(objects(), mutation.at);
      if (!target) return;
      const record = target.value as Record<string, unknown>;
      const entries = Object.keys(record).map((key) => [key, record[key]] as const);
      for (const [key] of entries) delete record[key];
      for (const [key, value] of entries.reverse()) setOwn(record, key, value);
      return;
    }
  }
}

const at = fc.nat({ max: 1_000_000 });
const trick = fc.nat({ max: TRICKY.length - 1 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value: trick }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('copy' as const), at, from: at }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('addKey' as const), at, key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom('total', 'kind', 'text', 'code'), fc.string({ maxLength: 6 })), value: trick }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('hole' as const), at, index: at }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('grow' as const), at, by: fc.integer({ min: 1, max: 3 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('reverseKeys' as const), at }), weight: 1 },
);

test('deep mutations of real documents (2,000 runs: wrong types, missing and extra keys, huge strings, bad decimals, NaN, holes, __proto__): the same issues', () => {
  const all = allBases();
  fc.assert(
    fc.property(fc.constantFrom(...all.keys()), fc.array(mutation, { minLength: 1, maxLength: 8 }), (base, mutations) => {
      const holder = { value: cloneData(all.get(base)) };
      for (const m of mutations) mutate(holder, m);
      assertSame(holder.value);
    }),
    { numRuns: 2000, seed: SEED, includeErrorInReport: true },
  );
});

test('the mutations of the validator properties (1,000 runs: nesting thousands deep, strings of 100,000 characters): the same issues', () => {
  fc.assert(
    fc.property(validatorRecipe(TEST_SCALE, baseInputs()), (recipe) => assertSame(buildDocument(recipe, baseInputs()))),
    { numRuns: 1000, seed: SEED, includeErrorInReport: true },
  );
});

test('any JavaScript value a page may set as .data, alone or in place of a node (1,000 runs): the same issues', () => {
  fc.assert(
    fc.property(jsValueRecipe(baseInputs()), (recipe) => assertSame(buildJsValue(recipe, baseInputs()))),
    { numRuns: 1000, seed: SEED, includeErrorInReport: true },
  );
});

test('the generated validator and quick check use neither eval nor new Function (a strict CSP forbids both)', () => {
  for (const file of ['validator.generated.ts', 'conformance.generated.ts']) {
    const text = readFileSync(new URL(`../../src/core/validate/${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(text, /\beval\s*\(|new\s+Function|\bFunction\s*\(/, file);
  }
});

test('the generator refuses a keyword the walker does not check, and a check the walker would ignore', () => {
  for (const render of [renderValidator, renderConformance]) {
    const withText = (text: Record<string, unknown>) => {
      const schema = structuredClone(budgetSchema) as unknown as { $defs: Record<string, unknown> };
      schema.$defs.Text = text;
      return () => render(schema);
    };
    for (const keyword of ['maxLength', 'format', 'anyOf', 'uniqueItems', 'maxItems', 'exclusiveMinimum', 'if']) {
      assert.throws(withText({ type: 'string', [keyword]: 1 }), new RegExp(keyword), `${render.name}: ${keyword}`);
    }
    assert.throws(withText({ $ref: '#/$defs/Money', minLength: 1 }), /beside \$ref/);
    assert.throws(withText({ type: ['string', 'null'] }), /unsupported type/);
    assert.throws(withText({ $ref: '#/$defs/Nothing' }), /no definition/);
    assert.doesNotThrow(withText({ type: 'string', minLength: 1, description: 'annotations are fine' }));
  }
});
