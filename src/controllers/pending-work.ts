/**
 * The latest of one kind of work in flight, until it settles: what an element's `updateComplete`
 * waits for (see BudgetElement.pendingWork). Work started later replaces it; settled work is
 * forgotten, so that waiting on it never loops.
 */
export class PendingWork {
  private current?: Promise<unknown>;

  /** The work still running, if any. */
  get promise(): Promise<unknown> | undefined {
    return this.current;
  }

  /** Holds `work` until it settles, and returns it. */
  track<T>(work: Promise<T>): Promise<T> {
    this.current = work;
    const forget = () => {
      if (this.current === work) this.current = undefined;
    };
    work.then(forget, forget);
    return work;
  }
}
