import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { syntheticRegionIndex } from '../src/core/explorer/synthetic-index.js';
import { fromManifest, loadedData, missing, neverAnswers, REFERENCE, width, type Args } from './story-helpers.js';

/** The index `budget-viz import` wrote for data/region (Storybook serves data/ at /data). */
const REGION_URL = 'data/region/index.json';

const meta: Meta<Args> = {
  title: 'Components/budget-explorer',
  component: 'budget-explorer',
  tags: ['autodocs'],
  ...fromManifest('budget-explorer', { src: REGION_URL }),
};
export default meta;

type Story = StoryObj<Args>;

/** Eight reports of 汾阳市, 上海市 and 普陀区: the newest year's budgets, largest first. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en', year: '2025' } };
export const Light: Story = { args: { theme: 'light', year: 'all' } };
export const Dark: Story = { args: { theme: 'dark', year: 'all' } };
export const FinalAccounts: Story = { args: { kind: 'final' } };
export const WithTable: Story = { args: { year: '2025', 'show-table': true } };
/** 上海市普陀区万里街道 2025: its report under the list, and its years 2023 and 2025 as bars. */
export const Report: Story = { args: { year: '2025', view: 'report', selected: '4471ea36-2025-budget' } };
/** Three departments of 普陀区 side by side; their documents load when the comparison opens. */
export const Compare: Story = {
  args: { year: '2025', view: 'compare', selected: 'b5e32171-2025-budget 56f67de7-2025-budget 4471ea36-2025-budget' },
};
/** As a link (`sync-url`) would open it: 普陀区's department reports of every year, searched, scoped and by name from the end. */
export const SearchedAndSorted: Story = { args: { year: 'all', query: '普陀区', scope: 'department', sort: '-name' } };
/** 320 px, a small phone: the 基本支出 and 项目支出 columns give way to the bars, which say them. */
export const Phone: Story = { args: { year: 'all' }, decorators: [width(320)] };
export const Loading: Story = { args: { src: neverAnswers('index.json') } };
export const NotFound: Story = { args: { src: missing('index.json') } };
/** A document is not an index: the element names `$.type`. */
export const NotACollection: Story = { args: { src: undefined, data: REFERENCE } };
/** A synthetic region of 1,000 departments over 5 years: 5,000 entries, 50 rows drawn at first. */
export const Large: Story = {
  tags: ['!autodocs'],
  ...loadedData(() => syntheticRegionIndex({ departments: 1000, years: 5, firstYear: 2021, seed: 7 })),
  args: { src: undefined },
};
