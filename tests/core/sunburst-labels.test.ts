import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BudgetInputError } from '../../src/core/errors.js';
import {
  ESTIMATED_FONT,
  textWidth,
  fitArcLabel,
  labelTransform,
  truncateToWidth,
  type FittedLabel,
  type LabelArc,
  type LabelFont,
} from '../../src/core/sunburst/labels.js';
import { layoutCentre, type CentreBlock, type CentreLine } from '../../src/core/sunburst/centre.js';

describe('textWidth', () => {
  test('estimates CJK and fullwidth characters and … as 1 em and the rest as 0.6 em', () => {
    assert.equal(textWidth('信访事务', 12), 48);
    assert.equal(textWidth('（室）', 10), 30);
    assert.equal(textWidth('AB12', 10), 24);
    assert.equal(textWidth('a b…', 10), 28, 'CJK and DejaVu fonts draw … a full em wide');
    assert.equal(textWidth('𠀀', 20), 20, 'characters outside the BMP count once');
    assert.equal(textWidth('', 12), 0);
  });
});

/** The four corners and edge points of a fitted label's box, in polar coordinates around the chart's centre. */
function boxPoints(arc: LabelArc, label: FittedLabel, width: number, height: number): { r: number; angle: number }[] {
  const mid = (arc.x0 + arc.x1) / 2;
  const [along, across] = label.orientation === 'tangential' ? [width, height] : [height, width];
  const points: { r: number; angle: number }[] = [];
  for (let i = 0; i <= 20; i++) {
    for (const [u, v] of [[i / 20, 0], [i / 20, 1], [0, i / 20], [1, i / 20]]) {
      // x runs across the radius (tangentially), y along it, from the box's centre at label.radius.
      const x = (u - 0.5) * along;
      const y = label.radius + (v - 0.5) * across;
      points.push({ r: Math.hypot(x, y), angle: mid + Math.atan2(x, y) });
    }
  }
  return points;
}

function assertInside(arc: LabelArc, label: FittedLabel, fontSize: number, message: string) {
  const width = textWidth(label.text, fontSize);
  for (const p of boxPoints(arc, label, width, ESTIMATED_FONT.heightEms * fontSize)) {
    assert.ok(p.r >= arc.innerRadius - 1e-6 && p.r <= arc.outerRadius + 1e-6, `${message}: radius ${p.r}`);
    assert.ok(p.angle >= arc.x0 - 1e-6 && p.angle <= arc.x1 + 1e-6, `${message}: angle ${p.angle}`);
  }
}

