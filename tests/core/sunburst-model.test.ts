import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { D } from '../../src/core/decimal.js';
import { BudgetInputError } from '../../src/core/errors.js';
import { buildSubjectHierarchy, descendants, type SubjectNode } from '../../src/core/hierarchy.js';
import type { BudgetDocument, SubjectTable } from '../../src/core/schema/budget-types.generated.js';
import { buildSunburst, OTHER_SUFFIX, type SunburstArc, type SunburstModel } from '../../src/core/sunburst/model.js';
import { syntheticCityTable } from '../../src/core/sunburst/synthetic.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const TAU = 2 * Math.PI;
const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
const referenceRoot = (metric: 'total' | 'project' = 'total') => buildSubjectHierarchy(reference.expenditureBySubject!, metric);
const cityTable = syntheticCityTable({ classes: 30, sectionsPerClass: 10, itemsPerSection: 10, seed: 1 });
const city = buildSubjectHierarchy(cityTable, 'total');

const row = (a: SunburstArc) => `${a.ring} ${a.id} ${a.name} ${a.amount.toFixed(2)}`;
const siblingSets = (model: SunburstModel) => [model.focus, ...model.arcs].map((a) => a.children).filter((set) => set.length > 0);
const shareSum = (set: readonly SunburstArc[]) => set.reduce((sum, a) => sum.plus(a.share!), new D(0)).toFixed(2);
const near = (actual: number, expected: number, message?: string) => assert.ok(Math.abs(actual - expected) < 1e-9, message ?? `${actual} ≠ ${expected}`);

describe('buildSunburst on the reference report', () => {
  test('draws one arc per non-zero row, depth first, siblings by amount', () => {
    const model = buildSunburst(referenceRoot());
    assert.deepEqual(model.arcs.map(row), [
      '1 201 一般公共服务支出 438.89',
      '2 20140 信访事务 320.18',
      '3 2014099 其他信访事务支出 305.00',
      '3 2014004 信访业务 15.18',
      '2 20103 政府办公厅（室）及相关机构事务 118.71',
      '3 2010301 行政运行 71.73',
      '3 2010350 事业运行 46.98',
      '1 208 社会保障和就业支出 23.88',
      '2 20805 行政事业单位养老支出 23.88',
      '3 2080505 机关事业单位基本养老保险缴费支出 14.39',
      '3 2080506 机关事业单位职业年金缴费支出 7.19',
      '3 2080501 行政单位离退休 2.30',
      '1 221 住房保障支出 14.44',
      '2 22102 住房改革支出 14.44',
      '3 2210201 住房公积金 14.44',
      '1 210 卫生健康支出 7.34',
      '2 21011 行政事业单位医疗 7.34',
      '3 2101101 行政单位医疗 3.24',
      '3 2101102 事业单位医疗 2.61',
      '3 2101103 公务员医疗补助 1.49',
    ]);
    assert.ok(model.arcs.every((a) => a.kind === 'subject' && a.members.length === 0 && !a.synthetic));
    assert.equal(model.byId.size, 21);
    assert.equal(model.byId.get('2014004')?.parentId, '20140');
  });

  test('the focus is the whole circle and ring 1 has the largest-remainder shares', () => {
    const model = buildSunburst(referenceRoot());
    assert.deepEqual([model.focus.id, model.focus.ring, model.focus.x0, model.focus.x1, model.focus.share], ['', 0, 0, TAU, null]);
    assert.equal(model.focus.amount.toFixed(2), '484.55');
    assert.deepEqual(model.focus.children.map((a) => `${a.id} ${a.share?.toFixed(2)}`), ['201 90.58', '208 4.93', '221 2.98', '210 1.51']);
    assert.deepEqual(model.path.map((a) => a.id), ['']);
  });

  test('angles are proportional to amounts, clockwise from 0 and closing the circle', () => {
    const model = buildSunburst(referenceRoot());
    const [c201, c208, c221, c210] = model.focus.children;
    near(c201.x0, 0);
    near(c201.x1, (TAU * 438.89) / 484.55);
    near(c208.x0, c201.x1);
    near(c221.x1 - c221.x0, (TAU * 14.44) / 484.55);
    assert.equal(c210.x1, TAU);
    const item = model.byId.get('2014004')!;
    near(item.x1 - item.x0, (TAU * 15.18) / 484.55);
    for (const set of siblingSets(model)) assert.equal(shareSum(set), '100.00');
  });

  test('zooming into 201 draws its 款 and 项 around it', () => {
    const model = buildSunburst(referenceRoot(), { focus: '201' });
    assert.deepEqual(model.arcs.map(row), [
      '1 20140 信访事务 320.18',
      '2 2014099 其他信访事务支出 305.00',
      '2 2014004 信访业务 15.18',
      '1 20103 政府办公厅（室）及相关机构事务 118.71',
      '2 2010301 行政运行 71.73',
      '2 2010350 事业运行 46.98',
    ]);
    assert.deepEqual(model.focus.children.map((a) => a.share?.toFixed(2)), ['72.95', '27.05']);
    near(model.focus.children[0].x1, (TAU * 320.18) / 438.89);
    assert.equal(model.focus.share?.toFixed(2), '90.58', 'the centre repeats the share it had one level out');
    assert.deepEqual(model.path.map((a) => [a.id, a.ring]), [['', -1], ['201', 0]]);
    assert.equal(model.path[1], model.focus);
  });

  test('the rings option limits the depth drawn', () => {
    const model = buildSunburst(referenceRoot(), { rings: 1 });
    assert.deepEqual(model.arcs.map((a) => a.id), ['201', '208', '221', '210']);
    assert.ok(model.arcs.every((a) => a.children.length === 0));
  });

  test('the project column hides the zero arcs', () => {
    const model = buildSunburst(referenceRoot('project'));
    assert.deepEqual(model.arcs.map(row), ['1 201 一般公共服务支出 320.18', '2 20140 信访事务 320.18', '3 2014099 其他信访事务支出 305.00', '3 2014004 信访业务 15.18']);
    assert.equal(model.focus.children[0].share?.toFixed(2), '100.00');
    assert.equal(model.focus.children[0].x1, TAU);
  });

  test('an unknown focus is rejected by name', () => {
    for (const focus of ['299', '201' + OTHER_SUFFIX, 'x']) {
      assert.throws(() => buildSunburst(referenceRoot(), { focus }), (e: unknown) => e instanceof BudgetInputError && e.code === 'unknown-focus' && e.found === focus);
    }
  });

  test('invalid options are rejected', () => {
    for (const options of [{ rings: 0 }, { maxArcs: 2 }, { maxArcs: 10.5 }, { minAngle: -1 }, { minAngle: NaN }]) {
      assert.throws(() => buildSunburst(referenceRoot(), options), BudgetInputError, JSON.stringify(options));
    }
  });
});

