import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BudgetInputError } from '../../src/core/errors.js';
import { estimateTextWidth, fitArcLabel, labelTransform, truncateToWidth, type LabelArc } from '../../src/core/sunburst/labels.js';

describe('estimateTextWidth', () => {
  test('counts CJK and fullwidth characters as 1 em and the rest as 0.6 em', () => {
    assert.equal(estimateTextWidth('信访事务', 12), 48);
    assert.equal(estimateTextWidth('（室）', 10), 30);
    assert.equal(estimateTextWidth('AB12', 10), 24);
    assert.equal(estimateTextWidth('a b…', 10), 24);
    assert.equal(estimateTextWidth('𠀀', 20), 20, 'characters outside the BMP count once');
    assert.equal(estimateTextWidth('', 12), 0);
  });
});

describe('fitArcLabel', () => {
  // Mid-radius 120: 1 radian of arc is 120 px long; the ring is 40 px thick.
  const wide: LabelArc = { x0: 0, x1: 1, innerRadius: 100, outerRadius: 140 };

  test('shows a short name in full along the arc', () => {
    assert.deepEqual(fitArcLabel('行政运行', wide, 12), { text: '行政运行', truncated: false, orientation: 'tangential' });
  });

  test('cuts a long name with … to as many characters as fit', () => {
    // 9 characters (108 px) + … (7.2 px) fit in 120 px; 10 would not.
    assert.deepEqual(fitArcLabel('政府办公厅（室）及相关机构事务', wide, 12), { text: '政府办公厅（室）及…', truncated: true, orientation: 'tangential' });
  });

  test('turns radial on a narrow, deep arc', () => {
    const narrow: LabelArc = { x0: 1, x1: 1.2, innerRadius: 100, outerRadius: 200 };
    assert.deepEqual(fitArcLabel('行政运行', narrow, 12), { text: '行政运行', truncated: false, orientation: 'radial' });
    assert.deepEqual(fitArcLabel('机关事业单位基本养老保险缴费支出', narrow, 12), { text: '机关事业单位基…', truncated: true, orientation: 'radial' });
  });

  test('chooses the orientation that shows more characters', () => {
    // Arc length 60 px (4 characters + …) against a ring 100 px thick (7 characters + …).
    const arc: LabelArc = { x0: 0, x1: 0.4, innerRadius: 100, outerRadius: 200 };
    assert.equal(fitArcLabel('机关事业单位基本养老保险', arc, 12)?.orientation, 'radial');
    assert.equal(fitArcLabel('机关事业', arc, 12)?.orientation, 'tangential', 'a tie goes to tangential');
  });

  test('hides a label when not even two characters and … fit', () => {
    assert.equal(fitArcLabel('行政运行', { x0: 0, x1: 0.02, innerRadius: 100, outerRadius: 130 }, 12), null);
    assert.equal(fitArcLabel('行政运行', { x0: 0, x1: 1, innerRadius: 100, outerRadius: 110 }, 12), null, 'a ring thinner than a line');
    assert.equal(fitArcLabel('行政运行', { x0: 0, x1: 0.05, innerRadius: 100, outerRadius: 300 }, 12), null, 'a 10 px chord is too narrow for radial text');
    assert.equal(fitArcLabel('行政', { x0: 0, x1: 1, innerRadius: 100, outerRadius: 130 }, 12)?.text, '行政');
    assert.deepEqual(fitArcLabel('行政运行', { x0: 0, x1: 0.2, innerRadius: 100, outerRadius: 132 }, 12), { text: '行政…', truncated: true, orientation: 'radial' });
  });

  test('rejects a font size below 12', () => {
    assert.throws(() => fitArcLabel('行政运行', wide, 11.9), (e: unknown) => e instanceof BudgetInputError && e.found === '11.9');
    assert.throws(() => fitArcLabel('行政运行', wide, NaN), BudgetInputError);
    assert.ok(fitArcLabel('行政运行', wide, 12));
  });
});

describe('labelTransform', () => {
  /** Applies `rotate(a) translate(x,y)` to the origin and to the text direction (1,0), in SVG's y-down frame. */
  const apply = (transform: string) => {
    const m = /^rotate\((-?[\d.]+)\) translate\((-?[\d.]+),(-?[\d.]+)\)$/.exec(transform);
    assert.ok(m, transform);
    const [rotation, tx, ty] = m.slice(1).map(Number);
    const a = (rotation * Math.PI) / 180;
    return { rotation, x: tx * Math.cos(a) - ty * Math.sin(a), y: tx * Math.sin(a) + ty * Math.cos(a), dx: Math.cos(a), dy: Math.sin(a) };
  };

  test('places the text at mid-angle and mid-radius, upright, tangential or radial', () => {
    for (let step = 0; step < 72; step++) {
      const mid = (step * 2 * Math.PI) / 72 + 0.01;
      const arc: LabelArc = { x0: mid - 0.05, x1: mid + 0.05, innerRadius: 80, outerRadius: 120 };
      // Angle 0 is 12 o'clock and angles grow clockwise: that is (sin θ, −cos θ) with y pointing down.
      const [ux, uy] = [Math.sin(mid), -Math.cos(mid)];
      for (const orientation of ['tangential', 'radial'] as const) {
        const t = apply(labelTransform(arc, orientation));
        assert.ok(Math.abs(t.x - 100 * ux) < 0.01 && Math.abs(t.y - 100 * uy) < 0.01, `${orientation} at ${mid}: ${t.x},${t.y}`);
        assert.ok(Math.abs(t.rotation) <= 90, `${orientation} at ${mid} is upside down: ${t.rotation}°`);
        const along = t.dx * ux + t.dy * uy;
        if (orientation === 'tangential') assert.ok(Math.abs(along) < 1e-3, `not along the arc at ${mid}`);
        else assert.ok(Math.abs(Math.abs(along) - 1) < 1e-3, `not along the radius at ${mid}`);
      }
    }
  });

  test('gives the expected transforms at the four quarters', () => {
    const at = (mid: number) => ({ x0: mid, x1: mid, innerRadius: 90, outerRadius: 110 });
    assert.equal(labelTransform(at(0), 'tangential'), 'rotate(0) translate(0,-100)');
    assert.equal(labelTransform(at(Math.PI), 'tangential'), 'rotate(0) translate(0,100)');
    assert.equal(labelTransform(at(Math.PI / 2), 'radial'), 'rotate(0) translate(100,0)');
    assert.equal(labelTransform(at((3 * Math.PI) / 2), 'radial'), 'rotate(0) translate(-100,0)');
  });
});

test('truncateToWidth keeps what fits and marks the cut with an ellipsis', () => {
  assert.equal(truncateToWidth('全部支出', 100, 14), '全部支出');
  assert.equal(truncateToWidth('一般公共服务支出', 60, 14), '一般公…');
  assert.equal(truncateToWidth('一般公共服务支出', 1, 14), '一…');
});

test('a name of 200,000 characters is cut in one pass (quadratic cutting took minutes)', () => {
  const name = '行政运行'.repeat(50_000);
  assert.equal(truncateToWidth(name, 60, 14), '行政运…');
  const arc: LabelArc = { x0: 0, x1: 1, innerRadius: 100, outerRadius: 160 };
  const fitted = fitArcLabel(name, arc, 14)!;
  assert.equal(fitted.truncated, true);
  assert.ok(estimateTextWidth(fitted.text, 14) <= 130, fitted.text); // the arc is 130 px long at mid-radius
});
