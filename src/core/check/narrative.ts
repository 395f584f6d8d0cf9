/**
 * Rules on what the statement says about its own figures, beyond single amounts: the years its bases
 * name, changes measured from nothing, one item stated with two amounts, completion rates, and
 * notes that call a table empty. Each finds only what the report's own words contradict.
 */
import { baseYear, findBase, parseBaseWords, wordsOfBase, type BaseWords } from '../claim-words.js';
import { D } from '../decimal.js';
import { maxOf } from '../arrays.js';
import type { BudgetDocument, Claim, ClaimBase, ClaimSubject } from '../schema/budget-types.generated.js';
import { convertAmount } from '../units.js';
import type { Bilingual } from '../validate/issue.js';
import { indexPriorYear, previousOf, type PriorYearIndex } from './claim-changes.js';
import { claimPath } from './claim-figures.js';
import { claimFig, claimsOf, claimUnit } from './claims.js';
import { claimSource, figure, money, refOf, type Fig, type Path } from './figures.js';
import { amountRounding, decimalsOf, isDecimalText, judgePercent, operand, percentInterval } from './tolerance.js';
import type { FigureRef, Finding, Rule } from './types.js';

const BASIS_EN: Record<ClaimBase['basis'], string> = {
  budget: 'budget',
  execution: 'budget execution',
  initialBudget: 'initial budget',
  adjustedBudget: 'full-year (adjusted) budget',
  final: 'final account',
  year: 'year',
};

function subjectOf(claim: Claim): { subject: string } | Record<string, never> {
  return claim.subject.kind === 'subject' && claim.subject.code ? { subject: claim.subject.code } : {};
}

function statedFigure(doc: BudgetDocument, claim: Claim, index: number, label: string, field: Path, text: string, unit?: FigureRef['unit']): FigureRef {
  return figure(label, text, unit ?? claimUnit(doc, claim), claimPath(index, ...field), claimSource(claim));
}

/** The stated change of a claim as a figure: its amount, else its percentage, else the amount it is a change of. */
function changeFigure(doc: BudgetDocument, claim: Claim, index: number): FigureRef {
  const change = claim.change!;
  const words = `说明：比${change.comparedTo}${{ increase: '增加', decrease: '减少', flat: '持平', new: '新增' }[change.direction]}`;
  if (isDecimalText(change.amount)) return statedFigure(doc, claim, index, words, ['change', 'amount'], change.amount);
  if (isDecimalText(change.percent)) return statedFigure(doc, claim, index, words, ['change', 'percent'], change.percent, '%');
  return statedFigure(doc, claim, index, words, ['amount'], isDecimalText(claim.amount) ? claim.amount : '0');
}

/** The year of a report's own figures, and what a base may name in it. */
function yearProblem(words: BaseWords, doc: BudgetDocument): 'future' | 'self' | 'old' | undefined {
  const fiscalYear = doc.meta.fiscalYear;
  const year = baseYear(words, fiscalYear);
  if (year === undefined) return undefined;
  if (year > fiscalYear) return 'future';
  if (year === fiscalYear) {
    // A final account compares with its own year's budget; a budget compares with earlier years only.
    if (doc.meta.kind === 'final' && (words.basis === 'budget' || words.basis === 'initialBudget' || words.basis === 'adjustedBudget')) return undefined;
    return 'self';
  }
  return year < fiscalYear - 1 ? 'old' : undefined;
}

