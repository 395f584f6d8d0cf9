/**
 * sectorPath replaces d3-shape's arc() in the sunburst: its paths must be the very strings d3
 * draws, for every sector the chart can ask for. d3-shape stays a devDependency for this test.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { arc } from 'd3-shape';
import fc from 'fast-check';
import { sectorPath, type Sector } from '../../src/core/sunburst/arc-path.js';

const TAU = 2 * Math.PI;

function d3Path(sector: Sector, padAngle: number, padRadius?: number): string {
  const shape = arc<Sector>().padAngle(padAngle);
  if (padRadius !== undefined) shape.padRadius(padRadius);
  return shape(sector) ?? '';
}

function assertSame(sector: Sector, padAngle = 0, padRadius?: number): void {
  assert.equal(sectorPath(sector, { padAngle, padRadius }), d3Path(sector, padAngle, padRadius), JSON.stringify({ sector, padAngle, padRadius }));
}

const radius = fc.oneof(fc.constant(0), fc.constant(1e-13), fc.double({ min: 0, max: 1000, noNaN: true }));
const angle = fc.oneof(fc.constant(0), fc.constant(TAU), fc.double({ min: -2 * TAU, max: 2 * TAU, noNaN: true }));
const width = fc.oneof(fc.constant(0), fc.constant(1e-13), fc.constant(1e-7), fc.constant(TAU), fc.constant(TAU - 1e-7), fc.double({ min: -TAU, max: TAU, noNaN: true }));
const sector = fc.record({ startAngle: angle, width, innerRadius: radius, outerRadius: radius }).map(({ startAngle, width, innerRadius, outerRadius }) => ({
  startAngle,
  endAngle: startAngle + width,
  innerRadius,
  outerRadius,
}));

describe('sectorPath', () => {
  test('matches d3-shape for the sunburst’s own arcs (pad 0.003 at the chart radius)', () => {
    const radius = 320;
    for (const [x0, x1] of [[0, TAU], [0, 1], [1, 1.0001], [2, 2], [5.5, TAU], [0, Math.PI], [Math.PI, TAU]]) {
      for (const ring of [1, 2, 3]) {
        const inner = 96 + (ring - 1) * 74.67;
        assertSame({ startAngle: x0, endAngle: x1, innerRadius: inner, outerRadius: inner + 74.67 - 1 }, 0.003, radius);
      }
    }
  });

  test('matches d3-shape for full circles, points, zero-width and tiny arcs', () => {
    assertSame({ startAngle: 0, endAngle: TAU, innerRadius: 0, outerRadius: 100 });
    assertSame({ startAngle: 0, endAngle: TAU, innerRadius: 50, outerRadius: 100 });
    assertSame({ startAngle: 1, endAngle: 1 - TAU, innerRadius: 50, outerRadius: 100 });
    assertSame({ startAngle: 0, endAngle: 1, innerRadius: 0, outerRadius: 0 });
    assertSame({ startAngle: 2, endAngle: 2, innerRadius: 10, outerRadius: 20 }, 0.003, 320);
    assertSame({ startAngle: 2, endAngle: 2 + 1e-9, innerRadius: 10, outerRadius: 20 });
    assertSame({ startAngle: 0, endAngle: TAU - 1e-7, innerRadius: 10, outerRadius: 20 });
    assertSame({ startAngle: 0, endAngle: 1, innerRadius: 20, outerRadius: 10 });
    // Almost a circle: the ends round to one point and d3-path draws the arc in two halves.
    assertSame({ startAngle: 0, endAngle: TAU - 2e-6, innerRadius: 50, outerRadius: 100 });
    assertSame({ startAngle: TAU - 2e-6, endAngle: 0, innerRadius: 50, outerRadius: 100 });
  });

  test('matches d3-shape for random sectors, without pad, with d3’s default pad radius and with a given one', () => {
    fc.assert(
      fc.property(sector, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })), fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: undefined }), (s, padAngle, padRadius) => {
        assertSame(s, 0);
        assertSame(s, padAngle);
        assertSame(s, padAngle, padRadius);
      }),
      { numRuns: 5000, seed: 12 },
    );
  });
});
