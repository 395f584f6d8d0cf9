import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Dec } from '../../src/core/decimal.js';
import { formatAmount, type Lang } from '../../src/core/format.js';
import { buildSubjectHierarchy } from '../../src/core/hierarchy.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';
import { buildSunburst, type SunburstArc } from '../../src/core/sunburst/model.js';
import { changeAnnouncement, sunburstSummary, type SummaryContext } from '../../src/core/sunburst/summary.js';
import { syntheticCityTable } from '../../src/core/sunburst/synthetic.js';

const reference: BudgetDocument = JSON.parse(readFileSync(new URL('../../data/fenyang-xinfang-2024.json', import.meta.url), 'utf8'));
const root = buildSubjectHierarchy(reference.expenditureBySubject!, 'total');

const context = (lang: Lang): SummaryContext => ({
  lang,
  department: '汾阳市信访局',
  metric: lang === 'en' ? 'total' : '合计',
  name: (arc: SunburstArc) => (arc.id === '' ? (lang === 'en' ? 'All expenditure' : '全部支出') : arc.kind === 'other' ? `其他（${arc.members.length}项）` : arc.name),
  money: (amount: Dec) => formatAmount(amount, lang, { from: '万元', minDecimals: 2, maxDecimals: 2 }),
});

describe('sunburstSummary', () => {
  test('says what the chart shows, the total, the rings and the largest 类 with shares, in Chinese', () => {
    assert.equal(
      sunburstSummary(buildSunburst(root), context('zh-CN')),
      '旭日图：汾阳市信访局按支出功能分类的支出（合计），显示全部支出，合计484.55万元。' +
        '由内向外共4个类、5个款、11个项。' +
        '最大的类：一般公共服务支出，438.89万元，占90.58%；社会保障和就业支出，23.88万元，占4.93%；住房保障支出，14.44万元，占2.98%。',
    );
  });

  test('says the same in English', () => {
    assert.equal(
      sunburstSummary(buildSunburst(root), context('en')),
      'Sunburst chart of 汾阳市信访局 expenditure by functional classification (total), showing All expenditure: 484.55 (10,000 yuan) in all. ' +
        'From the centre outward: 4 classes, 5 sections and 11 items. ' +
        'Largest classes: 一般公共服务支出, 438.89 (10,000 yuan), 90.58%; 社会保障和就业支出, 23.88 (10,000 yuan), 4.93%; 住房保障支出, 14.44 (10,000 yuan), 2.98%.',
    );
  });

  test('describes the zoomed view: the centre with its code, the levels below it, its largest 款', () => {
    const summary = sunburstSummary(buildSunburst(root, { focus: '201' }), context('zh-CN'));
    assert.match(summary, /显示201 一般公共服务支出，合计438\.89万元。由内向外共2个款、4个项。最大的款：信访事务，320\.18万元，占72\.95%；/);
    const item = sunburstSummary(buildSunburst(root, { focus: '2014099' }), context('en'));
    assert.equal(item, 'Sunburst chart of 汾阳市信访局 expenditure by functional classification (total), showing 2014099 其他信访事务支出: 305.00 (10,000 yuan) in all.');
  });

  test('counts the members of grouped small siblings and names at most three parts', () => {
    const city = buildSubjectHierarchy(syntheticCityTable({ classes: 24, sectionsPerClass: 10, itemsPerSection: 12, seed: 7 }), 'total');
    const model = buildSunburst(city, { maxArcs: 300 });
    assert.ok(model.arcs.some((arc) => arc.kind === 'other'));
    const summary = sunburstSummary(model, context('zh-CN'));
    const counted = /共(\d+)个类、(\d+)个款、(\d+)个项/.exec(summary)!.slice(1).map(Number);
    assert.equal(counted[0], 24);
    assert.ok(counted[2] > 300, 'grouped 项 are counted too');
    assert.equal(summary.split('最大的类：')[1].split('；').length, 3);
  });
});

describe('changeAnnouncement', () => {
  const model = buildSunburst(root, { focus: '201' });
  test('names the event, the code and name, the amount and the share', () => {
    const arc = model.byId.get('20103')!;
    assert.match(changeAnnouncement('zoom', arc, context('zh-CN')), /^已放大：20103 政府办公厅（室）及相关机构事务，\d+\.\d\d万元，占\d+\.\d\d%$/);
    assert.match(changeAnnouncement('select', arc, context('en')), /^Selected: 20103 政府办公厅（室）及相关机构事务, \d+\.\d\d \(10,000 yuan\), \d+\.\d\d%$/);
  });

  test('leaves out the share of the whole budget, which has none', () => {
    assert.equal(changeAnnouncement('zoomOut', buildSunburst(root).focus, context('zh-CN')), '已返回：全部支出，484.55万元');
  });
});
