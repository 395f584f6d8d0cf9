/**
 * A region's collection index at scale, and the batch importer's throughput (issue 14). Its parts
 * are also the "Region (issue 14)" section of `npm run bench` (bench/index.ts, bench/explorer.ts).
 *
 *   npx tsx bench/region.ts                      both parts, prints only (no results file)
 *   options: --departments 1000 --years 5 --seed 1   the synthetic index
 *            --copies 3    copies of the corpus texts the batch imports (more copies, less start-up per report)
 *            --pdf         the Wanli 2025 PDF too, in each copy
 *            --no-index / --no-batch
 *
 * 1. Index size: a synthetic index of departments × years built by the same code as
 *    `budget-viz import <folder>` (src/core/collection-index.ts), every entry with totals, checks
 *    and source; no documents are generated. Prints its bytes as written (2-space JSON) and
 *    compact, raw and gzip, and how long it takes to validate.
 * 2. Throughput: `budget-viz import <folder>` in this process on copies of tests/fixtures/*.txt,
 *    with 1 worker and with one per core, each into a fresh output folder, then again into the
 *    same folder (every report unchanged). Worker start-up is counted: a real batch pays it too.
 *    Reports per CPU-second (the process's CPU time, its worker threads included) is the measure
 *    per core that a machine busy with other work does not distort; wall-clock rates are.
 *
 * The demo region of data/region/ is the batch import of the corpus texts, made with:
 *
 *   rm -rf .scratch/region && mkdir -p .scratch/region && cp tests/fixtures/*.txt .scratch/region/ \
 *     && node bin/budget-viz.js import .scratch/region -o data/region --jobs 2
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runImport } from '../src/cli/import.js';
import { buildCollectionIndex, documentHref, type UnnamedEntry } from '../src/core/collection-index.js';
import type { BudgetCollection } from '../src/core/schema/budget-types.generated.js';
import { seededRandom } from '../src/core/sunburst/synthetic.js';
import { validateBudgetFile } from '../src/core/validate/index.js';

/** An amount in 元 with its fen, from a count of fen: BigInt, so no figure passes through a float. */
const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

const KINDS = ['局', '委员会', '办公室', '中心', '街道办事处', '镇人民政府'];

export interface RegionShape {
  departments: number;
  years: number;
  seed: number;
}

export const REGION: RegionShape = { departments: 1000, years: 5, seed: 1 };

export function syntheticEntries({ departments, years, seed }: RegionShape): UnnamedEntry[] {
  const next = seededRandom(seed);
  const entries: UnnamedEntry[] = [];
  for (let d = 0; d < departments; d++) {
    const department = `示例市示例区第${d + 1}${KINDS[d % KINDS.length]}`;
    // 1 million to 2 billion 元, a basic share of 30–90%.
    const size = BigInt(Math.floor(next() * 2_000_000_00)) * 1000n + 100_000_000n;
    for (let y = 0; y < years; y++) {
      const fiscalYear = 2026 - years + 1 + y;
      const expenditure = (size * BigInt(90 + Math.floor(next() * 20))) / 100n;
      const basic = (expenditure * BigInt(30 + Math.floor(next() * 60))) / 100n;
      const file = `${fiscalYear}/${department}${d % 3 === 0 ? '单位' : '部门'}预算.pdf`;
      entries.push({
        department,
        region: '示例区',
        fiscalYear,
        kind: 'budget',
        scope: d % 3 === 0 ? 'unit' : 'department',
        href: documentHref(file),
        source: { file },
        totals: { unit: '元', income: yuan(expenditure), expenditure: yuan(expenditure), basic: yuan(basic), project: yuan(expenditure - basic) },
        warnings: Math.floor(next() ** 4 * 30),
        checks: { error: Math.floor(next() ** 6 * 5), rounding: Math.floor(next() ** 3 * 8), note: Math.floor(next() ** 8 * 3) },
      });
    }
  }
  return entries;
}

/** The index `budget-viz import` would write for the synthetic region, and the JSON it writes. */
export function syntheticIndex(shape: RegionShape = REGION): { index: BudgetCollection; written: string; buildMs: number } {
  const started = performance.now();
  const index = buildCollectionIndex({ title: '示例区 部门预算', entries: syntheticEntries(shape), failures: [] })!;
  const buildMs = performance.now() - started;
  return { index, written: JSON.stringify(index, null, 2) + '\n', buildMs };
}

