// `kill -9` at any moment of a build leaves the previous site intact, and the next build is correct.
// Real builds run as child processes of the compiled CLI and are killed with SIGKILL, process group
// and all, at moments spread over a build: parsing, rendering, staging, carrying over, swapping.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, touchArticle } from '../src/bench/generate.js';
import { ensureCompiled, CLI } from './helpers/cli.js';
import { projectRoot, remove, tempDir } from './helpers/site.js';
import { siblingsOf, snapshotTree } from './helpers/tree.js';

/** Enough articles that a build takes a while on a busy machine, few enough to stay quick. */
const ARTICLES = 150;

interface Run {
  child: ChildProcess;
  done: Promise<number | null>;
}

function startBuild(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, 'build', ...args], { cwd: projectRoot, detached: true, stdio: 'ignore' });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('killing a build with SIGKILL', () => {
  let dir: string;
  let content: string;
  let out: string;
  let buildArgs: (outDir: string) => string[];
  let editedBuildMs: number;
  beforeAll(async () => {
    await ensureCompiled();
    dir = await tempDir();
    content = path.join(dir, 'content');
    out = path.join(dir, 'public');
    await generateArchive({ count: ARTICLES, format: 'mixed', seed: 20, outDir: content });
    buildArgs = (outDir) => ['--content', content, '--out', outDir, '--cache-dir', path.join(dir, 'cache')];
    expect(await startBuild(buildArgs(out)).done).toBe(0);
    // The builds that get killed follow an edit, so time one such build to spread the kills over it.
    await touchArticle(content, 1);
    const started = Date.now();
    expect(await startBuild(buildArgs(out)).done).toBe(0);
    editedBuildMs = Date.now() - started;
  }, 180_000);
  afterAll(() => remove(dir));

  /** Whether a tree is exactly what a complete build of the current content gives. */
  async function equalsFreshBuild(tree: unknown, n: number): Promise<boolean> {
    const fresh = path.join(dir, `check-${n}`);
    expect(await startBuild([...buildArgs(fresh).slice(0, 4), '--cache-dir', path.join(dir, `check-cache-${n}`)]).done).toBe(0);
    const same = JSON.stringify(await snapshotTree(fresh)) === JSON.stringify(tree);
    await remove(fresh);
    await remove(path.join(dir, `check-cache-${n}`));
    return same;
  }

  it('leaves the previous output intact each time, and the next build is correct', async () => {
    const moments = [50, 200, ...[0.15, 0.35, 0.55, 0.75, 0.9, 0.97].map((share) => Math.round(share * editedBuildMs))];
    let previous = await snapshotTree(out);
    let killedMidBuild = 0;
    for (const [n, moment] of moments.entries()) {
      await touchArticle(content, n * 7);
      const run = startBuild(buildArgs(out));
      const finished = await Promise.race([run.done.then(() => true), sleep(moment).then(() => false)]);
      if (!finished) {
        process.kill(-run.child.pid!, 'SIGKILL');
        await run.done;
        killedMidBuild++;
      }
      const now = await snapshotTree(out);
      // A kill after the swap but before the process exits leaves the new site, whole: also fine.
      const whole = finished || JSON.stringify(now) === JSON.stringify(previous) || await equalsFreshBuild(now, n);
      if (whole) previous = now;
      expect({ moment, finished, intact: existsSync(out) && whole }).toEqual({ moment, finished, intact: true });
    }
    expect(killedMidBuild).toBeGreaterThanOrEqual(moments.length / 2);

    expect(await startBuild(buildArgs(out)).done).toBe(0);
    const fresh = path.join(dir, 'fresh');
    expect(await startBuild(buildArgs(fresh)).done).toBe(0);
    expect(await snapshotTree(out)).toEqual(await snapshotTree(fresh));
    expect((await siblingsOf(out)).filter((name) => name.startsWith('public'))).toEqual(['public']);
  }, 300_000);
});
