// `npm run bench` with options that make no sense says which and how to call it, before it generates
// or builds anything, and never with a stack trace.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
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

  it('prints the usage for --help', async () => {
    const { code, stdout } = await bench('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run bench -- \[--sizes/);
  });
});
