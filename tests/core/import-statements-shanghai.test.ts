/**
 * The 说明 of the Shanghai reports read as claims (src/core/import/narrative.ts): for every text
 * fixture, the claims with values checked by hand against the report's text, the line and page
 * each claim names, and the "本表为空表" notes. Hostile inputs stay fast.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importReportText } from '../../src/core/import/index.js';
import { ImportContext } from '../../src/core/import/context.js';
import { normaliseText } from '../../src/core/import/lines.js';
import { parseNarrative, subjectLevels } from '../../src/core/import/narrative.js';
import type { BudgetDocument, Claim } from '../../src/core/schema/budget-types.generated.js';
import { validateBudgetFile } from '../../src/core/validate/index.js';
import { minimalDocument } from '../fixtures/minimal-document.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

interface Read {
  text: string;
  doc: BudgetDocument;
  claims: Claim[];
  warnings: string[];
}
const cache = new Map<string, Read>();
function read(name: string): Read {
  let r = cache.get(name);
  if (!r) {
    const text = fixture(name);
    const result = importReportText(text);
    r = { text, doc: result.document, claims: result.document.claims ?? [], warnings: result.warnings.map((w) => `${w.line} ${w.message.zh}`) };
    cache.set(name, r);
  }
  return r;
}

/** The one claim that `pick` selects (fails when none or several do). */
function one(claims: Claim[], pick: (c: Claim) => boolean, what: string): Claim {
  const found = claims.filter(pick);
  assert.equal(found.length, 1, `${what}: ${found.length} claims`);
  return found[0]!;
}
const byCode = (claims: Claim[], code: string) => claims.filter((c) => c.subject.code === code);
const kinds = (claims: Claim[]) => claims.reduce<Record<string, number>>((acc, c) => ((acc[c.subject.kind] = (acc[c.subject.kind] ?? 0) + 1), acc), {});
/** The figures of a claim a test states exactly. */
const figures = (c: Claim) => ({
  amount: c.amount,
  unit: c.unit,
  ...(c.period ? { period: c.period } : {}),
  ...(c.bases ? { bases: c.bases } : {}),
  ...(c.change ? { change: c.change } : {}),
  ...(c.share ? { share: c.share.percent } : {}),
  ...(c.completion ? { completion: c.completion } : {}),
});

const REPORTS = [
  'sh-putuo-czj-2025-dept.txt',
  'sh-putuo-qzfb-2025-dept.txt',
  'sh-putuo-shiquan-2026-unit.pages.txt',
  'sh-putuo-wanli-2023-dept.txt',
  'sh-putuo-wanli-2025-dept.txt',
  'sh-city-czj-2025-unit.txt',
  'sh-putuo-czj-2024-final.txt',
];

describe('every Shanghai report: claims that validate, quote the report and point at their line', () => {
  for (const name of REPORTS) {
    test(name, () => {
      const { text, doc, claims } = read(name);
      assert.equal(validateBudgetFile(doc).valid, true);
      assert.ok(claims.length > 40, `${claims.length} claims`);
      assert.equal(new Set(claims.map((c) => c.id)).size, claims.length, 'ids are unique');
      const lines = text.split('\n');
      const flat = text.replace(/\s+/g, '');
      const grouped = (x: string) => {
        const [int, frac] = x.split('.');
        return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
      };
      for (const c of claims) {
        assert.ok(flat.includes(c.quote.replace(/\s+/g, '')), `${c.id}: the quote is the report's words`);
        assert.ok(c.provenance, `${c.id} has a line`);
        // The line named is where the figure is printed; its page counts the form feeds before it.
        const line = lines[c.provenance.line - 1]!.replace(/\s+/g, '');
        if (c.amount !== undefined) assert.ok(line.includes(c.amount) || line.includes(grouped(c.amount)), `${c.id}: ${c.amount} on line ${c.provenance.line}`);
        assert.equal(c.provenance.page, lines.slice(0, c.provenance.line).join('\n').split('\f').length, `${c.id}: page`);
      }
    });
  }
});

