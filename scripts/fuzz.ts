/**
 * `npm run fuzz`: the property tests' generators (tests/fixtures/arbitraries.ts) at a larger
 * scale, for longer. Each case — hostile JSON, a mutated document, a document for the checker,
 * text for the readers of the 说明, a mutated report text, figures to format — is made from the
 * seed and its index alone and run in a worker thread under a watchdog; the invariants are those
 * of the tests (tests/fixtures/invariants.ts). Reported:
 *   crash     an exception other than the named one the entry point documents (ImportError);
 *   violation an invariant broken (an invalid import, a finding with NaN, a figure misread …);
 *   hang      no answer within --case-timeout (the worker is terminated and a new one started);
 *   uncaught  an error thrown outside the case (an async throw, the worker running out of memory).
 * Every finding names its seed and index; `--replay N` runs case N again, prints it whole and
 * writes its input next to the report.
 *
 *   npm run fuzz -- [--seed N] [--time S] [--case-timeout MS] [--replay N] [--out FILE] [--kinds a,b]
 *
 * Ends with one summary line; exits 1 when anything was found. The JSON report is written
 * atomically (to a temporary file, then renamed) to .scratch/fuzz-report.json or --out.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { checkDocument, RULES } from '../src/core/check/index.js';
import { statedPreviousYear } from '../src/core/check/claim-changes.js';
import { changePhrase, computeChange } from '../src/core/change.js';
import { findBase, parseBaseWords, threePublicItem } from '../src/core/claim-words.js';
import { D, toDecimal } from '../src/core/decimal.js';
import { formatAmount, formatNumber, formatPercent } from '../src/core/format.js';
import { ImportContext } from '../src/core/import/context.js';
import { importReportText, ImportError } from '../src/core/import/index.js';
import { normaliseText } from '../src/core/import/lines.js';
import { parseNarrative, subjectLevels } from '../src/core/import/narrative.js';
import { parseStatements } from '../src/core/import/statements.js';
import type { BudgetDocument } from '../src/core/schema/budget-types.generated.js';
import { parseBudgetJson, validateBudgetFile } from '../src/core/validate/index.js';
import {
  buildDocument,
  buildJsValue,
  buildValue,
  checkerRecipe,
  formatRecipe,
  FUZZ_SCALE,
  jsonInput,
  jsValueRecipe,
  validatorRecipe,
} from '../tests/fixtures/arbitraries.js';
import { baseInputs, corpusTexts } from '../tests/fixtures/node-inputs.js';
import { buildClaimText, buildReportText, claimTextRecipe, statementSpec, statementsReport, statementText, textRecipe } from '../tests/fixtures/text-arbitraries.js';
import {
  BROKEN_WORDS,
  conversionProblems,
  findingProblems,
  formattedNumberProblems,
  importProblems,
  jsonText,
  statementProblems,
  validationProblems,
} from '../tests/fixtures/invariants.js';
import { minimalDocument } from '../tests/fixtures/minimal-document.js';

const DEFAULT_SEED = 20261130;
const DEFAULT_TIME_S = 120;
const DEFAULT_CASE_TIMEOUT_MS = 5000;
const DEFAULT_OUT = '.scratch/fuzz-report.json';

/** Kinds of case, each listed as often as it should be drawn. */
const KINDS = ['validate-json', 'validate-js', 'validate-document', 'validate-document', 'check', 'check', 'check', 'claims', 'statements', 'import', 'import', 'format'] as const;
type Kind = (typeof KINDS)[number];

type Outcome = 'ok' | 'expected-error' | 'skipped' | 'crash' | 'violation';

/** What a worker answers for one case. */
interface CaseResult {
  index: number;
  kind: Kind;
  ms: number;
  outcome: Outcome;
  recipe: string;
  error?: { name: string; message: string; stack: string };
  problems?: string[];
}

interface Finding {
  type: 'crash' | 'violation' | 'hang' | 'uncaught';
  kind: Kind;
  seed: number;
  index: number;
  replay: string;
  /** How many cases gave the same finding (same type, kind, error and place). */
  count: number;
  indices: number[];
  recipe: string;
  ms?: number;
  error?: { name: string; message: string; stack: string };
  problems?: string[];
}

