import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importReportText } from '../../src/core/import/index.js';
import { normaliseText } from '../../src/core/import/lines.js';
import { pdfToText } from '../../src/core/import/pdf.js';
import { readRows } from '../../src/core/import/rows.js';

const namesOf = (text: string) =>
  readRows(normaliseText(text), { codes: true, rowLabel: /^合计$/, continuation: true }).map((r) => `${r.codes.join('')} ${r.label}`);

describe('subject names that wrap', () => {
  test('a name centred on a nameless code line (PDF): half above, half below', () => {
    const text = [
      '208   05   01   行政单位离退休           84.65     84.65',
      '                机关事业单位基本养老保险缴',
      '208   05   05                           160.75    160.75',
      '                费支出',
      '                机关事业单位职业年金缴费支',
      '208   05   06                            80.38     80.38',
      '                出',
      '208   05   99   其他行政事业单位养老支出   0.94      0.94',
    ].join('\n');
    assert.deepEqual(namesOf(text), ['2080501 行政单位离退休', '2080505 机关事业单位基本养老保险缴费支出', '2080506 机关事业单位职业年金缴费支出', '2080599 其他行政事业单位养老支出']);
  });

  test('a name printed below its nameless code line, groups apart by blank lines (pdftotext)', () => {
    const text = [
      '208   05   05                   160.75       160.75',
      '                机关事业单位基本养老保险',
      '                缴费支出',
      '',
      '208   05   06                    80.38        80.38',
      '                机关事业单位职业年金缴费',
      '                支出',
    ].join('\n');
    assert.deepEqual(namesOf(text), ['2080505 机关事业单位基本养老保险缴费支出', '2080506 机关事业单位职业年金缴费支出']);
  });

  test('a long name continued below its named row, and a repeated header never joins a name', () => {
    const text = [
      '2080599 其他行政事业单位养老 9,620.00 9,620.00',
      '        支出',
      '项目 收入预算',
      '事业单位',
      '经营收入',
      '2100101 行政运行 1.00 1.00',
    ].join('\n');
    assert.deepEqual(namesOf(text), ['2080599 其他行政事业单位养老支出', '2100101 行政运行']);
  });
});

describe('the PDF and the text of a report give the same subject names', () => {
  for (const report of ['sh-putuo-czj-2024-final', 'sh-putuo-wanli-2023-dept']) {
    test(report, async () => {
      const fromText = importReportText(readFileSync(new URL(`../fixtures/corpus/${report}.txt`, import.meta.url), 'utf8')).document;
      const fromPdf = importReportText(await pdfToText(new Uint8Array(readFileSync(new URL(`../fixtures/corpus/${report}.pdf`, import.meta.url))))).document;
      for (const key of ['incomeBySubject', 'expenditureBySubject', 'generalBudgetExpenditure'] as const) {
        assert.deepEqual(fromPdf[key]?.rows.map((r) => `${r.code} ${r.name}`), fromText[key]?.rows.map((r) => `${r.code} ${r.name}`), key);
      }
    });
  }
});
