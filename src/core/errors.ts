/** Fields describing why an input was rejected, in both display languages. */
export interface BudgetInputErrorInit {
  code: string;
  messageZh: string;
  messageEn: string;
  found: string;
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

  /** Builds the error; `message` is the English text so stack traces stay readable. */
  constructor(init: BudgetInputErrorInit) {
    super(init.messageEn);
    this.name = 'BudgetInputError';
    this.code = init.code;
    this.messageZh = init.messageZh;
    this.messageEn = init.messageEn;
    this.found = init.found;
  }
}
