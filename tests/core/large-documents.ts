/**
 * Valid documents as large as a careless or hostile file makes them, for the scale regression
 * tests (scale.test.ts, tests/cli/cli.test.ts) and `npm run bench`: tens of thousands of rows,
 * claims and prior-year figures. Deterministic: the same document each call.
 */
import { D } from '../../src/core/decimal.js';
import type { Amounts, BudgetDocument, Claim, PriorYearFigure, SubjectRow } from '../../src/core/schema/budget-types.generated.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

type Split = { total: string; basic: string; project: string };

/** The 科目 codes of `count` rows in table order: 类 100, 101 … each with 10 款 of up to 49 项. */
export function subjectCodes(count: number): string[] {
  const codes: string[] = [];
  for (let c = 100; codes.length < count; c++) {
    codes.push(String(c));
    for (let s = 1; s <= 10 && codes.length < count; s++) {
      const section = `${c}${String(s).padStart(2, '0')}`;
      codes.push(section);
      for (let i = 1; i <= 49 && codes.length < count; i++) codes.push(`${section}${String(i).padStart(2, '0')}`);
    }
  }
  return codes;
}

/** Rows with the same amounts in every row, so that no 类 or 款 is the sum of its children. */
function flatRows(count: number, amounts: Split): SubjectRow[] {
  return subjectCodes(count).map((code) => ({ code, name: `科目${code}`, amounts: { ...amounts } }));
}

/**
 * A document whose 支出总表 (表3) and 一般公共预算支出表 (表5) have `rows` rows each that add up
 * nowhere: every 类 and 款 differs from the sum of its children, and every row of 表3 differs from
 * the same code's row of 表5 in all three columns (3 × `rows` findings of subject-rows-agree,
 * which the tables compare because their 合计 agree).
 */
export function unbalancedRowsDocument(rows = 50_000): BudgetDocument {
  const doc = minimalDocument();
  delete doc.summary;
  doc.meta.tables.push({ id: '表5', title: '2024年一般公共预算支出表', unit: '万元', status: 'data' });
  const total = { total: '100.00', basic: '60.00', project: '40.00' };
  doc.expenditureBySubject = { ...doc.expenditureBySubject!, total: { ...total }, rows: flatRows(rows, { total: '3.00', basic: '2.00', project: '1.00' }) };
  doc.generalBudgetExpenditure = { ...doc.expenditureBySubject, table: '表5', total: { ...total }, rows: flatRows(rows, { total: '4.00', basic: '2.50', project: '1.50' }) };
  return doc;
}

/**
 * Rows whose every 类 and 款 is the sum of its children, each 项 `item`, with the table's 合计:
 * a table the checker finds nothing in.
 */
export function balancedRows(count: number, item: Split): { rows: SubjectRow[]; total: Amounts } {
  const rows = subjectCodes(count).map((code) => ({ code, name: `科目${code}`, amounts: { ...item } as Amounts }));
  const keys = ['total', 'basic', 'project'] as const;
  const sums = new Map<string, Record<(typeof keys)[number], InstanceType<typeof D>>>();
  const zero = () => ({ total: new D(0), basic: new D(0), project: new D(0) });
  const add = (code: string) => {
    const sum = sums.get(code) ?? sums.set(code, zero()).get(code)!;
    for (const key of keys) sum[key] = sum[key].plus(item[key]);
  };
  for (const { code } of rows) {
    if (code.length !== 7) continue;
    add(code.slice(0, 5));
    add(code.slice(0, 3));
    add('');
  }
  const places = (value: InstanceType<typeof D>) => value.toFixed(2);
  for (const row of rows) {
    const sum = sums.get(row.code);
    // A 款 without 项 (the last, cut short) is a leaf like a 项.
    if (row.code.length < 7 && sum) for (const key of keys) row.amounts[key] = places(sum[key]);
  }
  const all = sums.get('') ?? zero();
  return { rows, total: { total: places(all.total), basic: places(all.basic), project: places(all.project) } };
}

/**
 * A document with `count` rows in its 支出总表 and a claim and two prior-year figures for each row,
 * all consistent: each claim states its row's 合计 and an increase of 0.10 on the prior-year figure
 * that names it, and a figure for the same subject that names no claim stands beside it. The
 * checker finds nothing in it; a test plants one contradiction.
 */
export function manyClaimsDocument(count = 20_000): BudgetDocument {
  const doc = minimalDocument();
  delete doc.summary;
  const { rows, total } = balancedRows(count, { total: '1.00', basic: '0.60', project: '0.40' });
  doc.expenditureBySubject = { ...doc.expenditureBySubject!, total, rows };
  const claims: Claim[] = [];
  const priorYear: PriorYearFigure[] = [];
  rows.forEach((row, i) => {
    const id = `claim-${i}`;
    claims.push({
      id,
      section: `（${Math.floor(i / 500)}）支出说明`,
      quote: `${row.name}${row.amounts.total}万元，比上年增加0.10万元`,
      subject: { kind: 'subject', code: row.code, label: row.name },
      unit: '万元',
      amount: row.amounts.total!,
      change: { direction: 'increase', amount: '0.10', comparedTo: '上年' },
    });
    priorYear.push({ fiscalYear: 2023, subject: { kind: 'subject', code: row.code }, unit: '万元', amount: '0.90', basis: 'derived', claim: id });
    priorYear.push({ fiscalYear: 2023, subject: { kind: 'subject', code: row.code, label: row.name }, unit: '万元', amount: '0.90', basis: 'stated' });
  });
  doc.claims = claims;
  doc.priorYear = priorYear;
  return doc;
}
