// Feeds for readers: RSS 2.0, Atom and JSON Feed 1.1 of the whole site, with the full article HTML and
// absolute URLs, and of every topic, with summaries unless the config asks for the full text. RSS and
// Atom are written as text (feed-xml.ts); JSON Feed is JSON.
import type { SiteConfig } from '../config.js';
import type { RoutedArticle, Site } from '../site/model.js';
import { absoluteUrl, outputFileOf, topicPath } from '../site/routes.js';
import type { OutputFile, SiteContext, StandaloneOutput } from '../outputs/types.js';
import { modifiedInstant, newestInstant, publishedInstant } from './article-dates.js';
import { jsonFeed } from './json-feed.js';
import { atom1, rss2, type FeedHead } from './feed-xml.js';
import { absoluteContentUrl, rewriteUrls } from './markup.js';
import { feedPath, type FeedFormat } from './paths.js';

export interface FeedOptions {
  /**
   * Newest articles per feed. Fixed rather than `perPage`: a feed carries whole articles and every
   * reader fetches it again on every poll, so a page size chosen for layout (up to 1,000) is not a
   * fit; 20 covers a day or more of a busy desk, readers keep what they have already fetched.
   */
  length: number;
  /**
   * Newest articles per topic feed. Shorter, since there are three feeds per topic: on a synthetic
   * 3,000-article archive (668 topics) 20 full articles made 200 MB of feeds and took 10 s to write.
   * Ten full articles still made 105 MB of a 203 MB 4,000-article site, hence summaries by default.
   */
  topicLength: number;
}

export const feedDefaults: FeedOptions = { length: 20, topicLength: 10 };

/** One listing's feed, before it is written in three formats. */
export interface FeedSource {
  /** Site path of the listing the feed follows, `/` or `/topics/<slug>/`. */
  listing: string;
  title: string;
  description: string;
  articles: RoutedArticle[];
  /** Items carry the whole article; otherwise its summary, and readers follow the link for the rest. */
  fullText: boolean;
}

export function feedsOutput(options: FeedOptions = feedDefaults): StandaloneOutput {
  return {
    name: 'feeds',
    standalone: true,
    *files(context: SiteContext): Iterable<OutputFile> {
      const entries = new FeedEntries(context);
      for (const source of feedSources(context.site, context.config, options)) yield* feedFiles(source, context, entries);
    },
  };
}

/** The whole site, then each topic, by slug. */
export function* feedSources(site: Site, config: SiteConfig, options: FeedOptions): Generator<FeedSource> {
  yield { listing: '/', title: config.title, description: config.description, articles: site.articles.slice(0, options.length), fullText: true };
  for (const archive of site.topics) {
    yield {
      listing: topicPath(archive.topic.slug),
      title: `${archive.topic.name} · ${config.title}`,
      description: `The latest articles about ${archive.topic.name} in ${config.title}.`,
      articles: archive.articles.slice(0, options.topicLength).map((index) => site.articles[index] as RoutedArticle),
      fullText: config.topicFeeds === 'full',
    };
  }
}

/** What each item says, in absolute terms: the feed may be read far from the site. */
export interface FeedEntry {
  article: RoutedArticle;
  url: string;
  /** Body HTML with every link and image made absolute; none in a summary feed. */
  content?: string;
  image?: string;
  published: string;
  modified: string;
}

/** Characters of article HTML kept for other feeds: about 64 MB, whatever the archive's size. */
const KEPT_CONTENT = 32 * 1024 * 1024;

/**
 * Feed entries for full-text feeds, made once per article, not once per feed: an article is in the
 * feed of each of its topics (ten or so), and each entry reads its body back and rewrites its links.
 * The oldest made are dropped once their HTML passes the budget. Summary entries cost nothing to make.
 */
class FeedEntries {
  private readonly made = new Map<RoutedArticle, FeedEntry>();
  private kept = 0;

  constructor(private readonly context: SiteContext) {}

  of(article: RoutedArticle, fullText: boolean): FeedEntry {
    if (!fullText) return feedEntry(article, this.context, false);
    let entry = this.made.get(article);
    if (entry) return entry;
    entry = feedEntry(article, this.context, true);
    this.made.set(article, entry);
    this.kept += entry.content!.length;
    for (const [oldest, { content }] of this.made) {
      if (this.kept <= KEPT_CONTENT) break;
      this.made.delete(oldest);
      this.kept -= content!.length;
    }
    return entry;
  }
}

function feedFiles(source: FeedSource, context: SiteContext, made: FeedEntries): OutputFile[] {
  const { config } = context;
  const entries = source.articles.map((article) => made.of(article, source.fullText));
  const absolute = (format: FeedFormat) => absoluteUrl(config.baseUrl, feedPath(source.listing, format));
  // A feed's date is its newest article's, never the build's, so an unchanged site gives the same bytes.
  const updated = newestInstant(entries.map((entry) => entry.modified)) ?? '1970-01-01T00:00:00+00:00';
  const head = (format: FeedFormat): FeedHead => ({
    title: source.title, description: source.description, link: absoluteUrl(config.baseUrl, source.listing), self: absolute(format),
    updated, language: config.language, publisher: config.publisher, rights: config.footer || undefined,
  });
  return [
    { file: outputFileOf(feedPath(source.listing, 'rss')), content: rss2(head('rss'), entries) },
    { file: outputFileOf(feedPath(source.listing, 'atom')), content: atom1(head('atom'), entries) },
    { file: outputFileOf(feedPath(source.listing, 'json')), content: jsonFeed(source, entries, config, { feedUrl: absolute('json') }) },
  ];
}

function feedEntry(article: RoutedArticle, { config, bodyOf }: SiteContext, fullText: boolean): FeedEntry {
  const toAbsolute = (url: string) => absoluteContentUrl(url, config.baseUrl, article.url);
  return {
    article,
    url: absoluteUrl(config.baseUrl, article.url),
    content: fullText ? rewriteUrls(bodyOf(article.source) ?? '', toAbsolute) : undefined,
    image: article.image ? toAbsolute(article.image) : undefined,
    published: publishedInstant(article),
    modified: modifiedInstant(article),
  };
}
