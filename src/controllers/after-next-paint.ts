/** Scheduling that lets the page paint and answer input before deferred work runs. */

/** How long to wait for a frame: a page hidden after the wait began paints none until shown again. */
const FRAME_WAIT_MS = 250;

/**
 * Calls `work` in a task after the page's next paint: a task posted from an animation frame
 * callback runs once that frame is painted. In a hidden page, which paints nothing, in the next
 * task, and at the latest after {@link FRAME_WAIT_MS}. Returns what cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  if (document.visibilityState === 'hidden') return nextTask(work);
  let cancelTask = () => {};
  const start = () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    cancelTask = nextTask(work);
  };
  const frame = requestAnimationFrame(start);
  const fallback = setTimeout(start, FRAME_WAIT_MS);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    cancelTask();
  };
}

/**
 * Calls `work` in a task of its own: input and frames waiting since the last slice go first. Not
 * an idle callback: a page that draws every frame has idle periods of a few milliseconds, one a
 * frame, and would take many frames to finish the rules.
 */
export function nextTask(work: () => void): () => void {
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
