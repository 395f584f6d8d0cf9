import type { Lang } from '../core/format.js';

/** Where a command writes: stdout and stderr, replaceable in tests. */
export interface Output {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

export interface ParsedArgs {
  files: string[];
  lang: Lang;
  flags: Set<string>;
  /** Values of options that take one (`-o out.json`). */
  options: Map<string, string>;
}

/** Splits arguments into files, `--flag`s and options with a value (`--lang en`, `-o file`). */
export function parseArgs(args: readonly string[], withValue: readonly string[] = []): ParsedArgs {
  const files: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--lang' || withValue.includes(arg)) options.set(arg, args[++i] ?? '');
    else if (arg.startsWith('-')) flags.add(arg);
    else files.push(arg);
  }
  return { files, flags, options, lang: options.get('--lang') === 'en' ? 'en' : 'zh-CN' };
}

/** A number above 0 written plainly ("60", "0.5"): the form of every limit on the command line. */
export function positiveNumber(text: string | undefined): number | null {
  if (text === undefined || !/^\d+(?:\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return n > 0 && Number.isFinite(n) ? n : null;
}
