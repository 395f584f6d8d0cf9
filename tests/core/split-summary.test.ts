import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Dec } from '../../src/core/decimal.js';
import { formatAmount, type Lang } from '../../src/core/format.js';
import type { BudgetDocument, MoneyUnit } from '../../src/core/schema/budget-types.generated.js';
import { basicProjectSplit, economicBreakdown } from '../../src/core/split.js';
import { splitSelectionAnnouncement, splitSummary } from '../../src/core/split-summary.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
const subjects = reference.expenditureBySubject!;
const economic = economicBreakdown(reference.basicExpenditureByEconomic!, 'department');
const money = (lang: Lang) => (amount: Dec, unit: MoneyUnit) => formatAmount(amount, lang, { from: unit });

test('the whole budget: total, basic and project with shares, then personnel and public use', () => {
  assert.equal(
    splitSummary(basicProjectSplit(subjects), economic, 'zh-CN', money('zh-CN')),
    '条形图：支出合计484.55万元，其中基本支出164.37万元，占33.92%；项目支出320.18万元，占66.08%。' +
      '基本支出中，人员经费148.94万元，占90.61%；公用经费15.43万元，占9.39%。',
  );
});

test('in English', () => {
  assert.equal(
    splitSummary(basicProjectSplit(subjects), economic, 'en', money('en')),
    'Bar chart of total expenditure, 484.55 (10,000 yuan): basic expenditure 164.37 (10,000 yuan) (33.92%), ' +
      'project expenditure 320.18 (10,000 yuan) (66.08%). Basic expenditure splits into personnel 148.94 (10,000 yuan) (90.61%) ' +
      'and public use 15.43 (10,000 yuan) (9.39%).',
  );
});

test('a selected 科目 has no economic sentence, since 表6 is for the whole department', () => {
  const text = splitSummary(basicProjectSplit(subjects, '201'), economic, 'zh-CN', money('zh-CN'));
  assert.equal(text, '条形图：201 一般公共服务支出438.89万元，其中基本支出118.71万元，占27.05%；项目支出320.18万元，占72.95%。');
});

test('without an economic table, only basic and project', () => {
  const doc = minimalDocument();
  const text = splitSummary(basicProjectSplit(doc.expenditureBySubject!), undefined, 'en', money('en'));
  assert.doesNotMatch(text, /personnel/);
  assert.match(text, /basic expenditure 60\.00 \(10,000 yuan\) \(60\.00%\), project expenditure 40\.00 \(10,000 yuan\) \(40\.00%\)\.$/);
});

test('a split of nothing names no shares', () => {
  const doc = minimalDocument();
  const table = doc.expenditureBySubject!;
  table.rows.push({ code: '208', name: '社会保障和就业支出', amounts: { total: '0', basic: '0', project: '0' } });
  const text = splitSummary(basicProjectSplit(table, '208'), undefined, 'zh-CN', money('zh-CN'));
  assert.equal(text, '条形图：208 社会保障和就业支出0.00万元，其中基本支出0.00万元；项目支出0.00万元。');
});

test('choosing a 科目 and clearing the choice are announced in both languages', () => {
  assert.equal(
    splitSelectionAnnouncement(basicProjectSplit(subjects, '221'), 'zh-CN', money('zh-CN')),
    '已选择221 住房保障支出：合计14.44万元，基本支出14.44万元，占100.00%；项目支出0.00万元，占0.00%。',
  );
  assert.equal(
    splitSelectionAnnouncement(basicProjectSplit(subjects), 'en', money('en')),
    'Selection cleared, showing total expenditure: total 484.55 (10,000 yuan), basic expenditure 164.37 (10,000 yuan) (33.92%), project expenditure 320.18 (10,000 yuan) (66.08%).',
  );
});
