// axe-core ships as a UMD script, not an ES module: loading it sets `window.axe`.
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/** Runs axe-core on an element (its shadow DOM included), with the target-size rule on. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await axe.run(element, { rules: { 'target-size': { enabled: true } } });
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations).to.deep.equal([]);
}
