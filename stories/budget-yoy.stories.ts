import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, INVALID_DOCUMENT, largeDocument, loadedData, missing, neverAnswers, REFERENCE, WANLI_URL, width, type Args } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Components/budget-yoy',
  component: 'budget-yoy',
  tags: ['autodocs'],
  ...fromManifest('budget-yoy', { src: WANLI_URL, unit: '万元' }),
};
export default meta;

type Story = StoryObj<Args>;

/** 上海市普陀区万里街道 2023 and 2025, loaded from a collection. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en', measure: 'split' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en', measure: 'function' } };
export const ByFunction: Story = { args: { measure: 'function', sort: 'change' } };
export const ThreePublic: Story = { args: { measure: 'three-public', 'show-table': true } };
/** One document: the 2023 total is derived from "比上年增加65.01万元" and drawn hatched. */
export const DerivedPriorYear: Story = { args: { src: undefined, data: REFERENCE } };
export const DerivedOperatingCosts: Story = { args: { src: undefined, data: REFERENCE, measure: 'operating' } };
/** 320 px, a small phone: the change phrase breaks only between its clauses. */
export const Phone: Story = { decorators: [width(320)] };
export const Loading: Story = { args: { src: neverAnswers('collection.json') } };
export const InvalidData: Story = { args: { src: undefined, data: INVALID_DOCUMENT } };
export const NotFound: Story = { args: { src: missing('collection.json') } };
/** A document that says nothing of an earlier year: there is nothing to compare. */
export const Empty: Story = { args: { src: undefined, data: { ...REFERENCE, priorYear: undefined } } };
/** A synthetic city of 10,000 项, by 功能分类 类, against the prior year the reference report states. */
export const Large: Story = { tags: ['!autodocs'], ...loadedData(largeDocument), args: { src: undefined, measure: 'function' } };
