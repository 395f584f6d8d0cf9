import type { BudgetCollection } from '../schema/budget-types.generated.js';

/** Sizes and seed of {@link syntheticRegionIndex}. */
export interface SyntheticRegionOptions {
  departments: number;
  /** Budgets of the years `firstYear` … `firstYear + years − 1` for every department. */
  years: number;
  firstYear: number;
  /** Any integer; the same seed always gives the same index. */
  seed: number;
}

const STEMS = ['财政局', '教育局', '民政局', '卫生健康委员会', '交通运输局', '住房和城乡建设局', '文化和旅游局', '市场监督管理局', '生态环境局', '街道办事处'];

/**
 * A region's index as `budget-viz import` writes it, of any size: every department has a budget
 * for each year, with totals in 万元 (basic + project = expenditure, exact to the fen). For
 * measuring and testing the explorer on thousands of entries; the documents it names do not exist.
 */
export function syntheticRegionIndex({ departments, years, firstYear, seed }: SyntheticRegionOptions): BudgetCollection {
  // A linear congruential generator (Numerical Recipes): small, seeded, the same everywhere.
  let state = seed >>> 0;
  const next = (limit: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % limit;
  };
  const fen = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const entries: BudgetCollection['entries'][number][] = [];
  for (let d = 1; d <= departments; d++) {
    const department = `第${d}区${STEMS[d % STEMS.length]}`;
    for (let y = 0; y < years; y++) {
      const basic = 1_000 + next(5_000_000);
      const project = next(20_000_000);
      const fiscalYear = firstYear + y;
      entries.push({
        id: `d${d}-${fiscalYear}-budget`,
        department,
        region: '示例市',
        fiscalYear,
        kind: 'budget',
        scope: 'department',
        href: `d${d}-${fiscalYear}.json`,
        totals: { unit: '万元', income: fen(basic + project), expenditure: fen(basic + project), basic: fen(basic), project: fen(project) },
      });
    }
  }
  const [first, ...rest] = entries;
  return { type: 'budget-collection', schemaVersion: '1.0', title: `示例市：${entries.length} 份报告`, grouping: 'departments', entries: [first!, ...rest] };
}
