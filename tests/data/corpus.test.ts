/**
 * The corpus test: every report of tests/fixtures/corpus/ (copies of the real reports of
 * ../shared/corpus, never read at run time) against a golden file of figures checked by hand.
 *
 * tests/golden/<report>.golden.json holds, per report:
 * - `inputs`: the files of tests/fixtures/corpus/ to import (the .txt and, when there is one, the
 *   .pdf of the same report); each is imported once, in process, and shared by its tests;
 * - `meta`: department name, fiscal year, kind (budget | final) and scope (department | unit);
 * - `figures`: where a figure must stand in the document and what it must be —
 *   `section` a document key (`economicByCode` names the code-based economic table, wherever the
 *   document keeps it), `row` a 科目 or economic code, "total", a 三公 item, a group / unit /
 *   project name, "部门科目|政府科目" for an item of 基本支出分经济科目表, or for 收支总表 sections
 *   incomeTotal, incomeGrandTotal, expenditureTotal, expenditureGrandTotal, yearEndCarryOver,
 *   "income:<label>" and "expenditure:<label>" (labels as printed, ordinals such as 一、 ignored);
 *   `column` a ColumnKey, or for a column the schema has no key for yet its printed label;
 *   `value` the decimal string exactly as the document must hold it ("0" for a blank cell);
 *   `line` the line of the report's .txt where it is printed (checked below);
 * - `inconsistencies`: the report's real contradictions, each with the rule that must report it
 *   and a `match` that the finding's Chinese message, or one of its figures (label or amount,
 *   separators ignored), contains, and `why` with the arithmetic.
 *
 * Asserted per input: the meta; every figure (a missing table, row or column is a failure that
 * names it); and that the findings of severity "error" of `checkDocument` are exactly the listed
 * inconsistencies — each matched by at least one error finding of its rule, and no error finding
 * left unmatched (those are printed).
 *
 * What does not work yet is listed in tests/golden/known-gaps.json, per input: figures
 * ("section|row|column"), inconsistencies not reported ("rule|match") and error findings that are
 * no real inconsistency ("rule|subject or start of message"). A failure not listed there fails the
 * test, and so does a listed gap that no longer occurs, so the list can only shrink. After a fix,
 * `UPDATE_KNOWN_GAPS=1 node --import tsx --test tests/data/corpus.test.ts` rewrites the list.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { checkDocument, type Finding } from '../../src/core/check/index.js';
import { importReportText, type ImportResult } from '../../src/core/import/index.js';
import { pdfToText } from '../../src/core/import/pdf.js';
import type { BudgetDocument } from '../../src/core/schema/budget-types.generated.js';

const GOLDEN = new URL('../golden/', import.meta.url);
const GAPS_FILE = new URL('../golden/known-gaps.json', import.meta.url);

type Gaps = Record<string, { figures?: string[]; notReported?: string[]; falseErrors?: string[] }>;
const knownGaps: Gaps = existsSync(GAPS_FILE) ? (JSON.parse(readFileSync(GAPS_FILE, 'utf8')) as Gaps) : {};
const seenGaps: Gaps = {};
const updateGaps = !!process.env.UPDATE_KNOWN_GAPS;

/** Compares what fails with what is known to fail: new failures and gaps that closed are both problems. */
function againstGaps(input: string, kind: 'figures' | 'notReported' | 'falseErrors', scope: (key: string) => boolean, failing: string[]): string[] {
  const entry = (seenGaps[input] ??= {});
  entry[kind] = [...(entry[kind] ?? []), ...failing].sort();
  if (updateGaps) return [];
  const known = (knownGaps[input]?.[kind] ?? []).filter(scope);
  return [
    ...failing.filter((k) => !known.includes(k)).map((k) => `new failure: ${k}`),
    ...known.filter((k) => !failing.includes(k)).map((k) => `works now, remove it from known-gaps.json: ${k}`),
  ];
}
const CORPUS = new URL('../fixtures/corpus/', import.meta.url);

interface GoldenFigure {
  section: string;
  row: string;
  column: string;
  value: string;
  unit: string;
  line: number;
  note?: string;
}

interface GoldenInconsistency {
  rule: string;
  match: string;
  why: string;
}

