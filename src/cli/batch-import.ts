/**
 * `budget-viz import <folder> -o <out-dir>`: every report of a folder tree imported into its own
 * document, in parallel worker threads, and a collection index of them all (index.json).
 *
 * Memory is bounded by the workers: each holds one report at a time and writes its document
 * before taking the next; this thread keeps only the file names and the small index entries.
 * A file the existing index lists, whose document is still there and records the file's SHA-256
 * (meta.source.sha256), is not imported again. One bad file never stops the batch: it is listed in the index's
 * `failures` with its reason, and the run exits 1.
 */
import { opendir, mkdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { buildCollectionIndex, documentHref, type CollectionEntry, type CollectionFailure, type UnnamedEntry } from '../core/collection-index.js';
import type { Lang } from '../core/format.js';
import { parseBudgetJson } from '../core/validate/index.js';
import { positiveNumber } from './args.js';
import { writeFileAtomic } from './atomic-write.js';
import { ImportWorker, type ImportTask, type TaskOutcome } from './batch-worker.js';
import type { PdfBudget } from './pdf-budget.js';

/**
 * Seconds one report's import may take once its text is read: the corpus's longest takes well
 * under one on a busy two-core machine, so only a runaway input meets it.
 */
const DEFAULT_IMPORT_TIMEOUT_S = 60;

export const BATCH_USAGE = `
  budget-viz import <folder> -o <out-dir> [--jobs N] [--title <title>] [--lang en]
                   [--timeout <seconds>] [--pdf-timeout <seconds>] [--pdf-memory <MB>]

  folder   导入文件夹及其子文件夹中的每份报告（*.pdf、*.txt，跳过隐藏文件），各写为 <out-dir>/<报告路径>.json，
           并写出文档集索引 <out-dir>/index.json；内容未变（SHA-256 相同）的报告跳过。有报告失败时退出码 1。
           Imports every report (*.pdf, *.txt; hidden files skipped) of a folder tree, each into <out-dir>/<its path>.json,
           and writes the collection index <out-dir>/index.json; unchanged reports (same SHA-256) are skipped. Exit 1 when one failed.
  --jobs   并行的工作线程数（默认：本机核数）。 Worker threads in parallel (default: the machine's cores).
  --timeout 一份报告读出文本后导入的时间上限（默认 ${DEFAULT_IMPORT_TIMEOUT_S} 秒），超出即中止并记为失败；PDF 另有读取时间 --pdf-timeout。
           --pdf-memory 限制每个工作线程；整个进程的内存增长上限为它乘以工作线程数。
           Time one report's import may take once its text is read (default ${DEFAULT_IMPORT_TIMEOUT_S} s); beyond it the report is stopped
           and listed as failed. A PDF has its reading time (--pdf-timeout) besides. --pdf-memory limits each worker thread;
           the process's memory may grow by that times the number of workers.
  --title  索引的标题（默认：地区与报告数；每次运行都需给出）。 The index's title (default: its regions and number of reports; give it on every run).
`;

/** The index's file name in the output folder: where a later run looks for what is unchanged. */
const INDEX_FILE = 'index.json';
const REPORT_EXTENSION = /\.(pdf|txt)$/i;

export interface BatchImportOptions {
  folder: string;
  output: string | undefined;
  /** Options of the command line (`--jobs`, `--title`). */
  options: ReadonlyMap<string, string>;
  lang: Lang;
  budget: PdfBudget;
}

interface ErrorStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Exit 0 when every report was imported or unchanged, 1 when one failed, 2 for a usage error or an unusable folder. */
export async function runBatchImport({ folder, output, options, lang, budget }: BatchImportOptions, err: ErrorStream): Promise<number> {
  const en = lang === 'en';
  const say = (zh: string, english: string) => err.write(`${en ? english : zh}\n`);
  if (!output) {
    say(`导入文件夹需要 -o <输出文件夹>\n${BATCH_USAGE}`, `importing a folder needs -o <out-dir>\n${BATCH_USAGE}`);
    return 2;
  }
  const jobs = options.has('--jobs') ? positiveInteger(options.get('--jobs')) : availableParallelism();
  if (jobs === null) {
    say(`--jobs 需要 1 到 9999 的整数，得到 “${options.get('--jobs')}”`, `--jobs takes a whole number from 1 to 9999, found "${options.get('--jobs')}"`);
    return 2;
  }
  const timeout = options.has('--timeout') ? positiveNumber(options.get('--timeout')) : DEFAULT_IMPORT_TIMEOUT_S;
  if (timeout === null) {
    say(`--timeout 需要大于 0 的秒数，得到 “${options.get('--timeout')}”`, `--timeout takes a number of seconds above 0, found "${options.get('--timeout')}"`);
    return 2;
  }
  const title = options.get('--title');
  if (title === '') {
    say('--title 不能为空', '--title must not be empty');
    return 2;
  }
  const started = performance.now();
  // The process's CPU time counts its worker threads: a measure of the work that a busy machine does not distort.
  const cpuStarted = process.cpuUsage();
  let files: string[];
  try {
    files = await reportFiles(folder);
  } catch (error) {
    say(`${folder}：无法读取文件夹 (${(error as Error).message})`, `${folder}: cannot read the folder (${(error as Error).message})`);
    return 2;
  }
  if (files.length === 0) {
    say(`${folder}：没有 *.pdf 或 *.txt 报告`, `${folder}: no *.pdf or *.txt report`);
    return 2;
  }
  try {
    await mkdir(output, { recursive: true });
  } catch (error) {
    say(`${output}：无法创建输出文件夹 (${(error as Error).message})`, `${output}: cannot create the output folder (${(error as Error).message})`);
    return 2;
  }
  const previous = await previousEntries(join(output, INDEX_FILE), say);

  const workerCount = Math.min(jobs, files.length);
  const workers = Array.from({ length: workerCount }, () => new ImportWorker({ ...budget, readersAtOnce: workerCount }, Math.round(timeout * 1000)));
  const progress = new Progress(files.length, err, en);
  const entries: UnnamedEntry[] = [];
  const failures: CollectionFailure[] = [];
  let imported = 0;
  let unchanged = 0;
  let next = 0;
  const record = (task: ImportTask, outcome: TaskOutcome) => {
    if (outcome.status === 'imported') {
      imported++;
      entries.push(outcome.entry);
    } else if (outcome.status === 'unchanged') {
      unchanged++;
      const { id: _, ...kept } = previous.get(task.relative)!;
      entries.push(kept as UnnamedEntry);
    } else {
      failures.push({ file: task.relative, ...(outcome.sha256 ? { sha256: outcome.sha256 } : {}), error: outcome.error });
    }
    progress.done();
  };
  try {
    await Promise.all(
      workers.map(async (worker) => {
        // Each worker takes the next file when it is free: a slow PDF does not hold the others back.
        while (next < files.length) {
          const task = taskFor(files[next++]!, folder, output, previous);
          record(task, await worker.run(task));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
  progress.end();

  const index = buildCollectionIndex({ title, entries, failures });
  const indexPath = join(output, INDEX_FILE);
  if (index) {
    try {
      await writeFileAtomic(indexPath, JSON.stringify(index, null, 2) + '\n');
    } catch (error) {
      say(`${indexPath}：无法写入 (${(error as Error).message})`, `${indexPath}: cannot write (${(error as Error).message})`);
      return 2;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  err.write(summary({ imported, unchanged, failed: failures.length, seconds, cpuSeconds, workers: workers.length }, en));
  for (const failure of index?.failures ?? failures) err.write(`  ✗ ${failure.file}: ${en ? failure.error.en : failure.error.zh}\n`);
  if (index) say(`索引：${indexPath}（${index.entries.length} 份文档）`, `index: ${indexPath} (${index.entries.length} documents)`);
  else say('没有一份报告导入成功，未写索引', 'no report could be imported; no index written');
  return failures.length > 0 ? 1 : 0;
}

function positiveInteger(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,3}$/.test(text) ? Number(text) : null;
}

/**
 * The reports of a folder tree, as paths relative to it with "/" between folders, in code-unit
 * order: hidden files and folders (a leading ".") are skipped, symbolic links to folders are not
 * followed (a link may lead back up the tree).
 */
async function reportFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (REPORT_EXTENSION.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile()))) {
        found.push(relative(folder, path).split(sep).join('/'));
      }
    }
  };
  await walk(folder);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Entries of the index a previous run wrote, by report file. An index that cannot be read or does
 * not validate is set aside with a note: every report is then imported again.
 */
async function previousEntries(path: string, say: (zh: string, en: string) => void): Promise<Map<string, CollectionEntry>> {
  const byFile = new Map<string, CollectionEntry>();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return byFile;
  }
  const result = parseBudgetJson(text);
  if (!result.valid || result.value.type !== 'budget-collection') {
    say(`${path}：现有索引无效，所有报告将重新导入`, `${path}: the existing index is not valid; every report is imported again`);
    return byFile;
  }
  for (const entry of result.value.entries) if (entry.source) byFile.set(entry.source.file, entry);
  return byFile;
}

function taskFor(file: string, folder: string, output: string, previous: ReadonlyMap<string, CollectionEntry>): ImportTask {
  const href = documentHref(file);
  const known = previous.get(file);
  return {
    file: join(folder, ...file.split('/')),
    relative: file,
    output: join(output, `${file}.json`),
    href,
    // Only when the old entry points at the document this run would write.
    ...(known?.href === href ? { indexed: true as const } : {}),
  };
}

/**
 * Files done, rate and time left on stderr: one line rewritten in place on a terminal, a plain
 * line every tenth of the batch (at most every 100 files) otherwise, so a log stays short.
 */
class Progress {
  private count = 0;
  private readonly started = performance.now();
  private readonly every: number;
  private readonly tty: boolean;

  constructor(
    private readonly total: number,
    private readonly err: ErrorStream,
    private readonly en: boolean,
  ) {
    this.every = Math.max(1, Math.min(100, Math.ceil(total / 10)));
    this.tty = err.isTTY === true;
  }

  done() {
    this.count++;
    if (this.tty) this.err.write(`\r\x1b[K${this.line()}`);
    else if (this.count % this.every === 0 || this.count === this.total) this.err.write(`${this.line()}\n`);
  }

  end() {
    if (this.tty) this.err.write('\n');
  }

  private line(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.count / seconds : 0;
    const left = rate > 0 ? Math.ceil((this.total - this.count) / rate) : undefined;
    const percent = Math.floor((this.count / this.total) * 100);
    return this.en
      ? `${this.count}/${this.total} files (${percent}%), ${rate.toFixed(1)} files/s, ETA ${left === undefined ? '?' : `${left} s`}`
      : `已处理 ${this.count}/${this.total} 个文件（${percent}%），${rate.toFixed(1)} 个/秒，预计还需 ${left === undefined ? '?' : `${left} 秒`}`;
  }
}

interface BatchCounts {
  imported: number;
  unchanged: number;
  failed: number;
  seconds: number;
  cpuSeconds: number;
  workers: number;
}

/** The closing table: what happened to the files, and how fast (imported reports per second, per worker thread, and CPU time). */
function summary({ imported, unchanged, failed, seconds, cpuSeconds, workers }: BatchCounts, en: boolean): string {
  const rate = seconds > 0 ? imported / seconds : 0;
  const rows: [string, string][] = en
    ? [
        ['imported', String(imported)],
        ['unchanged, skipped', String(unchanged)],
        ['failed', String(failed)],
        ['time', `${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s)`],
        ['rate', imported === 0 ? '—' : `${rate.toFixed(2)} reports/s, ${(rate / workers).toFixed(2)} per core (${workers} worker thread${workers === 1 ? '' : 's'})`],
      ]
    : [
        ['已导入', String(imported)],
        ['未变，跳过', String(unchanged)],
        ['失败', String(failed)],
        ['用时', `${seconds.toFixed(1)} 秒（CPU ${cpuSeconds.toFixed(1)} 秒）`],
        ['速度', imported === 0 ? '—' : `${rate.toFixed(2)} 份/秒，每核 ${(rate / workers).toFixed(2)} 份/秒（${workers} 个工作线程）`],
      ];
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  return rows.map(([label, value]) => `  ${label}${' '.repeat(width - displayWidth(label))}  ${value}\n`).join('');
}

/** Terminal columns of a label: a CJK character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}
