// The demo's embed code generator: a portal editor picks a view, language, unit and 科目 and gets
// the two snippets to paste, the script tag and the iframe (for CMSs that strip scripts), each
// with a Copy button; a live preview shows the iframe resizing to its content.
import type { Lang } from '../core/format.js';
import { VIEW_NAMES, type EmbedView } from '../embed/embed-params.js';
import { embedUrl, iframeSnippet, scriptSnippet, type EmbedHosting, type EmbedOptions } from '../embed/snippets.js';
import { MONEY_UNITS } from '../core/units.js';

/** Where the snippets say the files are: a portal replaces your.cdn with its own host. */
export const PLACEHOLDER_HOSTING: EmbedHosting = {
  bundle: 'https://your.cdn/budget-viz/dist/budget-viz.js',
  embedPage: 'https://your.cdn/budget-viz/dist/embed/embed.html',
  resizer: 'https://your.cdn/budget-viz/dist/budget-viz-embed.js',
};

const TEXT = {
  'zh-CN': {
    view: '视图',
    embedLang: '图表语言',
    unit: '金额单位',
    unitDefault: '报告原单位',
    selected: '选中的科目编码（可选）',
    selectedHint: '例如 201 或 2010301；“两年比较”不使用。',
    theme: '配色',
    themeAuto: '跟随读者设置',
    themeLight: '浅色',
    themeDark: '深色',
    showTable: '同时显示数据表',
    src: '数据地址（JSON）',
    srcHint: 'iframe 中的相对地址按 embed.html 的位置解析，最好写完整地址。',
    scriptHeading: '方式一：script 标签（门户允许模块脚本时）',
    iframeHeading: '方式二：iframe（门户的编辑器会删除 script 标签时）',
    copy: '复制代码',
    copied: '已复制：',
    copyFailed: '无法自动复制：代码已选中，请按 Ctrl+C（Mac 上 ⌘C）。',
    preview: '预览：iframe 的高度随内容变化',
  },
  en: {
    view: 'View',
    embedLang: 'Chart language',
    unit: 'Unit',
    unitDefault: "The report's unit",
    selected: 'Selected 科目 code (optional)',
    selectedHint: 'For example 201 or 2010301; not used by the year comparison.',
    theme: 'Colours',
    themeAuto: "The reader's setting",
    themeLight: 'Light',
    themeDark: 'Dark',
    showTable: 'Show the data table too',
    src: 'Data URL (JSON)',
    srcHint: "In the iframe a relative URL is resolved against embed.html's location: prefer a full URL.",
    scriptHeading: 'Option 1: a script tag (where the portal allows module scripts)',
    iframeHeading: 'Option 2: an iframe (where the CMS editor strips script tags)',
    copy: 'Copy code',
    copied: 'Copied: ',
    copyFailed: 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).',
    preview: 'Preview: the iframe takes the height of its content',
  },
} satisfies Record<Lang, Record<string, string>>;

type TextKey = keyof (typeof TEXT)['zh-CN'];

/** Each view's name in the form, and the iframe's title in the embed's language. */
const VIEW_TITLES: Record<EmbedView, Record<Lang, string>> = {
  sunburst: { 'zh-CN': '功能分类旭日图', en: 'Sunburst by function' },
  split: { 'zh-CN': '基本支出与项目支出', en: 'Basic and project expenditure' },
  yoy: { 'zh-CN': '两年比较', en: 'Years compared' },
  cards: { 'zh-CN': '项目卡片与绩效目标', en: 'Project cards' },
  report: { 'zh-CN': '整份预算报告', en: 'The whole budget report' },
};

export interface EmbedGenerator {
  element: HTMLElement;
  setLanguage(lang: Lang): void;
}

export interface GeneratorSettings {
  hosting?: EmbedHosting;
  /** The data URL the form starts with. */
  dataUrl: string;
  /** The embed.html the preview iframe loads; no preview without it. */
  previewPage?: string;
}

let generatorCount = 0;

