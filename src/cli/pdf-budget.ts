/**
 * The text of a PDF under a budget of time and memory. pdfToText (src/core/import/pdf.ts) runs in
 * a worker thread with a heap limit, while this thread watches the process's memory and a
 * wall-clock timer; a worker over budget is terminated. A damaged file can keep pdfjs-dist busy
 * for minutes or make it take gigabytes (one flipped byte in an embedded font: 124 s, 1.36 GB),
 * and that work is synchronous: only terminating its thread stops it.
 *
 * The worker runs this same module, found by import.meta.url: the TypeScript source when the CLI
 * runs through tsx (a worker does not inherit the loader registered by bin/budget-viz.js, so the
 * bootstrap registers it first), the bundled CLI in an installed package.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface PdfBudget {
  /** Wall-clock limit for reading the PDF, in milliseconds. */
  timeoutMs: number;
  /** Limit of the worker's heap, and of the process's memory growth while it runs, in MB. */
  memoryMb: number;
  /**
   * PDFs read at once in this process (the batch's workers): the process's memory is shared, so
   * its growth may reach the limit that many times before one reader is taken to be at fault.
   */
  readersAtOnce?: number;
}

/**
 * Real reports take a few seconds and a few hundred MB (the largest of the corpus, 3.6 MB: 4 s and
 * 360 MB for the whole import on a busy two-core machine): the defaults leave room for much longer
 * reports and slower machines, and stop a runaway file well before it takes the machine.
 */
export const DEFAULT_PDF_BUDGET: PdfBudget = { timeoutMs: 60_000, memoryMb: 1024 };

