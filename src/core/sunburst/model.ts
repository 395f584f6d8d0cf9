import { D, type Dec } from '../decimal.js';
import { BudgetInputError } from '../errors.js';
import type { SubjectLevel, SubjectNode } from '../hierarchy.js';
import { shares } from '../shares.js';

/** Appended to a parent's id to name the arc that groups its smallest children. */
export const OTHER_SUFFIX = '~other';

const TAU = 2 * Math.PI;

/** One ring segment of the sunburst: a 科目, or a group of small siblings. */
export interface SunburstArc {
  /** The 科目 code; for a group `${parentId}${OTHER_SUFFIX}` (the root's id is ''). */
  id: string;
  kind: 'subject' | 'other';
  /** The 科目 code; for a group its parent's code. */
  code: string;
  /** Published name; '' for a group, which the component names ("其他 (n 项)"). */
  name: string;
  /** For a group, the level of its members. */
  level: SubjectLevel;
  /** 1 = innermost ring around the focus; 0 for the focus; the focus's ancestors in `path` count down from -1. */
  ring: number;
  amount: Dec;
  /**
   * Percent among the siblings as drawn (largest remainder, summing to exactly 100.00). For the
   * focus and `path`, the share shown in the view one level out; null for the root, or when that
   * view does not draw the arc on its own.
   */
  share: Dec | null;
  /** Radians in [0, 2π], clockwise from 12 o'clock. */
  x0: number;
  x1: number;
  parentId: string;
  /** Drawn children; a group has none unless it is the focus. */
  children: SunburstArc[];
  /** For a group, the grouped siblings in draw order; [] otherwise. */
  members: SubjectNode[];
  synthetic: boolean;
}

/** What the sunburst draws around one focus. */
export interface SunburstModel {
  /** The centre: ring 0, x0 0, x1 2π. */
  focus: SunburstArc;
  /** Every drawn arc except the focus, depth first: parents before children, siblings in draw order. */
  arcs: SunburstArc[];
  /** The focus and every drawn arc by id. */
  byId: ReadonlyMap<string, SunburstArc>;
  /** Root first, ending with the focus; a group the focus was reached through is part of it. */
  path: SunburstArc[];
}

/** Options of {@link buildSunburst}. */
export interface SunburstOptions {
  /** Id of the arc at the centre: a code, '' for the root, or a group id. Default ''. */
  focus?: string;
  /** Most arcs drawn around the focus. Default 400; at least `rings`. */
  maxArcs?: number;
  /** Radians below which siblings are grouped. Default 0.004. */
  minAngle?: number;
  /** Levels of descendants drawn around the focus. Default 3. */
  rings?: number;
}

interface Settings {
  maxArcs: number;
  minAngle: number;
  rings: number;
}

/** A node of the drawn tree before it gets angles: a real 科目 or a group of small siblings. */
type Place =
  | { kind: 'subject'; id: string; node: SubjectNode }
  | { kind: 'other'; id: string; code: string; level: SubjectLevel; members: SubjectNode[] };

/** A node within reach of the focus with the angle it would get if drawn. */
interface Spanned {
  node: SubjectNode;
  span: number;
  kids: Spanned[];
}

const sum = (nodes: readonly SubjectNode[]): Dec => nodes.reduce((total, n) => total.plus(n.amount), new D(0));