interface Golden {
  report: string;
  inputs: string[];
  meta: { department: string; fiscalYear: number; kind: 'budget' | 'final'; scope: 'department' | 'unit' };
  figures: GoldenFigure[];
  inconsistencies: GoldenInconsistency[];
}

// ---------------------------------------------------------------------------------------------
// inputs: one import per input file, shared by its tests
// ---------------------------------------------------------------------------------------------

const imports = new Map<string, Promise<ImportResult>>();

/** The import of one corpus file: a PDF through pdfjs-dist first, text as UTF-8. */
function importInput(name: string): Promise<ImportResult> {
  let result = imports.get(name);
  if (!result) {
    const url = new URL(name, CORPUS);
    result = (async () => {
      const text = name.endsWith('.pdf') ? await pdfToText(new Uint8Array(readFileSync(url))) : readFileSync(url, 'utf8');
      return importReportText(text);
    })();
    imports.set(name, result);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// resolving a golden figure in the document
// ---------------------------------------------------------------------------------------------

type Resolved = { value: string; unit?: string } | { missing: string };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** A label without whitespace, ordinal ("一、", "1.", "（二）", "①") and with ASCII parentheses. */
function normaliseLabel(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(/^(?:[一二三四五六七八九十]+[、．.]|\d+[、．.]|[（(][一二三四五六七八九十\d]+[）)]、?|[①②③④⑤⑥⑦⑧⑨⑩])/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/** Section keys whose rows are 功能分类 codes or named lines: never the code-based economic table. */
const NOT_ECONOMIC = new Set(['meta', 'summary', 'fiscalAppropriationSummary', 'incomeBySubject', 'expenditureBySubject', 'generalBudgetExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure', 'claims', 'priorYear']);

/** The first object under `x` (depth first) whose `code` is `code` and that has amounts. */
function findCoded(x: unknown, code: string): Obj | undefined {
  if (Array.isArray(x)) {
    for (const item of x) {
      const found = findCoded(item, code);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObj(x)) return undefined;
  if (x.code === code && isObj(x.amounts)) return x;
  for (const [key, value] of Object.entries(x)) {
    if (key === 'provenance' || key === 'amounts') continue;
    const found = findCoded(value, code);
    if (found) return found;
  }
  return undefined;
}

/**
 * The table another helper adds for the economic classification by code (表8 / 表6 with 301,
 * 30101 …): whichever section holds rows coded like 301 with amounts, so that the golden files
 * need not know its final key.
 */
function economicByCode(doc: BudgetDocument): { key: string; section: Obj } | undefined {
  for (const [key, value] of Object.entries(doc)) {
    if (NOT_ECONOMIC.has(key) || !isObj(value)) continue;
    for (const code of ['301', '302', '303', '501', '502']) {
      if (findCoded(value, code)) return { key, section: value };
    }
  }
  return undefined;
}

/** The amount of `column` in `amounts`: by key, else by the printed label of the table's column. */
function amountOf(amounts: unknown, column: string, section: Obj, where: string): Resolved {
  if (!isObj(amounts)) return { missing: `${where}: no amounts` };
  const direct = str(amounts[column]);
  if (direct !== undefined) return { value: direct };
  const columns = Array.isArray(section.columns) ? (section.columns as Obj[]) : [];
  const byLabel = columns.find((c) => typeof c.label === 'string' && normaliseLabel(c.label) === normaliseLabel(column));
  if (byLabel && typeof byLabel.key === 'string') {
    const value = str(amounts[byLabel.key]);
    if (value !== undefined) return { value };
  }
  const printed = columns.map((c) => `${String(c.key)} “${String(c.label)}”`).join(', ');
  return { missing: `${where}: no column “${column}” (the table has ${printed || Object.keys(amounts).join(', ') || 'none'})` };
}

function byName<T extends Obj>(list: unknown, name: string, field = 'name'): T | undefined {
  if (!Array.isArray(list)) return undefined;
  return (list as T[]).find((x) => typeof x[field] === 'string' && normaliseLabel(x[field] as string) === normaliseLabel(name));
}

const SUMMARY_MONEY = new Set(['incomeTotal', 'incomeGrandTotal']);
const SUMMARY_AMOUNTS = new Set(['expenditureTotal', 'expenditureGrandTotal', 'yearEndCarryOver']);
const SUBJECT_TABLES = new Set(['incomeBySubject', 'expenditureBySubject', 'generalBudgetExpenditure', 'governmentFundExpenditure', 'stateCapitalExpenditure']);

/** Where the figure stands in the document, or what is missing. */
function resolve(doc: BudgetDocument, f: GoldenFigure): Resolved {
  let key = f.section;
  let section: Obj | undefined;
  if (f.section === 'economicByCode') {
    const found = economicByCode(doc);
    if (!found) return { missing: 'no economic table by code (rows 301, 302 …) in the document' };
    ({ key, section } = found);
  } else {
    const value = (doc as unknown as Obj)[f.section];
    if (!isObj(value)) return { missing: `section ${f.section} is missing from the document` };
    section = value;
  }
  const unit = str(section.unit);
  const at = `${key} row ${f.row}`;
  const withUnit = (r: Resolved): Resolved => ('value' in r ? { ...r, unit } : r);

  if (f.row === 'total' && isObj(section.total)) return withUnit(amountOf(section.total, f.column, section, at));
  // Other total rows kept as amounts on the section itself (expenditureTotal, personnelTotal …).
  if (/^[A-Za-z]+$/.test(f.row) && isObj(section[f.row])) return withUnit(amountOf(section[f.row], f.column, section, at));

  if (f.section === 'summary' || f.section === 'fiscalAppropriationSummary') {
    if (SUMMARY_MONEY.has(f.row)) {
      const value = str(section[f.row]);
      return value === undefined ? { missing: `${at}: not in the document` } : { value, unit };
    }
    if (SUMMARY_AMOUNTS.has(f.row)) return withUnit(amountOf(section[f.row], f.column, section, at));
    const m = /^(income|expenditure):(.+)$/.exec(f.row);
    if (m) {
      if (m[1] === 'income') {
        const line = byName(section.income, m[2]!, 'label') ?? byName(section.carryOverIncome, m[2]!, 'label');
        if (!line) return { missing: `${at}: no income line “${m[2]}”` };
        const value = str(line.amount);
        return value === undefined ? { missing: `${at}: no amount` } : { value, unit };
      }
      const line = byName(section.expenditure, m[2]!, 'label');
      if (!line) return { missing: `${at}: no expenditure line “${m[2]}”` };
      return withUnit(amountOf(line.amounts, f.column, section, at));
    }
    return { missing: `${at}: unknown row kind` };
  }

  if (SUBJECT_TABLES.has(f.section)) {
    const row = Array.isArray(section.rows) ? (section.rows as Obj[]).find((r) => r.code === f.row) : undefined;
    if (!row) return { missing: `${at}: no row with code ${f.row}` };
    return withUnit(amountOf(row.amounts, f.column, section, at));
  }

  if (f.section === 'threePublicExpenses') {
    const line = Array.isArray(section.lines) ? (section.lines as Obj[]).find((l) => l.item === f.row) : undefined;
    if (!line) return { missing: `${at}: no line ${f.row}` };
    return withUnit(amountOf(line.amounts, f.column, section, at));
  }

  if (f.section === 'operatingExpenses') {
    const u = byName(section.units, f.row);
    if (!u) return { missing: `${at}: no unit “${f.row}”` };
    return withUnit(amountOf(u.amounts, f.column, section, at));
  }

  if (f.section === 'projects' || f.section === 'carriedOverProjects') {
    const units = Array.isArray(section.units) ? (section.units as Obj[]) : [];
    const project = units.map((u) => byName(u.projects, f.row)).find((p) => p !== undefined);
    const found = project ?? byName(units, f.row);
    if (!found) return { missing: `${at}: no project or unit “${f.row}”` };
    return withUnit(amountOf(found.amounts, f.column, section, at));
  }

  if (f.section === 'basicExpenditureByEconomic' || f.section === 'economicByCode') {
    if (/^\d{3}(\d{2})?$/.test(f.row)) {
      const coded = findCoded(section, f.row);
      if (!coded) return { missing: `${at}: no row with code ${f.row}` };
      return withUnit(amountOf(coded.amounts, f.column, section, at));
    }
    const groups = Array.isArray(section.groups) ? (section.groups as Obj[]) : [];
    if (f.row.includes('|')) {
      const [dept, gov] = f.row.split('|') as [string, string];
      for (const g of groups) {
        const items = Array.isArray(g.items) ? (g.items as Obj[]) : [];
        const item = items.find((i) => normaliseLabel(String(i.departmentItem)) === normaliseLabel(dept) && normaliseLabel(String(i.governmentItem)) === normaliseLabel(gov));
        if (item) return withUnit(amountOf(item.amounts, f.column, section, at));
      }
      return { missing: `${at}: no item “${f.row}”` };
    }
    const group = byName(groups, f.row);
    if (!group) return { missing: `${at}: no group “${f.row}”` };
    return withUnit(amountOf(group.amounts, f.column, section, at));
  }

  return { missing: `${at}: the harness cannot resolve rows of section ${f.section}` };
}

/** "12,345.60" → "12345.60": a figure as a plain decimal string. */
const plain = (s: string) => s.replace(/[,，\s]/g, '');

/** A decimal string as it may be printed: as is, or with thousands separators. */
function printedForms(value: string): string[] {
  const [int, frac] = value.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return [value, frac === undefined ? grouped : `${grouped}.${frac}`];
}

// ---------------------------------------------------------------------------------------------
// findings against the listed inconsistencies
// ---------------------------------------------------------------------------------------------

function matches(finding: Finding, inc: GoldenInconsistency): boolean {
  if (finding.rule !== inc.rule) return false;
  if (finding.message.zh.includes(inc.match)) return true;
  return finding.figures.some((f) => f.label.includes(inc.match) || plain(f.amount) === plain(inc.match));
}

const describeFinding = (f: Finding) => `  [${f.rule}] ${f.message.zh}\n      figures: ${f.figures.map((x) => `${x.label} = ${x.amount}${x.unit}`).join('; ')}`;

// ---------------------------------------------------------------------------------------------
// the tests
// ---------------------------------------------------------------------------------------------

const goldenFiles = existsSync(GOLDEN) ? readdirSync(GOLDEN).filter((n) => n.endsWith('.golden.json')).sort() : [];

test('there are golden files, and every report of tests/fixtures/corpus has one', () => {
  assert.ok(goldenFiles.length > 0, 'no tests/golden/*.golden.json');
  const reports = new Set(goldenFiles.map((n) => n.replace(/\.golden\.json$/, '')));
  const corpus = readdirSync(CORPUS).filter((n) => /\.(txt|pdf)$/.test(n)).map((n) => n.replace(/(\.pages)?\.(txt|pdf)$/, ''));
  const without = [...new Set(corpus)].filter((r) => !reports.has(r)).sort();
  assert.deepEqual(without, [], `reports without a golden file: ${without.join(', ')}`);
});

for (const file of goldenFiles) {
  const golden = JSON.parse(readFileSync(new URL(file, GOLDEN), 'utf8')) as Golden;

  describe(`corpus: ${golden.report}`, () => {
    test('golden file: well formed, every figure stands on its line of the .txt', () => {
      assert.equal(`${golden.report}.golden.json`, file, 'report names its file');
      assert.ok(Array.isArray(golden.inputs) && golden.inputs.length > 0, 'inputs');
      for (const input of golden.inputs) assert.ok(existsSync(new URL(input, CORPUS)), `tests/fixtures/corpus/${input} is missing`);
      const txt = golden.inputs.find((i) => i.endsWith('.txt'));
      assert.ok(txt, 'a .txt input, which `line` refers to');
      const lines = readFileSync(new URL(txt, CORPUS), 'utf8').split('\n');
      const problems: string[] = [];
      golden.figures.forEach((f, i) => {
        const at = `figures[${i}] ${f.section} ${f.row} ${f.column}`;
        if (![f.section, f.row, f.column, f.value, f.unit].every((x) => typeof x === 'string' && x !== '')) problems.push(`${at}: section, row, column, value and unit are non-empty strings`);
        if (!/^\d+(\.\d+)?$/.test(f.value)) problems.push(`${at}: value “${f.value}” is not a plain decimal string`);
        if (!Number.isInteger(f.line) || f.line < 1 || f.line > lines.length) {
          problems.push(`${at}: line ${f.line} is not a line of ${txt}`);
          return;
        }
        const printed = lines[f.line - 1]!;
        if (!/^0(\.0+)?$/.test(f.value) && !printedForms(f.value).some((p) => printed.includes(p))) problems.push(`${at}: ${f.value} is not on line ${f.line}: “${printed.trim()}”`);
      });
      golden.inconsistencies.forEach((x, i) => {
        if (![x.rule, x.match, x.why].every((s) => typeof s === 'string' && s !== '')) problems.push(`inconsistencies[${i}]: rule, match and why are non-empty strings`);
      });
      assert.deepEqual(problems, []);
    });

    for (const input of golden.inputs) {
      describe(input, () => {
        test('meta', async () => {
          const { document: doc } = await importInput(input);
          assert.deepEqual(
            { department: doc.meta.department.name, fiscalYear: doc.meta.fiscalYear, kind: doc.meta.kind, scope: doc.meta.scope },
            golden.meta,
          );
        });

        const sections = [...new Set(golden.figures.map((f) => f.section))];
        for (const section of sections) {
          const figures = golden.figures.filter((f) => f.section === section);
          test(`figures: ${section} (${figures.length})`, async () => {
            const { document: doc } = await importInput(input);
            const problems: string[] = [];
            const failing: string[] = [];
            for (const f of figures) {
              const r = resolve(doc, f);
              const what = `${f.row} ${f.column} (line ${f.line})`;
              const before = problems.length;
              if ('missing' in r) problems.push(`${what}: missing — ${r.missing}`);
              else if (r.value !== f.value) problems.push(`${what}: expected ${f.value}, document holds ${r.value}`);
              else if (r.unit !== undefined && r.unit !== f.unit) problems.push(`${what}: expected in ${f.unit}, the table is in ${r.unit}`);
              if (problems.length > before) failing.push(`${f.section}|${f.row}|${f.column}`);
            }
            const unexpected = againstGaps(input, 'figures', (k) => k.startsWith(`${section}|`), failing);
            assert.ok(unexpected.length === 0, `${input}, ${section}:\n  ${unexpected.join('\n  ')}\nall problems:\n  ${problems.join('\n  ')}`);
          });
        }

        test(`check: the error findings are exactly the ${golden.inconsistencies.length} listed inconsistencies`, async () => {
          const { document: doc } = await importInput(input);
          const errors = checkDocument(doc).filter((f) => f.severity === 'error');
          const notFound = golden.inconsistencies.filter((inc) => !errors.some((f) => matches(f, inc)));
          const unmatched = errors.filter((f) => !golden.inconsistencies.some((inc) => matches(f, inc)));
          const message = [
            ...(notFound.length ? [`${notFound.length} listed inconsistencies not reported:`, ...notFound.map((x) => `  [${x.rule}] “${x.match}”: ${x.why}`)] : []),
            ...(unmatched.length ? [`${unmatched.length} error findings that are no listed inconsistency:`, ...unmatched.map(describeFinding)] : []),
          ].join('\n');
          const unexpected = [
            ...againstGaps(input, 'notReported', () => true, notFound.map((x) => `${x.rule}|${x.match}`)),
            ...againstGaps(input, 'falseErrors', () => true, [...new Set(unmatched.map((f) => `${f.rule}|${f.subject ?? f.message.zh.slice(0, 24)}`))]),
          ];
          assert.ok(unexpected.length === 0, `${unexpected.join('\n')}\n${message}`);
        });
      });
    }
  });
}

if (updateGaps) {
  after(() => {
    const sorted = Object.fromEntries(
      Object.entries(seenGaps)
        .map(([input, kinds]) => [input, Object.fromEntries(Object.entries(kinds).filter(([, keys]) => keys.length > 0))] as const)
        .filter(([, kinds]) => Object.keys(kinds).length > 0)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    writeFileSync(GAPS_FILE, JSON.stringify(sorted, null, 2) + '\n');
  });
}