/** claims-base-year: see the rule's title. */
export const claimsBaseYear: Rule = {
  id: 'claims-base-year',
  title: {
    zh: '说明中比较基数的年份与报告年度相符（预算比以前年度，决算比本年预算或以前年度），同一句中所称年份与所给数字的年份一致',
    en: 'The years the statement compares with fit the report’s year (a budget compares with earlier years, a final account with its year’s budget or earlier), and agree with the figures it states',
  },
  run(doc) {
    const findings: Finding[] = [];
    const fiscalYear = doc.meta.fiscalYear;
    const kindZh = doc.meta.kind === 'final' ? '决算' : '预算';
    const kindEn = doc.meta.kind === 'final' ? 'final account' : 'budget';
    // The evidence of a part's list of prior budgets, computed once per part.
    const evidence = new Map<string, ReturnType<typeof listEvidence>>();
    const claims = claimsOf(doc);
    const bySection = claimsBySection(claims);
    const priorTotal = lazy(() => previousYearTotal(doc));
    const twins = lazy(() => thisYearFigures(doc, claims));
    for (const { claim, index } of claims) {
      const quote = claim.quote;
      const push = (severity: Finding['severity'], zh: string, en: string, figures: FigureRef[]) =>
        findings.push({ rule: 'claims-base-year', severity, message: { zh: `说明“${quote}”：${zh}`, en: `the statement’s “${quote}”: ${en}` }, figures, ...subjectOf(claim) });
      const named: { words: string; parsed: BaseWords; path: Path; amount?: string }[] = [];
      if (claim.change) named.push({ words: claim.change.comparedTo, parsed: parseBaseWords(claim.change.comparedTo), path: ['change', 'comparedTo'] });
      (claim.bases ?? []).forEach((base, i) => named.push({ words: base.words, parsed: wordsOfBase(base), path: ['bases', i, 'words'], ...(base.amount !== undefined ? { amount: base.amount } : {}) }));
      const reported = new Set<string>();
      // The change names one year, the figure it is computed from another.
      if (claim.change) {
        const found = findBase(claim.bases, claim.change.comparedTo, fiscalYear);
        const base = found?.yearDiffers ? claim.bases![found.index]! : undefined;
        const changeYear = baseYear(parseBaseWords(claim.change.comparedTo), fiscalYear);
        const stated = base ? baseYear(wordsOfBase(base), fiscalYear) : undefined;
        if (base && changeYear !== undefined && stated !== undefined && changeYear !== stated) {
          reported.add(`${changeYear}|${parseBaseWords(claim.change.comparedTo).basis}`);
          push('error',
            `给出的是${base.words}${base.amount ? ` ${money(base.amount, claimUnit(doc, claim)).zh}` : ''}（${stated} 年），增减却称“比${claim.change.comparedTo}”（${changeYear} 年）`,
            `it states the ${stated} ${BASIS_EN[base.basis]} (“${base.words}”${base.amount ? ` ${money(base.amount, claimUnit(doc, claim)).en}` : ''}) but words the change “on ${claim.change.comparedTo}” (${changeYear})`,
            [
              statedFigure(doc, claim, index, `说明：${base.words}`, ['bases', found!.index, 'amount'], base.amount!),
              changeFigure(doc, claim, index),
            ]);
        }
      }
      for (const n of named) {
        const problem = yearProblem(n.parsed, doc);
        const year = baseYear(n.parsed, fiscalYear);
        if (!problem || year === undefined || reported.has(`${year}|${n.parsed.basis}`)) continue;
        reported.add(`${year}|${n.parsed.basis}`);
        const fig = n.amount !== undefined ? statedFigure(doc, claim, index, `说明：${n.words}`, n.path.slice(0, -1).concat('amount'), n.amount) : changeFigure(doc, claim, index);
        if (problem === 'future' || problem === 'self') {
          push('error',
            `比较的是“${n.words}”，而本报告是 ${fiscalYear} 年${kindZh}，${problem === 'future' ? '不能与以后年度比较' : `${doc.meta.kind === 'final' ? '决算不能与本年决算自身比较' : '预算应与以前年度比较，不能与本年预算自身比较'}`}`,
            `it compares with “${n.words}”, but this is the ${fiscalYear} ${kindEn}: ${problem === 'future' ? 'it cannot compare with a later year' : doc.meta.kind === 'final' ? 'a final account cannot be compared with itself' : 'a budget compares with earlier years, not with itself'}`,
            [fig]);
        } else {
          if (n.amount !== undefined && n.parsed.basis === 'budget' && !evidence.has(claim.section)) evidence.set(claim.section, listEvidence(doc, claim, bySection.get(claim.section)!, priorTotal()));
          const listed = n.amount !== undefined && n.parsed.basis === 'budget' ? evidence.get(claim.section) : undefined;
          if (listed) {
            const t = money(listed.total.text, listed.total.unit);
            const sum = money(listed.sum, listed.total.unit);
            push('error',
              `“${n.words}${money(n.amount!, claimUnit(doc, claim)).zh}”写的是 ${year} 年，而同一部分其余 ${listed.others} 项给出的都是 ${fiscalYear - 1} 年度预算，且这 ${listed.count} 项上年预算之和 ${sum.zh} 与说明所述 ${fiscalYear - 1} 年预算 ${t.zh} 在舍入之内相符：它是 ${fiscalYear - 1} 年度预算，年份写错`,
              `“${n.words} ${money(n.amount!, claimUnit(doc, claim)).en}” names ${year}, while the other ${listed.others} items of the part give the ${fiscalYear - 1} budget, and the ${listed.count} prior budgets add up to ${sum.en}, the ${fiscalYear - 1} budget the statement states (${t.en}) within rounding: it is the ${fiscalYear - 1} budget under the wrong year`,
              [fig, refOf(listed.total), figure(`Σ ${listed.count} 项上年预算`, listed.sum, listed.total.unit, claimPath(index), '计算 / computed')]);
          } else {
            push('note',
              `比较的是 ${year} 年（“${n.words}”），不是上一年度 ${fiscalYear - 1} 年`,
              `it compares with ${year} (“${n.words}”), not with the previous year ${fiscalYear - 1}`,
              [fig]);
          }
        }
      }
      // This year's amount dated with another year ("2025年预算安排8.61万元" in a 2026 budget).
      const period = claim.period;
      if (period?.year !== undefined && period.year !== fiscalYear && isDecimalText(claim.amount)) {
        const twin = twins().get(figureKey(doc, claim));
        const a = money(claim.amount, claimUnit(doc, claim));
        const f = statedFigure(doc, claim, index, `说明：${period.words}`, ['amount'], claim.amount);
        if (twin) {
          push('error',
            `“${period.words}${a.zh}”把本年（${fiscalYear} 年）的数字写成了 ${period.year} 年：同一项目中 ${fiscalYear} 年的数字正是 ${a.zh}`,
            `“${period.words} ${a.en}” dates this year’s (${fiscalYear}) figure ${period.year}: the same item gives ${a.en} for ${fiscalYear}`,
            [f, statedFigure(doc, twin.claim, twin.index, `说明：${twin.claim.period?.words ?? twin.claim.subject.label ?? ''}`.trim(), ['amount'], twin.claim.amount!)]);
        } else {
          push('note',
            `金额 ${a.zh} 注明为 ${period.year} 年（“${period.words}”），而本报告是 ${fiscalYear} 年${kindZh}`,
            `the amount ${a.en} is dated ${period.year} (“${period.words}”) in the ${fiscalYear} ${kindEn}`,
            [f]);
        }
      }
    }
    return findings;
  },
};

