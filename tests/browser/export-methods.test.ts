import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetAudit } from '../../src/components/budget-audit/budget-audit.js';
import type { BudgetHeadline } from '../../src/components/budget-headline/budget-headline.js';
import type { BudgetProjectCards } from '../../src/components/budget-project-cards/budget-project-cards.js';
import type { BudgetReport } from '../../src/components/budget-report/budget-report.js';
import type { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';
import { defineElements } from '../../src/define.js';
import { EXPORT_FONT_STACK } from '../../src/export/image.js';

defineElements();

interface Row {
  code: string;
  name: string;
  amounts: { total: string };
}
interface Doc {
  meta: { department: { name: string } };
  expenditureBySubject: { rows: Row[] };
  projects: { units: { projects: { name: string; amounts: { total: string } }[] }[] };
}

const reference = (): Promise<Doc> => fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
const HOSTILE = '<img src=x onerror=alert(1)>';

async function sunburst(data: unknown, attrs: { selected?: string; unit?: string } = {}): Promise<BudgetSunburst> {
  const el = await fixture<BudgetSunburst>(html`<budget-sunburst selected=${attrs.selected ?? ''} unit=${attrs.unit ?? ''} .data=${data}></budget-sunburst>`);
  await waitUntil(() => el.shadowRoot!.querySelector('svg path'));
  await el.updateComplete;
  return el;
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
const frameTexts = (doc: Document) => [...doc.documentElement.children].filter((n) => n.localName === 'text').map((n) => n.textContent);
/** CSV lines without the byte-order mark, each split at its commas (the tested cells hold none). */
const csvLines = (text: string) => text.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(','));

describe('toSVG', () => {
  it('frames the chart with title, department, year, unit and the source table, in a CJK font stack', async () => {
    const el = await sunburst(await reference());
    const text = await el.toSVG();
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(frameTexts(doc)).to.deep.equal(['汾阳市信访局 2024年部门预算 · 支出功能分类', '单位：万元', '数据来源：汾阳市信访局2024年部门预算公开报告 表3']);
    expect(doc.documentElement.getAttribute('font-family')).to.equal(EXPORT_FONT_STACK);
    expect(doc.querySelectorAll('path[data-id]').length).to.equal(el.shadowRoot!.querySelectorAll('svg[part="chart"] path[data-id]').length);
  });

  it('shows the zoomed view when `selected` is set, and names it', async () => {
    const el = await sunburst(await reference(), { selected: '201', unit: '元' });
    const doc = parse(await el.toSVG());
    expect(frameTexts(doc)[1]).to.equal('201 一般公共服务支出 · 单位：元');
    const ids = [...doc.querySelectorAll('path[data-id]')].map((p) => p.getAttribute('data-id')!);
    expect(ids.length).to.be.greaterThan(0);
    expect(ids.every((id) => id.startsWith('201'))).to.equal(true, ids.join(' '));
  });

  it('says it in English', async () => {
    const el = await sunburst(await reference());
    el.lang = 'en';
    const doc = parse(await el.toSVG());
    expect(frameTexts(doc)).to.deep.equal([
      '汾阳市信访局: budget 2024 · Expenditure by function',
      'Unit: 10,000 yuan',
      'Source: 汾阳市信访局2024年部门预算公开报告, Table 3',
    ]);
  });

  it('writes a hostile department name as text, never as markup', async () => {
    const data = await reference();
    data.meta.department.name = HOSTILE;
    const el = await sunburst(data);
    const text = await el.toSVG();
    const doc = parse(text);
    expect(doc.querySelector('img')).to.equal(null);
    expect(frameTexts(doc)[0]).to.equal(`${HOSTILE} 2024年部门预算 · 支出功能分类`);
    expect(text).to.contain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('refuses a view without a chart', async () => {
    const el = await fixture<BudgetHeadline>(html`<budget-headline .data=${await reference()}></budget-headline>`);
    let error: unknown;
    await el.toSVG().catch((e) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });
});

describe('toPNG', () => {
  it('is a PNG at twice the framed chart by default, and at the scale asked for', async () => {
    const el = await sunburst(await reference());
    const svg = parse(await el.toSVG()).documentElement;
    const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const chart = el.shadowRoot!.querySelector('svg[part="chart"]')!.getBoundingClientRect();
    expect(width).to.be.greaterThan(chart.width);
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([width * 2, height * 2]);
    const small = await createImageBitmap(await el.toPNG({ scale: 1 }));
    expect([small.width, small.height]).to.deep.equal([width, height]);
  });
});

describe('toCSV', () => {
  it('writes the table of the view with a BOM, the unit in the header and the exact amounts of the report', async () => {
    const data = await reference();
    const el = await sunburst(data);
    const text = await el.toCSV();
    expect(text.startsWith('\uFEFF名称,科目编码,金额（万元）,占上级比例\r\n')).to.equal(true, text.slice(0, 60));
    const byCode = new Map(data.expenditureBySubject.rows.map((row) => [row.code, row.amounts.total]));
    const lines = csvLines(text).slice(1);
    const subjects = lines.filter(([, code]) => byCode.has(code));
    expect(subjects.length).to.be.greaterThan(5);
    for (const [name, code, amount] of subjects) expect(amount, `${code} ${name}`).to.equal(byCode.get(code));
    expect(lines.at(-1)!.slice(0, 3)).to.deep.equal(['全部支出', '', '484.55']);
  });

  it('converts exactly to the unit shown, without grouping separators', async () => {
    const el = await sunburst(await reference(), { unit: '元' });
    const lines = csvLines(await el.toCSV());
    expect(lines[0][2]).to.equal('金额（元）');
    expect(lines.find(([, code]) => code === '201')![2]).to.equal('4388900.00');
  });

  it('keeps a name a spreadsheet would run as a formula as text', async () => {
    const data = await reference();
    data.expenditureBySubject.rows.find((row) => row.code === '201')!.name = '=HYPERLINK("http://x")';
    const el = await sunburst(data);
    expect(await el.toCSV()).to.contain(`"'=HYPERLINK(""http://x"")",201,438.89,`);
  });

  it('lists every project of <budget-project-cards> with its exact amount', async () => {
    const data = await reference();
    const el = await fixture<BudgetProjectCards>(html`<budget-project-cards .data=${data}></budget-project-cards>`);
    const lines = csvLines(await el.toCSV());
    expect(lines[0].slice(0, 2)).to.deep.equal(['项目名称', '金额（万元）']);
    const projects = data.projects.units.flatMap((unit) => unit.projects);
    expect(lines.slice(1).map(([name, amount]) => [name, amount])).to.deep.equal(projects.map((p) => [p.name, p.amounts.total]));
  });

  it('lists the headline figures with the change signed', async () => {
    const el = await fixture<BudgetHeadline>(html`<budget-headline unit="元" .data=${await reference()}></budget-headline>`);
    const text = await el.toCSV();
    expect(text).to.equal(
      '\uFEFF项目,金额（元）\r\n收入总计,4845500.00\r\n支出总计,4845500.00\r\n基本支出,1643700.00\r\n项目支出,3201800.00\r\n比上年,650100.00\r\n2023年支出总计（推算）,4195400.00\r\n',
    );
  });

  it('lists every finding of <budget-audit> the filter shows, not only the table page', async () => {
    const el = await fixture<BudgetAudit>(html`<budget-audit .data=${await reference()}></budget-audit>`);
    await el.updateComplete;
    const lines = csvLines(await el.toCSV());
    expect(lines[0]).to.deep.equal(['规则', '级别', '说明']);
    const counted = [...el.shadowRoot!.querySelectorAll('.group-count')].reduce((sum, c) => sum + Number(/\d+/.exec(c.textContent!)![0]), 0);
    expect(lines.length - 1).to.equal(counted);
  });
});

describe('toZip of <budget-report>', () => {
  it('holds one CSV per table of every view', async () => {
    const el = await fixture<BudgetReport>(html`<budget-report .data=${await reference()}></budget-report>`);
    const archive = new Uint8Array(await (await el.toZip()).arrayBuffer());
    const view = new DataView(archive.buffer);
    const end = archive.length - 22;
    expect(view.getUint32(end, true)).to.equal(0x06054b50);
    const count = view.getUint16(end + 10, true);
    const names: string[] = [];
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < count; i++) {
      const length = view.getUint16(at + 28, true);
      names.push(new TextDecoder().decode(archive.subarray(at + 46, at + 46 + length)));
      at += 46 + length;
    }
    expect(names[0]).to.equal('汾阳市信访局-2024-所有表格-主要数字.csv');
    expect(names).to.include('汾阳市信访局-2024-所有表格-项目支出.csv');
    expect(names.length).to.be.greaterThan(5);
    expect(new Set(names).size).to.equal(names.length);
  });
});
