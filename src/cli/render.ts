import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { BudgetDocument } from '../core/schema/budget-types.generated.js';
import { parseBudgetJson } from '../core/validate/index.js';
import { inLang } from '../i18n/shared-messages.js';
import { parseArgs, type Output } from './args.js';
import { writeFileAtomic } from './atomic-write.js';
import { HeadlessError, openElementsPage } from './headless.js';

/** The views a page can show, by the name the command takes. */
export const RENDER_VIEWS = {
  headline: 'budget-headline',
  sunburst: 'budget-sunburst',
  split: 'budget-split',
  yoy: 'budget-yoy',
  cards: 'budget-project-cards',
  report: 'budget-report',
} as const;
type View = keyof typeof RENDER_VIEWS;
/** The views that are one chart, which `--format svg` writes as the export menu's SVG. */
const SVG_VIEWS = ['sunburst', 'split', 'yoy'];

const OPTIONS = ['--view', '--unit', '--selected', '--src', '--script', '--width', '--format', '-o'];
const UNITS = ['元', '万元', '亿元'];

interface RenderRequest {
  view: View;
  lang: 'zh-CN' | 'en';
  width: number;
  /** Attributes of the element as written in the output, which the script reads when it upgrades. */
  attributes: Record<string, string>;
}

/**
 * `render <doc.json> --view <view>`: the view as HTML that reads without JavaScript (the element's
 * shadow DOM written out as declarative shadow DOM, its data table included) and that the
 * element's script, when a page loads it, replaces with the live element; `--format svg`, a chart
 * view's SVG as its export menu saves it; or `--format png`, the view as an image at twice its size. Exit codes: 0 written, 1 the document is invalid or drawing
 * failed, 2 usage.
 */
export async function runRender(args: readonly string[], { out, err }: Output): Promise<number> {
  const { files, flags, options, lang } = parseArgs(args, OPTIONS);
  const usage = (zh: string, en: string) => {
    err.write(`${zh} / ${en}\n`);
    return 2;
  };
  const view = options.get('--view') ?? '';
  const format = options.get('--format') ?? 'html';
  const output = options.get('-o');
  const width = Number(options.get('--width') ?? 800);
  const unit = options.get('--unit');
  if (files.length !== 1) return usage('请给出一个预算文档', 'name one budget document');
  if (!(view in RENDER_VIEWS)) return usage(`--view 应为 ${Object.keys(RENDER_VIEWS).join('、')} 之一`, `--view must be one of ${Object.keys(RENDER_VIEWS).join(', ')}`);
  if (format !== 'html' && format !== 'png' && format !== 'svg') return usage('--format 应为 html、svg 或 png', '--format must be html, svg or png');
  if (format === 'png' && !output) return usage('PNG 需要 -o 指定输出文件', 'a PNG needs -o with the output file');
  if (format === 'svg' && !SVG_VIEWS.includes(view)) return usage(`SVG 只适用于图表视图：${SVG_VIEWS.join('、')}`, `SVG is for the chart views only: ${SVG_VIEWS.join(', ')}`);
  if (!(Number.isInteger(width) && width >= 280 && width <= 4000)) return usage('--width 应为 280–4000 之间的整数', '--width must be an integer from 280 to 4000');
  if (unit !== undefined && !UNITS.includes(unit)) return usage(`--unit 应为 ${UNITS.join('、')} 之一`, `--unit must be one of ${UNITS.join(', ')}`);

  const file = files[0];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    err.write(`${file}: ${lang === 'en' ? 'cannot read' : '无法读取'} (${(error as Error).message})\n`);
    return 1;
  }
  const result = parseBudgetJson(text);
  if (!result.valid) {
    err.write(`✗ ${file}: ${lang === 'en' ? `${result.issues.length} problem(s)` : `${result.issues.length} 处问题`}\n`);
    for (const issue of result.issues) err.write(`  ${inLang(issue.message, lang)}\n`);
    return 1;
  }
  if (result.value.type !== 'budget-document') return usage('render 需要单个预算文档，而不是文档集', 'render takes one budget document, not a collection');
  const doc = result.value;

  // Where the page that serves the HTML finds the document when the script upgrades the element:
  // beside the output by default, as a site would publish both.
  const src = options.get('--src') ?? (output ? relative(dirname(resolve(output)), resolve(file)).split('\\').join('/') : basename(file));
  const attributes: Record<string, string> = { src, lang };
  if (unit) attributes.unit = unit;
  const selected = options.get('--selected');
  if (selected) attributes.selected = selected;
  const request: RenderRequest = { view: view as View, lang, width, attributes };

  let opened: Awaited<ReturnType<typeof openElementsPage>>;
  try {
    opened = await openElementsPage(lang);
  } catch (error) {
    err.write(`${(error as Error).message}\n`);
    return 1;
  }
  try {
    await opened.page.setViewport({ width, height: 800, deviceScaleFactor: format === 'png' ? 2 : 1 });
    await drawView(opened.page, request, doc);
    if (format === 'svg') {
      // The file the element's own export menu saves: the chart framed with title, unit and source.
      const svg = (await opened.page.evaluate(`document.body.firstElementChild.toSVG()`)) as string;
      if (output) await writeFileAtomic(output, svg);
      else out.write(svg);
    } else if (format === 'png') {
      const image = await (await opened.page.$('body > *'))!.screenshot({ type: 'png' });
      await writeFileAtomic(output!, image);
    } else {
      const element = await serializeView(opened.page);
      const html = flags.has('--fragment') ? `${element}\n` : page(doc, request, element, options.get('--script'));
      if (output) await writeFileAtomic(output, html);
      else out.write(html);
    }
  } catch (error) {
    err.write(`${lang === 'en' ? 'drawing failed' : '绘制失败'}: ${error instanceof HeadlessError ? error.message : (error as Error).stack}\n`);
    return 1;
  } finally {
    await opened.browser.close();
  }
  return 0;
}

