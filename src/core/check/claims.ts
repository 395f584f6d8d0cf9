/** Rules comparing the statements of the statement (claims) with the tables. */
import type { BudgetDocument, Claim, MoneyUnit, SubjectRow } from '../schema/budget-types.generated.js';
import { claimPath, Lookup, rowOfCode, subjectFigure } from './claim-figures.js';
import { claimSource, compareFigures, equalityFinding, figure, money, refOf, verdict, type Fig } from './figures.js';
import { D } from '../decimal.js';
import { convertAmount } from '../units.js';
import { subjectTables } from './subjects.js';
import { amountRounding, decimalsOf, isDecimalText, judgePercent, operand, percentInterval } from './tolerance.js';
import { normaliseName } from './totals.js';
import { trimEndWhile, trimStartWhile, trimWhile } from '../trim.js';
import type { Bilingual } from '../validate/issue.js';
import type { Finding, Rule } from './types.js';

/** The unit of a claim's amounts: its own, else the document's. */
export function claimUnit(doc: BudgetDocument, claim: Claim): MoneyUnit {
  return claim.unit ?? doc.meta.unit;
}

/** A claim's stated amount as a {@link Fig}. */
export function claimFig(doc: BudgetDocument, claim: Claim, index: number): Fig | undefined {
  if (!isDecimalText(claim.amount)) return undefined;
  return { label: `说明：${claim.subject.label ?? claim.id}`, text: claim.amount, unit: claimUnit(doc, claim), path: claimPath(index, 'amount'), source: claimSource(claim) };
}

/** The claims of a document with their indexes. */
export function claimsOf(doc: BudgetDocument): { claim: Claim; index: number }[] {
  return (doc.claims ?? []).map((claim, index) => ({ claim, index }));
}

/** claims-amounts: see the rule's title. */
export const claimsAmounts: Rule = {
  id: 'claims-amounts',
  title: {
    zh: '说明中的金额与表中对应的数字一致（换算单位，按舍入规则）',
    en: 'Amounts stated in the statement equal the table figures they name (units converted, rounding allowed)',
  },
  run(doc) {
    const findings: Finding[] = [];
    const lookup = new Lookup();
    for (const { claim, index } of claimsOf(doc)) {
      // An amount the statement dates in another year is not this year's table figure.
      if (claim.period?.year !== undefined && claim.period.year !== doc.meta.fiscalYear) continue;
      const stated = claimFig(doc, claim, index);
      if (!stated) continue;
      const reference = subjectFigure(doc, claim.subject, claim, lookup);
      if (!reference) continue;
      const comparison = compareFigures(stated, reference);
      const f = equalityFinding('claims-amounts', stated, reference, { zh: '', en: '' }, claim.subject.kind === 'subject' ? claim.subject.code : undefined);
      if (!f) continue;
      const a = money(stated.text, stated.unit);
      const b = money(reference.text, reference.unit);
      // A figure in another unit is shown converted as well, so the reader sees what was compared.
      const converted = reference.unit === stated.unit ? undefined : money(convertAmount(new D(reference.text), reference.unit, stated.unit), stated.unit);
      const d = money(f.difference!, stated.unit);
      let v = verdict(f.severity, f.tolerance!, stated.unit, comparison.exclusive);
      // Against an exact figure (元) a rounded statement has one right value at its precision: the
      // figure rounded half-up (at an exact tie, half-even too). Cut off or rounded up, it is wrong.
      const atPrecision = exactRounding(stated.text, stated.unit, reference.text, reference.unit);
      if (atPrecision && f.severity === 'rounding' && !atPrecision.tie) {
        f.severity = 'error';
        const r = money(atPrecision.rounded, stated.unit);
        v = { zh: `按所列精度四舍五入应为 ${r.zh}`, en: `at its printed precision it rounds to ${r.en}` };
      }
      const name = claim.subject.label ?? claim.id;
      const why = precisionNote(stated.text, stated.unit, reference.text, reference.unit);
      f.message = {
        zh: `说明“${claim.quote}”中${name}为 ${a.zh}，${reference.label} 为 ${b.zh}${converted ? `（即 ${converted.zh}）` : ''}，相差 ${d.zh}，${v.zh}${why ? `；${why.zh}` : ''}`,
        en: `the statement’s “${claim.quote}” gives ${name} as ${a.en}, ${reference.label} is ${b.en}${converted ? ` (${converted.en})` : ''}; difference ${d.en}, ${v.en}${why ? `; ${why.en}` : ''}`,
      };
      findings.push(f);
    }
    return findings;
  },
};

/**
 * When `reference` is exact (an amount in 元) and `stated` a rounding of it (万元 with p decimals):
 * the reference rounded half-up to p decimals, and whether a stated figure that differs from it is
 * the other neighbour of an exact tie (…5 exactly, which half-even rounding gives). Undefined
 * when the reference is itself rounded or the stated figure is exact.
 */
