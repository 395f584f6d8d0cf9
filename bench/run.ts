/**
 * Benchmarks of the pure logic the components run on every update: `npm run bench`.
 * Prints the median and worst time of repeated runs and the heap growth; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildSubjectHierarchy } from '../src/core/hierarchy.js';
import { buildSunburst } from '../src/core/sunburst/model.js';
import { syntheticCityTable } from '../src/core/sunburst/synthetic.js';
import { validateBudgetFile } from '../src/core/validate/index.js';

const RUNS = 30;

function measure(name: string, work: () => unknown): void {
  for (let i = 0; i < 3; i++) work();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(`${name.padEnd(58)} median ${times[RUNS >> 1].toFixed(2).padStart(8)} ms  worst ${times[RUNS - 1].toFixed(2).padStart(8)} ms  heap +${heap.toFixed(1)} MiB`);
}

const reference = JSON.parse(readFileSync(new URL('../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
const city = syntheticCityTable({ classes: 30, sectionsPerClass: 10, itemsPerSection: 10, seed: 1 });
const cityDocument = { ...reference, expenditureBySubject: { ...city, table: '表3' } };
const cityTree = buildSubjectHierarchy(city, 'total');

measure('validate the reference document', () => validateBudgetFile(reference));
measure(`validate a city document (${city.rows.length} rows)`, () => validateBudgetFile(cityDocument));
measure(`hierarchy of the city (${city.rows.length} rows)`, () => buildSubjectHierarchy(city, 'total'));
measure('sunburst model of the city, root, 400 arcs', () => buildSunburst(cityTree, { maxArcs: 400 }));
measure('sunburst model of the city, zoomed into 类 201', () => buildSunburst(cityTree, { focus: city.rows[0].code, maxArcs: 400 }));
