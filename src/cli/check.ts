import { readFile } from 'node:fs/promises';
import { checkDocument, whereOf, type FigureRef, type Finding, type Severity } from '../core/check/index.js';
import { parseBudgetJson } from '../core/validate/index.js';
import { inLang } from '../i18n/shared-messages.js';
import { parseArgs, type Output } from './args.js';

const SEVERITY_WORD: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  rounding: { zh: '舍入差异', en: 'rounding' },
  note: { zh: '提示', en: 'note' },
};

/**
 * `check <doc.json>...`: runs the reconciliation rules and prints the findings (`--json` for
 * machines). Exit 1 when a file is invalid or a finding is an error, 2 without a file.
 */
export async function runCheck(args: readonly string[], { out, err }: Output): Promise<number> {
  const { files, flags, lang } = parseArgs(args);
  if (files.length === 0) {
    err.write('请给出要检查的文件 / name a document to check\n');
    return 2;
  }
  const en = lang === 'en';
  let failed = false;
  const report: { file: string; findings: Finding[] }[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch((error: Error) => {
      err.write(`${file}: ${en ? 'cannot read' : '无法读取'} (${error.message})\n`);
      return undefined;
    });
    if (text === undefined) {
      failed = true;
      continue;
    }
    let findings: Finding[] | undefined;
    try {
      findings = findingsOf(text);
    } catch (error) {
      // A failure of ours on one file must not lose the results of the others.
      err.write(`${file}: ${en ? 'cannot be checked' : '无法检查'} (${(error as Error).message})\n`);
      failed = true;
      continue;
    }
    if (!findings) {
      err.write(`${file}: ${en ? 'not a valid budget document; run budget-viz validate' : '不是有效的预算文档，请先运行 budget-viz validate'}\n`);
      failed = true;
      continue;
    }
    failed ||= findings.some((f) => f.severity === 'error');
    report.push({ file, findings });
    if (!flags.has('--json')) describe(out, file, findings, en);
  }
  if (flags.has('--json')) out.write(JSON.stringify(report, null, 2) + '\n');
  return failed ? 1 : 0;
}

/** The findings of a document's JSON text; undefined when it is not a valid budget document. */
function findingsOf(text: string): Finding[] | undefined {
  const parsed = parseBudgetJson(text);
  return parsed.valid && parsed.value.type === 'budget-document' ? checkDocument(parsed.value) : undefined;
}

/**
 * Writes a file's findings: a head line with the counts, then each finding with its figures.
 * One write per finding, not one string of them all: 150,000 findings print about 95 MB.
 */
function describe(out: Output['out'], file: string, findings: Finding[], en: boolean): void {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const head = en
    ? `${file}: ${count('error')} error(s), ${count('rounding')} within rounding, ${count('note')} note(s)`
    : `${file}：${count('error')} 处错误，${count('rounding')} 处舍入差异，${count('note')} 条提示`;
  out.write(`${count('error') > 0 ? '✗' : '✓'} ${head}\n`);
  for (const finding of findings) {
    const lines = [`  [${en ? SEVERITY_WORD[finding.severity].en : SEVERITY_WORD[finding.severity].zh}] ${finding.rule}: ${inLang(finding.message, en ? 'en' : 'zh-CN')}`];
    for (const figure of finding.figures) lines.push(`      ${figure.label} ${figure.amount}${figure.unit}  ${figure.source}  ${figure.path}${placeOf(figure, en)}`);
    out.write(lines.join('\n') + '\n');
  }
}

/**
 * Where to open the report for a figure: "  @ 表3 2080506 … / 合计, 第213行 第12页" (with "列由导入推断"
 * when its column was inferred at import); empty when the document does not know.
 */
function placeOf(figure: FigureRef, en: boolean): string {
  const where = whereOf({ line: figure.line, page: figure.page }, en);
  const cell = [figure.table, [figure.row, figure.column].filter((x) => x).join(' / ')].filter((x) => x).join(' ');
  if (!where && !cell) return '';
  const inferred = figure.inferred ? (en ? ' (column inferred at import)' : '（列由导入时推断）') : '';
  return `  @ ${[cell, where].filter((x) => x).join(en ? ', ' : '，')}${inferred}`;
}
