/** An annular sector: angles in radians clockwise from 12 o'clock, radii in px. */
export interface Sector {
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
}

/** Pad between neighbouring sectors: `padAngle` radians measured at `padRadius` (d3's default: the root mean square of the radii). */
export interface SectorPad {
  padAngle: number;
  padRadius?: number;
}

const TAU = 2 * Math.PI;
/** d3-shape's threshold for "zero" angles and radii. */
const EPSILON = 1e-12;
/** d3-path's threshold for coincident points and empty arcs. */
const PATH_EPSILON = 1e-6;

/** Coordinates rounded to 3 decimals, as d3-path writes them by default. */
const round = (value: number) => Math.round(value * 1000) / 1000;

const asin = (x: number) => (x >= 1 ? Math.PI / 2 : x <= -1 ? -Math.PI / 2 : Math.asin(x));

/**
 * The SVG path of an annular sector, character for character what d3-shape's `arc()` draws
 * without corner radius (`tests/core/arc-path.test.ts` holds it to that): the chart's only use of
 * d3-shape, which would otherwise cost every page that shows a sunburst several kilobytes.
 */
export function sectorPath(sector: Sector, pad: SectorPad = { padAngle: 0 }): string {
  const path = new PathWriter();
  let r0 = sector.innerRadius;
  let r1 = sector.outerRadius;
  const a0 = sector.startAngle - Math.PI / 2;
  const a1 = sector.endAngle - Math.PI / 2;
  const da = Math.abs(a1 - a0);
  const cw = a1 > a0;
  if (r1 < r0) [r0, r1] = [r1, r0];

  if (!(r1 > EPSILON)) path.moveTo(0, 0);
  else if (da > TAU - EPSILON) {
    path.moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0));
    path.arc(r1, a0, a1, !cw);
    if (r0 > EPSILON) {
      path.moveTo(r0 * Math.cos(a1), r0 * Math.sin(a1));
      path.arc(r0, a1, a0, cw);
    }
  } else {
    let a01 = a0;
    let a11 = a1;
    let a00 = a0;
    let a10 = a1;
    let da0 = da;
    let da1 = da;
    const ap = pad.padAngle / 2;
    const rp = ap > EPSILON ? (pad.padRadius ?? Math.sqrt(r0 * r0 + r1 * r1)) : 0;
    if (rp > EPSILON) {
      let p0 = asin((rp / r0) * Math.sin(ap));
      let p1 = asin((rp / r1) * Math.sin(ap));
      if ((da0 -= p0 * 2) > EPSILON) {
        p0 *= cw ? 1 : -1;
        a00 += p0;
        a10 -= p0;
      } else {
        da0 = 0;
        a00 = a10 = (a0 + a1) / 2;
      }
      if ((da1 -= p1 * 2) > EPSILON) {
        p1 *= cw ? 1 : -1;
        a01 += p1;
        a11 -= p1;
      } else {
        da1 = 0;
        a01 = a11 = (a0 + a1) / 2;
      }
    }
    const x01 = r1 * Math.cos(a01);
    const y01 = r1 * Math.sin(a01);
    const x10 = r0 * Math.cos(a10);
    const y10 = r0 * Math.sin(a10);

    path.moveTo(x01, y01);
    if (da1 > EPSILON) path.arc(r1, a01, a11, !cw);
    if (!(r0 > EPSILON) || !(da0 > EPSILON)) path.lineTo(x10, y10);
    else path.arc(r0, a10, a00, cw);
  }
  path.closePath();
  return path.text;
}

/** The subset of d3-path's Path that sectors need, arcs always centred on the origin. */
class PathWriter {
  text = '';
  private x0: number | null = null;
  private y0: number | null = null;
  private x1: number | null = null;
  private y1: number | null = null;

  moveTo(x: number, y: number): void {
    this.text += `M${round((this.x0 = this.x1 = x))},${round((this.y0 = this.y1 = y))}`;
  }

  lineTo(x: number, y: number): void {
    this.text += `L${round((this.x1 = x))},${round((this.y1 = y))}`;
  }

  closePath(): void {
    if (this.x1 === null) return;
    this.x1 = this.x0;
    this.y1 = this.y0;
    this.text += 'Z';
  }

  arc(r: number, a0: number, a1: number, ccw: boolean): void {
    const dx = r * Math.cos(a0);
    const dy = r * Math.sin(a0);
    const cw = ccw ? 0 : 1;
    let da = ccw ? a0 - a1 : a1 - a0;
    if (this.x1 === null) this.text += `M${round(dx)},${round(dy)}`;
    else if (Math.abs(this.x1 - dx) > PATH_EPSILON || Math.abs(this.y1! - dy) > PATH_EPSILON) this.text += `L${round(dx)},${round(dy)}`;
    if (!r) return;
    if (da < 0) da = (da % TAU) + TAU;
    if (da > TAU - PATH_EPSILON) {
      this.text += `A${round(r)},${round(r)},0,1,${cw},${round(-dx)},${round(-dy)}A${round(r)},${round(r)},0,1,${cw},${round((this.x1 = dx))},${round((this.y1 = dy))}`;
    } else if (da > PATH_EPSILON) {
      const x1 = r * Math.cos(a1);
      const y1 = r * Math.sin(a1);
      // Ends that round to the same point would make one SVG arc of nothing: draw it in two halves.
      if (da >= Math.PI && Math.round(dx * 1000) === Math.round(x1 * 1000) && Math.round(dy * 1000) === Math.round(y1 * 1000)) {
        da /= 2;
        // d3-path steps forward whatever the direction; kept so that paths stay identical.
        const mid = a0 + da;
        this.text += `A${round(r)},${round(r)},0,${da >= Math.PI ? 1 : 0},${cw},${round(r * Math.cos(mid))},${round(r * Math.sin(mid))}`;
      }
      this.text += `A${round(r)},${round(r)},0,${da >= Math.PI ? 1 : 0},${cw},${round((this.x1 = x1))},${round((this.y1 = y1))}`;
    }
  }
}
