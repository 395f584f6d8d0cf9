import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';
import { syntheticCityTable } from '../../src/core/sunburst/synthetic.js';
import { defineElements } from '../../src/define.js';
import { minimalDocument } from '../fixtures/minimal-document.js';
import { contrastRatio } from '../../src/core/palette.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './screenshot.js';

defineElements();

const REFERENCE_URL = '/data/fenyang-xinfang-2024.json';
const reference = () => fetch(REFERENCE_URL).then((r) => r.json());

async function renderSunburst(data: unknown, attrs = ''): Promise<BudgetSunburst> {
  const el = await fixture<BudgetSunburst>(html`<budget-sunburst style="width: 800px" .data=${data}></budget-sunburst>`);
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=');
    el.setAttribute(name, value ?? '');
  }
  await el.updateComplete;
  return el;
}

const root = (el: BudgetSunburst) => el.shadowRoot!;
const rgbToHex = (color: string) => '#' + color.match(/\d+/g)!.slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('');
const arcs = (el: BudgetSunburst) => [...root(el).querySelectorAll<SVGPathElement>('path[role="treeitem"]')];
const arcLabels = (el: BudgetSunburst) => arcs(el).map((a) => a.getAttribute('aria-label'));
const arc = (el: BudgetSunburst, id: string) => root(el).querySelector<SVGPathElement>(`path[data-id="${id}"]`)!;
const centre = (el: BudgetSunburst) => root(el).querySelector<SVGCircleElement>('#arc-centre')!;
const breadcrumb = (el: BudgetSunburst) => [...root(el).querySelectorAll('[part="breadcrumb"] button')].map((b) => b.textContent!.trim());

