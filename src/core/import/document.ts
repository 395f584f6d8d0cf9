/**
 * Assembling a BudgetDocument from report text: meta, the tables found, each section read by
 * its module; then a final check with validateBudgetFile that drops any section that would not
 * validate, so that the output always does.
 */
import type { BudgetDocument, Meta, MoneyUnit, TableInfo } from '../schema/budget-types.generated.js';
import { validateBudgetFile } from '../validate/index.js';
import { columnsFromHeader } from './columns.js';
import { ImportContext, type ImportWarning } from './context.js';
import { isBlank, normaliseText, type SourceLine } from './lines.js';
import { parseEconomic, parseOperating, parseProjects, parseThreePublicLine, parseThreePublicRows } from './others.js';
import { parseDepartmentSheet } from './department-performance.js';
import { hasEconomicCodes, parseEconomicCodes } from './economic.js';
import { settleIncomeColumns } from './income-columns.js';
import { parsePerformanceSheets } from './performance.js';
import { parseNarrative } from './narrative.js';
import { parseStatements, readProfileTexts } from './statements.js';
import { parseSubjectTable, totalOnly, UNSETTLED } from './subjects.js';
import { parseSummary } from './summary.js';
import { findTables, type TableBlock } from './tables.js';

export interface ImportOptions {
  /** The file name recorded in meta.source.file. */
  file?: string;
  /** Called with progress messages on long inputs. */
  onProgress?: (message: string) => void;
}

export interface ImportResult {
  document: BudgetDocument;
  warnings: ImportWarning[];
  /** Tables found, in report order. */
  tables: TableInfo[];
  /** Number of figures read into the document. */
  figures: number;
}

