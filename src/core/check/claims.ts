/** Rules comparing the statements of the 说明 (claims) with the tables. */
import type { BudgetDocument, Claim, MoneyUnit, SubjectRow } from '../schema/budget-types.generated.js';
import { claimPath, subjectFigure } from './claim-figures.js';
import { claimSource, compareFigures, equalityFinding, figure, money, refOf, verdict, type Fig } from './figures.js';
import { D } from '../decimal.js';
import { convertAmount } from '../units.js';
import { subjectTables } from './subjects.js';
import { decimalsOf, isDecimalText, judgePercent, operand, percentInterval } from './tolerance.js';
import { normaliseName } from './totals.js';
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
    en: 'Amounts stated in the 说明 equal the table figures they name (units converted, rounding allowed)',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { claim, index } of claimsOf(doc)) {
      const stated = claimFig(doc, claim, index);
      if (!stated) continue;
      const reference = subjectFigure(doc, claim.subject, claim);
      if (!reference) continue;
      const comparison = compareFigures(stated, reference);
      const f = equalityFinding('claims-amounts', stated, reference, { zh: '', en: '' }, claim.subject.kind === 'subject' ? claim.subject.code : undefined);
      if (!f) continue;
      const a = money(stated.text, stated.unit);
      const b = money(reference.text, reference.unit);
      // A figure in another unit is shown converted as well, so the reader sees what was compared.
      const converted = reference.unit === stated.unit ? undefined : money(convertAmount(new D(reference.text), reference.unit, stated.unit), stated.unit);
      const d = money(f.difference!, stated.unit);
      const v = verdict(f.severity, f.tolerance!, stated.unit, comparison.exclusive);
      const name = claim.subject.label ?? claim.id;
      f.message = {
        zh: `说明“${claim.quote}”中${name}为 ${a.zh}，${reference.label} 为 ${b.zh}${converted ? `（即 ${converted.zh}）` : ''}，相差 ${d.zh}，${v.zh}`,
        en: `the 说明’s “${claim.quote}” gives ${name} as ${a.en}, ${reference.label} is ${b.en}${converted ? ` (${converted.en})` : ''}; difference ${d.en}, ${v.en}`,
      };
      findings.push(f);
    }
    return findings;
  },
};

/** claims-shares: see the rule's title. */
export const claimsShares: Rule = {
  id: 'claims-shares',
  title: {
    zh: '说明中的占比等于其金额除以所占总数（按百分比的舍入规则）',
    en: 'Shares stated in the 说明 equal the claim’s amount over the whole it is a share of (percentage rounding allowed)',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { claim, index } of claimsOf(doc)) {
      const share = claim.share;
      const part = claimFig(doc, claim, index);
      if (!share || !part || !isDecimalText(share.percent)) continue;
      const whole = subjectFigure(doc, share.of, claim);
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
          en: `the 说明’s “${claim.quote}”: ${a.en} ÷ ${whole.label} ${w.en} = ${shown}%, which rounds to ${j.expected.toFixed(p)}%, but ${share.percent}% is stated; ${j.severity === 'rounding' ? 'inside' : 'outside'} the ${interval}% the figures’ rounding allows`,
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

/** The names a structured label gives: “X（类）Y（款）Z（项）” → [X, Y, Z]; undefined for a plain label. */
function labelLevels(label: string): string[] | undefined {
  const parts = [...label.matchAll(/(.+?)[（(](类|款|项)[)）]/g)].map((m) => m[1].replace(/^[“”"\s]+|[“”"\s]+$/g, ''));
  return parts.length > 0 ? parts : undefined;
}

/** The rows of a code's levels in the first subject table that has the code: 类, 款, 项 as far as the code goes. */
function levelRows(doc: BudgetDocument, code: string): { table: string; rows: (SubjectRow | undefined)[]; name: string; index: number } | undefined {
  // Expenditure tables first: a statement about a 科目 is about its spending.
  const tables = subjectTables(doc).sort((a, b) => (a.name === 'incomeBySubject' ? 1 : 0) - (b.name === 'incomeBySubject' ? 1 : 0));
  for (const { name, table } of tables) {
    const index = table.rows.findIndex((r) => r.code === code);
    if (index < 0) continue;
    const codes = [code.slice(0, 3), code.slice(0, 5), code.slice(0, 7)].slice(0, code.length === 3 ? 1 : code.length === 5 ? 2 : 3);
    return { table: table.table, rows: codes.map((c) => table.rows.find((r) => r.code === c)), name, index };
  }
  return undefined;
}

/** claims-subject-names: see the rule's title. */
export const claimsSubjectNames: Rule = {
  id: 'claims-subject-names',
  title: {
    zh: '说明所称科目名称与表中该编码的类、款、项名称一致',
    en: 'The 科目 names a statement gives match the 类/款/项 names of its code in the tables',
  },
  run(doc) {
    const findings: Finding[] = [];
    for (const { claim, index } of claimsOf(doc)) {
      const code = claim.subject.kind === 'subject' ? claim.subject.code : undefined;
      const label = claim.subject.label;
      if (!code || !label) continue;
      const found = levelRows(doc, code);
      if (!found) continue;
      const names = found.rows.map((r) => r?.name ?? '');
      const given = labelLevels(label);
      let wrong: boolean;
      if (given) {
        // A label naming fewer levels names the top ones; each must be the row's own name.
        wrong = given.length > names.length || given.some((n, i) => normaliseName(n) !== normaliseName(names[i]));
      } else {
        wrong = normaliseName(label) !== normaliseName(names[names.length - 1]);
      }
      if (!wrong) continue;
      const tableName = names.map((n, i) => `${n}（${['类', '款', '项'][i]}）`).join('');
      const row = found.rows[found.rows.length - 1]!;
      findings.push({
        rule: 'claims-subject-names',
        severity: given ? 'error' : 'note',
        message: {
          zh: `说明称“${label}”，而 ${found.table} 中 ${code} 为“${tableName}”`,
          en: `the 说明 names “${label}”, but ${code} in ${found.table} is “${tableName}”`,
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
