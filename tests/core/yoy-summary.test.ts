import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { D, type Dec } from '../../src/core/decimal.js';
import { computeChange } from '../../src/core/change.js';
import { formatAmount, type Lang } from '../../src/core/format.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { yoySeries, type YoySeries } from '../../src/core/yoy.js';
import { yoyChangePhrase, yoySummary } from '../../src/core/yoy-summary.js';

const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));

const options = (lang: Lang, measure: string) => ({
  lang,
  measure,
  unit: '万元' as const,
  money: (amount: Dec) => formatAmount(amount, lang, { from: '万元' }),
  label: (s: YoySeries) => s.label,
});

test('each year of each figure, a derived year marked, and the change as reports phrase it', () => {
  const series = yoySeries([reference], 'totals', '万元');
  assert.equal(
    yoySummary(series, options('zh-CN', '收支总计')),
    '条形图，逐年比较收支总计：收入总计，2023年419.54万元（推算），2024年484.55万元，比上年增加65.01万元，增长15.50%；' +
      '支出总计，2023年419.54万元（推算），2024年484.55万元，比上年增加65.01万元，增长15.50%。',
  );
});

test('in English, with the series labels the element shows', () => {
  const series = yoySeries([reference], 'operating', '万元');
  const text = yoySummary(series, { ...options('en', 'operating costs'), label: () => 'Operating costs' });
  assert.equal(
    text,
    'Bar chart comparing operating costs year by year: Operating costs: 2023 14.87 (10,000 yuan) (derived), 2024 15.43 (10,000 yuan), up 0.56 (10,000 yuan), +3.77% on last year.',
  );
});

test('a figure of one year says there is nothing to compare', () => {
  const [first] = yoySeries([reference], 'function', '万元');
  assert.equal(yoySummary([first], options('zh-CN', '功能分类（类）')), '条形图，逐年比较功能分类（类）：一般公共服务支出，2024年438.89万元，只有一年的数据。');
  assert.match(yoySummary([first], options('en', 'by function')), /2024 438\.89 \(10,000 yuan\), one year only\.$/);
});

test('the change names the year compared with when it is not the year before', () => {
  const series: YoySeries = {
    key: 'operating',
    label: '机关运行经费',
    values: [
      { fiscalYear: 2023, amount: new D('786.00'), basis: 'table', source: '表8' },
      { fiscalYear: 2025, amount: new D('464.55'), basis: 'table', source: '表8' },
    ],
    change: computeChange('464.55', '786.00'),
    previousYear: 2023,
  };
  assert.equal(yoyChangePhrase(series, 'zh-CN', '万元'), '比2023年减少321.45万元，下降40.90%');
  assert.equal(yoyChangePhrase(series, 'en', '万元'), 'down 321.45 (10,000 yuan), −40.90% on 2023');
  assert.equal(yoyChangePhrase({ ...series, values: series.values.slice(1), change: null, previousYear: undefined }, 'zh-CN', '万元'), null);
});
