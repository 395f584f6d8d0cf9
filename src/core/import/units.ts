import type { MoneyUnit } from '../schema/budget-types.generated.js';

/** Reads "单位：万元" / "单位:元" / "金额单位：亿元" from a line; null when it names no unit. */
export function unitOf(text: string): MoneyUnit | null {
  const m = /单位\s*[：:]\s*(亿元|万元|元)/.exec(text.replace(/\s+/g, (m, at: number, all: string) => (/[元万亿]/.test(all[at + m.length] ?? '') ? '' : m)));
  return m ? (m[1] as MoneyUnit) : null;
}

/** Reads a unit stated in a heading such as "项目资金（元）" or "资金总额（万元）". */
export function bracketUnitOf(text: string): MoneyUnit | null {
  const m = /[（(]\s*(亿元|万元|元)\s*[）)]/.exec(text);
  return m ? (m[1] as MoneyUnit) : null;
}
