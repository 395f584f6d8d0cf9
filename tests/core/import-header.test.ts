import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellsForColumns, headerCells, placeUnderCells } from '../../src/core/import/header.js';
import { normaliseText } from '../../src/core/import/lines.js';
import { tokenize } from '../../src/core/import/numbers.js';

/** A line with each text starting at its character column, as layout text places it. */
const line = (...parts: [number, string][]) => parts.reduce((text, [column, words]) => text.padEnd(column) + words, '');

// A 收入决算表 header as a PDF lays it out: wrapped cells, a merged parent over the amounts.
const HEADER = normaliseText(
  [
    line([30, '本年各项收入预算明细情况表']),
    line([2, '项目'], [16, '本年收入合'], [31, '财政拨款收'], [46, '上级补助'], [59, '其他收']),
    line([2, '科目名称'], [20, '计'], [35, '入'], [48, '收入'], [61, '入']),
  ].join('\n'),
);

describe('the header read as a tree', () => {
  test('wrapped cells are one cell; a cell over two or more cells is a parent, not a column', () => {
    assert.deepEqual(
      headerCells(HEADER).map((c) => c.label),
      ['项目科目名称', '本年收入合计', '财政拨款收入', '上级补助收入', '其他收入'],
    );
  });

  test('each printed column finds the cell its label stands in, or nothing is used', () => {
    const cells = cellsForColumns(HEADER, ['合计', '财政拨款收入', '上级补助收入', '其他收入'])!;
    assert.deepEqual(cells.map((c) => c.label), ['本年收入合计', '财政拨款收入', '上级补助收入', '其他收入']);
    assert.equal(cellsForColumns(HEADER, ['合计', '事业收入']), null, 'a column with no cell');
  });

  test('a row with blank cells: each figure goes under the cell it stands under, in order', () => {
    const cells = cellsForColumns(HEADER, ['合计', '财政拨款收入', '上级补助收入', '其他收入'])!;
    const row = tokenize(line([2, '行政运行'], [17, '1,511.90'], [32, '1,511.89'], [60, '0.01'])).filter((t) => /\d/.test(t.text));
    assert.deepEqual(placeUnderCells(row, cells)!.map((t) => t?.text), ['1,511.90', '1,511.89', undefined, '0.01']);
    assert.equal(placeUnderCells([...row, ...row], cells), null, 'more figures than cells');
  });
});