export function exactRounding(stated: string, statedUnit: MoneyUnit, reference: string, referenceUnit: MoneyUnit): { rounded: string; tie: boolean } | undefined {
  if (!amountRounding(reference, referenceUnit).isZero() || amountRounding(stated, statedUnit).isZero()) return undefined;
  const places = decimalsOf(stated);
  const exact = convertAmount(new D(reference), referenceUnit, statedUnit);
  const rounded = exact.toDecimalPlaces(places, D.ROUND_HALF_UP);
  const tie = exact.toDecimalPlaces(places, D.ROUND_HALF_EVEN).eq(stated) && !rounded.eq(stated);
  return { rounded: rounded.toFixed(places), tie };
}

/**
 * Why a stated amount differs from the table figure at its printed precision: it is the figure
 * cut off (truncated) instead of rounded, or it is the correctly rounded figure with one digit
 * too many (a stray digit: 887.36 for 87.36). Undefined when neither explains it.
 */
export function precisionNote(stated: string, statedUnit: MoneyUnit, reference: string, referenceUnit: MoneyUnit): Bilingual | undefined {
  const places = decimalsOf(stated);
  const exact = convertAmount(new D(reference), referenceUnit, statedUnit);
  const rounded = exact.toDecimalPlaces(places, D.ROUND_HALF_UP).toFixed(places);
  const truncated = exact.toDecimalPlaces(places, D.ROUND_DOWN).toFixed(places);
  if (stated === rounded) return undefined;
  const r = money(rounded, statedUnit);
  if (stated === truncated) {
    return {
      zh: `${stated} 是表中数字截断（舍去尾数）所得，而非四舍五入，四舍五入应为 ${r.zh}`,
      en: `${stated} is the table figure truncated, not rounded; rounded it is ${r.en}`,
    };
  }
  for (const candidate of [rounded, truncated]) {
    // One digit too many: dropping one digit of the stated figure gives the table's figure.
    for (let i = 0; i < stated.length; i++) {
      if (!/\d/.test(stated[i]!)) continue;
      const shorter = stated.slice(0, i) + stated.slice(i + 1);
      if (shorter === candidate || shorter.replace(/^0+(?=\d)/, '') === candidate) {
        return {
          zh: `去掉第 ${i + 1} 位数字“${stated[i]}”即为 ${money(candidate, statedUnit).zh}，疑为多出一位数字`,
          en: `dropping digit ${i + 1} (“${stated[i]}”) gives ${money(candidate, statedUnit).en}: probably a stray digit`,
        };
      }
    }
  }
  return undefined;
}

/** claims-shares: see the rule's title. */
export const claimsShares: Rule = {
  id: 'claims-shares',
  title: {
    zh: '说明中的占比等于其金额除以所占总数（按百分比的舍入规则）',
    en: 'Shares stated in the statement equal the claim’s amount over the whole it is a share of (percentage rounding allowed)',
  },
  run(doc) {
    const findings: Finding[] = [];
    const lookup = new Lookup();
    for (const { claim, index } of claimsOf(doc)) {
      const share = claim.share;
      const part = claimFig(doc, claim, index);
      if (!share || !part || !isDecimalText(share.percent)) continue;
      const whole = subjectFigure(doc, share.of, claim, lookup);
      if (!whole) continue;
      const j = judgePercent(share.percent, operand(part.text, part.unit), operand(whole.text, whole.unit, part.unit));
      if (!j || j.severity === null) continue;
      const p = decimalsOf(share.percent);
      const shown = j.exact.toDecimalPlaces(p + 2).toFixed(p + 2);
      const a = money(part.text, part.unit);
      const w = money(whole.text, whole.unit);
      const interval = percentInterval(j, p);
      findings.push({
        rule: 'claims-shares',
        severity: j.severity,
        message: {
          zh: `说明“${claim.quote}”：${a.zh} ÷ ${whole.label} ${w.zh} = ${shown}%，应为 ${j.expected.toFixed(p)}%，说明为 ${share.percent}%；${j.severity === 'rounding' ? `在数字舍入所容许的 ${interval}% 之内` : `超出数字舍入所容许的 ${interval}%`}`,
          en: `the statement’s “${claim.quote}”: ${a.en} ÷ ${whole.label} ${w.en} = ${shown}%, which rounds to ${j.expected.toFixed(p)}%, but ${share.percent}% is stated; ${j.severity === 'rounding' ? 'inside' : 'outside'} the ${interval}% the figures’ rounding allows`,
        },
        figures: [
          figure(`说明：${claim.subject.label ?? claim.id} 占比`, share.percent, '%', claimPath(index, 'share', 'percent'), claimSource(claim)),
          refOf(part),
          refOf(whole),
          figure('计算占比', shown, '%', claimPath(index, 'share'), '计算 / computed'),
        ],
        difference: j.difference.toDecimalPlaces(p + 2).toFixed(p + 2),
        tolerance: interval,
        ...(claim.subject.kind === 'subject' && claim.subject.code ? { subject: claim.subject.code } : {}),
      });
    }
    return findings;
  },
};

/**
 * A level marker: “（类）”, “（201类）”, “( 06 款 )”. The digits and the spaces after them are one
 * optional group: `\s*\d{0,7}\s*` would let two adjacent `\s*` share a run of spaces in
 * quadratically many ways before failing.
 */
