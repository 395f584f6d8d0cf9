/**
 * Rules of the 基本支出 economic classification tables: the Fenyang 表6 of paired names
 * (economic-sums) and the tables by economic code, Shanghai 表8 and the 决算 表6
 * (economic-code-sums), and both against the summary and expenditure tables (economic-vs-summary).
 */
import { D, type Dec } from '../decimal.js';
import type { Amounts, BudgetDocument, EconomicCodeRow, EconomicCodeTable, EconomicTable, MoneyUnit } from '../schema/budget-types.generated.js';
import { convertAmount } from '../units.js';
import type { Bilingual } from '../validate/issue.js';
import { cell, columnName, equalityFinding, keysOf, NO_COLUMN, sumColumns, sumFinding, type Fig, type Path } from './figures.js';
import { isDecimalText } from './tolerance.js';
import type { Finding, Rule } from './types.js';

/** total = personnel + publicUse of one row, when the table has the three columns. */
function partsFinding(t: EconomicTable, label: string, amounts: Amounts, path: Path): Finding | undefined {
  const keys = keysOf(t.columns);
  if (!keys.includes('total') || !keys.includes('personnel') || !keys.includes('publicUse')) return undefined;
  return sumFinding({
    rule: 'economic-sums', unit: t.unit, source: t.table,
    what: { zh: `${t.table} ${label}`, en: `${t.table} ${label}` },
    parts: { zh: '人员经费与公用经费', en: 'personnel and public-use expenses' },
    partsPath: path,
    columns: sumColumns(t.columns, ['total'], amounts, path, [{ total: amounts.personnel }, { total: amounts.publicUse }]),
  });
}

/** The budget's income other than the general public budget (other sources, carry-over), in `unit`. */
function otherFunds(doc: BudgetDocument, unit: MoneyUnit): Dec {
  const s = doc.summary;
  if (!s) return new D(0);
  const lines = [...s.income, ...(s.carryOverIncome ?? [])].filter((l) => l.source !== 'generalPublicBudget' && isDecimalText(l.amount));
  return lines.reduce((sum, l) => sum.plus(convertAmount(new D(l.amount), s.unit, unit)), new D(0));
}

/**
 * 表6 total against the 基本支出 it details. 表6 is 一般公共预算 basic expenditure: it must equal
 * 表5's 基本支出. Against 表3 (all funds) a shortfall the budget's other funds can account for is
 * only a note; any other difference is an error.
 */
function basicFinding(doc: BudgetDocument, t: EconomicTable): Finding | undefined {
  const text = cell(t.total, 'total');
  if (text === undefined) return undefined;
  const stated: Fig = { label: `${t.table} 合计`, text, unit: t.unit, path: ['basicExpenditureByEconomic', 'total', 'total'], source: t.table };
  const what = { zh: `${t.table} 基本支出与支出表的基本支出`, en: `${t.table} basic expenditure against the expenditure tables’ 基本支出` };
  const g = doc.generalBudgetExpenditure;
  const gBasic = cell(g?.total, 'basic');
  if (g && gBasic !== undefined) {
    return equalityFinding('economic-sums', stated, { label: `${g.table} 基本支出`, text: gBasic, unit: g.unit, path: ['generalBudgetExpenditure', 'total', 'basic'], source: g.table }, what);
  }
  const e = doc.expenditureBySubject;
  const eBasic = cell(e?.total, 'basic');
  if (!e || eBasic === undefined) return undefined;
  const f = equalityFinding('economic-sums', stated, { label: `${e.table} 基本支出`, text: eBasic, unit: e.unit, path: ['expenditureBySubject', 'total', 'basic'], source: e.table }, what);
  if (!f) return f;
  const shortfall = convertAmount(new D(eBasic), e.unit, t.unit).minus(text);
  const tolerance = new D(f.tolerance ?? 0);
  if (shortfall.gt(0) && shortfall.lte(otherFunds(doc, t.unit).plus(tolerance))) {
    f.severity = 'note';
    f.message = {
      zh: `${f.message.zh}（${e.table} 含一般公共预算以外的资金，${t.table} 只含一般公共预算，二者可以不同）`,
      en: `${f.message.en} (${e.table} includes funds other than the general public budget, which ${t.table} does not, so they may differ)`,
    };
  }
  return f;
}