describe('上海市普陀区财政局 2025 部门预算 (科目 items in quotes, printed twice; 三公 with 一致0万元)', () => {
  const { claims, doc } = read('sh-putuo-czj-2025-dept.txt');

  test('what is read, by kind', () => {
    assert.deepEqual(kinds(claims), {
      incomeTotal: 1, fiscalAppropriationTotal: 2, source: 5, expenditureTotal: 1, generalBudgetExpenditure: 1, subject: 16,
      threePublic: 6, operatingExpenses: 1, procurement: 4, projectsManaged: 1, assets: 20, emptyTable: 2,
    });
  });

  test('totals and the change on 2024 (line 84–86)', () => {
    assert.deepEqual(figures(one(claims, (c) => c.id === 'income-total', '收入预算')), { amount: '3121.42', unit: '万元' });
    const fiscal = one(claims, (c) => c.id === 'fiscal-appropriation-total', '财政拨款收入');
    assert.deepEqual(fiscal.change, { direction: 'increase', amount: '107.62', comparedTo: '2024年预算', reason: '人员经费增加、信息化系统日常维护费和中介机构服务费增加项目经费支出', reasonDirection: 'increase' });
    assert.deepEqual(one(claims, (c) => c.subject.source === 'stateCapital', '国有资本').change, { direction: 'flat', comparedTo: '2024年预算' });
    assert.equal(fiscal.provenance?.line, 84);
  });

  test('the 11 items, items 7–11 printed a second time with the same amounts', () => {
    const items = claims.filter((c) => c.subject.kind === 'subject');
    assert.deepEqual(items.map((c) => [c.subject.code, c.amount]), [
      ['2010601', '1623.18'], ['2010602', '10.00'], ['2010607', '166.66'], ['2010608', '418.80'], ['2080501', '87.70'], ['2080505', '174.83'],
      ['2080506', '887.36'], ['2080599', '0.96'], ['2101101', '78.21'], ['2210201', '204.91'], ['2210203', '268.77'],
      ['2080506', '887.36'], ['2080599', '0.96'], ['2101101', '78.21'], ['2210201', '204.91'], ['2210203', '268.77'],
    ]);
    assert.deepEqual(byCode(claims, '2080506').map((c) => c.provenance?.line), [103, 112]);
    // “其它行政事业单位养老支出” is 2080599 其他行政事业单位养老支出 (a variant character).
    assert.equal(byCode(claims, '2080599')[0]!.subject.label, '社会保障和就业支出（类）行政事业单位养老支出（款）其它行政事业单位养老支出（项）');
  });

  test('三公 lines (with 与2024年预算一致0万元 as flat), 机关运行经费, 政府采购, 绩效目标, notes', () => {
    const three = claims.filter((c) => c.subject.kind === 'threePublic');
    assert.deepEqual(three.map((c) => [c.subject.item, c.amount, c.change?.direction]), [
      ['total', '0.95', 'flat'], ['outboundTravel', '0', 'flat'], ['vehicles', '0', undefined], ['vehiclePurchase', '0', 'flat'], ['vehicleOperation', '0', 'flat'], ['reception', '0.95', 'flat'],
    ]);
    assert.equal(one(claims, (c) => c.subject.kind === 'operatingExpenses', '机关运行经费').amount, '229.43');
    assert.deepEqual(doc.procurement, { unit: '万元', section: '三、政府采购预算情况', total: '117.00', goods: '17.00', works: '0', services: '100.00' });
    const projects = one(claims, (c) => c.subject.kind === 'projectsManaged', '绩效目标');
    assert.deepEqual([projects.count, projects.amount], [4, '598.46']);
    const notes = claims.filter((c) => c.subject.kind === 'emptyTable');
    assert.deepEqual(notes.map((c) => [c.table, c.statement, c.provenance?.line]), [['表6', '本表为空表', 308], ['表7', '本表为空表', 322]]);
    const vehicles = claims.filter((c) => c.subject.kind === 'assets');
    assert.deepEqual(vehicles.slice(0, 2).map((c) => [c.subject.label, c.count]), [['车辆', 0], ['部级领导干部用车', 0]]);
  });

  test('the project amounts of 绩效目标设置情况 name no table figure: warnings with their lines', () => {
    const { warnings } = read('sh-putuo-czj-2025-dept.txt');
    assert.ok(warnings.includes('407 说明中的金额“中介机构服务费418.80万元”无法归类，未导入'));
  });
});

