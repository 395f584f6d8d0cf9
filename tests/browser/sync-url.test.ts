import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import type { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';
import { defineElements } from '../../src/define.js';

defineElements();

const REFERENCE_URL = '/data/fenyang-xinfang-2024.json';
const reference = () => fetch(REFERENCE_URL).then((r) => r.json());

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const centreLabel = (el: BudgetSunburst) => el.shadowRoot!.querySelector('#arc-centre')!.getAttribute('aria-label');

async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await aTimeout(0);
  }
}

describe('sync-url', () => {
  afterEach(() => setHash(''));

  it('opens the view a link names: zoom, unit and language come from the fragment', async () => {
    setHash('#selected=20140&unit=%E5%85%83&lang=en');
    const el = await fixture<BudgetSunburst>(html`<budget-sunburst sync-url .data=${await reference()}></budget-sunburst>`);
    await settle(el);
    expect(el.selected).to.equal('20140');
    expect(el.unit).to.equal('元');
    expect(el.lang).to.equal('en');
    expect(centreLabel(el)).to.match(/^信访事务, 3,201,800.00 yuan,/);
  });

  it('writes the view into the fragment as the reader zooms, without adding to the history', async () => {
    const el = await fixture<BudgetSunburst>(html`<budget-sunburst sync-url .data=${await reference()}></budget-sunburst>`);
    await settle(el);
    const entries = history.length;
    el.selected = '201';
    await settle(el);
    expect(location.hash).to.equal('#selected=201');
    el.selected = '20140';
    el.unit = '元';
    await settle(el);
    expect(location.hash).to.equal('#selected=20140&unit=%E5%85%83');
    el.selected = '';
    el.unit = undefined;
    await settle(el);
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(entries);
  });

  it('follows the fragment when the reader goes back or edits the address', async () => {
    const el = await fixture<BudgetSunburst>(html`<budget-sunburst sync-url .data=${await reference()}></budget-sunburst>`);
    await settle(el);
    location.hash = '#selected=201';
    await waitUntil(() => el.selected === '201', 'hashchange restores selected');
    location.hash = '#contents';
    await waitUntil(() => el.selected === '', 'a fragment without the key returns to the page\'s own value');
  });

  it('refuses what the element refuses, and never draws fragment text as markup', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      setHash(`#unit=${encodeURIComponent('<img src=x onerror=alert(1)>')}&metric=bogus&selected=${encodeURIComponent('<b>201</b>')}`);
      const el = await fixture<BudgetSunburst>(html`<budget-sunburst sync-url .data=${await reference()}></budget-sunburst>`);
      await settle(el);
      expect(el.unit).to.equal(undefined);
      expect(el.metric).to.equal('total');
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(centreLabel(el)).to.equal('全部支出，484.55万元');
      expect(warnings.join('\n')).to.contain('unit').and.to.contain('metric');
      // What was refused is cleared from the address.
      expect(location.hash).not.to.contain('unit=').and.not.to.contain('metric=');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps elements apart by their prefix or id, and leaves the URL alone without the attribute', async () => {
    setHash('#where.selected=201&pie.selected=208&selected=210');
    const data = await reference();
    const box = await fixture<HTMLDivElement>(html`<div>
      <budget-sunburst sync-url="where" .data=${data}></budget-sunburst>
      <budget-sunburst id="pie" sync-url .data=${data}></budget-sunburst>
      <budget-sunburst .data=${data}></budget-sunburst>
    </div>`);
    const [where, pie, plain] = [...box.querySelectorAll<BudgetSunburst>('budget-sunburst')];
    for (const el of [where, pie, plain]) await settle(el);
    expect([where.selected, pie.selected, plain.selected]).to.deep.equal(['201', '208', '']);
    plain.selected = '205';
    pie.selected = '';
    for (const el of [where, pie, plain]) await settle(el);
    expect(location.hash).to.equal('#where.selected=201&selected=210');
  });

  it('in the report, the language and unit switches reflect to attributes and to the link', async () => {
    const el = await fixture<BudgetReport>(html`<budget-report sync-url src=${REFERENCE_URL}></budget-report>`);
    await waitUntil(() => el.shadowRoot!.querySelector('budget-sunburst'), 'the report renders');
    const [language, unit] = [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.report-controls select')];
    unit.value = '元';
    unit.dispatchEvent(new Event('change'));
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.getAttribute('unit')).to.equal('元');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(location.hash).to.equal(`#lang=en&unit=${encodeURIComponent('元')}`);
  });
});