/** Thrown when the input cannot be read as a report at all. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Imports a disclosure report from its text. */
export function importReportText(text: string, options: ImportOptions = {}): ImportResult {
  const ctx = new ImportContext();
  const lines = normaliseText(text);
  if (lines.every((l) => isBlank(l.text))) throw new ImportError('the input has no text', '输入没有文字内容');
  const title = documentTitle(lines);
  const noise = (line: SourceLine) => {
    const t = line.text.trim().replace(/\s+/g, '');
    return (!!title && t === title.replace(/\s+/g, '')) || /^第[一二三四五六七八九十]+部分/.test(t);
  };
  options.onProgress?.(`${lines.length} lines`);
  const blocks = findTables(lines, noise);
  if (blocks.length === 0) throw new ImportError('no budget tables found in the input', '输入中找不到预算公开表');
  options.onProgress?.(`${blocks.length} tables found`);

  const units = blocks.map((b) => b.unit).filter((u): u is MoneyUnit => !!u);
  const docUnit: MoneyUnit = mostCommon(units) ?? '万元';
  const meta = buildMeta(lines, blocks, title, docUnit, options.file);
  const doc: BudgetDocument = { type: 'budget-document', schemaVersion: '1.0', meta };
  const done = new Set<string>();
  for (const block of blocks) {
    options.onProgress?.(`${block.id} ${block.title}`);
    const unit = block.unit ?? docUnit;
    if (!block.unit) ctx.warn(block.titleLine, `${block.id}：未注明金额单位，按${docUnit}处理`, `${block.id}: no unit stated; taken as ${docUnit}`);
    const once = (key: keyof BudgetDocument) => {
      if (done.has(key)) {
        ctx.warn(block.titleLine, `${block.id}：同类表已导入，本表跳过`, `${block.id}: a table of this kind was already imported; skipped`);
        return false;
      }
      done.add(key);
      return true;
    };
    try {
      switch (block.kind) {
        case 'summary':
        case 'fiscalAppropriationSummary': {
          const key = block.kind === 'summary' ? 'summary' : 'fiscalAppropriationSummary';
          const start = block.lines.findIndex((l) => /^[一二三四五六七八九十]+、/.test(l.text.trim()));
          const printed = columnsFromHeader(block.lines.slice(0, Math.max(0, start)), block.kind === 'summary' ? 'summary' : 'fiscal');
          const section = parseSummary(block, printed, unit, ctx);
          if (section && once(key)) doc[key] = section;
          break;
        }
        case 'incomeBySubject':
        case 'expenditureBySubject':
        case 'generalBudgetExpenditure':
        case 'governmentFundExpenditure':
        case 'stateCapitalExpenditure': {
          if (block.status === 'empty') break;
          const section = parseSubjectTable(block, block.kind === 'incomeBySubject' ? 'income' : 'expenditure', unit, ctx);
          if (section && section.rows.length > 0 && once(block.kind)) doc[block.kind] = section;
          break;
        }
        case 'basicExpenditureByEconomic': {
          if (block.status === 'empty') break;
          if (hasEconomicCodes(block)) {
            const table = parseEconomicCodes(block, unit, ctx);
            if (!table) break;
            if (once('basicExpenditureByEconomicCode')) doc.basicExpenditureByEconomicCode = table;
            break;
          }
          const section = parseEconomic(block, unit, ctx);
          if (section && once('basicExpenditureByEconomic')) doc.basicExpenditureByEconomic = section;
          break;
        }
        case 'threePublicExpenses': {
          if (block.lines.some((l) => /^因公出国/.test(l.text.trim()))) {
            const section = parseThreePublicRows(block, unit, ctx);
            if (section && once('threePublicExpenses')) doc.threePublicExpenses = section;
          } else {
            const { three, operating } = parseThreePublicLine(block, unit, ctx);
            if (three && once('threePublicExpenses')) doc.threePublicExpenses = three;
            if (operating && once('operatingExpenses')) doc.operatingExpenses = operating;
          }
          break;
        }
        case 'operatingExpenses': {
          const section = parseOperating(block, unit, ctx);
          if (section && once('operatingExpenses')) doc.operatingExpenses = section;
          break;
        }
        case 'projects':
        case 'carriedOverProjects': {
          if (block.status === 'empty') break;
          const section = parseProjects(block, unit, ctx, block.kind === 'projects' ? 'p' : 'c');
          if (section && once(block.kind)) doc[block.kind] = section;
          break;
        }
        default:
          break;
      }
    } catch (error) {
      ctx.warn(block.titleLine, `${block.id}：读取时出错（${(error as Error).message}），本表未导入`, `${block.id}: error while reading (${(error as Error).message}); table not imported`);
    }
  }
  const income = doc.incomeBySubject;
  if (!settleIncomeColumns(doc, ctx) && income && UNSETTLED.has(income)) totalOnly(income, ctx, income.provenance?.total?.line ?? 0);
  attachPerformance(doc, lines, ctx);
  const department = parseDepartmentSheet(lines, ctx);
  const profileTexts = readProfileTexts(lines);
  if (department.profile || profileTexts.duties || profileTexts.organisation) {
    const p = department.profile ?? {};
    doc.profile = { ...(profileTexts.duties ? { duties: profileTexts.duties } : {}), ...(p.dutiesSummary ? { dutiesSummary: p.dutiesSummary } : {}), ...(profileTexts.organisation ? { organisation: profileTexts.organisation } : {}), ...p };
  }
  if (department.performance) doc.departmentPerformance = department.performance;
  const statements = parseStatements(lines, doc, noise, ctx);
  if (statements.procurement) doc.procurement = statements.procurement;
  if (statements.assets) doc.assets = statements.assets;
  if (statements.claims.length) doc.claims = statements.claims;
  if (statements.priorYear.length) doc.priorYear = statements.priorYear;
  // A 说明 not in the reference layout (部门预算编制说明, 其他相关情况说明, 决算 情况说明 parts).
  if (!statements.claims.length) {
    const narrative = parseNarrative(lines, doc, blocks, ctx);
    if (narrative.claims.length) doc.claims = narrative.claims;
    if (narrative.priorYear.length) doc.priorYear = narrative.priorYear;
    if (narrative.procurement && !doc.procurement) doc.procurement = narrative.procurement;
  }
  const document = ensureValid(doc, ctx);
  return { document, warnings: ctx.warnings, tables: document.meta.tables, figures: ctx.figures };
}

function attachPerformance(doc: BudgetDocument, lines: SourceLine[], ctx: ImportContext) {
  const sheets = parsePerformanceSheets(lines, ctx);
  if (sheets.length === 0) return;
  const projects = [...(doc.projects?.units ?? []), ...(doc.carriedOverProjects?.units ?? [])].flatMap((u) => u.projects);
  for (const sheet of sheets) {
    const project = projects.find((p) => p.name.replace(/\s+/g, '') === sheet.projectName);
    if (!project) {
      ctx.warn(sheet.line, `绩效目标表“${sheet.projectName}”在项目支出表中找不到对应项目`, `performance sheet "${sheet.projectName}" matches no project of the project table`);
      continue;
    }
    project.performance = sheet.performance;
  }
}

