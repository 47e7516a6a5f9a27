// `npm run bench`: builds deterministic synthetic archives of several sizes and prints cold, warm and
// one-article rebuild times, pages per second, peak memory and the share of time per stage.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { generateArchive } from './generate.js';
import type { ScenarioInput, ScenarioOutput } from './child.js';
import { formatTable, median, type BenchRow } from './report.js';

const run = promisify(execFile);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The project's package.json, read once. */
const packageJson = readFile(path.join(projectRoot, 'package.json'), 'utf8')
  .then((text) => JSON.parse(text) as { version: string; scripts: Record<string, string> });

/** Node's heap settings from `npm run build` in package.json, so time and memory are what users see. */
const heapFlags = packageJson.then(({ scripts }) => scripts.build?.match(/--max-[\w-]+-size=\d+/g) ?? []);
const child = fileURLToPath(new URL('./child.js', import.meta.url));

const USAGE = 'Usage: npm run bench -- [--sizes 1000,10000,100000] [--formats wire,markdown] [--runs 3] [--site full|minimal] [--topics all|tags] [--dir DIR]';

/** The options, or a one-line reason and the usage, not a stack trace, when they make no sense. */
function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '1000,10000,100000' },
        formats: { type: 'string', default: 'wire,markdown' },
        runs: { type: 'string', default: '3' },
        site: { type: 'string', default: 'full' },
        topics: { type: 'string', default: 'all' },
        dir: { type: 'string', default: path.join(projectRoot, '.bench') },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const checks: [boolean, string][] = [
      [values.sizes.split(',').every((size) => Number.isInteger(Number(size)) && Number(size) > 0), `--sizes takes whole numbers above 0, not \`${values.sizes}\``],
      [values.formats.split(',').every((format) => format === 'wire' || format === 'markdown'), `--formats takes wire and markdown, not \`${values.formats}\``],
      [Number.isInteger(Number(values.runs)) && Number(values.runs) > 0, `--runs takes a whole number above 0, not \`${values.runs}\``],
      [values.site === 'full' || values.site === 'minimal', `--site is full or minimal, not \`${values.site}\``],
      [values.topics === 'all' || values.topics === 'tags', `--topics is all or tags, not \`${values.topics}\``],
    ];
    const failed = checks.find(([ok]) => !ok);
    if (failed) throw new Error(failed[1]);
    return values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message.split('\n')[0]}\n${USAGE}\n`);
    process.exit(2);
  }
}

const values = readOptions();
const sizes = values.sizes.split(',').map(Number);
const formats = values.formats.split(',') as ('wire' | 'markdown')[];
const runs = Math.max(1, Number(values.runs));
const benchDir = path.resolve(values.dir);
const siteName = values.topics === 'all' ? values.site : `${values.site}, topics from ${values.topics}`;

async function scenario(input: ScenarioInput): Promise<ScenarioOutput> {
  const { stdout } = await run(process.execPath, [...await heapFlags, child, JSON.stringify(input)], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ScenarioOutput;
}

/**
 * A config folder for the site variant: `full` is the default site, `minimal` leaves out search and
 * feeds; `--topics tags` takes topics from tags alone (the site Hugo's taxonomies compare with).
 */
async function siteRoot(): Promise<string> {
  const root = path.join(benchDir, `site-${values.site}${values.topics === 'all' ? '' : `-topics-${values.topics}`}`);
  await mkdir(root, { recursive: true });
  const minimal = values.site === 'minimal';
  await writeFile(path.join(root, 'dateline.config.yaml'),
    `title: Bench\nbaseUrl: https://bench.example.org/\nsearch: ${!minimal}\nfeeds: ${!minimal}\nrelated: ${!minimal}\ntopics: ${values.topics}\n`);
  return root;
}

