/** Shared pieces of the rules: reading cells, naming figures, wording sum findings. */
import { D, type Dec } from '../decimal.js';
import { formatNumber, withUnit } from '../format.js';
import { convertAmount } from '../units.js';
import type { Amounts, Claim, ColumnKey, Column, MoneyUnit } from '../schema/budget-types.generated.js';
import { formatPath, type Bilingual, type PathSegment } from '../validate/issue.js';
import { decimalsOf, isDecimalText, judgeAmount, judgeSum, type SumJudgement } from './tolerance.js';
import type { FigureRef, Finding, Severity } from './types.js';

export type Path = PathSegment[];

/** A cell's text when it is a usable amount; undefined for a missing or malformed one (the validator reports those). */
export function cell(amounts: Amounts | undefined, key: ColumnKey): string | undefined {
  const text = amounts?.[key];
  return isDecimalText(text) ? text : undefined;
}

/** Builds a {@link FigureRef}, formatting its path. */
export function figure(label: string, amount: string, unit: FigureRef['unit'], path: Path, source: string, labelEn?: string): FigureRef {
  return { label, ...(labelEn === undefined ? {} : { labelEn }), amount, unit, path: formatPath(path), source };
}

/** Where a claim's figures are read: its section and quote. */
export function claimSource(claim: Claim): string {
  return `${claim.section}：“${claim.quote}”`;
}

/** An amount with its unit for a message: "15.43万元" / "15.43 (10,000 yuan)"; exact, grouped by thousands. */
export function money(value: Dec | string, unit: MoneyUnit | '%', decimals?: number): Bilingual {
  const dec = typeof value === 'string' ? new D(value) : value;
  // A published figure keeps its printed decimals ("10.80"), a computed one shows what it has.
  const places = decimals ?? (typeof value === 'string' ? decimalsOf(value.replace(/^-/, '')) : dec.decimalPlaces());
  // The number is the same in both languages: formatted once (a large document has 100,000s of them).
  const text = formatNumber(dec, 'en', { minDecimals: places });
  if (unit === '%') return { zh: `${text}%`, en: `${text}%` };
  return { zh: withUnit(text, unit, 'zh-CN'), en: withUnit(text, unit, 'en') };
}

/** A signed difference as a decimal string, with at least `decimals` places. */
export function signed(value: Dec, decimals: number): string {
  return value.toFixed(Math.max(decimals, value.decimalPlaces()));
}

const COLUMN_EN: Record<ColumnKey, string> = {
  total: 'total',
  currentYear: 'current year',
  carryOver: 'carried over',
  basic: 'basic',
  project: 'project',
  personnel: 'personnel',
  publicUse: 'public use',
  generalPublicBudget: 'general public budget',
  governmentFund: 'government funds',
  stateCapital: 'state capital',
  socialInsuranceFund: 'social insurance funds',
  fiscalSpecialAccount: 'special fiscal account',
  unitFunds: 'unit funds',
  fiscalAppropriation: 'fiscal appropriation',
  superiorSubsidy: 'subsidy from the higher level',
  serviceIncome: 'service income',
  businessIncome: 'business income',
  subsidiaryRemittance: 'remittance from subsidiary units',
  otherIncome: 'other income',
  remittanceToSuperior: 'remittance to the higher level',
  businessExpenditure: 'business expenditure',
  subsidiaryGrants: 'grants to subsidiary units',
};

/** The name of a figure that is not in a column. */
export const NO_COLUMN: Bilingual = { zh: '', en: '' };

/** A column's name: the table's own label in Chinese, a fixed English name. */
export function columnName(columns: readonly Column[], key: ColumnKey): Bilingual {
  return { zh: columns.find((c) => c.key === key)?.label ?? key, en: COLUMN_EN[key] };
}

/**
 * The wording of a judgement: within or beyond the rounding the figures can carry. `exclusive`:
 * rounding explains differences below the tolerance only (a rounded figure against an exact one).
 */
