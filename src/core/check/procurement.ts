/** The 政府采购 rule. */
import { NO_COLUMN, sumFinding } from './figures.js';
import { isDecimalText } from './tolerance.js';
import type { Rule } from './types.js';

/** procurement-sum: see the rule's title. */
export const procurementSum: Rule = {
  id: 'procurement-sum',
  title: {
    zh: '政府采购预算：货物 + 工程 + 服务 = 总额',
    en: 'Government procurement: goods + works + services = total',
  },
  run(doc) {
    const p = doc.procurement;
    if (!p || ![p.total, p.goods, p.works, p.services].every(isDecimalText)) return [];
    const f = sumFinding({
      rule: 'procurement-sum', unit: p.unit, source: p.section ?? '政府采购',
      what: { zh: '政府采购预算总额', en: 'government procurement total' },
      parts: { zh: '货物、工程、服务', en: 'goods, works and services' },
      partsPath: ['procurement'],
      columns: [{ name: NO_COLUMN, total: p.total, totalPath: ['procurement', 'total'], parts: [p.goods, p.works, p.services] }],
    });
    return f ? [f] : [];
  },
};
