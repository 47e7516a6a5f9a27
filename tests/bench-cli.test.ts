// `npm run bench` with options that make no sense says which and how to call it, before it generates
// or builds anything, and never with a stack trace.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCompiled } from './helpers/cli.js';
import { projectRoot } from './helpers/site.js';

const BENCH = path.join(projectRoot, 'dist/bench/cli.js');

async function bench(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [BENCH, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));
}

describe('the bench command line', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureCompiled();
    dir = await mkdtemp(path.join(tmpdir(), 'dateline-bench-cli-'));
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    [['--site', 'huge'], '--site is full or minimal, not `huge`'],
    [['--topics', 'none'], '--topics is all or tags, not `none`'],
    [['--sizes', '1000,lots'], '--sizes takes whole numbers above 0, not `1000,lots`'],
    [['--formats', 'html'], '--formats takes wire and markdown, not `html`'],
    [['--runs', '0'], '--runs takes a whole number above 0, not `0`'],
    [['--size', '10'], "Unknown option '--size'"],
  ])('refuses %j with a reason and the usage', async (args, reason) => {
    const { code, stderr } = await bench(...args, '--dir', dir);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([expect.stringContaining(reason), expect.stringMatching(/^Usage: npm run bench/), '']);
    // Nothing was generated or built.
    expect(await readdir(dir)).toEqual([]);
  });

  it('runs a small archive past what an interrupted run left, and leaves only its archive and figures', async () => {
    // One run stopped mid-build, and one stopped before it could delete what the one before it left.
    for (const left of [path.join(dir, 'work', 'wire-30', 'run-1', 'public'), path.join(dir, 'work-left-1', 'wire-30', 'run-1')]) {
      await mkdir(left, { recursive: true });
      await writeFile(path.join(left, 'index.html'), 'from a run that was stopped');
    }
    const { code, stdout } = await bench('--sizes', '30', '--formats', 'wire', '--runs', '1', '--dir', dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\| wire +\| 30 +\| \d+ +\| [\d.]+ s +\| [\d.]+ s +\| \d+ ms/m);
    const figures = JSON.parse(await readFile(path.join(dir, 'latest.json'), 'utf8')) as { rows: { format: string; count: number }[] };
    expect(figures.rows.map(({ format, count }) => [format, count])).toEqual([['wire', 30]]);
    expect((await readdir(dir)).sort()).toEqual(['archives', 'latest.json', 'results', 'site-full']);
  }, 120_000);

  it('prints the usage for --help', async () => {
    const { code, stdout } = await bench('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run bench -- \[--sizes/);
  });
});
