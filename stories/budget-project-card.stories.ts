import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, INVALID_DOCUMENT, missing, neverAnswers, REFERENCE, width, type Args } from './story-helpers.js';

/** One project alone, as a news page writing about it would embed it. */
const meta: Meta<Args> = {
  title: 'Components/budget-project-card',
  component: 'budget-project-card',
  tags: ['autodocs'],
  ...fromManifest('budget-project-card', { data: REFERENCE, project: 'xinfang-2024', open: true, unit: '万元' }),
};
export default meta;

type Story = StoryObj<Args>;

/** 2024信访经费, with its 绩效目标表. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };
export const Closed: Story = { args: { open: false } };
/** 2024常年法律顾问费. */
export const AnotherProject: Story = { args: { project: 'legal-adviser' } };
export const Phone: Story = { decorators: [width(320)] };
export const Loading: Story = { args: { data: undefined, src: neverAnswers() } };
export const InvalidData: Story = { args: { data: INVALID_DOCUMENT } };
/** An id the document does not have: the element names the ids it has. */
export const UnknownProject: Story = { args: { project: 'no-such-project' } };
export const NotFound: Story = { args: { data: undefined, src: missing('budget.json') } };