describe('buildSunburst with inconsistent amounts', () => {
  const withItems = (first: string, second: string): SubjectNode => {
    const table: SubjectTable = structuredClone(minimalDocument().expenditureBySubject!);
    table.rows[2].amounts.total = first;
    table.rows[3].amounts.total = second;
    return buildSubjectHierarchy(table, 'total');
  };

  test('children of a parent stating more than their sum leave a gap', () => {
    const [parent, a, b] = buildSunburst(withItems('60.00', '30.00'), { focus: '201' }).arcs;
    assert.equal(parent.x1, TAU);
    near(a.x1, TAU * 0.6);
    near(b.x1, TAU * 0.9);
    assert.deepEqual([a.share?.toFixed(2), b.share?.toFixed(2)], ['66.67', '33.33']);
  });

  test('children summing to more than their parent never overflow it', () => {
    const model = buildSunburst(withItems('70.00', '40.00'));
    const [, section, a, b] = model.arcs;
    near(section.x1, TAU);
    near(a.x1, (TAU * 70) / 110);
    assert.equal(b.x1, section.x1);
  });

  test('equal amounts are drawn in code order', () => {
    const table: SubjectTable = structuredClone(minimalDocument().expenditureBySubject!);
    table.rows[2].amounts.total = table.rows[3].amounts.total = '50.00';
    table.rows.reverse();
    assert.deepEqual(buildSunburst(buildSubjectHierarchy(table, 'total')).arcs.map((a) => a.id), ['201', '20103', '2010301', '2010302']);
  });

  test('a lone thin sibling stays drawn, two thin siblings are grouped', () => {
    const rows = (amounts: string[]) => amounts.map((total, i) => ({ code: String(201 + i), name: `类 ${i}`, amounts: { total } }));
    const table = (amounts: string[]): SubjectTable => ({ ...minimalDocument().expenditureBySubject!, total: { total: '10000.00' }, rows: rows(amounts) });
    const lone = buildSunburst(buildSubjectHierarchy(table(['9999.00', '1.00']), 'total'));
    assert.deepEqual(lone.arcs.map((a) => a.id), ['201', '202']);
    assert.ok(lone.arcs[1].x1 - lone.arcs[1].x0 < 0.004);
    const pair = buildSunburst(buildSubjectHierarchy(table(['9998.00', '1.00', '1.00']), 'total'));
    assert.deepEqual(pair.arcs.map((a) => `${a.id} ${a.amount.toFixed(2)} ${a.share?.toFixed(2)}`), ['201 9998.00 99.98', '~other 2.00 0.02']);
    assert.deepEqual(pair.arcs[1].members.map((m) => m.code), ['202', '203']);
    assert.deepEqual(buildSunburst(buildSubjectHierarchy(table(['9998.00', '1.00', '1.00']), 'total'), { focus: '203' }).path.map((a) => a.id), ['', '~other', '203']);
  });
});

