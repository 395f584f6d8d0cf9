import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import reference from '../data/fenyang-xinfang-2024.json';
import { manyFindingsDocument } from '../tests/fixtures/many-findings-document.js';
import { DARK_THEME, neverAnswers } from './story-helpers.js';

interface AuditArgs {
  lang: 'zh-CN' | 'en';
  severities: string;
  showTable: boolean;
  data?: unknown;
  src?: string;
}

const REFERENCE = 'data/fenyang-xinfang-2024.json';

const meta: Meta<AuditArgs> = {
  title: 'Components/budget-audit',
  component: 'budget-audit',
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    severities: { control: 'text' },
    showTable: { control: 'boolean' },
    data: { control: false },
    src: { control: false },
  },
  args: { lang: 'zh-CN', severities: 'error rounding note', showTable: false, src: REFERENCE },
  render: (args) =>
    html`<budget-audit
      lang=${args.lang}
      severities=${args.severities}
      ?show-table=${args.showTable}
      src=${args.data ? '' : (args.src ?? '')}
      .data=${args.data}
    ></budget-audit>`,
};
export default meta;

type Story = StoryObj<AuditArgs>;

/** 汾阳市信访局 2024: one error (a count in the 说明) and two rounding differences. */
export const ReferenceReport: Story = {};
export const ReferenceWithTable: Story = { args: { showTable: true } };
export const English: Story = { args: { lang: 'en' } };
export const ErrorsOnly: Story = { args: { severities: 'error' } };
/**
 * A 表3 of 9,000 项 that do not add up: 9,184 findings of two rules. 50 are drawn, shared between
 * the rules; each rule's button draws 50 more, and the table pages 50 rows at a time.
 */
export const ManyFindings: Story = { args: { data: manyFindingsDocument(9_000), showTable: true } };
export const ManyFindingsEnglish: Story = { args: { data: manyFindingsDocument(9_000), lang: 'en', showTable: true } };
/** Given as data rather than by URL, as a CMS that already has the document would. */
export const ReferenceAsData: Story = { args: { data: reference } };
export const DarkTheme: Story = {
  args: { data: manyFindingsDocument(300), showTable: true },
  decorators: [(story) => html`<div style=${DARK_THEME}>${story()}</div>`],
};
export const Loading: Story = { args: { src: neverAnswers('/data/fenyang-xinfang-2024.json') } };
export const LoadError: Story = { args: { src: '/no-such-document.json' } };
