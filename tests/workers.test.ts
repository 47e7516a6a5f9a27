// Worker threads must change nothing but speed: the compiled build, which parses in worker threads,
// gives byte for byte the site a single-threaded build gives; and a template that fails on a page far
// down the list fails that build cleanly, the last site left as it was; a file that cannot be read is
// reported the same way whether the main thread reads it at once or while workers parse, and the
// articles come back in the order of their files either way.
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { build as buildFunction } from '../src/build.js';
import type { ParseCache as ParseCacheClass } from '../src/cache/parse-cache.js';
import { discoverContent } from '../src/content/discover.js';
import type { loadContent as loadContentFunction } from '../src/content/load.js';
import type { startWorkers as startWorkersFunction } from '../src/workers/pool.js';
import { generateArchive } from '../src/bench/generate.js';
import { ensureCompiled } from './helpers/cli.js';
import { buildInto, projectRoot, remove, tempDir } from './helpers/site.js';
import { snapshotTree } from './helpers/tree.js';

/** More files than the parse stage parses in the main thread. */
const ARTICLES = 320;

/** The feed and search-index files of a built site, with their bytes and inode (a file kept from the last build keeps its inode). */
async function threadFiles(out: string): Promise<Map<string, { text: string; inode: number }>> {
  const files = new Map<string, { text: string; inode: number }>();
  for (const file of await readdir(out, { recursive: true })) {
    if (!/^search-index\/.+\.json$|(^|\/)(feed\.xml|atom\.xml|feed\.json)$/.test(file)) continue;
    const absolute = path.join(out, file);
    files.set(file, { text: await readFile(absolute, 'utf8'), inode: (await stat(absolute)).ino });
  }
  return files;
}

