/**
 * `npm run bench`: the pure-logic timings (bench/run.ts), then budget-viz against ECharts,
 * Highcharts and plain d3 in headless Chromium (bench/browser.ts), then the importer on the
 * shared corpus, then the region of issue 14 (bench/region-section.ts: a 1,000 × 5 index,
 * `<budget-explorer>` over it, batch import throughput); writes bench/RESULTS.md and bench/results.json.
 *
 *   npm run bench                  everything, 5 fresh browsers per measure
 *   npm run bench -- --quick       2 runs, reference and 1k only, no logic part
 *   npm run bench -- --only region the region part alone (about 1 min): rewrites only its section
 *                                  of RESULTS.md and its key of results.json, the rest as it was
 *   options: --runs N  --sizes reference,1k,10k,50k  --no-logic  --no-import  --no-region
 *            --pages budget-viz,echarts-canvas   only these pages; prints, writes no results file
 *
 * A case (one library, one data set) stops early after a run over 45 s or 90 s of runs in all;
 * its cells then say n=<runs>.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runBrowser, type CaseResult, type RunResult } from './browser.js';
import { buildPages, STATIC_DOM_PAGES, type Size } from './build.js';
import { datasets } from './data.js';
import { timeImports, type ImportTiming } from './importer.js';
import { measureRegion, regionMarkdown, REGION_TITLE, replaceSection, type RegionResult } from './region-section.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const runs = Number(option('--runs') ?? (quick ? 2 : 5));
const pages = option('--pages')?.split(',');
const only = option('--only');
const sizes = (option('--sizes') ?? (quick ? 'reference,1k' : 'reference,1k,10k,50k')).split(',');
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const log = (line: string) => console.log(line);

function machine(chromium: string) {
  const cpu = cpus();
  const os = /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  const version = (name: string) => JSON.parse(readFileSync(here(`../node_modules/${name}/package.json`), 'utf8')).version as string;
  return {
    date: new Date().toISOString(),
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    ramGiB: +(totalmem() / 2 ** 30).toFixed(1),
    os: `${os} (Linux ${release()})`,
    chromium,
    node: process.version,
    loadAverageAtStart: loadavg().map((n) => +n.toFixed(2)),
    libraries: Object.fromEntries(['lit', 'echarts', 'highcharts', 'd3', 'd3-hierarchy', 'd3-shape', 'esbuild', 'puppeteer-core'].map((n) => [n, version(n)])),
    budgetViz: JSON.parse(readFileSync(here('../package.json'), 'utf8')).version as string,
  };
}

type Measure = { key: keyof RunResult; title: string; unit: string; digits: number; better: 'lower' | 'higher'; zoomOnly?: boolean };
const MEASURES: Measure[] = [
  { key: 'renderMs', title: 'Data → painted (animation off)', unit: 'ms', digits: 0, better: 'lower' },
  { key: 'loadMs', title: 'Page load before any data: navigation → load event, the page\'s script fetched, compiled and run', unit: 'ms', digits: 0, better: 'lower' },
  { key: 'zoomMs', title: 'Zoom into the largest 类, settled (animation off)', unit: 'ms', digits: 0, better: 'lower', zoomOnly: true },
  { key: 'fps', title: 'Frames per second during the animated zoom', unit: 'fps', digits: 0, better: 'higher', zoomOnly: true },
  { key: 'longestFrameMs', title: 'Longest gap between frames during the animated zoom', unit: 'ms', digits: 0, better: 'lower', zoomOnly: true },
  { key: 'longestTaskMs', title: 'Longest task during the animated zoom (0: none over 50 ms)', unit: 'ms', digits: 0, better: 'lower', zoomOnly: true },
  { key: 'animationMs', title: 'Animated zoom, request → library’s end signal', unit: 'ms', digits: 0, better: 'lower', zoomOnly: true },
  { key: 'heapMiB', title: 'JS heap after render, after a GC (CDP Runtime.getHeapUsage)', unit: 'MiB', digits: 1, better: 'lower' },
  { key: 'domNodes', title: 'DOM nodes after render, shadow roots included (CDP Memory.getDOMCounters)', unit: 'nodes', digits: 0, better: 'lower' },
  { key: 'rendererPssMiB', title: 'Renderer process PSS after render (/proc/<pid>/smaps_rollup)', unit: 'MiB', digits: 0, better: 'lower' },
];

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const values = (c: CaseResult | undefined, key: keyof RunResult) => (c?.runs ?? []).map((r) => r[key]).filter((v): v is number => typeof v === 'number');
const fmt = (n: number, digits: number) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function cell(c: CaseResult | undefined, m: Measure): string {
  if (!c) return '–';
  const v = values(c, m.key);
  const error = c.runs.find((r) => r.error)?.error;
  if (!v.length) return error ? `failed: ${error.replace(/\|/g, '/')}` : '–';
  const spread = v.length > 1 ? ` (${fmt(Math.min(...v), m.digits)}–${fmt(Math.max(...v), m.digits)})` : '';
  return `${fmt(median(v), m.digits)}${spread}${v.length < runs ? ` n=${v.length}` : ''}`;
}

function markdown(info: ReturnType<typeof machine>, sizesTable: Size[], cases: CaseResult[], imports: ImportTiming[] | undefined, logic: string | undefined, region: RegionResult | undefined): string {
  const staticDom = new Set<string>(STATIC_DOM_PAGES.map((p) => p.name));
  const pages = [...new Set(cases.filter((c) => c.page !== 'budget-report' && !staticDom.has(c.page)).map((c) => c.page))];
  const sets = [...new Set(cases.map((c) => c.dataset))];
  const find = (page: string, set: string) => cases.find((c) => c.page === page && c.dataset === set);
  const leaves = (set: string) => cases.find((c) => c.dataset === set)?.leaves ?? 0;
  const head = `| | ${sets.map((s) => `${s} (${fmt(leaves(s), 0)} 项)`).join(' | ')} |\n|---|${sets.map(() => '---:').join('|')}|`;
  const lines: string[] = [];
  lines.push('# Benchmark: budget-viz against ECharts, Highcharts and plain d3', '');
  lines.push(`Written by \`npm run bench${quick ? ' -- --quick' : ''}\` (bench/index.ts) on ${info.date}. Raw numbers: bench/results.json.`, '');
  lines.push('## Machine', '');
  lines.push(`- CPU: ${info.cpu}, ${info.cores} cores; RAM ${info.ramGiB} GiB; ${info.os}`);
  lines.push(`- ${info.chromium} (headless=new, --disable-gpu: software rendering); node ${info.node}`);
  lines.push(`- budget-viz ${info.budgetViz}; ${Object.entries(info.libraries).map(([n, v]) => `${n} ${v}`).join(', ')}`);
  lines.push(`- load average when the run started: ${info.loadAverageAtStart.join(', ')} (other work on the machine makes every number noisier, for every library alike)`, '');
  lines.push('## Method', '');
  lines.push(`Each cell is the median of ${runs} runs with the min–max in brackets (\`n=\` when fewer runs finished); each run is a new tab (its own renderer process) of a Chromium started for that library and data set, 1000 × 800 and a 640 × 640 chart box; the runs of one data set go in rounds, one run of every page in each round, each round starting one page further along, so that a drift in the machine's speed slows every page alike and the ratios hold better than the absolute times. Data is fetched and parsed before the clock starts; budget-viz is given the whole budget document and its time includes validating it, each peer is given the same hierarchy already converted to its own format (bench/data.ts). "Painted" is two animation frames after the library's own signal (ECharts \`finished\`, the Highcharts load callback, d3's synchronous join, lit's \`updateComplete\` with no update pending). Render and the first zoom run with animation off (ECharts \`animation: false\`, Highcharts \`animation: false\`, d3 duration 0, budget-viz under \`prefers-reduced-motion: reduce\`); the animated zoom uses each one's zoom animation at 450 ms, budget-viz's length. Every page zooms into the largest 类 programmatically (ECharts \`sunburstRootToNode\`, Highcharts \`setRootNode\`, d3 the click handler, budget-viz a click on the arc). Synthetic cities come from \`syntheticCityTable\` (seed 12). budget-viz's pages are built as dist/ ships its files: the lean decimal.js, minified styles, and V8's compile hint \`//# allFunctionsCalledOnLoad\` at the top of every file a page loads up front (scripts/compile-hints.ts), with which Chrome compiles the file's functions on a background thread while it loads, rather than each on the main thread when first called: that work moves from "data → painted" to "page load", which is why both are measured; the peers are built from their packages as they ship, without it.`, '');
  lines.push('What each page draws differs by design, and the DOM and time numbers follow from it: budget-viz draws at most `max-arcs` (400) arcs: every drawn 科目 keeps its largest child, the widest of the rest get the arcs left, and each parent\'s other children share one "其他" arc; ECharts and Highcharts draw every node; the d3 page, like the Observable original, creates a path and a label for every node and hides those out of view.', '');
  lines.push('## Bytes of JavaScript (gzip -9)', '', '| bundle | how | bytes | gzip | budget-viz sunburst page ÷ this |', '|---|---|---:|---:|---:|');
  const ours = sizesTable.find((s) => s.name === 'budget-viz')!;
  for (const s of sizesTable) lines.push(`| ${s.name} | ${s.source} | ${fmt(s.bytes, 0)} | ${fmt(s.gzip, 0)} | ${(ours.gzip / s.gzip).toFixed(2)} |`);
  lines.push('');
  for (const m of MEASURES) {
    const rows = pages.filter((p) => !m.zoomOnly || p !== 'budget-report');
    lines.push(`## ${m.title} (${m.unit}, ${m.better} is better)`, '', head);
    for (const p of rows) lines.push(`| ${p} | ${sets.map((s) => cell(find(p, s), m)).join(' | ')} |`);
    lines.push('', `Ratio budget-viz ÷ peer (medians of this run):`, '', head);
    for (const p of rows.filter((p) => p !== 'budget-viz')) {
      lines.push(`| ${p} | ${sets.map((s) => {
        const a = values(find('budget-viz', s), m.key);
        const b = values(find(p, s), m.key);
        return a.length && b.length && median(b) !== 0 ? `${(median(a) / median(b)).toFixed(2)}×` : '–';
      }).join(' | ')} |`);
    }
    lines.push('');
  }
  if (cases.some((c) => c.page === 'budget-viz-dom')) {
    lines.push('## The browser\'s own floor: the same DOM with no script (ms, lower is better)', '');
    lines.push(
      'The DOM the budget-viz page drew, captured once from a tab of its own after it rendered (shadow roots written as declarative ones, their styles inlined), is given as static HTML to a page that has no library script (bench/pages/static-dom.ts) and timed as every page is, to two frames after it is inserted: parsing, style, layout and paint, and the first use of the system\'s fonts in a fresh tab. No script that draws this DOM can be faster; what lies between the two rows is budget-viz\'s script: checking the document, building and laying out the hierarchy, creating the DOM, and one frame more that the page waits for the element\'s size.',
      '',
      head,
    );
    const floorRow = (label: string, page: string) => `| ${label} | ${sets.map((s) => cell(find(page, s), MEASURES[0])).join(' | ')} |`;
    lines.push(floorRow('budget-viz, data → painted', 'budget-viz'), floorRow('its DOM as static HTML → painted', 'budget-viz-dom'));
    lines.push(`| difference of the medians: budget-viz's script | ${sets.map((s) => {
      const [ours, floor] = [values(find('budget-viz', s), 'renderMs'), values(find('budget-viz-dom', s), 'renderMs')];
      return ours.length && floor.length ? fmt(median(ours) - median(floor), 0) : '–';
    }).join(' | ')} |`, '');
  }
  const report = cases.find((c) => c.page === 'budget-report');
  if (report) {
    lines.push('## `<budget-report>` on the reference report', '');
    lines.push(
      'The report draws its headline figures, its sunburst and its audit (saying "核查中") first, and its other sections once those have painted; the audit then runs its check rules a few at a time, one task each. Hence two times: until the views a reader sees before scrolling have painted (the report\'s title and controls, and each view whose section starts in the 1000 × 800 window, read from the settled layout: until the main thread has finished the frame that drew the last of them, since the frames after it wait for the rest of the report), and until every view, the audit\'s findings included, has drawn and two frames have passed (as every "painted" above).',
      '',
    );
    lines.push('| measure | median (min–max) |', '|---|---:|');
    lines.push(`| data assigned → first screen painted (ms) | ${cell(report, { ...MEASURES[0], key: 'firstScreenMs' })} |`);
    lines.push(`| data assigned → every view settled, audit checks included (ms) | ${cell(report, MEASURES[0])} |`);
    const reportDom = cases.find((c) => c.page === 'budget-report-dom');
    if (reportDom) lines.push(`| the report's settled DOM as static HTML → painted, no script: the browser's own floor (ms; see the section above) | ${cell(reportDom, MEASURES[0])} |`);
    for (const m of MEASURES.filter((m) => ['loadMs', 'heapMiB', 'domNodes', 'rendererPssMiB'].includes(m.key))) lines.push(`| ${m.title} | ${cell(report, m)} |`);
    lines.push('');
  }
  if (imports) {
    lines.push('## Importer, per corpus report (in process, `runImport` as the CLI runs it, PDF text extraction included; node start-up not counted)', '');
    lines.push('| report | bytes | median ms (min–max) | exit code |', '|---|---:|---:|---:|');
    for (const t of imports) lines.push(`| ${t.file} | ${fmt(t.bytes, 0)} | ${fmt(median(t.times), 0)} (${fmt(Math.min(...t.times), 0)}–${fmt(Math.max(...t.times), 0)}) | ${t.exitCode} |`);
    lines.push('');
  } else lines.push('## Importer', '', 'Skipped: ../shared/corpus/ is absent or the importer part was turned off.', '');
  if (region) lines.push(regionMarkdown(region));
  if (logic) lines.push('## Pure logic (bench/run.ts, node)', '', '```', logic.trim(), '```', '');
  lines.push('## Not measured', '');
  lines.push('- Frame rate on a GPU: Chromium runs with --disable-gpu, so canvas and SVG are rasterised in software; ratios between libraries mean more than absolute fps.');
  lines.push('- Highcharts gives no event when a drill animation ends: its animated zoom is taken to end 450 ms (its configured duration) after the synchronous redraw, plus one frame.');
  lines.push("- ECharts' drill animation ran about 1,000 ms although the page sets `animationDurationUpdate: 450` (its sunburst seems to take `animationDuration`, default 1000, for `sunburstRootToNode`); its animated-zoom window is therefore longer than the others'.");
  lines.push('- Renderer memory is the PSS of the largest renderer process of the browser after the render, which is the run\'s tab (the other renderers are about:blank and Chromium\'s spare); the browser and GPU processes are left out.');
  return lines.join('\n') + '\n';
}

/**
 * `--only region`: the region part alone, into the results of the last full run: its section of
 * RESULTS.md and its key of results.json are replaced (added when absent), nothing else changes.
 */