describe('fitArcLabel', () => {
  // Mid-radius 120; the ring is 40 px thick.
  const wide: LabelArc = { x0: 0, x1: 1, innerRadius: 100, outerRadius: 140 };

  test('shows a short name in full along the arc, at mid-radius', () => {
    assert.deepEqual(fitArcLabel('行政运行', wide, 12), { text: '行政运行', truncated: false, orientation: 'tangential', radius: 120 });
  });

  test('cuts a long name with … to as many characters as fit as a straight line', () => {
    // 9 characters and … (120 px) fit between the arc's sides; 10 would poke out of them.
    const label = fitArcLabel('政府办公厅（室）及相关机构事务', wide, 12)!;
    assert.deepEqual([label.text, label.truncated, label.orientation], ['政府办公厅（室）及…', true, 'tangential']);
    assertInside(wide, label, 12, 'wide');
  });

  test('keeps a straight label inside a small ring, where the arc length overstates the room (issue 11)', () => {
    // The second ring of a 320 px chart: 104 px mid-radius, 1.2 radians give 125 px of arc, but a
    // straight line of 12 px characters leaves the ring after about 110 px.
    const ring: LabelArc = { x0: 0, x1: 1.2, innerRadius: 85.3, outerRadius: 122.7 };
    const label = fitArcLabel('政府办公厅（室）及相关机构事务', ring, 12)!;
    assert.ok(textWidth(label.text, 12) < 1.2 * 104, label.text);
    assertInside(ring, label, 12, 'phone ring');
  });

  test('turns radial on a narrow, deep arc', () => {
    const narrow: LabelArc = { x0: 1, x1: 1.2, innerRadius: 100, outerRadius: 200 };
    assert.deepEqual(fitArcLabel('行政运行', narrow, 12), { text: '行政运行', truncated: false, orientation: 'radial', radius: 150 });
    assert.equal(fitArcLabel('机关事业单位基本养老保险缴费支出', narrow, 12)?.text, '机关事业单位基…');
  });

  test('chooses the orientation that shows more characters', () => {
    const arc: LabelArc = { x0: 0, x1: 0.4, innerRadius: 100, outerRadius: 200 };
    assert.equal(fitArcLabel('机关事业单位基本养老保险', arc, 12)?.orientation, 'radial');
    assert.equal(fitArcLabel('机关事业', arc, 12)?.orientation, 'tangential', 'a tie goes to tangential');
  });

  test('hides a label when not even two characters and … fit', () => {
    assert.equal(fitArcLabel('行政运行', { x0: 0, x1: 0.02, innerRadius: 100, outerRadius: 130 }, 12), null);
    assert.equal(fitArcLabel('行政运行', { x0: 0, x1: 1, innerRadius: 100, outerRadius: 110 }, 12), null, 'a ring thinner than a line');
    assert.equal(fitArcLabel('行政运行', { x0: 0, x1: 0.05, innerRadius: 100, outerRadius: 300 }, 12), null, 'a 10 px chord is too narrow for radial text');
    assert.equal(fitArcLabel('行政运行', { x0: 1, x1: 0.5, innerRadius: 100, outerRadius: 300 }, 12), null, 'an empty arc');
    assert.equal(fitArcLabel('行政', { x0: 0, x1: 1, innerRadius: 100, outerRadius: 130 }, 12)?.text, '行政');
  });

  test('moves a label inward or outward from mid-radius when only that keeps it inside', () => {
    const ring: LabelArc = { x0: 0, x1: 2, innerRadius: 40, outerRadius: 80 };
    const label = fitArcLabel('行政运行行政运行', ring, 12)!;
    assert.ok(label.radius < 60, `${label.radius}`);
    assertInside(ring, label, 12, 'moved');
  });

  test('measures with the font given', () => {
    const narrowFont: LabelFont = { charEms: () => 0.5, heightEms: 1 };
    assert.equal(fitArcLabel('政府办公厅（室）及相关机构事务', wide, 12, narrowFont)?.truncated, false);
  });

  test('every label drawn lies inside its arc, for any arc and font size', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let drawn = 0;
    for (let i = 0; i < 3000; i++) {
      const innerRadius = random() * 250;
      const arc: LabelArc = { x0: random() * 6, x1: 0, innerRadius, outerRadius: innerRadius + 5 + random() * 120 };
      arc.x1 = arc.x0 + random() ** 2 * (2 * Math.PI - arc.x0);
      const fontSize = 12 + Math.floor(random() * 6);
      const name = '政府办公厅（室）及相关机构事务 General Public Services'.slice(0, 2 + Math.floor(random() * 40));
      const label = fitArcLabel(name, arc, fontSize);
      if (!label) continue;
      drawn++;
      assertInside(arc, label, fontSize, `${JSON.stringify(arc)} ${fontSize}`);
    }
    assert.ok(drawn > 1000, `${drawn} labels drawn`);
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

  test('places the text at the radius fitting chose', () => {
    assert.equal(labelTransform({ x0: 0, x1: 0, innerRadius: 90, outerRadius: 110 }, 'tangential', 95.5), 'rotate(0) translate(0,-95.5)');
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
  assertInside(arc, fitted, 14, 'a long name');
});

describe('layoutCentre', () => {
  const block = (text: string, role: string, fit: 'truncate' | 'wrap', optional = false, fontSize = 12): CentreBlock => ({
    text,
    role,
    fontSize,
    font: ESTIMATED_FONT,
    fit,
    optional,
  });
  const english = [
    block('General public services', 'name', 'truncate', true, 14),
    block('438.89', 'amount', 'wrap', false, 14),
    block('10,000 yuan (万元)', 'unit', 'wrap'),
    block('90.58% of the level above', 'share', 'wrap', true),
  ];

  /** Every line's box (estimated width by a line's height) lies inside the circle. */
  const assertInCircle = (lines: CentreLine[], radius: number) => {
    for (const line of lines) {
      const halfWidth = textWidth(line.text, line.fontSize) / 2;
      const far = Math.abs(line.y) + (ESTIMATED_FONT.heightEms * line.fontSize) / 2;
      assert.ok(Math.hypot(halfWidth, far) <= radius + 1e-9, `"${line.text}" leaves a circle of ${radius}`);
    }
  };

  test('wraps English at spaces, stacks the lines about the centre and keeps them inside (a 360 px chart)', () => {
    const lines = layoutCentre(english, 47);
    assert.deepEqual(
      lines.map((l) => [l.role, l.text]),
      [['name', 'Gene…'], ['amount', '438.89'], ['unit', '10,000'], ['unit', 'yuan'], ['unit', '(万元)']],
    );
    const half = (line: CentreLine) => (ESTIMATED_FONT.heightEms * line.fontSize) / 2;
    assert.ok(Math.abs(lines[0].y - half(lines[0]) + lines.at(-1)!.y + half(lines.at(-1)!)) < 1e-9, 'the stack is centred');
    assertInCircle(lines, 47);
  });

  test('leaves out the optional blocks before any required one, and everything when the amount cannot fit', () => {
    assert.deepEqual(layoutCentre(english, 70).map((l) => l.role), ['name', 'amount', 'unit', 'unit', 'share', 'share']);
    assert.deepEqual(layoutCentre(english, 47).map((l) => l.role), ['name', 'amount', 'unit', 'unit', 'unit'], 'the share goes first');
    assert.deepEqual(layoutCentre(english, 40).map((l) => l.role), ['amount', 'unit', 'unit', 'unit'], 'then the name');
    assert.deepEqual(layoutCentre(english, 35), [], 'the amount and its unit go together or not at all');
  });

  test('keeps every line inside for any radius', () => {
    for (let radius = 5; radius < 200; radius += 0.5) assertInCircle(layoutCentre(english, radius), radius);
  });
});