describe('building with worker threads', () => {
  let dir: string;
  let content: string;
  let compiledBuild: typeof buildFunction;
  const options = (outDir: string, templatesDir = path.join(projectRoot, 'templates')) =>
    ({ root: projectRoot, contentDir: content, outDir, templatesDir, cache: false });

  beforeAll(async () => {
    await ensureCompiled();
    dir = await tempDir();
    content = path.join(dir, 'content');
    await generateArchive({ count: ARTICLES, format: 'mixed', seed: 31, outDir: content });
    // The compiled build finds its worker script beside it; the TypeScript sources run single-threaded.
    ({ build: compiledBuild } = await import(pathToFileURL(path.join(projectRoot, 'dist/build.js')).href) as { build: typeof buildFunction });
  }, 120_000);
  afterAll(() => remove(dir));

  it('gives the same site, byte for byte, as one thread', async () => {
    const single = await buildInto(content, path.join(dir, 'single'), { cache: false });
    const threaded = await compiledBuild(options(path.join(dir, 'threaded')));
    expect(single.ok && threaded.ok).toBe(true);
    expect(single.threads).toBe(0);
    expect(threaded.threads).toBeGreaterThanOrEqual(2);
    expect(single.threadedOutputs).toEqual([]);
    expect(threaded.threadedOutputs).toEqual(['search', 'feeds']);
    expect(threaded.rendered).toBe(single.rendered);
    // The manifest holds keys derived from the code's own hash, which differs between src/ and dist/.
    const tree = async (name: string) => {
      const files = await snapshotTree(path.join(dir, name));
      delete files['.dateline-manifest.json'];
      return files;
    };
    const [a, b] = [await tree('single'), await tree('threaded')];
    expect(Object.keys(b).length).toBeGreaterThan(ARTICLES);
    expect(b).toEqual(a);
  }, 180_000);

  it('remakes feeds and the search index in their own thread after an edit, rewriting only the files that changed', async () => {
    const edited = path.join(dir, 'edited-content');
    await cp(content, edited, { recursive: true });
    const out = path.join(dir, 'rebuilt');
    const cacheDir = path.join(dir, 'rebuilt-cache');
    const run = () => compiledBuild({ ...options(out), contentDir: edited, cache: true, cacheDir });
    expect((await run()).threadedOutputs).toEqual(['search', 'feeds']);
    const unchanged = await run();
    expect(unchanged.write).toMatchObject({ written: 0, removed: 0 });
    // The last Markdown file of the archive is among its newest articles, so in the site's feed.
    const markdown = (await discoverContent(edited)).filter((source) => source.path.endsWith('.md')).sort((a, b) => (a.path < b.path ? -1 : 1));
    const file = markdown.at(-1)!.absolutePath;
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Quokkas Elect Their First Mayor'));
    const before = await threadFiles(out);
    const after = await run();
    expect(after.ok).toBe(true);
    expect(after.write!.written).toBeGreaterThan(0);
    // Files of the thread's outputs that came out the same were left as they were, not written again.
    const now = await threadFiles(out);
    const same = [...before].filter(([file, { text }]) => now.get(file)?.text === text);
    expect(same.length).toBeGreaterThan(before.size / 2);
    expect(same.filter(([file, { inode }]) => now.get(file)!.inode !== inode).map(([file]) => file)).toEqual([]);
    const feedAfter = await readFile(path.join(out, 'feed.json'), 'utf8');
    expect(feedAfter).toContain('Quokkas Elect Their First Mayor');
    const shards = await readdir(path.join(out, 'search-index/words'));
    const shardTexts = await Promise.all(shards.map((shard) => readFile(path.join(out, 'search-index/words', shard), 'utf8')));
    expect(shardTexts.some((text) => text.includes('"quokkas"'))).toBe(true);
    // The rebuilt site is byte for byte what a single-threaded build of the edited content gives.
    const fresh = await buildInto(edited, path.join(dir, 'edited-single'), { cache: false });
    expect(fresh.ok).toBe(true);
    const tree = async (folder: string) => {
      const files = await snapshotTree(folder);
      delete files['.dateline-manifest.json'];
      return files;
    };
    expect(await tree(out)).toEqual(await tree(path.join(dir, 'edited-single')));
  }, 180_000);

  it('reports a thread making feeds and the index that cannot read the parse cache, rather than waiting for it', async () => {
    const { OutputThread } = await import(pathToFileURL(path.join(projectRoot, 'dist/outputs/thread.js')).href) as typeof import('../src/outputs/thread.js');
    const staging = await mkdtemp(path.join(os.tmpdir(), 'dateline-staging-'));
    const adopted: string[] = [];
    const thread = new OutputThread({
      names: ['feeds'], site: { articles: [], years: [], topics: [] }, config: {} as never, bodies: new Map(),
      pack: { file: path.join(staging, 'no-such.pack'), slices: new Map() },
      target: { staging, outDir: path.join(dir, 'nowhere'), previousHashes: new Map() },
    }, { adopt: (file) => adopted.push(file) });
    await expect(thread.finish([])).rejects.toMatchObject({ code: 'ENOENT', message: expect.stringContaining('no-such.pack') });
    await thread.stop();
    expect(adopted).toEqual([]);
    await remove(staging);
  });

  it('reports a template that fails on a late page, and leaves the site as it was', async () => {
    const out = path.join(dir, 'broken-out');
    expect((await compiledBuild(options(out))).ok).toBe(true);
    const before = await snapshotTree(out);
    const templates = path.join(dir, 'templates');
    await cp(path.join(projectRoot, 'templates'), templates, { recursive: true });
    const article = path.join(templates, 'article.njk');
    // Fails only far down the article list, long after the first pages were written.
    await writeFile(article, (await readFile(article, 'utf8')).replace('{% block main %}',
      '{% block main %}{% if article.index == 250 %}{{ missing.call() }}{% endif %}'));
    const result = await compiledBuild(options(out, templates));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'template-error', file: 'templates/article.njk' }));
    expect(await snapshotTree(out)).toEqual(before);
  }, 180_000);

  it('reports a file that vanished before it was read, whether or not workers parse', async () => {
    const compiled = async <T>(file: string) => import(pathToFileURL(path.join(projectRoot, 'dist', file)).href) as Promise<T>;
    const { loadContent } = await compiled<{ loadContent: typeof loadContentFunction }>('content/load.js');
    const { startWorkers } = await compiled<{ startWorkers: typeof startWorkersFunction }>('workers/pool.js');
    const { ParseCache } = await compiled<{ ParseCache: typeof ParseCacheClass }>('cache/parse-cache.js');
    const sources = await discoverContent(content);
    const gone = { ...sources[150]!, path: 'gone.md', absolutePath: path.join(content, 'gone.md') };
    const withGone = [...sources.slice(0, 150), gone, ...sources.slice(150)];
    for (const threaded of [false, true]) {
      const workers = threaded ? startWorkers() : undefined;
      expect(!!workers).toBe(threaded);
      const cache = ParseCache.open(await mkdtemp(path.join(os.tmpdir(), 'dateline-nocache-')), 'test', true);
      const loaded = await loadContent(withGone, { defaultLang: 'en', findTopics: true }, cache, workers).finally(() => workers?.close());
      cache.close();
      expect(loaded.articles).toHaveLength(sources.length);
      // In the sources' order, however the batches were shared out and whichever finished first.
      expect(loaded.articles.map((article) => article.meta.source)).toEqual(sources.map((source) => source.path));
      expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([
        expect.objectContaining({ file: 'gone.md', code: 'unreadable-file', message: expect.stringContaining('ENOENT') }),
      ]);
    }
  }, 120_000);
});
