import { approximate, D, type Dec } from '../decimal.js';
import { approximateAmount, compareAmounts, sumAmounts, unitSum, type SubjectNode } from '../hierarchy.js';

const sums = new WeakMap<readonly SubjectNode[], Dec>();

/** The amounts of `nodes` added up; cached per array, as a layout adds the same children again for every view. */
export const sum = (nodes: readonly SubjectNode[]): Dec => {
  let total = sums.get(nodes);
  if (!total) sums.set(nodes, (total = sumAmounts(nodes)));
  return total;
};

/** Draw order: larger first; the code breaks ties so equal amounts never swap between renders. */
function drawOrder(a: SubjectNode, b: SubjectNode): number {
  return compareAmounts(b, a) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** A float of 0 may still be a tiny amount, so only then is the Decimal asked. */
const isZero = (node: SubjectNode) => approximateAmount(node) === 0 && node.amount.isZero();

const drawn = new WeakMap<readonly SubjectNode[], SubjectNode[]>();

/**
 * The non-zero `nodes` in draw order. Cached per children array (a hierarchy is not changed once
 * built), so every view of one budget sorts each family once; callers must not modify the result.
 */
export function drawable(nodes: readonly SubjectNode[]): SubjectNode[] {
  let kids = drawn.get(nodes);
  if (!kids) drawn.set(nodes, (kids = nodes.filter((n) => !isZero(n)).sort(drawOrder)));
  return kids;
}

/** Children share the larger of the parent's stated amount and their own sum: a shortfall shows as a gap, an excess never overflows. */
export function denominator(amount: Dec, kids: readonly SubjectNode[]): Dec {
  return D.max(amount, sum(kids));
}

/**
 * The {@link denominator} of the amount `parts` add up to, as the nearest float (for angles only):
 * from the rows' whole units where both sums have them, so that measuring a family makes no Decimal.
 */
function approximateDenominator(parts: readonly SubjectNode[], kids: readonly SubjectNode[]): number {
  const [amount, kidsSum] = [unitSum(parts), unitSum(kids)];
  if (amount && kidsSum) {
    const places = Math.max(amount.places, kidsSum.places);
    const [a, b] = [amount.units * 10n ** BigInt(places - amount.places), kidsSum.units * 10n ** BigInt(places - kidsSum.places)];
    return Number(a > b ? a : b) / 10 ** places;
  }
  return approximate(denominator(sum(parts), kids));
}

/**
 * The focus or a 科目 within `depth` rings of it, with the angle it gets if drawn. Its children
 * are only sorted and measured when the planner looks at them: a capped view of a city's 50,000
 * rows touches a few thousand.
 */
export class Reach {
  /** How many children, largest first, get arcs of their own; the rest share one group arc. */
  open = 0;
  private measured: { nodes: SubjectNode[]; kids: Reach[]; limit: number } | undefined;
  private wholeAmount: Dec | undefined;
  private minimalCost: number | undefined;
  private spineCost: number | undefined;

  constructor(
    /** Undefined for a group at the centre. */
    readonly node: SubjectNode | undefined,
    /** The nodes whose amounts make this one's: the 科目 itself, or a group's members. */
    private readonly parts: () => readonly SubjectNode[],
    private readonly kidNodes: () => SubjectNode[],
    readonly span: number,
    /** Rings still drawn outside this one. */
    readonly depth: number,
    private readonly minAngle: number,
  ) {}

  private measure(): { nodes: SubjectNode[]; kids: Reach[]; limit: number } {
    const nodes = this.depth > 0 ? this.kidNodes() : [];
    // Plain floats suffice here: spans only decide grouping, and a 40-digit division per node is the slow part.
    const wholeNumber = approximateDenominator(this.parts(), nodes);
    const kids = nodes.map((n) => new Reach(n, () => [n], () => drawable(n.children), (this.span * approximateAmount(n)) / wholeNumber, this.depth - 1, this.minAngle));
    let thin = 0;
    while (thin < kids.length && kids[kids.length - 1 - thin].span < this.minAngle) thin++;
    // Two or more children thinner than minAngle always share the group; a lone thin one may stay drawn.
    return { nodes, kids, limit: thin >= 2 ? kids.length - thin : kids.length };
  }

  /** Drawable children in draw order; none on the outermost ring. */
  get kids(): Reach[] {
    return (this.measured ??= this.measure()).kids;
  }

  /** What the children's angles are fractions of (see {@link denominator}). */
  get whole(): Dec {
    return (this.wholeAmount ??= denominator(sum(this.parts()), (this.measured ??= this.measure()).nodes));
  }

  /** How many children may get arcs of their own. */
  get limit(): number {
    return (this.measured ??= this.measure()).limit;
  }

  /** Arcs of the children with the `open` largest on their own. */
  arcs(open: number): number {
    return open + (open < this.kids.length ? 1 : 0);
  }

  /** `open` after drawing one more child: two when only one would be left, since a group of one hides a name and saves no arc. */
  next(open: number): number {
    return open + 2 === this.kids.length && this.limit === this.kids.length ? open + 2 : open + 1;
  }

  /** Arcs outside this one when all its children share one group (a single child is drawn, and so on out). */
  minimal(): number {
    const kids = this.kids;
    return (this.minimalCost ??= kids.length === 0 ? 0 : kids.length === 1 ? 1 + kids[0].minimal() : 1);
  }

  /** Arcs outside this one when it and every child drawn for the purpose draw their largest child. */
  spine(): number {
    if (this.spineCost === undefined) {
      const open = this.limit === 0 ? 0 : this.next(0);
      this.spineCost = open === 0 ? this.minimal() : this.arcs(open) + this.kids.slice(0, open).reduce((total, kid) => total + kid.spine(), 0);
    }
    return this.spineCost;
  }
}

/** Puts `reach` in its {@link Reach.minimal} state. */
function settle(reach: Reach): void {
  reach.open = reach.kids.length === 1 ? 1 : 0;
  if (reach.open === 1) settle(reach.kids[0]);
}

/** Puts `reach` in its {@link Reach.spine} state. */
function openSpine(reach: Reach): void {
  if (reach.limit === 0) return settle(reach);
  reach.open = reach.next(0);
  reach.kids.slice(0, reach.open).forEach(openSpine);
}

/** The drawn places outside `reach` (itself included) for which `wanted` holds. */
function drawnWhere(reach: Reach, wanted: (r: Reach) => boolean, out: Reach[] = []): Reach[] {
  if (wanted(reach)) out.push(reach);
  for (const kid of reach.kids.slice(0, reach.open)) drawnWhere(kid, wanted, out);
  return out;
}

/** Wider next child first, then the ring nearer the centre, then code order, so plans never depend on input order. */
function before(a: Reach, b: Reach): boolean {
  const x = a.kids[a.open];
  const y = b.kids[b.open];
  return x.span !== y.span ? x.span > y.span : a.depth !== b.depth ? a.depth > b.depth : x.node!.code < y.node!.code;
}

/** A binary heap of parents by their next undrawn child. */
class Queue {
  private items: Reach[] = [];

  constructor(items: Reach[]) {
    items.forEach((item) => this.push(item));
  }

  push(item: Reach): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0 && before(items[i], items[(i - 1) >> 1])) {
      [items[i], items[(i - 1) >> 1]] = [items[(i - 1) >> 1], items[i]];
      i = (i - 1) >> 1;
    }
  }

  pop(): Reach | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let best = i;
        if (l < items.length && before(items[l], items[best])) best = l;
        if (r < items.length && before(items[r], items[best])) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

