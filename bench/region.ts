/**
 * A region's collection index at scale, and the batch importer's throughput.
 *
 *   npx tsx bench/region.ts                      both parts, prints only (no results file)
 *   options: --departments 1000 --years 5 --seed 1   the synthetic index
 *            --copies 3    copies of the corpus texts the batch imports (more copies, less start-up per report)
 *            --pdf         the Wanli 2025 PDF too, in each copy
 *            --no-index / --no-batch
 *
 * 1. Index size: a synthetic index of departments × years built by the same code as
 *    `budget-viz import <folder>` (src/core/collection-index.ts), every entry with totals, checks,
 *    source and hash; no documents are generated. Prints its bytes as written (2-space JSON) and
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
import { fileURLToPath } from 'node:url';
import { runImport } from '../src/cli/import.js';
import { buildCollectionIndex, documentHref, type UnnamedEntry } from '../src/core/collection-index.js';
import { seededRandom } from '../src/core/sunburst/synthetic.js';
import { validateBudgetFile } from '../src/core/validate/index.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

/** An amount in 元 with its fen, from a count of fen: BigInt, so no figure passes through a float. */
const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

const KINDS = ['局', '委员会', '办公室', '中心', '街道办事处', '镇人民政府'];

function syntheticEntries(departments: number, years: number, seed: number): UnnamedEntry[] {
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function indexSize() {
  const departments = option('--departments', 1000);
  const years = option('--years', 5);
  const seed = option('--seed', 1);
  const started = performance.now();
  const index = buildCollectionIndex({ title: '示例区 部门预算', entries: syntheticEntries(departments, years, seed), failures: [] })!;
  const built = performance.now() - started;
  const validating = performance.now();
  const valid = validateBudgetFile(index).valid;
  const validated = performance.now() - validating;
  const written = Buffer.from(JSON.stringify(index, null, 2) + '\n');
  const compact = Buffer.from(JSON.stringify(index));
  console.log(`index: ${departments} departments × ${years} years = ${index.entries.length} entries (seed ${seed}; valid: ${valid})`);
  console.log(`  as written (2-space JSON): ${kb(written.length)} raw, ${kb(gzipSync(written).length)} gzip`);
  console.log(`  compact JSON:              ${kb(compact.length)} raw, ${kb(gzipSync(compact).length)} gzip`);
  console.log(`  per entry as written:      ${(written.length / index.entries.length).toFixed(0)} B raw, ${(gzipSync(written).length / index.entries.length).toFixed(0)} B gzip`);
  console.log(`  built in ${built.toFixed(0)} ms, validated in ${validated.toFixed(0)} ms`);
}

const discard = { write: () => true };

async function timeBatch(folder: string, output: string, jobs: number) {
  let stderr = '';
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const code = await runImport([folder, '-o', output, '--jobs', String(jobs), '--lang', 'en'], discard, { write: (s: string) => (stderr += s) });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const count = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(stderr)?.[1] ?? NaN);
  return { code, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, imported: count('imported'), unchanged: count('unchanged, skipped'), failed: count('failed') };
}

async function throughput() {
  const copies = option('--copies', 3);
  const fixtures = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
  const reports = readdirSync(fixtures).filter((n) => n.endsWith('.txt') || (args.includes('--pdf') && n.endsWith('.pdf')));
  const root = mkdtempSync(join(tmpdir(), 'bench-region-'));
  const folder = join(root, 'reports');
  for (let c = 1; c <= copies; c++) {
    mkdirSync(join(folder, `copy-${c}`), { recursive: true });
    for (const name of reports) copyFileSync(join(fixtures, name), join(folder, `copy-${c}`, name));
  }
  const cores = availableParallelism();
  console.log(`batch: ${reports.length} reports × ${copies} copies = ${reports.length * copies} files; ${cores} cores; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  try {
    for (const jobs of [...new Set([1, cores])]) {
      const output = join(root, `out-${jobs}`);
      const fresh = await timeBatch(folder, output, jobs);
      const again = await timeBatch(folder, output, jobs);
      const rate = fresh.imported / fresh.seconds;
      console.log(
        `  --jobs ${jobs}: ${fresh.imported} imported (${fresh.failed} failed, exit ${fresh.code}) in ${fresh.seconds.toFixed(1)} s: ` +
          `${rate.toFixed(2)} reports/s, ${(rate / jobs).toFixed(2)} per core; ${(fresh.imported / fresh.cpuSeconds).toFixed(2)} per CPU-second ` +
          `(CPU ${fresh.cpuSeconds.toFixed(1)} s); all ${again.unchanged} unchanged again in ${again.seconds.toFixed(1)} s`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (!args.includes('--no-index')) indexSize();
if (!args.includes('--no-batch')) await throughput();
