// The demo page of `npm start`: the bundled reference report in the components.
import { defineElements } from '../define.js';
import type { Lang } from '../core/format.js';
import type { MoneyUnit } from '../core/units.js';

defineElements();

const DATA_URL = '/data/fenyang-xinfang-2024.json';
const PAGE_TEXT: Record<Lang, Record<string, string>> = {
  'zh-CN': { heading: 'budget-viz 预算公开可视化演示', language: '语言', unit: '单位', loading: '正在加载…', failed: '数据加载失败：' },
  en: { heading: 'budget-viz: budget disclosure demo', language: 'Language', unit: 'Unit', loading: 'Loading…', failed: 'Could not load the data: ' },
};

const headline = document.querySelector('budget-headline')!;
const status = document.querySelector<HTMLElement>('#status')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const unitSelect = document.querySelector<HTMLSelectElement>('#unit')!;

function applyLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  headline.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = PAGE_TEXT[lang][element.dataset.i18n!];
  }
}

langSelect.addEventListener('change', () => applyLanguage(langSelect.value as Lang));
unitSelect.addEventListener('change', () => (headline.unit = unitSelect.value as MoneyUnit));
headline.unit = unitSelect.value as MoneyUnit;

status.textContent = PAGE_TEXT['zh-CN'].loading;
try {
  const response = await fetch(DATA_URL);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  headline.data = await response.json();
  status.textContent = '';
} catch (error) {
  status.textContent = PAGE_TEXT[langSelect.value as Lang].failed + (error as Error).message;
}
