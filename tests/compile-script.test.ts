// `npm run build` compiles Dateline only when its sources changed: skipping tsc saves two seconds a
// build, but a stale dist/ would build sites with old code, so every kind of change must count.
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileNeeded } from '../scripts/compile.mjs';
import { remove, tempDir } from './helpers/site.js';

let root: string;
let stamp: string;
const HOUR_AGO = new Date(Date.now() - 3_600_000);
const NOW = new Date();

/** Writes a file dated an hour ago, before the stamp. */
function oldFile(file: string, text = ''): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  utimesSync(path.join(root, file), HOUR_AGO, HOUR_AGO);
}

beforeEach(async () => {
  root = await tempDir();
  for (const file of ['src/cli.ts', 'src/content/wire.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'dist/cli.js']) oldFile(file);
  for (const dir of ['src/content', 'src']) utimesSync(path.join(root, dir), HOUR_AGO, HOUR_AGO);
  stamp = path.join(root, 'stamp');
  writeFileSync(stamp, '');
  utimesSync(stamp, NOW, NOW);
});
afterEach(() => remove(root));

const touch = (file: string) => utimesSync(path.join(root, file), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));

describe('compiling only when needed', () => {
  it('skips tsc when nothing changed since the last compile', () => {
    expect(compileNeeded(root, stamp)).toBe(false);
  });

  it('compiles when a source deep in src/ changed', () => {
    touch('src/content/wire.ts');
    expect(compileNeeded(root, stamp)).toBe(true);
  });

  it('compiles when a source was added', () => {
    writeFileSync(path.join(root, 'src/content/new.ts'), '');
    expect(compileNeeded(root, stamp)).toBe(true);
  });

  it('compiles when a source was removed', () => {
    rmSync(path.join(root, 'src/content/wire.ts'));
    utimesSync(path.join(root, 'src/content'), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(compileNeeded(root, stamp)).toBe(true);
  });

  it('compiles when a tsconfig or package.json changed', () => {
    touch('tsconfig.build.json');
    expect(compileNeeded(root, stamp)).toBe(true);
    utimesSync(path.join(root, 'tsconfig.build.json'), HOUR_AGO, HOUR_AGO);
    touch('package.json');
    expect(compileNeeded(root, stamp)).toBe(true);
  });

  it('compiles when dist/ or the stamp of the last compile is missing', () => {
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(compileNeeded(root, stamp)).toBe(true);
    oldFile('dist/cli.js');
    rmSync(stamp);
    expect(compileNeeded(root, stamp)).toBe(true);
  });
});
