import { D, scaledInteger, type Dec } from '../decimal.js';
import { BudgetInputError } from '../errors.js';
import { lineageOf, type SubjectLevel, type SubjectNode } from '../hierarchy.js';
import { shares } from '../shares.js';
import { drawable, planArcs, Reach, sum } from './cap.js';

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

function placeKids(place: Place): SubjectNode[] {
  return place.kind === 'subject' ? drawable(place.node.children) : place.members;
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

/** Each arc's running sum and the whole, as exact scaled integers; undefined when an amount has more decimals than they hold. */
function scaledAngles(arcs: readonly SunburstArc[], whole: Dec): [bigint[], bigint] | undefined {
  const wholeInt = scaledInteger(whole);
  if (wholeInt === null || wholeInt === 0n) return undefined;
  const ends: bigint[] = [];
  let running = 0n;
  for (const arc of arcs) {
    const amount = scaledInteger(arc.amount);
    if (amount === null) return undefined;
    ends.push((running += amount));
  }
  return [ends, wholeInt];
}

/** Gives `parent` the children `reach` was planned with (angles, shares) and appends them depth first to `out`. */
function drawChildren(parent: SunburstArc, reach: Reach, out: SunburstArc[]): void {
  const kids = reach.kids;
  if (kids.length === 0) return;
  const shown = kids.slice(0, reach.open);
  const arcs = shown.map((k) => subjectArc(k.node!, parent.ring + 1, parent.id));
  if (shown.length < kids.length) {
    const members = kids.slice(shown.length).map((k) => k.node!);
    arcs.push(placeArc({ kind: 'other', id: parent.id + OTHER_SUFFIX, code: parent.code, level: members[0].level, members }, parent.ring + 1, parent.id));
  }
  const percents = shares(arcs.map((a) => a.amount));
  const whole = reach.whole;
  const span = parent.x1 - parent.x0;
  const exact = scaledAngles(arcs, whole);
  if (exact) {
    // Running sums are exact integers, so rounding never piles up along a ring; only the final ratio is a float.
    const [ends, wholeInt] = exact;
    const wholeNumber = Number(wholeInt);
    let before = 0n;
    arcs.forEach((arc, i) => {
      const after = ends[i];
      arc.x0 = parent.x0 + span * (Number(before) / wholeNumber);
      arc.x1 = after === wholeInt ? parent.x1 : Math.min(parent.x1, parent.x0 + span * (Number(after) / wholeNumber));
      arc.share = percents?.[i] ?? null;
      before = after;
    });
  } else {
    let before = new D(0);
    arcs.forEach((arc, i) => {
      const after = before.plus(arc.amount);
      // Positions come from exact running sums, so rounding never piles up along a ring.
      arc.x0 = parent.x0 + span * before.div(whole).toNumber();
      arc.x1 = after.eq(whole) ? parent.x1 : Math.min(parent.x1, parent.x0 + span * after.div(whole).toNumber());
      arc.share = percents?.[i] ?? null;
      before = after;
    });
  }
  parent.children = arcs;
  arcs.forEach((arc, i) => {
    out.push(arc);
    if (i < shown.length) drawChildren(arc, shown[i], out);
  });
}

type View = { focus: SunburstArc; arcs: SunburstArc[]; byId: Map<string, SunburstArc> };
/** The (cached) view focused on `chain[index]`. */
type ViewOf = (chain: readonly Place[], index: number) => View;

/** Lays out the rings around one focus. */
function layout(place: Place, parentId: string, settings: Settings): View {
  const focus = placeArc(place, 0, parentId);
  const reach = new Reach(place.kind === 'subject' ? place.node : undefined, () => (place.kind === 'subject' ? [place.node] : place.members), () => placeKids(place), TAU, settings.rings, settings.minAngle);
  planArcs(reach, settings.maxArcs);
  const arcs: SunburstArc[] = [];
  drawChildren(focus, reach, arcs);
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
 * Finds the chain of places from the root to `id`. A group's members are the most it has in any
 * view that draws it on the way in (root first, then each place on the path; the outermost on a
 * tie). Every such view groups the smallest siblings of the same parent, so this set holds each
 * of the others: zooming into a group from anywhere hides nothing. A zoomed view usually groups
 * fewer, but the per-parent cap does not promise it. The same rule decides whether a code's path
 * passes through a group.
 */
function resolve(root: SubjectNode, id: string, view: ViewOf): Place[] {
  const unknown = (): never => {
    throw new BudgetInputError({ code: 'unknown-focus', messageZh: `找不到科目 "${id}"`, messageEn: `no arc "${id}" to focus on`, found: id });
  };
  const drawnIn = (chain: readonly Place[], groupId: string): SunburstArc | undefined => {
    let most: SunburstArc | undefined;
    for (let i = 0; i < chain.length; i++) {
      const found = view(chain, i).byId.get(groupId);
      if (found && found.members.length > (most?.members.length ?? 0)) most = found;
    }
    return most;
  };
  const groupPlace = (arc: SunburstArc): Place => ({ kind: 'other', id: arc.id, code: arc.code, level: arc.level, members: arc.members });

  let base = id;
  let depth = 0;
  for (; base.endsWith(OTHER_SUFFIX); depth++) base = base.slice(0, -OTHER_SUFFIX.length);
  const lineage = lineageOf(root, base) ?? unknown();

  const chain: Place[] = [{ kind: 'subject', id: root.code, node: root }];
  // A cap too small to draw any member around a group groups them all again: the same arc, not a step on the way.
  const narrows = (group: SunburstArc) => {
    const last = chain[chain.length - 1];
    return last.kind === 'subject' || group.members.length < last.members.length;
  };
  for (const node of lineage.slice(1)) {
    let groupId = chain[chain.length - 1].id + OTHER_SUFFIX;
    for (let group = drawnIn(chain, groupId); group?.members.includes(node) && narrows(group); group = drawnIn(chain, groupId)) {
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

/** Views kept per tree and settings, so zooming back and forth lays out each view once. */
const KEPT_VIEWS = 64;
const keptByRoot = new WeakMap<SubjectNode, Map<string, Map<string, View>>>();

function keptViews(root: SubjectNode, settings: Settings): Map<string, View> {
  let bySettings = keptByRoot.get(root);
  if (!bySettings) keptByRoot.set(root, (bySettings = new Map()));
  const key = `${settings.maxArcs} ${settings.minAngle} ${settings.rings}`;
  let kept = bySettings.get(key);
  if (!kept) bySettings.set(key, (kept = new Map()));
  return kept;
}

/**
 * Lays out the sunburst of `root` around one focus: the rings, the angles of every arc, the
 * shares among siblings, the groups of small siblings and the breadcrumb path.
 *
 * Zero amounts are not drawn. Two or more siblings thinner than `minAngle` share one 'other' arc
 * (a lone thin sibling stays drawn). When more than `maxArcs` arcs would be drawn, every drawn
 * parent still gets its largest child, the widest remaining children wherever they are get the
 * arcs left, and each parent's other children share one 'other' arc (see {@link planArcs}).
 * Throws BudgetInputError for an unknown focus or invalid options.
 */
export function buildSunburst(root: SubjectNode, options: SunburstOptions = {}): SunburstModel {
  const settings = settingsOf(options);
  const views = new Map<string, View>();
  const kept = keptViews(root, settings);
  const view: ViewOf = (chain, index) => {
    const place = chain[index];
    let found = views.get(place.id);
    if (!found) {
      const parentId = chain[index - 1]?.id ?? '';
      // A 科目 under a 科目 is laid out the same in every chain: keep it for the next zoom. A group's members depend on the way in.
      const lasting = place.kind === 'subject' && (index === 0 || chain[index - 1].kind === 'subject');
      const key = `${parentId}\u0000${place.id}`;
      found = lasting ? kept.get(key) : undefined;
      if (!found) {
        found = layout(place, parentId, settings);
        if (lasting) {
          if (kept.size >= KEPT_VIEWS) kept.clear();
          kept.set(key, found);
        }
      }
      views.set(place.id, found);
    }
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
