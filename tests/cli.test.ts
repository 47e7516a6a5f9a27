// The command line a user runs: invalid content exits non-zero with every problem listed and no stack
// trace, and leaves the output folder byte-for-byte as it was; hostile content builds with warnings.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureCompiled } from './helpers/cli.js';
import { fixture, listFiles, projectRoot, read, remove, tempDir } from './helpers/site.js';
import { snapshotTree } from './helpers/tree.js';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** Killed for running past its time: a command that did not end by itself. */
  killed?: boolean;
}

async function dateline(...args: string[]): Promise<Outcome> {
  return datelineIn(projectRoot, ...args);
}

/** The command run from `cwd`, as from a project of the user's own. */
async function datelineIn(cwd: string, ...args: string[]): Promise<Outcome> {
  return run(process.execPath, [CLI, ...args], cwd);
}

/** `npm run build -- args`, as the README has a user run it. */
async function npmBuild(...args: string[]): Promise<Outcome> {
  return run('npm', ['run', '--silent', 'build', '--', ...args], projectRoot);
}

async function run(command: string, args: string[], cwd: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string; killed: boolean };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, killed: failed.killed };
  }
}

const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/m;

/** Runs a test in a fresh folder of its own, removed afterwards even when an assertion fails. */
async function inTempDir(test: (dir: string) => Promise<void>): Promise<void> {
  await ensureCompiled();
  const dir = await tempDir();
  try {
    await test(dir);
  } finally {
    await remove(dir);
  }
}

describe('dateline build on invalid content', () => {
  let dir: string;
  let out: string;
  let before: Record<string, string>;
  let outcome: Outcome;
  beforeAll(async () => {
    await ensureCompiled();
    dir = await tempDir();
    out = path.join(dir, 'public');
    const cache = ['--cache-dir', path.join(dir, 'cache')];
    expect((await dateline('build', '--content', path.join(fixture('basic'), 'content'), '--out', out, ...cache)).code).toBe(0);
    await writeFile(path.join(out, 'sentinel.html'), 'put here by the operator');
    await mkdir(path.join(out, 'operator'));
    await writeFile(path.join(out, 'operator', 'notes.txt'), 'also the operator\'s');
    before = await snapshotTree(out);
    outcome = await dateline('build', '--content', path.join(fixture('invalid-mixed'), 'content'), '--out', out, ...cache);
  }, 120_000);
  afterAll(() => remove(dir));

  it('exits non-zero', () => {
    expect(outcome.code).not.toBe(0);
  });

  it('lists every bad file in one run, with line:column, a hint and the code', () => {
    for (const file of ['2023/nested/wire-feb-30.txt', '2023/wire-no-date.txt', '2023/wire-date-only.txt', 'bad-indentation.md', 'empty.md',
      'scan.md', 'unclosed-front-matter.md', 'yesterday-ish.md', 'not-a-leap-year.md', 'whitespace-and-bom.txt']) {
      expect(outcome.stderr.split('\n')).toContain(file);
    }
    expect(outcome.stderr).toMatch(/^not-a-leap-year\.md\n\s*3:7\s+error\s+`2023-02-29` is not a real date\. Hint: .+\s+invalid-date\s+dateline$/m);
    expect(outcome.stderr).toMatch(/^scan\.md\n.*error.+Hint: .+binary-file/m);
    expect(outcome.stderr).toMatch(/✖ 22 errors/);
    expect(outcome.stderr).not.toContain('good.md');
  });

  it('prints no stack trace', () => {
    expect(outcome.stderr).not.toMatch(STACK_TRACE);
    expect(outcome.stderr).not.toMatch(/unexpected/i);
  });

  it('leaves the output folder byte-for-byte as it was, the operator\'s own files included', async () => {
    expect(await snapshotTree(out)).toEqual(before);
    expect(before).toHaveProperty(['sentinel.html']);
    expect(before).toHaveProperty(['operator/notes.txt']);
  });
});

