import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DataTableSpec } from '../../../src/core/data-table.js';
import { toCsv } from '../../../src/core/export/csv.js';
import { dataTableCsv } from '../../../src/core/export/table-csv.js';
import { exportFileName, uniqueFileNames } from '../../../src/core/export/file-name.js';

const SPEC: DataTableSpec = {
  caption: '全部支出：按功能分类科目（合计）',
  unitNote: '单位：万元',
  headerLabel: '名称',
  columns: [{ label: '科目编码' }, { label: '金额', numeric: true, unit: '万元' }, { label: '占上级比例', numeric: true }],
  rows: [
    { header: '一般公共服务支出', cells: ['201', { text: '1,438.89', value: '1438.89' }, '90.58%'] },
    { header: '\u3000\u3000行政运行', cells: ['2010301', { text: '71.73', value: '71.7300' }, '16.34%'] },
  ],
  footer: { header: '全部支出', cells: ['', { text: '1,484.55', value: '1484.55' }, '—'] },
};

describe('dataTableCsv', () => {
  test('names each amount column with its unit and writes the exact values', () => {
    const csv = dataTableCsv(SPEC, 'zh-CN');
    assert.deepEqual(csv.header, ['名称', '科目编码', '金额（万元）', '占上级比例']);
    assert.deepEqual(csv.rows, [
      ['一般公共服务支出', '201', '1438.89', '90.58%'],
      ['行政运行', '2010301', '71.7300', '16.34%'],
      ['全部支出', '', '1484.55', '—'],
    ]);
  });

  test('brackets the unit as English does', () => {
    const spec = { ...SPEC, columns: [{ label: 'Code' }, { label: 'Amount', numeric: true, unit: '10,000 yuan' }] };
    assert.deepEqual(dataTableCsv(spec, 'en').header, ['名称', 'Code', 'Amount (10,000 yuan)']);
  });

  test('drops the grouping separators of a figure without an exact value, in numeric columns only', () => {
    const spec: DataTableSpec = {
      ...SPEC,
      columns: [{ label: 'text' }, { label: 'n', numeric: true }],
      rows: [{ header: 'x', cells: ['1,234,567.89', '1,234,567.89'] }, { header: 'y', cells: ['a,b', '12.50（推算）'] }],
      footer: undefined,
    };
    assert.deepEqual(dataTableCsv(spec, 'zh-CN').rows, [
      ['x', '1,234,567.89', '1234567.89'],
      ['y', 'a,b', '12.50（推算）'],
    ]);
  });

  test('keeps a hostile name as text in the file', () => {
    const spec: DataTableSpec = { ...SPEC, rows: [{ header: '=HYPERLINK("http://x")', cells: ['<img src=x onerror=alert(1)>', { text: '1.00', value: '1' }, ''] }], footer: undefined };
    const text = toCsv(dataTableCsv(spec, 'zh-CN'));
    assert.equal(text.split('\r\n')[1], `"'=HYPERLINK(""http://x"")",<img src=x onerror=alert(1)>,1,`);
  });
});

describe('exportFileName', () => {
  test('joins the parts with hyphens', () => {
    assert.equal(exportFileName(['汾阳市信访局', '2024', '支出功能分类'], 'png'), '汾阳市信访局-2024-支出功能分类.png');
  });

  test('removes what file systems refuse and drops empty parts', () => {
    assert.equal(exportFileName(['a/b\\c:d', '', '  ', '<img src=x onerror=alert(1)>'], 'csv'), 'a_b_c_d-img_src=x_onerror=alert(1).csv');
    assert.equal(exportFileName(['..', '\u0000'], 'svg'), 'budget.svg');
    assert.equal(exportFileName(['CON'], 'csv'), 'budget.csv');
  });

  test('cuts a long name', () => {
    const name = exportFileName(['部'.repeat(200)], 'csv');
    assert.equal(name, `${'部'.repeat(80)}.csv`);
  });
});

describe('uniqueFileNames', () => {
  test('numbers repeated names', () => {
    assert.deepEqual(uniqueFileNames(['表.csv', '表.csv', 'x.csv', '表.csv']), ['表.csv', '表 (2).csv', 'x.csv', '表 (3).csv']);
  });
});
