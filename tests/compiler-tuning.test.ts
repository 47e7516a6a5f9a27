// The smaller inlining budget is for short builds only: a large archive keeps V8's default, under
// which its long-running code is faster. What the budget buys is speed, which `npm run bench`
// measures; this guards which builds get it. Flags are process-wide, so each case is a fresh process.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCompiled } from './helpers/cli.js';
import { projectRoot } from './helpers/site.js';

/** What `tuneCompilerFor` answers for each archive size in turn, in a fresh process. */
function tunedFor(sizes: number[]): boolean[] {
  const module = pathToFileURL(path.join(projectRoot, 'dist/compiler-tuning.js')).href;
  const script = `const { tuneCompilerFor } = await import(${JSON.stringify(module)});
    console.log(JSON.stringify(${JSON.stringify(sizes)}.map((size) => tuneCompilerFor(size))));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as boolean[];
}

describe('compiler tuning', () => {
  beforeAll(() => ensureCompiled(), 120_000);

  const measured = /^11\./.test(process.versions.v8);

  it('leaves V8 alone for an archive of 10,000 files or more', () => {
    expect(tunedFor([10_000, 100_000])).toEqual([false, false]);
  });

  it('tunes a short build on the V8 it was measured on, and only there', () => {
    expect(tunedFor([4_000])).toEqual([measured]);
    // Once set it stays set: a later large build in the same process cannot unset a process-wide flag.
    expect(tunedFor([4_000, 100_000])).toEqual([measured, measured]);
  });
});