describe('上海市普陀区人民政府办公室 2025 (X-Y-Z items, amounts without decimals)', () => {
  const { claims, warnings } = read('sh-putuo-qzfb-2025-dept.txt');

  test('12 items in the dash form, each to its code', () => {
    const items = claims.filter((c) => c.subject.kind === 'subject');
    assert.deepEqual(items.map((c) => [c.subject.code, c.amount]), [
      ['2010301', '1202.95'], ['2010302', '4614'], ['2010350', '380.73'], ['2010399', '2012'], ['2080501', '155.42'], ['2080505', '176.32'],
      ['2080506', '88.16'], ['2080599', '1.48'], ['2101101', '78.29'], ['2101102', '31.42'], ['2210201', '174.14'], ['2210203', '186.77'],
    ]);
    assert.equal(items[1]!.subject.label, '一般公共服务支出-政府办公厅（室）及相关机构事务-一般行政管理事务');
    assert.deepEqual(warnings.filter((w) => /说明/.test(w)), []);
  });

  test('三公 867.50 and its lines, with the reason of the decrease', () => {
    const three = claims.filter((c) => c.subject.kind === 'threePublic');
    assert.deepEqual(three.map((c) => [c.subject.item, c.amount]), [['total', '867.50'], ['outboundTravel', '839'], ['vehicles', '0'], ['vehiclePurchase', '0'], ['vehicleOperation', '0'], ['reception', '28.50']]);
    assert.equal(one(claims, (c) => c.id === 'fiscal-appropriation-total', '财政拨款收入').change?.reasonDirection, 'decrease');
  });
});

describe('万里街道 2023 (items with the 2022 执行数, a restated amount, 增加100.00% from 0)', () => {
  const { claims, doc } = read('sh-putuo-wanli-2023-dept.txt');

  test('34 items; each names its 2022 执行数 and the change on it', () => {
    const items = claims.filter((c) => c.subject.kind === 'subject');
    assert.equal(new Set(items.map((c) => c.subject.code)).size, 34);
    assert.ok(items.every((c) => c.subject.code));
    assert.deepEqual(figures(byCode(claims, '2010506')[0]!), {
      amount: '2.63', unit: '万元',
      bases: [{ words: '2022年当年预算执行数', basis: 'execution', amount: '1.48', year: 2022 }],
      change: { direction: 'increase', comparedTo: '2022年预算执行数', percent: '77.70', reason: '统计管理经费增加' },
    });
    assert.deepEqual(byCode(claims, '2010507')[0]!.bases, [{ words: '2022年当年预算执行数', basis: 'execution', amount: '0', year: 2022 }]);
    assert.deepEqual(byCode(claims, '2040607')[0]!.change, { direction: 'flat', comparedTo: '2022年预算执行数', reason: '公共法律服务经费保持不变' });
  });

  test('statement 16 states 220.63 and then “2023年预算安排441.25万元”: two claims, the change on the second', () => {
    const [first, second] = byCode(claims, '2080506');
    assert.deepEqual([first!.amount, first!.change, first!.period], ['220.63', undefined, undefined]);
    assert.deepEqual([second!.amount, second!.period, second!.change?.percent], ['441.25', { words: '2023年预算安排', year: 2023 }, '60.54']);
    assert.deepEqual([first!.provenance?.line, second!.provenance?.line], [128, 129]);
  });

  test('政府性基金 0万元 “比2022年预算增加1421.25万元”; derived 2022 figures; 三公 flat', () => {
    const fund = one(claims, (c) => c.subject.source === 'governmentFund', '政府性基金');
    assert.deepEqual([fund.amount, fund.change?.amount], ['0', '1421.25']);
    assert.deepEqual(doc.priorYear?.map((p) => [p.subject.kind, p.amount, p.basis]), [
      ['fiscalAppropriationTotal', '15076.61', 'derived'], ['fiscalAppropriationTotal', '15076.61', 'derived'], ['generalBudgetExpenditure', '15076.61', 'derived'],
    ]);
    // “公务接待费1.35万元。比2022年预算持平” — the change opens the next sentence.
    assert.equal(one(claims, (c) => c.subject.item === 'reception', '接待').change?.direction, 'flat');
  });
});

