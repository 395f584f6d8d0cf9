import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import reference from '../data/fenyang-xinfang-2024.json';
import { MONEY_UNITS } from '../src/core/units.js';
import { DARK_THEME, neverAnswers } from './story-helpers.js';

interface SplitArgs {
  lang: 'zh-CN' | 'en';
  unit: (typeof MONEY_UNITS)[number];
  classification: 'department' | 'government';
  level: 'class' | 'section';
  selected: string;
  showTable: boolean;
  data?: unknown;
  src?: string;
}

const meta: Meta<SplitArgs> = {
  title: 'Components/budget-split',
  component: 'budget-split',
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    unit: { control: 'inline-radio', options: [...MONEY_UNITS] },
    classification: { control: 'inline-radio', options: ['department', 'government'] },
    level: { control: 'inline-radio', options: ['class', 'section'] },
    selected: { control: 'text' },
    showTable: { control: 'boolean' },
    data: { control: false },
    src: { control: false },
  },
  args: { lang: 'zh-CN', unit: '万元', classification: 'department', level: 'class', selected: '', showTable: false, data: reference },
  render: (args) =>
    html`<budget-split
      lang=${args.lang}
      unit=${args.unit}
      classification=${args.classification}
      level=${args.level}
      selected=${args.selected}
      ?show-table=${args.showTable}
      src=${args.src ?? ''}
      .data=${args.data}
    ></budget-split>`,
};
export default meta;

type Story = StoryObj<SplitArgs>;

/** 汾阳市信访局 2024: 基本支出 33.92%, 项目支出 66.08%. Open 基本支出 for 人员经费 / 公用经费. */
export const ReferenceReport: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const GovernmentClassification: Story = { args: { classification: 'government' } };
export const BySection: Story = { args: { level: 'section' } };
export const SelectedSubject: Story = { args: { selected: '201' } };
export const WithTable: Story = { args: { showTable: true } };
/** 320 px, a small phone: a segment shows its share alone, or nothing, when its name does not fit. */
export const Phone: Story = { decorators: [(story) => html`<div style="width: 320px">${story()}</div>`] };
/** 亿元: every amount of the view gets enough decimals that none reads as 0. */
export const InYi: Story = { args: { unit: '亿元', showTable: true } };
export const DarkTheme: Story = { decorators: [(story) => html`<div style=${DARK_THEME}>${story()}</div>`] };
export const Loading: Story = { args: { data: undefined, src: neverAnswers('/budget.json') } };
export const LoadError: Story = { args: { data: undefined, src: '/no-such-budget.json' } };
export const Empty: Story = { args: { data: { ...reference, expenditureBySubject: undefined } } };
