// The demo page of `npm start`: the reference report in <budget-report>, then each element on
// its own with the snippet a portal would paste. `?lang=en` starts it in English.
import { defineElements } from '../define.js';
import type { Lang } from '../core/format.js';
import { resolveLang } from '../i18n/lang.js';
import { escapeAttribute } from '../embed/snippets.js';
import { createEmbedGenerator } from './embed-generator.js';
// The parent-page script of iframe embeds, so that the generator's preview takes its content's height.
import '../embed/budget-viz-embed.js';

defineElements();

const REFERENCE = '/data/fenyang-xinfang-2024.json';
const WANLI = '/data/sh-putuo-wanli.collection.json';

/** Each element as a portal would embed it: tag, attributes and what it shows. */
const EXAMPLES: { tag: string; attributes: Record<string, string>; title: Record<Lang, string> }[] = [
  { tag: 'budget-headline', attributes: { src: REFERENCE }, title: { 'zh-CN': '收支总览', en: 'Headline figures' } },
  { tag: 'budget-sunburst', attributes: { src: REFERENCE, metric: 'total' }, title: { 'zh-CN': '功能分类旭日图', en: 'Sunburst by function' } },
  { tag: 'budget-split', attributes: { src: REFERENCE }, title: { 'zh-CN': '基本支出与项目支出', en: 'Basic and project split' } },
  { tag: 'budget-yoy', attributes: { src: WANLI, unit: '万元', measure: 'function', sort: 'change' }, title: { 'zh-CN': '两年比较（万里街道 2023、2025）', en: 'Two years compared (Wanli, 2023 and 2025)' } },
  { tag: 'budget-project-cards', attributes: { src: REFERENCE }, title: { 'zh-CN': '项目卡片与绩效目标', en: 'Project cards' } },
  { tag: 'budget-project-card', attributes: { src: REFERENCE, project: 'legal-adviser' }, title: { 'zh-CN': '单个项目', en: 'One project' } },
];

const PAGE_TEXT: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    heading: 'budget-viz 预算公开可视化演示',
    language: '页面语言',
    reportHeading: '整份报告：<budget-report>',
    regionHeading: '一个地区的全部公开：<budget-explorer>',
    regionIntro: '语料中的报告由 budget-viz import 批量导入（data/region/）：按部门排序、搜索、打开报告、勾选两个以上比较。',
    standaloneHeading: '单独嵌入：门户网站可以这样使用每个组件',
    standaloneIntro: '每个组件只需一个 script 标签和一行 HTML。',
    copy: '复制代码',
    copied: '已复制',
    generatorHeading: '生成嵌入代码',
    generatorIntro: '选择视图和选项，复制 script 标签代码；门户的编辑器会删除 script 标签时，复制 iframe 代码。',
  },
  en: {
    heading: 'budget-viz: budget disclosure demo',
    language: 'Page language',
    reportHeading: 'The whole report: <budget-report>',
    regionHeading: 'A region\'s disclosures: <budget-explorer>',
    regionIntro: 'The corpus reports, imported at once by budget-viz import (data/region/): sort and search the departments, open a report, tick two or more to compare them.',
    standaloneHeading: 'Embedded one by one, as a portal would',
    standaloneIntro: 'Each element needs one script tag and one line of HTML.',
    copy: 'Copy code',
    copied: 'Copied',
    generatorHeading: 'Embed code generator',
    generatorIntro: 'Choose a view and its options, then copy the script tag; where the portal editor strips script tags, copy the iframe.',
  },
};

const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const examples = document.querySelector<HTMLElement>('#examples')!;
const generator = createEmbedGenerator(resolveLang(new URLSearchParams(location.search).get('lang')), {
  dataUrl: new URL(REFERENCE, location.href).href,
  previewPage: new URL('/embed.html', location.href).href,
});
document.querySelector('#embed-generator')!.append(generator.element);

function snippet(tag: string, attributes: Record<string, string>): string {
  const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<script type="module" src="https://your.cdn/budget-viz/dist/budget-viz.js"></script>\n<${tag}${attrs}></${tag}>`;
}

function buildExamples(lang: Lang) {
  examples.replaceChildren(
    ...EXAMPLES.map((example, i) => {
      const article = document.createElement('article');
      article.className = 'example';
      const heading = document.createElement('h3');
      heading.textContent = `${example.title[lang]} · <${example.tag}>`;
      const live = document.createElement(example.tag);
      for (const [name, value] of Object.entries(example.attributes)) live.setAttribute(name, value);
      const code = document.createElement('code');
      code.id = `snippet-${i}`;
      code.textContent = snippet(example.tag, example.attributes);
      const pre = document.createElement('pre');
      pre.append(code);
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.textContent = PAGE_TEXT[lang].copy;
      copy.setAttribute('aria-describedby', code.id);
      copy.addEventListener('click', async () => {
        await navigator.clipboard.writeText(code.textContent ?? '');
        copy.textContent = PAGE_TEXT[lang].copied;
      });
      article.append(heading, live, pre, copy);
      return article;
    }),
  );
}

function applyLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = PAGE_TEXT[lang][element.dataset.i18n!];
  for (const element of document.querySelectorAll('budget-report, budget-explorer')) element.setAttribute('lang', lang);
  buildExamples(lang);
  generator.setLanguage(lang);
}

langSelect.value = resolveLang(new URLSearchParams(location.search).get('lang'));
langSelect.addEventListener('change', () => applyLanguage(langSelect.value as Lang));
applyLanguage(langSelect.value as Lang);
