/**
 * The figures of the 情况说明: statements in the standard patterns become `claims` (with shares and
 * stated changes), changes give `priorYear` figures, and the 政府采购 and 国有资产 paragraphs give
 * `procurement` and `assets`. Only fixed patterns are read; an amount of the 说明 that no pattern
 * places is a warning at its line, never a guess.
 */
import type { Assets, BudgetDocument, Claim, ClaimSubject, FundingSource, MoneyUnit, PriorYearFigure, Procurement } from '../schema/budget-types.generated.js';
import { D } from '../decimal.js';
import type { ImportContext } from './context.js';
import { isBlank, isPageMark, type SourceLine } from './lines.js';
import { parseAmountToken } from './numbers.js';

interface Section {
  heading: string;
  text: string;
  /** Start offset in `text` of each line, with its line. */
  spans: { at: number; line: SourceLine }[];
}

const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+、)\S{2,30}$/;
const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';

/**
 * What text.matchAll(/(L*)TAIL/g) gives (or /(L+?)TAIL/g with minLabel 1), in linear time: L is a
 * class of label characters without digits and TAIL, sticky, starts with a digit. From any start
 * the label runs to the end of its L-run, so every start inside one run meets TAIL at the same
 * place: one try per run. A TAIL that fails at a digit fails at every later start in the same
 * [\d,] run too (its number can only be shorter there), so that run is skipped as well.
 */
function* labelledMatches(text: string, label: RegExp, tail: RegExp, minLabel: number): Generator<RegExpMatchArray> {
  let i = 0;
  while (i < text.length) {
    let e = i;
    while (e < text.length && label.test(text[e]!)) e++;
    if (e - i >= minLabel) {
      tail.lastIndex = e;
      const m = tail.exec(text);
      if (m) {
        const match = [text.slice(i, e) + m[0], text.slice(i, e), ...m.slice(1)] as unknown as RegExpMatchArray;
        match.index = i;
        yield match;
        i = e + m[0].length;
        continue;
      }
    }
    if (e > i) i = e;
    else if (/\d/.test(text[i]!)) while (i < text.length && /[\d,]/.test(text[i]!)) i++;
    else i++;
  }
}

function lineAt(section: Section, offset: number): SourceLine {
  let found = section.spans[0]!.line;
  for (const s of section.spans) if (s.at <= offset) found = s.line;
  return found;
}

/** The 说明 part of the report, cut into sections by their headings; 绩效目标表 are left out. */
function sectionsOf(lines: SourceLine[], noise: (l: SourceLine) => boolean): Section[] {
  const start = lines.findIndex((l) => /^第[一二三四五六七八九十]+部分\s*\S*(预算|决算)情况说明$/.test(l.text.trim()));
  if (start < 0) return [];
  // The table of contents names the parts too: take the last heading that is followed by text.
  let from = start;
  for (let i = start; i < lines.length; i++) if (/^第[一二三四五六七八九十]+部分\s*\S*(预算|决算)情况说明$/.test(lines[i]!.text.trim())) from = i;
  let to = lines.findIndex((l, i) => i > from && /^第[一二三四五六七八九十]+部分/.test(l.text.trim()));
  if (to < 0) to = lines.length;
  const out: Section[] = [];
  let current: Section | undefined;
  let inSheet = false;
  for (const line of lines.slice(from + 1, to)) {
    const t = line.text.trim();
    if (isBlank(t) || isPageMark(t) || noise(line)) continue;
    if (/绩效目标(申报|填报)?表$/.test(t)) {
      inSheet = true;
      continue;
    }
    if (HEADING.test(t) && !/[。，；]/.test(t)) {
      inSheet = false;
      current = { heading: t, text: '', spans: [] };
      out.push(current);
      continue;
    }
    if (inSheet || !current) continue;
    current.spans.push({ at: current.text.length, line });
    current.text += t.replace(/\s+(?=[^\d])|(?<=[^\d])\s+/g, '');
  }
  return out.filter((s) => s.text);
}

