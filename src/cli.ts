#!/usr/bin/env node
// The `dateline` command: `build`, `dev` and `new`, with flags parsed by Node's own parseArgs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, defaultBuildOptions, type BuildOptions } from './build.js';
import { ConfigError } from './config.js';
import { formatProblems, hasErrors } from './report.js';

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
  --future         Include articles dated after today
  --drafts         Include drafts
  -h, --help       Show this help`;

const flags = {
  content: { type: 'string' },
  out: { type: 'string' },
  templates: { type: 'string' },
  'base-url': { type: 'string' },
  future: { type: 'boolean' },
  drafts: { type: 'boolean' },
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
    baseUrl: typeof values['base-url'] === 'string' ? values['base-url'] : undefined,
    future: values.future === true,
    drafts: values.drafts === true,
  };
}

async function runBuild(options: BuildOptions): Promise<number> {
  const started = performance.now();
  const result = await build(options);
  if (result.problems.length) process.stderr.write(`${formatProblems(result.problems, { color: process.stderr.isTTY })}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!result.ok || hasErrors(result.problems)) {
    process.stderr.write(`Build failed: nothing was written; ${path.relative(process.cwd(), options.outDir) || '.'} is unchanged.\n`);
    return 1;
  }
  const write = result.write;
  process.stdout.write(`Built ${result.articles} articles, ${result.pages} pages in ${seconds} s`
    + (write ? ` (${write.written} written, ${write.unchanged} unchanged, ${write.removed} removed)` : '') + '\n');
  return 0;
}

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
      return runBuild(options);
    default:
      process.stderr.write(`Unknown command \`${command}\`${rest.length ? '' : ''}.\n\n${USAGE}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${formatProblems(error.problems)}\nBuild failed: fix the config and build again.\n`);
    } else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    } else {
      process.stderr.write(`Dateline failed unexpectedly: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