describe('万里街道 2025 (科目 items with “科目”, the misnamed 计划生育事务)', () => {
  const { claims } = read('sh-putuo-wanli-2025-dept.txt');

  test('33 items; “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）” is 2100717, the one 项 of 21007', () => {
    const items = claims.filter((c) => c.subject.kind === 'subject');
    assert.equal(items.length, 33);
    assert.deepEqual([byCode(claims, '2120101')[0]!.amount, byCode(claims, '2100717')[0]!.amount], ['1788.77', '20.00']);
    assert.equal(byCode(claims, '2100717')[0]!.subject.label, '卫生健康支出（类）卫生健康支出（款）计划生育事务（项）');
  });

  test('三公 37.91 down 10 on 2024, its vehicle lines; 政府采购 and 绩效目标', () => {
    const three = claims.filter((c) => c.subject.kind === 'threePublic');
    assert.deepEqual(three.map((c) => [c.subject.item, c.amount, c.change?.direction, c.change?.amount]), [
      ['total', '37.91', 'decrease', '10'], ['outboundTravel', '0', 'flat', undefined], ['vehicles', '36.56', 'decrease', '10'],
      ['vehiclePurchase', '15', 'decrease', '10'], ['vehicleOperation', '21.56', 'flat', undefined], ['reception', '1.35', 'flat', undefined],
    ]);
    const projects = one(claims, (c) => c.subject.kind === 'projectsManaged', '绩效目标');
    assert.deepEqual([projects.count, projects.amount], [49, '8825.98']);
  });
});

describe('石泉路街道 2026 (text without layout: this year and last year’s budget, 执行数, base years)', () => {
  const { claims, doc } = read('sh-putuo-shiquan-2026-unit.pages.txt');
  const items = claims.filter((c) => c.subject.kind === 'subject');
  /** The item whose label ends with the 项 name. */
  const item = (name: string) => items.filter((c) => c.subject.label!.endsWith(`${name}（项）`));
  /** The code, when the tables have the 项 row (the importer reads the codes printed together, "2010506统计管理"). */
  const codeOf = (code: string) => ([doc.expenditureBySubject, doc.generalBudgetExpenditure, doc.governmentFundExpenditure].some((t) => t?.rows.some((r) => r.code === code)) ? code : undefined);

  test('34 items (one restated), each with this year’s amount, last year’s budget and 执行数, and the change on the 执行数', () => {
    assert.equal(items.length, 35);
    const [first] = item('统计管理');
    assert.deepEqual(figures(first!), {
      amount: '0.12', unit: '万元', period: { words: '2026年度预算', year: 2026 },
      bases: [{ words: '2025年度预算', basis: 'budget', amount: '3.84', year: 2025 }, { words: '2025年当年预算执行数', basis: 'execution', amount: '3.39', year: 2025 }],
      change: { direction: 'decrease', comparedTo: '2025年预算执行数', percent: '96.46', reason: '街道统计类事务减少' },
    });
    assert.equal(first!.subject.code, codeOf('2010506'));
    assert.equal(item('群众体育')[0]!.subject.code, codeOf('2070308'));
  });

  test('the base years as printed: 比2024年预算执行数 (科普活动), 2024年度预算 (行政运行), 2025年预算安排 (红十字事业)', () => {
    assert.deepEqual(item('科普活动')[0]!.change, { direction: 'increase', comparedTo: '2024年预算执行数', percent: '79.53', reason: '加大力度推进科普宣传和活动' });
    assert.deepEqual(item('行政运行')[0]!.bases?.[0], { words: '2024年度预算', basis: 'budget', amount: '1676.41', year: 2024 });
    const [main, restated] = items.filter((c) => c.subject.label!.includes('红十字事业'));
    assert.deepEqual([main!.amount, main!.period?.words, restated!.amount, restated!.period], ['8.61', '2026年度预算', '8.61', { words: '2025年预算安排', year: 2025 }]);
    assert.equal(restated!.change?.percent, '21.10');
    // 2026年度预算30万元 …（其他住房保障支出）2025年当年预算执行数为0万元: a new item, no change stated.
    assert.deepEqual(item('其他住房保障支出')[0]!.change, undefined);
  });

  test('“财政拨款收入支出增加的主要原因是…” after stated decreases', () => {
    const fiscal = claims.filter((c) => c.subject.kind === 'fiscalAppropriationTotal');
    assert.deepEqual(fiscal.map((c) => [c.amount, c.change?.direction, c.change?.reasonDirection]), [['7630.61', 'decrease', 'increase'], ['7630.61', 'decrease', 'increase']]);
  });

  test('三公 8.53 (down 25 on 2025); the note of the empty 国有资本经营 table', () => {
    assert.deepEqual(one(claims, (c) => c.subject.item === 'total', '三公').change, { direction: 'decrease', amount: '25', comparedTo: '2025年预算' });
    const note = one(claims, (c) => c.subject.kind === 'emptyTable', 'note');
    assert.deepEqual([note.table, note.provenance?.line], ['表7', 469]);
  });
});