type Rule = [RegExp, ClaimSubject];
const src = (source: FundingSource): ClaimSubject => ({ kind: 'source', source });
/** Labels (the words right before an amount) and what they are about; anchored at the end. */
const RULES: Rule[] = [
  [/(?:本年)?(?:部门)?(?:预算)?收入总计$/, { kind: 'incomeTotal' }],
  [/(?:本年)?(?:部门)?(?:预算)?支出总计$/, { kind: 'expenditureTotal' }],
  [/^本年收入$/, { kind: 'incomeTotal' }],
  [/^(?:部门)?预算收入$/, { kind: 'incomeTotal' }],
  [/^本年预算安排$/, { kind: 'expenditureTotal' }],
  [/^(?:部门)?支出预算$/, { kind: 'expenditureTotal' }],
  [/^财政拨款收支总预算$/, { kind: 'fiscalAppropriationTotal' }],
  [/^当年拨款收入$/, { kind: 'fiscalAppropriationTotal' }],
  [/^上年结转(?:收入)?$/, src('carryOver')],
  [/^一般公共预算拨款(?:收入)?$/, src('generalPublicBudget')],
  [/^政府性基金预算拨款(?:收入)?$/, src('governmentFund')],
  [/^国有资本经营预算拨款(?:收入)?$/, src('stateCapital')],
  [/^财政专户管理资金(?:收入)?$/, src('fiscalSpecialAccount')],
  [/^单位资金(?:收入)?$/, src('unitFunds')],
  [/^(?:一般公共预算安排)?基本支出$/, { kind: 'basic' }],
  [/^项目支出$/, { kind: 'project' }],
  [/项目支出总额$/, { kind: 'project' }],
  [/^一般公共预算当年支出$/, { kind: 'generalBudgetExpenditure' }],
  [/^人员经费$/, { kind: 'personnel' }],
  [/^公用经费$/, { kind: 'publicUse' }],
  [/机关运行经费(?:财政拨款预算)?$/, { kind: 'operatingExpenses' }],
  [/^“三公”经费(?:财政拨款)?预算$/, { kind: 'threePublic' }],
  [/^政府采购(?:预算总额|货物预算|工程预算|服务预算)$/, { kind: 'procurement' }],
  [/纳入绩效目标管理的(?:二级)?项目$/, { kind: 'projectsManaged' }],
  [/^其他运转类项目$/, { kind: 'projectsOperating' }],
  [/^特定目标类项目$/, { kind: 'projectsSpecific' }],
  [/^公开项目绩效目标$/, { kind: 'projectsDisclosed' }],
  [/^机关及下属预算单位$/, { kind: 'departmentPerformance' }],
];

export interface StatementsResult {
  claims: Claim[];
  priorYear: PriorYearFigure[];
  procurement?: Procurement;
  assets?: Assets;
}