describe('syntheticCityTable', () => {
  test('is deterministic, sized as asked and exactly consistent', () => {
    assert.deepEqual(syntheticCityTable({ classes: 30, sectionsPerClass: 10, itemsPerSection: 10, seed: 1 }), cityTable);
    assert.notDeepEqual(syntheticCityTable({ classes: 30, sectionsPerClass: 10, itemsPerSection: 10, seed: 2 }).rows, cityTable.rows);
    const nodes = descendants(city);
    assert.deepEqual(['class', 'section', 'item'].map((level) => nodes.filter((n) => n.level === level).length), [30, 300, 3000]);
    assert.ok(nodes.every((n) => !n.synthetic));
    for (const node of [city, ...nodes].filter((n) => n.children.length > 0)) {
      assert.ok(node.amount.eq(node.children.reduce((s, c) => s.plus(c.amount), new D(0))), node.code);
    }
    const { total, basic, project } = cityTable.total;
    assert.ok(new D(total!).eq(new D(basic!).plus(project!)));
    for (const r of cityTable.rows) {
      assert.match(r.amounts.total!, /^\d+\.\d\d$/);
      assert.ok(new D(r.amounts.total!).eq(new D(r.amounts.basic!).plus(r.amounts.project!)), r.code);
    }
    assert.equal(cityTable.rows[0].name, '一般公共服务支出');
    assert.match(cityTable.rows[1].name, /^\S+事务 1$/);
    assert.match(cityTable.rows[2].name, /^\S+ 1$/);
    assert.throws(() => syntheticCityTable({ classes: 100, sectionsPerClass: 1, itemsPerSection: 1, seed: 1 }), BudgetInputError);
  });
});

