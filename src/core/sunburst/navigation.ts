import { BudgetInputError } from '../errors.js';
import type { SunburstArc, SunburstModel } from './model.js';

/** The arcs drawn beside `arc` (itself included) in draw order, clockwise. */
function siblingsOf(model: SunburstModel, arc: SunburstArc): SunburstArc[] {
  return model.byId.get(arc.parentId)?.children ?? [arc];
}

/**
 * The id of the arc keyboard focus moves to from `currentId` on `key`, following the ARIA tree
 * pattern over the drawn arcs: ArrowLeft/ArrowRight previous/next sibling (no wrap-around),
 * ArrowDown first child, ArrowUp parent (the centre from ring 1), Home/End first/last sibling.
 * From the centre, ArrowDown, ArrowRight and Home go to the first ring-1 arc and End to the last.
 * Returns null when the key would not move focus (other keys, the ends of a ring, an unknown
 * id). The root's id is '', so compare the result with null, not truthiness.
 */
export function navigate(model: SunburstModel, currentId: string, key: string): string | null {
  const moveTo = (target: SunburstArc | undefined) => (target && target.id !== currentId ? target.id : null);
  const ring1 = model.focus.children;
  if (currentId === model.focus.id) {
    if (key === 'ArrowDown' || key === 'ArrowRight' || key === 'Home') return moveTo(ring1[0]);
    return key === 'End' ? moveTo(ring1[ring1.length - 1]) : null;
  }
  const arc = model.byId.get(currentId);
  if (!arc) return null;
  const siblings = siblingsOf(model, arc);
  const index = siblings.indexOf(arc);
  switch (key) {
    case 'ArrowRight':
      return moveTo(siblings[index + 1]);
    case 'ArrowLeft':
      return moveTo(siblings[index - 1]);
    case 'ArrowDown':
      return moveTo(arc.children[0]);
    case 'ArrowUp':
      return moveTo(model.byId.get(arc.parentId));
    case 'Home':
      return moveTo(siblings[0]);
    case 'End':
      return moveTo(siblings[siblings.length - 1]);
    default:
      return null;
  }
}

/**
 * aria-level, aria-posinset and aria-setsize of a drawn arc: level is its ring (1 = around the
 * centre), positions are 1-based among its drawn siblings. The centre itself gets level 0 and a
 * set of one; render it as level 1 and add 1 to every ring if it is part of the tree.
 * Throws BudgetInputError for an id that is not drawn.
 */
export function positionInSet(model: SunburstModel, id: string): { level: number; posinset: number; setsize: number } {
  if (id === model.focus.id) return { level: 0, posinset: 1, setsize: 1 };
  const arc = model.byId.get(id);
  if (!arc) {
    throw new BudgetInputError({ code: 'unknown-arc', messageZh: `图中没有 "${id}"`, messageEn: `no drawn arc "${id}"`, found: id });
  }
  const siblings = siblingsOf(model, arc);
  return { level: arc.ring, posinset: siblings.indexOf(arc) + 1, setsize: siblings.length };
}
