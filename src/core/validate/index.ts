import { makeIssue } from './issue.js';
import { validateSchema } from './validator.generated.js';
import { rulesVerdict, type BudgetFile, type ValidationResult } from './verdict.js';

export type { Bilingual, ValidationIssue } from './issue.js';
export type { BudgetFile, ValidationResult } from './verdict.js';

/**
 * Validates a parsed value as a budget document or collection: the schema, then the rules between
 * its parts. The schema part is generated from the schema (`npm run validator`) rather than
 * interpreted, so that a page ships neither the schema nor the walker and a large document is
 * checked in a fraction of the time; it says exactly what the walker says.
 */
export function validateBudgetFile(value: unknown): ValidationResult {
  const issues = validateSchema(value);
  return issues.length > 0 ? { valid: false, issues } : rulesVerdict(value as BudgetFile);
}

/** Parses JSON text and validates it; text that is not JSON is reported as an issue at `$`. */
export function parseBudgetJson(text: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const issue = makeIssue([], 'json', { zh: '合法的 JSON 文本', en: 'valid JSON text' }, text.slice(0, 40));
    issue.message.en += ` (${reason})`;
    issue.message.zh += `（${reason}）`;
    return { valid: false, issues: [issue] };
  }
  return validateBudgetFile(value);
}
