// The Observable "zoomable sunburst" (d3-hierarchy partition, d3-shape arc, SVG), with three
// rings in view instead of two so it shows as much as the other pages.
import { hierarchy, partition, type HierarchyRectangularNode } from 'd3-hierarchy';
import { arc as d3Arc } from 'd3-shape';
import { interpolate } from 'd3-interpolate';
import { schemeTableau10 } from 'd3-scale-chromatic';
import { select } from 'd3-selection';
import 'd3-transition';
import { register, ZOOM_MS } from './api.js';

interface Datum { id: string; name: string; value?: number; children?: Datum[] }
interface Box { x0: number; x1: number; y0: number; y1: number }
type Node = HierarchyRectangularNode<Datum> & { current: Box; target?: Box };

const SIZE = 640;
const RINGS = 3;
const radius = SIZE / 2 / (RINGS + 1);

let duration = 0;
let root: Node;
// d3-selection is untyped here (see d3-untyped.d.ts).
type Selection = any;
let path: Selection;
let label: Selection;
let parent: Selection;
let svgRoot: Selection;

const arcVisible = (d: Box) => d.y1 <= RINGS + 1 && d.y0 >= 1 && d.x1 > d.x0;
const labelVisible = (d: Box) => d.y1 <= RINGS + 1 && d.y0 >= 1 && (d.y1 - d.y0) * (d.x1 - d.x0) > 0.03;
function labelTransform(d: Box) {
  const x = (((d.x0 + d.x1) / 2) * 180) / Math.PI;
  const y = ((d.y0 + d.y1) / 2) * radius;
  return `rotate(${x - 90}) translate(${y},0) rotate(${x < 180 ? 0 : 180})`;
}
const arc = d3Arc<Box>()
  .startAngle((d) => d.x0)
  .endAngle((d) => d.x1)
  .padAngle((d) => Math.min((d.x1 - d.x0) / 2, 0.005))
  .padRadius(radius * 1.5)
  .innerRadius((d) => d.y0 * radius)
  .outerRadius((d) => Math.max(d.y0 * radius, d.y1 * radius - 1));

function clicked(p: Node): Promise<void> {
  parent.datum(p.parent ?? root);
  root.each((n) => {
    const d = n as Node;
    d.target = {
      x0: Math.max(0, Math.min(1, (d.x0 - p.x0) / (p.x1 - p.x0))) * 2 * Math.PI,
      x1: Math.max(0, Math.min(1, (d.x1 - p.x0) / (p.x1 - p.x0))) * 2 * Math.PI,
      y0: Math.max(0, d.y0 - p.depth),
      y1: Math.max(0, d.y1 - p.depth),
    };
  });
  if (duration === 0) {
    root.each((n) => ((n as Node).current = (n as Node).target!));
    path.attr('fill-opacity', (d: Node) => (arcVisible(d.current) ? (d.children ? 0.6 : 0.4) : 0))
      .attr('pointer-events', (d: Node) => (arcVisible(d.current) ? 'auto' : 'none'))
      .attr('d', (d: Node) => arc(d.current));
    label.attr('fill-opacity', (d: Node) => +labelVisible(d.current)).attr('transform', (d: Node) => labelTransform(d.current));
    return Promise.resolve();
  }
  const t = svgRoot.transition().duration(duration);
  // Only the arcs visible before or after are tweened, as in the original.
  path.transition(t as never)
    .tween('data', (d: Node) => {
      const i = interpolate(d.current, d.target!);
      return (time: number) => (d.current = i(time));
    })
    .filter(function (this: Element, d: Node) { return +this.getAttribute('fill-opacity')! > 0 || arcVisible(d.target!); })
    .attr('fill-opacity', (d: Node) => (arcVisible(d.target!) ? (d.children ? 0.6 : 0.4) : 0))
    .attr('pointer-events', (d: Node) => (arcVisible(d.target!) ? 'auto' : 'none'))
    .attrTween('d', (d: Node) => () => arc(d.current) ?? '');
  label.filter(function (this: Element, d: Node) { return +this.getAttribute('fill-opacity')! > 0 || labelVisible(d.target!); })
    .transition(t as never)
    .attr('fill-opacity', (d: Node) => +labelVisible(d.target!))
    .attrTween('transform', (d: Node) => () => labelTransform(d.current));
  return t.end().catch(() => undefined);
}

register({
  async render(data, container) {
    const tree = hierarchy(data as Datum).sum((d) => d.value ?? 0).sort((a, b) => b.value! - a.value!);
    root = partition<Datum>().size([2 * Math.PI, tree.height + 1])(tree) as Node;
    root.each((d) => ((d as Node).current = d));
    const classes = new Map((root.children ?? []).map((c, i) => [c.data.id, schemeTableau10[i % 10]]));
    const color = (id: string) => classes.get(id)!;
    svgRoot = select(container).append('svg').attr('viewBox', [-SIZE / 2, -SIZE / 2, SIZE, SIZE].join(' ')).attr('width', SIZE).attr('height', SIZE)
      .style('font', '10px sans-serif');
    path = svgRoot.append('g').selectAll('path')
      .data(root.descendants().slice(1) as Node[])
      .join('path')
      .attr('fill', (d: Node) => { let n: Node = d; while (n.depth > 1) n = n.parent as Node; return color(n.data.id); })
      .attr('fill-opacity', (d: Node) => (arcVisible(d.current) ? (d.children ? 0.6 : 0.4) : 0))
      .attr('pointer-events', (d: Node) => (arcVisible(d.current) ? 'auto' : 'none'))
      .attr('d', (d: Node) => arc(d.current));
    path.filter((d: Node) => !!d.children).style('cursor', 'pointer').on('click', (_event: unknown, p: Node) => void clicked(p));
    path.append('title').text((d: Node) => `${d.ancestors().map((a) => a.data.name).reverse().join('/')}\n${d.value}`);
    label = svgRoot.append('g').attr('pointer-events', 'none').attr('text-anchor', 'middle').style('user-select', 'none')
      .selectAll('text')
      .data(root.descendants().slice(1) as Node[])
      .join('text')
      .attr('dy', '0.35em')
      .attr('fill-opacity', (d: Node) => +labelVisible(d.current))
      .attr('transform', (d: Node) => labelTransform(d.current))
      .text((d: Node) => d.data.name);
    parent = svgRoot.append('circle').datum(root).attr('r', radius).attr('fill', 'none').attr('pointer-events', 'all')
      .on('click', (_event: unknown, p: Node) => void clicked(p));
  },
  zoom(id) {
    return clicked(root.find((d) => d.data.id === id) as Node);
  },
  zoomOut() {
    return clicked(root);
  },
  async setAnimation(on) {
    duration = on ? ZOOM_MS : 0;
  },
});
