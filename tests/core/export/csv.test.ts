import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvCell, toCsv } from '../../../src/core/export/csv.js';

describe('toCsv', () => {
  test('starts with a byte-order mark and ends lines with CRLF', () => {
    const text = toCsv({ header: ['科目', '金额（万元）'], rows: [['一般公共服务支出', '485.01']] });
    assert.equal(text, '\uFEFF科目,金额（万元）\r\n一般公共服务支出,485.01\r\n');
  });

  test('pads short rows to the header width', () => {
    assert.equal(toCsv({ header: ['a', 'b', 'c'], rows: [['1']] }), '\uFEFFa,b,c\r\n1,,\r\n');
  });

  test('keeps exact figures as written, negatives and percentages included', () => {
    const text = toCsv({ header: ['x'], rows: [['1234567.8901'], ['-65.01'], ['15.50%'], ['0']] });
    assert.deepEqual(text.slice(1).split('\r\n').slice(1, 5), ['1234567.8901', '-65.01', '15.50%', '0']);
  });
});

describe('csvCell', () => {
  test('quotes commas, quotes and line breaks, doubling quotes', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('说"明"'), '"说""明"""');
    assert.equal(csvCell('第一行\n第二行'), '"第一行\n第二行"');
  });

  test('turns text a spreadsheet would run as a formula into text', () => {
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell('+1+1'), "'+1+1");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), "'\tx");
  });

  test('leaves plain text alone', () => {
    assert.equal(csvCell('信访事务'), '信访事务');
    assert.equal(csvCell(''), '');
  });
});
