import { computeChange, type Change } from './change.js';
import type { Dec } from './decimal.js';
import { toAmount } from './decimal.js';
import type { BudgetDocument, MoneyUnit } from './schema/budget-types.generated.js';
import { convertAmount } from './units.js';
import { shares } from './shares.js';

/** A figure with the place in the report it comes from, so every number shown can be traced. */
export interface TracedFigure {
  amount: Dec;
  unit: MoneyUnit;
  /** Table id ("表1") or 说明 section the figure is read from. */
  source: string;
}

export interface HeadlineFigures {
  department: string;
  fiscalYear: number;
  kind: BudgetDocument['meta']['kind'];
  incomeTotal?: TracedFigure;
  expenditureTotal?: TracedFigure;
  /** 基本支出 and 项目支出 with their shares of the total (largest remainder, summing to 100%). */
  basic?: TracedFigure & { share: Dec | null };
  project?: TracedFigure & { share: Dec | null };
  /** Change of total expenditure on the prior year, when the document has that year's figure. */
  change?: { change: Change; previous: TracedFigure; previousYear: number; derived: boolean };
}

/** The figures a reader looks at first: totals, the basic/project split and the change on last year. */
export function headlineFigures(doc: BudgetDocument): HeadlineFigures {
  const headline: HeadlineFigures = { department: doc.meta.department.name, fiscalYear: doc.meta.fiscalYear, kind: doc.meta.kind };
  const summary = doc.summary;
  if (summary) {
    headline.incomeTotal = { amount: toAmount(summary.incomeGrandTotal), unit: summary.unit, source: summary.table };
    const total = summary.expenditureGrandTotal.total;
    if (total !== undefined) headline.expenditureTotal = { amount: toAmount(total), unit: summary.unit, source: summary.table };
  }
  const split = doc.expenditureBySubject;
  if (split?.total.basic !== undefined && split.total.project !== undefined) {
    const [basicShare, projectShare] = shares([split.total.basic, split.total.project]) ?? [null, null];
    headline.basic = { amount: toAmount(split.total.basic), unit: split.unit, source: split.table, share: basicShare };
    headline.project = { amount: toAmount(split.total.project), unit: split.unit, source: split.table, share: projectShare };
  }
  const prior = doc.priorYear?.find((figure) => figure.subject.kind === 'expenditureTotal');
  const current = headline.expenditureTotal;
  if (prior && current) {
    const previous = convertAmount(toAmount(prior.amount), prior.unit, current.unit);
    headline.change = {
      change: computeChange(current.amount, previous),
      previous: { amount: previous, unit: current.unit, source: prior.claim ?? '' },
      previousYear: prior.fiscalYear,
      derived: prior.basis === 'derived',
    };
  }
  return headline;
}
