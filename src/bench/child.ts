// One measured run of the benchmark, in a fresh process so peak memory is its own. A build is timed
// from the process's start, as a user timing `dateline build` would, and started as the command line
// starts it: parse threads first when nothing is cached, then the rest of Dateline.
// Usage (internal): node dist/bench/child.js '<json ScenarioInput>'; prints one JSON line.
import { defaultBuildOptions } from '../build-options.js';
import { parseCacheExists } from '../cache/parse-cache.js';
import { startWorkersEarly } from '../workers/pool.js';
import { median } from './report.js';

/** Edits per dev session: a single edit's time swings with the machine at 100,000 articles; the median of five holds. */
const EDITS = 5;

export interface ScenarioInput {
  kind: 'build' | 'dev-edit';
  root: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  templatesDir: string;
  /** For `dev-edit`: the article to touch. */
  touchIndex?: number;
}

export interface ScenarioOutput {
  ms: number;
  maxRssMb: number;
  articles: number;
  pages: number;
  stages?: Record<string, number>;
  /** For `dev-edit`: time from an edit until the article's pages were rewritten, and until all was done (medians). */
  pagesMs?: number;
  allMs?: number;
}

async function run(input: ScenarioInput): Promise<ScenarioOutput> {
  const options = { ...defaultBuildOptions(input.root), contentDir: input.contentDir, outDir: input.outDir,
    cacheDir: input.cacheDir, templatesDir: input.templatesDir };
  if (input.kind === 'build') {
    if (!parseCacheExists(input.cacheDir)) startWorkersEarly();
    const { build } = await import('../build.js');
    const result = await build(options);
    if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
    // performance.now() counts from the process's start: Node's own start-up and loading Dateline count too.
    return { ms: performance.now(), maxRssMb: rssMb(), articles: result.articles, pages: result.pages, stages: { ...result.stages } };
  }
  const [{ DevSession }, { touchArticle }] = await Promise.all([import('../dev/session.js'), import('./generate.js')]);
  const started = performance.now();
  const session = new DevSession(options, () => 'http://127.0.0.1:8080/');
  const first = await session.start();
  const pages: number[] = [];
  const all: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const file = await touchArticle(input.contentDir, ((input.touchIndex ?? 0) + edit * 7919) % first.articles);
    const edited = performance.now();
    let pagesMs = 0;
    const result = await session.rebuild([{ kind: 'content', file, event: 'change' }], () => { pagesMs = performance.now() - edited; });
    if (!result.ok) throw new Error('dev rebuild failed');
    pages.push(pagesMs);
    all.push(performance.now() - edited);
  }
  session.close();
  return { ms: performance.now() - started, maxRssMb: rssMb(), articles: first.articles, pages: 0, pagesMs: median(pages), allMs: median(all) };
}

function rssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

run(JSON.parse(process.argv[2] ?? '{}') as ScenarioInput).then(
  (output) => process.stdout.write(`${JSON.stringify(output)}\n`),
  (error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  },
);