/** Builds the generator; `setLanguage` switches its own texts (not the chart language chosen in it). */
export function createEmbedGenerator(lang: Lang, settings: GeneratorSettings): EmbedGenerator {
  const hosting = settings.hosting ?? PLACEHOLDER_HOSTING;
  const prefix = `embed-gen-${++generatorCount}`;
  let pageLang = lang;
  const element = document.createElement('div');
  element.className = 'embed-generator';

  /** An element whose text follows the page language. */
  const translated = <K extends keyof HTMLElementTagNameMap>(tag: K, key: TextKey, id?: string): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    node.dataset.genText = key;
    node.textContent = TEXT[pageLang][key];
    if (id) node.id = id;
    return node;
  };

  const field = (key: TextKey, control: HTMLInputElement | HTMLSelectElement, hintKey?: TextKey, wide = false) => {
    const wrapper = document.createElement('div');
    wrapper.className = wide ? 'field wide' : 'field';
    control.id = `${prefix}-${control.name}`;
    const label = translated('label', key);
    label.htmlFor = control.id;
    wrapper.append(label, control);
    if (hintKey) {
      const hint = translated('small', hintKey, `${control.id}-hint`);
      control.setAttribute('aria-describedby', hint.id);
      wrapper.append(hint);
    }
    return wrapper;
  };

  const select = (name: string, options: [value: string, text: string, key?: TextKey][]) => {
    const control = document.createElement('select');
    control.name = name;
    for (const [value, text, key] of options) {
      const option = key ? translated('option', key) : document.createElement('option');
      option.value = value;
      if (!key) option.textContent = text;
      control.append(option);
    }
    return control;
  };

  const viewSelect = select('view', VIEW_NAMES.map((view) => [view, VIEW_TITLES[view][pageLang]]));
  const langSelect = select('lang', [['zh-CN', '中文'], ['en', 'English']]);
  langSelect.value = lang;
  const unitSelect = select('unit', [['', '', 'unitDefault'], ...MONEY_UNITS.map((unit): [string, string] => [unit, unit])]);
  const selectedInput = document.createElement('input');
  selectedInput.name = 'selected';
  selectedInput.type = 'text';
  selectedInput.inputMode = 'numeric';
  selectedInput.autocomplete = 'off';
  selectedInput.spellcheck = false;
  const themeSelect = select('theme', [['', '', 'themeAuto'], ['light', '', 'themeLight'], ['dark', '', 'themeDark']]);
  const showTableInput = document.createElement('input');
  showTableInput.name = 'show-table';
  showTableInput.type = 'checkbox';
  const srcInput = document.createElement('input');
  srcInput.name = 'src';
  srcInput.type = 'text';
  srcInput.value = settings.dataUrl;
  srcInput.autocomplete = 'off';
  srcInput.spellcheck = false;

  const form = document.createElement('form');
  form.className = 'embed-form';
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(
    field('view', viewSelect),
    field('embedLang', langSelect),
    field('unit', unitSelect),
    field('selected', selectedInput, 'selectedHint'),
    field('theme', themeSelect),
    field('showTable', showTableInput),
    field('src', srcInput, 'srcHint', true),
  );

  const status = document.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  const output = (kind: 'script' | 'iframe', headingKey: TextKey) => {
    const heading = translated('h3', headingKey, `${prefix}-${kind}-heading`);
    const code = document.createElement('textarea');
    code.id = `${prefix}-${kind}`;
    code.className = 'snippet';
    code.readOnly = true;
    code.spellcheck = false;
    code.rows = kind === 'script' ? 3 : 4;
    code.setAttribute('aria-labelledby', heading.id);
    const copy = translated('button', 'copy');
    copy.type = 'button';
    copy.setAttribute('aria-describedby', heading.id);
    copy.addEventListener('click', () => void copySnippet(code, heading));
    const block = document.createElement('div');
    block.className = 'snippet-block';
    block.dataset.snippet = kind;
    block.append(heading, code, copy);
    return { block, code };
  };

  /** Copies with the Clipboard API; where that is refused, selects the code for Ctrl+C. */
  const copySnippet = async (code: HTMLTextAreaElement, heading: HTMLElement) => {
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = `${TEXT[pageLang].copied}${heading.textContent}`;
    } catch {
      code.focus();
      code.select();
      status.textContent = TEXT[pageLang].copyFailed;
    }
  };

  const script = output('script', 'scriptHeading');
  const iframe = output('iframe', 'iframeHeading');

  let preview: HTMLIFrameElement | undefined;
  const previewBlock = document.createElement('div');
  if (settings.previewPage) {
    previewBlock.className = 'embed-preview';
    const heading = translated('h3', 'preview', `${prefix}-preview-heading`);
    preview = document.createElement('iframe');
    preview.id = `${prefix}-preview`;
    preview.width = '100%';
    preview.height = '400';
    preview.setAttribute('data-budget-viz-origin', new URL(settings.previewPage, location.href).origin);
    previewBlock.append(heading, preview);
  }

  const options = (): EmbedOptions => ({
    view: viewSelect.value as EmbedView,
    src: srcInput.value.trim(),
    lang: langSelect.value,
    unit: unitSelect.value,
    selected: selectedInput.value,
    theme: themeSelect.value,
    showTable: showTableInput.checked,
  });

  const update = () => {
    const chosen = options();
    const title = VIEW_TITLES[chosen.view][chosen.lang === 'en' ? 'en' : 'zh-CN'];
    script.code.value = scriptSnippet(chosen, hosting);
    iframe.code.value = iframeSnippet(chosen, hosting, `budget-viz-${chosen.view}`, title);
    status.textContent = '';
  };

  const updatePreview = () => {
    if (!preview || !settings.previewPage) return;
    const chosen = options();
    preview.title = VIEW_TITLES[chosen.view][pageLang];
    const url = embedUrl(chosen, settings.previewPage, preview.id);
    if (preview.getAttribute('src') !== url) preview.src = url;
  };

  form.addEventListener('input', update);
  // The preview reloads when a choice is made, not on every key typed.
  form.addEventListener('change', () => {
    update();
    updatePreview();
  });

  element.append(form, script.block, iframe.block, status);
  if (preview) element.append(previewBlock);
  update();
  updatePreview();

  return {
    element,
    setLanguage(next: Lang) {
      pageLang = next;
      for (const node of element.querySelectorAll<HTMLElement>('[data-gen-text]')) node.textContent = TEXT[next][node.dataset.genText as TextKey];
      for (const option of viewSelect.options) option.textContent = VIEW_TITLES[option.value as EmbedView][next];
      if (preview) preview.title = VIEW_TITLES[viewSelect.value as EmbedView][next];
      status.textContent = '';
    },
  };
}