/** Draw order: larger first; the code breaks ties so equal amounts never swap between renders. */
function drawOrder(a: SubjectNode, b: SubjectNode): number {
  return b.amount.comparedTo(a.amount) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function drawable(nodes: readonly SubjectNode[]): SubjectNode[] {
  return nodes.filter((n) => !n.amount.isZero()).sort(drawOrder);
}

function placeKids(place: Place): SubjectNode[] {
  return place.kind === 'subject' ? drawable(place.node.children) : place.members;
}

function placeAmount(place: Place): Dec {
  return place.kind === 'subject' ? place.node.amount : sum(place.members);
}

/** Children share the larger of the parent's stated amount and their own sum: a shortfall shows as a gap, an excess never overflows. */
function denominator(amount: Dec, kids: readonly SubjectNode[]): Dec {
  return D.max(amount, sum(kids));
}

function spanTree(kids: readonly SubjectNode[], amount: Dec, span: number, depth: number): Spanned[] {
  if (depth === 0 || kids.length === 0) return [];
  // Plain floats suffice here: spans only decide grouping, and a 40-digit division per node is the slow part.
  const whole = denominator(amount, kids).toNumber();
  return kids.map((node) => {
    const childSpan = (span * node.amount.toNumber()) / whole;
    return { node, span: childSpan, kids: spanTree(drawable(node.children), node.amount, childSpan, depth - 1) };
  });
}

/**
 * The grouping rule: among one parent's children, every child thinner than `minAngle`, or at most
 * `cut` radians wide, joins the group — but only when at least two do, since a group of one hides
 * a name and saves nothing. Spans are proportional to amounts, so the group is always the smallest
 * siblings. `cut` starts below every span and is raised only as far as `maxArcs` needs.
 */
function smallOnes(kids: readonly Spanned[], minAngle: number, cut: number): Set<Spanned> {
  const small = kids.filter((k) => k.span < minAngle || k.span <= cut);
  return new Set(small.length >= 2 ? small : []);
}

function countArcs(kids: readonly Spanned[], minAngle: number, cut: number): number {
  const grouped = smallOnes(kids, minAngle, cut);
  let count = grouped.size > 0 ? 1 : 0;
  for (const kid of kids) if (!grouped.has(kid)) count += 1 + countArcs(kid.kids, minAngle, cut);
  return count;
}

/** The smallest cut that keeps the drawing within `maxArcs` (fewer arcs as the cut rises, so a binary search finds it). */
function findCut(kids: readonly Spanned[], settings: Settings): number {
  if (countArcs(kids, settings.minAngle, -Infinity) <= settings.maxArcs) return -Infinity;
  const spans = new Set<number>();
  const collect = (list: readonly Spanned[]) => list.forEach((k) => (spans.add(k.span), collect(k.kids)));
  collect(kids);
  const candidates = [...spans].filter((s) => s >= settings.minAngle).sort((a, b) => a - b);
  let low = 0;
  let high = candidates.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (countArcs(kids, settings.minAngle, candidates[mid]) <= settings.maxArcs) high = mid;
    else low = mid + 1;
  }
  return candidates[low] ?? -Infinity;
}

function subjectArc(node: SubjectNode, ring: number, parentId: string): SunburstArc {
  const { code, name, level, amount, synthetic } = node;
  return { id: code, kind: 'subject', code, name, level, ring, amount, share: null, x0: 0, x1: TAU, parentId, children: [], members: [], synthetic };
}

function placeArc(place: Place, ring: number, parentId: string): SunburstArc {
  if (place.kind === 'subject') return subjectArc(place.node, ring, parentId);
  const { id, code, level, members } = place;
  const amount = sum(members);
  return { id, kind: 'other', code, name: '', level, ring, amount, share: null, x0: 0, x1: TAU, parentId, children: [], members, synthetic: false };
}

/** Gives `parent` its drawn children (angles, shares) and appends them depth first to `out`. */
function drawChildren(parent: SunburstArc, whole: Dec, kids: readonly Spanned[], minAngle: number, cut: number, out: SunburstArc[]): void {
  if (kids.length === 0) return;
  const grouped = smallOnes(kids, minAngle, cut);
  const shown = kids.filter((k) => !grouped.has(k));
  const arcs = shown.map((k) => subjectArc(k.node, parent.ring + 1, parent.id));
  if (grouped.size > 0) {
    const members = [...grouped].map((k) => k.node);
    arcs.push(placeArc({ kind: 'other', id: parent.id + OTHER_SUFFIX, code: parent.code, level: members[0].level, members }, parent.ring + 1, parent.id));
  }
  const percents = shares(arcs.map((a) => a.amount));
  const span = parent.x1 - parent.x0;
  let before = new D(0);
  arcs.forEach((arc, i) => {
    const after = before.plus(arc.amount);
    // Positions come from exact running sums, so rounding never piles up along a ring.
    arc.x0 = parent.x0 + span * before.div(whole).toNumber();
    arc.x1 = after.eq(whole) ? parent.x1 : Math.min(parent.x1, parent.x0 + span * after.div(whole).toNumber());
    arc.share = percents?.[i] ?? null;
    before = after;
  });
  parent.children = arcs;
  arcs.forEach((arc, i) => {
    out.push(arc);
    if (i < shown.length) drawChildren(arc, denominator(arc.amount, shown[i].kids.map((k) => k.node)), shown[i].kids, minAngle, cut, out);
  });
}

type View = { focus: SunburstArc; arcs: SunburstArc[]; byId: Map<string, SunburstArc> };
/** The (cached) view focused on `chain[index]`. */
type ViewOf = (chain: readonly Place[], index: number) => View;

/** Lays out the rings around one focus. */
function layout(place: Place, parentId: string, settings: Settings): View {
  const focus = placeArc(place, 0, parentId);
  const kids = placeKids(place);
  const amount = placeAmount(place);
  const tree = spanTree(kids, amount, TAU, settings.rings);
  const arcs: SunburstArc[] = [];
  drawChildren(focus, denominator(amount, kids), tree, settings.minAngle, findCut(tree, settings), arcs);
  return { focus, arcs, byId: new Map([focus, ...arcs].map((arc) => [arc.id, arc])) };
}

