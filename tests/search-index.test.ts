// The search index as the search page reads it: built from real content, then queried in Node with
// the page's own reader (templates/assets/search-index.js), files read from the built site.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleWords, searchWords } from '../src/content/search-words.js';
import { Postings } from '../src/search/postings.js';
import { shardsOf } from '../src/search/shards.js';
import { DevSession } from '../src/dev/session.js';
import { buildInto, fixture, listFiles, projectRoot, read, remove, tempDir } from './helpers/site.js';
// @ts-expect-error: the page's plain JavaScript module, without types
import { matchesQuery, openIndex, searchWords as pageSearchWords } from '../templates/assets/search-index.js';

interface ArticleRecord { url: string; title: string; date: string; excerpt: string }
interface Search { words: string[]; count: number; page(from: number, to: number): Promise<ArticleRecord[]> }
interface Index { years: [number, number][]; topics: [string, number][]; search(query: string, filters?: object): Promise<Search> }

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
const openBuilt = (out: string): Promise<Index> => openIndex(`${path.join(out, 'search-index')}/`, readJson);
async function titlesFound(index: Index, query: string, filters?: object): Promise<string[]> {
  const search = await index.search(query, filters);
  return (await search.page(0, search.count)).map((record) => record.title);
}

const ARTICLES: { [file: string]: string } = {
  '2021/zurich.md': '---\ntitle: Zürich council approves the tram plan\ndate: 2021-03-04\ntags: [Transport]\n---\n\nThe council in Zürich voted for the tram.\n',
  '2022/ministers.md': '---\ntitle: Ministers meet in Geneva\ndate: 2022-05-06\ntags: [Politics]\n---\n\nForeign ministers met on Monday. The tram was not discussed.\n',
  '2023/budget.md': '---\ntitle: Budget passes\ndate: 2023-01-02\ntags: [Politics, Transport]\n---\n\nThe minister said the budget funds a new tram line in Zurich.\n',
  '2023/other.md': '---\ntitle: Harbour reopens\ndate: 2023-02-03\n---\n\nShips returned to the harbour after the storm.\n',
};

