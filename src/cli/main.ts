import { readFile } from 'node:fs/promises';
import { parseBudgetJson } from '../core/validate/index.js';

const USAGE = `budget-viz — 预算公开数据工具 / tools for budget disclosure data

Usage:
  budget-viz validate <file.json>... [--lang zh-CN|en] [--json]

  validate   检查预算文档或文档集是否符合 schema；无效时退出码为 1。
             Checks budget documents or collections against the schema; exits 1 when one is invalid.
`;

type Lang = 'zh-CN' | 'en';

/** Runs the command line and returns the exit code: 0 valid, 1 invalid, 2 usage error. */
export async function main(args: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h') {
    out.write(USAGE);
    return command ? 0 : 2;
  }
  if (command !== 'validate') {
    err.write(`未知命令 unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  const json = rest.includes('--json');
  const langIndex = rest.indexOf('--lang');
  const lang: Lang = langIndex >= 0 && rest[langIndex + 1] === 'en' ? 'en' : 'zh-CN';
  const files = rest.filter((arg, i) => !arg.startsWith('--') && !(langIndex >= 0 && i === langIndex + 1));
  if (files.length === 0) {
    err.write(`请给出要检查的文件 / name a file to validate\n\n${USAGE}`);
    return 2;
  }
  let invalid = false;
  const report: { file: string; valid: boolean; issues: unknown[] }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      err.write(`${file}: ${lang === 'en' ? 'cannot read' : '无法读取'} (${(error as Error).message})\n`);
      invalid = true;
      continue;
    }
    const result = parseBudgetJson(text);
    invalid ||= !result.valid;
    report.push({ file, valid: result.valid, issues: result.issues });
    if (json) continue;
    if (result.valid) {
      out.write(`✓ ${file}: ${lang === 'en' ? 'valid' : '有效'}\n`);
    } else {
      const count = result.issues.length;
      out.write(`✗ ${file}: ${lang === 'en' ? `${count} problem(s)` : `${count} 处问题`}\n`);
      for (const issue of result.issues) out.write(`  ${lang === 'en' ? issue.message.en : issue.message.zh}\n`);
    }
  }
  if (json) out.write(JSON.stringify(report, null, 2) + '\n');
  return invalid ? 1 : 0;
}
