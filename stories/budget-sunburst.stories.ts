import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import reference from '../data/fenyang-xinfang-2024.json';
import { syntheticCityTable } from '../src/core/sunburst/synthetic.js';
import { MONEY_UNITS } from '../src/core/units.js';
import { DARK_THEME, neverAnswers } from './story-helpers.js';

interface SunburstArgs {
  lang: 'zh-CN' | 'en';
  unit: (typeof MONEY_UNITS)[number];
  metric: 'total' | 'basic' | 'project';
  selected: string;
  showTable: boolean;
  data?: unknown;
  src?: string;
}

const meta: Meta<SunburstArgs> = {
  title: 'Components/budget-sunburst',
  component: 'budget-sunburst',
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    unit: { control: 'inline-radio', options: [...MONEY_UNITS] },
    metric: { control: 'inline-radio', options: ['total', 'basic', 'project'] },
    selected: { control: 'text' },
    showTable: { control: 'boolean' },
    data: { control: false },
    src: { control: false },
  },
  args: { lang: 'zh-CN', unit: '万元', metric: 'total', selected: '', showTable: false, data: reference },
  render: ({ lang, unit, metric, selected, showTable, data, src }) =>
    html`<budget-sunburst
      lang=${lang}
      unit=${unit}
      metric=${metric}
      selected=${selected}
      ?show-table=${showTable}
      src=${src ?? ''}
      .data=${data}
    ></budget-sunburst>`,
};
export default meta;

type Story = StoryObj<SunburstArgs>;

/** 汾阳市信访局 2024年部门预算: 4 类, 20 科目. */
export const ReferenceReport: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const BasicExpenditure: Story = { args: { metric: 'basic' } };
export const ProjectExpenditure: Story = { args: { metric: 'project' } };
export const InYuan: Story = { args: { unit: '元' } };
export const In100MillionYuan: Story = { args: { unit: '亿元' } };
export const ZoomedWithTable: Story = { args: { selected: '201', showTable: true } };

export const DarkTheme: Story = {
  decorators: [(story) => html`<div style=${DARK_THEME}>${story()}</div>`],
};

/** The page's own 类 colours through `--budget-class-<code>`: label text and outlines follow the contrast they need. */
export const CustomPalette: Story = {
  decorators: [
    (story) => html`<div style="--budget-class-201: #ffeb3b; --budget-class-208: rebeccapurple; --budget-class-221: hsl(190 80% 70%)">${story()}</div>`,
  ],
};

/** A 320 px phone: labels that do not fit their arc are left out; the names stay in the tooltip and the table. */
export const Phone: Story = {
  decorators: [(story) => html`<div style="width: 320px">${story()}</div>`],
};

export const PhoneEnglishZoomed: Story = {
  args: { lang: 'en', selected: '201' },
  decorators: [(story) => html`<div style="width: 360px">${story()}</div>`],
};

export const Loading: Story = {
  args: { data: undefined, src: neverAnswers('/budget.json') },
};

export const LoadError: Story = {
  args: { data: undefined, src: '/no-such-budget.json' },
};

export const InvalidDocument: Story = {
  args: { data: { ...reference, expenditureBySubject: { ...reference.expenditureBySubject, unit: '千元' } } },
};

export const Empty: Story = {
  args: { data: { ...reference, expenditureBySubject: undefined } },
};

/** A whole city: 30 类, 3,000 项. The smallest siblings are grouped into "其他" arcs that open. */
export const WholeCity: Story = {
  args: {
    data: {
      ...reference,
      meta: { ...reference.meta, department: { name: '某市本级（合成数据）' } },
      expenditureBySubject: { ...syntheticCityTable({ classes: 30, sectionsPerClass: 10, itemsPerSection: 10, seed: 1 }), table: '表3' },
    },
  },
};
