import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BudgetInputError } from '../../src/core/errors.js';
import { buildSubjectHierarchy } from '../../src/core/hierarchy.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { buildSunburst, type SunburstModel } from '../../src/core/sunburst/model.js';
import { navigate, positionInSet } from '../../src/core/sunburst/navigation.js';
import { syntheticCityTable } from '../../src/core/sunburst/synthetic.js';

const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
const root = buildSubjectHierarchy(reference.expenditureBySubject!, 'total');
const overview = buildSunburst(root);

/** The ids visited by pressing `keys` in turn from `start`; a key that does nothing repeats the id. */
function walk(model: SunburstModel, start: string, keys: string[]): string[] {
  let at = start;
  return keys.map((key) => (at = navigate(model, at, key) ?? at));
}

describe('navigate', () => {
  test('moves clockwise and back along a ring without wrapping', () => {
    assert.deepEqual(walk(overview, '201', ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']), ['208', '221', '210', '221']);
    assert.equal(navigate(overview, '210', 'ArrowRight'), null);
    assert.equal(navigate(overview, '201', 'ArrowLeft'), null);
  });

  test('goes outward to the first child and inward to the parent, then the centre', () => {
    assert.deepEqual(walk(overview, '', ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight']), ['201', '20140', '2014099', '2014004']);
    assert.equal(navigate(overview, '2014004', 'ArrowDown'), null, 'no drawn children');
    assert.deepEqual(walk(overview, '2014004', ['ArrowUp', 'ArrowUp', 'ArrowUp']), ['20140', '201', '']);
    assert.equal(navigate(overview, '', 'ArrowUp'), null);
  });

  test('Home and End jump to the ends of the ring', () => {
    assert.equal(navigate(overview, '201', 'End'), '210');
    assert.equal(navigate(overview, '221', 'Home'), '201');
    assert.equal(navigate(overview, '2080506', 'End'), '2080501');
    assert.equal(navigate(overview, '2080506', 'Home'), '2080505');
    assert.equal(navigate(overview, '201', 'Home'), null, 'already first');
  });

  test('from the centre, enters ring 1 at either end', () => {
    for (const key of ['ArrowDown', 'ArrowRight', 'Home']) assert.equal(navigate(overview, '', key), '201', key);
    assert.equal(navigate(overview, '', 'End'), '210');
    assert.equal(navigate(overview, '', 'ArrowLeft'), null);
  });

  test('works around a zoomed focus', () => {
    const zoomed = buildSunburst(root, { focus: '201' });
    assert.deepEqual(walk(zoomed, '201', ['ArrowDown', 'End', 'ArrowDown', 'ArrowUp', 'ArrowUp']), ['20140', '20103', '2010301', '20103', '201']);
    assert.equal(navigate(zoomed, '208', 'ArrowRight'), null, 'not drawn here');
  });

  test('ignores other keys', () => {
    for (const key of ['Enter', ' ', 'a', 'PageDown']) assert.equal(navigate(overview, '208', key), null, key);
  });

  test('a group has no children to move into', () => {
    const city = buildSubjectHierarchy(syntheticCityTable({ classes: 30, sectionsPerClass: 10, itemsPerSection: 10, seed: 1 }), 'total');
    const model = buildSunburst(city);
    const group = model.arcs.find((a) => a.kind === 'other')!;
    assert.equal(navigate(model, group.id, 'ArrowDown'), null);
    assert.equal(navigate(model, group.id, 'ArrowRight'), null, 'a group is drawn last');
    assert.equal(navigate(model, group.id, 'ArrowUp'), group.parentId);
    assert.equal(navigate(model, navigate(model, group.id, 'Home')!, 'End'), group.id);
  });
});

describe('positionInSet', () => {
  test('gives the ring and the 1-based place among the drawn siblings', () => {
    assert.deepEqual(positionInSet(overview, '201'), { level: 1, posinset: 1, setsize: 4 });
    assert.deepEqual(positionInSet(overview, '221'), { level: 1, posinset: 3, setsize: 4 });
    assert.deepEqual(positionInSet(overview, '20103'), { level: 2, posinset: 2, setsize: 2 });
    assert.deepEqual(positionInSet(overview, '2014004'), { level: 3, posinset: 2, setsize: 2 });
    assert.deepEqual(positionInSet(overview, '2210201'), { level: 3, posinset: 1, setsize: 1 });
    assert.deepEqual(positionInSet(overview, ''), { level: 0, posinset: 1, setsize: 1 });
    assert.deepEqual(positionInSet(buildSunburst(root, { focus: '201' }), '20103'), { level: 1, posinset: 2, setsize: 2 });
  });

  test('rejects an arc that is not drawn', () => {
    assert.throws(() => positionInSet(overview, '999'), (e: unknown) => e instanceof BudgetInputError && e.found === '999');
  });
});