async function regionOnly() {
  const region = await measureRegion(runs, `npm run bench -- --only region${args.includes('--runs') ? ` --runs ${runs}` : ''}`, log);
  const jsonFile = here('./results.json');
  const mdFile = here('./RESULTS.md');
  const results = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(jsonFile, JSON.stringify({ ...results, region }, null, 2) + '\n');
  const previous = existsSync(mdFile) ? readFileSync(mdFile, 'utf8') : '# Benchmark\n';
  writeFileSync(mdFile, replaceSection(previous, REGION_TITLE, regionMarkdown(region), ['Pure logic', 'Not measured']));
  log(`— wrote the ${REGION_TITLE} section of bench/RESULTS.md and the region key of bench/results.json`);
}

async function main() {
  if (only !== undefined) {
    if (only !== 'region') throw new Error(`--only ${only}: the only part that runs alone is region`);
    return regionOnly();
  }
  let logic: string | undefined;
  if (!quick && !args.includes('--no-logic')) {
    log('— pure logic (bench/run.ts)');
    const child = spawnSync(process.execPath, ['--import', 'tsx', here('./run.ts')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    logic = child.stdout;
    process.stdout.write(logic);
  }
  log('— building the pages');
  const built = await buildPages();
  for (const s of built) log(`${s.name.padEnd(42)} ${String(s.gzip).padStart(8)} B gzip`);
  log(`— browser: ${sizes.join(', ')}, ${runs} runs each`);
  const data = datasets(sizes);
  const { cases, chromium } = await runBrowser(data, { runs, slowRunMs: quick ? 20_000 : 45_000, caseBudgetMs: quick ? 60_000 : 90_000, log, pages });
  let imports: ImportTiming[] | undefined;
  if (!args.includes('--no-import')) {
    log('— importer');
    imports = await timeImports(quick ? 1 : 3, log);
  }
  let region: RegionResult | undefined;
  if (!pages && !args.includes('--no-region')) region = await measureRegion(runs, `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`, log);
  const info = machine(chromium);
  if (pages) {
    // A partial run is for looking, not for the record: the results files stay whole.
    log(markdown(info, built, cases, imports, logic, region));
    return;
  }
  writeFileSync(here('./results.json'), JSON.stringify({ machine: info, options: { quick, runs, sizes }, bytes: built, cases, imports, logic, region }, null, 2) + '\n');
  writeFileSync(here('./RESULTS.md'), markdown(info, built, cases, imports, logic, region));
  log('— wrote bench/RESULTS.md and bench/results.json');
}

await main();
