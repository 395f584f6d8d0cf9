/**
 * The importer's time per report of the shared corpus, in this process (as `runImport` runs
 * under the CLI, PDF text extraction included), so node and tsx start-up are not counted.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runImport } from '../src/cli/import.js';

export const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

export interface ImportTiming {
  file: string;
  bytes: number;
  exitCode: number;
  /** Milliseconds of each run. */
  times: number[];
}

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });

export async function timeImports(runs: number, log: (line: string) => void): Promise<ImportTiming[] | undefined> {
  if (!existsSync(CORPUS)) return undefined;
  const files = readdirSync(CORPUS).filter((f) => /\.(pdf|txt)$/.test(f)).sort();
  const out = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const results: ImportTiming[] = [];
  try {
    // The first import loads pdfjs and warms the JIT; no report should pay for that alone.
    if (files.length) await runImport([join(CORPUS, files[0]), '-o', join(out, 'warm.json')], sink(), sink());
    for (const file of files) {
      const times: number[] = [];
      let exitCode = 0;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        exitCode = await runImport([join(CORPUS, file), '-o', join(out, 'out.json')], sink(), sink());
        times.push(performance.now() - start);
      }
      results.push({ file, bytes: statSync(join(CORPUS, file)).size, exitCode, times });
      log(`import ${file.padEnd(40)} ${[...times].sort((a, b) => a - b)[times.length >> 1].toFixed(0)} ms (exit ${exitCode})`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return results;
}
