/**
 * Reconciliation rules: named checks that find where a budget report contradicts itself — a
 * total that is not the sum of its lines, two tables that disagree, a statement of the 说明 that
 * does not match the tables — each judged against the rounding its printed figures can carry.
 */
import type { BudgetDocument } from '../schema/budget-types.generated.js';
import { claimsChanges } from './claim-changes.js';
import { claimsCounts } from './claim-counts.js';
import { claimsAmounts, claimsShares, claimsSubjectNames } from './claims.js';
import { claimsBaseYear, claimsCompletionRate, claimsDuplicateItems, claimsZeroBase, emptyTableNote } from './narrative.js';
import { economicCodeSums, economicSums, economicVsSummary } from './economic.js';
import { departmentPerformance } from './performance.js';
import { procurementSum } from './procurement.js';
import { claimsById, withProvenance } from './provenance.js';
import { projectFundingSums, projectsSum } from './projects.js';
import { basicPlusProject, subjectSums } from './subjects.js';
import { operatingExpensesSum, threePublicSums } from './three-public.js';
import { columnsSum, subjectRowsAgree, summarySubjects, summaryTotals, totalsAgree } from './totals.js';
import type { Finding, Rule } from './types.js';

export type { FigureRef, Finding, Rule, Severity } from './types.js';
export { locate, whereOf } from './provenance.js';
export * from './tolerance.js';

/** Every rule, in the order their findings are listed: tables first, then the 说明 against them. */
export const RULES: readonly Rule[] = [
  summaryTotals,
  totalsAgree,
  summarySubjects,
  subjectRowsAgree,
  columnsSum,
  subjectSums,
  basicPlusProject,
  economicSums,
  economicCodeSums,
  economicVsSummary,
  projectsSum,
  projectFundingSums,
  threePublicSums,
  operatingExpensesSum,
  procurementSum,
  departmentPerformance,
  claimsAmounts,
  claimsShares,
  claimsChanges,
  claimsCounts,
  claimsSubjectNames,
  claimsBaseYear,
  claimsZeroBase,
  claimsDuplicateItems,
  claimsCompletionRate,
  emptyTableNote,
];

/**
 * Runs the rules on a (schema-valid) document: their findings in rule order, each rule's in
 * document order. [] means the report agrees with itself wherever the rules can tell.
 */
export function checkDocument(doc: BudgetDocument, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap(ruleByRule(doc));
}

/**
 * Runs one rule on `doc` at a time, as {@link checkDocument} runs them: for a caller that spreads
 * the rules over several tasks. What every rule's findings share is looked up once.
 */
export function ruleByRule(doc: BudgetDocument): (rule: Rule) => Finding[] {
  const claims = claimsById(doc);
  // Every figure also names its table, row, column, line and page where the document knows them.
  return (rule) => withProvenance(doc, rule.run(doc), claims);
}
