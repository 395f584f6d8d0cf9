import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fromManifest, INVALID_DOCUMENT, largeDocument, loadedData, missing, neverAnswers, REFERENCE, width, type Args } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Components/budget-sunburst',
  component: 'budget-sunburst',
  tags: ['autodocs'],
  ...fromManifest('budget-sunburst', { data: REFERENCE, unit: '万元' }),
};
export default meta;

type Story = StoryObj<Args>;

/** 汾阳市信访局 2024年部门预算: 4 类, 20 科目. Click an arc: `budget-select` shows in Actions. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en', selected: '201' } };
export const BasicExpenditure: Story = { args: { metric: 'basic' } };
export const ProjectExpenditure: Story = { args: { metric: 'project' } };
export const In100MillionYuan: Story = { args: { unit: '亿元' } };
export const ZoomedWithTable: Story = { args: { selected: '201', 'show-table': true } };
/** The page's own 类 colours through `--budget-class-<code>`: label text and outlines follow the contrast they need. */
export const CustomPalette: Story = {
  args: { '--budget-class-201': '#ffeb3b', '--budget-class-208': 'rebeccapurple', '--budget-class-221': 'hsl(190 80% 70%)' },
};
/** A 320 px phone: labels that do not fit their arc are left out; the names stay in the tooltip and the table. */
export const Phone: Story = { decorators: [width(320)] };
export const PhoneEnglishZoomed: Story = { args: { lang: 'en', selected: '201' }, decorators: [width(360)] };
export const Loading: Story = { args: { data: undefined, src: neverAnswers() } };
export const InvalidData: Story = { args: { data: INVALID_DOCUMENT } };
export const InvalidDataEnglish: Story = { args: { data: INVALID_DOCUMENT, lang: 'en' } };
/** A 表3 in a unit the schema does not know. */
export const InvalidUnit: Story = {
  args: { data: { ...REFERENCE, expenditureBySubject: { ...REFERENCE.expenditureBySubject, unit: '千元' } } },
};
export const NotFound: Story = { args: { data: undefined, src: missing('budget.json') } };
export const Empty: Story = { args: { data: { ...REFERENCE, expenditureBySubject: undefined } } };
/** A synthetic city of 10,000 项 (25 类): the smallest siblings are grouped into "其他" arcs that open. */
export const Large: Story = { tags: ['!autodocs'], ...loadedData(largeDocument), args: {} };
/** The same with at most 60 arcs (`max-arcs`). */
export const LargeFewArcs: Story = { tags: ['!autodocs'], ...loadedData(largeDocument), args: { 'max-arcs': 60 } };