/** Why a PDF could not be read, in both languages. */
export class PdfReadError extends Error {
  constructor(
    readonly reason: 'timeout' | 'memory' | 'password' | 'unreadable' | 'no-reader',
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

const WORKER_KIND = 'budget-viz-pdf-text';
const MB = 1024 * 1024;

interface WorkerRequest {
  kind: typeof WORKER_KIND;
  data: Uint8Array;
}

type WorkerReply = { type: 'progress'; message: string } | { type: 'text'; text: string } | { type: 'error'; name: string; message: string };

/**
 * Loads the module that holds the worker's code (this one), after the TypeScript loader when the
 * module is TypeScript source. Plain CommonJS: an eval'd worker script is one.
 */
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  if (workerData.loader) {
    // pdfjs-dist first: loaded through tsx its two large modules take seconds, from the cache they do not.
    for (const url of workerData.preload) await import(url).catch(() => undefined);
    (await import(workerData.loader)).register();
    // Stack traces of the PDF reader are never shown; parsing pdfjs-dist's source maps costs time and memory.
    process.setSourceMapsEnabled(false);
  }
  await import(workerData.entry);
})().catch((error) => parentPort.postMessage({ type: 'error', name: String(error && error.name), message: String(error && error.message) }));
`;

// In the worker: read the PDF and post its text (or the error) back.
if (!isMainThread && (workerData as Partial<WorkerRequest> | null)?.kind === WORKER_KIND) {
  const port = parentPort!;
  const post = (reply: WorkerReply) => port.postMessage(reply);
  void (async () => {
    try {
      const { pdfToText } = await import('../core/import/pdf.js');
      const text = await pdfToText((workerData as WorkerRequest).data, (message) => post({ type: 'progress', message }));
      post({ type: 'text', text });
    } catch (error) {
      const e = error as { name?: unknown; message?: unknown } | null;
      post({ type: 'error', name: String(e?.name ?? 'Error'), message: String(e?.message ?? error) });
    }
  })();
}

/**
 * pdfjs-dist is an optional peer dependency: web apps that embed the components never read a PDF,
 * and should not install 41 MB and a native canvas binary for the import CLI.
 */
function pdfReaderInstalled(): boolean {
  try {
    import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    return true;
  } catch {
    return false;
  }
}

const NO_READER = new PdfReadError(
  'no-reader',
  'reading a PDF needs pdfjs-dist, which budget-viz does not install by itself: run `npm install pdfjs-dist` where budget-viz is installed, or import the text of `pdftotext -layout report.pdf`',
  '读取 PDF 需要 pdfjs-dist，budget-viz 不会自动安装它：请在安装 budget-viz 的目录运行 `npm install pdfjs-dist`，或改为导入 `pdftotext -layout 报告.pdf` 得到的文本',
);

/**
 * When this module runs as TypeScript source: the URL of tsx's API, which the worker must register
 * too, and of the pdfjs-dist modules it loads before (pdf.ts imports the first, which imports the second).
 */
function typeScriptLoader(): { loader: string; preload: string[] } | undefined {
  if (!import.meta.url.endsWith('.ts')) return undefined;
  try {
    const preload = ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs'].map((m) => import.meta.resolve(m));
    return { loader: import.meta.resolve('tsx/esm/api'), preload };
  } catch {
    return undefined;
  }
}

/**
 * Extracts the text of a PDF in a worker thread, within `budget`. Rejects with a PdfReadError
 * when the budget is exceeded (the worker is terminated) or the file cannot be read as a PDF.
 */
export function extractPdfText(data: Uint8Array, progress: (message: string) => void, budget: PdfBudget = DEFAULT_PDF_BUDGET): Promise<string> {
  if (!pdfReaderInstalled()) return Promise.reject(NO_READER);
  const typeScript = typeScriptLoader();
  // The worker gets its own copy, transferred rather than cloned.
  const bytes = data.slice();
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = new Worker(BOOTSTRAP, {
        eval: true,
        workerData: { kind: WORKER_KIND, data: bytes, entry: import.meta.url, loader: typeScript?.loader, preload: typeScript?.preload ?? [] },
        transferList: [bytes.buffer as ArrayBuffer],
        resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb },
        // Without --import tsx from the command line, which resolves against the working directory.
        ...(typeScript ? { execArgv: [] } : {}),
        // Whatever the reader prints must never mix with the JSON on stdout.
        stdout: true,
        stderr: true,
      });
    } catch (error) {
      reject(unreadable((error as Error).message));
      return;
    }
    worker.stdout.resume();
    worker.stderr.resume();
    const seconds = budget.timeoutMs / 1000;
    const timer = setTimeout(
      () =>
        finish(
          new PdfReadError(
            'timeout',
            `reading the PDF took longer than ${seconds} s and was stopped (a damaged file?); a longer limit: --pdf-timeout <seconds>`,
            `读取 PDF 超过 ${seconds} 秒，已中止（文件可能已损坏）；如需更长时间：--pdf-timeout <秒数>`,
          ),
        ),
      budget.timeoutMs,
    );
    // The heap limit does not cover buffers outside the heap (font and image data): watch the process.
    const baseline = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > budget.memoryMb * (budget.readersAtOnce ?? 1) * MB) finish(memoryError(budget.memoryMb));
    }, 100);

    function finish(outcome: string | Error) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      if (typeof outcome === 'string') resolve(outcome);
      else reject(outcome);
    }

    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        if (!settled) progress(reply.message);
      } else if (reply.type === 'text') finish(reply.text);
      else finish(reply.name === 'PasswordException' ? passwordError() : unreadable(reply.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryError(budget.memoryMb) : unreadable(error.message));
    });
    worker.on('exit', (code) => finish(unreadable(`the PDF reader stopped with exit code ${code}`)));
  });
}

function memoryError(mb: number): PdfReadError {
  return new PdfReadError(
    'memory',
    `reading the PDF needed more than ${mb} MB of memory and was stopped (a damaged file?); a larger limit: --pdf-memory <MB>`,
    `读取 PDF 所需内存超过 ${mb} MB，已中止（文件可能已损坏）；如需更多内存：--pdf-memory <MB>`,
  );
}

function passwordError(): PdfReadError {
  return new PdfReadError('password', 'the PDF is password-protected', 'PDF 有密码保护，无法读取');
}

function unreadable(detail: string): PdfReadError {
  return new PdfReadError('unreadable', `not a readable PDF (${detail})`, `不是可读取的 PDF（${detail}）`);
}