/** Reads the 说明 of the report. `doc` gives the 类 names of its tables, for statements by 类. */
export function parseStatements(lines: SourceLine[], doc: BudgetDocument, noise: (l: SourceLine) => boolean, ctx: ImportContext): StatementsResult {
  const sections = sectionsOf(lines, noise);
  const fiscalYear = doc.meta.fiscalYear;
  const department = doc.meta.department.name;
  const classes = new Map<string, string>();
  for (const table of [doc.generalBudgetExpenditure, doc.expenditureBySubject, doc.incomeBySubject]) {
    for (const row of table?.rows ?? []) if (row.code.length === 3 && !classes.has(row.name)) classes.set(row.name, row.code);
  }
  const claims: Claim[] = [];
  const priorYear: PriorYearFigure[] = [];
  const ids = new Set<string>();
  const idFor = (subject: ClaimSubject) => {
    const base = [subject.kind, subject.source, subject.code]
      .filter((x) => x)
      .join('-')
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const subjectOf = (label: string, whole = false): ClaimSubject | undefined => {
    const code = classes.get(label.replace(/（类）$/, ''));
    if (code) return { kind: 'subject', code, label };
    for (const [re, subject] of RULES) {
      const m = re.exec(label);
      if (m) return { ...subject, label: whole ? label : label.slice(m.index) };
    }
    return undefined;
  };
  const cleanLabel = (run: string) =>
    run
      .replace(/^\d{4}年度?/, '')
      .replace(/^年度?/, '')
      .split(department)
      .pop()!
      .replace(/^(?:其中|主要包括|包括|支出包括|本部门|本单位)/, '');

  for (const section of sections) {
    if (/国有资产|名词解释|其他说明/.test(section.heading)) continue;
    let lead: ClaimSubject | undefined;
    const re = /[^。；]+[。；]?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(section.text))) {
      const sentence = m[0];
      const body = sentence.replace(/[。；]$/, '');
      if (!body.trim()) continue;
      const at = m.index;
      const line = lineAt(section, at);
      // Statement without figures.
      if (/无“三公”经费/.test(body) && !/万元/.test(body)) {
        claims.push({ id: idFor({ kind: 'threePublic' }), section: section.heading, quote: sentence, provenance: { line: line.no, page: line.page }, subject: { kind: 'threePublic', label: '“三公”经费' }, statement: body });
        continue;
      }
      const reasonMatch = /[，,]\s*(?:主要)?原因(?:是|为|主要是)[:：]?(.+)$/.exec(body);
      const reason = reasonMatch?.[1]?.replace(/[。；，,\s]+$/, '');
      let figures = reasonMatch ? body.slice(0, reasonMatch.index) : body;
      const changeRe = new RegExp(`比(上年(?:预算)?|上年度|\\d{4}年度?(?:预算)?)(增加|减少)${NUM}万元\\s*[，,]\\s*(?:增长|下降|减少)(\\d+(?:\\.\\d+)?)%`);
      const change = changeRe.exec(figures);
      if (change) figures = figures.slice(0, change.index) + ' '.repeat(change[0].length) + figures.slice(change.index + change[0].length);
      const found: { index: number; claim: Omit<Claim, 'id'> }[] = [];
      const blank = (i: number, n: number) => (figures = figures.slice(0, i) + ' '.repeat(n) + figures.slice(i + n));
      const base = { section: section.heading, unit: '万元' as MoneyUnit };
      // 编报部门整体支出绩效目标，涉及部门预算资金X万元
      for (const x of figures.matchAll(new RegExp(`编报(部门整体支出绩效目标)[，,]\\s*涉及\\S{0,6}?资金${NUM}万元`, 'g'))) {
        found.push({ index: x.index!, claim: { ...base, quote: body.slice(0, x.index! + x[0].length), subject: { kind: 'departmentPerformance', label: x[1]! }, amount: parseAmountToken(x[2]!)! } });
        blank(x.index!, x[0].length);
      }
      // <label>N个，(编报了…，)共计/涉及(项目)金额X万元(，占<whole>的Y%)
      for (const x of labelledMatches(figures, /[\u4e00-\u9fff（）()]/, new RegExp(`(\\d+)个[，,]\\s*(?:编报了[^，,]*[，,]\\s*)?(?:共计|涉及)(?:项目)?(?:金额|资金)${NUM}万元(?:[，,]\\s*占([^，,。；]*?)的?(\\d+(?:\\.\\d+)?)%)?`, 'y'), 1)) {
        const label = cleanLabel(x[1]!);
        const subject = subjectOf(label);
        if (!subject) continue;
        const claim: Omit<Claim, 'id'> = { ...base, quote: x[0], subject, amount: parseAmountToken(x[3]!)!, count: Number(x[2]) };
        if (x[5]) {
          const of = subjectOf(x[4]!, true);
          if (!of) continue;
          claim.share = { percent: x[5], of };
        }
        found.push({ index: x.index!, claim });
        blank(x.index!, x[0].length);
      }
      // N家行政单位 (机关运行经费)
      if (/机关运行经费/.test(figures)) {
        for (const x of figures.matchAll(/(\d+)家(行政单位|事业单位|参照公务员法管理的事业单位)/g)) {
          found.push({ index: x.index!, claim: { section: section.heading, quote: body.slice(0, x.index! + x[0].length), subject: { kind: 'operatingExpenses', label: x[2]! }, count: Number(x[1]) } });
          blank(x.index!, x[0].length - x[2]!.length);
        }
      }
      // <label>X万元(，占(<whole>的)Y%)
      for (const x of labelledMatches(figures, /[\u4e00-\u9fff“”（）()]/, new RegExp(`${NUM}万元(?:\\s*[，,]\\s*占(?:([^，,。；\\d]*?)的)?(\\d+(?:\\.\\d+)?)%)?`, 'y'), 0)) {
        const label = cleanLabel(x[1]!);
        const subject = label ? subjectOf(label) : undefined;
        const amount = parseAmountToken(x[2]!);
        if (!subject || amount === null) {
          ctx.warn(lineAt(section, at + x.index!), `说明中的金额“${x[0]}”无法归类，未导入`, `statement figure "${x[0]}" cannot be placed; not imported`);
          continue;
        }
        const year = /\d{4}$/.exec(figures.slice(0, x.index!))?.[0] ?? '';
        const claim: Omit<Claim, 'id'> = { ...base, quote: year + x[0].replace(/^(?:其中|主要包括|包括|支出包括)/, ''), subject, amount };
        if (x[4]) {
          const of = x[3] ? subjectOf(x[3], true) : lead ? { kind: lead.kind, ...(lead.source ? { source: lead.source } : {}), ...(lead.code ? { code: lead.code } : {}) } : undefined;
          if (!of) {
            ctx.warn(lineAt(section, at + x.index!), `说明中的占比“${x[0]}”找不到所占的总数，未导入`, `statement share "${x[0]}": the whole it is a share of is not known; not imported`);
            continue;
          }
          claim.share = { percent: x[4], of };
        } else lead = subject;
        found.push({ index: x.index!, claim });
      }
      found.sort((a, b) => a.index - b.index);
      if (change) {
        const target = found.find((f) => f.claim.amount !== undefined && !f.claim.share);
        if (!target) {
          ctx.warn(line, '说明中的增减变动找不到所说的金额，未导入', 'a stated change names no amount it applies to; not imported');
        } else {
          target.claim.quote = sentence.trim();
          target.claim.change = {
            direction: change[2] === '增加' ? 'increase' : 'decrease',
            amount: parseAmountToken(change[3]!)!,
            percent: change[4]!,
            comparedTo: change[1]!,
            ...(reason ? { reason } : {}),
          };
        }
      }
      for (const f of found) {
        const id = idFor(f.claim.subject);
        // The line where its figure is printed (the label may stand on the line before).
        const figureAt = f.claim.amount !== undefined ? body.indexOf(f.claim.amount, f.index) : -1;
        const printed = lineAt(section, at + (figureAt >= 0 ? figureAt : f.index));
        const claim = { id, ...f.claim, provenance: { line: printed.no, page: printed.page } } as Claim;
        claims.push(claim);
        ctx.figures += 1;
        if (claim.change?.amount !== undefined && claim.amount !== undefined) {
          const year = /^(\d{4})年/.exec(claim.change.comparedTo);
          const current = new D(claim.amount);
          const delta = new D(claim.change.amount);
          const prior = claim.change.direction === 'increase' ? current.minus(delta) : current.plus(delta);
          if (prior.isNeg()) continue;
          const places = Math.max(claim.amount.split('.')[1]?.length ?? 0, claim.change.amount.split('.')[1]?.length ?? 0);
          priorYear.push({
            fiscalYear: year ? Number(year[1]) : fiscalYear - 1,
            subject: { kind: claim.subject.kind, ...(claim.subject.source ? { source: claim.subject.source } : {}), ...(claim.subject.code ? { code: claim.subject.code } : {}) },
            unit: claim.unit!,
            amount: prior.toFixed(places),
            basis: 'derived',
            claim: id,
          });
        }
      }
    }
  }
  return { claims, priorYear, ...readProcurement(lines), ...readAssets(lines) };
}

