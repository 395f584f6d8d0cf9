/** The claims-changes rule: stated changes on the previous year against the figures they follow from. */
import { findBase } from '../claim-words.js';
import { D } from '../decimal.js';
import type { BudgetDocument, Claim, ClaimSubject, MoneyUnit } from '../schema/budget-types.generated.js';
import { convertAmount } from '../units.js';
import { claimPath } from './claim-figures.js';
import { claimFig, claimsOf, claimUnit } from './claims.js';
import { claimSource, figure, money, refOf, signed, verdict, type Fig } from './figures.js';
import { amountRounding, decimalsOf, isDecimalText, judge, judgePercent, judgeSum, operand, percentInterval, type Operand } from './tolerance.js';
import type { Finding, Rule } from './types.js';

/** The previous-year figure a change is measured from, and how the document knows it. */
export interface Previous {
  fig: Fig;
  /** 'stated': printed by the report; 'derived': computed from this very change, so it cannot contradict it. */
  basis: 'stated' | 'derived';
}

/**
 * The previous-year figures of a document (`priorYear`) indexed for {@link previousOf}: the first
 * usable one each claim id names, and those no claim names, by subject. A rule builds it once per
 * run; searching the list for each claim is quadratic in a document of many claims and figures.
 */
export interface PriorYearIndex {
  byClaim: Map<string, number>;
  /** Figures of the previous year naming no claim, by kind, source and code, then by label. */
  bySubject: Map<string, { all: number[]; unlabelled: number[]; byLabel: Map<string, number[]> }>;
}

/** The kind, source and code of a subject: what must be alike, besides the label, for a figure to be a subject's. */
function subjectKey(subject: ClaimSubject): string {
  return JSON.stringify([subject.kind, subject.source ?? null, subject.code ?? null]);
}

/** Builds the {@link PriorYearIndex} of a document. */
export function indexPriorYear(doc: BudgetDocument): PriorYearIndex {
  const index: PriorYearIndex = { byClaim: new Map(), bySubject: new Map() };
  (doc.priorYear ?? []).forEach((p, i) => {
    if (!isDecimalText(p.amount)) return;
    if (p.claim !== undefined) {
      if (!index.byClaim.has(p.claim)) index.byClaim.set(p.claim, i);
      return;
    }
    if (p.fiscalYear !== doc.meta.fiscalYear - 1) return;
    const key = subjectKey(p.subject);
    const group = index.bySubject.get(key) ?? index.bySubject.set(key, { all: [], unlabelled: [], byLabel: new Map() }).get(key)!;
    group.all.push(i);
    if (p.subject.label === undefined) group.unlabelled.push(i);
    else (group.byLabel.get(p.subject.label) ?? group.byLabel.set(p.subject.label, []).get(p.subject.label)!).push(i);
  });
  return index;
}

/**
 * The figure no claim names that is the previous year's of `subject` (kind, source and code
 * alike and, when both have one, the label), when exactly one fits; -1 otherwise.
 */
function onlySameSubject(index: PriorYearIndex, subject: ClaimSubject): number {
  const group = index.bySubject.get(subjectKey(subject));
  if (!group) return -1;
  if (subject.label === undefined) return group.all.length === 1 ? group.all[0]! : -1;
  const labelled = group.byLabel.get(subject.label) ?? [];
  if (group.unlabelled.length + labelled.length !== 1) return -1;
  return group.unlabelled[0] ?? labelled[0]!;
}

/**
 * The previous-year figure of a claim: a priorYear entry referencing it; else a figure its quote
 * states for the previous year ("2022年当年预算执行数为11.67万元"); else none. A rule asking for
 * every claim passes one {@link indexPriorYear} for all of them.
 */
