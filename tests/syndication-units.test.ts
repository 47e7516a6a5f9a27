// The pure parts of syndication: sitemap splitting, alias paths, headlines, URL rewriting, dates.
import { describe, expect, it } from 'vitest';
import { defaults as configDefaults, validateConfig } from '../src/config.js';
import { calendarDate } from '../src/content/date.js';
import type { RoutedArticle } from '../src/site/model.js';
import { aliasFile } from '../src/syndication/aliases.js';
import { modifiedAsWritten, modifiedInstant, newestInstant } from '../src/syndication/article-dates.js';
import { feedSources } from '../src/syndication/feeds.js';
import { rewriteUrls } from '../src/syndication/markup.js';
import { newsLanguage } from '../src/syndication/sitemaps.js';
import { sitemapIndex, splitSitemap } from '../src/syndication/sitemap-xml.js';
import { MAX_HEADLINE, shortenHeadline } from '../src/syndication/structured-data.js';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

describe('splitting a sitemap', () => {
  const urls = Array.from({ length: 7 }, (_, n) => ({ loc: `https://example.org/a/${n}/`, lastmod: `2023-07-0${n + 1}` }));

  it('keeps a small site in one file', () => {
    const parts = splitSitemap(urls);
    expect(parts).toHaveLength(1);
    expect(locs(parts[0]!.xml)).toHaveLength(7);
  });

  it('splits past the URL limit, in order, with each part dated by its newest URL', () => {
    const parts = splitSitemap(urls, { maxUrls: 3, maxBytes: 50 * 1024 * 1024 });
    expect(parts.map((part) => locs(part.xml).length)).toEqual([3, 3, 1]);
    expect(parts.flatMap((part) => locs(part.xml))).toEqual(urls.map((url) => url.loc));
    expect(parts.map((part) => part.lastmod)).toEqual(['2023-07-03', '2023-07-06', '2023-07-07']);
  });

  it('splits past the byte limit, and no part is larger than it', () => {
    const maxBytes = 400;
    const parts = splitSitemap(urls, { maxUrls: 50_000, maxBytes });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part.xml)).toBeLessThanOrEqual(maxBytes);
    expect(parts.flatMap((part) => locs(part.xml))).toEqual(urls.map((url) => url.loc));
  });

  it('writes an empty sitemap for an empty site, and escapes URLs', () => {
    expect(locs(splitSitemap([])[0]!.xml)).toEqual([]);
    expect(splitSitemap([{ loc: 'https://example.org/?a=1&b=<2>' }])[0]!.xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>');
    expect(sitemapIndex([{ loc: 'https://example.org/sitemap-1.xml' }])).toContain('<sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>');
  });
});

describe('alias paths', () => {
  it('turns old addresses into files in the output', () => {
    expect(aliasFile('/old/url/')).toEqual({ file: 'old/url/index.html' });
    expect(aliasFile('old/url')).toEqual({ file: 'old/url/index.html' });
    expect(aliasFile('/story.html?id=3#top')).toEqual({ file: 'story.html' });
    expect(aliasFile('/caf%C3%A9/')).toEqual({ file: 'café/index.html' });
    expect(aliasFile('/a//./b/')).toEqual({ file: 'a/b/index.html' });
  });

  it('refuses anything that could leave the output folder or is not a site path', () => {
    for (const alias of ['../x/', '/a/../../x/', '/%2e%2e/x/', '..\\..\\x', '/a%2f..%2f..%2fx/', 'https://evil.example/', '//evil.example/x',
      '/.git/config', '/%E0%A4%A/', '/a\u0000b/', 'javascript:alert(1)']) {
      expect(aliasFile(alias), alias).toHaveProperty('unsafe');
    }
  });
});

describe('NewsArticle headlines', () => {
  it('keeps short headlines and cuts long ones at a word, within 110 characters', () => {
    expect(shortenHeadline('Short')).toBe('Short');
    const long = 'Word '.repeat(40).trim();
    const short = shortenHeadline(long);
    expect([...short].length).toBeLessThanOrEqual(MAX_HEADLINE);
    expect(short).toMatch(/Word…$/);
  });
});

