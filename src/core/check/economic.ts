/** Rules of the 基本支出 economic classification table (表6). */
import { D, type Dec } from '../decimal.js';
import type { Amounts, BudgetDocument, EconomicTable, MoneyUnit } from '../schema/budget-types.generated.js';
import { convertAmount } from '../units.js';
import { cell, equalityFinding, keysOf, sumColumns, sumFinding, type Fig, type Path } from './figures.js';
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
