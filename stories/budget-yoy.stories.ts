import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import reference from '../data/fenyang-xinfang-2024.json';
import { MONEY_UNITS } from '../src/core/units.js';
import { DARK_THEME, neverAnswers } from './story-helpers.js';

interface YoyArgs {
  lang: 'zh-CN' | 'en';
  unit: (typeof MONEY_UNITS)[number];
  measure: 'totals' | 'split' | 'function' | 'operating' | 'three-public';
  sort: 'report' | 'amount' | 'change';
  showTable: boolean;
  data?: unknown;
  src?: string;
}

const WANLI = 'data/sh-putuo-wanli.collection.json';

const meta: Meta<YoyArgs> = {
  title: 'Components/budget-yoy',
  component: 'budget-yoy',
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    unit: { control: 'inline-radio', options: [...MONEY_UNITS] },
    measure: { control: 'select', options: ['totals', 'split', 'function', 'operating', 'three-public'] },
    sort: { control: 'inline-radio', options: ['report', 'amount', 'change'] },
    showTable: { control: 'boolean' },
    data: { control: false },
    src: { control: false },
  },
  args: { lang: 'zh-CN', unit: '万元', measure: 'totals', sort: 'report', showTable: false, src: WANLI },
  render: (args) =>
    html`<budget-yoy
      lang=${args.lang}
      unit=${args.unit}
      measure=${args.measure}
      sort=${args.sort}
      ?show-table=${args.showTable}
      src=${args.data ? '' : (args.src ?? '')}
      .data=${args.data}
    ></budget-yoy>`,
};
export default meta;

type Story = StoryObj<YoyArgs>;

/** 上海市普陀区万里街道 2023 and 2025, loaded from a collection. */
export const TwoYearsTotals: Story = {};
export const TwoYearsByFunction: Story = { args: { measure: 'function', sort: 'change' } };
export const TwoYearsThreePublic: Story = { args: { measure: 'three-public', showTable: true } };
export const TwoYearsEnglish: Story = { args: { lang: 'en', measure: 'split' } };
/** One document: the 2023 total is derived from "比上年增加65.01万元" and drawn hatched. */
export const DerivedPriorYear: Story = { args: { data: reference } };
export const DerivedOperatingCosts: Story = { args: { data: reference, measure: 'operating' } };
/** 320 px, a small phone: the change phrase breaks only between its clauses. */
export const Phone: Story = { decorators: [(story) => html`<div style="width: 320px">${story()}</div>`] };
export const DarkTheme: Story = { decorators: [(story) => html`<div style=${DARK_THEME}>${story()}</div>`] };
export const Loading: Story = { args: { src: neverAnswers('/collection.json') } };
export const LoadError: Story = { args: { src: '/no-such-collection.json' } };
