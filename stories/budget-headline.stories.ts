import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, INVALID_DOCUMENT, missing, neverAnswers, REFERENCE, REFERENCE_URL, type Args } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Components/budget-headline',
  component: 'budget-headline',
  tags: ['autodocs'],
  ...fromManifest('budget-headline', { data: REFERENCE, unit: '万元' }),
};
export default meta;

type Story = StoryObj<Args>;

/** The reference report, 汾阳市信访局 2024年部门预算. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };
export const InYuan: Story = { args: { unit: '元' } };
/** By URL, as a portal serves the document. */
export const FromUrl: Story = { args: { data: undefined, src: REFERENCE_URL } };
export const Loading: Story = { args: { data: undefined, src: neverAnswers() } };
/** Invalid data is never drawn: the element names the field, what it expected and what it found. */
export const InvalidData: Story = { args: { data: INVALID_DOCUMENT } };
export const InvalidDataEnglish: Story = { args: { data: INVALID_DOCUMENT, lang: 'en' } };
/** A URL that answers 404. */
export const NotFound: Story = { args: { data: undefined, src: missing('budget.json') } };