describe('上海市财政局 2025 单位预算 (类 items by name, 为0 without a unit)', () => {
  const { claims } = read('sh-city-czj-2025-unit.txt');
  test('four 类 items and 政府性基金拨款支出预算为0', () => {
    assert.deepEqual(claims.filter((c) => c.subject.kind === 'subject').map((c) => [c.subject.code, c.amount]), [['201', '12789'], ['208', '1756'], ['210', '467'], ['221', '2180']]);
    assert.equal(one(claims, (c) => c.subject.source === 'governmentFund', '政府性基金').amount, '0');
    assert.equal(one(claims, (c) => c.subject.item === 'total', '三公').amount, '346.30');
  });
});

describe('普陀区财政局 2024 决算 (年初预算 and 支出决算, completion rates, shares)', () => {
  const { claims, doc } = read('sh-putuo-czj-2024-final.txt');

  test('totals with their change on 2023 and shares', () => {
    assert.deepEqual(figures(one(claims, (c) => c.id === 'income-total', '收入支出总计')), {
      amount: '2995.39', unit: '万元', change: { direction: 'decrease', amount: '56.95', comparedTo: '2023年度', percent: '1.87' },
    });
    assert.deepEqual(one(claims, (c) => c.subject.kind === 'basic' && !!c.share, '基本支出').share, { percent: '79.49', of: { kind: 'expenditureTotal', label: '本年支出合计' } });
    assert.deepEqual(claims.filter((c) => c.subject.kind === 'subject' && c.subject.code!.length === 3).map((c) => [c.subject.code, c.amount, c.share?.percent]), [
      ['201', '2106.66', '71.73'], ['208', '326.72', '11.11'], ['210', '60.99', '2.07'], ['221', '445.69', undefined],
    ]);
  });

  test('完成年初预算的98.20%: the amount (支出决算), the base (年初预算) and the rate', () => {
    const c = one(claims, (x) => !!x.completion && x.subject.kind === 'generalBudgetExpenditure', 'completion');
    assert.deepEqual(figures(c), { amount: '2940.05', unit: '万元', bases: [{ words: '年初预算', basis: 'initialBudget', amount: '2993.92' }], completion: { percent: '98.20', comparedTo: '年初预算' } });
    const three = one(claims, (x) => x.subject.item === 'total' && !!x.completion, '三公');
    assert.deepEqual([three.amount, three.bases?.[0]?.amount, three.completion?.percent], ['0.00', '0.95', '0']);
  });

  test('the items: 支出决算 with 年初预算; a scrambled item is left out with a warning, never misread', () => {
    const items = claims.filter((c) => c.subject.kind === 'subject' && c.subject.code!.length === 7);
    assert.deepEqual(items.map((c) => [c.subject.code, c.amount, c.bases?.[0]?.amount]), [
      ['2010601', '1511.89', '1560.05'], ['2010602', '10.00', '10.00'], ['2010607', '135.25', '135.90'], ['2010608', undefined, '450.52'],
      ['2080501', '84.65', '85.55'], ['2080506', '80.38', '80.81'], ['2080599', '0.94', '0.94'], ['2101101', '60.99', '62.29'],
      ['2210201', '187.19', '187.75'], ['2210203', '258.50', '258.50'],
    ]);
    assert.ok(read('sh-putuo-czj-2024-final.txt').warnings.some((w) => w.startsWith('599 ') && /无法读取/.test(w)));
  });

  test('机关运行经费 and 政府采购 of a 决算 (采购金额)', () => {
    assert.deepEqual(one(claims, (c) => c.subject.kind === 'operatingExpenses', '机关运行经费').change, { direction: 'increase', comparedTo: '2023年度', amount: '2.55', percent: '1.40' });
    assert.deepEqual(doc.procurement, { unit: '万元', section: '（二）政府采购支出情况', total: '251.25', goods: '4.79', works: '0', services: '246.47' });
  });
});

