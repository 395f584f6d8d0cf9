import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, INVALID_DOCUMENT, missing, neverAnswers, REFERENCE, width, type Args } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Components/budget-project-cards',
  component: 'budget-project-cards',
  tags: ['autodocs'],
  ...fromManifest('budget-project-cards', { data: REFERENCE, unit: '万元' }),
};
export default meta;

type Story = StoryObj<Args>;

/** The 8 projects of 汾阳市信访局 2024 and the department-wide targets. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en', layout: 'expanded' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark', layout: 'expanded' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };
export const Expanded: Story = { args: { layout: 'expanded' } };
export const ByAmount: Story = { args: { sort: 'amount' } };
/** 科目 2014004 信访业务: three projects, their 科目 inferred from the amounts. */
export const FilteredBySubject: Story = { args: { selected: '2014004' } };
export const Search: Story = { args: { query: '法律' } };
export const WithTable: Story = { args: { 'show-table': true } };
export const Phone: Story = { decorators: [width(320)] };
export const Loading: Story = { args: { data: undefined, src: neverAnswers() } };
export const InvalidData: Story = { args: { data: INVALID_DOCUMENT } };
export const NotFound: Story = { args: { data: undefined, src: missing('budget.json') } };
/** A document without projects or department-wide targets. */
export const Empty: Story = { args: { data: { ...REFERENCE, projects: undefined, departmentPerformance: undefined } } };