async function archive(format: 'wire' | 'markdown', count: number): Promise<string> {
  const dir = path.join(benchDir, 'archives', `${format}-${count}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  await rm(dir, { recursive: true, force: true });
  process.stderr.write(`Generating ${count} ${format} articles…\n`);
  await generateArchive({ count, format, seed: 1, outDir: dir, startDate: '2000-01-01' });
  await writeFile(path.join(dir, '.complete'), '');
  return dir;
}

/**
 * Every run builds into a folder of its own, and all are deleted only when the benchmark is done: on
 * ext4 without a journal (this kind of machine) a large tree deleted before a build slows every file
 * the build then creates, for minutes, as new inodes are found past the freed ones; that deletion
 * is not the build's cost.
 */
const workRoot = path.join(benchDir, 'work');

const LEFT_OVER = /^work-left-\d+$/;

/** Sets aside what an interrupted benchmark left, to be deleted with this one's builds at the end. */
async function setAsideWork(): Promise<void> {
  if (existsSync(workRoot)) await rename(workRoot, path.join(benchDir, `work-left-${Date.now()}`));
}

/** Deletes this benchmark's builds and whatever earlier ones left. */
async function deleteWork(): Promise<void> {
  const leftOver = (await readdir(benchDir)).filter((name) => LEFT_OVER.test(name)).map((name) => path.join(benchDir, name));
  for (const dir of [workRoot, ...leftOver]) await rm(dir, { recursive: true, force: true });
}

async function measure(format: 'wire' | 'markdown', count: number, root: string): Promise<BenchRow> {
  const contentDir = await archive(format, count);
  const cold: ScenarioOutput[] = [];
  const warm: ScenarioOutput[] = [];
  const edits: ScenarioOutput[] = [];
  for (let i = 0; i < runs; i++) {
    const work = path.join(workRoot, `${format}-${count}`, `run-${i + 1}`);
    const input = { root, contentDir, outDir: path.join(work, 'public'), cacheDir: path.join(work, 'cache'),
      templatesDir: path.join(projectRoot, 'templates') };
    process.stderr.write(`${format} ${count}: run ${i + 1}/${runs}\n`);
    cold.push(await scenario({ kind: 'build', ...input }));
    warm.push(await scenario({ kind: 'build', ...input }));
    edits.push(await scenario({ kind: 'dev-edit', ...input, outDir: path.join(work, 'dev'), touchIndex: (i * 7919) % count }));
  }
  const coldMs = median(cold.map((entry) => entry.ms));
  const stages = cold[0]?.stages ?? {};
  const stageTotal = Object.values(stages).reduce((sum, value) => sum + value, 0) || 1;
  return {
    format, count, pages: cold[0]?.pages ?? 0, coldMs, warmMs: median(warm.map((entry) => entry.ms)),
    editPagesMs: median(edits.map((entry) => entry.pagesMs ?? 0)), editAllMs: median(edits.map((entry) => entry.allMs ?? 0)),
    pagesPerSecond: Math.round(((cold[0]?.pages ?? 0) / coldMs) * 1000),
    peakRssMb: Math.max(...cold.map((entry) => entry.maxRssMb)),
    stageShare: Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, Math.round((ms / stageTotal) * 100)])),
  };
}

async function main(): Promise<void> {
  const root = await siteRoot();
  await setAsideWork();
  const rows: BenchRow[] = [];
  for (const format of formats) for (const count of sizes) rows.push(await measure(format, count, root));
  await deleteWork();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const { version } = await packageJson;
  process.stdout.write(`${formatTable(rows, { machine, runs, site: siteName })}\n`);
  const previous = await readFile(path.join(benchDir, 'latest.json'), 'utf8')
    .then((text) => JSON.parse(text) as { site?: string; rows: BenchRow[] }, () => undefined);
  const result = { version, machine, runs, site: siteName, date: new Date().toISOString(), rows };
  await mkdir(path.join(benchDir, 'results'), { recursive: true });
  await writeFile(path.join(benchDir, 'results', `${result.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
  await writeFile(path.join(benchDir, 'latest.json'), JSON.stringify(result, null, 2));
  // Figures of another site (search, feeds, topics) are no baseline for these.
  if (previous?.site === siteName) process.stdout.write(`${compare(previous.rows, rows)}\n`);
  process.stdout.write(`Figures written to ${path.relative(process.cwd(), path.join(benchDir, 'latest.json'))}\n`);
}

function compare(before: BenchRow[], after: BenchRow[]): string {
  const lines = ['Cold build against the previous run:'];
  for (const row of after) {
    const old = before.find((entry) => entry.format === row.format && entry.count === row.count);
    if (old) lines.push(`  ${row.format} ${row.count}: ${(old.coldMs / 1000).toFixed(2)} s → ${(row.coldMs / 1000).toFixed(2)} s (${Math.round((row.coldMs / old.coldMs - 1) * 100)}%)`);
  }
  return lines.join('\n');
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
