// An archive moved over from other generators builds as it is: Hugo's TOML front matter, `description`,
// `categories` and `_index.md`; Jekyll's dated file names; GFM tables and footnotes. A news desk
// leaving Hugo, Jekyll or Eleventy should not have to rewrite thousands of files first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { parseArticle } from '../src/content/article.js';
import { loadMarkdownStack } from '../src/content/body.js';
import { buildInto, fixture, listFiles, read, remove, tempDir } from './helpers/site.js';

let out: string;
let result: BuildResult;
let files: string[];

beforeAll(async () => {
  await loadMarkdownStack();
  out = await tempDir();
  result = await buildInto(fixture('imported/content'), out);
  files = await listFiles(out);
});
afterAll(() => remove(out));

const metaDescription = (html: string) => /<meta name="description" content="([^"]*)">/.exec(html)?.[1];

describe('an archive made by other generators', () => {
  it('builds every article, and takes Hugo\'s _index.md for the section file it is', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.articles).toBe(4);
  });

  it('reads TOML front matter, keeping the day as written', async () => {
    expect(files).toContain('2023/07/19/ferry-timetable-changes-for-the-summer/index.html');
    const page = await read(out, '2023/07/19/ferry-timetable-changes-for-the-summer/index.html');
    expect(page).toContain('<h1>Ferry timetable changes for the summer</h1>');
    expect(page).toContain('href="/topics/ferries/"');
  });

  it('dates a Jekyll post by its file name when its front matter has no date', () => {
    expect(files).toContain('2023/07/18/harbour-works-to-close-the-north-quay/index.html');
  });

  it('uses `description` as the summary, and files `categories` under topics with the tags', async () => {
    const page = await read(out, '2023/07/20/council-passes-a-smaller-budget-after-a-late/index.html');
    expect(metaDescription(page)).toBe('The council cut spending by 4 per cent, sparing libraries but not road repairs.');
    expect(files).toContain('topics/local-government/index.html');
    expect(files).toContain('topics/harbour/index.html');
    expect(page).toContain('<th class="align-right">2023</th>');
    expect(page).toContain('<del>five</del> six hours');
  });

  it('files Jekyll\'s space-separated categories as topics one by one, and its single `category` whole', async () => {
    const page = await read(out, '2023/07/18/harbour-works-to-close-the-north-quay/index.html');
    expect(page).toContain('href="/topics/harbour/"');
    expect(page).toContain('href="/topics/ports/"');
    expect(files).not.toContain('topics/harbour-ports/index.html');
    const parse = (text: string) => parseArticle({ path: '2023-01-02-a.md', format: 'markdown' }, new TextEncoder().encode(text), { defaultLang: 'en', findTopics: false });
    expect(parse('---\ntitle: A\ncategory: Local news\n---\nBody.\n').article?.meta.topics.map((topic) => topic.name)).toEqual(['Local news']);
    expect(parse('---\ntitle: A\ncategories: [Local news, sport]\n---\nBody.\n').article?.meta.topics.map((topic) => topic.name)).toEqual(['Local news', 'sport']);
  });

  it('keeps an Eleventy permalink working: the old address leads to the article', async () => {
    const redirect = await read(out, 'news/library-hours/index.html');
    expect(redirect).toContain('<a href="/2023/07/17/library-opens-on-sundays/">');
  });

  it('prefers `summary` to `description`, and still fails a Markdown file with neither date nor dated name', () => {
    const parse = (path: string, text: string) => parseArticle({ path, format: 'markdown' }, new TextEncoder().encode(text), { defaultLang: 'en', findTopics: true });
    const both = parse('a.md', '---\ntitle: A\ndate: 2023-01-02\nsummary: Short.\ndescription: Long.\n---\nBody.\n');
    expect(both.article?.meta.summary).toBe('Short.');
    const undated = parse('posts/2023-13-45-not-a-day.md', '---\ntitle: A\n---\nBody.\n');
    expect(undated.problems.map((problem) => problem.code)).toContain('missing-date');
    expect(parse('posts/2023-02-03-fine.md', '---\ntitle: A\n---\nBody.\n').article?.meta.date.iso).toBe('2023-02-03');
    const templated = parse('a.md', '---\ntitle: A\ndate: 2023-01-02\npermalink: "/{{ page.fileSlug }}/"\n---\nBody.\n');
    expect(templated.article?.meta.aliases).toEqual([]);
    expect(parse('a.md', '---\ntitle: A\ndate: 2023-01-02\npermalink: false\n---\nBody.\n').article?.meta.aliases).toEqual([]);
  });
});