export function previousOf(doc: BudgetDocument, claim: Claim, index: number, priors = indexPriorYear(doc)): Previous | undefined {
  // The base the change names among those the statement gives ("2022年当年预算执行数为1.48万元").
  const found = claim.change ? findBase(claim.bases, claim.change.comparedTo, doc.meta.fiscalYear) : undefined;
  if (found) {
    const base = claim.bases![found.index]!;
    return { fig: { label: `说明：${base.words}`, labelEn: `statement (说明): ${base.words}`, text: base.amount!, unit: claimUnit(doc, claim), path: claimPath(index, 'bases', found.index, 'amount'), source: claimSource(claim) }, basis: 'stated' };
  }
  // A prior-year figure naming the claim; else one stated elsewhere for its subject, when exactly one fits.
  const i = priors.byClaim.get(claim.id) ?? onlySameSubject(priors, claim.subject);
  if (i >= 0) {
    const p = doc.priorYear![i]!;
    return { fig: { label: `${p.fiscalYear}年 ${p.subject.label ?? claim.subject.label ?? ''}`.trim(), labelEn: `${p.fiscalYear} ${p.subject.label ?? claim.subject.label ?? ''}`.trim(), text: p.amount, unit: p.unit, path: ['priorYear', i, 'amount'], source: p.basis === 'derived' ? `由说明推算 / derived from ${claim.id}` : claimSource(claim) }, basis: p.basis };
  }
  const stated = statedPreviousYear(claim.quote, doc.meta.fiscalYear - 1);
  if (stated && isDecimalText(stated.amount)) {
    return { fig: { label: `说明：${stated.words}`, labelEn: `statement (说明): ${stated.words}`, text: stated.amount, unit: stated.unit, path: claimPath(index, 'quote'), source: claimSource(claim) }, basis: 'stated' };
  }
  return undefined;
}

/** "为 11.67 万元" at the position it is tried from (sticky). */
const STATED_AMOUNT = /[为是]\s*(\d+(?:\.\d+)?)\s*(万元|亿元|元)/y;

/**
 * The previous year's figure a quote states in one clause: the words from "上年" or "2022年" up
 * to the first "为"/"是" followed by an amount and its unit ("2022年当年预算执行数为11.67万元").
 * What `/((?:2022年|上年)[^，。；,;]*?)(?:为|是)\s*(\d+(?:\.\d+)?)\s*(万元|亿元|元)/` finds, in linear
 * time: that regex rescans the rest of the clause from every "上年" in it, quadratic in a long
 * quote. Here each clause is read once from its first year word; every later one in the clause
 * would find the same amount or none.
 */
export function statedPreviousYear(quote: string, year: number): { words: string; amount: string; unit: MoneyUnit } | undefined {
  const yearWords = [`${year}年`, '上年'];
  for (const clause of quote.split(/[，。；,;]/)) {
    const starts = yearWords.map((w) => ({ at: clause.indexOf(w), length: w.length })).filter((s) => s.at >= 0);
    if (starts.length === 0) continue;
    const start = starts.reduce((a, b) => (b.at < a.at ? b : a));
    for (let at = start.at + start.length; at < clause.length; at++) {
      if (clause[at] !== '为' && clause[at] !== '是') continue;
      STATED_AMOUNT.lastIndex = at;
      const m = STATED_AMOUNT.exec(clause);
      if (m) return { words: clause.slice(start.at, at), amount: m[1]!, unit: m[2] as MoneyUnit };
    }
  }
  return undefined;
}

/** A finding about one claim's change. */
function changeFinding(claim: Claim, severity: Finding['severity'], zh: string, en: string, figures: Finding['figures'], extra: Partial<Finding> = {}): Finding {
  return {
    rule: 'claims-changes',
    severity,
    message: { zh: `说明“${claim.quote}”：${zh}`, en: `the statement’s “${claim.quote}”: ${en}` },
    figures,
    ...extra,
    ...(claim.subject.kind === 'subject' && claim.subject.code ? { subject: claim.subject.code } : {}),
  };
}

const DIRECTION_ZH = { increase: '增加', decrease: '减少', flat: '持平', new: '新增' } as const;

