/**
 * The amount columns of a table, read from its (often wrapped) header: which of the schema's
 * column keys it has, in the report's order, and which columns the schema has no key for.
 */
import type { Amounts, Column, ColumnKey } from '../schema/budget-types.generated.js';
import type { ImportContext } from './context.js';
import type { AmountToken } from './grid.js';
import type { SourceLine } from './lines.js';

/** A printed column: a schema key, or null for a column the schema cannot hold. */
export interface PrintedColumn {
  key: ColumnKey | null;
  label: string;
}

interface Candidate {
  key: ColumnKey | null;
  pattern: RegExp;
  label: string;
}

const TOTAL: Candidate = { key: 'total', pattern: /合计|合\s*计|小计|本年收入合|本年支出合/, label: '合计' };
const SOURCES: Candidate[] = [
  { key: 'generalPublicBudget', pattern: /一般公共预算(?!支出|财政拨款支出|资金)/, label: '一般公共预算' },
  { key: 'governmentFund', pattern: /政府性基金(预算)?/, label: '政府性基金预算' },
  { key: 'stateCapital', pattern: /国有资本经营(预算)?/, label: '国有资本经营预算' },
  { key: 'socialInsuranceFund', pattern: /社会保险基金/, label: '社会保险基金' },
  { key: 'fiscalSpecialAccount', pattern: /财政专户管理资金|财政专户/, label: '财政专户管理资金' },
  { key: 'unitFunds', pattern: /单位资金/, label: '单位资金' },
];
/**
 * Income columns of 收入总表 / 收入决算表 beside (or instead of) the funding sources, in the order
 * the national templates print them (预算: 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入; 决算:
 * 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入). Their labels wrap
 * over two or three header lines ("附属单 / 位上 / 缴收入"), so the order is the template's, not
 * that of the joined header text.
 */
const EXTRA_INCOME: Candidate[] = [
  { key: 'fiscalAppropriation', pattern: /财政拨款收/, label: '财政拨款收入' },
  { key: 'superiorSubsidy', pattern: /上级补助/, label: '上级补助收入' },
  { key: 'serviceIncome', pattern: /事业收/, label: '事业收入' },
  { key: 'businessIncome', pattern: /经营收/, label: '经营收入' },
  { key: 'subsidiaryRemittance', pattern: /附属单/, label: '附属单位上缴收入' },
  { key: 'otherIncome', pattern: /其他收/, label: '其他收入' },
];
/** Expenditure columns of 支出决算表 after 基本支出 and 项目支出, in the template's order. */
const EXTRA_EXPENDITURE: Candidate[] = [
  { key: 'remittanceToSuperior', pattern: /上缴上级/, label: '上缴上级支出' },
  { key: 'businessExpenditure', pattern: /经营支/, label: '经营支出' },
  { key: 'subsidiaryGrants', pattern: /对附属单位/, label: '对附属单位补助支出' },
];

/** The label of an extra column: budgets print 经营收入 as “事业单位经营收入” (often wrapped). */
function extraLabel(joined: string, c: Candidate): string {
  return c.key === 'businessIncome' && /事业单位/.test(joined) ? '事业单位经营收入' : c.label;
}

export type ColumnFamily = 'income' | 'expenditure' | 'economic' | 'sources' | 'summary' | 'fiscal';

/** Columns of the expenditure side of a 收支总表. */
function summaryColumns(joined: string, fiscal: boolean): PrintedColumn[] {
  const total = /合计|小计/.exec(joined) ?? /预算数|决算数|金额/.exec(joined);
  const columns: PrintedColumn[] = [{ key: 'total', label: total ? total[0] : '合计' }];
  const current = /当年预算安排|当年预算/.exec(joined);
  if (current) columns.push({ key: 'currentYear', label: current[0] });
  const carry = /上年结转安排/.exec(joined);
  if (carry) columns.push({ key: 'carryOver', label: carry[0] });
  const personnel = /人员经费/.test(joined);
  if (!personnel && /基本支出/.test(joined)) columns.push({ key: 'basic', label: '基本支出' });
  if (personnel) columns.push({ key: 'personnel', label: '人员经费' });
  if (/公用经费/.test(joined)) columns.push({ key: 'publicUse', label: '公用经费' });
  if (/项目支出/.test(joined)) columns.push({ key: 'project', label: '项目支出' });
  for (const c of SOURCES.slice(0, 3)) {
    const m = c.pattern.exec(fiscal ? joined : joined.replace(/^.*?(合计|小计)/, ''));
    if (m && /合计|小计/.test(joined)) columns.push({ key: c.key, label: m[0] });
  }
  return columns;
}

/** Reads the columns of a table from its header lines. */
export function columnsFromHeader(header: SourceLine[], family: ColumnFamily): PrintedColumn[] {
  const joined = header.map((l) => l.text.replace(/\s+/g, '')).join('');
  if (family === 'summary' || family === 'fiscal') return summaryColumns(joined, family === 'fiscal');
  const columns: PrintedColumn[] = [{ key: 'total', label: labelFound(joined, TOTAL) }];
  const known: Candidate[] =
    family === 'expenditure'
      ? [
          { key: 'basic', pattern: /基本支出|基本支/, label: '基本支出' },
          { key: 'project', pattern: /项目支出|项目支/, label: '项目支出' },
        ]
      : family === 'economic'
        ? [
            { key: 'personnel', pattern: /人员经费/, label: '人员经费' },
            { key: 'publicUse', pattern: /公用经费/, label: '公用经费' },
          ]
        : family === 'income'
          ? [...SOURCES, { key: 'carryOver', pattern: /上年结转/, label: '上年结转' }]
          : SOURCES;
  for (const c of known) if (c.pattern.test(joined)) columns.push({ key: c.key, label: labelFound(joined, c) });
  const extras = family === 'income' ? EXTRA_INCOME : family === 'expenditure' ? EXTRA_EXPENDITURE : [];
  for (const c of extras) if (c.pattern.test(joined)) columns.push({ key: c.key, label: extraLabel(joined, c) });
  return columns;
}

function labelFound(joined: string, c: Candidate): string {
  const m = c.pattern.exec(joined);
  if (!m) return c.label;
  const text = m[0];
  if (/[支收]$/.test(text) && c.label.startsWith(text)) return c.label;
  // Keep the printed label when it is complete ("政府性基金" vs "政府性基金预算").
  return text.length >= 2 && !/合$|收$|单$/.test(text) ? text.replace(/^本年(收入|支出)合$/, '合计') : c.label;
}

/** The schema columns among the printed ones. */
export function schemaColumns(columns: PrintedColumn[]): Column[] {
  return columns.filter((c): c is { key: ColumnKey; label: string } => c.key !== null).map((c) => ({ key: c.key, label: c.label }));
}

/**
 * Figures placed in the printed columns, keyed by what each column means; null, with a warning at
 * its line, when one of them cannot be read, so a garbled figure never becomes a number.
 */
export function keyedAmounts(placed: (AmountToken | undefined)[], printed: PrintedColumn[], ctx: ImportContext, id: string): Amounts | null {
  const bad = placed.find((t) => t && t.value === null);
  if (bad) {
    ctx.warn(bad.line, `${id}：无法识别的数字 "${bad.text}"，本行未导入`, `${id}: unreadable figure "${bad.text}"; row not imported`);
    return null;
  }
  const out: Amounts = {};
  placed.forEach((t, k) => {
    const key = printed[k]!.key;
    if (key) out[key] = t?.value ?? '0';
    if (t) ctx.figures += 1;
  });
  return out;
}