/**
 * Evidence that a prior-year budget dated another year in a list of items is the previous year's
 * after all: at least three items of the claim's part each state one prior budget, all but a few
 * date it the previous year, and together they add up, within the rounding of every figure, to
 * the previous year's total the document knows (stated, or derived from a stated change).
 */
function listEvidence(doc: BudgetDocument, claim: Claim, section: readonly { claim: Claim }[], totalIndex: number): { sum: string; total: Fig; count: number; others: number } | undefined {
  const fiscalYear = doc.meta.fiscalYear;
  const unit = claimUnit(doc, claim);
  // One item per 科目: a restated amount (a second claim of the same item) repeats its bases.
  const items = section.map(({ claim: c }) => c).filter((c) => c.subject.kind === 'subject' && claimUnit(doc, c) === unit);
  const unique = firstOfEachSubject(items)
    .map((c) => (c.bases ?? []).filter((b) => b.basis === 'budget' && isDecimalText(b.amount)))
    .filter((list) => list.length === 1)
    .map((list) => list[0]!);
  const previous = unique.filter((b) => baseYear(wordsOfBase(b), fiscalYear) === fiscalYear - 1).length;
  if (unique.length < 3 || previous < unique.length / 2 || previous === unique.length) return undefined;
  if (totalIndex < 0) return undefined;
  const p = doc.priorYear![totalIndex]!;
  const totalFig: Fig = { label: `${p.fiscalYear}年 ${p.subject.label ?? ''}`.trim(), labelEn: `${p.fiscalYear} ${p.subject.label ?? ''}`.trim(), text: p.amount, unit: p.unit, path: ['priorYear', totalIndex, 'amount'], source: p.basis === 'derived' ? `由说明推算 / derived from ${p.claim ?? ''}` : '说明' };
  // Figures printed without decimals among figures with two ("10" among "3.84") are as precise as the list.
  const places = maxOf(unique.map((b) => decimalsOf(b.amount!)));
  let sum = new D(0);
  let tolerance = new D(0);
  for (const b of unique) {
    sum = sum.plus(b.amount!);
    tolerance = tolerance.plus(amountRounding(b.amount!, unit, places));
  }
  const total = convertAmount(new D(p.amount), p.unit, unit);
  // A derived total carries the rounding of the two figures it is derived from.
  tolerance = tolerance.plus(convertAmount(amountRounding(p.amount, p.unit), p.unit, unit).times(p.basis === 'derived' ? 2 : 1));
  if (sum.minus(total).abs().gt(tolerance)) return undefined;
  return { sum: sum.toFixed(places), total: totalFig, count: unique.length, others: previous };
}

