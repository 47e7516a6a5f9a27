#!/usr/bin/env node
// The `dateline` command: `build`, `dev` and `new`, with flags parsed by Node's own parseArgs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBuildOptions, type BuildOptions } from './build-options.js';
import type { BuildResult } from './build.js';
import { parseCacheExists } from './cache/parse-cache.js';
import { ConfigError } from './config.js';
import { progressLine } from './progress.js';
import { counted, formatProblems, hasErrors } from './report.js';
import { startWorkersEarly, stopEarlyWorkers } from './workers/pool.js';

const USAGE = `Usage: dateline <command> [options]

Commands:
  build            Build content/ into public/
  dev              Build, serve on 127.0.0.1 and rebuild on change
  new "Headline"   Create a Markdown article dated today

Options:
  --content DIR    Content folder (default: content)
  --out DIR        Output folder (default: public)
  --templates DIR  Templates folder (default: templates)
  --base-url URL   Absolute URL the site is served from, e.g. https://news.example.org/archive/
  --cache-dir DIR  Where parsed articles are cached (default: .dateline-cache)
  --no-cache       Parse every article afresh and keep no cache
  --no-search      Make no search index, whatever the config says
  --no-feeds       Make no feeds, whatever the config says
  --no-related     Show no related articles, whatever the config says
  --topics KIND    Topics from \`tags\` alone, or \`all\` (tags and names found in the text)
  --future         Include articles dated after today
  --drafts         Include drafts
  --all-warnings   build: print every warning (by default 20 of each kind, the rest counted)
  --port N         dev: port to serve on (default 8080; 0 picks a free one)
  --host HOST      dev: address to listen on (default 127.0.0.1, loopback only)
  -h, --help       Show this help`;

const flags = {
  content: { type: 'string' },
  out: { type: 'string' },
  templates: { type: 'string' },
  'base-url': { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  'no-search': { type: 'boolean' },
  'no-feeds': { type: 'boolean' },
  'no-related': { type: 'boolean' },
  topics: { type: 'string' },
  future: { type: 'boolean' },
  drafts: { type: 'boolean' },
  'all-warnings': { type: 'boolean' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function buildOptionsFrom(values: Record<string, string | boolean | undefined>): BuildOptions {
  const root = process.cwd();
  const defaults = defaultBuildOptions(root);
  const dir = (value: string | boolean | undefined, fallback: string) => (typeof value === 'string' ? path.resolve(root, value) : fallback);
  return {
    ...defaults,
    contentDir: dir(values.content, defaults.contentDir),
    outDir: dir(values.out, defaults.outDir),
    templatesDir: dir(values.templates, defaults.templatesDir),
    cacheDir: dir(values['cache-dir'], defaults.cacheDir ?? path.join(root, '.dateline-cache')),
    cache: values['no-cache'] !== true,
    baseUrl: typeof values['base-url'] === 'string' ? values['base-url'] : undefined,
    future: values.future === true,
    drafts: values.drafts === true,
    search: values['no-search'] === true ? false : undefined,
    feeds: values['no-feeds'] === true ? false : undefined,
    related: values['no-related'] === true ? false : undefined,
    // Checked with the config, so a wrong value gets the same clear message as in the file.
    topics: typeof values.topics === 'string' ? values.topics as BuildOptions['topics'] : undefined,
  };
}

async function runBuild(options: BuildOptions, allWarnings: boolean): Promise<number> {
  const started = performance.now();
  // With nothing cached every file will be parsed: the parse threads start loading now, and the rest
  // of Dateline after them.
  if (!options.cache || !options.cacheDir || !parseCacheExists(options.cacheDir)) startWorkersEarly();
  const { build } = await import('./build.js');
  const progress = progressLine(process.stderr);
  const result = await build({ ...options, progress: progress?.update }).finally(() => {
    progress?.clear();
    return stopEarlyWorkers();
  });
  if (result.problems.length) {
    const report = formatProblems(result.problems, { color: process.stderr.isTTY, warningsPerCode: allWarnings ? Infinity : undefined });
    process.stderr.write(`${report}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok || hasErrors(result.problems)) {
    process.stderr.write(`Build failed: nothing was written; ${path.relative(process.cwd(), options.outDir) || '.'} is unchanged.\n`);
    return 1;
  }
  process.stdout.write(`${summaryLine(result, seconds)}\n`);
  return 0;
}

export function summaryLine(result: BuildResult, seconds: string): string {
  const parts = [`Built ${counted(result.articles, 'article')}, ${counted(result.pages, 'page')} in ${seconds} s`];
  const details: string[] = [];
  if (result.cache) details.push(`${result.cache.misses} parsed, ${result.cache.hits} from cache`);
  if (result.rendered !== undefined) details.push(`${counted(result.rendered, 'page')} rendered`);
  if (result.write) details.push(`${counted(result.write.written, 'file')} written, ${result.write.unchanged} unchanged, ${result.write.removed} removed`);
  return details.length ? `${parts[0]} (${details.join('; ')})` : parts[0] as string;
}

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not \`${value}\`.`);
  return port;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: flags, allowPositionals: true });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 1;
  }
  const options = buildOptionsFrom(values);
  switch (command) {
    case 'build':
      return runBuild(options, values['all-warnings'] === true);
    case 'dev':
      // Loaded only when asked for: the watcher and server cost every build ~40 ms of start-up.
      return (await import('./commands/dev.js')).runDev({ build: options, port: portFrom(values.port), host: values.host ?? '127.0.0.1', outGiven: values.out !== undefined });
    case 'new':
      return (await import('./commands/new.js')).runNew(options, rest.join(' '));
    default:
      process.stderr.write(`Unknown command \`${command}\`${rest.length ? '' : ''}.\n\n${USAGE}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      const where = error.problems.every((problem) => problem.file === 'command line') ? 'the command' : 'the config';
      process.stderr.write(`${formatProblems(error.problems)}\nBuild failed: fix ${where} and build again.\n`);
    } else if (/^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code))) {
      // The disk, not Dateline: full, read-only, a name too long. Its own words say which.
      process.stderr.write(`Dateline could not read or write a file: ${(error as Error).message}.\n`
        + 'Check the disk has room and the folders can be written, then build again.\n');
    } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    } else {
      process.stderr.write(`Dateline failed unexpectedly: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
