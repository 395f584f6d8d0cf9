import type { BudgetCollection, BudgetDocument } from '../schema/budget-types.generated.js';
import { checkCollectionRules, checkDocumentRules } from './document-rules.js';
import type { ValidationIssue } from './issue.js';

export type BudgetFile = BudgetDocument | BudgetCollection;

export type ValidationResult =
  | { valid: true; value: BudgetFile; issues: [] }
  | { valid: false; issues: ValidationIssue[] };

/** The verdict on a value that has no schema issue: the rules between its parts decide. */
export function rulesVerdict(file: BudgetFile): ValidationResult {
  const ruleIssues = file.type === 'budget-document' ? checkDocumentRules(file) : checkCollectionRules(file);
  return ruleIssues.length > 0 ? { valid: false, issues: ruleIssues } : { valid: true, value: file, issues: [] };
}
