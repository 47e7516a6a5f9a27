// One measured run of the benchmark, in a fresh process so peak memory is its own.
// Usage (internal): node dist/bench/child.js '<json ScenarioInput>'; prints one JSON line.
import { build, defaultBuildOptions } from '../build.js';
import { DevSession } from '../dev/session.js';
import { touchArticle } from './generate.js';
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
  const started = performance.now();
  if (input.kind === 'build') {
    const result = await build(options);
    if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
    return { ms: performance.now() - started, maxRssMb: rssMb(), articles: result.articles, pages: result.pages, stages: { ...result.stages } };
  }
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
