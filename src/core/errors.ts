/** Fields describing why an input was rejected, in both display languages. */
export interface BudgetInputErrorInit {
  code: string;
  messageZh: string;
  messageEn: string;
  found: string;
  /** JSON path of the value at fault within the input the function was given (`$.entries[2].fiscalYear`). */
  path?: string;
}

/**
 * Thrown for any input the core cannot process exactly. Carrying both languages
 * lets UI code show the reason without its own translation table; `found`
 * echoes the offending input so data problems can be traced back to the source.
 */
export class BudgetInputError extends Error {
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly found: string;
  readonly path?: string;

  /** Builds the error; `message` is the English text so stack traces stay readable. */
  constructor(init: BudgetInputErrorInit) {
    super(init.messageEn);
    this.name = 'BudgetInputError';
    this.code = init.code;
    this.messageZh = init.messageZh;
    this.messageEn = init.messageEn;
    this.found = init.found;
    if (init.path !== undefined) this.path = init.path;
  }
}

/**
 * `work()`, with the paths of a BudgetInputError it throws placed under `path`: core functions
 * receive one table and name paths within it (`$.columns`), and only their caller knows where in
 * the document that table is (`$.expenditureBySubject` → `$.expenditureBySubject.columns`).
 */
export function atPath<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BudgetInputError) throw new BudgetInputError({ ...error, path: path + (error.path ?? '$').slice(1) });
    throw error;
  }
}