describe('npm run build', () => {
  it('builds, and ends with the build\'s own exit code and messages', async () => {
    await inTempDir(async (dir) => {
      const good = await npmBuild('--content', path.join(fixture('basic'), 'content'), '--out', path.join(dir, 'good'), '--no-cache');
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(/^Built \d+ articles/m);
      expect(existsSync(path.join(dir, 'good', 'index.html'))).toBe(true);
      const bad = await npmBuild('--content', path.join(fixture('invalid-mixed'), 'content'), '--out', path.join(dir, 'bad'), '--no-cache');
      expect(bad.code).toBe(1);
      expect(bad.stderr.split('\n')).toContain('2023/wire-no-date.txt');
      expect(bad.stderr).not.toMatch(STACK_TRACE);
      expect(existsSync(path.join(dir, 'bad'))).toBe(false);
    });
  }, 120_000);
});

describe('dateline build on hostile content', () => {
  it('succeeds, and warns about the file it read as Windows-1252 by name', async () => {
    await inTempDir(async (dir) => {
      const outcome = await dateline('build', '--content', path.join(fixture('hostile'), 'content'), '--out', path.join(dir, 'public'), '--no-cache');
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatch(/^Built 18 articles/);
      expect(outcome.stderr).toMatch(/^windows-1252\.txt\n.*warning.+Windows-1252.+decoded-as-windows-1252/m);
      expect(outcome.stderr).toMatch(/^slug-traversal\.md\n.*warning.+`\.\.\/\.\.\/etc\/passwd`.+unsafe-slug/m);
      expect(outcome.stderr).not.toMatch(STACK_TRACE);
    });
  }, 120_000);
});

describe('dateline build for a minimal site, output to a pipe', () => {
  it('makes no search index or feeds with --no-search --no-feeds, and prints one summary line and no progress', async () => {
    await inTempDir(async (dir) => {
      const out = path.join(dir, 'public');
      const outcome = await dateline('build', '--content', fixture('basic'), '--out', out, '--no-cache', '--no-search', '--no-feeds');
      expect(outcome.code).toBe(0);
      expect(outcome.stdout).toMatch(/^Built \d+ articles, \d+ pages in [\d.]+ s \(.*\)\n$/);
      expect(outcome.stderr).not.toMatch(/Parsing|Rendering|\r|\x1b/);
      const files = Object.keys(await snapshotTree(out));
      expect(files).toContain('index.html');
      expect(files.filter((file) => file.startsWith('search-index/') || file.startsWith('search/') || /feed|atom/.test(file))).toEqual([]);
    });
  }, 120_000);
});

describe('related articles on and off', () => {
  it('shows related articles on article pages, and none with --no-related or `related: false`', async () => {
    await inTempDir(async (dir) => {
      const content = path.join(fixture('basic'), 'content');
      /** The article pages of an output folder that show related articles, and how many article pages there are. */
      const related = async (out: string) => {
        const pages = (await listFiles(path.join(dir, out))).filter((file) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(file));
        const showing = [];
        for (const page of pages) if ((await read(path.join(dir, out), page)).includes('id="related-heading"')) showing.push(page);
        return { pages: pages.length, showing };
      };
      const build = async (out: string, ...flags: string[]) =>
        expect((await dateline('build', '--content', content, '--out', path.join(dir, out), '--no-cache', '--no-search', '--no-feeds', ...flags)).code).toBe(0);
      await build('on');
      const on = await related('on');
      expect(on.showing.length).toBeGreaterThan(0);
      await build('off', '--no-related');
      expect(await related('off')).toEqual({ pages: on.pages, showing: [] });
      await writeFile(path.join(dir, 'dateline.config.yaml'), 'related: false\n');
      const fromConfig = await datelineIn(dir, 'build', '--content', content, '--out', path.join(dir, 'config'), '--no-cache',
        '--templates', path.join(projectRoot, 'templates'));
      expect(fromConfig.code).toBe(0);
      expect(await related('config')).toEqual({ pages: on.pages, showing: [] });
    });
  }, 120_000);

  it('fails a `related` setting that is not true or false, naming it', async () => {
    await inTempDir(async (dir) => {
      await writeFile(path.join(dir, 'dateline.config.yaml'), 'related: sometimes\n');
      const outcome = await datelineIn(dir, 'build', '--content', path.join(fixture('basic'), 'content'), '--out', path.join(dir, 'public'),
        '--no-cache', '--templates', path.join(projectRoot, 'templates'));
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain('`related` must be true or false.');
      expect(outcome.stderr).not.toMatch(STACK_TRACE);
    });
  }, 60_000);
});

