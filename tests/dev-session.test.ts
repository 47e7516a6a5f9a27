// The dev session's rebuilds: what an edit rewrites, and that a quick rebuild equals a full one.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BuildOptions } from '../src/build.js';
import type { Change } from '../src/dev/changes.js';
import { DevSession } from '../src/dev/session.js';
import { fixture, projectRoot, read, remove, tempDir } from './helpers/site.js';

let dir: string;
let options: BuildOptions;
let session: DevSession;
const WIRE = 'content/2021/wire-story.txt';

beforeEach(async () => {
  dir = await tempDir();
  await cp(path.join(fixture('basic'), 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  await writeFile(path.join(dir, 'dateline.config.yaml'), 'title: Dev session test\nsearch: false\n');
  options = { root: dir, contentDir: path.join(dir, 'content'), outDir: path.join(dir, 'dev'), templatesDir: path.join(dir, 'templates'),
    cacheDir: path.join(dir, 'cache'), cache: true };
  session = new DevSession(options, () => 'http://127.0.0.1:8080/');
  expect((await session.start()).ok).toBe(true);
});
afterEach(async () => {
  session.close();
  await remove(dir);
});

const change = (file: string, event: Change['event'] = 'change'): Change => ({ kind: 'content', file: path.join(dir, file), event });

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const full = path.join(dir, file);
  await writeFile(full, (await readFile(full, 'utf8')).replace(from, to));
}

describe('dev rebuilds', () => {
  it('rewrites only the article page when only its body changed, exactly as a full rebuild would', async () => {
    await edit(WIRE, 'Local shops expect more customers.', 'Local shops expect many more customers.');
    const result = await session.rebuild([change(WIRE)]);
    expect(result.ok).toBe(true);
    expect(result.changedFiles).toEqual(['2021/03/04/officials-in-capital-open-new-bridge-over-river/index.html']);
    const quick = await read(options.outDir, result.changedFiles[0] as string);
    expect(quick).toContain('many more customers');
    const fresh = new DevSession({ ...options, outDir: path.join(dir, 'fresh') }, () => 'http://127.0.0.1:8080/');
    await fresh.start();
    fresh.close();
    expect(await read(path.join(dir, 'fresh'), result.changedFiles[0] as string)).toBe(quick);
  });

  it('reads an article saved in the same moment as a template, and shows both changes', async () => {
    await edit(WIRE, 'Local shops expect more customers.', 'Local shops expect many more customers.');
    await edit('templates/base.njk', '</body>', '<!-- template edited --></body>');
    const result = await session.rebuild([change(WIRE), { kind: 'templates', file: path.join(dir, 'templates/base.njk'), event: 'change' }]);
    expect(result.ok).toBe(true);
    const page = await read(options.outDir, '2021/03/04/officials-in-capital-open-new-bridge-over-river/index.html');
    expect(page).toContain('many more customers');
    expect(page).toContain('<!-- template edited -->');
  });

  it('shows the body as it is again after an edit is undone, in a full rebuild as in a quick one', async () => {
    const page = '2021/03/04/officials-in-capital-open-new-bridge-over-river/index.html';
    const original = await read(options.outDir, page);
    await edit(WIRE, 'Local shops expect more customers.', 'Local shops expect many more customers.');
    await session.rebuild([change(WIRE)]);
    await edit(WIRE, 'Local shops expect many more customers.', 'Local shops expect more customers.');
    // With a template event too, the undo makes a full rebuild, which must not keep the quick rebuild's page.
    const undone = await session.rebuild([change(WIRE), { kind: 'templates', file: path.join(dir, 'templates/base.njk'), event: 'change' }]);
    expect(undone.ok).toBe(true);
    expect(await read(options.outDir, page)).toBe(original);
  });

  it('shows the body as it is after a quick rebuild, an undo while stopped, and a restart', async () => {
    const page = '2021/03/04/officials-in-capital-open-new-bridge-over-river/index.html';
    const original = await read(options.outDir, page);
    await edit(WIRE, 'Local shops expect more customers.', 'Local shops expect many more customers.');
    await session.rebuild([change(WIRE)]);
    session.close();
    await edit(WIRE, 'Local shops expect many more customers.', 'Local shops expect more customers.');
    session = new DevSession(options, () => 'http://127.0.0.1:8080/');
    expect((await session.start()).ok).toBe(true);
    expect(await read(options.outDir, page)).toBe(original);
  });

  it('rewrites the listings and neighbours too when the lede (the summary) changes', async () => {
    await edit(WIRE, 'opened a new bridge', 'opened a long new bridge');
    const result = await session.rebuild([change(WIRE)]);
    expect(result.changedFiles).toContain('index.html');
    expect(result.changedFiles).toContain('2021/03/04/index.html');
    expect(await read(options.outDir, 'index.html')).toContain('opened a long new bridge');
  });

  it('keeps the last good pages when a file breaks, and catches up when it is fixed', async () => {
    const before = await read(options.outDir, 'index.html');
    await writeFile(path.join(dir, 'content/broken.md'), '---\ntitle: "Unclosed\n---\nText.\n');
    const broken = await session.rebuild([change('content/broken.md', 'add')]);
    expect(broken.ok).toBe(false);
    expect(broken.problems.map((problem) => [problem.file, problem.code])).toContainEqual(['broken.md', 'invalid-front-matter']);
    expect(await read(options.outDir, 'index.html')).toBe(before);
    await rm(path.join(dir, 'content/broken.md'));
    await edit(WIRE, 'Local shops', 'Local traders');
    const fixed = await session.rebuild([change('content/broken.md', 'unlink'), change(WIRE)]);
    expect(fixed.ok).toBe(true);
    expect(await read(options.outDir, '2021/03/04/officials-in-capital-open-new-bridge-over-river/index.html')).toContain('Local traders');
  });

  it('re-renders every page when a template changes', async () => {
    await edit('templates/base.njk', '</body>', '<!-- template edit --></body>');
    const result = await session.rebuild([{ kind: 'templates', file: path.join(dir, 'templates/base.njk'), event: 'change' }]);
    expect(result.ok).toBe(true);
    for (const page of ['index.html', 'topics/index.html', '2021/03/04/officials-in-capital-open-new-bridge-over-river/index.html']) {
      expect(result.changedFiles).toContain(page);
      expect(await read(options.outDir, page)).toContain('<!-- template edit -->');
    }
  });
});
