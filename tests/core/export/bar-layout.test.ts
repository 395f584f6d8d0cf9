import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  capped,
  estimateTextWidth,
  legendFlow,
  rowGrid,
  segmentCaption,
  truncateToWidth,
  wrapToWidth,
} from '../../../src/core/export/bar-layout.js';

test('a Chinese glyph is one em; Latin letters and digits are narrower but not underestimated', () => {
  assert.equal(estimateTextWidth('一般公共服务', 14), 6 * 14);
  assert.equal(estimateTextWidth('', 14), 0);
  const digits = estimateTextWidth('164.37', 10);
  // Common sans fonts draw a digit at 0.55 em and a point at 0.28 em: the estimate is no less.
  assert.ok(digits >= 5 * 5.5 + 2.8, `${digits}`);
  assert.ok(digits < 6 * 10);
  assert.equal(estimateTextWidth('万元', 10), 20);
});

test('a name that fits is kept whole; a longer one is cut with … inside the room', () => {
  assert.equal(truncateToWidth('201 一般公共服务支出', 400, 14), '201 一般公共服务支出');
  const cut = truncateToWidth('20103 政府办公厅（室）及相关机构事务', 140, 14);
  assert.ok(cut.endsWith('…'), cut);
  assert.ok(cut.startsWith('20103 政府'), cut);
  assert.ok(estimateTextWidth(cut, 14) <= 140);
  assert.ok(estimateTextWidth(truncateToWidth('20103 政府办公厅（室）及相关机构事务', 154, 14), 14) > estimateTextWidth(cut, 14), 'more room keeps more');
});

test('no room, not even for …, gives nothing; room for … alone gives …', () => {
  assert.equal(truncateToWidth('一般公共服务支出', 10, 14), '');
  assert.equal(truncateToWidth('一般公共服务支出', 14, 14), '…');
});

test('a cut never leaves a space before …', () => {
  const cut = truncateToWidth('ab cdefghijkl', estimateTextWidth('ab …', 10), 10);
  assert.equal(cut, 'ab…');
});

test('a change phrase wraps after punctuation, never between a figure and its unit', () => {
  const phrase = '比上年增加24,788,911.00元，增长15.03%';
  assert.deepEqual(wrapToWidth(phrase, 1000, 14), [phrase]);
  const lines = wrapToWidth(phrase, estimateTextWidth('比上年增加24,788,911.00元，', 14), 14);
  assert.deepEqual(lines, ['比上年增加24,788,911.00元，', '增长15.03%']);
});

test('English wraps at spaces and drops the space at the break', () => {
  const lines = wrapToWidth('The economic breakdown is for the whole department', estimateTextWidth('The economic breakdown is', 14), 14);
  assert.deepEqual(lines, ['The economic breakdown is', 'for the whole department']);
});

test('a run longer than a line is cut glyph by glyph, each line within the width', () => {
  const text = '一二三四五六七八九十一二三四五';
  const lines = wrapToWidth(text, 5 * 14, 14);
  assert.deepEqual(lines, ['一二三四五', '六七八九十', '一二三四五']);
  assert.equal(lines.join(''), text);
});

test('a segment shows name and share, else the share, else nothing', () => {
  assert.equal(segmentCaption('基本支出', '33.92%', 300, 14), '基本支出 33.92%');
  const shareOnly = estimateTextWidth('33.92%', 14) + 1;
  assert.equal(segmentCaption('基本支出', '33.92%', shareOnly, 14), '33.92%');
  assert.equal(segmentCaption('基本支出', '33.92%', shareOnly - 2, 14), '');
});

test('rows lay out label, bar and value side by side when there is room', () => {
  const grid = rowGrid({ width: 700, narrow: false, fontSize: 14, labels: ['201 一般公共服务支出'], values: ['438.89万元'], labelEm: [6, 14], gap: 7 });
  assert.equal(grid.stacked, false);
  assert.equal(grid.labelWidth, estimateTextWidth('201 一般公共服务支出', 14));
  assert.equal(grid.barX, grid.labelWidth + 7);
  assert.equal(grid.barX + grid.barWidth + 7 + estimateTextWidth('438.89万元', 14), 700);
  assert.equal(grid.valueRight, 700);
});

test('the label column stays within its bounds', () => {
  const short = rowGrid({ width: 700, narrow: false, fontSize: 10, labels: ['水费'], values: ['1'], labelEm: [6, 14], gap: 5 });
  assert.equal(short.labelWidth, 60);
  const long = rowGrid({ width: 700, narrow: false, fontSize: 10, labels: ['一'.repeat(30)], values: ['1'], labelEm: [6, 14], gap: 5 });
  assert.equal(long.labelWidth, 140);
  const yearColumn = rowGrid({ width: 700, narrow: false, fontSize: 10, labels: ['2025年'], values: ['1'], labelEm: [4.5, 4.5], valueMinEm: 8, gap: 5 });
  assert.equal(yearColumn.labelWidth, 45);
  assert.equal(yearColumn.barWidth, 700 - 45 - 80 - 10);
});

test('a narrow element, or a bar with too little room, stacks label and value above a full-width bar', () => {
  const narrow = rowGrid({ width: 400, narrow: true, fontSize: 14, labels: ['201 一般公共服务支出'], values: ['438.89万元'], labelEm: [6, 14], gap: 7 });
  assert.deepEqual(
    { stacked: narrow.stacked, barX: narrow.barX, barWidth: narrow.barWidth },
    { stacked: true, barX: 0, barWidth: 400 },
  );
  assert.equal(narrow.labelWidth, 400 - estimateTextWidth('438.89万元', 14) - 7);
  const crowded = rowGrid({ width: 500, narrow: false, fontSize: 14, labels: ['一'.repeat(20)], values: ['一'.repeat(20)], labelEm: [6, 14], gap: 7 });
  assert.equal(crowded.stacked, true);
});

test('legend entries flow into lines no wider than the legend', () => {
  assert.deepEqual(legendFlow([100, 100, 100], 300, 20), [
    { x: 0, line: 0 },
    { x: 120, line: 0 },
    { x: 0, line: 1 },
  ]);
  // An entry wider than the line still starts one, alone.
  assert.deepEqual(legendFlow([500, 50], 400, 20), [
    { x: 0, line: 0 },
    { x: 0, line: 1 },
  ]);
});

test('a long list is cut to its first rows and counts the rest', () => {
  assert.deepEqual(capped([1, 2, 3, 4], 3), { shown: [1, 2, 3], hidden: 1 });
  assert.deepEqual(capped([1, 2], 3), { shown: [1, 2], hidden: 0 });
});