async function settle(el: BudgetSunburst) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<budget-sunburst> on the reference report', () => {
  it('draws one arc per non-zero 科目 with its name, amount and share', async () => {
    const el = await renderSunburst(await reference());
    expect(arcs(el)).to.have.length(20);
    expect(arcLabels(el)).to.include('一般公共服务支出，438.89万元，占90.58%');
    expect(arcLabels(el)).to.include('社会保障和就业支出，23.88万元，占4.93%');
    expect(arcLabels(el)).to.include('卫生健康支出，7.34万元，占1.51%');
    expect(arcLabels(el)).to.include('住房保障支出，14.44万元，占2.98%');
    expect(arc(el, '2014099').getAttribute('aria-label')).to.equal('其他信访事务支出，305.00万元，占95.26%');
    expect(centre(el).getAttribute('aria-label')).to.equal('全部支出，484.55万元');
  });

  it('sizes arcs by the chosen metric and hides zero arcs', async () => {
    const el = await renderSunburst(await reference(), 'metric=project');
    expect(arcs(el).map((a) => a.dataset.id)).to.deep.equal(['201', '20140', '2014099', '2014004']);
    expect(centre(el).getAttribute('aria-label')).to.equal('全部支出，320.18万元');
  });

  it('speaks English and converts units exactly', async () => {
    const el = await renderSunburst(await reference(), 'lang=en unit=元');
    expect(arc(el, '201').getAttribute('aria-label')).to.equal('一般公共服务支出, 4,388,900.00 yuan, 90.58%');
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('汾阳市信访局: expenditure by function, sunburst (total)');
  });

  it('zooms in on click, announces the selection and zooms out from the centre', async () => {
    const el = await renderSunburst(await reference());
    const selected = oneEvent(el, 'budget-select');
    arc(el, '201').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const event = await selected;
    await settle(el);
    expect(event.detail).to.deep.include({ code: '201', name: '一般公共服务支出', amount: '438.89', unit: '万元' });
    expect(el.getAttribute('selected')).to.equal('201');
    expect(breadcrumb(el)).to.deep.equal(['全部支出', '一般公共服务支出']);
    // Depth first, each parent before its children; siblings by amount.
    expect(arcs(el).map((a) => a.dataset.id)).to.deep.equal(['20140', '2014099', '2014004', '20103', '2010301', '2010350']);
    expect(centre(el).getAttribute('aria-label')).to.equal('一般公共服务支出，438.89万元，占上级90.58%。返回上一级');
    centre(el).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect(el.getAttribute('selected')).to.equal('');
    expect(arcs(el)).to.have.length(20);
  });

  it('is one tab stop, moves with the arrow keys and zooms with Enter, Escape and Backspace', async () => {
    const el = await renderSunburst(await reference());
    const focusable = [...root(el).querySelectorAll('svg [tabindex="0"]')];
    expect(focusable).to.have.length(1);
    centre(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('201');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('208');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('210');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('201');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('20140');
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(el.selected).to.equal('201');
    // Focus shows the tooltip: the first Escape closes it, the second zooms out.
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.selected).to.equal('');
    expect(root(el).querySelectorAll('svg [tabindex="0"]')).to.have.length(1);
  });

  it('gives every arc its level and position for screen readers', async () => {
    const el = await renderSunburst(await reference());
    const a = arc(el, '208');
    expect([a.getAttribute('aria-level'), a.getAttribute('aria-posinset'), a.getAttribute('aria-setsize')]).to.deep.equal(['2', '2', '4']);
    expect(arc(el, '2010301').getAttribute('aria-level')).to.equal('4');
  });

  it('follows the selected attribute set from outside', async () => {
    const el = await renderSunburst(await reference());
    el.setAttribute('selected', '20805');
    await settle(el);
    expect(breadcrumb(el)).to.deep.equal(['全部支出', '社会保障和就业支出', '行政事业单位养老支出']);
    expect(arcs(el).map((a) => a.dataset.id)).to.deep.equal(['2080505', '2080506', '2080501']);
  });

  it('keeps the table view in step with the chart at every level', async () => {
    const el = await renderSunburst(await reference());
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await settle(el);
    const check = () => {
      const rows = [...root(el).querySelectorAll('tbody tr')];
      expect(rows).to.have.length(arcs(el).length);
      rows.forEach((row, i) => {
        const [name] = arcs(el)[i].getAttribute('aria-label')!.split('，');
        const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
        expect(cells[0]).to.equal(name);
        expect(arcs(el)[i].getAttribute('aria-label')).to.contain(`${cells[2]}万元，占${cells[3]}`);
      });
      expect(root(el).querySelector('caption')!.textContent).to.contain('单位：万元');
    };
    check();
    arc(el, '208').dispatchEvent(new MouseEvent('click'));
    await settle(el);
    check();
    expect(root(el).querySelector('caption')!.textContent).to.contain('社会保障和就业支出');
    arc(el, '20805').dispatchEvent(new MouseEvent('click'));
    await settle(el);
    check();
  });

  it('shows a tooltip on focus inside the top layer, dismissed by Escape', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px; height: 200px; overflow: hidden">
      <budget-sunburst></budget-sunburst>
    </div>`);
    const el = wrapper.querySelector('budget-sunburst')!;
    el.data = await reference();
    await settle(el);
    arc(el, '221').focus();
    await settle(el);
    const tip = root(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.matches(':popover-open')).to.equal(true);
    expect(tip.textContent).to.contain('221 住房保障支出');
    expect(tip.textContent).to.contain('14.44万元');
    await expectNoAxeViolations(el);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(tip.matches(':popover-open')).to.equal(false);
    expect(el.selected).to.equal('', 'the first Escape only closes the tooltip');
  });

  it('has no accessibility violations at the start and when zoomed', async () => {
    const el = await renderSunburst(await reference(), 'show-table');
    await expectNoAxeViolations(el);
    arc(el, '201').dispatchEvent(new MouseEvent('click'));
    await settle(el);
    await expectNoAxeViolations(el);
  });

  it('runs no animation when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await renderSunburst(await reference());
      arc(el, '201').dispatchEvent(new MouseEvent('click'));
      await settle(el);
      expect(root(el).getAnimations().filter((a) => a.playState === 'running')).to.have.length(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('animates a zoom for at most 750 ms otherwise', async () => {
    const el = await renderSunburst(await reference());
    arc(el, '201').dispatchEvent(new MouseEvent('click'));
    await settle(el);
    const running = root(el).getAnimations();
    expect(running.length).to.be.greaterThan(0);
    for (const animation of running) expect(Number(animation.effect!.getTiming().duration)).to.be.at.most(750);
  });

  it('shows the tooltip on hover too, with the complete name', async () => {
    const el = await renderSunburst(await reference());
    const target = arc(el, '2080505');
    target.dispatchEvent(new MouseEvent('mouseenter'));
    await settle(el);
    const tip = root(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.matches(':popover-open')).to.equal(true);
    expect(tip.textContent).to.contain('2080505 机关事业单位基本养老保险缴费支出');
    target.dispatchEvent(new MouseEvent('mouseleave'));
    await settle(el);
    expect(tip.matches(':popover-open')).to.equal(false);
  });

  it('keeps arcs apart and focus visible in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await renderSunburst(await reference());
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(arc(el, '201')).stroke).to.equal(canvasText, 'arcs are outlined in the system text colour');
      arc(el, '201').focus();
      await settle(el);
      expect(root(el).querySelector('.focus-ring')).to.not.equal(null);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('fits a 360 px phone with no text under 12 px', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await fixture<BudgetSunburst>(html`<budget-sunburst></budget-sunburst>`);
      el.data = await reference();
      await waitUntil(() => root(el).querySelector('svg'));
      await aTimeout(50);
      await settle(el);
      const svg = root(el).querySelector('svg')!;
      expect(svg.getBoundingClientRect().width).to.be.at.most(360);
      for (const text of root(el).querySelectorAll('text, button, p')) {
        expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(12);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<budget-sunburst> for screen readers', () => {
  const announcement = (el: BudgetSunburst) => root(el).querySelector('[part="announcement"]')!.textContent!.trim();

  it('describes the chart with a generated summary the svg points to', async () => {
    const el = await renderSunburst(await reference());
    const svg = root(el).querySelector('svg')!;
    const summary = root(el).querySelector('#summary')!;
    expect(svg.getAttribute('aria-describedby')!.split(' ')).to.include('summary');
    expect(summary.textContent).to.contain('合计484.55万元');
    expect(summary.textContent).to.contain('由内向外共4个类、5个款、11个项');
    expect(summary.textContent).to.contain('最大的类：一般公共服务支出，438.89万元，占90.58%');
    el.lang = 'en';
    await settle(el);
    expect(root(el).querySelector('#summary')!.textContent).to.contain('From the centre outward: 4 classes, 5 sections and 11 items.');
  });

  it('announces zooms and selections in the live region', async () => {
    const el = await renderSunburst(await reference());
    arc(el, '201').dispatchEvent(new MouseEvent('click'));
    await waitUntil(() => announcement(el) !== '', 'the zoom is announced');
    expect(announcement(el)).to.equal('已放大：201 一般公共服务支出，438.89万元，占90.58%');
    expect(root(el).querySelector('#summary')!.textContent).to.contain('显示201 一般公共服务支出');
    arc(el, '2010301').dispatchEvent(new MouseEvent('click'));
    await waitUntil(() => announcement(el).startsWith('已选中'), 'the selection is announced');
    expect(announcement(el)).to.match(/^已选中：2010301 行政运行，[\d.]+万元，占[\d.]+%$/);
    centre(el).dispatchEvent(new MouseEvent('click'));
    await waitUntil(() => announcement(el).startsWith('已返回'), 'the zoom out is announced');
    expect(announcement(el)).to.equal('已返回：全部支出，484.55万元');
  });

  it('zooms out with Enter or Space on the zoomed centre', async () => {
    const el = await renderSunburst(await reference(), 'selected=20103');
    await settle(el);
    centre(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('201');
    expect(root(el).activeElement?.getAttribute('data-id'), 'focus stays on the arc zoomed out of').to.equal('20103');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(root(el).activeElement?.id).to.equal('arc-centre');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.selected).to.equal('');
  });
});

describe('<budget-sunburst> colours', () => {
  const surfaceOf = (el: BudgetSunburst) => {
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.fillStyle = getComputedStyle(el).getPropertyValue('--_budget-color-surface').trim();
    return probe.fillStyle;
  };

  it('takes a 类 colour from --budget-class-<code> with readable text on it', async () => {
    const el = await renderSunburst(await reference());
    const before = arc(el, '201').getAttribute('fill');
    el.style.setProperty('--budget-class-201', '#ffeb3b');
    el.requestUpdate();
    await settle(el);
    const fill = arc(el, '201').getAttribute('fill')!;
    expect(fill).to.not.equal(before);
    expect(fill).to.equal('#ffeb3b');
    const label = arc(el, '201').nextElementSibling as SVGTextElement;
    expect(label.tagName).to.equal('text');
    expect(label.getAttribute('fill')).to.equal('#000000');
    expect(contrastRatio(fill, label.getAttribute('fill')!)).to.be.at.least(4.5);
    expect(arc(el, '20103').getAttribute('fill'), 'its 款 are tints of it').to.match(/^#ff[ef][0-9a-f]{3}$/);
    expect(arc(el, '201').classList.contains('outlined')).to.equal(true, 'a light yellow on white is outlined');
    expect(contrastRatio(rgbToHex(getComputedStyle(arc(el, '201')).stroke), '#ffffff')).to.be.at.least(3);
    el.style.setProperty('--budget-class-208', 'hsl(120 60% 30% / 0.5)');
    el.requestUpdate();
    await settle(el);
    expect(arc(el, '208').getAttribute('fill'), 'a translucent colour as it shows on the surface').to.match(/^#[0-9a-f]{6}$/);
    await screenshot('sunburst-custom-palette');
    await expectNoAxeViolations(el);
  });

  for (const how of ['theme="dark"', 'prefers-color-scheme: dark']) {
    it(`keeps every arc visible on the dark surface, with readable labels (${how})`, async () => {
      try {
        const el = await renderSunburst(await reference(), how.startsWith('theme') ? 'theme=dark show-table' : 'show-table');
        // The reader switching to dark after the chart is drawn: it repaints.
        if (how.startsWith('prefers')) {
          await emulateMedia({ colorScheme: 'dark' });
          await waitUntil(() => contrastRatio(surfaceOf(el), '#ffffff') > 10 && arc(el, '201').classList.contains('outlined'), 'the chart repaints');
        }
        await settle(el);
        const surface = surfaceOf(el);
        expect(contrastRatio(surface, '#ffffff')).to.be.greaterThan(10, 'the surface is dark');
        for (const path of arcs(el)) {
          const edge = rgbToHex(getComputedStyle(path).stroke);
          const fill = path.getAttribute('fill')!;
          const seen = Math.max(contrastRatio(fill, surface), path.classList.contains('outlined') ? contrastRatio(edge, surface) : 0);
          expect(seen, `${path.dataset.id} ${fill} / ${edge} on ${surface}`).to.be.at.least(3);
        }
        for (const label of root(el).querySelectorAll<SVGTextElement>('text.label')) {
          const fill = (label.previousElementSibling as SVGPathElement).getAttribute('fill')!;
          expect(contrastRatio(fill, label.getAttribute('fill')!)).to.be.at.least(4.5);
        }
        if (how.startsWith('theme')) await screenshot('sunburst-dark');
        await expectNoAxeViolations(el);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

describe('<budget-sunburst> units', () => {
  it('never shows a non-zero amount as 0 in 亿元, and gives every table figure the same decimals', async () => {
    const el = await renderSunburst(await reference(), 'unit=亿元 show-table');
    await settle(el);
    const zero = /(^|[^\d.,])0(\.0+)?(?![\d.])/;
    const shown = [...arcLabels(el), ...[...root(el).querySelectorAll('svg text, #summary')].map((t) => t.textContent!.trim())];
    for (const text of shown) expect(text, text!).to.not.match(zero);
    const figures = [...root(el).querySelectorAll('td')].map((td) => td.textContent!.trim()).filter((text) => /^[\d,]+\.\d+$/.test(text));
    expect(figures.length).to.be.greaterThan(20);
    for (const figure of figures) expect(Number(figure.replace(/,/g, '')), figure).to.be.greaterThan(0);
    expect(new Set(figures.map((f) => f.split('.')[1].length)).size, figures.join(' ')).to.equal(1);
    expect(centre(el).getAttribute('aria-label')).to.match(/^全部支出，0\.0\d*[1-9]\d*亿元$/);
    arc(el, '221').focus();
    await settle(el);
    expect(root(el).querySelector('[part="tooltip"]')!.textContent).to.contain('0.001444亿元', 'the tooltip is exact');
  });
});

describe('<budget-sunburst> loading and states', () => {
  it('shows a loading status, then the document of the last src set', async () => {
    const el = await fixture<BudgetSunburst>(html`<budget-sunburst></budget-sunburst>`);
    el.src = `${REFERENCE_URL}?delay=600`;
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('正在加载');
    el.src = '/tests/fixtures/tiny-budget.json?delay=50';
    await waitUntil(() => root(el).querySelector('svg'), 'the second document loads');
    await aTimeout(800);
    await settle(el);
    expect(centre(el).getAttribute('aria-label')).to.equal('全部支出，100.00万元', 'the slower first answer is ignored');
  });

  it('draws the new document when src changes after a first one has loaded', async () => {
    const el = await fixture<BudgetSunburst>(html`<budget-sunburst src="/tests/fixtures/tiny-budget.json"></budget-sunburst>`);
    await waitUntil(() => root(el).querySelector('svg'), 'the first document loads');
    expect(centre(el).getAttribute('aria-label')).to.equal('全部支出，100.00万元');
    el.src = REFERENCE_URL;
    await waitUntil(() => centre(el)?.getAttribute('aria-label') === '全部支出，484.55万元', 'the second document replaces the first');
    expect(arcs(el)).to.have.length(20);
  });

  it('announces a loaded document with budget-load', async () => {
    const el = document.createElement('budget-sunburst');
    const loaded = oneEvent(el, 'budget-load');
    el.src = REFERENCE_URL;
    document.body.append(el);
    try {
      expect((await loaded).detail.document.meta.department.name).to.equal('汾阳市信访局');
    } finally {
      el.remove();
    }
  });

  it('gives up after its timeout with an alert that says so', async () => {
    const el = await fixture<BudgetSunburst>(html`<budget-sunburst timeout="100" src=${`${REFERENCE_URL}?delay=2000`}></budget-sunburst>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the timeout alert appears', { timeout: 1500 });
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('加载超时');
  });

  it('aborts its request when it leaves the page', async () => {
    const el = document.createElement('budget-sunburst');
    const events: string[] = [];
    el.addEventListener('budget-load', () => events.push('load'));
    el.addEventListener('budget-error', () => events.push('error'));
    el.src = `${REFERENCE_URL}?delay=300`;
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await aTimeout(600);
    expect(events).to.deep.equal([]);
  });

  const failures: [string, string, RegExp][] = [
    ['a server error', `${REFERENCE_URL}?status=500`, /服务器返回错误：500/],
    ['a missing file', '/data/none.json', /服务器返回错误：404/],
    ['text that is not JSON', '/README.md', /不是合法的 JSON/],
    ['a javascript: URL', 'javascript:alert(1)', /只接受 http、https 或相对地址/],
  ];
  for (const [name, src, message] of failures) {
    it(`shows an alert for ${name}`, async () => {
      const el = await fixture<BudgetSunburst>(html`<budget-sunburst src=${src}></budget-sunburst>`);
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'an alert appears');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(message);
    });
  }

  it('names the JSON path of an invalid document, and passes axe', async () => {
    const doc = minimalDocument() as any;
    doc.expenditureBySubject.rows[2].amounts.total = '1e309';
    const el = await renderSunburst(doc);
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('$.expenditureBySubject.rows[2].amounts.total');
    expect(alert.textContent).to.contain('"1e309"');
    await expectNoAxeViolations(el);
  });

  it('shows an empty state for a document without expenditure', async () => {
    const doc = minimalDocument();
    delete doc.expenditureBySubject;
    const el = await renderSunburst(doc);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('没有可显示的数据');
  });

  it('shows names with markup and script as plain text', async () => {
    const doc = minimalDocument();
    doc.expenditureBySubject!.rows[0].name = '<img src=x onerror="window.__sunburstPwned=1">公共服务';
    const el = await renderSunburst(doc);
    expect(arc(el, '201').getAttribute('aria-label')).to.contain('<img src=x');
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as any).__sunburstPwned).to.equal(undefined);
  });
});

describe('<budget-sunburst> on a whole city', () => {
  it('caps the arcs drawn and groups the smallest siblings into an "其他" arc that opens', async () => {
    const table = syntheticCityTable({ classes: 24, sectionsPerClass: 10, itemsPerSection: 12, seed: 7 });
    const doc = minimalDocument();
    doc.meta.tables[1].unit = '万元';
    doc.expenditureBySubject = { ...table, table: '表3' };
    const el = await renderSunburst(doc, 'max-arcs=300');
    expect(arcs(el).length).to.be.at.most(300);
    const other = arcs(el).find((a) => a.dataset.id!.endsWith('~other'))!;
    expect(other, 'an 其他 arc').to.not.equal(undefined);
    expect(other.getAttribute('aria-label')).to.match(/^其他（\d+项）/);
    other.dispatchEvent(new MouseEvent('click'));
    await settle(el);
    expect(breadcrumb(el).at(-1)).to.match(/^其他（\d+项）/);
    expect(arcs(el).length).to.be.greaterThan(1);
  });
});
