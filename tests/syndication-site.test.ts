// Whole-site checks of feeds, sitemaps, link previews, structured data, aliases and the path prefix,
// read the way a feed reader, a crawler and a link-preview service read them.
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build.js';
import { loadConfig, type SiteConfig } from '../src/config.js';
import { outputFileOf } from '../src/site/routes.js';
import { buildInto, fixture, listFiles, projectRoot, read, remove, tempDir } from './helpers/site.js';

const BASE = 'https://news.example.org/archive/';
const HOSTILE = '</script><script>alert(1)</script> and "quotes" & <tags>';
const SAMPLE = '2023/07/20/iranian-defense-minister-mohammad-reza-ashtiani-signs/index.html';

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_whole, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()]!;
  });
}

/** The attributes of every `<tag …>` in a document, decoded. */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((attr) => [attr[1]!.toLowerCase(), decode(attr[2]!)])));
}

function meta(html: string, key: string): string | undefined {
  return tags(html, 'meta').find((tag) => tag.property === key || tag.name === key)?.content;
}

function jsonLd(html: string): Record<string, unknown> {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]![1]!) as Record<string, unknown>;
}

describe('syndication of a site served under /archive/', () => {
  let out: string;
  let result: BuildResult;
  let config: SiteConfig;
  /** The output file an absolute URL of the site is served from; fails for URLs outside the prefix. */
  const fileOf = (url: string): string => {
    expect(url.startsWith(BASE), `${url} is under ${BASE}`).toBe(true);
    return outputFileOf(decodeURIComponent(`/${url.slice(BASE.length)}`));
  };
  const exists = (url: string) => stat(path.join(out, fileOf(url))).then((info) => info.isFile(), () => false);
  const fetchText = (url: string) => read(out, fileOf(url));

  beforeAll(async () => {
    out = path.join(await tempDir(), 'public');
    config = await loadConfig(projectRoot);
    result = await buildInto(path.join(fixture('syndication'), 'content'), out, { baseUrl: BASE });
  });
  afterAll(() => remove(path.dirname(out)));

  it('builds, warning about the aliases it refused (not the one that is the article\'s own address)', () => {
    expect(result.ok).toBe(true);
    const codes = result.problems.map((problem) => problem.code).sort();
    expect(codes).toEqual(['alias-collision', 'alias-collision', 'unsafe-alias', 'unsafe-alias', 'unsafe-alias', 'unsafe-alias']);
    expect(result.problems.every((problem) => problem.severity === 'warning' && problem.file === 'rocket.md')).toBe(true);
  });

  it('offers three feeds from the home page, each a valid feed whose items are built pages', async () => {
    const home = await read(out, 'index.html');
    const links = tags(home, 'link').filter((link) => link.rel === 'alternate');
    expect(links.map((link) => link.type)).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
    const parser = new Parser();
    for (const link of links) {
      const url = new URL(link.href!, BASE).href;
      const text = await fetchText(url);
      const items = link.type === 'application/feed+json'
        ? (JSON.parse(text) as { items: { url: string }[] }).items.map((item) => item.url)
        : (await parser.parseString(text)).items.map((item) => item.link!);
      expect(items).toHaveLength(4);
      for (const item of items) expect(await exists(item), item).toBe(true);
    }
  });

  it('writes JSON Feed 1.1 with its required fields', async () => {
    const feed = JSON.parse(await read(out, 'feed.json')) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(config.title);
    expect(feed.feed_url).toBe(`${BASE}feed.json`);
    expect(feed.home_page_url).toBe(BASE);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });

  it('puts the full article in feeds, with links and images made absolute under the prefix', async () => {
    const rss = await new Parser({ customFields: { item: ['content:encoded', 'dc:creator'] } }).parseString(await read(out, 'feed.xml'));
    const rocket = rss.items.find((item) => item.title === 'Rocket launches from the new pad')!;
    const content = (rocket as unknown as Record<string, string>)['content:encoded']!;
    expect(content).toContain('The rocket left the pad at dawn.');
    expect(content).toContain(`href="${BASE}2023/07/17/test-flight-goes-well/"`);
    expect(content).toContain(`src="${BASE}images/pad.jpg"`);
    expect(content).toContain('href="https://example.org/agency"');
    expect((rocket as unknown as Record<string, string>)['dc:creator']).toBe('Ada Reporter, Ben Writer');
    expect(new Date(rocket.pubDate!).toISOString()).toBe('2023-07-19T07:30:00.000Z');
  });

  it('dates each feed by its newest article, not by the build', async () => {
    // The rocket story's update, 20 July 08:00 +02:00, is the newest change.
    const atom = await new Parser().parseString(await read(out, 'atom.xml'));
    expect(atom.lastBuildDate).toBe('2023-07-20T06:00:00.000Z');
    expect(await read(out, 'feed.xml')).toContain('<lastBuildDate>Thu, 20 Jul 2023 06:00:00 GMT</lastBuildDate>');
  });

  it('gives each topic its own feeds, linked from its page head and body', async () => {
    const page = await read(out, 'topics/space/index.html');
    const alternates = tags(page, 'link').filter((link) => link.rel === 'alternate');
    expect(alternates[0]).toMatchObject({ type: 'application/rss+xml', href: '/archive/topics/space/feed.xml', title: 'Space (RSS)' });
    expect(tags(page, 'a').some((link) => link.href === '/archive/topics/space/feed.xml')).toBe(true);
    const feed = await new Parser().parseString(await read(out, 'topics/space/feed.xml'));
    expect(feed.items.map((item) => item.title)).toEqual(['Rocket launches from the new pad', HOSTILE, 'Test flight goes well']);
    const atom = await new Parser().parseString(await read(out, 'topics/space/atom.xml'));
    expect(atom.items).toHaveLength(3);
  });

  it('gives a topic feed each article\'s summary and link, not its whole text, in every format', async () => {
    const rss = await new Parser({ customFields: { item: ['content:encoded'] } }).parseString(await read(out, 'topics/space/feed.xml'));
    const rocket = rss.items.find((item) => item.title === 'Rocket launches from the new pad')!;
    expect(rocket.content).toBe('The first launch from the pad went to plan.');
    expect((rocket as unknown as Record<string, unknown>)['content:encoded']).toBeUndefined();
    expect(rocket.link).toBe(`${BASE}2023/07/19/rocket-launches-from-the-new-pad/`);
    expect(await read(out, 'topics/space/atom.xml')).not.toContain('The rocket left the pad at dawn.');
    const json = JSON.parse(await read(out, 'topics/space/feed.json')) as { items: Record<string, unknown>[] };
    const item = json.items.find((entry) => entry.title === 'Rocket launches from the new pad')!;
    expect(item).toMatchObject({ content_text: 'The first launch from the pad went to plan.', url: rocket.link });
    expect(item.content_html).toBeUndefined();
    // The site's own feed keeps the whole article (checked in full above).
    expect(await read(out, 'feed.json')).toContain('The rocket left the pad at dawn.');
  });

  it('keeps a hostile headline as text in every feed format', async () => {
    const rss = await new Parser().parseString(await read(out, 'feed.xml'));
    expect(rss.items.map((item) => item.title)).toContain(HOSTILE);
    const atom = await new Parser().parseString(await read(out, 'atom.xml'));
    expect(atom.items.map((item) => item.title)).toContain(HOSTILE);
    const json = JSON.parse(await read(out, 'feed.json')) as { items: { title: string }[] };
    expect(json.items.map((item) => item.title)).toContain(HOSTILE);
    const topic = await new Parser().parseString(await read(out, 'feed.xml'));
    expect(topic.items.flatMap((item) => item.categories ?? [])).toContain('<b>Bold</b> & "Co"');
  });

  it('escapes a hostile headline in the page head, meta tags and JSON-LD', async () => {
    const file = (await listFiles(out)).find((name) => /^2023\/07\/18\/[^/]+\/index\.html$/.test(name))!;
    const html = await read(out, file);
    expect(html).not.toContain('<script>alert(');
    expect(meta(html, 'og:title')).toBe(HOSTILE);
    expect(meta(html, 'twitter:title')).toBe(HOSTILE);
    expect(meta(html, 'og:description')).toContain('</script><script>alert(2)</script>');
    const data = jsonLd(html);
    expect(data.headline).toBe(HOSTILE);
    expect(data.keywords).toEqual(['Space', '<b>Bold</b> & "Co"']);
  });

  it('describes the sample article for search engines and link previews', async () => {
    const html = await read(out, SAMPLE);
    const url = `${BASE}2023/07/20/iranian-defense-minister-mohammad-reza-ashtiani-signs/`;
    expect(tags(html, 'link').find((link) => link.rel === 'canonical')?.href).toBe(url);
    expect(meta(html, 'og:url')).toBe(url);
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:title')).toBe('Iranian Defense Minister Mohammad Reza Ashtiani signs memorandum with his Bolivian counterpart');
    expect(meta(html, 'og:description')).toMatch(/^Iranian Defense Minister Mohammad Reza Ashtiani signed a memorandum/);
    expect(meta(html, 'article:published_time')).toBe('2023-07-20T00:00:00+00:00');
    expect(meta(html, 'twitter:card')).toBe('summary');
    const data = jsonLd(html);
    expect(data).toMatchObject({
      '@context': 'https://schema.org', '@type': 'NewsArticle', url, mainEntityOfPage: { '@id': url },
      datePublished: '2023-07-20T00:00:00+00:00', dateModified: '2023-07-20T00:00:00+00:00', inLanguage: 'en',
      publisher: { '@type': 'Organization', name: config.publisher },
    });
    expect((data.headline as string).length).toBeLessThanOrEqual(110);
    expect(data.author).toEqual([{ '@type': 'Organization', name: config.publisher, url: BASE }]);
  });

  it('names the authors, times and image of an article that has them', async () => {
    const html = await read(out, '2023/07/19/rocket-launches-from-the-new-pad/index.html');
    expect(meta(html, 'og:image')).toBe(`${BASE}images/pad.jpg`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'article:modified_time')).toBe('2023-07-20T08:00:00+02:00');
    expect(jsonLd(html)).toMatchObject({
      datePublished: '2023-07-19T09:30:00+02:00', dateModified: '2023-07-20T08:00:00+02:00', image: [`${BASE}images/pad.jpg`],
      author: [{ '@type': 'Person', name: 'Ada Reporter' }, { '@type': 'Person', name: 'Ben Writer' }],
    });
  });

  it('lists every page in the sitemaps named by robots.txt, and nothing that is not built', async () => {
    const robots = await read(out, 'robots.txt');
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => match[1]!);
    expect(sitemaps).toEqual([`${BASE}sitemap.xml`, `${BASE}sitemap-news.xml`]);
    const listed: string[] = [];
    for (const sitemap of sitemaps) listed.push(...[...(await fetchText(sitemap)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => decode(match[1]!)));
    for (const url of listed) expect(await exists(url), url).toBe(true);
    const pages = (await listFiles(out)).filter((file) => file.endsWith('index.html') && !file.startsWith('old/') && !file.startsWith('search-index/'));
    const listedFiles = new Set(listed.map(fileOf));
    for (const page of pages) expect(listedFiles.has(page), page).toBe(true);
    expect(listedFiles.has('404.html')).toBe(false);
    expect(listedFiles.has('old/rocket/index.html')).toBe(false);
  });

  it('lists the last two days of news, counted from the newest article', async () => {
    const news = await read(out, 'sitemap-news.xml');
    const titles = [...news.matchAll(/<news:title>([^<]*)<\/news:title>/g)].map((match) => decode(match[1]!));
    expect(titles).toEqual(['Iranian Defense Minister Mohammad Reza Ashtiani signs memorandum with his Bolivian counterpart',
      'Rocket launches from the new pad', HOSTILE]);
    expect(news).toContain('<news:publication_date>2023-07-19T09:30:00+02:00</news:publication_date>');
    expect(news).toContain(`<news:name>${config.title}</news:name><news:language>en</news:language>`);
  });

  it('keeps every internal link, asset and redirect of every page under /archive/', async () => {
    const pages = (await listFiles(out)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = await read(out, page);
      const pageUrl = new URL(page.replace(/index\.html$/, ''), BASE);
      const urls = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => decode(match[1]!));
      urls.push(...[...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) => decode(match[1]!).split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)));
      urls.push(...[...html.matchAll(/content="0; url=([^"]+)"/g)].map((match) => decode(match[1]!)));
      for (const url of urls) {
        const resolved = new URL(url, pageUrl);
        if (resolved.host !== 'news.example.org') continue;
        expect(resolved.pathname.startsWith('/archive/'), `${url} in ${page}`).toBe(true);
      }
    }
  });

  it('writes redirect pages at an article’s old addresses', async () => {
    for (const file of ['old/rocket/index.html', '2023/rocket-story.html']) {
      const html = await read(out, file);
      const target = `${BASE}2023/07/19/rocket-launches-from-the-new-pad/`;
      expect(meta(html, 'robots')).toBe('noindex');
      expect(tags(html, 'meta').find((tag) => tag['http-equiv'] === 'refresh')?.content).toBe(`0; url=${target}`);
      expect(tags(html, 'link').find((link) => link.rel === 'canonical')?.href).toBe(target);
      expect(tags(html, 'a').map((link) => link.href)).toEqual(['/archive/2023/07/19/rocket-launches-from-the-new-pad/']);
    }
  });

  it('never lets an alias leave the output or replace a page', async () => {
    const files = await listFiles(path.dirname(out));
    expect(files.filter((file) => !file.startsWith('public/'))).toEqual([]);
    expect(files.some((file) => /escaped|encoded|steal|security/.test(file))).toBe(false);
    expect(await read(out, 'about/index.html')).not.toContain('has moved');
    expect((await stat(path.join(out, 'feed.xml'))).isFile()).toBe(true);
  });

  it('gives the same bytes on a second build', async () => {
    const again = await buildInto(path.join(fixture('syndication'), 'content'), out, { baseUrl: BASE });
    expect(again.write).toMatchObject({ written: 0, removed: 0 });
  });
});

describe('topic feeds with `topicFeeds: full`', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir();
    await writeFile(path.join(root, 'dateline.config.yaml'), 'topicFeeds: full\n');
    const result = await build({ root, contentDir: path.join(fixture('syndication'), 'content'), outDir: path.join(root, 'public'),
      templatesDir: path.join(projectRoot, 'templates'), cache: false, baseUrl: BASE });
    expect(result.ok).toBe(true);
  });
  afterAll(() => remove(root));

  it('carries the whole article, links made absolute, as the site feed does', async () => {
    const rss = await new Parser({ customFields: { item: ['content:encoded'] } }).parseString(await read(path.join(root, 'public'), 'topics/space/feed.xml'));
    const rocket = rss.items.find((item) => item.title === 'Rocket launches from the new pad')!;
    const content = (rocket as unknown as Record<string, string>)['content:encoded']!;
    expect(content).toContain('The rocket left the pad at dawn.');
    expect(content).toContain(`src="${BASE}images/pad.jpg"`);
    const json = JSON.parse(await read(path.join(root, 'public'), 'topics/space/feed.json')) as { items: Record<string, unknown>[] };
    expect(json.items.every((item) => typeof item.content_html === 'string' && item.content_text === undefined)).toBe(true);
  });
});
