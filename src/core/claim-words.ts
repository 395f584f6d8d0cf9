/**
 * The words a statement uses to name what it compares with ("2025年当年预算执行数", "比上年预算",
 * "年初预算", "与2023年度相比") read into a year and a kind of figure. Shared by the importer,
 * which records them on a claim, and the checker, which matches a stated change or completion
 * rate to the base it names.
 */
import type { ClaimBase, ThreePublicLine } from './schema/budget-types.generated.js';

export type BaseBasis = ClaimBase['basis'];

/** What base words say: the year they print (or, for 上年, one year before `relative` -1), and the kind of figure. */
export interface BaseWords {
  /** The year the words print ("2025年预算" → 2025). */
  year?: number;
  /** -1 for 上年 / 上一年度 (the year before the report's). */
  relative?: -1;
  basis: BaseBasis;
}

/** Reads base words. Never throws; unknown words give basis 'year' without a year. */
export function parseBaseWords(words: string): BaseWords {
  const text = words.replace(/\s+/g, '');
  const out: BaseWords = { basis: basisOf(text) };
  const year = /(\d{4})/.exec(text);
  if (year) out.year = Number(year[1]);
  else if (/上年|上一年/.test(text)) out.relative = -1;
  return out;
}

function basisOf(text: string): BaseBasis {
  if (/执行/.test(text)) return 'execution';
  if (/年初预算/.test(text)) return 'initialBudget';
  if (/全年预算|调整(?:后)?预算|调整预算数/.test(text)) return 'adjustedBudget';
  if (/决算/.test(text)) return 'final';
  if (/预算/.test(text)) return 'budget';
  return 'year';
}

/** The year base words refer to in a report of `fiscalYear`, when they name one. */
export function baseYear(words: BaseWords, fiscalYear: number): number | undefined {
  if (words.year !== undefined) return words.year;
  return words.relative === -1 ? fiscalYear - 1 : undefined;
}

/**
 * Whether a stated base matches the words of a change or completion rate: same kind of figure
 * (a bare "预算" in the words matches any budget), and the same year when both print one.
 */
export function baseMatches(base: BaseWords, named: BaseWords, fiscalYear: number): boolean {
  const budgetLike = (b: BaseBasis) => b === 'budget' || b === 'initialBudget' || b === 'adjustedBudget';
  const kindOk =
    base.basis === named.basis ||
    (named.basis === 'budget' && budgetLike(base.basis)) ||
    (named.basis === 'year' && base.basis !== 'execution');
  if (!kindOk) return false;
  const a = baseYear(base, fiscalYear);
  const b = baseYear(named, fiscalYear);
  return a === undefined || b === undefined || a === b;
}

/** A stated base's words as {@link BaseWords}. */
export function wordsOfBase(base: ClaimBase): BaseWords {
  const parsed = parseBaseWords(base.words);
  return { ...parsed, basis: base.basis, ...(base.year !== undefined ? { year: base.year } : {}) };
}

/**
 * The stated base (with a figure) that the words of a change or completion rate name: the one
 * base that matches them; else, when none matches only because of the year, the one base of
 * the same kind (`yearDiffers`: the words name another year than the figure they use).
 */
export function findBase(bases: readonly ClaimBase[] | undefined, words: string, fiscalYear: number): { index: number; yearDiffers: boolean } | undefined {
  if (!bases?.length) return undefined;
  const named = parseBaseWords(words);
  const withAmount = bases.map((base, index) => ({ base, index })).filter(({ base }) => base.amount !== undefined);
  const exact = withAmount.filter(({ base }) => baseMatches(wordsOfBase(base), named, fiscalYear));
  if (exact.length === 1) return { index: exact[0]!.index, yearDiffers: false };
  if (exact.length > 1) return undefined;
  const sameKind = withAmount.filter(({ base }) => baseMatches({ basis: base.basis }, { basis: named.basis }, fiscalYear));
  return sameKind.length === 1 ? { index: sameKind[0]!.index, yearDiffers: true } : undefined;
}

/** The line of the “三公” table a statement's words name ("公务用车运行费" → vehicleOperation). */
export function threePublicItem(label: string): ThreePublicLine['item'] | 'total' {
  if (/出国|出境/.test(label)) return 'outboundTravel';
  if (/接待/.test(label)) return 'reception';
  const purchase = /购置/.test(label);
  const operation = /运行/.test(label);
  if (purchase && operation) return 'vehicles';
  if (purchase) return 'vehiclePurchase';
  if (operation) return 'vehicleOperation';
  return 'total';
}