function joined(lines: SourceLine[]): string {
  return lines.map((l) => l.text.trim()).filter((t) => t && !isPageMark(t)).join('');
}

function readProcurement(lines: SourceLine[]): { procurement?: Procurement } {
  const text = joined(lines);
  const m = new RegExp(`政府采购预算(?:总额)?(?:为)?${NUM}万元[。，,]\\s*其中[：:]\\s*政府采购货物预算${NUM}万元[、，,]\\s*政府采购工程预算${NUM}万元[、，,]\\s*政府采购服务预算${NUM}万元`).exec(text);
  if (!m) return {};
  const [total, goods, works, services] = [m[1], m[2], m[3], m[4]].map((x) => parseAmountToken(x!));
  if (!total || !goods || !works || !services) return {};
  const heading = lines.map((l) => l.text.trim()).find((t) => /^[一二三四五六七八九十]+、政府采购\S*情况$/.test(t));
  return { procurement: { unit: '万元', ...(heading ? { section: heading } : {}), total, goods, works, services } };
}

function readAssets(lines: SourceLine[]): { assets?: Assets } {
  const text = joined(lines);
  const assets: Assets = {};
  const vehicles = /截至(\d{4})年(\d{1,2})月(\d{1,2})日，\S{0,40}?公务用车编制(\d+)辆，实有(\d+)辆(?:，其中：((?:[\u4e00-\u9fff]+\d+辆[，、]?)+))?/.exec(text);
  const date = (y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (vehicles) {
    assets.asOf = date(vehicles[1]!, vehicles[2]!, vehicles[3]!);
    assets.vehicles = { authorized: Number(vehicles[4]), actual: Number(vehicles[5]) };
    if (vehicles[6]) assets.vehicles.byUse = [...vehicles[6].matchAll(/([\u4e00-\u9fff]+?)(\d+)辆/g)].map((x) => ({ label: x[1]!, count: Number(x[2]) }));
  }
  const area = /截至(\d{4})年(\d{1,2})月(\d{1,2})日，\S{0,40}?办公用房建筑总面积(\d[\d,]*(?:\.\d+)?)平方米/.exec(text);
  if (area) {
    assets.asOf ??= date(area[1]!, area[2]!, area[3]!);
    assets.buildings = { officeArea: parseAmountToken(area[4]!)! };
  }
  const equipment = [...text.matchAll(/(占有使用价值(\d+(?:\.\d+)?)(万元|元)（原值）以上的[\u4e00-\u9fff]*?)(\d+)台（套）/g)];
  if (equipment.length) assets.equipment = equipment.map((x) => ({ label: x[1]!, threshold: x[2]!, thresholdUnit: x[3] as MoneyUnit, count: Number(x[4]) }));
  if (!assets.vehicles && !assets.buildings && !assets.equipment) return {};
  const heading = lines.map((l) => l.text.trim()).find((t) => /^[一二三四五六七八九十]+、国有资产占有使用情况$/.test(t));
  if (heading) assets.section = heading;
  return { assets };
}

/** 本部门职责 (numbered duties) and 机构设置情况 of the report's first part, when headed so. */
export function readProfileTexts(lines: SourceLine[]): { duties?: string[]; organisation?: string } {
  const bodyAfter = (heading: RegExp) => {
    const at = lines.findIndex((l) => heading.test(l.text.trim()));
    if (at < 0) return undefined;
    const parts: string[] = [];
    for (const l of lines.slice(at + 1)) {
      const t = l.text.trim();
      if (/^[一二三四五六七八九十]+、|^第[一二三四五六七八九十]+部分|^表[一二三四五六七八九十\d]+/.test(t)) break;
      if (t && !isPageMark(t)) parts.push(t);
    }
    return parts.join('') || undefined;
  };
  const out: { duties?: string[]; organisation?: string } = {};
  const duties = bodyAfter(/^[一二三四五六七八九十]+、(?:本部门|本单位)职责$/);
  if (duties && /^1[.．、]/.test(duties)) {
    const items = duties
      .split(/(?:^|[；;。])\s*\d+[.．、]/)
      .map((s) => s.replace(/[；;。]$/, '').trim())
      .filter((s) => s);
    if (items.length) out.duties = items;
  }
  const organisation = bodyAfter(/^[一二三四五六七八九十]+、机构设置情况$/);
  if (organisation) out.organisation = organisation;
  return out;
}