/** The findings of one claim with a change. */
function claimChangeFindings(doc: BudgetDocument, claim: Claim, index: number, priors: PriorYearIndex): Finding[] {
  const change = claim.change!;
  const findings: Finding[] = [];
  const unit = claimUnit(doc, claim);
  const current = claimFig(doc, claim, index);
  const amount: Fig | undefined = isDecimalText(change.amount)
    ? { label: `说明：比${change.comparedTo}${DIRECTION_ZH[change.direction]}`, labelEn: `statement (说明): ${change.direction} on ${change.comparedTo}`, text: change.amount, unit, path: claimPath(index, 'change', 'amount'), source: claimSource(claim) }
    : undefined;
  const percentFig = isDecimalText(change.percent) ? figure(`说明：${DIRECTION_ZH[change.direction]}百分比`, change.percent, '%', claimPath(index, 'change', 'percent'), claimSource(claim), `statement (说明): ${change.direction} percentage`) : undefined;

  // 持平 is no change: a flat claim that states an amount or a percentage contradicts itself.
  if (change.direction === 'flat') {
    const stated = [amount, percentFig && { text: percentFig.amount }].filter((x) => x && !new D(x.text).isZero());
    if (stated.length > 0) {
      findings.push(changeFinding(claim, 'error', '称“持平”，却给出了变动数', 'says “flat” yet states a change',
        [...(amount ? [refOf(amount)] : []), ...(percentFig ? [percentFig] : [])]));
    }
  }
  if (!current) return findings;
  const cur = new D(current.text);

  // A change larger than the current amount would leave a negative previous year.
  if (change.direction === 'increase' && amount) {
    const implied = cur.minus(amount.text);
    if (implied.isNeg() && !implied.isZero()) {
      const tolerance = amountRounding(current.text, unit).plus(amountRounding(amount.text, unit));
      const severity = judge(implied, tolerance)!;
      const d = Math.max(decimalsOf(current.text), decimalsOf(amount.text));
      const c = money(current.text, unit);
      const a = money(amount.text, unit);
      const p = money(implied, unit, d);
      findings.push(changeFinding(claim, severity,
        `本年 ${c.zh}，比${change.comparedTo}增加 ${a.zh}，则${change.comparedTo}为 ${p.zh}，金额不可能为负`,
        `${c.en} this year, up ${a.en} on ${change.comparedTo}, would put ${change.comparedTo} at ${p.en}: an amount cannot be negative`,
        [refOf(current), refOf(amount), figure('推算上年数', signed(implied, d), unit, claimPath(index, 'change'), '计算 / computed', 'implied previous year')],
        { difference: signed(implied, d), tolerance: tolerance.toFixed() }));
      return findings;
    }
  }

  const previous = previousOf(doc, claim, index, priors);
  const prevFig = previous?.fig;
  if (previous && prevFig && previous.basis === 'stated') {
    const prev = convertAmount(new D(prevFig.text), prevFig.unit, unit);
    const prevRounding = convertAmount(amountRounding(prevFig.text, prevFig.unit), prevFig.unit, unit);
    const tolerance = prevRounding.plus(amountRounding(current.text, unit));
    const diff = cur.minus(prev);
    const agrees =
      change.direction === 'increase' ? diff.gt(tolerance.neg()) :
      change.direction === 'decrease' ? diff.lt(tolerance) :
      change.direction === 'flat' ? judge(diff, tolerance) !== 'error' :
      prev.lte(prevRounding);
    if (!agrees) {
      const c = money(current.text, unit);
      const p = money(prevFig.text, prevFig.unit);
      findings.push(changeFinding(claim, 'error',
        `称“${DIRECTION_ZH[change.direction]}”，而本年 ${c.zh}、${prevFig.label.replace(/^说明：/, '')} ${p.zh}`,
        `says “${change.direction}”, but this year is ${c.en} and the previous figure ${p.en}`,
        [refOf(current), refOf(prevFig)], { difference: diff.toFixed(), tolerance: tolerance.toFixed() }));
      return findings;
    }
    if (amount && prevFig.unit === unit && (change.direction === 'increase' || change.direction === 'decrease')) {
      // This year − previous year = the stated change: three printed figures, each half a unit off at most.
      const j = change.direction === 'increase' ? judgeSum(current.text, [prevFig.text, amount.text], unit) : judgeSum(prevFig.text, [current.text, amount.text], unit);
      if (j.severity !== null) {
        const actual = cur.minus(prev).abs();
        const c = money(current.text, unit);
        const p = money(prevFig.text, unit);
        const a = money(amount.text, unit);
        const x = money(actual, unit, j.decimals);
        const difference = signed(new D(amount.text).minus(actual), j.decimals);
        const tolerance = signed(j.tolerance, j.decimals);
        const v = verdict(j.severity, tolerance, unit);
        const d = money(difference, unit);
        findings.push(changeFinding(claim, j.severity,
          `本年 ${c.zh}，${prevFig.label.replace(/^说明：/, '')} ${p.zh}，相差 ${x.zh}，说明称${DIRECTION_ZH[change.direction]} ${a.zh}；相差 ${d.zh}，${v.zh}`,
          `this year ${c.en}, previous ${p.en}, a difference of ${x.en}, but a change of ${a.en} is stated; off by ${d.en}, ${v.en}`,
          [refOf(current), refOf(prevFig), refOf(amount)], { difference, tolerance }));
      }
    }
  }

  if (!percentFig || change.direction === 'flat' || change.direction === 'new') return findings;
  // The denominator: the previous figure, else the one the stated change implies.
  let denominator: Operand | undefined;
  let denominatorFig: Fig | undefined = prevFig;
  if (prevFig) denominator = operand(prevFig.text, prevFig.unit, unit);
  else if (amount) {
    const implied = change.direction === 'increase' ? cur.minus(amount.text) : cur.plus(amount.text);
    const d = Math.max(decimalsOf(current.text), decimalsOf(amount.text));
    denominatorFig = { label: '推算上年数', labelEn: 'implied previous year', text: implied.toFixed(d), unit, path: claimPath(index, 'change'), source: '计算 / computed' };
    denominator = operand(denominatorFig.text, unit);
  }
  // Growth from nothing has no percentage; reports write 100% by convention, which is not checked.
  if (!denominator || !denominatorFig || denominator.value.isZero()) return findings;
  const numerator: Operand = amount
    ? operand(amount.text, unit)
    : { value: cur.minus(denominator.value).abs(), rounding: amountRounding(current.text, unit).plus(denominator.rounding) };
  const j = judgePercent(change.percent!, numerator, denominator);
  if (!j || j.severity === null) return findings;
  const p = decimalsOf(change.percent!);
  const shown = j.exact.toDecimalPlaces(p + 2).toFixed(p + 2);
  const interval = percentInterval(j, p);
  const n = money(numerator.value, unit);
  const dd = money(denominatorFig.text, denominatorFig.unit);
  const within = j.severity === 'rounding';
  findings.push(changeFinding(claim, j.severity,
    `变动 ${n.zh} ÷ ${denominatorFig.label.replace(/^说明：/, '')} ${dd.zh} = ${shown}%，应为 ${j.expected.toFixed(p)}%，说明为 ${change.percent}%；${within ? `在数字舍入所容许的 ${interval}% 之内` : `超出数字舍入所容许的 ${interval}%`}`,
    `a change of ${n.en} on ${dd.en} is ${shown}%, which rounds to ${j.expected.toFixed(p)}%, but ${change.percent}% is stated; ${within ? 'inside' : 'outside'} the ${interval}% the figures’ rounding allows`,
    [percentFig, ...(amount ? [refOf(amount)] : [refOf(current)]), refOf(denominatorFig), figure('计算百分比', shown, '%', claimPath(index, 'change'), '计算 / computed', 'computed percentage')],
    { difference: j.difference.toDecimalPlaces(p + 2).toFixed(p + 2), tolerance: interval }));
  return findings;
}