/** The seed of case `index`: a 32-bit mix of the run's seed and the index (splitmix32). */
function caseSeed(seed: number, index: number): number {
  let z = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

const kindOf = (seed: number, index: number): Kind => KINDS[caseSeed(seed, index) % KINDS.length]!;

/** One value of an arbitrary, from a case's seed. */
const one = <T>(arbitrary: fc.Arbitrary<T>, seed: number): T => fc.sample(arbitrary, { seed, numRuns: 1 })[0]!;

const RULE_IDS = new Set(RULES.map((r) => r.id));
/** A recipe as JSON (they hold no bigint, but a generated JSON value may hold -0 or a `__proto__` key, which JSON keeps). */
const recipeText = (recipe: unknown) => JSON.stringify(recipe, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
const short = (text: string, max = 4000) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);

// ---------------------------------------------------------------------------------------------
// Cases (run in the worker)

/** A case made from the seed: its recipe and how to run it, returning the problems found. */
interface Case {
  recipe: unknown;
  /** The recipe as text, when JSON cannot write it (bigint, NaN …). */
  describe?: string;
  /** The input, built from the recipe, for --replay to write out. */
  input: () => { text: string; extension: 'json' | 'txt' };
  run: () => { outcome: 'ok' | 'expected-error' | 'skipped'; problems: string[] };
}

function makeCase(kind: Kind, seed: number): Case {
  switch (kind) {
    case 'validate-json': {
      const spec = one(jsonInput(FUZZ_SCALE), seed);
      const cut = one(fc.option(fc.nat(), { nil: undefined }), seed + 1);
      return {
        recipe: { spec, cut },
        input: () => ({ text: jsonText(buildValue(spec)), extension: 'json' }),
        run: () => {
          const value = buildValue(spec);
          const problems = validationProblems(value, validateBudgetFile(value));
          const text = jsonText(value);
          const parsedText = cut === undefined ? text : text.slice(0, cut % (text.length + 1));
          const parsed = parseBudgetJson(parsedText);
          problems.push(...validationProblems(parsed.valid ? parsed.value : undefined, parsed).map((p) => `parseBudgetJson: ${p}`));
          return { outcome: 'ok', problems };
        },
      };
    }
    case 'validate-js': {
      const recipe = one(jsValueRecipe(baseInputs()), seed);
      return {
        recipe,
        describe: fc.stringify(recipe),
        input: () => ({ text: fc.stringify(buildJsValue(recipe, baseInputs())), extension: 'txt' }),
        run: () => {
          const value = buildJsValue(recipe, baseInputs());
          const result = validateBudgetFile(value);
          const problems = validationProblems(value, result);
          // What the validator accepts, the views and the checker can read.
          if (result.valid && result.value.type === 'budget-document') checkDocument(result.value);
          return { outcome: 'ok', problems };
        },
      };
    }
    case 'validate-document': {
      const recipe = one(validatorRecipe(FUZZ_SCALE, baseInputs()), seed);
      return {
        recipe,
        input: () => ({ text: jsonText(buildDocument(recipe, baseInputs())), extension: 'json' }),
        run: () => {
          const doc = buildDocument(recipe, baseInputs());
          const before = jsonText(doc);
          const result = validateBudgetFile(doc);
          const problems = validationProblems(doc, result);
          if (jsonText(doc) !== before) problems.push('the validator changed its input');
          // A mutation that kept the document valid goes on to the checker, as the CLI does.
          if (result.valid && result.value.type === 'budget-document') {
            problems.push(...checkDocument(result.value).flatMap((f) => findingProblems(f, RULE_IDS)));
          }
          return { outcome: 'ok', problems };
        },
      };
    }
    case 'check': {
      const recipe = one(checkerRecipe(FUZZ_SCALE, baseInputs()), seed);
      return {
        recipe,
        input: () => ({ text: jsonText(buildDocument(recipe, baseInputs())), extension: 'json' }),
        run: () => {
          const doc = buildDocument(recipe, baseInputs());
          if (!validateBudgetFile(doc).valid) return { outcome: 'skipped', problems: [] };
          return { outcome: 'ok', problems: checkDocument(doc as BudgetDocument).flatMap((f) => findingProblems(f, RULE_IDS)) };
        },
      };
    }
    case 'claims': {
      const recipe = one(claimTextRecipe(FUZZ_SCALE), seed);
      const year = one(fc.integer({ min: 1900, max: 2100 }), seed + 1);
      return {
        recipe: { ...recipe, year },
        input: () => ({ text: buildClaimText(recipe), extension: 'txt' }),
        run: () => {
          const body = buildClaimText(recipe);
          const doc = minimalDocument();
          parseNarrative(normaliseText(statementsReport('narrative', body)), doc, [], new ImportContext());
          parseStatements(normaliseText(statementsReport('statements', body)), doc, () => false, new ImportContext());
          parseBaseWords(body);
          threePublicItem(body);
          subjectLevels(body);
          statedPreviousYear(body, year);
          findBase([{ words: body, basis: 'budget', amount: '1' }], body, year);
          return { outcome: 'ok', problems: [] };
        },
      };
    }
    case 'statements': {
      const spec = one(statementSpec(), seed);
      return {
        recipe: spec,
        input: () => ({ text: statementsReport(spec.style, statementText(spec)), extension: 'txt' }),
        run: () => {
          const text = normaliseText(statementsReport(spec.style, statementText(spec)));
          const doc = minimalDocument();
          const claims = spec.style === 'narrative' ? parseNarrative(text, doc, [], new ImportContext()).claims : parseStatements(text, doc, () => false, new ImportContext()).claims;
          const problems = statementProblems(spec, claims);
          return { outcome: 'ok', problems: problems.length > 0 ? [...problems, `statement: ${JSON.stringify(statementText(spec))}`] : [] };
        },
      };
    }
    case 'import': {
      const recipe = one(textRecipe(FUZZ_SCALE), seed);
      return {
        recipe,
        input: () => ({ text: buildReportText(recipe), extension: 'txt' }),
        run: () => {
          const text = buildReportText(recipe);
          let result;
          try {
            result = importReportText(text);
          } catch (error) {
            if (error instanceof ImportError) return { outcome: 'expected-error', problems: [] };
            throw error;
          }
          const problems = importProblems(text, result);
          // What `budget-viz import` writes, `budget-viz check` reads.
          if (problems.length === 0) problems.push(...checkDocument(result.document).flatMap((f) => findingProblems(f, RULE_IDS)));
          return { outcome: 'ok', problems };
        },
      };
    }
    case 'format': {
      const recipe = one(formatRecipe(FUZZ_SCALE), seed);
      return {
        recipe,
        input: () => ({ text: JSON.stringify(recipe), extension: 'json' }),
        run: () => {
          const { signed, options, amount, previous, from, to, lang } = recipe;
          const value = toDecimal(signed);
          const expected = options.maxDecimals === undefined ? value : value.toDecimalPlaces(options.maxDecimals, D.ROUND_HALF_UP);
          const problems = formattedNumberProblems(formatNumber(value, lang, options), expected).map((p) => `formatNumber: ${p}`);
          problems.push(...conversionProblems(amount, from, to));
          const texts = [formatAmount(amount, lang, { from, to }), formatPercent(signed, lang), changePhrase(computeChange(amount, previous), lang, { unit: from })];
          for (const text of texts) if (BROKEN_WORDS.test(text)) problems.push(`broken words in ${short(text, 200)}`);
          return { outcome: 'ok', problems };
        },
      };
    }
  }
}

function runCase(seed: number, index: number): CaseResult {
  const kind = kindOf(seed, index);
  const start = performance.now();
  let recipe = '';
  try {
    const c = makeCase(kind, caseSeed(seed, index));
    recipe = short(c.describe ?? recipeText(c.recipe));
    const { outcome, problems } = c.run();
    const ms = performance.now() - start;
    return problems.length > 0 ? { index, kind, ms, outcome: 'violation', recipe, problems: problems.slice(0, 20) } : { index, kind, ms, outcome, recipe };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { index, kind, ms: performance.now() - start, outcome: 'crash', recipe, error: { name: e.name, message: short(e.message, 1000), stack: short(e.stack ?? '', 3000) } };
  }
}

if (!isMainThread) {
  // Read the base documents and report texts before the first case's watchdog starts.
  baseInputs();
  corpusTexts();
  parentPort!.on('message', (message: { seed: number; index: number }) => {
    parentPort!.postMessage(runCase(message.seed, message.index));
  });
  parentPort!.postMessage({ ready: true });
}

// ---------------------------------------------------------------------------------------------
// The driver (main thread)

interface Options {
  seed: number;
  timeS: number;
  caseTimeoutMs: number;
  replay?: number;
  out: string;
  kinds?: Set<Kind>;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { seed: DEFAULT_SEED, timeS: DEFAULT_TIME_S, caseTimeoutMs: DEFAULT_CASE_TIMEOUT_MS, out: DEFAULT_OUT };
  const number = (flag: string, value: string | undefined, min: number): number => {
    if (value === undefined || !/^\d+(\.\d+)?$/.test(value) || Number(value) < min) usage(`${flag} takes a number of at least ${min}`);
    return Number(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    switch (flag) {
      case '--seed':
        options.seed = Math.floor(number(flag, value, 0)) >>> 0;
        i++;
        break;
      case '--time':
        options.timeS = number(flag, value, 1);
        i++;
        break;
      case '--case-timeout':
        options.caseTimeoutMs = number(flag, value, 10);
        i++;
        break;
      case '--replay':
        options.replay = Math.floor(number(flag, value, 0));
        i++;
        break;
      case '--out':
        if (!value) usage('--out takes a file');
        options.out = value;
        i++;
        break;
      case '--kinds': {
        const kinds = (value ?? '').split(',').filter(Boolean);
        const unknown = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
        if (kinds.length === 0 || unknown.length > 0) usage(`--kinds takes some of ${[...new Set(KINDS)].join(', ')}`);
        options.kinds = new Set(kinds as Kind[]);
        i++;
        break;
      }
      case '--help':
      case '-h':
        usage();
        break;
      default:
        usage(`unknown argument ${flag}`);
    }
  }
  return options;
}

function usage(problem?: string): never {
  const text = `Usage: npm run fuzz -- [--seed N] [--time S] [--case-timeout MS] [--replay N] [--out FILE] [--kinds ${[...new Set(KINDS)].join(',')}]
  --seed          seed of the run (default ${DEFAULT_SEED}); a case is made from the seed and its index alone
  --time          seconds to run (default ${DEFAULT_TIME_S})
  --case-timeout  milliseconds a case may take before it is reported as a hang (default ${DEFAULT_CASE_TIMEOUT_MS})
  --replay N      runs case N of the seed only, prints it whole and writes its input beside the report
  --out           the JSON report (default ${DEFAULT_OUT})
  --kinds         only these kinds of case`;
  if (problem) {
    console.error(`${problem}\n\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

type Answer = CaseResult | { type: 'hang' | 'uncaught'; error?: CaseResult['error'] };

const errorOf = (error: unknown): NonNullable<CaseResult['error']> => {
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: short(e.message, 1000), stack: short(e.stack ?? '', 3000) };
};

/** How long a new worker may take to load the core and the fixtures. */
const START_TIMEOUT_MS = 60_000;

/**
 * A worker that runs one case at a time. `run` answers with the case's result, or with a hang
 * or an uncaught error, after which the worker is replaced. The watchdog starts once the worker
 * has loaded, so that starting one is not counted against a case.
 */
class CaseRunner {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private pending: ((answer: Answer) => void) | undefined;

  private start(): { worker: Worker; ready: Promise<void> } {
    // Workers do not inherit tsx's loader: register it, then load this file as the worker.
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
    const worker = new Worker(code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 4 } });
    let started: () => void;
    let failed: (error: unknown) => void;
    const ready = new Promise<void>((resolvePromise, reject) => {
      started = resolvePromise;
      failed = reject;
    });
    const fail = (error: unknown) => {
      failed(error);
      this.settle({ type: 'uncaught', error: errorOf(error) });
      this.drop(worker);
    };
    // A worker that was given up on (a hang) may still answer: only the current one is heard.
    worker.on('message', (message: CaseResult | { ready: true }) => {
      if (this.worker !== worker) return;
      if ('ready' in message) started();
      else this.settle(message);
    });
    worker.on('error', (error) => {
      if (this.worker === worker) fail(error);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(new Error(`the worker exited with code ${code}`));
    });
    return { worker, ready };
  }

  private settle(answer: Answer) {
    const pending = this.pending;
    this.pending = undefined;
    pending?.(answer);
  }

  private drop(worker: Worker) {
    if (this.worker === worker) {
      this.worker = undefined;
      this.ready = undefined;
    }
    // A worker stuck in a regular expression may not stop at once; it is not waited for.
    void worker.terminate().catch(() => undefined);
  }

  async run(seed: number, index: number, timeoutMs: number): Promise<Answer> {
    if (!this.worker) ({ worker: this.worker, ready: this.ready } = this.start());
    const worker = this.worker;
    try {
      await Promise.race([
        this.ready,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`the worker did not start in ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS).unref()),
      ]);
    } catch (error) {
      this.drop(worker);
      return { type: 'uncaught', error: errorOf(error) };
    }
    return new Promise((resolvePromise) => {
      const timer = setTimeout(() => {
        this.settle({ type: 'hang' });
        this.drop(worker);
      }, timeoutMs);
      this.pending = (answer) => {
        clearTimeout(timer);
        resolvePromise(answer);
      };
      worker.postMessage({ seed, index });
    });
  }

  close() {
    if (this.worker) this.drop(this.worker);
  }
}

