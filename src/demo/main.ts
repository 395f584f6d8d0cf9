// The demo page of `npm start`: the bundled reference report in the components.
// `?lang=en` starts it in English.
import { defineElements } from '../define.js';
import type { Lang } from '../core/format.js';
import type { MoneyUnit } from '../core/units.js';
import type { BudgetElement } from '../components/base/budget-element.js';

defineElements();

const DATA_URL = '/data/fenyang-xinfang-2024.json';
const PAGE_TEXT: Record<Lang, Record<string, string>> = {
  'zh-CN': { heading: 'budget-viz 预算公开可视化演示', sunburstHeading: '支出去向：功能分类', splitHeading: '基本支出与项目支出', yoyHeading: '与上年比较', wanliHeading: '两年比较：上海市普陀区万里街道 2023 与 2025', language: '语言', unit: '单位', loading: '正在加载…', failed: '数据加载失败：' },
  en: { heading: 'budget-viz: budget disclosure demo', sunburstHeading: 'Where the money goes: by function', splitHeading: 'Running costs and projects', yoyHeading: 'Compared with last year', wanliHeading: 'Two years compared: Wanli subdistrict, Putuo, Shanghai, 2023 and 2025', language: 'Language', unit: 'Unit', loading: 'Loading…', failed: 'Could not load the data: ' },
};

const elements = [...document.querySelectorAll<BudgetElement>('main > [data-bundled]')];
const status = document.querySelector<HTMLElement>('#status')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const unitSelect = document.querySelector<HTMLSelectElement>('#unit')!;

function applyLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<BudgetElement>('main > :is(budget-headline, budget-sunburst, budget-split, budget-yoy)')) element.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = PAGE_TEXT[lang][element.dataset.i18n!];
  }
}

langSelect.addEventListener('change', () => applyLanguage(langSelect.value as Lang));
langSelect.value = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN';
applyLanguage(langSelect.value as Lang);
const applyUnit = () => elements.forEach((element) => (element.unit = unitSelect.value as MoneyUnit));
unitSelect.addEventListener('change', applyUnit);
applyUnit();

status.textContent = PAGE_TEXT['zh-CN'].loading;
try {
  const response = await fetch(DATA_URL);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const data = await response.json();
  for (const element of elements) element.data = data;
  status.textContent = '';
} catch (error) {
  status.textContent = PAGE_TEXT[langSelect.value as Lang].failed + (error as Error).message;
}
