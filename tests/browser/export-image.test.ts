import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BudgetSunburst } from '../../src/components/budget-sunburst/budget-sunburst.js';
import { defineElements } from '../../src/define.js';
import { EXPORT_FONT_STACK, framedSvg, svgToPng, type ImageFrame } from '../../src/export/image.js';

defineElements();

const FRAME: ImageFrame = {
  title: '汾阳市信访局 2024年部门预算 · 支出功能分类',
  subtitle: '单位：万元',
  source: '数据来源：汾阳市信访局 2024年部门预算公开报告 表3',
  lang: 'zh-CN',
};

async function sunburst(): Promise<SVGSVGElement> {
  const el = await fixture<BudgetSunburst>(html`<budget-sunburst></budget-sunburst>`);
  el.data = await fetch('/data/fenyang-xinfang-2024.json').then((r) => r.json());
  await waitUntil(() => el.shadowRoot!.querySelector('svg path'));
  // The zoom-in animation of the first drawing, and the width from the ResizeObserver.
  await aTimeout(600);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('svg')!;
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('framedSvg', () => {
  it('writes a well-formed SVG file with the title, subtitle and source as text', async () => {
    const file = framedSvg(await sunburst(), FRAME);
    const doc = parse(file.text);
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.documentElement.children].filter((n) => n.localName === 'text').map((n) => n.textContent);
    expect(texts).to.deep.equal([FRAME.title, FRAME.subtitle, FRAME.source]);
    expect(doc.querySelector('title')!.textContent).to.equal(`${FRAME.title} · ${FRAME.subtitle}`);
    expect(doc.documentElement.getAttribute('font-family')).to.equal(EXPORT_FONT_STACK);
  });

  it('carries every arc with its colour resolved, needing no stylesheet', async () => {
    const chart = await sunburst();
    const file = framedSvg(chart, FRAME);
    const arcs = [...parse(file.text).querySelectorAll('path[data-id]')];
    expect(arcs.length).to.equal(chart.querySelectorAll('path[data-id]').length);
    expect(arcs.length).to.be.greaterThan(3);
    for (const arc of arcs) {
      const style = arc.getAttribute('style')!;
      expect(style).to.match(/fill:rgb\(\d+, \d+, \d+\)/);
      expect(style).not.to.contain('var(');
    }
    expect(file.text).not.to.contain('<style');
  });

  it('escapes text from the data instead of making markup of it', async () => {
    const hostile = { ...FRAME, title: '</text><script>alert(1)</script>&' };
    const doc = parse(framedSvg(await sunburst(), hostile).text);
    expect(doc.querySelector('script')).to.equal(null);
    expect([...doc.querySelectorAll('text')].some((t) => t.textContent === hostile.title)).to.equal(true);
  });
});

describe('framedSvg of a chart built apart from the page', () => {
  function detachedChart(attributes: Record<string, string>): SVGSVGElement {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const [name, value] of Object.entries(attributes)) chart.setAttribute(name, value);
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    for (const [name, value] of Object.entries({ width: '200', height: '20', fill: '#1f5fae' })) bar.setAttribute(name, value);
    chart.append(bar);
    return chart;
  }

  it('takes its size from its attributes and its paint as given, on white', () => {
    const chart = detachedChart({ width: '400', height: '120' });
    const file = framedSvg(chart, FRAME);
    const doc = parse(file.text);
    const copy = doc.documentElement.querySelector('svg')!;
    expect([copy.getAttribute('width'), copy.getAttribute('height')]).to.deep.equal(['400', '120']);
    expect(file.width).to.equal(400 + 32);
    expect(copy.querySelector('rect')!.getAttribute('fill')).to.equal('#1f5fae');
    expect(copy.querySelector('rect')!.hasAttribute('style')).to.equal(false);
    expect(doc.documentElement.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffff');
    expect(chart.hasAttribute('x')).to.equal(false, 'the chart given is left as it is');
  });

  it('refuses one without a size', () => {
    expect(() => framedSvg(detachedChart({}), FRAME)).to.throw(RangeError);
  });
});

describe('svgToPng', () => {
  it('draws the file at twice its size by default', async () => {
    const file = framedSvg(await sunburst(), FRAME);
    const png = await svgToPng(file);
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect([bitmap.width, bitmap.height]).to.deep.equal([file.width * 2, file.height * 2]);
  });

  it('draws the chart, not an empty canvas', async () => {
    const file = framedSvg(await sunburst(), FRAME);
    const bitmap = await createImageBitmap(await svgToPng(file, 1));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    expect(colours.size).to.be.greaterThan(5);
  });

  it('refuses a scale out of range', async () => {
    const file = framedSvg(await sunburst(), FRAME);
    let error: unknown;
    await svgToPng(file, 0).catch((e) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
  });
});
