import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importReportText, type ImportResult } from '../core/import/index.js';
import { parseArgs, positiveNumber } from './args.js';
import { writeFileAtomic } from './atomic-write.js';
import { BATCH_USAGE, runBatchImport } from './batch-import.js';
import { DEFAULT_PDF_BUDGET, type PdfBudget } from './pdf-budget.js';
import { importFailure, readFailure, readReport, type ReportText } from './read-report.js';

const USAGE = `Usage:
  budget-viz import <report.pdf|report.txt> [-o out.json] [--strict] [--lang en]
                   [--pdf-timeout <seconds>] [--pdf-memory <MB>]

  import   把公开报告（PDF 或其文本）转换为预算文档 JSON；--strict 时有警告即退出码 1；无法读取或解析时退出码 2。
           Turns a published report (PDF or its text) into a budget document; with --strict any warning exits 1; unreadable input exits 2.
  -o       写入文件：先写临时文件再改名替换，失败或中断时原文件不变。
           Writes the file through a temporary file and a rename: a failed or interrupted run leaves an existing file as it was.
  --pdf-timeout, --pdf-memory
           读取一个 PDF 的时间（默认 ${DEFAULT_PDF_BUDGET.timeoutMs / 1000} 秒）与内存（默认 ${DEFAULT_PDF_BUDGET.memoryMb} MB）上限；超出即中止，退出码 2。
           Time (default ${DEFAULT_PDF_BUDGET.timeoutMs / 1000} s) and memory (default ${DEFAULT_PDF_BUDGET.memoryMb} MB) allowed for reading one PDF; beyond them it is stopped, exit 2.
  文本文件可为 UTF-8、UTF-16（带 BOM）或 GBK/GB18030。 Text files may be UTF-8, UTF-16 (with a BOM) or GBK/GB18030.
${BATCH_USAGE}`;

interface Writable {
  write(chunk: string): unknown;
}

/**
 * Makes the process's stdout and stderr survive a reader that goes away (`import … | head`):
 * EPIPE is ignored and later writes are dropped, instead of an unhandled 'error' event.
 */
const guarded = new WeakSet<object>();
function survivePipeErrors(stream: Writable) {
  const s = stream as Writable & { on?: (event: string, listener: (error: NodeJS.ErrnoException) => void) => unknown };
  if (typeof s.on !== 'function' || guarded.has(s)) return;
  guarded.add(s);
  s.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}


/**
 * `budget-viz import`: exit 0 on success, 1 when --strict and there are warnings (or on a usage
 * error), 2 when the input cannot be read or parsed at all. A folder is imported by
 * runBatchImport, with its own exit codes.
 */
export async function runImport(args: readonly string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  survivePipeErrors(out);
  survivePipeErrors(err);
  const { files, flags, options, lang } = parseArgs(args, ['-o', '--output', '--pdf-timeout', '--pdf-memory', '--jobs', '--title', '--timeout']);
  const en = lang === 'en';
  const strict = flags.has('--strict');
  const output = options.get('-o') ?? options.get('--output');
  if (flags.has('--help') || flags.has('-h')) {
    out.write(USAGE);
    return 0;
  }
  if (files.length !== 1 || output === '') {
    err.write(`${en ? 'name one report to import' : '请给出一个要导入的报告文件'}\n\n${USAGE}`);
    return 2;
  }
  const budget: PdfBudget = { ...DEFAULT_PDF_BUDGET };
  for (const [flag, key, scale, least] of [['--pdf-timeout', 'timeoutMs', 1000, 0], ['--pdf-memory', 'memoryMb', 1, 16]] as const) {
    if (!options.has(flag)) continue;
    const n = positiveNumber(options.get(flag));
    if (n === null || n < least) {
      err.write(`${en ? `${flag} takes a number${least ? ` of at least ${least}` : ' above 0'}` : `${flag} 需要${least ? `不小于 ${least} 的` : '大于 0 的'}数`}\n\n${USAGE}`);
      return 2;
    }
    budget[key] = Math.round(n * scale);
  }
  const file = files[0]!;
  const isFolder = await stat(file).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isFolder) {
    if (!strict) return runBatchImport({ folder: file, output, options, lang, budget }, err);
    // The index counts each report's warnings: a portal or a script can judge them there.
    err.write(`${en ? '--strict applies to one report, not to a folder' : '--strict 只用于单个报告，不能用于文件夹'}\n`);
    return 2;
  }
  const progress = (message: string) => err.write(`… ${message}\n`);
  let report: ReportText;
  try {
    report = await readReport(await readFile(file), progress, budget);
  } catch (error) {
    const failure = readFailure(error);
    err.write(`${file}: ${en ? failure.en : failure.zh}\n`);
    return 2;
  }
  const { text, encoding, replaced = 0 } = report;
  if (encoding && encoding !== 'UTF-8') err.write(en ? `${file}: text decoded from ${encoding}\n` : `${file}：文本按 ${encoding} 编码读取\n`);
  if (replaced > 0) err.write(en ? `${file}: ${replaced} character(s) could not be decoded as ${encoding} and were replaced by U+FFFD\n` : `${file}：有 ${replaced} 个字符无法按 ${encoding} 解码，已替换为 U+FFFD\n`);
  let result: ImportResult;
  try {
    result = importReportText(text, { file: basename(file), onProgress: text.length > 20000 ? progress : undefined });
  } catch (error) {
    const failure = importFailure(error);
    err.write(`${file}: ${en ? failure.en : failure.zh}\n`);
    return 2;
  }
  const json = JSON.stringify(result.document, null, 2) + '\n';
  if (output) {
    try {
      await writeFileAtomic(output, json);
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
