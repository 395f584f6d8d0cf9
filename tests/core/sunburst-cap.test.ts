/**
 * The sunburst's arc cap is per parent (issue 12): capped views of a whole city still show every
 * drawn parent's largest child, down to real 项 on the outer ring, and stay within max-arcs.
 * City-sized budgets from syntheticCityTable, then properties over random trees and caps with
 * fast-check (RUNS runs, fixed SEED): arcs ≤ cap, groups are exact sums of the smallest siblings,
 * shares sum to 100.00, and the largest child of every drawn parent is drawn whenever the cap
 * allows its chain of largest children.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { D } from '../../src/core/decimal.js';
import { buildSubjectHierarchy, type SubjectNode } from '../../src/core/hierarchy.js';
import type { SubjectRow, SubjectTable } from '../../src/core/schema/budget-types.generated.js';
import { buildSunburst, type SunburstArc, type SunburstModel } from '../../src/core/sunburst/model.js';
import { syntheticCityTable, type SyntheticCityOptions } from '../../src/core/sunburst/synthetic.js';
import { RUNS, SEED } from '../fixtures/arbitraries.js';

const params = { numRuns: RUNS, seed: SEED, includeErrorInReport: true };
const MIN_ANGLE = 0.004;

/** The drawable children of a node in draw order, as the model sorts them. */
const drawable = (nodes: readonly SubjectNode[]) =>
  nodes.filter((n) => !n.amount.isZero()).sort((a, b) => b.amount.comparedTo(a.amount) || (a.code < b.code ? -1 : 1));

/** What a drawn arc's children are drawn from: a 科目's drawable children, a group's members. */
function candidates(arc: SunburstArc, byCode: ReadonlyMap<string, SubjectNode>): SubjectNode[] {
  return arc.kind === 'other' ? arc.members : drawable(byCode.get(arc.code)!.children);
}

function codes(root: SubjectNode): Map<string, SubjectNode> {
  const map = new Map<string, SubjectNode>();
  const visit = (n: SubjectNode) => (map.set(n.code, n), n.children.forEach(visit));
  visit(root);
  return map;
}

/** Every drawn arc that has children within the rings drawn, the focus included. */
function parents(model: SunburstModel, rings: number, byCode: ReadonlyMap<string, SubjectNode>): SunburstArc[] {
  return [model.focus, ...model.arcs].filter((a) => a.ring < rings && (a === model.focus || a.kind === 'subject') && candidates(a, byCode).length > 0);
}

/** Problems with the grouping of one model; [] when every drawn sibling set is whole, exact and in order. */
function groupingProblems(model: SunburstModel, rings: number, byCode: ReadonlyMap<string, SubjectNode>): string[] {
  const problems: string[] = [];
  for (const parent of parents(model, rings, byCode)) {
    const expected = candidates(parent, byCode).map((n) => n.code);
    const drawn = parent.children.flatMap((a) => (a.kind === 'other' ? a.members.map((m) => m.code) : [a.code]));
    if (drawn.join() !== expected.join()) problems.push(`${parent.id}: draws ${drawn} of ${expected}`);
    const groups = parent.children.filter((a) => a.kind === 'other');
    if (groups.length > 1 || (groups.length === 1 && parent.children.at(-1) !== groups[0])) problems.push(`${parent.id}: a group is not last`);
    for (const g of groups) {
      if (g.members.length < 2) problems.push(`${g.id}: a group of ${g.members.length}`);
      if (!g.amount.eq(g.members.reduce((s, m) => s.plus(m.amount), new D(0)))) problems.push(`${g.id}: ${g.amount} is not the sum of its members`);
    }
    const shares = parent.children.reduce((s, a) => s.plus(a.share!), new D(0)).toFixed(2);
    if (shares !== '100.00') problems.push(`${parent.id}: shares sum to ${shares}`);
  }
  return problems;
}

/** Drawn parents whose largest child is not drawn on its own, leaving out children thinner than `minAngle`. */
function largestHidden(model: SunburstModel, rings: number, byCode: ReadonlyMap<string, SubjectNode>, minAngle: number): string[] {
  return parents(model, rings, byCode)
    .filter((p) => {
      const largest = candidates(p, byCode)[0];
      const drawn = model.byId.get(largest.code);
      const whole = D.max(p.amount, candidates(p, byCode).reduce((s, n) => s.plus(n.amount), new D(0)));
      const span = ((p.x1 - p.x0) * largest.amount.toNumber()) / whole.toNumber();
      return drawn?.parentId !== p.id && span >= minAngle;
    })
    .map((p) => p.id);
}

