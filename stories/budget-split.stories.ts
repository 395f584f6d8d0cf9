import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, INVALID_DOCUMENT, largeDocument, loadedData, missing, neverAnswers, REFERENCE, width, type Args } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Components/budget-split',
  component: 'budget-split',
  tags: ['autodocs'],
  ...fromManifest('budget-split', { data: REFERENCE, unit: '万元' }),
};
export default meta;

type Story = StoryObj<Args>;

/** 汾阳市信访局 2024: 基本支出 33.92%, 项目支出 66.08%. Open 基本支出 for 人员经费 / 公用经费. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en', 'show-table': true } };
export const GovernmentClassification: Story = { args: { classification: 'government' } };
export const BySection: Story = { args: { level: 'section' } };
export const SelectedSubject: Story = { args: { selected: '201' } };
export const WithTable: Story = { args: { 'show-table': true } };
/** 亿元: every amount of the view gets enough decimals that none reads as 0. */
export const InYi: Story = { args: { unit: '亿元', 'show-table': true } };
/** The page's own bar colours; `--budget-color-on-segment` is set with them. */
export const CustomColours: Story = {
  args: { '--budget-color-basic': '#00695c', '--budget-color-project': '#6a1b9a', '--budget-color-on-segment': '#ffffff' },
};
/** 320 px, a small phone: a segment shows its share alone, or nothing, when its name does not fit. */
export const Phone: Story = { decorators: [width(320)] };
export const Loading: Story = { args: { data: undefined, src: neverAnswers() } };
export const InvalidData: Story = { args: { data: INVALID_DOCUMENT } };
export const NotFound: Story = { args: { data: undefined, src: missing('budget.json') } };
export const Empty: Story = { args: { data: { ...REFERENCE, expenditureBySubject: undefined } } };
/** A synthetic city of 10,000 项, by 款. */
export const Large: Story = { tags: ['!autodocs'], ...loadedData(largeDocument), args: { level: 'section' } };