/** The previous year's total (expenditure or appropriation) among the prior-year figures: its index, -1 when none. */
function previousYearTotal(doc: BudgetDocument): number {
  const fiscalYear = doc.meta.fiscalYear;
  return (doc.priorYear ?? []).findIndex((p) => p.fiscalYear === fiscalYear - 1 && (p.subject.kind === 'fiscalAppropriationTotal' || p.subject.kind === 'expenditureTotal') && isDecimalText(p.amount));
}

/** The claims of each section, in document order. */
function claimsBySection<T extends { claim: Claim }>(claims: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const entry of claims) (out.get(entry.claim.section) ?? out.set(entry.claim.section, []).get(entry.claim.section)!).push(entry);
  return out;
}

/** `make()`, computed on first use only: what a rule needs for some claims and not others. */
function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The first claim stating each figure of this year, by {@link figureKey}: where a claim dating an
 * amount in another year finds the same item's figure, without reading every claim for each.
 */
function thisYearFigures(doc: BudgetDocument, claims: readonly { claim: Claim; index: number }[]): Map<string, { claim: Claim; index: number }> {
  const out = new Map<string, { claim: Claim; index: number }>();
  for (const entry of claims) {
    const { claim } = entry;
    if (!isDecimalText(claim.amount) || (claim.period?.year ?? doc.meta.fiscalYear) !== doc.meta.fiscalYear || !canBeNamed(claim.subject)) continue;
    const key = figureKey(doc, claim);
    if (!out.has(key)) out.set(key, entry);
  }
  return out;
}

/** Section, subject and amount (in 元) of a claim with an amount: equal for claims stating one figure alike. */
function figureKey(doc: BudgetDocument, claim: Claim): string {
  return JSON.stringify([claim.section, subjectIdentity(claim.subject), amountInYuan(doc, claim)]);
}