/** Arcs drawn when the focus and every child drawn on the way show only their largest child (a group of one is never drawn). */
function spineArcs(kids: readonly SubjectNode[], depth: number): number {
  const below = (n: SubjectNode) => spineArcs(drawable(n.children), depth - 1);
  if (depth === 0 || kids.length === 0) return 0;
  if (kids.length === 1) return 1 + below(kids[0]);
  if (kids.length === 2) return 2 + below(kids[0]) + below(kids[1]);
  return 2 + below(kids[0]);
}

describe('the default view of a whole city (max 400 arcs)', () => {
  const sizes: [string, SyntheticCityOptions, number][] = [
    ['10k', { classes: 25, sectionsPerClass: 20, itemsPerSection: 20, seed: 1 }, 10_000],
    ['50k', { classes: 50, sectionsPerClass: 20, itemsPerSection: 50, seed: 1 }, 50_000],
  ];
  for (const [label, options, leaves] of sizes) {
    const root = buildSubjectHierarchy(syntheticCityTable(options), 'total');
    const byCode = codes(root);
    const model = buildSunburst(root);
    const items = model.arcs.filter((a) => a.ring === 3 && a.kind === 'subject');

    test(`${label}: ${leaves} 项, at most 400 arcs, every drawn 类 with a real 款`, () => {
      assert.equal([...byCode.values()].filter((n) => n.level === 'item').length, leaves);
      assert.ok(model.arcs.length <= 400, `${model.arcs.length} arcs`);
      assert.ok(model.arcs.length > 350, 'the budget is used');
      const classes = model.arcs.filter((a) => a.ring === 1 && a.kind === 'subject');
      assert.equal(classes.length, options.classes, 'every 类 is drawn');
      for (const c of classes) assert.ok(c.children.some((a) => a.kind === 'subject'), c.id);
    });

    test(`${label}: each 其他 is the exact sum of its members, and the largest child of every drawn parent is drawn`, () => {
      assert.deepEqual(groupingProblems(model, 3, byCode), []);
      assert.deepEqual(largestHidden(model, 3, byCode, MIN_ANGLE), []);
    });

    test(`${label}: real 项 on the outer ring wherever one is wide enough to see`, () => {
      const wideItem = (a: SunburstArc) => a.children.some((c) => c.kind === 'subject') || a.children.some((g) => g.members.some((m) => (m.amount.toNumber() / root.amount.toNumber()) * 2 * Math.PI >= MIN_ANGLE));
      if (leaves === 10_000) assert.ok(items.length >= 100, `${items.length} real 项`);
      // Among 50,000 项 the largest is about 0.03% of the total, 0.002 radians: thinner than
      // minAngle (and than the component's pad between arcs) in the overview. They show one ring in.
      else assert.equal(model.arcs.filter((a) => a.ring === 2 && a.kind === 'subject').filter(wideItem).length, 0);
      const zoomed = buildSunburst(root, { focus: root.children[0].code });
      assert.ok(zoomed.arcs.filter((a) => a.ring === 2 && a.kind === 'subject').length >= 20, 'real 项 one ring in');
      assert.ok(zoomed.arcs.length <= 400);
      assert.deepEqual(largestHidden(zoomed, 3, byCode, MIN_ANGLE), []);
    });
  }
});

/** A random 功能分类 table: up to 6 类, 6 款 each, 8 项 each; amounts from 0 to 10⁹, some parents stating more or less than their rows. */
const tableArbitrary: fc.Arbitrary<SubjectTable> = (() => {
  const cents = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 100_000_000_000 }));
  const slack = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5000 }) });
  const node = <T>(kids: fc.Arbitrary<T[]>) => fc.record({ slack, kids });
  const items = fc.array(cents, { maxLength: 8 });
  const sections = fc.array(node(items), { maxLength: 6 });
  const classes = fc.array(node(sections), { minLength: 1, maxLength: 6 });
  return classes.map((tree) => {
    const rows: SubjectRow[] = [];
    const money = (c: number) => ({ total: new D(Math.max(0, c)).div(100).toFixed(2) });
    let total = 0;
    tree.forEach((cls, ci) => {
      const classRow: SubjectRow = { code: String(201 + ci), name: `类 ${ci}`, amounts: {} };
      rows.push(classRow);
      let classSum = 0;
      cls.kids.forEach((sec, si) => {
        const sectionRow: SubjectRow = { code: classRow.code + String(si + 1).padStart(2, '0'), name: `款 ${si}`, amounts: {} };
        rows.push(sectionRow);
        const sectionSum = sec.kids.reduce((s, c, ii) => (rows.push({ code: sectionRow.code + String(ii + 1).padStart(2, '0'), name: `项 ${ii}`, amounts: money(c) }), s + c), 0) + sec.slack;
        sectionRow.amounts = money(sectionSum);
        classSum += Math.max(0, sectionSum);
      });
      classRow.amounts = money(classSum + cls.slack);
      total += Math.max(0, classSum + cls.slack);
    });
    return { table: '表3', unit: '万元', columns: [{ key: 'total', label: '合计' }], total: money(total), rows };
  });
})();