function invalid(name: string, rule: string, ruleZh: string, found: unknown): never {
  throw new BudgetInputError({ code: 'invalid-option', messageZh: `${name} ${ruleZh}`, messageEn: `${name} ${rule}`, found: String(found) });
}

function settingsOf(options: SunburstOptions): Settings {
  const { maxArcs = 400, minAngle = 0.004, rings = 3 } = options;
  if (!Number.isInteger(rings) || rings < 1) invalid('rings', 'must be a positive integer', '必须是正整数', rings);
  if (!Number.isInteger(maxArcs) || maxArcs < rings) invalid('maxArcs', 'must be an integer of at least rings', '必须是不小于 rings 的整数', maxArcs);
  if (!Number.isFinite(minAngle) || minAngle < 0) invalid('minAngle', 'must be a finite number ≥ 0', '必须是不小于 0 的有限数', minAngle);
  return { maxArcs, minAngle, rings };
}

/**
 * Finds the chain of places from the root to `id`. A group's members are those it has in the
 * outermost view that draws it (root first, then each place on the way in): the overview is
 * where readers usually meet a group, and a zoomed view can only group fewer siblings, so
 * zooming into a group from anywhere hides nothing. The same rule decides whether a code's
 * path passes through a group.
 */
function resolve(root: SubjectNode, id: string, view: ViewOf): Place[] {
  const unknown = (): never => {
    throw new BudgetInputError({ code: 'unknown-focus', messageZh: `找不到科目 "${id}"`, messageEn: `no arc "${id}" to focus on`, found: id });
  };
  const drawnIn = (chain: readonly Place[], groupId: string): SunburstArc | undefined => {
    for (let i = 0; i < chain.length; i++) {
      const found = view(chain, i).byId.get(groupId);
      if (found) return found;
    }
    return undefined;
  };
  const groupPlace = (arc: SunburstArc): Place => ({ kind: 'other', id: arc.id, code: arc.code, level: arc.level, members: arc.members });

  let base = id;
  let depth = 0;
  for (; base.endsWith(OTHER_SUFFIX); depth++) base = base.slice(0, -OTHER_SUFFIX.length);
  const lineage: SubjectNode[] = [];
  const find = (node: SubjectNode): boolean => {
    if (node.code !== base && !node.children.some(find)) return false;
    lineage.unshift(node);
    return true;
  };
  if (!find(root)) unknown();

  const chain: Place[] = [{ kind: 'subject', id: root.code, node: root }];
  for (const node of lineage.slice(1)) {
    let groupId = chain[chain.length - 1].id + OTHER_SUFFIX;
    for (let group = drawnIn(chain, groupId); group?.members.includes(node); group = drawnIn(chain, groupId)) {
      chain.push(groupPlace(group));
      groupId += OTHER_SUFFIX;
    }
    chain.push({ kind: 'subject', id: node.code, node });
  }
  for (let i = 0; i < depth; i++) {
    const group = drawnIn(chain, chain[chain.length - 1].id + OTHER_SUFFIX) ?? unknown();
    chain.push(groupPlace(group));
  }
  return chain;
}

/**
 * Lays out the sunburst of `root` around one focus: the rings, the angles of every arc, the
 * shares among siblings, the groups of small siblings and the breadcrumb path.
 *
 * Zero amounts are not drawn. When more than `maxArcs` arcs would be drawn, or siblings would be
 * thinner than `minAngle`, the smallest siblings of a parent become one 'other' arc (see
 * {@link smallOnes}); a lone thin sibling stays drawn. Throws BudgetInputError for an unknown
 * focus or invalid options.
 */
export function buildSunburst(root: SubjectNode, options: SunburstOptions = {}): SunburstModel {
  const settings = settingsOf(options);
  const views = new Map<string, View>();
  const view: ViewOf = (chain, index) => {
    const place = chain[index];
    let found = views.get(place.id);
    if (!found) views.set(place.id, (found = layout(place, chain[index - 1]?.id ?? '', settings)));
    return found;
  };
  const chain = resolve(root, options.focus ?? '', view);
  const last = chain.length - 1;
  const { focus, arcs, byId } = view(chain, last);
  const path = chain.map((place, i) => {
    const arc = i === last ? focus : placeArc(place, i - last, chain[i - 1]?.id ?? '');
    // The share the arc was drawn with one level out, so the centre and breadcrumb can repeat it.
    if (i > 0) arc.share = view(chain, i - 1).byId.get(place.id)?.share ?? null;
    return arc;
  });
  return { focus, arcs, byId, path };
}