/** economic-sums: see the rule's title. */
export const economicSums: Rule = {
  id: 'economic-sums',
  title: {
    zh: '基本支出经济分类表：类 = 其款之和，合计 = 各类之和，合计 = 人员经费 + 公用经费，合计 = 基本支出',
    en: 'Economic table: groups = Σ items, total = Σ groups, total = personnel + public use, total = basic expenditure',
  },
  run(doc) {
    const t = doc.basicExpenditureByEconomic;
    if (!t) return [];
    const keys = keysOf(t.columns);
    const found: (Finding | undefined)[] = [];
    found.push(sumFinding({
      rule: 'economic-sums', unit: t.unit, source: t.table,
      what: { zh: `${t.table} 合计`, en: `${t.table} total` },
      parts: { zh: `${t.groups.length} 个类`, en: `its ${t.groups.length} groups` },
      partsPath: ['basicExpenditureByEconomic', 'groups'],
      columns: sumColumns(t.columns, keys, t.total, ['basicExpenditureByEconomic', 'total'], t.groups.map((g) => g.amounts)),
    }));
    found.push(partsFinding(t, '合计', t.total, ['basicExpenditureByEconomic', 'total']));
    t.groups.forEach((group, i) => {
      const path: Path = ['basicExpenditureByEconomic', 'groups', i];
      if (group.items.length > 0) {
        found.push(sumFinding({
          rule: 'economic-sums', unit: t.unit, source: t.table,
          what: { zh: `${t.table} ${group.name}`, en: `${t.table} ${group.name}` },
          parts: { zh: `${group.items.length} 项明细`, en: `its ${group.items.length} items` },
          partsPath: [...path, 'items'],
          columns: sumColumns(t.columns, keys, group.amounts, [...path, 'amounts'], group.items.map((item) => item.amounts)),
        }));
      }
      found.push(partsFinding(t, group.name, group.amounts, [...path, 'amounts']));
      group.items.forEach((item, j) => found.push(partsFinding(t, `${group.name} ${item.departmentItem}（${item.governmentItem}）`, item.amounts, [...path, 'items', j, 'amounts'])));
    });
    found.push(basicFinding(doc, t));
    return found.filter((f): f is Finding => f !== undefined);
  },
};

const CODE_TABLE = 'basicExpenditureByEconomicCode';
type Part = NonNullable<EconomicCodeRow['part']>;
const PART_NAME: Record<Part, { zh: string; en: string; key: 'personnelTotal' | 'publicUseTotal' }> = {
  personnel: { zh: '人员经费', en: 'personnel', key: 'personnelTotal' },
  publicUse: { zh: '公用经费', en: 'public use', key: 'publicUseTotal' },
};

/** The 款 of each 类 row, by 类 code and half: 5-digit codes under it, in the same half of a table printed in halves. */
function sectionsByClass(t: EconomicCodeTable): Map<string, EconomicCodeRow[]> {
  const out = new Map<string, EconomicCodeRow[]>();
  for (const r of t.rows) {
    if (r.code.length !== 5) continue;
    const key = `${r.code.slice(0, 3)}|${r.part ?? ''}`;
    (out.get(key) ?? out.set(key, []).get(key)!).push(r);
  }
  return out;
}

/** total = personnel + publicUse of one row of a code table, when it has the three columns. */
function codePartsFinding(t: EconomicCodeTable, label: string, amounts: Amounts, path: Path): Finding | undefined {
  const keys = keysOf(t.columns);
  if (!keys.includes('total') || !keys.includes('personnel') || !keys.includes('publicUse')) return undefined;
  return sumFinding({
    rule: 'economic-code-sums', unit: t.unit, source: t.table,
    what: { zh: `${t.table} ${label}`, en: `${t.table} ${label}` },
    parts: { zh: '人员经费与公用经费', en: 'personnel and public-use expenses' },
    partsPath: path,
    columns: sumColumns(t.columns, ['total'], amounts, path, [{ total: amounts.personnel }, { total: amounts.publicUse }]),
  });
}

