// Sitemaps for search engines: every HTML page in sitemap.xml (an index past the protocol's limits),
// the latest articles in a Google News sitemap, and robots.txt pointing at both.
import type { SiteConfig } from '../config.js';
import type { RoutedArticle, Site } from '../site/model.js';
import type { PageSpec } from '../site/pages.js';
import { absoluteUrl } from '../site/routes.js';
import type { OutputContext, OutputFile, SiteOutput } from '../outputs/types.js';
import { modifiedAsWritten, newestInstant, publishedInstant } from './article-dates.js';
import { NEWS_SITEMAP, ROBOTS, SITEMAP, sitemapPartPath } from './paths.js';
import { newsSitemap, sitemapIndex, sitemapLimits, splitSitemap, type NewsUrl, type SitemapUrl, type SplitOptions } from './sitemap-xml.js';

export interface SitemapOptions extends SplitOptions {
  /** Google News lists articles of the last two days only… */
  newsWindowHours: number;
  /** …and at most 1,000 of them. */
  newsMaxUrls: number;
}

export const sitemapDefaults: SitemapOptions = { ...sitemapLimits, newsWindowHours: 48, newsMaxUrls: 1000 };

/** Pages that are not content: the not-found page is served for missing URLs, never listed. */
const UNLISTED = new Set(['/404.html']);

export function sitemapsOutput(options: SitemapOptions = sitemapDefaults): SiteOutput {
  const pages: { path: string; lastmod?: string }[] = [];
  return {
    name: 'sitemaps',
    observe(page) {
      if (!UNLISTED.has(page.path)) pages.push({ path: page.path, lastmod: lastModified(page) });
    },
    files: ({ site, config }: OutputContext) => sitemapFiles(site, config, pages, options),
  };
}

/** An article page changes with its article; a listing when its newest item does; other pages carry no date. */
export function lastModified(page: PageSpec): string | undefined {
  if (page.template === 'article.njk') return modifiedAsWritten(page.data.article as RoutedArticle);
  const items = page.data.articles as RoutedArticle[] | undefined;
  return items ? newestInstant(items.map(modifiedAsWritten)) : undefined;
}

export function sitemapFiles(site: Site, config: SiteConfig, pages: { path: string; lastmod?: string }[], options: SitemapOptions): OutputFile[] {
  const urls: SitemapUrl[] = pages.map((page) => ({ loc: absoluteUrl(config.baseUrl, page.path), lastmod: page.lastmod }));
  const parts = splitSitemap(urls, options);
  const files: OutputFile[] = [];
  if (parts.length === 1) {
    files.push({ file: SITEMAP.slice(1), content: parts[0]!.xml });
  } else {
    const named = parts.map((part, n) => ({ ...part, file: sitemapPartPath(n + 1).slice(1) }));
    files.push(...named.map((part) => ({ file: part.file, content: part.xml })));
    files.push({ file: SITEMAP.slice(1), content: sitemapIndex(named.map((part) => ({ loc: absoluteUrl(config.baseUrl, part.file), lastmod: part.lastmod }))) });
  }
  files.push({ file: NEWS_SITEMAP.slice(1), content: newsSitemap(newsUrls(site, config, options)) });
  files.push({ file: ROBOTS.slice(1), content: robotsTxt(config) });
  return files;
}

/**
 * "The last two days" are counted back from the newest article, not from the clock: a build must
 * give the same bytes tomorrow. A site built as it publishes gets the same list either way; an old
 * archive still lists its last two days, which news crawlers ignore as too old.
 */
export function newsUrls(site: Site, config: SiteConfig, options: SitemapOptions): NewsUrl[] {
  const newest = newestInstant(site.articles.map(publishedInstant));
  if (!newest) return [];
  const since = Date.parse(newest) - options.newsWindowHours * 3_600_000;
  return site.articles
    .filter((article) => Date.parse(publishedInstant(article)) >= since)
    .slice(0, options.newsMaxUrls)
    .map((article) => ({
      loc: absoluteUrl(config.baseUrl, article.url),
      publicationName: config.title,
      language: newsLanguage(article.lang),
      publicationDate: article.dateTime ?? article.date.iso,
      title: article.title,
    }));
}

/** Google News wants ISO 639 codes, except for the two written forms of Chinese. */
export function newsLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-tw';
  if (lower.startsWith('zh')) return 'zh-cn';
  return lower.split('-')[0] ?? lower;
}

/** Crawlers read robots.txt at the host's root only; under a path prefix, copy it there. */
function robotsTxt(config: SiteConfig): string {
  return ['User-agent: *', 'Disallow:', '', `Sitemap: ${absoluteUrl(config.baseUrl, SITEMAP)}`, `Sitemap: ${absoluteUrl(config.baseUrl, NEWS_SITEMAP)}`, ''].join('\n');
}