/**
 * The sentence giving the reason names the other direction ("…增加的主要原因是…" after "比上年减少…"):
 * one finding per reason sentence, however many stated changes it explains.
 */
function reasonFinding(claim: Claim, index: number, seen: Set<string>): Finding | undefined {
  const change = claim.change!;
  if (!change.reasonDirection || (change.direction !== 'increase' && change.direction !== 'decrease') || change.reasonDirection === change.direction) return undefined;
  const key = `${claim.section}|${change.reason ?? ''}|${change.reasonDirection}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const said = DIRECTION_ZH[change.reasonDirection];
  const stated = DIRECTION_ZH[change.direction];
  return changeFinding(claim, 'error',
    `说明称“${said}的主要原因是${change.reason ?? '…'}”，而所述变动是比${change.comparedTo}${stated}${change.amount ? ` ${money(change.amount, claim.unit ?? '万元').zh}` : ''}`,
    `the statement gives the reason for an ${change.reasonDirection} (“${said}的主要原因是${change.reason ?? '…'}”), but the change it states is a ${change.direction} on ${change.comparedTo}`,
    [figure(`说明：比${change.comparedTo}${stated}`, change.amount ?? change.percent ?? '0', change.amount ? claim.unit ?? '万元' : '%', claimPath(index, 'change', 'direction'), claimSource(claim), `statement (说明): ${change.direction} on ${change.comparedTo}`)]);
}

/** claims-changes: see the rule's title. */
export const claimsChanges: Rule = {
  id: 'claims-changes',
  title: {
    zh: '说明中的增减：百分比等于变动额除以上年数，“持平”不带变动额，上年数不能为负',
    en: 'Changes stated in the statement (说明): the percentage is the change over the previous year, “flat” has no amount, the previous year cannot be negative',
  },
  run(doc) {
    const reasons = new Set<string>();
    const priors = indexPriorYear(doc);
    return claimsOf(doc).flatMap(({ claim, index }) => {
      if (!claim.change) return [];
      const findings = claimChangeFindings(doc, claim, index, priors);
      const reason = reasonFinding(claim, index, reasons);
      return reason ? [...findings, reason] : findings;
    });
  },
};

