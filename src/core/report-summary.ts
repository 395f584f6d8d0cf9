import { rowTotal } from './amounts.js';
import { toAmount, type Dec } from './decimal.js';
import type { Assets, BudgetDocument, Claim, MoneyUnit, ThreePublicLine } from './schema/budget-types.generated.js';
import { shares } from './shares.js';

/** The “三公”经费 table as a statement. */
export interface ThreePublicSummary {
  total: Dec;
  unit: MoneyUnit;
  /** Table id ("表10"). */
  source: string;
  /** Every line as printed; vehiclePurchase / vehicleOperation are 其中 lines of vehicles, not addends. */
  lines: { item: ThreePublicLine['item']; label: string; amount: Dec }[];
  /** Every line and the total are 0. */
  none: boolean;
  /** The 说明's statement without figures ("本部门无“三公”经费预算"), when it makes one. */
  statement?: string;
  /** The table's status in meta.tables: 'empty' when the report prints "本表无数据". */
  tableStatus?: 'data' | 'empty';
}

/** A change of 机关运行经费 as the 说明 states it, figures as stated. */
export interface StatedChange {
  claimId: string;
  direction: 'increase' | 'decrease' | 'flat' | 'new';
  /** In `unit`, as stated. */
  amount?: Dec;
  /** As stated ("3.76"), so it prints exactly as the report does. */
  percent?: string;
  /** The claim's unit, else the table's. */
  unit: MoneyUnit;
  comparedTo: string;
  reason?: string;
}

/** 机关运行经费 by unit, with the change the 说明 states. */
export interface OperatingSummary {
  total: Dec;
  unit: MoneyUnit;
  /** Table id ("表11"). */
  source: string;
  units: { name: string; amount: Dec }[];
  change?: StatedChange;
}

/** 政府采购预算 by kind. */
export interface ProcurementSummary {
  unit: MoneyUnit;
  /** The 说明 section stating it, when known. */
  section?: string;
  total: Dec;
  goods: Dec;
  works: Dec;
  services: Dec;
  /** Shares of goods, works, services of their sum by largest remainder, or null when all are 0. */
  shares: Dec[] | null;
}

/** 国有资产占有使用情况. */
export interface AssetsSummary {
  asOf?: string;
  section?: string;
  vehicles?: { authorized: number; actual: number; byUse?: { label: string; count: number }[] };
  officeArea?: Dec;
  equipment: { label: string; threshold: Dec; thresholdUnit: MoneyUnit; count: number }[];
}

/** The small sections of a report; each present only when the document has the section. */
export interface ReportSummary {
  threePublic?: ThreePublicSummary;
  operating?: OperatingSummary;
  procurement?: ProcurementSummary;
  assets?: AssetsSummary;
}


/** “三公”经费 from 表10 with the 说明's statement and the table's printed status. */
function threePublicSummary(doc: BudgetDocument): ThreePublicSummary | undefined {
  const table = doc.threePublicExpenses;
  if (!table) return undefined;
  const lines = table.lines.map((line) => ({ item: line.item, label: line.label, amount: rowTotal(table.columns, line.amounts, `${table.table} ${line.label}`) }));
  const total = rowTotal(table.columns, table.total, `${table.table} 合计`);
  const summary: ThreePublicSummary = {
    total,
    unit: table.unit,
    source: table.table,
    lines,
    none: total.isZero() && lines.every((line) => line.amount.isZero()),
  };
  const statement = doc.claims?.find((c) => c.subject.kind === 'threePublic' && c.statement !== undefined)?.statement;
  if (statement !== undefined) summary.statement = statement;
  const status = doc.meta.tables.find((t) => t.id === table.table)?.status;
  if (status) summary.tableStatus = status;
  return summary;
}

/** A claim's stated change with its amount parsed; percent stays text so it prints as stated. */
function statedChange(claim: Claim & { change: NonNullable<Claim['change']> }, unit: MoneyUnit): StatedChange {
  const { change } = claim;
  const stated: StatedChange = { claimId: claim.id, direction: change.direction, unit: claim.unit ?? unit, comparedTo: change.comparedTo };
  if (change.amount !== undefined) stated.amount = toAmount(change.amount);
  if (change.percent !== undefined) stated.percent = change.percent;
  if (change.reason !== undefined) stated.reason = change.reason;
  return stated;
}

/** 机关运行经费 from 表11 with the change the first operatingExpenses claim states. */
function operatingSummary(doc: BudgetDocument): OperatingSummary | undefined {
  const table = doc.operatingExpenses;
  if (!table) return undefined;
  const summary: OperatingSummary = {
    total: rowTotal(table.columns, table.total, `${table.table} 合计`),
    unit: table.unit,
    source: table.table,
    units: table.units.map((u) => ({ name: u.name, amount: rowTotal(table.columns, u.amounts, `${table.table} ${u.name}`) })),
  };
  const claim = doc.claims?.find((c): c is Claim & { change: NonNullable<Claim['change']> } => c.subject.kind === 'operatingExpenses' && c.change !== undefined);
  if (claim) summary.change = statedChange(claim, table.unit);
  return summary;
}

/** 政府采购 by kind; shares are of the three kinds' sum so they add up to 100. */
function procurementSummary(doc: BudgetDocument): ProcurementSummary | undefined {
  const p = doc.procurement;
  if (!p) return undefined;
  const [goods, works, services] = [p.goods, p.works, p.services].map(toAmount);
  const summary: ProcurementSummary = { unit: p.unit, total: toAmount(p.total), goods, works, services, shares: shares([goods, works, services]) };
  if (p.section !== undefined) summary.section = p.section;
  return summary;
}

/** 国有资产 with its decimals parsed. */
function assetsSummary(assets: Assets | undefined): AssetsSummary | undefined {
  if (!assets) return undefined;
  const summary: AssetsSummary = {
    equipment: (assets.equipment ?? []).map((e) => ({ label: e.label, threshold: toAmount(e.threshold), thresholdUnit: e.thresholdUnit, count: e.count })),
  };
  if (assets.asOf !== undefined) summary.asOf = assets.asOf;
  if (assets.section !== undefined) summary.section = assets.section;
  if (assets.vehicles) summary.vehicles = { ...assets.vehicles };
  if (assets.buildings) summary.officeArea = toAmount(assets.buildings.officeArea);
  return summary;
}

/**
 * The report's small sections (“三公”经费, 机关运行经费, 政府采购, 国有资产) read from its tables and
 * 说明 claims, so a view can state them in a sentence or two. Nothing is derived beyond shares.
 */
export function reportSummary(doc: BudgetDocument): ReportSummary {
  const summary: ReportSummary = {};
  const threePublic = threePublicSummary(doc);
  if (threePublic) summary.threePublic = threePublic;
  const operating = operatingSummary(doc);
  if (operating) summary.operating = operating;
  const procurement = procurementSummary(doc);
  if (procurement) summary.procurement = procurement;
  const assets = assetsSummary(doc.assets);
  if (assets) summary.assets = assets;
  return summary;
}