/** Modules whose frames say little about where a problem comes from: the caller does. */
const HELPERS = /\/src\/core\/(?:decimal|errors|format|units|shares)\.ts:/;

/**
 * What makes two findings the same: type, kind, error name and message without numbers or
 * quoted values, and the first frame in src/ outside the arithmetic helpers.
 */
function signature(type: string, kind: Kind, result: Partial<CaseResult>): string {
  const generic = (text: string) => text.replace(/\d[\d,.]*/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 200);
  const frames = result.error?.stack.split('\n').filter((line) => line.includes('/src/')) ?? [];
  const frame = (frames.find((line) => !HELPERS.test(line)) ?? frames[0] ?? '').trim();
  const what = result.error ? `${result.error.name}: ${generic(result.error.message)} ${frame}` : generic(result.problems?.[0] ?? '');
  return `${type} ${kind} ${what}`;
}

function writeReport(path: string, report: unknown) {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(temporary, target);
}

/** Builds the input of a case in this thread, for --replay to write out. */
function replayInput(seed: number, index: number) {
  const kind = kindOf(seed, index);
  const c = makeCase(kind, caseSeed(seed, index));
  return { kind, recipe: c.describe ?? recipeText(c.recipe), ...c.input() };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const { seed, caseTimeoutMs } = options;
  const runner = new CaseRunner();
  const started = Date.now();
  const findings = new Map<string, Finding>();
  const counts: Record<string, Record<Outcome | 'hang' | 'uncaught', number>> = {};
  const slowest: { index: number; kind: Kind; ms: number }[] = [];
  let cases = 0;

  const record = (index: number, kind: Kind, result: Answer) => {
    const outcome: Outcome | 'hang' | 'uncaught' = 'type' in result ? result.type : result.outcome;
    counts[kind] ??= { ok: 0, 'expected-error': 0, skipped: 0, crash: 0, violation: 0, hang: 0, uncaught: 0 };
    counts[kind][outcome] += 1;
    if ('ms' in result) {
      slowest.push({ index, kind, ms: Math.round(result.ms) });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, 10);
    }
    if (outcome !== 'crash' && outcome !== 'violation' && outcome !== 'hang' && outcome !== 'uncaught') return;
    const key = signature(outcome, kind, 'type' in result ? { error: result.error } : result);
    const known = findings.get(key);
    if (known) {
      known.count += 1;
      if (known.indices.length < 10) known.indices.push(index);
      return;
    }
    const recipe = 'recipe' in result ? result.recipe : (() => {
      try {
        return short(replayInput(seed, index).recipe);
      } catch {
        return '';
      }
    })();
    findings.set(key, {
      type: outcome,
      kind,
      seed,
      index,
      replay: `npm run fuzz -- --seed ${seed} --replay ${index}`,
      count: 1,
      indices: [index],
      recipe,
      ...('ms' in result ? { ms: Math.round(result.ms) } : outcome === 'hang' ? { ms: caseTimeoutMs } : {}),
      ...(result.error ? { error: result.error } : {}),
      ...('problems' in result && result.problems ? { problems: result.problems } : {}),
    });
    const first = 'problems' in result && result.problems ? result.problems[0] : result.error ? `${result.error.name}: ${result.error.message}` : `no answer in ${caseTimeoutMs} ms`;
    console.log(`  ${outcome} (${kind}) case ${index}: ${short(first ?? '', 300)}`);
  };

  if (options.replay !== undefined) {
    const index = options.replay;
    const { kind, recipe, text, extension } = replayInput(seed, index);
    const base = resolve(dirname(resolve(options.out)), `fuzz-case-${seed}-${index}`);
    mkdirSync(dirname(base), { recursive: true });
    writeFileSync(`${base}.${extension}`, text);
    writeFileSync(`${base}.recipe.json`, `${recipe}\n`);
    console.log(`fuzz: replaying case ${index} of seed ${seed} (${kind})\nrecipe: ${short(recipe, 2000)}\nrecipe in full: ${base}.recipe.json\ninput (${text.length} characters): ${base}.${extension}`);
    const result = await runner.run(seed, index, caseTimeoutMs);
    runner.close();
    record(index, kind, result);
    if ('type' in result) console.log(result.type === 'hang' ? `hang: no answer in ${caseTimeoutMs} ms` : `uncaught: ${result.error?.stack}`);
    else {
      console.log(`${result.outcome} in ${Math.round(result.ms)} ms`);
      if (result.error) console.log(result.error.stack);
      for (const p of result.problems ?? []) console.log(`  ${p}`);
    }
    process.exit(findings.size > 0 ? 1 : 0);
  }

  console.log(`fuzz: seed ${seed} (change with --seed), ${options.timeS} s, case timeout ${caseTimeoutMs} ms; report: ${options.out}`);
  const deadline = started + options.timeS * 1000;
  for (let index = 0; Date.now() < deadline; index++) {
    const kind = kindOf(seed, index);
    if (options.kinds && !options.kinds.has(kind)) continue;
    record(index, kind, await runner.run(seed, index, caseTimeoutMs));
    cases += 1;
  }
  runner.close();

  const list = [...findings.values()];
  const total = (type: Finding['type']) => list.filter((f) => f.type === type).reduce((n, f) => n + f.count, 0);
  const seconds = Math.round((Date.now() - started) / 1000);
  writeReport(options.out, {
    seed,
    timeSeconds: options.timeS,
    caseTimeoutMs,
    startedAt: new Date(started).toISOString(),
    seconds,
    cases,
    byKind: counts,
    found: { crash: total('crash'), violation: total('violation'), hang: total('hang'), uncaught: total('uncaught'), distinct: list.length },
    findings: list,
    slowest,
  });
  console.log(
    `fuzz: seed ${seed}, ${cases} cases in ${seconds} s: ${total('crash')} crashes, ${total('violation')} violations, ${total('hang')} hangs, ${total('uncaught')} uncaught (${list.length} distinct) → ${options.out}`,
  );
  process.exit(list.length > 0 ? 1 : 0);
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