export function verdict(severity: Severity, tolerance: string, unit: MoneyUnit | '%', exclusive = false): Bilingual {
  // Figures in 元 are exact (see tolerance.ts): any difference between them is an error.
  if (new D(tolerance).isZero()) return { zh: '这些数字没有舍入（按元列示的金额是确数）', en: 'these figures carry no rounding (amounts in yuan are exact)' };
  const t = money(tolerance, unit);
  if (exclusive) {
    return severity === 'rounding'
      ? { zh: `小于舍入所能解释的 ${t.zh}`, en: `below the ${t.en} rounding can explain` }
      : { zh: `舍入只能解释小于 ${t.zh} 的差额`, en: `rounding explains less than ${t.en} only` };
  }
  if (severity === 'rounding') return { zh: `在舍入误差 ${t.zh} 之内`, en: `within rounding (±${t.en})` };
  return { zh: `超出舍入误差 ${t.zh}`, en: `more than rounding can explain (±${t.en})` };
}

/** One column of a sum check: the stated total and the parts it should be the sum of. */
export interface SumColumn {
  /** The column's name; empty for a figure that is not in a column (a plain amount). */
  name: Bilingual;
  total: string;
  totalPath: Path;
  parts: string[];
}

/** What a sum check compares, for {@link sumFinding}. */
export interface SumSpec {
  rule: string;
  unit: MoneyUnit;
  /** Table id, or another short name of where the figures are. */
  source: string;
  /** The stated figure's row, e.g. { zh: '表6 商品和服务支出', en: '表6 商品和服务支出' }. */
  what: Bilingual;
  /** The parts, e.g. { zh: '12 项明细', en: 'its 12 items' }. */
  parts: Bilingual;
  /** Path of the list the parts were summed from (the computed figure's path). */
  partsPath: Path;
  columns: SumColumn[];
  subject?: string;
}

/**
 * Judges every column of a sum (see {@link judgeSum}) and returns one finding for the row when any
 * column differs, or undefined. The row's differing columns are listed together (a wrong cell
 * usually makes its 合计 differ too); severity is the worst, difference and tolerance those of
 * the worst column.
 */
export function sumFinding(spec: SumSpec): Finding | undefined {
  const judged: { column: SumColumn; j: SumJudgement }[] = [];
  for (const column of spec.columns) {
    const j = judgeSum(column.total, column.parts, spec.unit);
    if (j.severity !== null) judged.push({ column, j });
  }
  if (judged.length === 0) return undefined;
  const severity: Severity = judged.some((x) => x.j.severity === 'error') ? 'error' : 'rounding';
  const worst = judged.reduce((a, b) => (b.j.severity === 'error' && a.j.severity !== 'error') || (b.j.severity === a.j.severity && b.j.difference.abs().gt(a.j.difference.abs())) ? b : a);
  const figures: FigureRef[] = judged.flatMap(({ column, j }) => [
    figure(`${spec.what.zh} ${column.name.zh}`.trim(), column.total, spec.unit, column.totalPath, spec.source, `${spec.what.en} ${column.name.en}`.trim()),
    figure(`Σ ${spec.parts.zh} ${column.name.zh}`.trim(), j.sum.toFixed(j.decimals), spec.unit, spec.partsPath, spec.source, `Σ ${spec.parts.en} ${column.name.en}`.trim()),
  ]);
  // Columns showing the same pair of figures are named together rather than repeated.
  const groups = new Map<string, { names: Bilingual[]; j: SumJudgement }>();
  for (const { column, j } of judged) {
    const key = `${j.total.toString()}|${j.sum.toString()}`;
    const group = groups.get(key) ?? { names: [], j };
    group.names.push(column.name);
    groups.set(key, group);
  }
  const segments = [...groups.values()].map(({ names, j }) => {
    const stated = money(j.total, spec.unit, j.decimals);
    const sum = money(j.sum, spec.unit, j.decimals);
    // A single unnamed column (a plain amount) needs no column name.
    const zhNames = names.map((n) => n.zh).filter(Boolean).join('、');
    const enNames = names.map((n) => n.en).filter(Boolean).join(', ');
    return {
      zh: `${zhNames ? `${zhNames} 列为` : '所列为'} ${stated.zh}，${spec.parts.zh}之和为 ${sum.zh}`,
      en: `${enNames ? `${enNames}: ` : ''}${stated.en} stated, ${spec.parts.en} sum to ${sum.en}`,
    };
  });
  const difference = signed(worst.j.difference, worst.j.decimals);
  const tolerance = signed(worst.j.tolerance, worst.j.decimals);
  const v = verdict(severity, tolerance, spec.unit);
  const diff = money(difference, spec.unit);
  const finding: Finding = {
    rule: spec.rule,
    severity,
    message: {
      zh: `${spec.what.zh}：${segments.map((s) => s.zh).join('；')}；相差 ${diff.zh}，${v.zh}`,
      en: `${spec.what.en}: ${segments.map((s) => s.en).join('; ')}; difference ${diff.en}, ${v.en}`,
    },
    figures,
    difference,
    tolerance,
  };
  if (spec.subject !== undefined) finding.subject = spec.subject;
  return finding;
}