/** Drops sections that do not validate until the document does. */
function ensureValid(doc: BudgetDocument, ctx: ImportContext): BudgetDocument {
  for (let attempt = 0; attempt < 30; attempt++) {
    const result = validateBudgetFile(doc);
    if (result.valid) return doc;
    const issue = result.issues[0]!;
    const path = pathSegments(issue.path as unknown);
    const section = typeof path?.[0] === 'string' ? path[0] : undefined;
    if (!section || section === 'meta' || section === 'type' || section === 'schemaVersion') {
      throw new ImportError(`the document cannot be made valid: ${issue.message.en}`, `无法生成有效文档：${issue.message.zh}`);
    }
    // Drop the performance of one project rather than the whole project table.
    if ((section === 'projects' || section === 'carriedOverProjects') && path.includes('performance')) {
      const table = doc[section]!;
      const unit = table.units[path[2] as number]!;
      const project = unit.projects[path[4] as number]!;
      delete project.performance;
      ctx.warn(0, `项目“${project.name}”的绩效目标表无法通过校验，已略去`, `the performance sheet of "${project.name}" does not validate; left out`);
      continue;
    }
    delete (doc as unknown as Record<string, unknown>)[section];
    ctx.warn(0, `“${section}”部分无法通过校验（${issue.message.zh}），已略去`, `section "${section}" does not validate (${issue.message.en}); left out`);
  }
  return doc;
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

function documentTitle(lines: SourceLine[]): string | undefined {
  const report = lines.find((l) => /^\S{2,40}\d{4}年(度)?.*(预算|决算)公开报告$/.test(l.text.trim()));
  if (report) return report.text.trim();
  const first = lines.findIndex((l) => !isBlank(l.text));
  if (first < 0) return undefined;
  const a = lines[first]!.text.trim();
  const b = lines.slice(first + 1).find((l) => !isBlank(l.text))?.text.trim() ?? '';
  if (/\d{4}年.*(预算|决算)/.test(a) && a.length <= 40) return a;
  if (/^\d{4}年(度)?.*(预算|决算)$/.test(b) && a.length <= 30) return a + b;
  return undefined;
}

function buildMeta(lines: SourceLine[], blocks: TableBlock[], title: string | undefined, unit: MoneyUnit, file?: string): Meta {
  const head = lines.slice(0, 400).map((l) => l.text.trim());
  const find = (re: RegExp) => head.map((t) => re.exec(t)?.[1]).find((x) => x);
  let department =
    find(/(?:部门名称|编制部门|编制单位|预算主管部门|预算单位|单位名称)[：:]\s*([^\s：:]+?)(?:\s|单位[：:]|$)/) ??
    (title ? /^(.+?)\d{4}年/.exec(title)?.[1] : undefined);
  if (department) department = department.replace(/\s+/g, '');
  const yearText = title && /(\d{4})年/.exec(title) ? /(\d{4})年/.exec(title)![1] : /(\d{4})年/.exec(blocks[0]!.title)?.[1] ?? find(/(\d{4})年/);
  const fiscalYear = Number(yearText ?? new Date().getFullYear());
  const all = lines.slice(0, 60).map((l) => l.text).join('\n') + blocks.map((b) => b.title).join('\n');
  const kind = /决算/.test((title ?? '') + blocks.map((b) => b.title).join('\n')) ? 'final' : 'budget';
  // The title says what the report is ("…2025年部门预算" / "…单位预算"); only without it do the
  // first pages decide, where "部门及其所属预算单位" alone must not make a department's report a unit's.
  const titled = /(部门|单位)(预算|决算)/.exec((title ?? '').replace(/\s+/g, ''));
  const scope = titled ? (titled[1] === '单位' ? 'unit' : 'department') : /单位预算|单位决算|预算单位[：:]|预算单位.*(总表|预算表)/.test(all) ? 'unit' : 'department';
  const regionMatch = /^(.{2,8}?省)?(.{2,8}?市)?(.{2,8}?[区县])?/.exec(department ?? '');
  const path = [regionMatch?.[1], regionMatch?.[2], regionMatch?.[3]].filter((x): x is string => !!x);
  const level = /市级/.test(all) && /^(上海|北京|天津|重庆)市/.test(department ?? '') ? 'province' : /省级/.test(all) ? 'province' : 'county';
  const meta: Meta = {
    department: { name: department || '（未注明）' },
    region: path.length ? { name: path[path.length - 1]!, path } : { name: '（未注明）' },
    level,
    fiscalYear,
    kind,
    scope,
    currency: 'CNY',
    unit,
    source: { title: title ?? department ?? 'report', ...(file ? { file } : {}) },
    tables: blocks.map((b) => {
      const info: TableInfo = { id: b.id, title: b.title, status: b.status };
      if (b.heading) info.heading = b.heading;
      if (b.label) info.label = b.label;
      if (b.unit) info.unit = b.unit;
      return { id: info.id, ...(info.heading ? { heading: info.heading } : {}), ...(info.label ? { label: info.label } : {}), title: info.title, ...(info.unit ? { unit: info.unit } : {}), status: info.status };
    }),
  };
  return meta;
}

/** The segments of an issue path, given as an array or as text like `$.claims[0].id`. */
function pathSegments(path: unknown): (string | number)[] {
  if (Array.isArray(path)) return path as (string | number)[];
  if (typeof path !== 'string') return [];
  const out: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  return out;
}
