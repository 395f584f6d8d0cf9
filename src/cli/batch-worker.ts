/**
 * A worker thread of `budget-viz import <folder>`: it imports one report at a time, as
 * `import <report>` does (read-report.ts; a PDF is read in the PDF reader's own worker, within
 * its budget), checks it, writes its document and posts back only its small index entry, so the
 * batch holds at most one document per worker.
 *
 * The worker runs this same module, found by import.meta.url, as the PDF reader's does
 * (pdf-budget.ts): the TypeScript source through tsx, registered by the bootstrap because a
 * worker does not inherit a loader, or the bundled CLI.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkDocument } from '../core/check/index.js';
import { describeReport, type UnnamedEntry } from '../core/collection-index.js';
import { importReportText, type ImportResult } from '../core/import/index.js';
import type { Bilingual } from '../core/validate/index.js';
import { writeFileAtomic } from './atomic-write.js';
import type { PdfBudget } from './pdf-budget.js';
import { importFailure, readFailure, readReport } from './read-report.js';

export interface ImportTask {
  /** The report, as the batch found it. */
  file: string;
  /** Its path relative to the imported folder, with "/" between folders. */
  relative: string;
  /** Where its document is written, and its href in the index. */
  output: string;
  href: string;
  /**
   * The existing index lists the report with this document: when the document records the same
   * SHA-256 (meta.source.sha256) the report is not imported again.
   */
  indexed?: true;
}

export type TaskOutcome =
  | { status: 'imported'; entry: UnnamedEntry }
  | { status: 'unchanged'; sha256: string }
  | { status: 'failed'; sha256?: string; error: Bilingual };

const WORKER_KIND = 'budget-viz-batch-import';

interface WorkerSetup {
  kind: typeof WORKER_KIND;
  budget: PdfBudget;
}

/** Registers the TypeScript loader when the module is TypeScript source, then loads it. Plain CommonJS: an eval'd worker script is one. */
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  if (workerData.loader) (await import(workerData.loader)).register();
  await import(workerData.entry);
})().catch((error) => parentPort.postMessage({ type: 'fatal', message: String(error && error.message) }));
`;

type WorkerReply = { type: 'outcome'; outcome: TaskOutcome } | { type: 'fatal'; message: string };

// In the worker: import each task it is given and post back the outcome.
if (!isMainThread && (workerData as Partial<WorkerSetup> | null)?.kind === WORKER_KIND) {
  const port = parentPort!;
  const { budget } = workerData as WorkerSetup;
  port.on('message', (task: ImportTask) => {
    void importTask(task, budget).then(
      (outcome) => port.postMessage({ type: 'outcome', outcome } satisfies WorkerReply),
      (error: Error) => port.postMessage({ type: 'outcome', outcome: { status: 'failed', error: unexpected(error) } } satisfies WorkerReply),
    );
  });
}

/** One report: every failure is an outcome with its reason, never an exception that stops the batch. */
async function importTask(task: ImportTask, budget: PdfBudget): Promise<TaskOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(task.file);
  } catch (error) {
    return { status: 'failed', error: readFailure(error) };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (task.indexed && (await recordedSha256(task.output)) === sha256) return { status: 'unchanged', sha256 };
  let text: string;
  try {
    ({ text } = await readReport(bytes, () => undefined, budget));
  } catch (error) {
    return { status: 'failed', sha256, error: readFailure(error) };
  }
  let result: ImportResult;
  try {
    result = importReportText(text, { file: basename(task.file) });
  } catch (error) {
    return { status: 'failed', sha256, error: importFailure(error) };
  }
  result.document.meta.source.sha256 = sha256;
  const findings = checkDocument(result.document);
  try {
    await mkdir(dirname(task.output), { recursive: true });
    await writeFileAtomic(task.output, JSON.stringify(result.document, null, 2) + '\n');
  } catch (error) {
    const detail = (error as Error).message;
    return { status: 'failed', sha256, error: { zh: `无法写入 ${task.output} (${detail})`, en: `cannot write ${task.output} (${detail})` } };
  }
  const entry = describeReport(result.document, { href: task.href, file: task.relative }, { warnings: result.warnings.length, findings });
  return { status: 'imported', entry };
}

/** The SHA-256 a document written by an earlier run records, if it is there and says so. */
async function recordedSha256(document: string): Promise<string | undefined> {
  try {
    const sha256: unknown = JSON.parse(await readFile(document, 'utf8'))?.meta?.source?.sha256;
    return typeof sha256 === 'string' ? sha256 : undefined;
  } catch {
    return undefined;
  }
}

function unexpected(error: unknown): Bilingual {
  const detail = String((error as Error | null)?.message ?? error);
  return { zh: `导入时出错 (${detail})`, en: `the import failed (${detail})` };
}

/**
 * One worker thread, given one task at a time. A worker that dies (out of memory in a text no
 * budget covers, a crash) fails its task with the reason and is replaced for the next one.
 */
export class ImportWorker {
  private worker: Worker | undefined;
  private pending: ((outcome: TaskOutcome) => void) | undefined;

  /** `importTimeoutMs`: the time one report's import may take once its text is read; a PDF has the reading's limit besides. */
  constructor(
    private readonly budget: PdfBudget,
    private readonly importTimeoutMs: number,
  ) {}

  /**
   * The import is synchronous work in the worker (a hostile text can keep the parser busy for
   * ever), so a task over its time is stopped the only way there is: its thread is terminated.
   */
  run(task: ImportTask): Promise<TaskOutcome> {
    const worker = (this.worker ??= this.start());
    const limitMs = this.importTimeoutMs + (/\.pdf$/i.test(task.file) ? this.budget.timeoutMs : 0);
    return new Promise<TaskOutcome>((resolve) => {
      const timer = setTimeout(() => {
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        const seconds = limitMs / 1000;
        this.settle({
          status: 'failed',
          error: {
            zh: `导入超过 ${seconds} 秒，已中止；如需更长时间：--timeout <秒数>`,
            en: `the import took longer than ${seconds} s and was stopped; a longer limit: --timeout <seconds>`,
          },
        });
      }, limitMs);
      this.pending = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      worker.postMessage(task);
    });
  }

  private settle(outcome: TaskOutcome): void {
    const resolve = this.pending;
    this.pending = undefined;
    resolve?.(outcome);
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const typeScript = import.meta.url.endsWith('.ts');
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: {
        kind: WORKER_KIND,
        budget: this.budget,
        entry: import.meta.url,
        loader: typeScript ? import.meta.resolve('tsx/esm/api') : undefined,
      } satisfies WorkerSetup & { entry: string; loader?: string },
      // The PDF memory limit bounds a text import's heap too.
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb },
      // Without --import tsx from the command line, which resolves against the working directory.
      ...(typeScript ? { execArgv: [] } : {}),
      // Nothing a reader prints may garble the progress line.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const lost = (detail: string) => {
      // A worker terminated for its time (see run) reports its exit too: its task is settled already.
      if (this.worker !== worker) return;
      this.worker = undefined;
      void worker.terminate();
      this.settle({ status: 'failed', error: { zh: `导入线程意外停止 (${detail})`, en: `the import thread stopped (${detail})` } });
    };
    worker.on('message', (reply: WorkerReply) => {
      if (this.worker !== worker) return;
      if (reply.type === 'outcome') this.settle(reply.outcome);
      else lost(reply.message);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      lost(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `out of memory, over ${this.budget.memoryMb} MB` : error.message),
    );
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return worker;
  }
}
