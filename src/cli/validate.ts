import { readFile } from 'node:fs/promises';
import { parseBudgetJson } from '../core/validate/index.js';
import { inLang } from '../i18n/shared-messages.js';
import { parseArgs, type Output } from './args.js';

/** `validate <file>...`: 0 when every file is valid, 1 when one is not, 2 without a file. */
export async function runValidate(args: readonly string[], { out, err }: Output): Promise<number> {
  const { files, flags, lang } = parseArgs(args);
  if (files.length === 0) {
    err.write('请给出要检查的文件 / name a file to validate\n');
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
    let result: ReturnType<typeof parseBudgetJson>;
    try {
      result = parseBudgetJson(text);
    } catch (error) {
      // A failure of ours on one file must not lose the results of the others.
      err.write(`${file}: ${lang === 'en' ? 'cannot be validated' : '无法校验'} (${(error as Error).message})\n`);
      invalid = true;
      continue;
    }
    invalid ||= !result.valid;
    report.push({ file, valid: result.valid, issues: result.issues });
    if (flags.has('--json')) continue;
    if (result.valid) {
      out.write(`✓ ${file}: ${lang === 'en' ? 'valid' : '有效'}\n`);
    } else {
      const count = result.issues.length;
      out.write(`✗ ${file}: ${lang === 'en' ? `${count} problem(s)` : `${count} 处问题`}\n`);
      for (const issue of result.issues) out.write(`  ${inLang(issue.message, lang)}\n`);
    }
  }
  if (flags.has('--json')) out.write(JSON.stringify(report, null, 2) + '\n');
  return invalid ? 1 : 0;
}