describe('grouping small siblings on a city-sized budget', () => {
  const model = buildSunburst(city);
  const groups = model.arcs.filter((a) => a.kind === 'other');

  test('never draws more than maxArcs, whatever the limit', () => {
    assert.equal(descendants(city).length, 3330);
    assert.ok(model.arcs.length <= 400, `${model.arcs.length} arcs`);
    assert.ok(groups.length > 0);
    for (const maxArcs of [3, 30, 100, 1000]) {
      const count = buildSunburst(city, { maxArcs }).arcs.length;
      assert.ok(count <= maxArcs, `${count} > ${maxArcs}`);
    }
    assert.ok(buildSunburst(city, { maxArcs: 1000 }).arcs.length > 400, 'a higher limit draws more');
  });

  test('a group is the exact sum of at least two of the smallest siblings, drawn last', () => {
    for (const group of groups) {
      const parent = model.byId.get(group.parentId)!;
      assert.equal(group.id, parent.id + OTHER_SUFFIX);
      assert.equal(group.code, parent.code);
      assert.equal(group.name, '');
      assert.ok(group.members.length >= 2);
      assert.ok(group.amount.eq(group.members.reduce((s, m) => s.plus(m.amount), new D(0))), group.id);
      assert.equal(group.level, group.members[0].level);
      assert.deepEqual(group.children, []);
      assert.equal(parent.children.at(-1), group);
      const smallestDrawn = parent.children.at(-2);
      if (smallestDrawn) assert.ok(group.members.every((m) => m.amount.lte(smallestDrawn.amount)));
      assert.ok(group.members.every((m) => !model.byId.has(m.code)), 'grouped nodes and their descendants are not drawn');
    }
  });

  test('shares sum to exactly 100.00 among every drawn sibling set, groups included', () => {
    for (const set of siblingSets(model)) assert.equal(shareSum(set), '100.00');
    const last = model.arcs.at(-1)!;
    assert.ok(last.x1 <= TAU);
  });

  test('with room to spare, at most one arc per sibling set stays thinner than minAngle', () => {
    const roomy = buildSunburst(city, { maxArcs: 100000 });
    for (const set of siblingSets(roomy)) {
      assert.ok(set.filter((a) => a.kind === 'subject' && a.x1 - a.x0 < 0.004).length <= 1, set[0].parentId);
    }
    assert.ok(roomy.arcs.some((a) => a.kind === 'other'));
    assert.equal(buildSunburst(city, { maxArcs: 100000, minAngle: 0 }).arcs.length, 3330);
  });

  test('zooming into a group draws its members around it', () => {
    const group = groups.find((g) => g.ring === 3)!;
    const zoomed = buildSunburst(city, { focus: group.id });
    assert.equal(zoomed.focus.kind, 'other');
    assert.equal(zoomed.focus.id, group.id);
    assert.ok(zoomed.focus.amount.eq(group.amount));
    // Members that are still too thin around the group form a group of their own, drawn last.
    const ring1 = zoomed.focus.children.flatMap((a) => (a.kind === 'other' ? a.members.map((m) => m.code) : [a.id]));
    assert.deepEqual(ring1, group.members.map((m) => m.code));
    assert.equal(zoomed.focus.children.at(-1)!.x1, TAU);
    assert.equal(shareSum(zoomed.focus.children), '100.00');
    const section = model.byId.get(group.parentId)!;
    assert.deepEqual(zoomed.path.map((a) => a.id), ['', section.parentId, section.id, group.id]);
    assert.equal(zoomed.path[2].share?.toFixed(2), section.share?.toFixed(2));

    const nested = zoomed.byId.get(group.id + OTHER_SUFFIX);
    assert.ok(nested, 'this group has members thinner than minAngle even at full circle');
    const inner = buildSunburst(city, { focus: nested.id });
    assert.deepEqual(inner.focus.children.map((a) => a.id), nested.members.map((m) => m.code));
    assert.deepEqual(inner.path.map((a) => a.id).slice(-2), [group.id, nested.id]);
    assert.deepEqual(buildSunburst(city, { focus: nested.members[0].code }).path.map((a) => a.id).slice(-3), [group.id, nested.id, nested.members[0].code]);
  });

  test('a code reached through a group has the group in its path', () => {
    const group = groups.find((g) => g.ring === 1 || g.ring === 2)!;
    const member = group.members[0];
    const zoomed = buildSunburst(city, { focus: member.code });
    assert.deepEqual(zoomed.path.map((a) => a.id).slice(-2), [group.id, member.code]);
    assert.equal(zoomed.focus.parentId, group.id);
    assert.ok(zoomed.arcs.length > 0);
    const outside = model.focus.children[0];
    assert.deepEqual(buildSunburst(city, { focus: outside.id }).path.map((a) => a.id), ['', outside.id]);
  });
});

describe('buildSunburst orders amounts exactly', () => {
  test('siblings whose floats are equal are drawn by their exact amounts, then by code', () => {
    const table: SubjectTable = structuredClone(minimalDocument().expenditureBySubject!);
    const items = ['0.29999999999999999', '0.3', '0.30000000000000001', '0.300', '99.1'];
    table.rows = [
      { code: '201', name: '类', amounts: { total: '100.00000000000000001' } },
      { code: '20103', name: '款', amounts: { total: '100.00000000000000001' } },
      ...items.map((total, i) => ({ code: `201030${i + 1}`, name: `项 ${i}`, amounts: { total } })),
    ];
    const model = buildSunburst(buildSubjectHierarchy(table, 'total'), { focus: '20103', minAngle: 0 });
    assert.deepEqual(model.focus.children.map((a) => `${a.id} ${a.amount.toString()}`), [
      '2010305 99.1',
      '2010303 0.30000000000000001',
      '2010302 0.3',
      '2010304 0.3',
      '2010301 0.29999999999999999',
    ]);
    assert.equal(shareSum(model.focus.children), '100.00');
  });
});
