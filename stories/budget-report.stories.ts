import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, INVALID_DOCUMENT, largeDocument, loadedData, missing, neverAnswers, REFERENCE_URL, WANLI_URL, type Args } from './story-helpers.js';

const base = fromManifest('budget-report', { src: REFERENCE_URL, unit: '万元' });

const meta: Meta<Args> = {
  title: 'Components/budget-report',
  component: 'budget-report',
  tags: ['autodocs'],
  ...base,
  argTypes: { ...base.argTypes, src: { ...base.argTypes?.src, control: 'select', options: [REFERENCE_URL, WANLI_URL] } },
  parameters: { ...base.parameters, layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole reference report, every view linked. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };
export const SelectedSubject: Story = { args: { selected: '20140' } };
/** A collection: the newest year (万里街道 2025) with the comparison against 2023. */
export const TwoYears: Story = { args: { src: WANLI_URL } };
export const Loading: Story = { args: { src: neverAnswers() } };
export const InvalidData: Story = { args: { src: undefined, data: INVALID_DOCUMENT } };
export const NotFound: Story = { args: { src: missing('budget.json') } };
/** The reference report with a synthetic 表3 of 10,000 项. */
export const Large: Story = { tags: ['!autodocs'], ...loadedData(largeDocument), args: { src: undefined } };
