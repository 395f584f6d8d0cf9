import type { Output } from './args.js';
import { runCheck } from './check.js';
import { runImport } from './import.js';
import { runRender } from './render.js';
import { DEFAULT_PDF_BUDGET } from './pdf-budget.js';
import { runValidate } from './validate.js';

const USAGE = `budget-viz — 预算公开数据工具 / tools for budget disclosure data

Usage:
  budget-viz validate <file.json>... [--lang zh-CN|en] [--json]
  budget-viz check <doc.json>... [--lang zh-CN|en] [--json]
  budget-viz import <report.pdf|report.txt> [-o out.json] [--strict] [--lang zh-CN|en]
                    [--pdf-timeout <seconds>] [--pdf-memory <MB>]
  budget-viz import <folder> -o <out-dir> [--jobs N] [--title <title>] [--lang zh-CN|en]
                    [--pdf-timeout <seconds>] [--pdf-memory <MB>]
  budget-viz render <doc.json> --view headline|sunburst|split|yoy|cards|report [-o out.html]
                    [--lang zh-CN|en] [--unit 元|万元|亿元] [--selected <科目编码>] [--width <px>]
                    [--src <url>] [--script <budget-viz.js url>] [--fragment] [--format html|svg|png]

  validate   检查预算文档或文档集是否符合 schema；无效时退出码为 1。
             Checks budget documents or collections against the schema; exits 1 when one is invalid.
  check      查找报告内部的不一致（各表之间、表与说明之间）；有错误级别的发现时退出码为 1。
             Finds where a report contradicts itself; exits 1 when an error-level finding exists.
  import     把公开的预算报告（PDF 或文本）转换为预算文档；无法归位的内容列为警告，绝不编造数字。
             Turns a published report (PDF or text) into a document; what cannot be placed is a warning.
             给出文件夹时并行导入其中每份报告，写出各文档与文档集索引 index.json；未变的报告跳过，有失败时退出码 1。
             Given a folder, imports each of its reports in parallel into its document and a collection index
             (index.json); unchanged reports are skipped; exits 1 when one failed.
             读取 PDF 有时间与内存上限（默认 ${DEFAULT_PDF_BUDGET.timeoutMs / 1000} 秒、${DEFAULT_PDF_BUDGET.memoryMb} MB），超出即中止。
             Reading a PDF is stopped beyond its time and memory limits (default ${DEFAULT_PDF_BUDGET.timeoutMs / 1000} s, ${DEFAULT_PDF_BUDGET.memoryMb} MB).
  render     用组件本身在无头 Chromium 中绘制一个视图，输出不需要 JavaScript 即可阅读的 HTML（含数据表），
             页面加载脚本后原地升级为交互组件；--format svg 输出图表的 SVG（同导出菜单），--format png 输出两倍尺寸的图片。
             Draws a view with the elements themselves in headless Chromium: HTML that reads without
             JavaScript (data table included) and upgrades in place when the script loads; --format svg,
             a chart's SVG as its export menu saves it; or --format png, a PNG at 2×.
`;

const COMMANDS: Record<string, (args: readonly string[], output: Output) => Promise<number>> = {
  validate: runValidate,
  check: runCheck,
  import: (args, { out, err }) => runImport(args, out, err),
  render: runRender,
};

/** Runs the command line and returns the exit code: 0 success, 1 a problem found, 2 usage error. */
export async function main(args: readonly string[], out: Output['out'] = process.stdout, err: Output['err'] = process.stderr): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h') {
    out.write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    err.write(`未知命令 unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  return run(rest, { out, err });
}