/**
 * Sum columns for `keys` of a row and its parts' Amounts, skipping a column whose total or any
 * part is missing (nothing to compare).
 */
export function sumColumns(
  columns: readonly Column[],
  keys: readonly ColumnKey[],
  total: Amounts,
  totalPath: Path,
  parts: readonly Amounts[],
): SumColumn[] {
  const result: SumColumn[] = [];
  for (const key of keys) {
    const t = cell(total, key);
    const ps = parts.map((p) => cell(p, key));
    if (t === undefined || ps.some((p) => p === undefined)) continue;
    result.push({ name: columnName(columns, key), total: t, totalPath: [...totalPath, key], parts: ps as string[] });
  }
  return result;
}

/** The declared column keys of a table. */
export function keysOf(columns: readonly Column[]): ColumnKey[] {
  return columns.map((c) => c.key);
}

/** A published figure with everything needed to compare and cite it. */
export interface Fig {
  label: string;
  /** See {@link FigureRef.labelEn}. */
  labelEn?: string;
  text: string;
  unit: MoneyUnit;
  path: Path;
  source: string;
}

/** The {@link FigureRef} of a {@link Fig}. */
export function refOf(fig: Fig): FigureRef {
  return figure(fig.label, fig.text, fig.unit, fig.path, fig.source, fig.labelEn);
}

/** The judgement of two printed figures that should be the same amount, as strings for a finding. */
export interface Comparison {
  severity: Severity | null;
  difference: string;
  tolerance: string;
  /** True when a difference equal to the tolerance is already too large. */
  exclusive: boolean;
}

/**
 * Two printed figures that should be the same amount. Printed alike (one unit, as many decimals)
 * they are judged as a total of one part (tolerance: half a unit each); otherwise the stated one
 * is judged as a rounding of the reference ({@link judgeAmount}), so "15.4" stands for 15.43.
 */
export function compareFigures(stated: Fig, reference: Fig): Comparison {
  if (stated.unit === reference.unit && decimalsOf(stated.text) === decimalsOf(reference.text)) {
    const j = judgeSum(stated.text, [reference.text], stated.unit);
    return { severity: j.severity, difference: signed(j.difference, j.decimals), tolerance: signed(j.tolerance, j.decimals), exclusive: false };
  }
  const j = judgeAmount(stated.text, stated.unit, reference.text, reference.unit);
  return { severity: j.severity, difference: j.difference.toFixed(), tolerance: j.tolerance.toFixed(), exclusive: j.exclusive };
}

/** A finding for two figures that should be the same amount ({@link compareFigures}); undefined when they agree. */
export function equalityFinding(rule: string, stated: Fig, reference: Fig, what: Bilingual, subject?: string): Finding | undefined {
  const { severity, difference, tolerance, exclusive } = compareFigures(stated, reference);
  if (severity === null) return undefined;
  const a = money(stated.text, stated.unit);
  const b = money(reference.text, reference.unit);
  // A figure in another unit is also shown converted, so the reader sees what was compared.
  const c = reference.unit === stated.unit ? undefined : money(convertAmount(new D(reference.text), reference.unit, stated.unit), stated.unit);
  const d = money(difference, stated.unit);
  const v = verdict(severity, tolerance, stated.unit, exclusive);
  const finding: Finding = {
    rule,
    severity,
    message: {
      zh: `${what.zh}：${stated.label} ${a.zh}，${reference.label} ${b.zh}${c ? `（即 ${c.zh}）` : ''}，相差 ${d.zh}，${v.zh}`,
      en: `${what.en}: ${stated.label} ${a.en}, ${reference.label} ${b.en}${c ? ` (${c.en})` : ''}; difference ${d.en}, ${v.en}`,
    },
    figures: [refOf(stated), refOf(reference)],
    difference,
    tolerance,
  };
  if (subject !== undefined) finding.subject = subject;
  return finding;
}