/** The value of the base a change is measured from, when the document states it (or it is 0 by the stated change); and where. */
function changeBase(doc: BudgetDocument, claim: Claim, index: number, priors: PriorYearIndex): { value: string; fig: FigureRef } | undefined {
  const change = claim.change!;
  const previous = previousOf(doc, claim, index, priors);
  if (previous) return { value: previous.fig.text, fig: refOf(previous.fig) };
  // An increase as large as the amount itself leaves nothing before it.
  if (change.direction === 'increase' && isDecimalText(change.amount) && isDecimalText(claim.amount) && new D(change.amount).eq(claim.amount)) {
    return { value: '0', fig: figure('推算上年数', '0', claimUnit(doc, claim), claimPath(index, 'change'), '计算 / computed', 'implied previous year') };
  }
  return undefined;
}

/** claims-zero-base: see the rule's title. */
export const claimsZeroBase: Rule = {
  id: 'claims-zero-base',
  title: {
    zh: '从 0 起的增减没有百分比：上年为 0 时说明不能给出“增长100.00%”之类的百分比（应称“新增”）',
    en: 'A change from nothing has no percentage: when the base is 0 the statement cannot state “增长100.00%” or any percentage (it is new)',
  },
  run(doc) {
    const findings: Finding[] = [];
    const priors = indexPriorYear(doc);
    for (const { claim, index } of claimsOf(doc)) {
      const change = claim.change;
      if (!change || !isDecimalText(change.percent) || change.direction === 'flat') continue;
      const base = changeBase(doc, claim, index, priors);
      if (!base || !new D(base.value).isZero()) continue;
      const words = change.direction === 'decrease' ? { zh: '减少', en: 'down' } : { zh: '增长', en: 'up' };
      const current = claimFig(doc, claim, index);
      findings.push({
        rule: 'claims-zero-base',
        severity: 'error',
        message: {
          zh: `说明“${claim.quote}”：比${change.comparedTo}${words.zh} ${change.percent}%，而${change.comparedTo}为 0：从 0 起的变动没有百分比（应写“新增”）`,
          en: `the statement’s “${claim.quote}”: ${words.en} ${change.percent}% on ${change.comparedTo}, which is 0: a change from nothing has no percentage (it is new)`,
        },
        figures: [
          statedFigure(doc, claim, index, `说明：${words.zh}百分比`, ['change', 'percent'], change.percent, '%'),
          base.fig,
          ...(current ? [refOf(current)] : []),
        ],
        ...subjectOf(claim),
      });
    }
    return findings;
  },
};

/**
 * What names a subject's figure, as a key: equal keys name the same figure. A 科目 without a code
 * is known by its label only; kinds, codes, sources and “三公” items otherwise.
 */
function subjectIdentity(subject: ClaimSubject): string {
  if (subject.kind === 'subject' && !subject.code) return `label:${labelKey(subject.label ?? '')}`;
  return JSON.stringify([subject.kind, subject.code ?? null, subject.source ?? null, subject.item ?? null]);
}

/** False for a 科目 with neither code nor label: it names no figure another claim could share. */
function canBeNamed(subject: ClaimSubject): boolean {
  return !(subject.kind === 'subject' && !subject.code && !subject.label);
}

