import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BudgetInputError } from '../../src/core/errors.js';
import { parseIndicatorValue, type Comparator } from '../../src/core/indicator-value.js';

/** Expected quantitative parse of `text`. */
function quantitative(text: string, comparator: Comparator, number: string, unit: string) {
  return { text, kind: 'quantitative', comparator, number, unit };
}

test('real quantitative values from the reference 绩效目标表', () => {
  const cases: [string, Comparator, string, string][] = [
    ['≥95%', '≥', '95', '%'],
    ['95%', '=', '95', '%'],
    ['100%', '=', '100', '%'],
    ['1人', '=', '1', '人'],
    ['4间', '=', '4', '间'],
    ['8个', '=', '8', '个'],
    ['2人', '=', '2', '人'],
    ['23760元', '=', '23760', '元'],
    ['42000元', '=', '42000', '元'],
    ['20.16万元', '=', '20.16', '万元'],
    ['53.643888万元', '=', '53.643888', '万元'],
    ['10.8万元', '=', '10.8', '万元'],
    ['167万元', '=', '167', '万元'],
    ['320.18万元', '=', '320.18', '万元'],
    ['≥90%', '≥', '90', '%'],
    ['≥96%', '≥', '96', '%'],
  ];
  for (const [text, comparator, number, unit] of cases) {
    assert.deepEqual(parseIndicatorValue(text), quantitative(text, comparator, number, unit), text);
  }
});

test('real qualitative values', () => {
  for (const text of ['合格', '及时', '有效', '参照上年', '后勤保障', '工作时间', '保障', '提高']) {
    assert.deepEqual(parseIndicatorValue(text), { text, kind: 'qualitative' });
  }
});

test('comparator spellings', () => {
  const cases: [string, Comparator][] = [
    ['≥', '≥'], ['>=', '≥'], ['≧', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['大于等于', '≥'],
    ['≤', '≤'], ['<=', '≤'], ['≦', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['小于等于', '≤'],
    ['>', '>'], ['＞', '>'], ['大于', '>'], ['高于', '>'],
    ['<', '<'], ['＜', '<'], ['小于', '<'], ['低于', '<'],
    ['=', '='], ['＝', '='],
  ];
  for (const [spelling, comparator] of cases) {
    const parsed = parseIndicatorValue(`${spelling}90%`);
    assert.equal(parsed.kind === 'quantitative' && parsed.comparator, comparator, spelling);
  }
});

test('whitespace, thousands separators and fullwidth percent', () => {
  assert.deepEqual(parseIndicatorValue('  ≥ 95 %  '), quantitative('≥ 95 %', '≥', '95', '%'));
  assert.deepEqual(parseIndicatorValue('23,760元'), quantitative('23,760元', '=', '23760', '元'));
  assert.deepEqual(parseIndicatorValue('1,234,567.5万元'), quantitative('1,234,567.5万元', '=', '1234567.5', '万元'));
  assert.deepEqual(parseIndicatorValue('98％'), quantitative('98％', '=', '98', '%'));
  assert.deepEqual(parseIndicatorValue('3'), quantitative('3', '=', '3', ''));
  assert.deepEqual(parseIndicatorValue('不少于2次'), quantitative('不少于2次', '≥', '2', '次'));
  assert.deepEqual(parseIndicatorValue('≤30天'), quantitative('≤30天', '≤', '30', '天'));
});

test('text that only looks numeric stays qualitative', () => {
  for (const text of ['2024年底前完成', '≥', '不低于上年', '1,00元', '05人', '12.元', '约95%', '95%以上']) {
    assert.deepEqual(parseIndicatorValue(text), { text, kind: 'qualitative' }, text);
  }
});

test('empty values throw BudgetInputError', () => {
  assert.throws(() => parseIndicatorValue(''), BudgetInputError);
  assert.throws(() => parseIndicatorValue('   '), BudgetInputError);
});

test('200,000-character values parse in one pass, with the same result as short ones (issue 10)', () => {
  // The regex is anchored with one way to split its input; these shapes make a backtracking one
  // quadratic. No timing is asserted: a regression shows as a run of minutes.
  const n = 200_000;
  const digits = '1'.repeat(n);
  assert.deepEqual(parseIndicatorValue(digits), quantitative(digits, '=', digits, ''));
  assert.deepEqual(parseIndicatorValue(`≥${' '.repeat(n)}${digits}%`), quantitative(`≥${' '.repeat(n)}${digits}%`, '≥', digits, '%'));
  const grouped = `1${',000'.repeat(n / 4)}万元`;
  assert.deepEqual(parseIndicatorValue(grouped), quantitative(grouped, '=', `1${'000'.repeat(n / 4)}`, '万元'));
  for (const text of [`${digits}%%`, `1${' '.repeat(n)}xxxxx`, '增长'.repeat(n / 2), `1${'万元'.repeat(n / 2)}`, '1,000'.repeat(n / 5), '1 '.repeat(n / 2) + '%']) {
    assert.equal(parseIndicatorValue(text).kind, 'qualitative', text.slice(0, 12));
  }
  assert.throws(() => parseIndicatorValue(' '.repeat(n)), BudgetInputError);
});
