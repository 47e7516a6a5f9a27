// The sitemap protocol's XML (https://www.sitemaps.org/protocol.html) and Google's news extension,
// written by hand: three fixed shapes of a few elements, every value escaped by xmlText.
import { newestInstant } from './article-dates.js';
import { xmlElement } from './markup.js';

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** W3C datetime: `2023-07-20` or `2023-07-20T09:30:00+02:00`. */
  lastmod?: string;
}

export interface NewsUrl {
  loc: string;
  publicationName: string;
  /** ISO 639 code, as Google News asks (`en`, `zh-cn`). */
  language: string;
  /** W3C datetime. */
  publicationDate: string;
  title: string;
}

export interface SplitOptions {
  /** The protocol's limit of URLs in one file. */
  maxUrls: number;
  /** The protocol's limit of one file's uncompressed size, in bytes. */
  maxBytes: number;
}

export const sitemapLimits: SplitOptions = { maxUrls: 50_000, maxBytes: 50 * 1024 * 1024 };

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const URLSET_OPEN = `${XML_HEAD}<urlset xmlns="${SITEMAP_NS}">\n`;
const URLSET_CLOSE = '</urlset>\n';

function urlEntry(url: SitemapUrl): string {
  return `<url>${xmlElement('loc', url.loc)}${xmlElement('lastmod', url.lastmod)}</url>\n`;
}

export interface SitemapPart {
  xml: string;
  /** The newest `lastmod` of its URLs, for the index. */
  lastmod?: string;
}

/**
 * Groups URLs into sitemap files that each stay within both limits, in order. One part means
 * a plain sitemap; more mean an index. A single entry larger than `maxBytes` still gets its own file.
 */
export function splitSitemap(urls: SitemapUrl[], limits: SplitOptions = sitemapLimits): SitemapPart[] {
  const frame = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);
  const parts: SitemapPart[] = [];
  let entries: string[] = [];
  let lastmods: string[] = [];
  let bytes = frame;
  const flush = () => {
    parts.push({ xml: URLSET_OPEN + entries.join('') + URLSET_CLOSE, lastmod: newestInstant(lastmods) });
    [entries, lastmods, bytes] = [[], [], frame];
  };
  for (const url of urls) {
    const entry = urlEntry(url);
    const size = Buffer.byteLength(entry);
    if (entries.length && (entries.length >= limits.maxUrls || bytes + size > limits.maxBytes)) flush();
    entries.push(entry);
    if (url.lastmod) lastmods.push(url.lastmod);
    bytes += size;
  }
  if (entries.length || !parts.length) flush();
  return parts;
}

export function sitemapIndex(parts: SitemapUrl[]): string {
  const entries = parts.map((part) => `<sitemap>${xmlElement('loc', part.loc)}${xmlElement('lastmod', part.lastmod)}</sitemap>\n`);
  return `${XML_HEAD}<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('')}</sitemapindex>\n`;
}

export function newsSitemap(urls: NewsUrl[]): string {
  const entries = urls.map((url) => `<url>${xmlElement('loc', url.loc)}<news:news><news:publication>`
    + `${xmlElement('news:name', url.publicationName)}${xmlElement('news:language', url.language)}</news:publication>`
    + `${xmlElement('news:publication_date', url.publicationDate)}${xmlElement('news:title', url.title)}</news:news></url>\n`);
  return `${XML_HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${entries.join('')}${URLSET_CLOSE}`;
}