/** The findings of economic-code-sums on one table. */
function codeSumFindings(t: EconomicCodeTable): (Finding | undefined)[] {
  const base: Path = [CODE_TABLE];
  const keys = keysOf(t.columns);
  const found: (Finding | undefined)[] = [];
  const classes = t.rows.filter((r) => r.code.length === 3);
  if (t.total) {
    found.push(sumFinding({
      rule: 'economic-code-sums', unit: t.unit, source: t.table,
      what: { zh: `${t.table} 合计`, en: `${t.table} total` },
      parts: { zh: `${classes.length} 个类`, en: `its ${classes.length} 类 (classes)` },
      partsPath: [...base, 'rows'],
      columns: sumColumns(t.columns, keys, t.total, [...base, 'total'], classes.map((r) => r.amounts)),
    }));
    found.push(codePartsFinding(t, '合计', t.total, [...base, 'total']));
  }
  for (const part of ['personnel', 'publicUse'] as const) {
    const stated = t[PART_NAME[part].key];
    if (!stated) continue;
    const own = classes.filter((r) => r.part === part);
    const name = PART_NAME[part];
    found.push(sumFinding({
      rule: 'economic-code-sums', unit: t.unit, source: t.table,
      what: { zh: `${t.table} ${name.zh}合计`, en: `${t.table} ${name.en} total` },
      parts: { zh: `${name.zh}的 ${own.length} 个类`, en: `the ${own.length} 类 (classes) of the ${name.en} half` },
      partsPath: [...base, 'rows'],
      columns: sumColumns(t.columns, keys, stated, [...base, name.key], own.map((r) => r.amounts)),
    }));
  }
  const byClass = sectionsByClass(t);
  t.rows.forEach((row, i) => {
    const path: Path = [...base, 'rows', i, 'amounts'];
    if (row.code.length === 3) {
      const sections = byClass.get(`${row.code}|${row.part ?? ''}`) ?? [];
      if (sections.length > 0) {
        found.push(sumFinding({
          rule: 'economic-code-sums', unit: t.unit, source: t.table,
          what: { zh: `${t.table} ${row.code} ${row.name}`, en: `${t.table} ${row.code} ${row.name}` },
          parts: { zh: `其 ${sections.length} 个款`, en: `its ${sections.length} 款 (items)` },
          partsPath: [...base, 'rows'],
          columns: sumColumns(t.columns, keys, row.amounts, path, sections.map((r) => r.amounts)),
        }));
      }
    }
    found.push(codePartsFinding(t, `${row.code} ${row.name}`, row.amounts, path));
  });
  return found;
}

/** economic-code-sums: see the rule's title. */
export const economicCodeSums: Rule = {
  id: 'economic-code-sums',
  title: {
    zh: '按经济分类编码的基本支出表：类 = 其款之和，合计 = 各类之和（分两半列示时，人员经费合计、公用经费合计 = 该半各类之和），合计 = 人员经费 + 公用经费',
    en: 'Basic expenditure by economic code: each 类 = Σ its 款, total = Σ 类 (in a table printed in halves, each half’s total = Σ its 类), total = personnel + public use',
  },
  run(doc) {
    const t = doc.basicExpenditureByEconomicCode;
    return t ? codeSumFindings(t).filter((f): f is Finding => f !== undefined) : [];
  },
};

/** A stated 人员经费 or 公用经费 of an economic table: a column of its 合计 row, or a half's total. */
function partFigure(t: EconomicCodeTable, part: Part): Fig | undefined {
  const name = PART_NAME[part];
  const inColumn = cell(t.total, part);
  if (inColumn !== undefined) return { label: `${t.table} 合计 ${name.zh}`, text: inColumn, unit: t.unit, path: [CODE_TABLE, 'total', part], source: t.table };
  const half = cell(t[name.key], 'total');
  if (half !== undefined) return { label: `${t.table} ${name.zh}合计`, text: half, unit: t.unit, path: [CODE_TABLE, name.key, 'total'], source: t.table };
  return undefined;
}

/**
 * The stated 人员经费 or 公用经费 of the document's economic table — by code (Shanghai 表8, 决算 表6)
 * or by names (表6 of paired names) — for rules that compare a figure with it.
 */
export function economicPartFigure(doc: BudgetDocument, part: Part): Fig | undefined {
  if (doc.basicExpenditureByEconomicCode) return partFigure(doc.basicExpenditureByEconomicCode, part);
  return doc.basicExpenditureByEconomic ? namedPartFigure(doc.basicExpenditureByEconomic, part) : undefined;
}

/** 人员经费 or 公用经费 of the 合计 row of the table of paired names. */
function namedPartFigure(t: EconomicTable, part: Part): Fig | undefined {
  const text = cell(t.total, part);
  return text === undefined ? undefined : { label: `${t.table} 合计 ${PART_NAME[part].zh}`, text, unit: t.unit, path: ['basicExpenditureByEconomic', 'total', part], source: t.table };
}

/**
 * An economic table's figure against the same figure of a table that covers all funds (表1, 表3):
 * a shortfall of the economic table (一般公共预算 only) that the budget's other funds can account
 * for is a note, any other difference as judged.
 */
function againstAllFunds(doc: BudgetDocument, rule: string, stated: Fig, reference: Fig, what: Bilingual): Finding | undefined {
  const f = equalityFinding(rule, stated, reference, what);
  if (!f) return f;
  const shortfall = convertAmount(new D(reference.text), reference.unit, stated.unit).minus(stated.text);
  if (f.severity === 'error' && shortfall.gt(0) && shortfall.lte(otherFunds(doc, stated.unit).plus(f.tolerance ?? 0))) {
    f.severity = 'note';
    f.message = {
      zh: `${f.message.zh}（${reference.source} 含一般公共预算以外的资金，${stated.source} 只含一般公共预算，二者可以不同）`,
      en: `${f.message.en} (${reference.source} includes funds other than the general public budget, which ${stated.source} does not, so they may differ)`,
    };
  }
  return f;
}

