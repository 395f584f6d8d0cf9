import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manyFindingsDocument } from '../tests/fixtures/many-findings-document.js';
import { fromManifest, INVALID_DOCUMENT, largeDocument, loadedData, missing, neverAnswers, REFERENCE, REFERENCE_URL, type Args } from './story-helpers.js';

const manyFindings = () => manyFindingsDocument(9_000);

const meta: Meta<Args> = {
  title: 'Components/budget-audit',
  component: 'budget-audit',
  tags: ['autodocs'],
  ...fromManifest('budget-audit', { src: REFERENCE_URL }),
};
export default meta;

type Story = StoryObj<Args>;

/** 汾阳市信访局 2024: one error (a count in the 说明) and two rounding differences. "Show subject" fires `budget-select`. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { ...loadedData(() => manyFindingsDocument(300)), args: { theme: 'dark', lang: 'en', src: undefined, 'show-table': true } };
export const WithTable: Story = { args: { 'show-table': true } };
export const ErrorsOnly: Story = { args: { severities: 'error' } };
/** Given as data rather than by URL, as a CMS that already has the document would. */
export const FromData: Story = { args: { src: undefined, data: REFERENCE } };
export const Loading: Story = { args: { src: neverAnswers() } };
export const InvalidData: Story = { args: { src: undefined, data: INVALID_DOCUMENT } };
export const NotFound: Story = { args: { src: missing('budget.json') } };
/**
 * A 表3 of 9,000 项 that do not add up: 9,184 findings of two rules. 50 are drawn, shared between
 * the rules; each rule's button draws 50 more, and the table pages 50 rows at a time.
 */
export const ManyFindings: Story = { tags: ['!autodocs'], ...loadedData(manyFindings), args: { src: undefined, 'show-table': true } };
export const ManyFindingsEnglish: Story = { tags: ['!autodocs'], ...loadedData(manyFindings), args: { src: undefined, lang: 'en', 'show-table': true } };
/** The synthetic city of 10,000 项 put into the reference report: its 表3 no longer agrees with 表1. */
export const Large: Story = { tags: ['!autodocs'], ...loadedData(largeDocument), args: { src: undefined } };
