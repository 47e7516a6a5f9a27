// The parse cache's files: bodies and index lines are appended in batches, so a body must be
// readable before its batch is written, every parse must survive a reopen, and a build killed
// between writing bodies and their index lines must cost re-parsing, never a wrong body.
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParseCache, type CachedParse } from '../src/cache/parse-cache.js';
import type { ArticleMeta } from '../src/types.js';
import { remove, tempDir } from './helpers/site.js';

let dir: string;
beforeEach(async () => { dir = await tempDir(); });
afterEach(() => remove(dir));

const parseOf = (title: string): CachedParse => ({ meta: { title } as ArticleMeta, problems: [], draft: false });
/** Bodies of about 20 KB, so that a few hundred of them fill several batches. */
const bodyOf = (i: number) => `<p>Article ${i}: ${'é word '.repeat(2500)}</p>`;

describe('the parse cache', () => {
  it('gives back a body put a moment ago, before its batch reaches the disk', () => {
    const cache = ParseCache.open(dir, 'test');
    cache.put('a', parseOf('A'), bodyOf(1));
    expect(cache.body('a')).toBe(bodyOf(1));
    cache.put('b', parseOf('B'), bodyOf(2));
    expect(cache.body('b')).toBe(bodyOf(2));
    expect(cache.body('a')).toBe(bodyOf(1));
    cache.close();
  });

  it('keeps every parse and body across a reopen, over many batches', () => {
    const cache = ParseCache.open(dir, 'test');
    for (let i = 0; i < 300; i++) cache.put(`h${i}`, parseOf(`Title ${i}`), bodyOf(i));
    cache.close();
    const reopened = ParseCache.open(dir, 'test');
    expect(reopened.size).toBe(300);
    for (const i of [0, 1, 150, 299]) {
      expect(reopened.get(`h${i}`)?.meta.title).toBe(`Title ${i}`);
      expect(reopened.body(`h${i}`)).toBe(bodyOf(i));
    }
    reopened.close();
  });

  it('drops index lines whose bodies never reached the pack, and keeps the rest', async () => {
    const cache = ParseCache.open(dir, 'test');
    for (let i = 0; i < 3; i++) cache.put(`h${i}`, parseOf(`Title ${i}`), bodyOf(i));
    cache.close();
    const pack = path.join(dir, (await readdir(dir)).find((name) => name.endsWith('.pack')) as string);
    // As if the build died while appending the last body.
    await truncate(pack, Buffer.byteLength(bodyOf(0)) + Buffer.byteLength(bodyOf(1)) + 10);
    const reopened = ParseCache.open(dir, 'test');
    expect(reopened.get('h2')).toBeUndefined();
    expect(reopened.body('h1')).toBe(bodyOf(1));
    reopened.close();
  });

  it('keeps an article\'s search words beside its body, across a reopen and a compaction', () => {
    const cache = ParseCache.open(dir, 'test');
    for (let i = 0; i < 1200; i++) cache.put(`h${i}`, parseOf(`Title ${i}`), `<p>${i}</p>`, i % 2 ? `zürich word${i}` : undefined);
    cache.close();
    const reopened = ParseCache.open(dir, 'test');
    expect(reopened.words('h1')).toBe('zürich word1');
    expect(reopened.body('h1')).toBe('<p>1</p>');
    // Parsed for a site without search: no words, and the body is whole.
    expect(reopened.words('h2')).toBe('');
    expect(reopened.body('h2')).toBe('<p>2</p>');
    // Only these are used, so the reopened cache compacts to them.
    for (let i = 0; i < 10; i++) reopened.get(`h${i}`);
    reopened.compact();
    reopened.close();
    const compacted = ParseCache.open(dir, 'test');
    expect(compacted.size).toBe(10);
    for (let i = 0; i < 10; i++) {
      expect(compacted.body(`h${i}`)).toBe(`<p>${i}</p>`);
      expect(compacted.words(`h${i}`)).toBe(i % 2 ? `zürich word${i}` : '');
    }
    compacted.close();
  });

  it('skips a torn last index line', async () => {
    const cache = ParseCache.open(dir, 'test');
    cache.put('a', parseOf('A'), bodyOf(1));
    cache.close();
    const index = path.join(dir, (await readdir(dir)).find((name) => name.endsWith('.index.jsonl')) as string);
    await writeFile(index, `${await readFile(index, 'utf8')}{"h":"b","meta":{"ti`);
    const reopened = ParseCache.open(dir, 'test');
    expect(reopened.size).toBe(1);
    expect(reopened.body('a')).toBe(bodyOf(1));
    reopened.close();
  });
});
