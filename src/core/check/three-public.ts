/** Rules of the “三公”经费 table and the 机关运行经费 table. */
import type { ThreePublicLine } from '../schema/budget-types.generated.js';
import { keysOf, sumColumns, sumFinding } from './figures.js';
import type { Finding, Rule } from './types.js';

/** three-public-sums: see the rule's title. */
export const threePublicSums: Rule = {
  id: 'three-public-sums',
  title: {
    zh: '“三公”经费：购置费 + 运行维护费 = 公务用车购置及运行费；出国（境）+ 接待 + 公务用车 = 合计',
    en: '“三公” expenses: purchase + operation = vehicles; outbound travel + reception + vehicles = total',
  },
  run(doc) {
    const t = doc.threePublicExpenses;
    if (!t) return [];
    const keys = keysOf(t.columns);
    const line = (item: ThreePublicLine['item']) => {
      const index = t.lines.findIndex((l) => l.item === item);
      return index < 0 ? undefined : { line: t.lines[index], index };
    };
    const findings: Finding[] = [];
    const vehicles = line('vehicles');
    const purchase = line('vehiclePurchase');
    const operation = line('vehicleOperation');
    const outbound = line('outboundTravel');
    const reception = line('reception');
    if (vehicles && purchase && operation) {
      const f = sumFinding({
        rule: 'three-public-sums', unit: t.unit, source: t.table,
        what: { zh: `${t.table} ${vehicles.line.label}`, en: `${t.table} ${vehicles.line.label} (official vehicles)` },
        parts: { zh: `${purchase.line.label}与${operation.line.label}`, en: 'purchase and operation' },
        partsPath: ['threePublicExpenses', 'lines'],
        columns: sumColumns(t.columns, keys, vehicles.line.amounts, ['threePublicExpenses', 'lines', vehicles.index, 'amounts'], [purchase.line.amounts, operation.line.amounts]),
      });
      if (f) findings.push(f);
    }
    const parts = [outbound, reception, vehicles].filter((x) => x !== undefined);
    if (parts.length > 0) {
      const f = sumFinding({
        rule: 'three-public-sums', unit: t.unit, source: t.table,
        what: { zh: `${t.table} “三公”经费合计`, en: `${t.table} “三公” total` },
        parts: { zh: parts.map((p) => p.line.label).join('、'), en: 'outbound travel, reception and vehicles' },
        partsPath: ['threePublicExpenses', 'lines'],
        columns: sumColumns(t.columns, keys, t.total, ['threePublicExpenses', 'total'], parts.map((p) => p.line.amounts)),
      });
      if (f) findings.push(f);
    }
    return findings;
  },
};

/** operating-expenses-sum: see the rule's title. */
export const operatingExpensesSum: Rule = {
  id: 'operating-expenses-sum',
  title: {
    zh: '机关运行经费：各单位之和等于合计',
    en: 'Operating expenses: the units sum to the total',
  },
  run(doc) {
    const t = doc.operatingExpenses;
    if (!t || t.units.length === 0) return [];
    const f = sumFinding({
      rule: 'operating-expenses-sum', unit: t.unit, source: t.table,
      what: { zh: `${t.table} 合计`, en: `${t.table} total` },
      parts: { zh: `${t.units.length} 个单位`, en: `its ${t.units.length} units` },
      partsPath: ['operatingExpenses', 'units'],
      columns: sumColumns(t.columns, keysOf(t.columns), t.total, ['operatingExpenses', 'total'], t.units.map((u) => u.amounts)),
    });
    return f ? [f] : [];
  },
};