/** An economic table's 合计 (or the sum of its halves) against the 基本支出 of 表5, else of 表3. */
function basicAgainstSubjects(doc: BudgetDocument, t: EconomicCodeTable): Finding | undefined {
  const rule = 'economic-vs-summary';
  const g = doc.generalBudgetExpenditure;
  const e = doc.expenditureBySubject;
  const [table, name] = cell(g?.total, 'basic') !== undefined ? [g!, 'generalBudgetExpenditure' as const] : cell(e?.total, 'basic') !== undefined ? [e!, 'expenditureBySubject' as const] : [undefined, undefined];
  if (!table || !name) return undefined;
  const basic: Fig = { label: `${table.table} 合计 基本支出`, text: cell(table.total, 'basic')!, unit: table.unit, path: [name, 'total', 'basic'], source: table.table };
  const what = { zh: `${t.table} 基本支出与${table.table}的基本支出`, en: `${t.table} basic expenditure against ${table.table}’s 基本支出` };
  const total = cell(t.total, 'total');
  if (total !== undefined) {
    const stated: Fig = { label: `${t.table} 合计`, text: total, unit: t.unit, path: [CODE_TABLE, 'total', 'total'], source: t.table };
    return name === 'generalBudgetExpenditure' ? equalityFinding(rule, stated, basic, what) : againstAllFunds(doc, rule, stated, basic, what);
  }
  // Printed in halves: 基本支出 = 人员经费合计 + 公用经费合计.
  const personnel = partFigure(t, 'personnel');
  const publicUse = partFigure(t, 'publicUse');
  if (!personnel || !publicUse || personnel.path.at(-2) !== 'personnelTotal' || t.unit !== table.unit) return undefined;
  const f = sumFinding({
    rule, unit: table.unit, source: table.table,
    what: { zh: `${table.table} 合计 基本支出`, en: `${table.table} 基本支出 (basic expenditure)` },
    parts: { zh: `${t.table} 人员经费合计与公用经费合计`, en: `${t.table}’s personnel and public-use totals` },
    partsPath: [CODE_TABLE],
    columns: [{ name: NO_COLUMN, total: basic.text, totalPath: basic.path, parts: [personnel.text, publicUse.text] }],
  });
  if (f && name === 'expenditureBySubject') {
    const shortfall = new D(basic.text).minus(new D(personnel.text).plus(publicUse.text));
    if (f.severity === 'error' && shortfall.gt(0) && shortfall.lte(otherFunds(doc, table.unit).plus(f.tolerance ?? 0))) f.severity = 'note';
  }
  return f;
}

/** economic-vs-summary: see the rule's title. */
export const economicVsSummary: Rule = {
  id: 'economic-vs-summary',
  title: {
    zh: '基本支出经济分类表与收支总表、支出表一致：人员经费、公用经费 = 收支总表的人员经费、公用经费；合计 = 一般公共预算支出表（或支出总表）的基本支出',
    en: 'The economic table agrees with the summary and expenditure tables: personnel and public use = 表1’s 人员经费 and 公用经费; total = 基本支出 of 表5 (or 表3)',
  },
  run(doc) {
    const rule = 'economic-vs-summary';
    const found: (Finding | undefined)[] = [];
    const s = doc.summary;
    const economics: { table: string; figure: (part: Part) => Fig | undefined }[] = [];
    const named = doc.basicExpenditureByEconomic;
    if (named) economics.push({ table: named.table, figure: (part) => namedPartFigure(named, part) });
    const coded = doc.basicExpenditureByEconomicCode;
    if (coded) economics.push({ table: coded.table, figure: (part) => partFigure(coded, part) });
    for (const economic of economics) {
      for (const part of ['personnel', 'publicUse'] as const) {
        const stated = economic.figure(part);
        const text = cell(s?.expenditureTotal, part);
        if (!s || !stated || text === undefined) continue;
        const name = PART_NAME[part];
        const reference: Fig = { label: `${s.table} 本年支出合计 ${columnName(s.columns, part).zh}`, text, unit: s.unit, path: ['summary', 'expenditureTotal', part], source: s.table };
        found.push(againstAllFunds(doc, rule, stated, reference, { zh: `${economic.table} 与 ${s.table} 的${name.zh}`, en: `${name.en} expenses in ${economic.table} and ${s.table}` }));
      }
    }
    if (coded) found.push(basicAgainstSubjects(doc, coded));
    return found.filter((f): f is Finding => f !== undefined);
  },
};