describe('body links', () => {
  it('rewrites href and src in tags, never text that looks like one', () => {
    const html = '<p>Write href="/x" like this. <a href="/2023/07/">July</a> <img src="pad.jpg" alt="A &#x22;pad&#x22;"></p>';
    const out = rewriteUrls(html, (url) => `https://example.org/base${url.startsWith('/') ? url : `/${url}`}`);
    expect(out).toBe('<p>Write href="/x" like this. <a href="https://example.org/base/2023/07/">July</a> <img src="https://example.org/base/pad.jpg" alt="A &#x22;pad&#x22;"></p>');
  });

  it('rewrites URL attributes in capitals too, and leaves every other tag and attribute as it was', () => {
    const html = '<p class="lede"><A HREF="/y/">Y</A> <span data-href="/z/" title="a &amp; b">z</span></p>';
    expect(rewriteUrls(html, (url) => `/base${url}`)).toBe('<p class="lede"><A HREF="/base/y/">Y</A> <span data-href="/z/" title="a &amp; b">z</span></p>');
  });

  it('rewrites every candidate of a srcset', () => {
    const out = rewriteUrls('<img src="a.jpg" srcset="a-480.webp 480w, a-800.webp 800w">', (url) => `/base/${url}`);
    expect(out).toBe('<img src="/base/a.jpg" srcset="/base/a-480.webp 480w, /base/a-800.webp 800w">');
  });
});

describe('article dates for syndication', () => {
  const article = (fields: Partial<RoutedArticle>) => ({ date: calendarDate(2023, 7, 20)!, ...fields }) as RoutedArticle;

  it('uses `updated` only when it is after publication, and keeps its precision for sitemaps', () => {
    expect(modifiedInstant(article({}))).toBe('2023-07-20T00:00:00+00:00');
    expect(modifiedAsWritten(article({}))).toBe('2023-07-20');
    expect(modifiedAsWritten(article({ updated: '2023-07-21' }))).toBe('2023-07-21');
    expect(modifiedInstant(article({ dateTime: '2023-07-20T10:00:00+02:00', updated: '2023-07-19' }))).toBe('2023-07-20T10:00:00+02:00');
  });

  it('finds the newest instant by the moment it names, the first of equal ones, whatever the spelling', () => {
    expect(newestInstant([])).toBeUndefined();
    expect(newestInstant(['2023-07-20', '2023-07-20T01:00:00+02:00', '2023-07-19T23:30:00-05:00'])).toBe('2023-07-19T23:30:00-05:00');
    expect(newestInstant(['2023-07-20T02:00:00+02:00', '2023-07-20', '2023-07-20T00:00:00Z'])).toBe('2023-07-20T02:00:00+02:00');
    expect(newestInstant(['not a date', '2023-07-20'])).toBe('not a date');
  });

  it('gives Google News the language codes it knows', () => {
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('ar')).toBe('ar');
    expect(newsLanguage('zh-TW')).toBe('zh-tw');
    expect(newsLanguage('zh-Hans')).toBe('zh-cn');
  });
});

describe('feed sources', () => {
  it('takes the newest articles of the site and of each topic, each up to its own length', () => {
    const topic = { name: 'Space', slug: 'space', kind: 'tag' as const };
    const articles = Array.from({ length: 5 }, (_, index) => ({ title: `A${index}`, url: `/a${index}/`, index, topics: [topic] }) as unknown as RoutedArticle);
    const site = { articles, years: [], topics: [{ topic, articles: [0, 1, 2, 3, 4] }] };
    const sources = [...feedSources(site, configDefaults, { length: 3, topicLength: 2 })];
    expect(sources.map((source) => [source.listing, source.articles.map((article) => article.title), source.fullText])).toEqual([
      ['/', ['A0', 'A1', 'A2'], true], ['/topics/space/', ['A0', 'A1'], false],
    ]);
    const full = [...feedSources(site, { ...configDefaults, topicFeeds: 'full' }, { length: 3, topicLength: 2 })];
    expect(full.map((source) => source.fullText)).toEqual([true, true]);
  });

  it('takes `summary` or `full` for topicFeeds and refuses anything else, saying what they mean', () => {
    expect(validateConfig({}).topicFeeds).toBe('summary');
    expect(validateConfig({ topicFeeds: 'full' }).topicFeeds).toBe('full');
    for (const value of ['yes', true, 'Full']) {
      expect(() => validateConfig({ topicFeeds: value })).toThrow(/`topicFeeds` must be `summary` \(each article's summary and link\) or `full`/);
    }
  });
});