export interface IndexSize {
  shape: RegionShape;
  entries: number;
  valid: boolean;
  /** Whether the entries carry `source.sha256` (the index format before it left the entries). */
  sha256InEntries: boolean;
  /** Whether the entries carry `totals.income` / `totals.project` (omitted when derivable, in the newer format). */
  incomeInEntries: boolean;
  projectInEntries: boolean;
  /** Bytes as `budget-viz import` writes them (2-space JSON) and compact, raw and gzip (level 6). */
  written: { bytes: number; gzip: number };
  compact: { bytes: number; gzip: number };
  buildMs: number;
  /** `validateBudgetFile` on the parsed index, median of `validateRuns` runs (min, max). */
  validateMs: { median: number; min: number; max: number; runs: number };
}

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function measureIndex(shape: RegionShape = REGION, validateRuns = 5): IndexSize {
  const { index, written, buildMs } = syntheticIndex(shape);
  const compact = JSON.stringify(index);
  const parsed = JSON.parse(written) as unknown;
  let valid = true;
  const times: number[] = [];
  for (let i = 0; i < validateRuns; i++) {
    const started = performance.now();
    valid &&= validateBudgetFile(parsed).valid;
    times.push(performance.now() - started);
  }
  const entries = index.entries as Record<string, unknown>[];
  const has = (pick: (e: Record<string, unknown>) => unknown) => entries.some((e) => pick(e) !== undefined);
  const sizes = (text: string) => {
    const bytes = Buffer.from(text);
    return { bytes: bytes.length, gzip: gzipSync(bytes).length };
  };
  return {
    shape,
    entries: entries.length,
    valid,
    sha256InEntries: has((e) => (e.source as Record<string, unknown> | undefined)?.sha256),
    incomeInEntries: has((e) => (e.totals as Record<string, unknown> | undefined)?.income),
    projectInEntries: has((e) => (e.totals as Record<string, unknown> | undefined)?.project),
    written: sizes(written),
    compact: sizes(compact),
    buildMs,
    validateMs: { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: validateRuns },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printIndexSize(size: IndexSize, log: (line: string) => void = console.log): void {
  const { shape, entries } = size;
  const fields = `source.sha256 ${size.sha256InEntries ? 'in' : 'not in'} entries, totals.income ${size.incomeInEntries ? 'in' : 'not in'}, totals.project ${size.projectInEntries ? 'in' : 'not in'}`;
  log(`index: ${shape.departments} departments × ${shape.years} years = ${entries} entries (seed ${shape.seed}; valid: ${size.valid}; ${fields})`);
  log(`  as written (2-space JSON): ${kb(size.written.bytes)} raw, ${kb(size.written.gzip)} gzip`);
  log(`  compact JSON:              ${kb(size.compact.bytes)} raw, ${kb(size.compact.gzip)} gzip`);
  log(`  per entry as written:      ${(size.written.bytes / entries).toFixed(0)} B raw, ${(size.written.gzip / entries).toFixed(0)} B gzip`);
  log(`  built in ${size.buildMs.toFixed(0)} ms, validated in ${size.validateMs.median.toFixed(0)} ms (median of ${size.validateMs.runs})`);
}

const discard = { write: () => true };

export interface BatchRun {
  code: number;
  seconds: number;
  /** The process's CPU time (user + system), its worker threads included. */
  cpuSeconds: number;
  imported: number;
  unchanged: number;
  failed: number;
}

async function timeBatch(folder: string, output: string, jobs: number): Promise<BatchRun> {
  let stderr = '';
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const code = await runImport([folder, '-o', output, '--jobs', String(jobs), '--lang', 'en'], discard, { write: (s: string) => (stderr += s) });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const count = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(stderr)?.[1] ?? NaN);
  return { code, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, imported: count('imported'), unchanged: count('unchanged, skipped'), failed: count('failed') };
}

export interface Throughput {
  reports: number;
  copies: number;
  files: number;
  cores: number;
  loadAverage: number[];
  /** One entry per worker count (1, and one per core): a fresh import, then the same folder again. */
  batches: { jobs: number; fresh: BatchRun; again: BatchRun }[];
}

export async function measureThroughput(copies = 3, pdf = false): Promise<Throughput> {
  const fixtures = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
  const reports = readdirSync(fixtures).filter((n) => n.endsWith('.txt') || (pdf && n.endsWith('.pdf')));
  const root = mkdtempSync(join(tmpdir(), 'bench-region-'));
  const folder = join(root, 'reports');
  for (let c = 1; c <= copies; c++) {
    mkdirSync(join(folder, `copy-${c}`), { recursive: true });
    for (const name of reports) copyFileSync(join(fixtures, name), join(folder, `copy-${c}`, name));
  }
  const cores = availableParallelism();
  const result: Throughput = { reports: reports.length, copies, files: reports.length * copies, cores, loadAverage: loadavg().map((l) => +l.toFixed(2)), batches: [] };
  try {
    for (const jobs of [...new Set([1, cores])]) {
      const output = join(root, `out-${jobs}`);
      const fresh = await timeBatch(folder, output, jobs);
      const again = await timeBatch(folder, output, jobs);
      result.batches.push({ jobs, fresh, again });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return result;
}

export function printThroughput(t: Throughput, log: (line: string) => void = console.log): void {
  log(`batch: ${t.reports} reports × ${t.copies} copies = ${t.files} files; ${t.cores} cores; load average ${t.loadAverage.map((l) => l.toFixed(1)).join(' ')}`);
  for (const { jobs, fresh, again } of t.batches) {
    const rate = fresh.imported / fresh.seconds;
    log(
      `  --jobs ${jobs}: ${fresh.imported} imported (${fresh.failed} failed, exit ${fresh.code}) in ${fresh.seconds.toFixed(1)} s: ` +
        `${rate.toFixed(2)} reports/s, ${(rate / jobs).toFixed(2)} per core; ${(fresh.imported / fresh.cpuSeconds).toFixed(2)} per CPU-second ` +
        `(CPU ${fresh.cpuSeconds.toFixed(1)} s); all ${again.unchanged} unchanged again in ${again.seconds.toFixed(1)} s`,
    );
  }
}

// Run alone: `npx tsx bench/region.ts`; imported by bench/index.ts, it only exports.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const shape = { departments: option('--departments', REGION.departments), years: option('--years', REGION.years), seed: option('--seed', REGION.seed) };
  if (!args.includes('--no-index')) printIndexSize(measureIndex(shape, 1));
  if (!args.includes('--no-batch')) printThroughput(await measureThroughput(option('--copies', 3), args.includes('--pdf')));
}
