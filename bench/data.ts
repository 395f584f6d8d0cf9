/**
 * The data every page of the browser benchmark draws: the reference report and synthetic cities,
 * as a budget document for budget-viz and as each peer's own format. Everything here runs in node
 * before any timing starts, so a peer is never charged for our conversion.
 */
import { readFileSync } from 'node:fs';
import { buildSubjectHierarchy, type SubjectNode } from '../src/core/hierarchy.js';
import type { BudgetDocument } from '../src/core/schema/budget-types.generated.js';
import { syntheticCityTable, type SyntheticCityOptions } from '../src/core/sunburst/synthetic.js';

/** A plain tree: what d3.hierarchy takes directly, and the source of the other peers' formats. */
export interface PlainNode {
  id: string;
  name: string;
  /** Only on leaves; parents are the sum of their leaves in every peer. */
  value?: number;
  children?: PlainNode[];
}

export interface EchartsNode {
  id: string;
  name: string;
  value?: number;
  children?: EchartsNode[];
}

/** Highcharts' sunburst takes a flat list linked by `parent`, with one root point. */
export interface HighchartsPoint {
  id: string;
  parent: string;
  name: string;
  value?: number;
}

export interface Dataset {
  name: string;
  leaves: number;
  /** What budget-viz is given: a whole document, validated by the element. */
  document: BudgetDocument;
  plain: PlainNode;
  echarts: EchartsNode[];
  highcharts: HighchartsPoint[];
  /** The 类 with the largest amount: the one every page zooms into. */
  largest: { id: string; name: string };
}

export const ROOT_ID = 'root';

export const SIZES: Readonly<Record<string, SyntheticCityOptions>> = {
  // 10 × 10 × 10, 25 × 20 × 20 and 50 × 40 × 25 项.
  '1k': { classes: 10, sectionsPerClass: 10, itemsPerSection: 10, seed: 12 },
  '10k': { classes: 25, sectionsPerClass: 20, itemsPerSection: 20, seed: 12 },
  '50k': { classes: 50, sectionsPerClass: 40, itemsPerSection: 25, seed: 12 },
};

export function referenceDocument(): BudgetDocument {
  return JSON.parse(readFileSync(new URL('../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
}

/**
 * The tree budget-viz itself builds from 表3, so every library draws the same hierarchy. A node
 * whose own amount exceeds the sum of its children (a report may publish a 款 without all its 项)
 * keeps the difference as an unnamed leaf, so the areas match budget-viz's too.
 */
export function toPlain(node: SubjectNode): PlainNode {
  const id = node.code || ROOT_ID;
  const children = node.children.filter((c) => !c.amount.isZero()).map(toPlain);
  if (children.length === 0) return { id, name: node.name, value: node.amount.toNumber() };
  const rest = node.amount.minus(node.children.reduce((sum, c) => sum.plus(c.amount), node.amount.mul(0)));
  if (rest.gt(0)) children.push({ id: `${id}~rest`, name: '', value: rest.toNumber() });
  return { id, name: node.name, children };
}

export function toEcharts(node: PlainNode): EchartsNode[] {
  const convert = (n: PlainNode): EchartsNode =>
    n.children ? { id: n.id, name: n.name, children: n.children.map(convert) } : { id: n.id, name: n.name, value: n.value };
  return (node.children ?? []).map(convert);
}

export function toHighcharts(node: PlainNode): HighchartsPoint[] {
  const points: HighchartsPoint[] = [{ id: ROOT_ID, parent: '', name: node.name }];
  const walk = (n: PlainNode) => {
    for (const c of n.children ?? []) {
      points.push(c.children ? { id: c.id, parent: n.id, name: c.name } : { id: c.id, parent: n.id, name: c.name, value: c.value });
      walk(c);
    }
  };
  walk(node);
  return points;
}

export function leafCount(node: PlainNode): number {
  return node.children ? node.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

/** Sum of the leaves of each format, to check that every peer is given the same amounts. */
export function totals(data: Pick<Dataset, 'plain' | 'echarts' | 'highcharts'>): { plain: number; echarts: number; highcharts: number } {
  const plainSum = (n: PlainNode): number => (n.children ? n.children.reduce((s, c) => s + plainSum(c), 0) : (n.value ?? 0));
  const echartsSum = (list: EchartsNode[]): number => list.reduce((s, n) => s + (n.children ? echartsSum(n.children) : (n.value ?? 0)), 0);
  return {
    plain: plainSum(data.plain),
    echarts: echartsSum(data.echarts),
    highcharts: data.highcharts.reduce((s, p) => s + (p.value ?? 0), 0),
  };
}

export function makeDataset(name: string, document: BudgetDocument): Dataset {
  const table = document.expenditureBySubject!;
  const tree = buildSubjectHierarchy(table, 'total');
  const plain = toPlain(tree);
  const largest = [...tree.children].sort((a, b) => b.amount.comparedTo(a.amount))[0];
  return {
    name,
    leaves: leafCount(plain),
    document,
    plain,
    echarts: toEcharts(plain),
    highcharts: toHighcharts(plain),
    largest: { id: largest.code, name: largest.name },
  };
}

/** The reference report with its 表3 replaced by a synthetic city of the given size. */
export function syntheticDocument(size: SyntheticCityOptions): BudgetDocument {
  const reference = referenceDocument();
  return { ...reference, expenditureBySubject: syntheticCityTable(size) };
}

export function datasets(names: readonly string[]): Dataset[] {
  return names.map((name) => (name === 'reference' ? makeDataset('reference', referenceDocument()) : makeDataset(name, syntheticDocument(SIZES[name]))));
}