describe('the search index of a small site', () => {
  let root: string;
  let out: string;
  let index: Index;
  beforeAll(async () => {
    root = await tempDir('dateline-search-index-');
    for (const [file, text] of Object.entries(ARTICLES)) {
      await mkdir(path.dirname(path.join(root, 'content', file)), { recursive: true });
      await writeFile(path.join(root, 'content', file), text);
    }
    out = path.join(root, 'public');
    expect((await buildInto(path.join(root, 'content'), out, { cacheDir: path.join(root, 'cache'), related: false, topics: 'tags' })).ok).toBe(true);
    index = await openBuilt(out);
  });
  afterAll(() => remove(root));

  it('finds every article holding all the words, with or without accents, those with them in the headline first', async () => {
    expect(await titlesFound(index, 'zurich tram')).toEqual(['Zürich council approves the tram plan', 'Budget passes']);
    expect(await titlesFound(index, 'ZÜRICH')).toEqual(await titlesFound(index, 'zurich'));
    expect(await titlesFound(index, 'tram')).toEqual(['Zürich council approves the tram plan', 'Budget passes', 'Ministers meet in Geneva']);
    expect(await titlesFound(index, 'harbour tram')).toEqual([]);
    expect(await titlesFound(index, 'volcano')).toEqual([]);
  });

  it('lets a word of three letters or more find longer words it begins, and a shorter one only itself', async () => {
    expect(await titlesFound(index, 'minister')).toEqual(['Ministers meet in Geneva', 'Budget passes']);
    expect(await titlesFound(index, 'harb')).toEqual(['Harbour reopens']);
    expect(await titlesFound(index, 'in')).toEqual(['Ministers meet in Geneva', 'Budget passes', 'Zürich council approves the tram plan']);
  });

  it('narrows to a year and a topic, and lists both filters with their counts', async () => {
    expect(index.years).toEqual([[2023, 2], [2022, 1], [2021, 1]]);
    expect(index.topics).toEqual([['Politics', 2], ['Transport', 2]]);
    expect(await titlesFound(index, 'tram', { year: 2023 })).toEqual(['Budget passes']);
    expect(await titlesFound(index, 'tram', { topic: 'Politics' })).toEqual(['Budget passes', 'Ministers meet in Geneva']);
    expect(await titlesFound(index, '', { topic: 'Transport', year: 2021 })).toEqual(['Zürich council approves the tram plan']);
    expect(await titlesFound(index, 'tram', { topic: 'Nobody' })).toEqual([]);
  });

  it('gives each result its address, day and excerpt', async () => {
    const [record] = await (await index.search('harbour')).page(0, 1);
    expect(record).toEqual({ url: '/2023/02/03/harbour-reopens/', title: 'Harbour reopens', date: '2023-02-03',
      excerpt: 'Ships returned to the harbour after the storm.' });
    expect(await read(out, 'index.html')).toContain('href="/2023/02/03/harbour-reopens/"');
  });

  it('marks the words of an excerpt that the query finds', () => {
    expect(matchesQuery('Zürich', ['zurich'])).toBe(true);
    expect(matchesQuery('ministers', ['minister'])).toBe(true);
    expect(matchesQuery('international', ['in'])).toBe(false);
    expect(matchesQuery('—', ['in'])).toBe(false);
  });

  it('writes nothing when nothing changed, and after an edit only the shards of the words that changed', async () => {
    const before = await indexFiles(out);
    const again = await buildInto(path.join(root, 'content'), out, { cacheDir: path.join(root, 'cache'), related: false, topics: 'tags' });
    expect(again.ok && again.write?.written).toBe(0);
    await writeFile(path.join(root, 'content', '2023/other.md'), `${ARTICLES['2023/other.md']}\nDivers found a wreck.\n`);
    await buildInto(path.join(root, 'content'), out, { cacheDir: path.join(root, 'cache'), related: false, topics: 'tags' });
    const after = await indexFiles(out);
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(after.size / 2);
    expect(await titlesFound(await openBuilt(out), 'wreck')).toEqual(['Harbour reopens']);
  });
});

describe('the search index in dev', () => {
  it('catches up with a body edit once edits pause, as feeds and sitemaps do', async () => {
    const root = await tempDir('dateline-search-dev-');
    try {
      await cp(path.join(fixture('basic'), 'content'), path.join(root, 'content'), { recursive: true });
      await writeFile(path.join(root, 'dateline.config.yaml'), 'title: Dev search test\n');
      const out = path.join(root, 'dev');
      const session = new DevSession({ root, contentDir: path.join(root, 'content'), outDir: out, templatesDir: path.join(projectRoot, 'templates'),
        cacheDir: path.join(root, 'cache'), cache: true }, () => 'http://127.0.0.1:8080/');
      try {
        expect((await session.start()).ok).toBe(true);
        const story = path.join(root, 'content/2021/wire-story.txt');
        await writeFile(story, (await readFile(story, 'utf8')).replace('Local shops expect more customers.', 'Local shops expect zeppelins.'));
        expect((await session.rebuild([{ kind: 'content', file: story, event: 'change' }])).ok).toBe(true);
        expect((await (await openBuilt(out)).search('zeppelins')).count).toBe(0);
        expect((await session.refreshExtras()).ok).toBe(true);
        const found = await (await openBuilt(out)).search('zeppelins');
        expect((await found.page(0, 5)).map((record) => record.url)).toEqual(['/2021/03/04/officials-in-capital-open-new-bridge-over-river/']);
      } finally {
        session.close();
      }
    } finally {
      await remove(root);
    }
  });
});

async function indexFiles(out: string): Promise<Map<string, string>> {
  const files = (await listFiles(out)).filter((file) => file.startsWith('search-index/'));
  return new Map(await Promise.all(files.map(async (file) => [file, await read(out, file)] as [string, string])));
}