const LEVEL_MARKER = /[（(]\s*(?:\d{1,7}\s*)?(?:类|款|项)\s*[)）]/g;
// Trimmed from a whole label (its quotes) and from each level's name (dashes, quotes, spaces).
const OPENING_QUOTE = /[“"]/;
const CLOSING_QUOTE = /[”"]/;
const NAME_EDGE = /[-－—–“”"\s]/;

/**
 * The names a structured label gives, 类 first: “X（类）Y（款）Z（项）”, “X（201类）Y（06款）”,
 * “X(类）-Y（款）-Z（项）” and “X-Y-Z” → [X, Y, Z]; undefined for a plain label.
 */
function labelLevels(label: string): string[] | undefined {
  // Trimmed by loops, not /[”"]+$/, which is quadratic on a long run of quotes (see trim.ts).
  const text = trimEndWhile(trimStartWhile(label, OPENING_QUOTE), CLOSING_QUOTE);
  const markers = [...text.matchAll(LEVEL_MARKER)];
  if (markers.length > 0) {
    const parts: string[] = [];
    let from = 0;
    for (const m of markers) {
      parts.push(trimWhile(text.slice(from, m.index), NAME_EDGE));
      from = m.index! + m[0].length;
    }
    return parts;
  }
  const parts = text.split(/[-－—–]/).map((p) => p.trim());
  return parts.length > 1 && parts.length <= 3 && parts.every((p) => p) ? parts : undefined;
}

/** Two 科目 names are the same name: spaces, bracket widths and the variant 其它 / 其他 aside. */
function sameName(a: string | undefined, b: string | undefined): boolean {
  const n = (x: string | undefined) => normaliseName(x ?? '').replace(/其它/g, '其他');
  return n(a) === n(b);
}

type LevelRows = { table: string; rows: (SubjectRow | undefined)[]; name: string; index: number };

/** The rows of a code's levels in each subject table that has the code: 类, 款, 项 as far as the code goes. */
function levelRowsAll(doc: BudgetDocument, code: string, lookup: Lookup): LevelRows[] {
  // Expenditure tables first: a statement about a 科目 is about its spending.
  const tables = subjectTables(doc).sort((a, b) => (a.name === 'incomeBySubject' ? 1 : 0) - (b.name === 'incomeBySubject' ? 1 : 0));
  const out: LevelRows[] = [];
  for (const { name, table } of tables) {
    const index = rowOfCode(table, code, lookup);
    if (index < 0) continue;
    const codes = [code.slice(0, 3), code.slice(0, 5), code.slice(0, 7)].slice(0, code.length === 3 ? 1 : code.length === 5 ? 2 : 3);
    out.push({ table: table.table, rows: codes.map((c) => table.rows[rowOfCode(table, c, lookup)]), name, index });
  }
  return out;
}

/** claims-subject-names: see the rule's title. */
export const claimsSubjectNames: Rule = {
  id: 'claims-subject-names',
  title: {
    zh: '说明所称科目名称与表中该编码的类、款、项名称一致',
    en: 'The subject (科目) names a statement gives match the class/section/item (类/款/项) names of its code in the tables',
  },
  run(doc) {
    const findings: Finding[] = [];
    const lookup = new Lookup();
    for (const { claim, index } of claimsOf(doc)) {
      const code = claim.subject.kind === 'subject' ? claim.subject.code : undefined;
      const label = claim.subject.label;
      if (!code || !label) continue;
      const all = levelRowsAll(doc, code, lookup);
      if (all.length === 0) continue;
      const given = labelLevels(label);
      const wrongIn = (found: LevelRows) => {
        const names = found.rows.map((r) => r?.name ?? '');
        // A label naming fewer levels names the top ones; each must be the row's own name.
        return given ? given.length > names.length || given.some((n, i) => !sameName(n, names[i])) : !sameName(label, names[names.length - 1]);
      };
      // The name of one table is enough: tables that name a code differently contradict each other, not the 说明.
      if (!all.every(wrongIn)) continue;
      const found = all[0]!;
      const names = found.rows.map((r) => r?.name ?? '');
      const tableName = names.map((n, i) => `${n}（${['类', '款', '项'][i]}）`).join('');
      const row = found.rows[found.rows.length - 1]!;
      findings.push({
        rule: 'claims-subject-names',
        severity: given ? 'error' : 'note',
        message: {
          zh: `说明称“${label}”，而 ${found.table} 中 ${code} 为“${tableName}”`,
          en: `the statement names “${label}”, but ${code} in ${found.table} is “${tableName}”`,
        },
        figures: [
          ...(isDecimalText(claim.amount) ? [figure(`说明：${label}`, claim.amount, claimUnit(doc, claim), claimPath(index, 'amount'), claimSource(claim))] : []),
          ...(isDecimalText(row.amounts.total) ? [figure(`${found.table} ${code} ${row.name}`, row.amounts.total, doc[found.name as 'expenditureBySubject']!.unit, [found.name, 'rows', found.index, 'amounts', 'total'], found.table)] : []),
        ],
        subject: code,
      });
    }
    return findings;
  },
};
