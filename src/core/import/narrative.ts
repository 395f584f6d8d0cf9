/**
 * The 说明 of reports laid out like the Shanghai ones (部门/单位预算编制说明, 其他相关情况说明, and
 * the parts of a 决算 情况说明), read clause by clause into claims: per-科目 items in every form the
 * reports use (“X（类）Y（款）Z（项）”, “X-Y-Z”, “（204类）…（06款）…”, a bare 类 name), the amount
 * each states with the words dating it, the bases it names (上年预算, 2025年当年预算执行数,
 * 年初预算, 全年预算 …) with their figures, stated changes, shares and completion rates, the
 * “三公” lines, 机关运行经费, 政府采购 and 国有资产 counts, and the "本表为空表" notes under the
 * tables. Each claim keeps its line and page.
 *
 * Only fixed clause shapes are read: an amount no shape places is a warning at its line, never
 * a guess, and a 科目 is given a code only when the tables' names identify one row. Clauses are
 * short (the text is cut at 。；，、：), and every pattern is applied to one clause of bounded
 * length, so no input can make the matching super-linear.
 */
import type { BudgetDocument, Claim, ClaimBase, ClaimSubject, MoneyUnit, PriorYearFigure, Procurement } from '../schema/budget-types.generated.js';
import { parseBaseWords, threePublicItem } from '../claim-words.js';
import { D } from '../decimal.js';
import { convertAmount } from '../units.js';
import type { ImportContext } from './context.js';
import type { SourceLine } from './lines.js';
import { clausesOf, HAS_AMOUNT, lineAt, MAX_CLAUSE, MAX_SENTENCE, sectionsOf, sentencesOf, squash, type Piece, type Section } from './narrative-text.js';
import { parseAmountToken } from './numbers.js';
import type { TableBlock } from './tables.js';

export interface NarrativeResult {
  claims: Claim[];
  priorYear: PriorYearFigure[];
  procurement?: Procurement;
}

const N = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const UNIT = '(万元|亿元|元)';
const YEARLY = '(?:\\d{4}年?度?|上年度?|上一年度?)';
const P = {
  ordinal: /^(?:\d{1,3}[.．、](?!\d)|（[一二三四五六七八九十]+）、?|[一二三四五六七八九十]+、)/,
  itemNumber: /^\d{1,3}[.．、](?!\d)/,
  quoted: /^“([^”]{2,120})”/,
  marker: /[（(]\s*(\d{0,7})\s*(类|款|项)\s*[)）]/g,
  stop: /^(?:[^，,]{0,24}的)?(?:主要)?(?:原因|用于|包括)(?:是|为|主要是|如下)?/,
  reason: /^(?:[^，,]{0,24}的)?(?:主要)?原因(?:是|为|主要是)?[:：]?/,
  reasonOf: /^([^，,]{1,20}?)(增加|减少|增长|下降)的(?:主要)?原因/,
  versus: /^与(.{1,20}?)相比$/,
  flat: /^(?:与|比|较)(.{1,30}?)(?:相比)?(?:基本)?(?:持平|一致|相同)(?:0(?:\.0+)?万元)?$/,
  change: new RegExp(`^(?:比|较)(.{1,30}?)(增加|减少|增长|下降)${N}(万元|亿元|元|%)$`),
  percent: new RegExp(`^(增长|下降|增加|减少)${N}%$`),
  labelledChange: new RegExp(`^(.{1,40}?)(增加|减少)${N}${UNIT}$`),
  labelledFlat: /^(.{2,40}?)(?:(?:与|比)(.{1,20}?)(?:相比)?)?(?:基本)?持平$/,
  share: new RegExp(`^占(?:(.{1,30}?)的)?${N}%$`),
  completion: new RegExp(`^完成(.{0,20}?)的?${N}%$`),
  arranged: new RegExp(`^(\\d{4})年?度?预算安排(?:为)?${N}${UNIT}$`),
  final: new RegExp(`^(.{0,40}?)(?:支出)?决算(?:数)?(?:为|是)${N}${UNIT}$`),
  base: new RegExp(
    `^(.{0,40}?)(${YEARLY}(?:当年)?(?:预算执行数|执行数|预算)(?:数)?|${YEARLY}?(?:当年)?(?:年初预算|全年预算|调整后?预算)(?:数)?)(?:为|是)?${N}${UNIT}$`,
  ),
  amount: new RegExp(`^(.{0,80}?)(?:为|是)?${N}${UNIT}$`),
  zero: /^(.{2,60}?)为0$/,
  projects: /^(.{0,30}?编报.{0,20}?)项目(?:共)?(\d+)个$/,
  projectFunds: new RegExp(`^(?:共计|涉及)(?:项目)?(?:预算)?(?:资金|金额)${N}万元$`),
  count: /^(.{1,60}?)(\d+)(辆|台（套）|台\/套|台)$/,
};

