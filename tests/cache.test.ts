// The persistent cache: what a second build skips, and what a template or config change invalidates.
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../src/build.js';
import { CLI, ensureCompiled } from './helpers/cli.js';
import { fixture, projectRoot, read, remove, tempDir } from './helpers/site.js';

let dir: string;
let options: BuildOptions;

beforeEach(async () => {
  dir = await tempDir();
  await cp(path.join(projectRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  await writeFile(path.join(dir, 'dateline.config.yaml'), 'title: Cache test\nsearch: false\n');
  options = {
    root: dir, contentDir: path.join(fixture('basic'), 'content'), outDir: path.join(dir, 'public'),
    templatesDir: path.join(dir, 'templates'), cacheDir: path.join(dir, 'cache'), cache: true,
  };
});
afterEach(() => remove(dir));

describe('the parse cache and page keys', () => {
  it('parses and renders nothing on a second build of unchanged content', async () => {
    const first = await build(options);
    expect(first.cache).toEqual({ hits: 0, misses: 3 + 2 });
    const second = await build(options);
    expect(second.cache).toEqual({ hits: 5, misses: 0 });
    expect(second.rendered).toBe(0);
    expect(second.write).toMatchObject({ written: 0, removed: 0 });
  });

  it('keeps every page of an unchanged site, and puts back a page deleted from the output', async () => {
    const first = await build(options);
    const second = await build(options);
    expect(second.pages).toBe(first.pages);
    expect(second.rendered).toBe(0);
    const page = '2021/03/04/officials-in-capital-open-new-bridge-over-river/index.html';
    const before = await read(options.outDir, page);
    await rm(path.join(options.outDir, page));
    const third = await build(options);
    expect(third.rendered).toBe(1);
    expect(third.pages).toBe(first.pages);
    expect(await read(options.outDir, page)).toBe(before);
  });

  it('re-parses only the edited file', async () => {
    const content = path.join(dir, 'content');
    await cp(options.contentDir, content, { recursive: true });
    await build({ ...options, contentDir: content });
    const file = path.join(content, '2021/wire-story.txt');
    await writeFile(file, `${await readFile(file, 'utf8')}\nOne more paragraph.\n`);
    const again = await build({ ...options, contentDir: content });
    expect(again.cache).toEqual({ hits: 4, misses: 1 });
    expect(again.rendered).toBeGreaterThan(0);
    expect(again.rendered).toBeLessThan(again.pages);
  });

  it('keeps every parse but renders every page again when a template changes', async () => {
    const first = await build(options);
    const template = path.join(dir, 'templates/base.njk');
    await writeFile(template, (await readFile(template, 'utf8')).replace('</body>', '<!-- changed --></body>'));
    const second = await build(options);
    expect(second.cache).toEqual({ hits: 5, misses: 0 });
    expect(second.rendered).toBe(first.pages);
    expect(await read(options.outDir, 'index.html')).toContain('<!-- changed -->');
  });

  it('keeps every parse when a setting the parser does not use changes, and re-parses when the language changes', async () => {
    await build(options);
    await writeFile(path.join(dir, 'dateline.config.yaml'), 'title: Renamed site\nsearch: false\n');
    const renamed = await build(options);
    expect(renamed.cache).toEqual({ hits: 5, misses: 0 });
    expect(await read(options.outDir, 'index.html')).toContain('Renamed site');
    await writeFile(path.join(dir, 'dateline.config.yaml'), 'title: Renamed site\nsearch: false\nlanguage: fr\n');
    const french = await build(options);
    expect(french.cache).toEqual({ hits: 0, misses: 5 });
    expect(await read(options.outDir, '2021/03/04/rocket-launches-from-the-new-pad/index.html')).toContain('lang="fr"');
  });

  it('keeps no cache with cache: false, and puts it where cacheDir says', async () => {
    await build({ ...options, cache: false });
    expect((await readdir(dir)).sort()).toEqual(['dateline.config.yaml', 'public', 'templates']);
    await build({ ...options, cacheDir: path.join(dir, 'elsewhere') });
    expect((await readdir(path.join(dir, 'elsewhere'))).some((name) => name.endsWith('.pack'))).toBe(true);
  });
});

describe('related articles kept between builds', () => {
  it('stores the lists in the cache folder, and works a damaged file out again without changing any page', async () => {
    await ensureCompiled();
    const args = ['build', '--content', options.contentDir, '--out', options.outDir, '--templates', options.templatesDir,
      '--cache-dir', options.cacheDir as string];
    const run = async () => (await promisify(execFile)(process.execPath, [CLI, ...args], { cwd: dir })).stdout;
    const articles = Number(/^Built (\d+) articles/.exec(await run())?.[1]);
    const files = (await readdir(options.cacheDir as string)).filter((name) => /^related-.*\.json$/.test(name));
    expect(files).toHaveLength(1);
    const file = path.join(options.cacheDir as string, files[0] as string);
    const lists = JSON.parse(await readFile(file, 'utf8')) as number[][];
    expect(lists).toHaveLength(articles);
    expect(lists.flat().length).toBeGreaterThan(0);
    await writeFile(file, '[[999]]');
    expect(await run()).toMatch(/ 0 pages rendered; 0 files written/);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(lists);
  }, 120_000);
});