/** The claims of `claims` that are the first to name their subject, in order. */
function firstOfEachSubject(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = subjectIdentity(c.subject);
    if (!canBeNamed(c.subject) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const labelKey = (label: string) => label.replace(/[\s“”"]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/其它/g, '其他');

/** A claim's amount in 元, exactly: equal for two claims that state the same amount in any units. */
function amountInYuan(doc: BudgetDocument, claim: Claim): string {
  return convertAmount(new D(claim.amount!), claimUnit(doc, claim), '元').toString();
}

/** What figure a claim's amount is, when it names exactly one (a 科目 code, a “三公” line, 机关运行经费, a procurement part). */
function itemKey(claim: Claim, fiscalYear: number): string | undefined {
  const s = claim.subject;
  const year = claim.period?.year ?? fiscalYear;
  let what: string | undefined;
  if (s.kind === 'subject' && s.code) what = `subject:${s.code}`;
  else if (s.kind === 'subject' && s.label) what = `label:${labelKey(s.label)}`;
  else if (s.kind === 'threePublic' && s.item) what = `threePublic:${s.item}`;
  else if (s.kind === 'operatingExpenses') what = 'operatingExpenses';
  else if (s.kind === 'procurement' && !/预留|中小|小微|小型|微型/.test(s.label ?? '')) {
    const label = s.label ?? '';
    what = `procurement:${/货物/.test(label) ? 'goods' : /工程/.test(label) ? 'works' : /服务/.test(label) ? 'services' : 'total'}`;
  }
  return what ? `${claim.section}|${what}|${year}` : undefined;
}

/** claims-duplicate-items: see the rule's title. */
export const claimsDuplicateItems: Rule = {
  id: 'claims-duplicate-items',
  title: {
    zh: '说明中同一项目（同一科目、同一“三公”行、机关运行经费、采购类别）在同一部分只有一个金额',
    en: 'One item of the statement (a 科目, a “三公” line, 机关运行经费, a procurement part) states one amount within its part',
  },
  run(doc) {
    const groups = new Map<string, { claim: Claim; index: number }[]>();
    for (const entry of claimsOf(doc)) {
      if (!isDecimalText(entry.claim.amount)) continue;
      const key = itemKey(entry.claim, doc.meta.fiscalYear);
      if (!key) continue;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(entry);
    }
    const findings: Finding[] = [];
    for (const entries of groups.values()) {
      const distinct = firstOfEachAmount(doc, entries);
      if (distinct.length < 2) continue;
      const first = distinct[0]!.claim;
      const name = first.subject.label ?? first.id;
      const amounts = distinct.map(({ claim }) => money(claim.amount!, claimUnit(doc, claim)));
      findings.push({
        rule: 'claims-duplicate-items',
        severity: 'error',
        message: {
          zh: `说明对“${name}”给出了 ${distinct.length} 个不同的金额：${amounts.map((a) => a.zh).join('、')}（${distinct.map(({ claim }) => `“${claim.quote}”`).join('；')}）`,
          en: `the statement gives “${name}” ${distinct.length} different amounts: ${amounts.map((a) => a.en).join(', ')} (${distinct.map(({ claim }) => `“${claim.quote}”`).join('; ')})`,
        },
        figures: distinct.map(({ claim, index }) => statedFigure(doc, claim, index, `说明：${claim.period?.words ?? name}`, ['amount'], claim.amount!)),
        difference: new D(distinct[0]!.claim.amount!).minus(convertAmount(new D(distinct[1]!.claim.amount!), claimUnit(doc, distinct[1]!.claim), claimUnit(doc, first))).toFixed(),
        ...subjectOf(first),
      });
    }
    return findings;
  },
};

/** The entries that are the first to state their amount (compared in 元), in order. */
function firstOfEachAmount<T extends { claim: Claim }>(doc: BudgetDocument, entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter(({ claim }) => {
    const amount = amountInYuan(doc, claim);
    if (seen.has(amount)) return false;
    seen.add(amount);
    return true;
  });
}

/** The sections of a document that are tables, by the id of the table they come from. */
function tableSections(doc: BudgetDocument): { path: Path; section: Record<string, unknown> & { table: string } }[] {
  const out: { path: Path; section: Record<string, unknown> & { table: string } }[] = [];
  for (const [key, value] of Object.entries(doc)) {
    const list = Array.isArray(value) ? value.map((v, i) => ({ v, path: [key, i] as Path })) : [{ v: value, path: [key] as Path }];
    for (const { v, path } of list) {
      if (v && typeof v === 'object' && typeof (v as { table?: unknown }).table === 'string' && key !== 'meta' && key !== 'claims') {
        out.push({ path, section: v as Record<string, unknown> & { table: string } });
      }
    }
  }
  return out;
}

/** Keys of a table section whose values are not amounts. */
const NOT_AMOUNTS = new Set(['code', 'name', 'label', 'id', 'table', 'unit', 'key', 'item', 'departmentItem', 'governmentItem', 'part', 'classification', 'title', 'provenance', 'columns', 'category', 'subjectCode', 'performance']);

/** The first figure of a table section that is not zero, with its path: its 合计 first, then its rows. */
function firstFigure(value: unknown, path: Path, depth = 0): { text: string; path: Path } | undefined {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstFigure(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !NOT_AMOUNTS.has(k));
  // 合计 first, then the rest in order.
  keys.sort((a, b) => (/total/i.test(b) ? 1 : 0) - (/total/i.test(a) ? 1 : 0));
  for (const key of keys) {
    const v = record[key];
    if (typeof v === 'string') {
      if (isDecimalText(v) && !new D(v).isZero()) return { text: v, path: [...path, key] };
      continue;
    }
    const found = firstFigure(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** empty-table-note: see the rule's title. */
export const emptyTableNote: Rule = {
  id: 'empty-table-note',
  title: {
    zh: '注明“本表为空表”“本表无数据”的表中没有数字',
    en: 'A table noted “本表为空表” / “本表无数据” (empty) has no figures',
  },
  run(doc) {
    const findings: Finding[] = [];
    const sections = tableSections(doc);
    const done = new Set<string>();
    const notes: { table: string; note: FigureRef; quote: string }[] = [];
    for (const { claim, index } of claimsOf(doc)) {
      if (claim.subject.kind !== 'emptyTable' || !claim.table) continue;
      notes.push({ table: claim.table, quote: claim.quote, note: figure(`说明：${claim.statement ?? claim.quote}`, '0', '个', claimPath(index, 'statement'), claimSource(claim)) });
    }
    doc.meta.tables.forEach((t, i) => {
      if (t.status === 'empty') notes.push({ table: t.id, quote: '本表无数据', note: figure(`${t.id} 状态：空表`, '0', '个', ['meta', 'tables', i, 'status'], t.id) });
    });
    for (const note of notes) {
      if (done.has(note.table)) continue;
      const found = sections.find(({ section }) => section.table === note.table);
      if (!found) continue;
      const unit = (found.section.unit as FigureRef['unit']) ?? doc.meta.unit;
      const fig = firstFigure(found.section, found.path);
      if (!fig) continue;
      done.add(note.table);
      const m = money(fig.text, unit === '%' || unit === '个' ? doc.meta.unit : unit);
      findings.push({
        rule: 'empty-table-note',
        severity: 'error',
        message: {
          zh: `${note.table} 下注明“${note.quote}”，表中却列有数字（如 ${m.zh}）`,
          en: `${note.table} is noted as empty (“${note.quote}”), yet it has figures (e.g. ${m.en})`,
        },
        figures: [note.note, figure(`${note.table} 中的数字`, fig.text, unit, fig.path, note.table)],
      });
    }
    return findings;
  },
};

const BASE_ZH: Record<ClaimBase['basis'], string> = {
  budget: '预算',
  execution: '预算执行数',
  initialBudget: '年初预算',
  adjustedBudget: '全年预算',
  final: '决算',
  year: '上年',
};

/** claims-completion-rate: see the rule's title. */
export const claimsCompletionRate: Rule = {
  id: 'claims-completion-rate',
  title: {
    zh: '说明中的完成率等于金额除以它所称的基数（年初预算、全年预算……），按百分比的舍入规则',
    en: 'A completion rate stated in the statement equals the amount over the base it names (年初预算, 全年预算 …), percentage rounding allowed',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { claim, index } of claimsOf(doc)) {
      const completion = claim.completion;
      const amount = claimFig(doc, claim, index);
      if (!completion || !amount || !isDecimalText(completion.percent) || !claim.bases?.length) continue;
      const named = parseBaseWords(completion.comparedTo);
      const unit = claimUnit(doc, claim);
      const judged = claim.bases
        .map((base, i) => ({ base, i }))
        .filter(({ base }) => isDecimalText(base.amount) && !new D(base.amount!).isZero())
        .map(({ base, i }) => ({ base, i, matches: matchesNamed(wordsOfBase(base), named), j: judgePercent(completion.percent, operand(amount.text, amount.unit), operand(base.amount!, unit, amount.unit))! }));
      const candidates = judged.filter((x) => x.matches);
      if (candidates.length === 0) continue;
      if (candidates.some((x) => x.j.severity === null)) continue;
      const within = candidates.find((x) => x.j.severity === 'rounding');
      const worst = within ?? candidates[0]!;
      const other = within ? undefined : judged.find((x) => !x.matches && x.j.severity !== 'error');
      const p = decimalsOf(completion.percent);
      const shown = worst.j.exact.toDecimalPlaces(p + 2).toFixed(p + 2);
      const interval = percentInterval(worst.j, p);
      const a = money(amount.text, amount.unit);
      const b = money(worst.base.amount!, unit);
      const because: Bilingual = other
        ? {
            zh: `；它等于 ${amount.text} ÷ ${other.base.words} ${money(other.base.amount!, unit).zh}，即按${BASE_ZH[other.base.basis]}而非所称的${completion.comparedTo}计算`,
            en: `; it is ${amount.text} ÷ the ${BASIS_EN[other.base.basis]} (“${other.base.words}”) ${money(other.base.amount!, unit).en}: computed against the ${BASIS_EN[other.base.basis]}, not the ${completion.comparedTo} it names`,
          }
        : { zh: '', en: '' };
      findings.push({
        rule: 'claims-completion-rate',
        severity: worst.j.severity!,
        message: {
          zh: `说明“${claim.quote}”：${a.zh} ÷ ${worst.base.words} ${b.zh} = ${shown}%，应为 ${worst.j.expected.toFixed(p)}%，说明称完成${completion.comparedTo}的 ${completion.percent}%；${worst.j.severity === 'rounding' ? `在数字舍入所容许的 ${interval}% 之内` : `超出数字舍入所容许的 ${interval}%`}${because.zh}`,
          en: `the statement’s “${claim.quote}”: ${a.en} ÷ ${worst.base.words} ${b.en} = ${shown}%, which rounds to ${worst.j.expected.toFixed(p)}%, but ${completion.percent}% of the ${completion.comparedTo} is stated; ${worst.j.severity === 'rounding' ? 'inside' : 'outside'} the ${interval}% the figures’ rounding allows${because.en}`,
        },
        figures: [
          statedFigure(doc, claim, index, '说明：完成率', ['completion', 'percent'], completion.percent, '%'),
          refOf(amount),
          statedFigure(doc, claim, index, `说明：${worst.base.words}`, ['bases', worst.i, 'amount'], worst.base.amount!),
          ...(other ? [statedFigure(doc, claim, index, `说明：${other.base.words}`, ['bases', other.i, 'amount'], other.base.amount!)] : []),
          figure('计算完成率 / computed', shown, '%', claimPath(index, 'completion'), '计算 / computed'),
        ],
        difference: worst.j.difference.toDecimalPlaces(p + 2).toFixed(p + 2),
        tolerance: interval,
        ...subjectOf(claim),
      });
    }
    return findings;
  },
};

/** Whether a stated base is what completion words name: 年初预算 names the initial budget only; a bare 预算 any budget. */
function matchesNamed(base: BaseWords, named: BaseWords): boolean {
  if (named.basis === 'budget') return base.basis === 'budget' || base.basis === 'initialBudget' || base.basis === 'adjustedBudget';
  return base.basis === named.basis;
}
