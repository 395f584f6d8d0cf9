import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MONEY_UNITS } from '../src/core/units.js';
import { DARK_THEME } from './story-helpers.js';

interface ReportArgs {
  lang: 'zh-CN' | 'en';
  unit: (typeof MONEY_UNITS)[number];
  selected: string;
  src: string;
}

const meta: Meta<ReportArgs> = {
  title: 'Components/budget-report',
  component: 'budget-report',
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    unit: { control: 'inline-radio', options: [...MONEY_UNITS] },
    selected: { control: 'text' },
    src: { control: 'select', options: ['data/fenyang-xinfang-2024.json', 'data/sh-putuo-wanli.collection.json'] },
  },
  args: { lang: 'zh-CN', unit: '万元', selected: '', src: 'data/fenyang-xinfang-2024.json' },
  render: (args) => html`<budget-report lang=${args.lang} unit=${args.unit} selected=${args.selected} src=${args.src}></budget-report>`,
};
export default meta;

type Story = StoryObj<ReportArgs>;

/** The whole reference report, every view linked. */
export const ReferenceReport: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const SelectedSubject: Story = { args: { selected: '20140' } };
/** A collection: the newest year (万里街道 2025) with the comparison against 2023. */
export const TwoYears: Story = { args: { src: 'data/sh-putuo-wanli.collection.json' } };
export const DarkTheme: Story = { decorators: [(story) => html`<div style=${DARK_THEME}>${story()}</div>`] };