/** Draws the view in the page with its data table shown, and waits until every element is still. */
async function drawView(page: Page, request: RenderRequest, doc: BudgetDocument): Promise<void> {
  const problem = await page.evaluate(
    async (tag, attributes, data) => {
      type Element = HTMLElement & { data?: unknown; updateComplete?: Promise<unknown>; isUpdatePending?: boolean };
      const element = document.createElement(tag) as Element;
      for (const [name, value] of Object.entries(attributes)) if (name !== 'src') element.setAttribute(name, value);
      // The reader without JavaScript cannot open the table: it is part of what is written out.
      element.setAttribute('show-table', '');
      element.data = data;
      document.body.append(element);
      const elements = () => {
        const found: Element[] = [];
        const walk = (root: ParentNode) => {
          for (const node of root.querySelectorAll<Element>('*')) {
            if (node.localName.startsWith('budget-')) found.push(node);
            if (node.shadowRoot) walk(node.shadowRoot);
          }
        };
        walk(document);
        return found;
      };
      // Still means no update pending over two frames in a row: a first paint may measure and ask for one more.
      for (let quiet = 0; quiet < 2; ) {
        const all = elements();
        // The views inside <budget-report> too: every chart of the page comes with its table.
        for (const view of all) view.setAttribute('show-table', '');
        await Promise.all(all.map((e) => e.updateComplete));
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        quiet = all.some((e) => e.isUpdatePending) ? 0 : quiet + 1;
      }
      return element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
    },
    RENDER_VIEWS[request.view],
    request.attributes,
    doc as unknown,
  );
  if (problem) throw new HeadlessError(problem);
}

/**
 * What only works with the script: controls (every button, select and input, with their labels
 * and fieldsets, the containers of the table toggle and export menu, the report's switches), and
 * the keyboard hint of the sunburst.
 */
const NEEDS_SCRIPT = 'button, label:has(select, input), fieldset:has(input), select, input, .view-actions, .export, .hint, .report-controls';
/**
 * Buttons that hold what they show (a split's segments and rows, the sunburst's path, glossary
 * terms): written as the text they hold, not left out with the other controls.
 */
const HOLDS_CONTENT = 'button.segment, button.subject-row, button.crumb, button.term';

/**
 * The drawn element's content with every shadow root as a declarative `<template
 * shadowrootmode>`, each with its styles as a `<style>` (adopted style sheets are not part of
 * the markup). What needs the script is left out: without JavaScript it would do nothing.
 */
async function serializeView(page: Page): Promise<string> {
  return page.evaluate((needsScript, holdsContent) => {
    const host = document.body.firstElementChild!;
    const roots: ShadowRoot[] = [];
    const walk = (root: ParentNode) => {
      for (const node of root.querySelectorAll('*')) {
        if (!node.shadowRoot) continue;
        roots.push(node.shadowRoot);
        walk(node.shadowRoot);
      }
    };
    walk(document.body);
    for (const root of roots) {
      for (const button of root.querySelectorAll(holdsContent)) {
        const content = document.createElement('span');
        for (const name of ['class', 'part', 'style']) if (button.hasAttribute(name)) content.setAttribute(name, button.getAttribute(name)!);
        content.append(...button.childNodes);
        button.replaceWith(content);
      }
      for (const control of root.querySelectorAll(needsScript)) control.remove();
      const style = document.createElement('style');
      style.textContent = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      root.prepend(style);
    }
    return host.getHTML({ shadowRoots: roots });
  }, NEEDS_SCRIPT, HOLDS_CONTENT);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole HTML page around the element, with the element's script when one is named. */
function page(doc: BudgetDocument, request: RenderRequest, content: string, script: string | undefined): string {
  const tag = RENDER_VIEWS[request.view];
  const attributes = Object.entries(request.attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const kind = doc.meta.kind === 'final' ? (request.lang === 'en' ? 'final accounts' : '部门决算') : request.lang === 'en' ? 'budget' : '部门预算';
  const title = request.lang === 'en' ? `${doc.meta.department.name} ${doc.meta.fiscalYear} ${kind}` : `${doc.meta.department.name} ${doc.meta.fiscalYear}年${kind}`;
  return [
    '<!doctype html>',
    `<html lang="${request.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    `<${tag}${attributes}>${content}</${tag}>`,
    ...(script ? [`<script type="module" src="${escapeHtml(script)}"></script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