describe('科目 labels', () => {
  test('the forms the reports use', () => {
    assert.deepEqual(subjectLevels('一般公共服务支出（类）财政事务（款）行政运行（项）'), { names: ['一般公共服务支出', '财政事务', '行政运行'], codes: ['', '', ''], marked: true });
    assert.deepEqual(subjectLevels('公共安全支出（204类）司法（06款）公共法律服务（07项）')?.codes, ['204', '06', '07']);
    assert.deepEqual(subjectLevels('一般公共服务支出(类）-统计信息事务（款）-统计管理（项）')?.names, ['一般公共服务支出', '统计信息事务', '统计管理']);
    assert.deepEqual(subjectLevels('住房保障支出-住房改革支出-购房补贴')?.names, ['住房保障支出', '住房改革支出', '购房补贴']);
    assert.equal(subjectLevels('社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老161.62万元'), undefined);
  });

  test('the (204类) form with codes is read by its codes', () => {
    const doc = minimalDocument();
    doc.meta.fiscalYear = 2024;
    const lines = normaliseText('2024年部门预算编制说明\n1.“一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）”60.00万元，主要用于行政运行。\n');
    const { claims } = parseNarrative(lines, doc, [], new ImportContext());
    assert.deepEqual(claims.map((c) => [c.subject.code, c.amount]), [['2010301', '60.00']]);
  });
});

describe('a note saying a table is empty over a table full of figures', () => {
  test('the table is read as printed and the note kept as a claim', () => {
    const text = fixture('sh-putuo-shiquan-2026-unit.pages.txt').replace(
      '合计 3,680,000 3,680,000 \n\f2026年预算单位国有资本经营预算支出功能分类预算表',
      '合计 3,680,000 3,680,000 \n注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。\n\f2026年预算单位国有资本经营预算支出功能分类预算表',
    );
    assert.notEqual(text, fixture('sh-putuo-shiquan-2026-unit.pages.txt'));
    const doc = importReportText(text).document;
    assert.equal(doc.meta.tables.find((t) => t.id === '表6')?.status, 'data');
    assert.equal(doc.governmentFundExpenditure?.total.total, '3680000');
    assert.deepEqual(doc.claims!.filter((c) => c.subject.kind === 'emptyTable').map((c) => c.table), ['表6', '表7']);
  });
});

describe('a change printed in another unit than its amount', () => {
  const claimsOf = (body: string) => parseNarrative(normaliseText(`2024年部门预算编制说明\n${body}\n`), minimalDocument(), [], new ImportContext()).claims;

  test('is converted exactly into the claim\'s unit; the quote keeps the printed text', () => {
    const [claim] = claimsOf('支出预算100.00万元，比上年增加100000元，增长11.11%。');
    assert.equal(claim!.unit, '万元');
    assert.equal(claim!.change?.amount, '10');
    assert.match(claim!.quote, /100000元/);
  });

  test('in 亿元 too', () => {
    const [claim] = claimsOf('收入预算3500.00万元，比上年减少0.05亿元。');
    assert.equal(claim!.change?.amount, '500');
    assert.equal(claim!.change?.direction, 'decrease');
  });
});

describe('hostile input is read in linear time (a pathological case would exceed the timeout)', () => {
  const run = (body: string) => parseNarrative(normaliseText(`2024年部门预算编制说明\n${body}\n`), minimalDocument(), [], new ImportContext());
  test('160k spaces, 4k commas, long runs of digits, quotes and brackets', { timeout: 30_000 }, () => {
    for (const body of [
      `收入预算${' '.repeat(160_000)}1.00万元。`,
      `收入预算1${','.repeat(4000)}万元，${'，'.repeat(4000)}`,
    ]) {
      assert.ok(Array.isArray(run(body).claims), body.slice(0, 20));
    }
  });
});