describe('dateline build with nothing cached and a broken config', () => {
  // With no parse cache the parse threads start before the config is read; a config that fails must
  // still end the command at once, with its message, the threads stopped.
  it('exits non-zero with the config\'s problem, no stack trace, and writes nothing', async () => {
    await inTempDir(async (dir) => {
      await writeFile(path.join(dir, 'dateline.config.yaml'), 'title: [unclosed\n');
      const outcome = await datelineIn(dir, 'build', '--content', path.join(fixture('basic'), 'content'),
        '--templates', path.join(projectRoot, 'templates'), '--cache-dir', path.join(dir, 'cache'));
      expect(outcome.killed).toBe(false);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain('The config is not valid YAML');
      expect(outcome.stderr).not.toMatch(STACK_TRACE);
      expect(Object.keys(await snapshotTree(dir)).sort()).toEqual(['dateline.config.yaml']);
    });
  }, 60_000);
});

describe('dateline build with a bad flag value', () => {
  it('names the flag and the command line, not the config file', async () => {
    await inTempDir(async (dir) => {
      const outcome = await dateline('build', '--content', path.join(fixture('basic'), 'content'), '--out', path.join(dir, 'public'),
        '--no-cache', '--topics', 'nonsense', '--base-url', 'news.example.org');
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toContain('command line');
      expect(outcome.stderr).toContain('`--topics` must be `all` (tags and names found in the text) or `tags`, not `nonsense`.');
      expect(outcome.stderr).toContain('`--base-url` must be an absolute http(s) URL such as https://news.example.org/archive/, not `news.example.org`.');
      expect(outcome.stderr).toContain('Build failed: fix the command and build again.');
      expect(outcome.stderr).not.toContain('dateline.config.yaml');
      expect(outcome.stderr).not.toMatch(STACK_TRACE);
      expect(Object.keys(await snapshotTree(dir))).toEqual([]);
    });
  }, 60_000);
});

describe('dateline build when the disk refuses a file', () => {
  // An output folder so deep that its staging folder can be made but no page below it can be named
  // (paths stop at 4,096 bytes): a real file-system failure in the middle of a build, without root.
  it('says the disk refused it, exits 1, and leaves no staging folder behind', async () => {
    await inTempDir(async (dir) => {
      let deep = dir;
      while (deep.length < 3800) deep = path.join(deep, 'd'.repeat(Math.min(250, 3800 - deep.length)));
      await mkdir(deep, { recursive: true });
      const out = path.join(deep, 'o'.repeat(4060 - deep.length));
      const outcome = await dateline('build', '--content', path.join(fixture('basic'), 'content'), '--out', out, '--no-cache');
      expect(outcome.killed).toBeFalsy();
      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toMatch(/^Dateline could not read or write a file: ENAMETOOLONG: name too long/m);
      expect(outcome.stderr).not.toMatch(STACK_TRACE);
      expect(existsSync(`${out}.dateline-staging`)).toBe(false);
      expect(Object.keys(await snapshotTree(dir))).toEqual([]);
    });
  }, 60_000);
});

describe('the summary line', () => {
  it('counts one of a thing in the singular', async () => {
    const { summaryLine } = await import('../src/cli.js');
    const one = { ok: true, problems: [], articles: 1, pages: 1, rendered: 1, cache: { hits: 0, misses: 1 }, write: { written: 1, unchanged: 0, removed: 0 } };
    expect(summaryLine(one, '0.28')).toBe('Built 1 article, 1 page in 0.28 s (1 parsed, 0 from cache; 1 page rendered; 1 file written, 0 unchanged, 0 removed)');
    expect(summaryLine({ ...one, articles: 2, pages: 12, rendered: 0 }, '1.00')).toMatch(/^Built 2 articles, 12 pages in 1\.00 s \(1 parsed, 0 from cache; 0 pages rendered;/);
  });
});
