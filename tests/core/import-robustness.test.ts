import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importReportText, ImportError, type ImportResult } from '../../src/core/import/index.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';

const fenyang = readFileSync(new URL('../fixtures/fenyang-xinfang-2024-budget.txt', import.meta.url), 'utf8');
const wanli = readFileSync(new URL('../fixtures/sh-putuo-wanli-2025-dept.txt', import.meta.url), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Imports text that may be damaged: either an ImportError or a document that validates. */
function tryImport(text: string): ImportResult | ImportError {
  try {
    const result = importReportText(text);
    const check = validateBudgetFile(result.document);
    assert.equal(check.valid, true, JSON.stringify(check.issues?.slice(0, 2)));
    return result;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

describe('import robustness', () => {
  test('a table removed: it is not listed, its section is absent, the rest is read', () => {
    const lines = fenyang.split('\n');
    const from = lines.findIndex((l) => l.includes('表三2024年预算支出总表'));
    const to = lines.findIndex((l) => l.includes('表四2024年财政拨款收支总表'));
    const result = tryImport([...lines.slice(0, from), ...lines.slice(to)].join('\n')) as ImportResult;
    assert.ok(!(result instanceof ImportError));
    assert.deepEqual(result.document.meta.tables.map((t) => t.id).slice(0, 4), ['表1', '表2', '表4', '表5']);
    assert.equal(result.document.expenditureBySubject, undefined);
    assert.equal(result.document.generalBudgetExpenditure?.total.total, '484.55');
  });

  test('a garbled figure ("7a.73") is a warning at its line, its row is not imported, nothing is invented', () => {
    const text = fenyang.replace('2010301 行政运行 71.73 71.73  ', '2010301 行政运行 7a.73 71.73  ');
    const line = lineOf(text, '7a.73');
    const result = tryImport(text) as ImportResult;
    const warning = result.warnings.find((w) => w.line === line);
    assert.ok(warning, JSON.stringify(result.warnings));
    assert.match(warning.message.en, /7a\.73/);
    assert.equal(result.document.incomeBySubject!.rows.find((r) => r.code === '2010301'), undefined);
    // The same subject in the next table is untouched.
    assert.equal(result.document.expenditureBySubject!.rows.find((r) => r.code === '2010301')?.amounts.total, '71.73');
  });

  test('"48a.55" in a 类 row: the row and its 款/项 rows are dropped with warnings, the document validates', () => {
    const text = fenyang.replace('201 一般公共服务支出 438.89 438.89      ', '201 一般公共服务支出 43a.89 438.89      ');
    const result = tryImport(text) as ImportResult;
    assert.ok(result.warnings.length >= 2);
    assert.equal(result.document.incomeBySubject!.rows.some((r) => r.code.startsWith('201')), false);
    assert.equal(result.document.incomeBySubject!.rows.find((r) => r.code === '208')?.amounts.total, '23.88');
  });

  test('a garbled summary figure drops nothing silently', () => {
    const text = fenyang.replace('一、一般公共预算 484.55一、一般公共服务支出', '一、一般公共预算 48a.55一、一般公共服务支出');
    const result = tryImport(text) as ImportResult;
    assert.ok(result.warnings.some((w) => /表1/.test(w.message.en)));
    assert.notEqual(result.document.summary?.income[0]?.amount, '48.55');
  });

  test('a garbled figure in layout text (Wanli) is reported at its line', () => {
    const text = wanli.replace('212   01   01   行政运行              17,887,739', '212   01   01   行政运行              17,8?7,739');
    const line = lineOf(text, '17,8?7,739');
    const result = tryImport(text) as ImportResult;
    assert.ok(result.warnings.some((w) => w.line === line), JSON.stringify(result.warnings));
  });

  test('text cut in the middle: tables before the cut are read, no crash', () => {
    const cut = fenyang.slice(0, fenyang.indexOf('2101101 行政单位医疗', fenyang.indexOf('表五2024年')));
    const result = tryImport(cut) as ImportResult;
    assert.equal(result.document.summary?.incomeTotal, '484.55');
    assert.deepEqual(result.document.meta.tables.map((t) => t.id), ['表1', '表2', '表3', '表4', '表5']);
    // 表5 is cut before its last rows: what is there is read, and it validates.
    assert.ok(result.document.generalBudgetExpenditure === undefined || result.document.generalBudgetExpenditure.rows.length < 19);
  });

  test('any cut or deleted line never crashes and always validates', () => {
    for (const text of [fenyang, wanli]) {
      const lines = text.split('\n');
      for (let k = 1; k <= 12; k++) {
        tryImport(text.slice(0, Math.floor((text.length * k) / 13)));
        const drop = Math.floor((lines.length * k) / 13);
        tryImport([...lines.slice(0, drop), ...lines.slice(drop + 7)].join('\n'));
      }
    }
  });

  test('a garbled 说明 figure ("7a.80万元"): procurement is not imported, the amount is a warning at its line, no claim invents it', () => {
    const text = fenyang.replace('政府采购服务预算73.80万元', '政府采购服务预算7a.80万元');
    const line = lineOf(text, '7a.80');
    const result = tryImport(text) as ImportResult;
    assert.equal(result.document.procurement, undefined);
    assert.ok(result.warnings.some((w) => w.line === line), JSON.stringify(result.warnings));
    assert.ok(!result.document.claims!.some((c) => c.amount === '80' || c.amount === '7'));
    assert.equal(result.document.claims!.filter((c) => c.subject.kind === 'procurement').length, 3);
  });

  test('an indicator row whose name and value cannot be told apart is a warning; no indicator is invented', () => {
    const printed = '满意度指标 服务对象满意度指群众 ≥90% 服务对象满意度指标群众 ≥90%';
    const text = fenyang.replace(printed, '满意度指标 服务对象满意度指群众 服务对象满意度指标群众');
    const line = lineOf(text, '服务对象满意度指群众 服务对象满意度指标群众');
    const result = tryImport(text) as ImportResult;
    assert.ok(result.warnings.some((w) => w.line === line), JSON.stringify(result.warnings));
    const project = result.document.projects!.units[0]!.projects.find((p) => p.name === '驻太原信访服务中心轮流值班费')!;
    assert.deepEqual(project.performance!.indicators, { implementationPeriod: [], annual: [] });
    assert.equal(project.performance!.annualFunding.total, '42000');
  });

  test('a stated change without its amount is not half-read', () => {
    const text = fenyang.replace('比2023年预算增加0.56万元，增长3.76%', '比2023年预算增加0.56万元');
    const result = tryImport(text) as ImportResult;
    const claim = result.document.claims!.find((c) => c.subject.label === '机关运行经费财政拨款预算');
    assert.equal(claim?.change, undefined);
    assert.equal(result.document.priorYear!.some((p) => p.subject.kind === 'operatingExpenses'), false);
    assert.ok(result.warnings.some((w) => /0\.56/.test(w.message.zh)), JSON.stringify(result.warnings));
  });

  test('input that is not a report is an ImportError', () => {
    assert.throws(() => importReportText(''), ImportError);
    assert.throws(() => importReportText('hello\nworld\n'), ImportError);
    assert.throws(() => importReportText('\u0000\u0001binary%PDF junk'), ImportError);
  });
});
