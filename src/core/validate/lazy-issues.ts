import { conformsToSchema } from './conformance.generated.js';
import { rulesVerdict, type BudgetFile, type ValidationResult } from './verdict.js';

/**
 * validateBudgetFile's verdict, at once for a value that conforms to the schema. The schema's
 * issues, with their bilingual messages, are the larger part of validation's code and are needed
 * only for a value that fails: that code is loaded then, so a page showing good data never
 * downloads it. The answer is always the full validator's: a value the quick check refuses but
 * the validator finds no issue in (which the node tests rule out) is still accepted.
 */
export function validateWithLazyIssues(value: unknown): ValidationResult | Promise<ValidationResult> {
  if (conformsToSchema(value)) return rulesVerdict(value as BudgetFile);
  const validator = import('./validator.generated.js').catch((error: unknown) => {
    throw new IssuesUnavailable(error);
  });
  return validator.then(({ validateSchema }) => {
    const issues = validateSchema(value);
    return issues.length > 0 ? { valid: false, issues } : rulesVerdict(value as BudgetFile);
  });
}

/**
 * A value failed the quick check, but the code that names its issues could not be loaded (a page
 * gone offline, a chunk the server no longer has): the value is invalid, its issues unknown.
 */
export class IssuesUnavailable extends Error {
  constructor(reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'IssuesUnavailable';
  }
}
