// `topics: tags` takes topics from the front matter alone, as Hugo's taxonomies do: a desk that curates
// its tags gets no pages for names found in the text. Switching it must never serve a cached parse
// made under the other setting.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig, ConfigError } from '../src/config.js';
import { buildInto, fixture, remove, tempDir } from './helpers/site.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => remove(dir));

async function topicSlugs(out: string): Promise<string[]> {
  const entries = await readdir(path.join(out, 'topics'), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

describe('where topics come from', () => {
  it('with `tags`, only the front matter\'s tags; with `all`, names from the text too, through the same cache', async () => {
    const cacheDir = path.join(dir, 'cache');
    const tagsOnly = await buildInto(fixture('basic/content'), path.join(dir, 'tags'), { cacheDir, topics: 'tags' });
    expect(tagsOnly.ok).toBe(true);
    expect(await topicSlugs(path.join(dir, 'tags'))).toEqual(['launches', 'space']);

    const all = await buildInto(fixture('basic/content'), path.join(dir, 'all'), { cacheDir });
    expect(all.cache?.hits).toBe(0);
    const found = await topicSlugs(path.join(dir, 'all'));
    expect(found).toEqual(expect.arrayContaining(['launches', 'space']));
    expect(found.length).toBeGreaterThan(2);
  });

  it('refuses any other value, saying what the two mean', () => {
    expect(() => validateConfig({ topics: 'entities' })).toThrow(ConfigError);
    expect(() => validateConfig({ topics: 'entities' })).toThrow(/`all` \(tags and names found in the text\) or `tags`/);
    expect(validateConfig({}).topics).toBe('all');
  });

  it('blames the command line, not the config file, for a bad --topics', () => {
    const problems = (() => {
      try {
        validateConfig({ title: 'Fine', topics: 'entities' }, ['topics']);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    })();
    expect(problems).toEqual([expect.objectContaining({
      file: 'command line', message: expect.stringMatching(/^`--topics` must be .* not `entities`\.$/) })]);
  });
});