describe('the search index of the demo archive', () => {
  let root: string;
  let out: string;
  beforeAll(async () => {
    root = await tempDir('dateline-search-demo-');
    out = path.join(root, 'public');
    expect((await buildInto(path.join(projectRoot, 'content'), out, { cacheDir: path.join(root, 'cache') })).ok).toBe(true);
  });
  afterAll(() => remove(root));

  it('finds every article by the rarest word of its body, and by its whole headline', async () => {
    const index = await openBuilt(out);
    const manifest = await readJson(path.join(out, 'search-index/index.json')) as { articles: number };
    const pages = (await listFiles(out)).filter((file) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(file));
    expect(pages.length).toBe(manifest.articles);
    for (const page of pages) {
      const html = await read(out, page);
      const title = /<h1>([^<]*)<\/h1>/.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') as string;
      const url = `/${page.replace(/index\.html$/, '')}`;
      const found = async (query: string) => (await (await index.search(query)).page(0, 1000)).map((record) => record.url);
      expect(await found(title), title).toContain(url);
    }
  });

  it('cuts text into words the same way at build time and in the browser', async () => {
    const texts = (await listFiles(path.join(projectRoot, 'content'))).slice(0, 40);
    const odd = ["Bolivia's O'Neill", 'São Paulo — Zürich', 'İstanbul ǅemal', '東京 2020 ﬁnance', 'x', 'e\u0301te\u0301', '123-456', '', 'snake_case AND-dash (x2) 7E9', 'ÅNGSTRÖM Ⅻ ½ ²', 'ʻOkina ÿ'];
    for (const text of [...odd, ...(await Promise.all(texts.map((file) => read(path.join(projectRoot, 'content'), file))))]) {
      expect(pageSearchWords(text)).toEqual(searchWords(text));
    }
    expect(searchWords('São Paulo — Zürich’s e\u0301te\u0301 x')).toEqual(['sao', 'paulo', 'zurich', 'ete']);
  });

  it('lists the headline\'s words apart, so the index can mark them, and every other word once', () => {
    expect(articleWords('Zürich votes: tram', 'The tram vote in Zurich. Votes were counted.')).toBe('zurich votes tram\nthe vote in were counted');
    expect(articleWords('', 'Body only')).toBe('\nbody only');
  });

  it('cuts any text the same way at build time and in the browser', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '\n', '\t', '-', '_', '.', "'", '’', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'Σ', 'σ', 'ñ', '\u00a0', '½', '東', '\u{1D400}') }));
    fc.assert(fc.property(text, (value) => { expect(pageSearchWords(value)).toEqual(searchWords(value)); }), { numRuns: 2000 });
  });
});

describe('shards', () => {
  const postingsOf = (words: string[], articles = 1): Map<string, Postings> => new Map(words.map((word) => {
    const postings = new Postings();
    for (let i = 0; i < articles; i++) postings.add(i, false);
    return [word, postings];
  }));

  it('put every word in the shard of the longest key it begins with, and split a crowded beginning further', () => {
    const words = ['co', 'coal', 'coast', 'council', 'count', 'court', 'cover', 'crime', 'zoo'];
    const shards = shardsOf(postingsOf(words, 10), 80);
    const keys = shards.map((shard) => shard.key);
    expect(keys).toEqual([...keys].sort());
    expect(shards.flatMap((shard) => shard.keys)).toEqual(words);
    for (const shard of shards) {
      for (const word of shard.keys) {
        const longest = keys.filter((key) => word.startsWith(key)).sort((a, b) => b.length - a.length)[0];
        expect(longest, word).toBe(shard.key);
      }
    }
    expect(keys).toContain('co');
    expect(keys.some((key) => key.length > 2)).toBe(true);
  });

  it('keeps a word too large for any shard whole, in a shard of its own', () => {
    const shards = shardsOf(postingsOf(['the', 'then', 'tiger'], 1000), 100);
    expect(shards.map((shard) => [shard.key, shard.keys])).toEqual([['the', ['the']], ['then', ['then']], ['ti', ['tiger']]]);
  });

  it('encodes articles as doubled gaps, with the headline mark in the low bit', () => {
    const postings = new Postings();
    postings.add(0, true);
    postings.add(0, false);
    postings.add(5, false);
    postings.add(6, true);
    expect(postings.encode()).toBe('3,10,3');
  });
});
