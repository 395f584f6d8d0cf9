import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importReportText, ImportError, type ImportResult } from '../core/import/index.js';

const USAGE = `Usage:
  budget-viz import <report.pdf|report.txt> [-o out.json] [--strict] [--lang en]

  import   把公开报告（PDF 或其文本）转换为预算文档 JSON；--strict 时有警告即退出码 1；无法读取或解析时退出码 2。
           Turns a published report (PDF or its text) into a budget document; with --strict any warning exits 1; unreadable input exits 2.
`;

interface Writable {
  write(chunk: string): unknown;
}

/** Reads the text of a report: PDF through pdfjs-dist, anything else as UTF-8 text. */
async function readReport(file: string, progress: (m: string) => void): Promise<string> {
  const bytes = await readFile(file);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const { pdfToText } = await import('../core/import/pdf.js');
    return pdfToText(new Uint8Array(bytes), progress);
  }
  return bytes.toString('utf8');
}

/**
 * `budget-viz import`: exit 0 on success, 1 when --strict and there are warnings (or on a usage
 * error), 2 when the input cannot be read or parsed at all.
 */
export async function runImport(args: readonly string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const en = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'en';
  const strict = args.includes('--strict');
  const outIndex = args.findIndex((a) => a === '-o' || a === '--output');
  const output = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const langIndex = args.indexOf('--lang');
  const skip = new Set<number>();
  if (outIndex >= 0) [outIndex, outIndex + 1].forEach((i) => skip.add(i));
  if (langIndex >= 0) [langIndex, langIndex + 1].forEach((i) => skip.add(i));
  const files = args.filter((a, i) => !skip.has(i) && !a.startsWith('-'));
  if (args.includes('--help') || args.includes('-h')) {
    out.write(USAGE);
    return 0;
  }
  if (files.length !== 1 || (outIndex >= 0 && !output)) {
    err.write(`${en ? 'name one report to import' : '请给出一个要导入的报告文件'}\n\n${USAGE}`);
    return 2;
  }
  const file = files[0]!;
  const progress = (message: string) => err.write(`… ${message}\n`);
  let text: string;
  try {
    text = await readReport(file, progress);
  } catch (error) {
    err.write(`${file}: ${en ? 'cannot read' : '无法读取'} (${(error as Error).message})\n`);
    return 2;
  }
  let result: ImportResult;
  try {
    result = importReportText(text, { file: basename(file), onProgress: text.length > 20000 ? progress : undefined });
  } catch (error) {
    const message = error instanceof ImportError ? (en ? error.message : error.messageZh) : (error as Error).message;
    err.write(`${file}: ${en ? 'cannot import' : '无法导入'}: ${message}\n`);
    return 2;
  }
  const json = JSON.stringify(result.document, null, 2) + '\n';
  if (output) {
    try {
      await writeFile(output, json);
    } catch (error) {
      err.write(`${output}: ${en ? 'cannot write' : '无法写入'} (${(error as Error).message})\n`);
      return 2;
    }
  } else out.write(json);
  const data = result.tables.filter((t) => t.status === 'data').length;
  const empty = result.tables.length - data;
  err.write(
    en
      ? `${file}: ${result.tables.length} tables found (${data} with data, ${empty} empty), ${result.figures} figures read, ${result.warnings.length} warning(s)\n`
      : `${file}：找到 ${result.tables.length} 张表（${data} 张有数据，${empty} 张空表），读取 ${result.figures} 个数字，${result.warnings.length} 条警告\n`,
  );
  for (const w of result.warnings) err.write(`  ${en ? 'line' : '第'} ${w.line}${en ? '' : ' 行'}: ${en ? w.message.en : w.message.zh}\n`);
  if (strict && result.warnings.length > 0) {
    err.write(en ? 'warnings are errors with --strict\n' : '使用 --strict 时警告视为错误\n');
    return 1;
  }
  return 0;
}
