/**
 * Runs the check rules on a document a few at a time once the page has painted, so that a
 * report's other views paint first and no long task holds up the reader's input: on the
 * reference report the rules take 40–65 ms together, as long as everything else a report draws.
 */
import type { Finding } from '../../core/check/index.js';
import type { BudgetDocument } from '../../core/schema/budget-types.generated.js';
import { afterNextPaint, nextTask } from '../../controllers/after-next-paint.js';

type CheckRules = typeof import('../../core/check/index.js');

/** A slice of rules stops once it has run this long: well under the 50 ms of a long task. */
const SLICE_MS = 10;

/**
 * The findings of `document`, as `checkDocument` gives them (rule order, each rule's in document
 * order), computed one rule after another in tasks of about 10 ms from the page's next paint.
 * `done` resolves with them, or with undefined once cancelled; a rule that throws rejects it.
 */
export class DeferredChecks {
  readonly done: Promise<Finding[] | undefined>;
  private readonly found: Finding[] = [];
  private readonly check: (rule: CheckRules['RULES'][number]) => Finding[];
  private next = 0;
  private cancelSlice?: () => void;
  private settle!: (findings: Finding[] | undefined) => void;
  private fail!: (error: unknown) => void;

  constructor(
    private readonly rules: CheckRules,
    readonly document: BudgetDocument,
  ) {
    this.check = rules.ruleByRule(document);
    this.done = new Promise((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
    });
    // The element has just drawn its "checking" state, and a report its views: they paint first.
    this.cancelSlice = afterNextPaint(this.slice);
  }

  /** Runs the rules left at once and returns every finding: for paper, which cannot wait. */
  finishNow(): Finding[] {
    this.cancelSlice?.();
    this.cancelSlice = undefined;
    this.run(() => true);
    return this.found;
  }

  /** Stops: the element shows another document. */
  cancel(): void {
    this.cancelSlice?.();
    this.cancelSlice = undefined;
    this.settle(undefined);
  }

  private readonly slice = (): void => {
    const start = performance.now();
    try {
      this.run((ran) => ran === 0 || performance.now() - start < SLICE_MS);
    } catch {
      // Told through `done`.
      return;
    }
    if (this.next < this.rules.RULES.length) this.cancelSlice = nextTask(this.slice);
  };

  /** Runs rules while `goOn(rules run so far)` says so; settles after the last, or rejects and throws what a rule threw. */
  private run(goOn: (ran: number) => boolean): void {
    const all = this.rules.RULES;
    try {
      for (let ran = 0; this.next < all.length && goOn(ran); ran++) {
        // One by one: a rule can find tens of thousands, too many to spread into push().
        for (const finding of this.check(all[this.next++]!)) this.found.push(finding);
      }
    } catch (error) {
      this.next = all.length;
      this.fail(error);
      throw error;
    }
    if (this.next === all.length) this.settle(this.found);
  }
}