type Rule = [RegExp, ClaimSubject];
const THREE_PUBLIC_SUFFIX = '(?:财政拨款)?(?:支出)?(?:预算|决算)?(?:数)?';
/** Labels (the words right before an amount) and what they are about; anchored at the end. */
const RULES: Rule[] = [
  [/财政拨款收入支出总计$/, { kind: 'fiscalAppropriationTotal' }],
  [/收入支出总计$/, { kind: 'incomeTotal' }],
  [/本年收入合计$/, { kind: 'incomeTotal' }],
  [/本年支出合计$/, { kind: 'expenditureTotal' }],
  [/^财政拨款收入$/, { kind: 'fiscalAppropriationTotal' }],
  [/^财政拨款支出(?:预算)?$/, { kind: 'fiscalAppropriationTotal' }],
  [/^一般公共预算(?:财政)?拨款(?:支出)?(?:预算)?$/, { kind: 'generalBudgetExpenditure' }],
  [/^一般公共预算财政拨款支出$/, { kind: 'generalBudgetExpenditure' }],
  [/^政府性基金(?:预算)?(?:财政)?拨款(?:支出)?(?:预算)?$/, { kind: 'source', source: 'governmentFund' }],
  [/^国有资本经营(?:预算)?(?:财政)?拨款(?:支出)?(?:预算)?$/, { kind: 'source', source: 'stateCapital' }],
  [/^(?:事业收入|事业单位经营收入|经营收入|其他收入|上级补助收入|附属单位上缴收入)$/, { kind: 'source' }],
  [/收入预算$/, { kind: 'incomeTotal' }],
  [/^支出预算$/, { kind: 'expenditureTotal' }],
  [/^(?:一般公共预算)?(?:财政拨款)?基本支出$/, { kind: 'basic' }],
  [/^(?:一般公共预算)?(?:财政拨款)?项目支出$/, { kind: 'project' }],
  [/^人员经费$/, { kind: 'personnel' }],
  [/^公用经费$/, { kind: 'publicUse' }],
  [/机关运行经费(?:预算|支出)?(?:数)?$/, { kind: 'operatingExpenses' }],
  [new RegExp(`“三公”经费${THREE_PUBLIC_SUFFIX}$`), { kind: 'threePublic', item: 'total' }],
  [new RegExp(`(?:因公出国（境）费|公务接待费|公务(?:用)?车(?:用车)?(?:购置及)?(?:运行(?:维护)?|购置)费)${THREE_PUBLIC_SUFFIX}$`), { kind: 'threePublic' }],
  [/预留.{0,30}?(?:预算金额|预算)$/, { kind: 'procurement' }],
  [/政府采购(?:货物|工程|服务)?(?:预算(?:总额)?|金额)(?:（[^）]{0,20}）)?$/, { kind: 'procurement' }],
  [/^(?:货物|工程|服务)采购(?:预算|金额)$/, { kind: 'procurement' }],
];

