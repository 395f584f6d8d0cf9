import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import reference from '../data/fenyang-xinfang-2024.json';
import { MONEY_UNITS } from '../src/core/units.js';

interface HeadlineArgs {
  lang: 'zh-CN' | 'en';
  unit: (typeof MONEY_UNITS)[number];
  data: unknown;
}

const meta: Meta<HeadlineArgs> = {
  title: 'Components/budget-headline',
  component: 'budget-headline',
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    unit: { control: 'inline-radio', options: [...MONEY_UNITS] },
    data: { control: false },
  },
  args: { lang: 'zh-CN', unit: '万元', data: reference },
  render: ({ lang, unit, data }) => html`<budget-headline lang=${lang} unit=${unit} .data=${data}></budget-headline>`,
};
export default meta;

type Story = StoryObj<HeadlineArgs>;

/** The reference report, 汾阳市信访局 2024年部门预算. */
export const ReferenceReport: Story = {};

export const English: Story = { args: { lang: 'en' } };

export const InYuan: Story = { args: { unit: '元' } };

/** Invalid data is never drawn: the element names the field, what it expected and what it found. */
export const InvalidData: Story = {
  args: { data: { ...reference, summary: { ...reference.summary, incomeGrandTotal: '12abc' } } },
};