/**
 * `arcs` and the cost of each of `kids`, added up until the sum passes `left`: once the plan
 * cannot afford a child, its own children need not be measured. Costs are never negative.
 */
function costWithin(arcs: number, kids: readonly Reach[], cost: (kid: Reach) => number, left: number): number {
  let total = arcs;
  for (let i = 0; i < kids.length && total <= left; i++) total += cost(kids[i]);
  return total;
}

/**
 * Sets `open` on the focus and every drawn place so that at most `maxArcs` arcs are drawn
 * (`maxArcs` ≥ the focus's depth, which the minimal drawing needs). First the focus, and every
 * child drawn on the way, gets its largest child, ring by ring as far as the cap allows. Then the
 * arcs left go to the widest undrawn children wherever they are, each drawn only when its own
 * chain of largest children fits too, so every drawn parent keeps showing its largest child.
 * Widest first gives more arcs to larger parents; a child that does not fit closes its parent,
 * whose remaining children form its group.
 */
export function planArcs(focus: Reach, maxArcs: number): void {
  settle(focus);
  let left = maxArcs - focus.minimal();
  const firsts = new Queue(drawnWhere(focus, (r) => r.open === 0 && r.limit > 0));
  for (let parent = firsts.pop(); parent; parent = firsts.pop()) {
    const open = parent.next(0);
    const kids = parent.kids.slice(0, open);
    const cost = costWithin(parent.arcs(open) - parent.arcs(0), kids, (kid) => kid.minimal(), left);
    if (cost > left) continue;
    left -= cost;
    parent.open = open;
    kids.forEach(settle);
    kids.forEach((kid) => drawnWhere(kid, (r) => r.open === 0 && r.limit > 0).forEach((r) => firsts.push(r)));
  }
  const more = (r: Reach) => r.open < r.limit;
  const rest = new Queue(drawnWhere(focus, more));
  for (let parent = rest.pop(); parent; parent = rest.pop()) {
    const from = parent.open;
    const open = parent.next(from);
    const kids = parent.kids.slice(from, open);
    const cost = costWithin(parent.arcs(open) - parent.arcs(from), kids, (kid) => kid.spine(), left);
    if (cost > left) continue;
    left -= cost;
    parent.open = open;
    kids.forEach(openSpine);
    if (more(parent)) rest.push(parent);
    kids.forEach((kid) => drawnWhere(kid, more).forEach((r) => rest.push(r)));
  }
}
