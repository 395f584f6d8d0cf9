import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datasets, leafCount, totals } from '../../bench/data.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';

// The benchmark compares libraries only if each one is given the same hierarchy (bench/data.ts).
test('the benchmark gives every library the same amounts and leaves as budget-viz', () => {
  for (const data of datasets(['reference', '1k'])) {
    const expected = Number(data.document.expenditureBySubject!.total.total);
    const sums = totals(data);
    for (const [format, sum] of Object.entries(sums)) assert.ok(Math.abs(sum - expected) < 1e-6 * Math.max(1, expected), `${data.name} ${format}: ${sum} ≠ ${expected}`);
    assert.equal(data.highcharts.filter((p) => p.value !== undefined).length, leafCount(data.plain), data.name);
    assert.equal(new Set(data.highcharts.map((p) => p.id)).size, data.highcharts.length, `${data.name}: Highcharts ids are unique`);
    assert.ok(data.echarts.some((n) => n.id === data.largest.id), `${data.name}: the 类 zoomed into is in the data`);
    assert.equal(validateBudgetFile(data.document).valid, true, `${data.name}: budget-viz gets a valid document`);
  }
  assert.equal(datasets(['1k'])[0].leaves, 1000);
});
