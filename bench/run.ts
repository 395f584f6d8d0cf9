/**
 * Benchmarks of the pure logic the components run on every update: `npm run bench`.
 * Prints the median and worst time of repeated runs and the heap growth; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../src/core/check/index.js';
import { buildSubjectHierarchy } from '../src/core/hierarchy.js';
import type { BudgetDocument } from '../src/core/schema/budget-types.generated.js';
import { buildSunburst } from '../src/core/sunburst/model.js';
import { syntheticCityTable } from '../src/core/sunburst/synthetic.js';
import { validateBudgetFile } from '../src/core/validate/index.js';
import { minimalDocument } from '../tests/fixtures/minimal-document.js';
import { manyClaimsDocument, unbalancedRowsDocument } from '../tests/core/large-documents.js';

const RUNS = 30;

/** Times `work` over `runs` runs after `warmups` (fewer of both for work that takes seconds). */
function measure(name: string, work: () => unknown, runs = RUNS, warmups = 3): void {
  for (let i = 0; i < warmups; i++) work();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(`${name.padEnd(58)} median ${times[runs >> 1].toFixed(2).padStart(8)} ms  worst ${times[runs - 1].toFixed(2).padStart(8)} ms  heap +${heap.toFixed(1)} MiB`);
}

/** The minimal document with a claim about 2010301 whose label and quote are `text`. */
function withLongClaim(text: string): BudgetDocument {
  const doc = minimalDocument();
  doc.claims!.push({ id: 'long', section: '说明', quote: text, subject: { kind: 'subject', code: '2010301', label: text }, unit: '万元', amount: '60.00', change: { direction: 'increase', comparedTo: '上年' } });
  return doc;
}

const reference = JSON.parse(readFileSync(new URL('../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
const city = syntheticCityTable({ classes: 30, sectionsPerClass: 10, itemsPerSection: 10, seed: 1 });
const cityDocument = { ...reference, expenditureBySubject: { ...city, table: '表3' } };
/** A new tree for each call: the model keeps the views it laid out per tree, and a kept view is no measure. */
const freshTrees = () => {
  const trees = Array.from({ length: RUNS + 3 }, () => buildSubjectHierarchy(city, 'total'));
  return () => trees.pop()!;
};

measure('validate the reference document', () => validateBudgetFile(reference));
measure(`validate a city document (${city.rows.length} rows)`, () => validateBudgetFile(cityDocument));
measure(`hierarchy of the city (${city.rows.length} rows)`, () => buildSubjectHierarchy(city, 'total'));
const rootTree = freshTrees();
measure('sunburst model of the city, root, 400 arcs', () => buildSunburst(rootTree(), { maxArcs: 400 }));
const zoomTree = freshTrees();
measure('sunburst model of the city, zoomed into 类 201', () => buildSunburst(zoomTree(), { focus: city.rows[0].code, maxArcs: 400 }));

// Scale (issue 10): before the fixes, check on 50,000 rows ended in a RangeError after 16 s, each
// 200,000-character label below took 60 to 110 s, and 20,000 claims took 14 s to check.
const unbalanced = unbalancedRowsDocument(50_000);
measure('check 50,000 rows that add up nowhere (152,198 findings)', () => checkDocument(unbalanced), 3, 1);
const N = 200_000;
for (const [shape, text] of [
  ['”… x', `${'”'.repeat(N)}x`],
  ['a-…-a（类）', `a${'-'.repeat(N)}a（类）`],
  ['（ spaces 类', `（${' '.repeat(N)}类`],
  ['上年上年…', '上年'.repeat(N / 2)],
  ['上年为1上年为1…', '上年为1'.repeat(N / 4)],
] as const) {
  const doc = withLongClaim(text);
  measure(`check a 200,000-character claim label and quote: ${shape}`, () => checkDocument(doc), 5, 1);
}
const manyClaims = manyClaimsDocument(20_000);
measure('validate 20,000 claims, 40,000 prior-year figures, 20,000 rows', () => validateBudgetFile(manyClaims), 5, 1);
measure('check the same document', () => checkDocument(manyClaims), 5, 1);
