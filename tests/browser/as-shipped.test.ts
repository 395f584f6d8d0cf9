// The browser tests run on decimal.js and the styles as the bundles ship them (the test runner
// applies vite.config.ts's transforms): otherwise every other browser test would vouch for code
// no page loads.
import { expect } from '@open-wc/testing';
import Decimal from 'decimal.js';
import { sunburstStyles } from '../../src/components/budget-sunburst/budget-sunburst.styles.js';
import { D } from '../../src/core/decimal.js';

describe('code as shipped', () => {
  it('decimal.js is the lean build: the methods budget-viz never calls are not there', () => {
    const two = new Decimal(2) as unknown as Record<string, unknown>;
    // Types only: a failure that printed a decimal.js function would be a page of its source.
    for (const method of ['sqrt', 'pow', 'ln', 'sin', 'toFraction']) expect(typeof two[method], method).to.equal('undefined');
    expect(typeof (Decimal as unknown as Record<string, unknown>).random).to.equal('undefined');
    expect(new D('0.1').plus('0.2').toFixed(2)).to.equal('0.30');
  });

  it('the styles are minified: no comment, no line break, no indentation', () => {
    const text = sunburstStyles.cssText;
    expect(text).to.contain('.breadcrumb{');
    expect(text).not.to.match(/\/\*|\n|\s{2}/);
  });
});
