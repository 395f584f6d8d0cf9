/**
 * The "Region (issue 14)" section of `npm run bench`: the synthetic region's index (bench/region.ts),
 * `<budget-explorer>` over it in Chromium (bench/explorer.ts) and the batch importer's throughput.
 * `npm run bench -- --only region` runs this part alone and rewrites only its section of
 * bench/RESULTS.md and its key of bench/results.json.
 */
import { loadavg } from 'node:os';
import { buildExplorerPage, type Size } from './build.js';
import { runExplorer, SEARCH_KEY, type ExplorerRun } from './explorer.js';
import { measureIndex, measureThroughput, printIndexSize, printThroughput, REGION, syntheticIndex, type IndexSize, type Throughput } from './region.js';

export const REGION_TITLE = 'Region (issue 14)';

export interface RegionResult {
  date: string;
  /** How it was run: alone (`npm run bench -- --only region`) or in the whole bench. */
  command: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  chromium: string;
  runs: number;
  index: IndexSize;
  /** gzip bytes of the explorer page: what loads with it, and what it fetches once its index has loaded. */
  page: { initial: Size; lazy: Size };
  explorer: ExplorerRun[];
  throughput: Throughput;
}

const load = () => loadavg().map((n) => +n.toFixed(2));

export async function measureRegion(runs: number, command: string, log: (line: string) => void): Promise<RegionResult> {
  const date = new Date().toISOString();
  const loadAverageAtStart = load();
  log(`— region: ${REGION.departments} departments × ${REGION.years} years (load average ${loadAverageAtStart.join(', ')})`);
  const index = measureIndex(REGION, 5);
  printIndexSize(index, log);
  const page = await buildExplorerPage();
  log(`budget-explorer page: ${page.initial.gzip} B gzip with it, ${page.lazy.gzip} B once the index has loaded`);
  const explorer = await runExplorer(syntheticIndex(REGION).written, runs, log);
  const throughput = await measureThroughput(3);
  printThroughput(throughput, log);
  return { date, command, loadAverageAtStart, loadAverageAtEnd: load(), chromium: explorer.chromium, runs, index, page, explorer: explorer.runs, throughput };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median (min–max) of one figure over the runs that gave it, `n=` when fewer than asked. */
function cell(runs: readonly ExplorerRun[], pick: (r: ExplorerRun) => number | undefined, asked: number, digits = 0): string {
  const v = runs.map(pick).filter((x): x is number => typeof x === 'number');
  if (!v.length) return runs.find((r) => r.error)?.error?.replace(/\|/g, '/') ?? '–';
  const spread = v.length > 1 ? ` (${fmt(Math.min(...v), digits)}–${fmt(Math.max(...v), digits)})` : '';
  return `${fmt(median(v), digits)}${spread}${v.length < asked ? ` n=${v.length}` : ''}`;
}

/** One value when every run gave the same, else each run's, in order. */
function same<T>(runs: readonly ExplorerRun[], pick: (r: ExplorerRun) => T | undefined, show: (v: T) => string): string {
  const shown = runs.map(pick).filter((v): v is T => v !== undefined).map(show);
  return shown.length === 0 ? '–' : new Set(shown).size === 1 ? shown[0] : `${shown.join(' / ')} (by run)`;
}

/** Paths that differ only by their year folder, as one path with `<year>` and the years in order. */
function byYear(paths: readonly string[]): string {
  const years = paths.map((p) => /^\/(\d{4})\//.exec(p)?.[1]);
  const rest = new Set(paths.map((p) => p.replace(/^\/\d{4}\//, '/<year>/')));
  if (years.some((y) => !y) || rest.size !== 1) return paths.map((p) => `\`${p}\``).join(', ');
  return `\`${[...rest][0]}\` for ${years.join(', ')}`;
}

export function regionMarkdown(r: RegionResult): string {
  const { index, throughput: t } = r;
  const { departments, years, seed } = index.shape;
  const runs = r.explorer;
  const ok = runs.filter((x) => !x.error);
  const lines: string[] = [];
  const format = [
    index.sha256InEntries ? 'entries carry `source.sha256`' : 'no `source.sha256` in the entries',
    index.incomeInEntries ? '`totals.income` written' : '`totals.income` omitted where it equals expenditure',
    index.projectInEntries ? '`totals.project` written' : '`totals.project` omitted where it is expenditure − basic',
  ].join(', ');
  lines.push(`## ${REGION_TITLE}`, '');
  lines.push(
    `A synthetic region of ${fmt(departments)} departments × ${years} years (${fmt(index.entries)} index entries, seed ${seed}) built by \`buildCollectionIndex\`, the code \`budget-viz import <folder>\` writes \`index.json\` with (bench/region.ts); no documents exist behind it. ` +
      `Index format measured: ${format}. ` +
      `Measured ${r.date} by \`${r.command}\`, on the machine above; load average ${r.loadAverageAtStart.join(', ')} at the start and ${r.loadAverageAtEnd.join(', ')} at the end (on 2 cores, other work running slows every figure here).`,
    '',
  );
  lines.push('**The index** (node; gzip level 6, as a web server sends it)', '', '| | raw | gzip | per entry, raw | per entry, gzip |', '|---|---:|---:|---:|---:|');
  lines.push(`| as written (2-space JSON) | ${kb(index.written.bytes)} | ${kb(index.written.gzip)} | ${fmt(index.written.bytes / index.entries)} B | ${fmt(index.written.gzip / index.entries)} B |`);
  lines.push(`| compact JSON | ${kb(index.compact.bytes)} | ${kb(index.compact.gzip)} | ${fmt(index.compact.bytes / index.entries)} B | ${fmt(index.compact.gzip / index.entries)} B |`, '');
  lines.push(
    `Target: under 200 KB gzip. Validating the parsed index (\`validateBudgetFile\`, node) takes ${fmt(index.validateMs.median)} ms (${fmt(index.validateMs.min)}–${fmt(index.validateMs.max)}, ${index.validateMs.runs} runs; valid: ${index.valid}); building it ${fmt(index.buildMs)} ms.`,
    '',
  );
  lines.push(
    `**\`<budget-explorer src="index.json">\` in Chromium** (bench/explorer.ts, page bench/pages/budget-explorer.ts): median of ${ok.length} fresh tabs of one ${r.chromium} (headless, software rendering), min–max in brackets; 1000 × 800 viewport. ` +
      `The page loads the element as \`dist/components/budget-explorer.js\` does, split the same way: ${kb(r.page.initial.gzip)} gzip with the page, ${kb(r.page.lazy.gzip)} more (the report's views) fetched once the index has loaded. ` +
      `The index is served gzip-encoded from 127.0.0.1 (${kb(ok[0]?.transferBytes ?? 0)} on the wire), never cached. ` +
      `"Drawn" is the element's \`budget-load\`, lit's update settled, then two animation frames. The sort and the search are real input through CDP (a click on the 名称 header; the key "${SEARCH_KEY}" typed into the search field), timed in the page from the mousedown or keydown to the list drawn again.`,
    '',
  );
  lines.push('| measure | median (min–max) |', '|---|---:|');
  const row = (title: string, pick: (x: ExplorerRun) => number | undefined, digits = 0) => lines.push(`| ${title} | ${cell(runs, pick, r.runs, digits)} |`);
  row('index fetch start → list drawn and interactive (ms; target < 300)', (x) => x.interactiveMs);
  row('… of which fetch start → last byte (ms)', (x) => x.fetchMs);
  row('… of which fetch start → `budget-load`: fetched, parsed, validated, read (ms)', (x) => x.loadEventMs);
  row('element created → list drawn (ms)', (x) => x.fromElementMs);
  row('longest task during the load (ms)', (x) => x.longestTaskMs);
  row('sort: mousedown on 名称 → list re-sorted and drawn (ms)', (x) => x.sortMs);
  row(`search: keydown "${SEARCH_KEY}" → list filtered and drawn (ms)`, (x) => x.searchMs);
  row('longest task during the sort and the search (ms; 0: none over 50 ms)', (x) => x.interactionLongestTaskMs);
  row('JS heap after the load, after a GC (MiB)', (x) => x.heapMiB, 1);
  row('DOM nodes after the load, shadow roots included', (x) => x.domNodes);
  row('renderer process PSS after the load (MiB)', (x) => x.rendererPssMiB);
  row('the same index in the page, outside the element: `JSON.parse` (ms)', (x) => x.parseMs);
  row('… `validateBudgetFile` (ms)', (x) => x.validateMs);
  row('… `explorerIndex`, the explorer\'s reading of it (ms)', (x) => x.readMs);
  lines.push('');
  const opened = ok[0]?.documentsOnOpen ?? [];
  const twice = [...new Set(opened.filter((p, i) => opened.indexOf(p) !== i))];
  const interactive = median(ok.map((x) => x.interactiveMs).filter((x): x is number => x !== undefined));
  lines.push(`In each of the ${ok.length} runs, unless the figures below are given by run:`, '');
  lines.push(`- Rows drawn after the load: ${same(ok, (x) => x.rows, String)} (the list draws 50 at first). The count line read ${same(ok, (x) => x.counts, (c) => c.map((s) => `“${s}”`).join(' → '))} after the load, the sort and the search.`);
  lines.push(`- The sort changed the first row: ${same(ok, (x) => x.sorted, (v) => (v ? 'yes' : 'no'))}; the search left only matching departments and changed the count: ${same(ok, (x) => x.searched, (v) => (v ? 'yes' : 'no'))}.`);
  lines.push(`- Documents requested while the list loaded and was sorted and searched: ${same(ok, (x) => x.documentsOnLoad, (d) => (d.length ? d.map((p) => `\`${p}\``).join(', ') : 'none'))}, and no other; scripts: ${same(ok, (x) => x.scriptsOnLoad?.length, String)} (the chunks of the report's views, which the element's entry imports once its index has loaded).`);
  lines.push(`- Opening the first department (a click on its name) then requested ${same(ok, (x) => x.documentsOnOpen?.length, String)} documents, ${same(ok, (x) => x.documentsOnOpen, byYear)}: its report for \`<budget-report>\` and its years for \`<budget-yoy>\`${twice.length ? ` (${twice.map((p) => `\`${p}\``).join(', ')} asked for by both)` : ''}; 404 here, since the synthetic documents do not exist.`);
  lines.push(
    `- Issue 14's targets on this machine at this load: index under 200 KB gzip ${index.written.gzip < 200 * 1024 ? 'met' : 'not met'} (${kb(index.written.gzip)} as written); ` +
      `fetch start → interactive under 300 ms ${interactive < 300 ? 'met' : 'not met'} (median ${fmt(interactive)} ms); documents loaded only when opened: ${ok.every((x) => x.documentsOnLoad?.length === 1) ? 'yes' : 'no'}.`,
    '',
  );
  lines.push(
    `**Batch import** (bench/region.ts: \`runImport\` as \`budget-viz import <folder>\` runs it, in this process): the ${t.reports} corpus texts of tests/fixtures/ × ${t.copies} copies = ${t.files} reports, into a fresh output folder, then again into the same folder (every report unchanged). Worker start-up is counted. Reports per CPU-second (the process's CPU time, worker threads included) is the per-core figure that other work on the machine distorts least; the wall-clock rates are not. ${t.cores} cores; load average ${t.loadAverage.join(', ')} when it started.`,
    '',
  );
  lines.push('| workers | imported (failed) | wall s | reports/s | reports/s per worker | CPU s | reports per CPU-second | unchanged re-run |', '|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const { jobs, fresh, again } of t.batches) {
    const rate = fresh.imported / fresh.seconds;
    lines.push(
      `| ${jobs} | ${fresh.imported} (${fresh.failed}) | ${fmt(fresh.seconds, 1)} | ${fmt(rate, 2)} | ${fmt(rate / jobs, 2)} | ${fmt(fresh.cpuSeconds, 1)} | ${fmt(fresh.imported / fresh.cpuSeconds, 2)} | ${again.unchanged} unchanged in ${fmt(again.seconds, 1)} s |`,
    );
  }
  lines.push('');
  return lines.join('\n') + '\n';
}

/**
 * `markdown` with its `## title` section (up to the next `## ` heading) replaced by `section`, or
 * `section` inserted before `## before` (the end when absent): the rest of the file stays as it was.
 */
export function replaceSection(markdown: string, title: string, section: string, before: readonly string[]): string {
  const lines = markdown.split('\n');
  const heading = (l: string) => l.startsWith('## ');
  const start = lines.findIndex((l) => l === `## ${title}`);
  if (start >= 0) {
    let end = lines.findIndex((l, i) => i > start && heading(l));
    if (end < 0) end = lines.length;
    return [...lines.slice(0, start), ...section.trimEnd().split('\n'), '', ...lines.slice(end)].join('\n');
  }
  const at = lines.findIndex((l) => before.some((b) => l === `## ${b}` || l.startsWith(`## ${b} `)));
  if (at < 0) return `${markdown.trimEnd()}\n\n${section}`;
  return [...lines.slice(0, at), ...section.trimEnd().split('\n'), '', ...lines.slice(at)].join('\n');
}
