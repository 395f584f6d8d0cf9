/**
 * Property: whatever a CMS template writes into the attributes of a live element, it shows the
 * report (or says why not), never stays loading, never throws, and every parsed attribute holds
 * a value its rule accepts. fast-check with a fixed seed, 1,000 runs per property.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import type { BudgetElement } from '../../src/components/base/budget-element.js';
import type { AttributeRule } from '../../src/components/base/attribute-rules.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { defineElements } from '../../src/define.js';

defineElements();

const RUNS = 1000;
const SEED = 20261130;


const SPECIAL_VALUES = ['', ' ', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', '-1', '0', '1e20', 'abc', '\u0000', '元 ', '万元\n', 'TOTAL', '201', '2010301', '<img src=x onerror=alert(1)>'];

type Rules = Readonly<Record<string, AttributeRule>>;

/** The values a rule states as allowed, written as authors might: other case, stray spaces. */
const allowedValues = (rule: AttributeRule) => rule.allowed.split(/ \| | |–/).filter(Boolean);

function attributeValue(rule: AttributeRule | undefined): fc.Arbitrary<string> {
  const allowed = rule ? allowedValues(rule) : [];
  return fc.oneof(
    fc.constantFrom(...SPECIAL_VALUES),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.integer({ min: -1e6, max: 1e7 }).map(String),
    fc.double().map(String),
    ...(allowed.length > 0
      ? [fc.tuple(fc.constantFrom(...allowed), fc.boolean(), fc.constantFrom('', ' ', '  ')).map(([v, upper, pad]) => pad + (upper ? v.toUpperCase() : v) + pad)]
      : []),
  );
}

/** One run: for some attributes of the element, a value to set or `null` to remove it. */
function attributeChanges(rules: Rules): fc.Arbitrary<[string, string | null][]> {
  const names = [...Object.values(rules).map((r) => r.attribute), 'show-table'];
  const byAttribute = new Map(Object.values(rules).map((r) => [r.attribute, r]));
  return fc.array(
    fc.constantFrom(...names).chain((name) => fc.tuple(fc.constant(name), fc.option(attributeValue(byAttribute.get(name)), { nil: null }))),
    { minLength: 1, maxLength: 4 },
  );
}

function stateOf(el: BudgetElement): string {
  const state = el.shadowRoot!.querySelector('[part="state"]');
  if (!state) return el.shadowRoot!.querySelector('*:not(style)') ? 'ready' : 'idle';
  return state.getAttribute('role') === 'alert' ? `error: ${state.textContent}` : state.textContent!.trim();
}

async function settle(el: BudgetElement) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

describe('attribute values, 1,000 runs per element', function () {
  this.timeout(240_000);
  let doc: BudgetDocument;
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  const warn = console.warn;

  before(async () => {
    doc = await fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = () => undefined;
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
  });

  for (const tag of ['budget-headline', 'budget-sunburst', 'budget-split', 'budget-yoy', 'budget-project-cards', 'budget-audit', 'budget-report']) {
    it(`<${tag}>`, async () => {
      const el = document.createElement(tag) as BudgetElement;
      el.data = doc;
      await fixture(el);
      const rules = (customElements.get(tag) as unknown as { attributeRules: Rules }).attributeRules;
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(attributeChanges(rules), async (changes) => {
          for (const [name, value] of changes) {
            if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
          }
          await settle(el);
          expect(uncaught, 'no uncaught error').to.deep.equal([]);
          // The reference report has data for every view: anything but its view is a failure.
          expect(stateOf(el)).to.equal('ready');
          for (const [property, rule] of Object.entries(rules)) {
            const value = (el as unknown as Record<string, unknown>)[property];
            expect(rule.parse(value), `${rule.attribute} holds ${JSON.stringify(value)}`).to.deep.equal({ value });
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      console.log(`${tag}: ${Math.round(performance.now() - started)} ms`);
    });
  }
});