const capArbitrary = fc.record({
  rings: fc.integer({ min: 1, max: 4 }),
  extra: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 400 })),
  minAngle: fc.constantFrom(0, MIN_ANGLE, 0.05),
  pick: fc.nat(),
});

describe('the per-parent cap on random trees', () => {
  test('never more arcs than the cap; every sibling set whole, groups exact and last, shares 100.00', () => {
    fc.assert(
      fc.property(tableArbitrary, capArbitrary, (table, { rings, extra, minAngle, pick }) => {
        const root = buildSubjectHierarchy(table, 'total');
        const byCode = codes(root);
        const maxArcs = rings + extra;
        const overview = buildSunburst(root, { rings, maxArcs, minAngle });
        // A zoomed view too, on any drawn arc, a group included.
        const focus = overview.arcs.length > 0 ? overview.arcs[pick % overview.arcs.length].id : '';
        for (const model of [overview, buildSunburst(root, { rings, maxArcs, minAngle, focus })]) {
          assert.ok(model.arcs.length <= maxArcs, `${model.arcs.length} > ${maxArcs}`);
          assert.deepEqual(groupingProblems(model, rings, byCode), []);
          assert.equal(new Set(model.arcs.map((a) => a.id)).size, model.arcs.length, 'ids are unique');
        }
      }),
      params,
    );
  });

  test('the largest child of every drawn parent is drawn when the cap allows its chain of largest children', () => {
    fc.assert(
      fc.property(tableArbitrary, capArbitrary, fc.integer({ min: -6, max: 6 }), (table, { rings, extra, minAngle, pick }, near) => {
        const root = buildSubjectHierarchy(table, 'total');
        const byCode = codes(root);
        const overview = buildSunburst(root, { rings, maxArcs: 100_000, minAngle: 0 });
        const focus = pick % 2 === 0 || overview.arcs.length === 0 ? '' : overview.arcs[pick % overview.arcs.length].code;
        const spine = spineArcs(drawable(byCode.get(focus)!.children), rings);
        // Caps just below, at and above what the chains of largest children need.
        const maxArcs = Math.max(rings, spine + (pick % 3 === 0 ? extra : near));
        const model = buildSunburst(root, { rings, maxArcs, minAngle, focus });
        assert.ok(model.arcs.length <= maxArcs);
        if (maxArcs >= spine) assert.deepEqual(largestHidden(model, rings, byCode, minAngle), []);
      }),
      params,
    );
  });

  test('with room for everything and no minAngle, every non-zero row is drawn and nothing grouped', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.integer({ min: 1, max: 4 }), (table, rings) => {
        const root = buildSubjectHierarchy(table, 'total');
        const within = (n: SubjectNode, depth: number): number => (depth === 0 ? 0 : drawable(n.children).reduce((s, k) => s + 1 + within(k, depth - 1), 0));
        const all = within(root, rings);
        const model = buildSunburst(root, { rings, maxArcs: Math.max(rings, all), minAngle: 0 });
        assert.equal(model.arcs.length, all);
        assert.ok(model.arcs.every((a) => a.kind === 'subject'));
      }),
      params,
    );
  });

  test('zooming into any group shows at least the members it had where it was clicked', () => {
    fc.assert(
      fc.property(tableArbitrary, capArbitrary, (table, { rings, extra, minAngle, pick }) => {
        const root = buildSubjectHierarchy(table, 'total');
        const options = { rings, maxArcs: rings + extra, minAngle };
        const overview = buildSunburst(root, options);
        const subjects = overview.arcs.filter((a) => a.kind === 'subject');
        const at = subjects.length === 0 ? overview : buildSunburst(root, { ...options, focus: subjects[pick % subjects.length].id });
        for (const group of at.arcs.filter((a) => a.kind === 'other')) {
          const opened = buildSunburst(root, { ...options, focus: group.id }).focus.members.map((m) => m.code);
          for (const m of group.members) assert.ok(opened.includes(m.code), `${group.id} opened without ${m.code}`);
        }
      }),
      params,
    );
  });
});
