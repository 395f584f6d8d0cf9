import { D, type Dec } from '../decimal.js';
import { BudgetInputError } from '../errors.js';
import type { SubjectRow, SubjectTable } from '../schema/budget-types.generated.js';

/** Sizes and seed of {@link syntheticCityTable}. */
export interface SyntheticCityOptions {
  /** Number of 类, 1–99. */
  classes: number;
  /** 款 per 类, 1–99. */
  sectionsPerClass: number;
  /** 项 per 款, 1–99. */
  itemsPerSection: number;
  /** Any integer; the same seed always gives the same table. */
  seed: number;
}

/** The standard expenditure 类 in code order; they come first so small tables look like real ones. */
const STANDARD_CLASSES: readonly (readonly [string, string])[] = [
  ['201', '一般公共服务支出'], ['202', '外交支出'], ['203', '国防支出'], ['204', '公共安全支出'],
  ['205', '教育支出'], ['206', '科学技术支出'], ['207', '文化旅游体育与传媒支出'], ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'], ['210', '卫生健康支出'], ['211', '节能环保支出'], ['212', '城乡社区支出'],
  ['213', '农林水支出'], ['214', '交通运输支出'], ['215', '资源勘探工业信息等支出'], ['216', '商业服务业等支出'],
  ['217', '金融支出'], ['219', '援助其他地区支出'], ['220', '自然资源海洋气象等支出'], ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'], ['223', '国有资本经营预算支出'], ['224', '灾害防治及应急管理支出'], ['227', '预备费'],
  ['229', '其他支出'], ['230', '转移性支出'], ['231', '债务还本支出'], ['232', '债务付息支出'],
  ['233', '债务发行费用支出'], ['234', '抗疫特别国债安排的支出'],
];
const SECTION_STEMS = ['行政', '综合', '专项', '公共', '社区', '机构', '业务', '发展', '管理', '保障', '服务', '建设'];
const ITEM_STEMS = ['行政运行', '一般行政管理事务', '机关服务', '事业运行', '专项业务', '信息化建设', '专项补助', '设施维护', '人员培训', '其他支出'];

/** mulberry32: tiny, fast and identical on every platform, which is all a fixture needs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function classList(count: number): (readonly [string, string])[] {
  const used = new Set(STANDARD_CLASSES.map(([code]) => code));
  const extra: (readonly [string, string])[] = [];
  for (let code = 201; code <= 299; code++) if (!used.has(String(code))) extra.push([String(code), `某某支出 ${code}`]);
  return [...STANDARD_CLASSES, ...extra].slice(0, count);
}

function checkSize(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    throw new BudgetInputError({ code: 'invalid-option', messageZh: `${name} 必须是 1 到 99 之间的整数`, messageEn: `${name} must be an integer from 1 to 99`, found: String(value) });
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
type Split = { total: Dec; basic: Dec; project: Dec };
const add = (a: Split, b: Split): Split => ({ total: a.total.plus(b.total), basic: a.basic.plus(b.basic), project: a.project.plus(b.project) });
const zero = (): Split => ({ total: new D(0), basic: new D(0), project: new D(0) });
const amounts = (s: Split) => ({ total: s.total.toFixed(2), basic: s.basic.toFixed(2), project: s.project.toFixed(2) });

/**
 * A deterministic 功能分类 table the size of a whole city's budget (表3 layout: 合计, 基本支出,
 * 项目支出, in 万元), for tests, stories and benchmarks. 项 amounts are log-uniform from 0.10 to
 * 1,000,000.00 so a few rows dominate and many are tiny, as in real reports; some are all 基本
 * or all 项目 (zeros in one column). Every 款, 类 and the total are exact sums of their rows.
 */
export function syntheticCityTable(options: SyntheticCityOptions): SubjectTable {
  const { classes, sectionsPerClass, itemsPerSection, seed } = options;
  checkSize('classes', classes);
  checkSize('sectionsPerClass', sectionsPerClass);
  checkSize('itemsPerSection', itemsPerSection);
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const rows: SubjectRow[] = [];
  let total = zero();
  for (const [classCode, className] of classList(classes)) {
    const classRow: SubjectRow = { code: classCode, name: className, amounts: {} };
    rows.push(classRow);
    let classSum = zero();
    for (let s = 1; s <= sectionsPerClass; s++) {
      const sectionRow: SubjectRow = { code: classCode + pad(s), name: `${pick(SECTION_STEMS)}事务 ${s}`, amounts: {} };
      rows.push(sectionRow);
      let sectionSum = zero();
      for (let i = 1; i <= itemsPerSection; i++) {
        // Whole cents, so every generated amount is exact with two decimals.
        const cents = Math.floor(10 ** (1 + next() * 7));
        const kind = next();
        const basicCents = kind < 0.3 ? cents : kind < 0.6 ? 0 : Math.floor(cents * next());
        const item: Split = { total: new D(cents).div(100), basic: new D(basicCents).div(100), project: new D(cents - basicCents).div(100) };
        rows.push({ code: sectionRow.code + pad(i), name: `${pick(ITEM_STEMS)} ${i}`, amounts: amounts(item) });
        sectionSum = add(sectionSum, item);
      }
      sectionRow.amounts = amounts(sectionSum);
      classSum = add(classSum, sectionSum);
    }
    classRow.amounts = amounts(classSum);
    total = add(total, classSum);
  }
  return {
    table: '表3',
    unit: '万元',
    columns: [{ key: 'total', label: '合计' }, { key: 'basic', label: '基本支出' }, { key: 'project', label: '项目支出' }],
    total: amounts(total),
    rows,
  };
}
