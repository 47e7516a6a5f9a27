// The writer thread that stages a build's files: every file reaches the disk with its hash reported
// once (by the writer, or by the main thread when it takes a batch on), files the last build left with the same bytes are not written again, and a file-system
// failure on that thread fails the build instead of being lost (or leaving the process hanging).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StagingWrites as StagingWritesClass } from '../src/output/staging.js';
import type { StageOutcome } from '../src/output/stage-files.js';
import { ensureCompiled } from './helpers/cli.js';
import { projectRoot, remove, tempDir } from './helpers/site.js';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

describe('the writer thread', () => {
  let dir: string;
  let StagingWrites: typeof StagingWritesClass;

  beforeAll(async () => {
    await ensureCompiled();
    dir = await tempDir();
    // Only the compiled writer script runs on its own thread; the TypeScript sources stage in-thread.
    ({ StagingWrites } = await import(pathToFileURL(path.join(projectRoot, 'dist/output/staging.js')).href) as
      { StagingWrites: typeof StagingWritesClass });
  }, 120_000);
  afterAll(() => remove(dir));

  it('writes every file, reports each hash once, and skips files the last build left unchanged', async () => {
    const staging = path.join(dir, 'staging');
    const outDir = path.join(dir, 'out');
    await mkdir(staging);
    await mkdir(path.join(outDir, 'kept'), { recursive: true });
    await writeFile(path.join(outDir, 'kept', 'index.html'), 'same');
    const writes = new StagingWrites({ staging, outDir });
    const outcomes: [string, StageOutcome][] = [];
    const files = Array.from({ length: 100 }, (_, i) => [`${2000 + (i % 7)}/${i}/index.html`, `<p>page ${i}</p>`] as const);
    for (const [file, content] of files) await writes.add({ file, content }, (outcome) => outcomes.push([file, outcome]));
    await writes.add({ file: 'kept/index.html', content: 'same', previousHash: sha1('same') }, (outcome) => outcomes.push(['kept/index.html', outcome]));
    await writes.add({ file: 'changed.html', content: 'new', previousHash: sha1('old') }, (outcome) => outcomes.push(['changed.html', outcome]));
    await writes.settle();
    await writes.close();
    expect(outcomes.map(([file]) => file).sort()).toEqual([...files.map(([file]) => file), 'kept/index.html', 'changed.html'].sort());
    for (const [file, content] of files) {
      expect(await readFile(path.join(staging, file), 'utf8')).toBe(content);
      expect(outcomes.find(([name]) => name === file)?.[1]).toEqual({ hash: sha1(content), written: true });
    }
    expect(outcomes.find(([file]) => file === 'kept/index.html')?.[1]).toEqual({ hash: sha1('same'), written: false });
    expect(existsSync(path.join(staging, 'kept', 'index.html'))).toBe(false);
    expect(await readFile(path.join(staging, 'changed.html'), 'utf8')).toBe('new');
  });

  it('writes every file when both threads stage at once into the same folders', async () => {
    // Added with no pause, 2,000 files outrun the writer, so this thread stages batches too; the
    // files share their year and month folders, which either thread may make first.
    const staging = path.join(dir, 'both');
    await mkdir(staging);
    const writes = new StagingWrites({ staging, outDir: path.join(dir, 'none') });
    const reported = new Map<string, StageOutcome[]>();
    const files = Array.from({ length: 2000 }, (_, i) => [`${2000 + (i % 5)}/${String(i % 12).padStart(2, '0')}/${i}/index.html`, `<p>${'page '.repeat(i % 50)}${i}</p>`] as const);
    for (const [file, content] of files) {
      await writes.add({ file, content }, (outcome) => reported.set(file, [...reported.get(file) ?? [], outcome]));
    }
    await writes.settle();
    await writes.close();
    for (const [file, content] of files) {
      expect(reported.get(file)).toEqual([{ hash: sha1(content), written: true }]);
      expect(await readFile(path.join(staging, file), 'utf8')).toBe(content);
    }
  });

  it('fails with the file system\'s reason when a file cannot be written', async () => {
    // The staging "folder" is a file, so no page can be written below it.
    const staging = path.join(dir, 'not-a-folder');
    await writeFile(staging, 'a file');
    const writes = new StagingWrites({ staging, outDir: path.join(dir, 'none') });
    const settled = (async () => {
      for (let i = 0; i < 40; i++) await writes.add({ file: `${i}/index.html`, content: 'x' }, () => undefined);
      await writes.settle();
    })();
    await expect(settled).rejects.toThrow(/ENOTDIR/);
    await writes.close();
  });
});