/** A name for comparison: no spaces, one kind of brackets, no quotes around it, 其它 written 其他. */
const normal = (name: string) =>
  name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/其它/g, '其他').replace(/^[“”"'‘’]+|[“”"'‘’]+$/g, '');

/** The names (and codes, when printed) of a 科目 label, from 类 down; undefined when it is no 科目 label. */
export function subjectLevels(label: string): { names: string[]; codes: string[]; marked: boolean } | undefined {
  const text = label.replace(/^[“"]+|[”"]+$/g, '').replace(/科目$/, '');
  const markers = [...text.matchAll(P.marker)];
  if (markers.length > 0) {
    const names: string[] = [];
    const codes: string[] = [];
    let from = 0;
    for (const m of markers) {
      names.push(text.slice(from, m.index).replace(/^[-－—–\s“”"]+|[-－—–\s“”"]+$/g, ''));
      codes.push(m[1] ?? '');
      from = m.index! + m[0].length;
    }
    if (text.slice(from).replace(/[“”"\s]/g, '') !== '' || names.length > 3) return undefined;
    return { names, codes, marked: true };
  }
  const parts = text.split(/[-－—–]/).map((s) => s.trim());
  if (parts.length > 3 || parts.some((p) => !p)) return undefined;
  return { names: parts, codes: parts.map(() => ''), marked: false };
}

/** Finds the code of a 科目 label in the report's subject tables: unique, and never by amounts. */
function subjectResolver(doc: BudgetDocument): (label: string) => { code?: string; known: boolean } {
  const names = new Map<string, string>();
  for (const table of [doc.generalBudgetExpenditure, doc.expenditureBySubject, doc.governmentFundExpenditure, doc.stateCapitalExpenditure, doc.incomeBySubject]) {
    for (const row of table?.rows ?? []) if (!names.has(row.code)) names.set(row.code, normal(row.name));
  }
  const classNames = new Set([...names].filter(([code]) => code.length === 3).map(([, name]) => name));
  return (label) => {
    const levels = subjectLevels(label);
    if (!levels || levels.names.some((n) => !n)) return { known: false };
    const depth = levels.names.length;
    const want = levels.names.map(normal);
    // A plain label is a 科目 only when it is a 类 name or has the X-Y-Z shape.
    if (!levels.marked && depth === 1 && !classNames.has(want[0]!)) return { known: false };
    const printed = levels.codes;
    if (printed.every((c) => c)) {
      const code = printed[0]!.length >= 3 ? printed.reduce((a, c, i) => (i === 0 ? c : a + c.slice(-2)), '') : '';
      if (/^\d{3}(\d{2}(\d{2})?)?$/.test(code) && code.length === [3, 5, 7][depth - 1] && names.has(code)) return { code, known: true };
    }
    const length = [3, 5, 7][depth - 1]!;
    let best: string[] = [];
    let bestScore = 0;
    for (const code of names.keys()) {
      if (code.length !== length || names.get(code) !== want[depth - 1]) continue;
      let score = 0;
      for (let i = 0; i < depth; i++) if (names.get(code.slice(0, [3, 5, 7][i])) === want[i]) score += 1;
      if (score > bestScore) [best, bestScore] = [[code], score];
      else if (score === bestScore) best.push(code);
    }
    if (best.length === 1 && bestScore >= Math.min(depth, 2)) return { code: best[0], known: true };
    // A 项 label that is the name of a 款 of the named 类 ("卫生健康支出（类）卫生健康支出（款）计划生育事务（项）"):
    // the levels are shifted, and when that 款 has exactly one 项 it is the one meant (the names are reported by the checker).
    if (depth === 3 && best.length === 0) {
      const sections = [...names].filter(([code, name]) => code.length === 5 && name === want[2] && names.get(code.slice(0, 3)) === want[0]);
      const items = sections.length === 1 ? [...names.keys()].filter((code) => code.length === 7 && code.startsWith(sections[0]![0])) : [];
      if (items.length === 1) return { code: items[0], known: true };
    }
    return { known: true };
  };
}

/** A claim being read, with where its words start and end in the section. */
interface Draft {
  claim: Omit<Claim, 'id'>;
  from: number;
  to: number;
  /** Offset of its amount (for its line), else of its words. */
  figureAt: number;
  /** The claim stated just before, which a share without its whole is a share of. */
  leadBefore?: Draft;
  /** The unit the change's amount is printed in, which need not be the claim's ("100.00万元，比上年增加5000元"). */
  changeUnit?: MoneyUnit;
  sentence: number;
  section: Section;
}

interface Item {
  valid: boolean;
  subject?: ClaimSubject;
  main?: Draft;
  /** The claim a change of the item applies to (a restated amount, else the main one). */
  target?: Draft;
  drafts: Draft[];
  bases: ClaimBase[];
  from: number;
}

function amountOf(text: string): string | null {
  return parseAmountToken(text);
}

/** Reads the Shanghai-style 说明 of a report. `blocks` are its tables (their titles end a part; their notes are read). */
export function parseNarrative(lines: SourceLine[], doc: BudgetDocument, blocks: readonly TableBlock[], ctx: ImportContext): NarrativeResult {
  const fiscalYear = doc.meta.fiscalYear;
  const isBudget = doc.meta.kind === 'budget';
  const department = doc.meta.department.name;
  const resolve = subjectResolver(doc);
  const sections = sectionsOf(lines, new Set(blocks.map((b) => b.titleLine.no)));
  const drafts: Draft[] = [];

  const subjectOf = (raw: string): ClaimSubject | undefined => {
    const label = cleanLabel(raw, department);
    if (!label) return undefined;
    if (/[（(]\s*\d{0,7}\s*(?:类|款|项)\s*[)）]$/.test(label) || /^“[^”]+”(?:科目)?$/.test(label)) {
      const found = resolve(label);
      if (!found.known) return undefined;
      const clean = label.replace(/^“|”(?:科目)?$/g, '');
      return found.code ? { kind: 'subject', code: found.code, label: clean } : { kind: 'subject', label: clean };
    }
    for (const [re, subject] of RULES) {
      const m = re.exec(label);
      if (!m) continue;
      const words = label.slice(m.index);
      const out: ClaimSubject = { ...subject, label: words };
      if (subject.kind === 'threePublic') out.item = subject.item ?? threePublicItem(words);
      return out;
    }
    const found = resolve(label);
    if (found.known && found.code) return { kind: 'subject', code: found.code, label };
    return undefined;
  };

  for (const section of sections) {
    const assetsSection = /国有资产/.test(section.heading);
    let item: Item | undefined;
    let current: Draft | undefined;
    let lead: Draft | undefined;
    let versus: string | undefined;
    const make = (subject: ClaimSubject, clause: Piece, figureAt: number, sentence: number, extra: Partial<Claim> = {}): Draft => {
      // The claim before, when it took no share, is the whole the next shares are of.
      if (current && !current.claim.share && current.claim.amount !== undefined && !item) lead = current;
      const draft: Draft = {
        claim: { section: section.heading, quote: clause.text, subject, ...extra },
        from: clause.at,
        to: clause.at + clause.text.length,
        figureAt,
        sentence,
        section,
        ...(lead ? { leadBefore: lead } : {}),
      };
      drafts.push(draft);
      current = draft;
      return draft;
    };
    const closeItem = (end: number) => {
      if (!item) return;
      for (const d of item.drafts) {
        d.from = item.from;
        d.to = Math.max(d.to, end);
        if (item.bases.length) d.claim.bases = item.bases.map((b) => ({ ...b }));
      }
      item = undefined;
    };
    const warnAt = (at: number, text: string) =>
      ctx.warn(lineAt(section, at), `说明中的金额“${text}”无法归类，未导入`, `statement figure "${text}" cannot be placed; not imported`);

    const sentences = sentencesOf(section.text);
    sentences.forEach((sentence, sIndex) => {
      if (sentence.text.length > MAX_SENTENCE) return;
      const clauses = clausesOf(sentence).filter((c) => c.text.length <= MAX_CLAUSE);
      if (clauses.length === 0) return;
      let previousClaimClause = -1;
      // An item starts with its number or with its quoted 科目 label.
      const head = clauses[0]!.text;
      const numbered = P.itemNumber.test(head);
      const body = head.replace(P.itemNumber, '').trim();
      const quoted = P.quoted.exec(body);
      const startsItem = (quoted && (subjectLevels(quoted[1]!)?.marked || resolve(`“${quoted[1]}”`).known)) || (numbered && /[（(]\s*\d{0,7}\s*(?:类|款|项)\s*[)）]/.test(body));
      let first = 0;
      if (startsItem || numbered) {
        closeItem(sentence.at);
        current = undefined;
        lead = undefined;
      }
      if (startsItem) {
        item = { valid: false, drafts: [], bases: [], from: clauses[0]!.at };
        let label: string | undefined;
        let rest = '';
        if (quoted) {
          label = quoted[1]!;
          rest = body.slice(quoted[0].length).replace(/^科目/, '');
        } else {
          const markers = [...body.matchAll(P.marker)];
          const last = markers[markers.length - 1]!;
          label = body.slice(0, last.index! + last[0].length);
          rest = body.slice(last.index! + last[0].length).replace(/^科目/, '');
        }
        const subject = subjectOf(`“${label}”`);
        const restAmount = rest ? new RegExp(`^(?:(${YEARLY}(?:预算|预算数|预算安排)(?:数)?))?(?:为)?${N}${UNIT}$`).exec(rest) : undefined;
        if (subject && (rest === '' || restAmount)) {
          item.valid = true;
          item.subject = subject;
          if (!subject.code) ctx.warn(lineAt(section, clauses[0]!.at), `说明中的科目“${label}”在表中找不到唯一对应的编码，金额不核对`, `the 说明's 科目 "${label}" matches no single row of the tables; its amount is not checked`);
          const atNumber = clauses[0]!.at + head.length - rest.length;
          const draft = make(subject, clauses[0]!, atNumber, sIndex, { unit: '万元' });
          if (restAmount) {
            draft.claim.amount = amountOf(restAmount[2]!)!;
            draft.claim.unit = restAmount[3] as MoneyUnit;
            if (restAmount[1]) {
              const words = parseBaseWords(restAmount[1]);
              draft.claim.period = { words: restAmount[1], ...(words.year ? { year: words.year } : {}) };
            }
            draft.figureAt = atNumber + (restAmount[1]?.length ?? 0);
          }
          item.main = draft;
          item.target = draft;
          item.drafts.push(draft);
          previousClaimClause = 0;
        } else {
          ctx.warn(lineAt(section, clauses[0]!.at), `说明中的科目“${label}${rest}”无法读取，本条不导入`, `the 说明 item "${label}${rest}" cannot be read; not imported`);
        }
        first = 1;
      } else if (numbered) {
        // A numbered paragraph that is no readable item ends the item before it.
        item = undefined;
      }

      for (let ci = first; ci < clauses.length; ci++) {
        const clause = clauses[ci]!;
        let text = clause.text;
        const raw = text;
        if (ci === 0) text = text.replace(P.ordinal, '');
        text = text.replace(/^其中/, '');
        if (!text) continue;
        // Reasons and descriptions end what is read of the sentence.
        if (P.stop.test(text)) {
          if (/用于以下方面$|如下$/.test(text)) continue;
          if (P.reason.test(text)) {
            // The rest of the sentence, as printed.
            const rest = sentence.text.slice(clause.at - sentence.at + (raw.length - text.length));
            const reason = rest.replace(P.reason, '').replace(/^[，：:]+/, '').trim();
            const target = item ? item.target : current?.sentence === sIndex ? current : undefined;
            // "财政拨款收入支出增加的主要原因是…": the reason of the changes of 财政拨款 stated before it.
            const named = !item && ci === 0 ? P.reasonOf.exec(text) : null;
            if (named && reason) {
              const direction = named[2] === '增加' || named[2] === '增长' ? 'increase' : 'decrease';
              const about = named[1]!;
              // The changes just stated (a reason follows them closely).
              for (const d of drafts.slice(-40)) {
                const change = d.claim.change;
                if (d.section !== section || !change || change.reason || (change.direction !== 'increase' && change.direction !== 'decrease')) continue;
                const kind = d.claim.subject.kind;
                const fits = /财政拨款|收入支出/.test(about) ? kind === 'fiscalAppropriationTotal' : subjectOf(about)?.kind === kind;
                if (!fits) continue;
                change.reason = reason;
                change.reasonDirection = direction;
              }
            } else if (reason && target?.claim.change && !target.claim.change.reason) target.claim.change.reason = reason;
          }
          break;
        }
        const target = item ? item.target : current;
        // A change opening a sentence ("公务接待费1.35万元。比2022年预算持平") is the previous sentence's.
        const sameSentence = !!target && (item ? true : target.sentence === sIndex || (ci === 0 && target.sentence === sIndex - 1 && /^(?:比|与|较)/.test(text)));
        let m: RegExpExecArray | null;
        if ((m = P.versus.exec(text))) {
          versus = m[1];
          continue;
        }
        if ((m = P.flat.exec(text))) {
          if (target && sameSentence && !target.claim.change) {
            target.claim.change = { direction: 'flat', comparedTo: m[1]! };
            target.to = clause.at + raw.length;
          }
          continue;
        }
        if ((m = P.change.exec(text))) {
          if (target && sameSentence && !target.claim.change) {
            const direction = m[2] === '增加' || m[2] === '增长' ? 'increase' : 'decrease';
            target.claim.change = { direction, comparedTo: m[1]! };
            if (m[4] === '%') target.claim.change.percent = amountOf(m[3]!)!;
            else {
              target.claim.change.amount = amountOf(m[3]!)!;
              target.changeUnit = m[4] as MoneyUnit;
            }
            target.to = clause.at + raw.length;
          } else if (target?.claim.change && target.claim.change.percent === undefined && m[4] === '%' && sameSentence) {
            target.claim.change.percent = amountOf(m[3]!)!;
          }
          continue;
        }
        if ((m = P.percent.exec(text))) {
          const change = target?.claim.change;
          if (target && change && change.percent === undefined && (change.direction === 'increase' || change.direction === 'decrease')) {
            change.percent = amountOf(m[2]!)!;
            target.to = clause.at + raw.length;
          }
          continue;
        }
        if ((m = P.share.exec(text))) {
          const claimed = previousClaimClause === ci - 1 ? current : undefined;
          if (claimed && claimed.claim.amount !== undefined && !claimed.claim.share) {
            const of = m[1] ? subjectOf(m[1]) : claimed.leadBefore?.claim.subject;
            if (of) {
              claimed.claim.share = { percent: amountOf(m[2]!)!, of: strip(of) };
              claimed.to = clause.at + raw.length;
            } else ctx.warn(lineAt(section, clause.at), `说明中的占比“${raw}”找不到所占的总数，未导入`, `statement share "${raw}": the whole it is a share of is not known; not imported`);
          }
          continue;
        }
        if ((m = P.completion.exec(text))) {
          if (target && !target.claim.completion) {
            target.claim.completion = { percent: amountOf(m[2]!)!, comparedTo: m[1] || '预算' };
            target.to = clause.at + raw.length;
          }
          continue;
        }
        if ((m = P.arranged.exec(text))) {
          if (item?.valid && item.main) {
            const year = Number(m[1]);
            const amount = amountOf(m[2]!)!;
            const main = item.main;
            const mainYear = main.claim.period?.year ?? fiscalYear;
            if (main.claim.amount !== undefined && new D(main.claim.amount).eq(amount) && year === mainYear) continue;
            if (main.claim.amount === undefined) {
              main.claim.amount = amount;
              main.claim.unit = m[3] as MoneyUnit;
              main.claim.period = { words: text.slice(0, text.indexOf(m[2]!)).replace(/为$/, ''), year };
              continue;
            }
            const draft = make(item.subject!, clause, clause.at + raw.indexOf(m[2]!), sIndex, {
              unit: m[3] as MoneyUnit,
              amount,
              period: { words: text.slice(0, text.indexOf(m[2]!)).replace(/为$/, ''), year },
            });
            item.drafts.push(draft);
            item.target = draft;
          } else if (!item) warnAt(clause.at, raw);
          continue;
        }
        if ((m = P.final.exec(text))) {
          const label = m[1]!;
          if (!label) {
            if (target && target.claim.amount === undefined) {
              target.claim.amount = amountOf(m[2]!)!;
              target.claim.unit = m[3] as MoneyUnit;
              target.figureAt = clause.at + raw.indexOf(m[2]!);
              target.to = clause.at + raw.length;
            }
            continue;
          }
          const subject = item ? undefined : subjectOf(label);
          if (subject) {
            make(subject, clause, clause.at + raw.indexOf(m[2]!), sIndex, { unit: m[3] as MoneyUnit, amount: amountOf(m[2]!)! });
            previousClaimClause = ci;
          } else warnAt(clause.at, raw);
          continue;
        }
        if ((m = P.base.exec(text))) {
          const label = m[1]!;
          const wordsText = m[2]!;
          const words = parseBaseWords(wordsText);
          const amount = amountOf(m[3]!)!;
          const unit = m[4] as MoneyUnit;
          // In a budget, this year's 预算 is the amount itself, not a base.
          const isCurrent = isBudget && words.basis === 'budget' && words.year === fiscalYear;
          const base: ClaimBase = { words: wordsText, basis: words.basis, amount, ...(words.year ? { year: words.year } : {}) };
          if (label) {
            const subject = item ? undefined : subjectOf(label);
            if (!subject) {
              warnAt(clause.at, raw);
              continue;
            }
            const draft = make(subject, clause, clause.at + raw.indexOf(m[3]!), sIndex, { unit });
            if (isCurrent) {
              draft.claim.amount = amount;
              draft.claim.period = { words: wordsText, year: fiscalYear };
            } else draft.claim.bases = [base];
            previousClaimClause = ci;
            continue;
          }
          if (item) {
            if (!item.valid) continue;
            if (isCurrent) {
              if (item.main && item.main.claim.amount === undefined) {
                item.main.claim.amount = amount;
                item.main.claim.unit = unit;
                item.main.claim.period = { words: wordsText, year: fiscalYear };
              }
            } else item.bases.push(base);
            continue;
          }
          if (target && sameSentence) {
            if (isCurrent && target.claim.amount === undefined) {
              target.claim.amount = amount;
              target.claim.unit = unit;
            } else if (!isCurrent) target.claim.bases = [...(target.claim.bases ?? []), base];
            target.to = clause.at + raw.length;
          } else warnAt(clause.at, raw);
          continue;
        }
        if ((m = P.projects.exec(text))) {
          if (item) continue;
          const label = cleanLabel(`${m[1]}项目`, department);
          make({ kind: 'projectsManaged', label }, clause, clause.at, sIndex, { count: Number(m[2]) });
          previousClaimClause = ci;
          continue;
        }
        if ((m = P.projectFunds.exec(text))) {
          if (current?.claim.subject.kind === 'projectsManaged' && current.claim.amount === undefined && current.sentence === sIndex) {
            current.claim.amount = amountOf(m[1]!)!;
            current.claim.unit = '万元';
            current.figureAt = clause.at + raw.indexOf(m[1]!);
            current.to = clause.at + raw.length;
          } else warnAt(clause.at, raw);
          continue;
        }
        if (assetsSection) {
          if ((m = P.count.exec(text))) {
            const label = cleanLabel(m[1]!, department).replace(/^.{0,30}?(?:共有|实有|现有)/, '');
            if (label) make({ kind: 'assets', label }, clause, clause.at + raw.length - m[2]!.length - m[3]!.length, sIndex, { count: Number(m[2]) });
          }
          // Amounts of assets (流动资产, 固定资产 …) have no table to be checked against.
          continue;
        }
        if ((m = P.labelledChange.exec(text))) {
          const label = cleanLabel(m[1]!, department);
          if (target && versus && normal(target.claim.subject.label ?? '') === normal(label) && !target.claim.change) {
            target.claim.change = { direction: m[2] === '增加' ? 'increase' : 'decrease', amount: amountOf(m[3]!)!, comparedTo: versus };
            target.changeUnit = m[4] as MoneyUnit;
            target.to = clause.at + raw.length;
            continue;
          }
        }
        if ((m = P.labelledFlat.exec(text))) {
          const label = cleanLabel(m[1]!, department);
          const comparedTo = m[2] ?? versus;
          const subject = label ? subjectOf(label) : undefined;
          if (target && normal(target.claim.subject.label ?? '') === normal(label) && !target.claim.change && comparedTo) {
            target.claim.change = { direction: 'flat', comparedTo };
            target.to = clause.at + raw.length;
          } else if (subject && comparedTo && !item) {
            make(subject, clause, clause.at, sIndex, { change: { direction: 'flat', comparedTo } });
          }
          continue;
        }
        if ((m = P.amount.exec(text)) || (m = P.zero.exec(text))) {
          const isZero = m.length === 2;
          const label = m[1]!;
          const amount = isZero ? '0' : amountOf(m[2]!);
          if (item || !label || amount === null) {
            warnAt(clause.at, raw);
            continue;
          }
          const subject = subjectOf(label);
          if (!subject) {
            warnAt(clause.at, raw);
            continue;
          }
          const yearPrefix = /^(\d{4})年度?/.exec(cleanLabel(label, department, false));
          const draft = make(subject, clause, clause.at + (isZero ? raw.length - 1 : raw.lastIndexOf(m[2]!)), sIndex, { unit: isZero ? '万元' : (m[3] as MoneyUnit), amount });
          if (yearPrefix && Number(yearPrefix[1]) !== fiscalYear) draft.claim.period = { words: yearPrefix[0], year: Number(yearPrefix[1]) };
          previousClaimClause = ci;
          continue;
        }
        if (/无“三公”经费/.test(text) && !HAS_AMOUNT.test(text)) {
          make({ kind: 'threePublic', item: 'total', label: '“三公”经费' }, clause, clause.at, sIndex, { statement: text });
          continue;
        }
        if (HAS_AMOUNT.test(text)) warnAt(clause.at, raw);
      }
      if (item && !startsItem && !numbered) {
        // Sentences of an item extend it.
        for (const d of item.drafts) d.to = Math.max(d.to, sentence.at + sentence.text.length);
      }
    });
    closeItem(section.text.length);
  }

  // Ids, quotes and lines.
  const claims: Claim[] = [];
  const priorYear: PriorYearFigure[] = [];
  const ids = new Set<string>();
  /** The next number to try for each id, so that many claims of one kind stay linear. */
  const next = new Map<string, number>();
  for (const d of drafts) {
    const c = d.claim;
    if (c.amount === undefined && c.count === undefined && !c.change && !c.statement && !c.completion && !c.bases) continue;
    const base = [c.subject.kind, c.subject.source, c.subject.code, c.subject.item && c.subject.item !== 'total' ? c.subject.item : undefined]
      .filter((x) => x)
      .join('-')
      .replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
    let id = base;
    for (let n = next.get(base) ?? 2; ids.has(id); n++) {
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    ids.add(id);
    const quote = d.section.text.slice(d.from, d.to).replace(/(?<![，,：:、])[，,：:、]+$/, '');
    const line = lineAt(d.section, d.figureAt);
    const claim: Claim = { id, ...c, quote: quote || c.quote, provenance: { line: line.no, page: line.page } };
    if (claim.change && claim.change.direction !== 'flat' && claim.change.amount === undefined && claim.change.percent === undefined) delete claim.change;
    if (claim.change?.direction === 'flat') delete claim.change.amount;
    if (claim.change?.amount !== undefined && d.changeUnit) inClaimUnit(claim, claim.change, d.changeUnit);
    claims.push(claim);
    ctx.figures += 1;
    const prior = derivedPrior(claim, fiscalYear);
    if (prior) priorYear.push(prior);
  }
  claims.push(...tableNotes(blocks, ids));
  return { claims, priorYear, ...procurementOf(claims) };
}

/** The subject without its label, as a share's whole is recorded. */
function strip(subject: ClaimSubject): ClaimSubject {
  return { kind: subject.kind, ...(subject.source ? { source: subject.source } : {}), ...(subject.code ? { code: subject.code } : {}), ...(subject.item ? { item: subject.item } : {}), ...(subject.label ? { label: subject.label } : {}) };
}

/** The words before an amount without the year, the department and the 其中 / ordinal that lead into them. */
function cleanLabel(run: string, department: string, dropYear = true): string {
  let label = run.replace(P.ordinal, '').replace(/^(?:其中|主要包括|包括)/, '');
  const at = department ? label.lastIndexOf(department) : -1;
  if (at >= 0) label = label.slice(at + department.length);
  label = label.replace(/^[（(](?:部门|本级|单位)[)）]/, '').replace(/^(?:本部门|本单位|部门|单位)(?=.)/, '');
  if (dropYear) label = label.replace(/^\d{4}年度?(?:，)?/, '').replace(/^(?:本部门|本单位)/, '');
  return label.trim();
}

/**
 * A claim has one unit: a change printed in another is converted into it exactly (powers of ten),
 * and a claim with no amount of its own takes the change's unit. The quote keeps the printed text.
 */
function inClaimUnit(claim: Claim, change: NonNullable<Claim['change']>, printed: MoneyUnit): void {
  if (claim.amount === undefined) claim.unit = printed;
  else if (printed !== claim.unit) change.amount = convertAmount(new D(change.amount!), printed, claim.unit ?? '万元').toFixed();
}

/** The previous year's figure a stated change on last year's budget implies (current ∓ change). */
function derivedPrior(claim: Claim, fiscalYear: number): PriorYearFigure | undefined {
  const change = claim.change;
  if (!change?.amount || claim.amount === undefined || claim.subject.kind === 'subject') return undefined;
  const words = parseBaseWords(change.comparedTo);
  const year = words.year ?? (words.relative === -1 ? fiscalYear - 1 : undefined);
  if (year !== fiscalYear - 1 || words.basis === 'execution') return undefined;
  const current = new D(claim.amount);
  const prior = change.direction === 'increase' ? current.minus(change.amount) : current.plus(change.amount);
  if (prior.isNeg()) return undefined;
  const places = Math.max(claim.amount.split('.')[1]?.length ?? 0, change.amount.split('.')[1]?.length ?? 0);
  return {
    fiscalYear: year,
    subject: { kind: claim.subject.kind, ...(claim.subject.source ? { source: claim.subject.source } : {}), ...(claim.subject.item ? { item: claim.subject.item } : {}), ...(claim.subject.label ? { label: claim.subject.label } : {}) },
    unit: claim.unit ?? '万元',
    amount: prior.toFixed(places),
    basis: 'derived',
    claim: claim.id,
  };
}

/** The "本表为空表" / "本表无数据" notes printed under the tables. */
function tableNotes(blocks: readonly TableBlock[], ids: Set<string>): Claim[] {
  const out: Claim[] = [];
  for (const block of blocks) {
    const line = block.lines.find((l) => /本表(?:为空表|无数据)|故本表为空|本表为空/.test(squash(l.text)));
    if (!line) continue;
    const quote = squash(line.text.trim());
    let id = 'empty-table';
    for (let n = 2; ids.has(id); n++) id = `empty-table-${n}`;
    ids.add(id);
    out.push({
      id,
      section: block.title,
      quote,
      provenance: { line: line.no, page: line.page },
      subject: { kind: 'emptyTable', label: block.title },
      table: block.id,
      statement: /无数据/.test(quote) ? '本表无数据' : '本表为空表',
    });
  }
  return out;
}

/** 政府采购 total, goods, works and services when one section states all four (a 决算 says 采购金额). */
function procurementOf(claims: readonly Claim[]): { procurement?: Procurement } {
  const bySection = new Map<string, Partial<Record<'total' | 'goods' | 'works' | 'services', Claim>>>();
  for (const c of claims) {
    if (c.subject.kind !== 'procurement' || c.amount === undefined || /预留|中小|小微|小型|微型/.test(c.subject.label ?? '')) continue;
    const label = c.subject.label ?? '';
    const key = /货物/.test(label) ? 'goods' : /工程/.test(label) ? 'works' : /服务/.test(label) ? 'services' : 'total';
    const parts = bySection.get(c.section) ?? {};
    if (!parts[key]) parts[key] = c;
    bySection.set(c.section, parts);
  }
  for (const [section, p] of bySection) {
    if (p.total && p.goods && p.works && p.services && [p.total, p.goods, p.works, p.services].every((c) => c.unit === p.total!.unit)) {
      return { procurement: { unit: p.total.unit ?? '万元', section, total: p.total.amount!, goods: p.goods.amount!, works: p.works.amount!, services: p.services.amount! } };
    }
  }
  return {};
}
