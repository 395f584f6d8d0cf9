import type { BudgetCollection, BudgetDocument } from '../schema/budget-types.generated.js';
import { checkCollectionRules, checkDocumentRules } from './document-rules.js';
import { makeIssue, type ValidationIssue } from './issue.js';
import { validateSchema } from './validator.generated.js';

export type { Bilingual, ValidationIssue } from './issue.js';

export type BudgetFile = BudgetDocument | BudgetCollection;

export type ValidationResult =
  | { valid: true; value: BudgetFile; issues: [] }
  | { valid: false; issues: ValidationIssue[] };

/**
 * Validates a parsed value as a budget document or collection: the schema, then the rules between
 * its parts. The schema part is generated from the schema (`npm run validator`) rather than
 * interpreted, so that a page ships neither the schema nor the walker and a large document is
 * checked in a fraction of the time; it says exactly what the walker says.
 */
export function validateBudgetFile(value: unknown): ValidationResult {
  const issues = validateSchema(value);
  if (issues.length > 0) return { valid: false, issues };
  const file = value as BudgetFile;
  const ruleIssues = file.type === 'budget-document' ? checkDocumentRules(file) : checkCollectionRules(file);
  return ruleIssues.length > 0 ? { valid: false, issues: ruleIssues } : { valid: true, value: file, issues: [] };
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
