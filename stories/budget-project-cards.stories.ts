import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import reference from '../data/fenyang-xinfang-2024.json';
import { MONEY_UNITS } from '../src/core/units.js';
import { DARK_THEME } from './story-helpers.js';

interface CardsArgs {
  lang: 'zh-CN' | 'en';
  unit: (typeof MONEY_UNITS)[number];
  layout: 'compact' | 'expanded';
  sort: 'report' | 'amount' | 'name';
  selected: string;
  query: string;
  showTable: boolean;
}

const meta: Meta<CardsArgs> = {
  title: 'Components/budget-project-cards',
  component: 'budget-project-cards',
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    unit: { control: 'inline-radio', options: [...MONEY_UNITS] },
    layout: { control: 'inline-radio', options: ['compact', 'expanded'] },
    sort: { control: 'inline-radio', options: ['report', 'amount', 'name'] },
    selected: { control: 'text' },
    query: { control: 'text' },
    showTable: { control: 'boolean' },
  },
  args: { lang: 'zh-CN', unit: '万元', layout: 'compact', sort: 'report', selected: '', query: '', showTable: false },
  render: (args) =>
    html`<budget-project-cards
      lang=${args.lang}
      unit=${args.unit}
      layout=${args.layout}
      sort=${args.sort}
      selected=${args.selected}
      .query=${args.query}
      ?show-table=${args.showTable}
      .data=${reference}
    ></budget-project-cards>`,
};
export default meta;

type Story = StoryObj<CardsArgs>;

/** The 8 projects of 汾阳市信访局 2024 and the department-wide targets. */
export const ReferenceReport: Story = {};
export const Expanded: Story = { args: { layout: 'expanded' } };
export const English: Story = { args: { lang: 'en', layout: 'expanded' } };
export const ByAmount: Story = { args: { sort: 'amount' } };
/** 科目 2014004 信访业务: three projects, their 科目 inferred from the amounts. */
export const FilteredBySubject: Story = { args: { selected: '2014004' } };
export const Search: Story = { args: { query: '法律' } };
export const DarkTheme: Story = { args: { layout: 'expanded' }, decorators: [(story) => html`<div style=${DARK_THEME}>${story()}</div>`] };

/** One project alone, as a news page writing about it would embed it. */
export const SingleCard: StoryObj = {
  render: () => html`<budget-project-card project="xinfang-2024" open .data=${reference}></budget-project-card>`,
};
