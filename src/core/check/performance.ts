/** The 部门整体支出绩效目标表 against itself and against the tables. */
import { cell, equalityFinding, NO_COLUMN, sumFinding, type Fig } from './figures.js';
import { isDecimalText } from './tolerance.js';
import type { Finding, Rule } from './types.js';

/** department-performance: see the rule's title. */
export const departmentPerformance: Rule = {
  id: 'department-performance',
  title: {
    zh: '部门整体支出绩效目标表：各来源之和 = 资金总额 = 基本支出 + 项目支出，且与收支总表、支出总表一致',
    en: 'Department performance form: sources sum to the total, total = basic + project, all as in 表1 and 表3',
  },
  run(doc) {
    const dp = doc.departmentPerformance;
    if (!dp) return [];
    const rule = 'department-performance';
    const source = dp.title ?? '部门整体支出绩效目标表';
    const found: (Finding | undefined)[] = [];
    const lines = dp.fundingBySource.filter((l) => isDecimalText(l.amount));
    if (isDecimalText(dp.fundingTotal)) {
      found.push(sumFinding({
        rule, unit: dp.unit, source,
        what: { zh: '整体绩效目标表 资金总额', en: 'department performance form: funding total' },
        parts: { zh: `${lines.length} 个资金来源`, en: `its ${lines.length} sources` },
        partsPath: ['departmentPerformance', 'fundingBySource'],
        columns: [{ name: NO_COLUMN, total: dp.fundingTotal, totalPath: ['departmentPerformance', 'fundingTotal'], parts: lines.map((l) => l.amount) }],
      }));
    }
    const dir = dp.fundingByDirection;
    const dirTotal = cell(dir, 'total');
    const basic = cell(dir, 'basic');
    const project = cell(dir, 'project');
    if (dirTotal !== undefined && basic !== undefined && project !== undefined) {
      found.push(sumFinding({
        rule, unit: dp.unit, source,
        what: { zh: '整体绩效目标表 按支出方向合计', en: 'department performance form: total by direction' },
        parts: { zh: '基本支出与项目支出', en: 'basic and project' },
        partsPath: ['departmentPerformance', 'fundingByDirection'],
        columns: [{ name: NO_COLUMN, total: dirTotal, totalPath: ['departmentPerformance', 'fundingByDirection', 'total'], parts: [basic, project] }],
      }));
    }
    const total: Fig | undefined = isDecimalText(dp.fundingTotal)
      ? { label: '整体绩效目标表 资金总额', text: dp.fundingTotal, unit: dp.unit, path: ['departmentPerformance', 'fundingTotal'], source }
      : undefined;
    if (total && dirTotal !== undefined) {
      found.push(equalityFinding(rule, { label: '整体绩效目标表 按支出方向合计', text: dirTotal, unit: dp.unit, path: ['departmentPerformance', 'fundingByDirection', 'total'], source }, total,
        { zh: '整体绩效目标表的两个合计', en: 'the two totals of the department performance form' }));
    }
    const s = doc.summary;
    if (total && s && isDecimalText(s.incomeGrandTotal)) {
      found.push(equalityFinding(rule, total, { label: `${s.table} 收入总计`, text: s.incomeGrandTotal, unit: s.unit, path: ['summary', 'incomeGrandTotal'], source: s.table },
        { zh: '整体绩效目标表资金总额与收支总表', en: 'the form’s funding total against the summary' }));
    }
    if (s) {
      // The first income line of each source, read once rather than once per line of the form.
      const incomeIndex = new Map<string, number>();
      s.income.forEach((l, index) => {
        if (l.source && !incomeIndex.has(l.source)) incomeIndex.set(l.source, index);
      });
      dp.fundingBySource.forEach((line, i) => {
        const index = line.source ? incomeIndex.get(line.source) ?? -1 : -1;
        if (index < 0 || !isDecimalText(line.amount) || !isDecimalText(s.income[index].amount)) return;
        found.push(equalityFinding(rule,
          { label: `整体绩效目标表 ${line.label}`, text: line.amount, unit: dp.unit, path: ['departmentPerformance', 'fundingBySource', i, 'amount'], source },
          { label: `${s.table} ${s.income[index].label}`, text: s.income[index].amount, unit: s.unit, path: ['summary', 'income', index, 'amount'], source: s.table },
          { zh: `${line.label}在整体绩效目标表与收支总表`, en: `${line.label} in the form and the summary` }));
      });
    }
    const e = doc.expenditureBySubject;
    for (const [key, value] of [['basic', basic], ['project', project]] as const) {
      const other = cell(e?.total, key);
      if (!e || value === undefined || other === undefined) continue;
      const label = key === 'basic' ? '基本支出' : '项目支出';
      found.push(equalityFinding(rule,
        { label: `整体绩效目标表 ${label}`, text: value, unit: dp.unit, path: ['departmentPerformance', 'fundingByDirection', key], source },
        { label: `${e.table} ${label}`, text: other, unit: e.unit, path: ['expenditureBySubject', 'total', key], source: e.table },
        { zh: `${label}在整体绩效目标表与支出总表`, en: `${key} expenditure in the form and the expenditure table` }));
    }
    return found.filter((f): f is Finding => f !== undefined);
  },
};
