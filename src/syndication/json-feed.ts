// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written directly as RSS and Atom are: JSON
// needs no escaping beyond JSON.stringify.
import type { SiteConfig } from '../config.js';
import { absoluteUrl } from '../site/routes.js';
import type { FeedEntry, FeedSource } from './feeds.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export function jsonFeed(source: FeedSource, entries: FeedEntry[], config: SiteConfig, { feedUrl }: { feedUrl: string }): string {
  return `${JSON.stringify({
    version: JSON_FEED_VERSION,
    title: source.title,
    home_page_url: absoluteUrl(config.baseUrl, source.listing),
    feed_url: feedUrl,
    description: source.description,
    language: config.language,
    authors: [{ name: config.publisher }],
    items: entries.map(({ article, url, content, image, published, modified }) => ({
      id: url,
      url,
      title: article.title,
      // An item needs content_html or content_text: a summary feed's content is the summary.
      ...(content === undefined ? { content_text: article.summary } : { content_html: content }),
      summary: article.summary || undefined,
      image,
      date_published: published,
      date_modified: modified,
      authors: article.authors.length ? article.authors.map((name) => ({ name })) : undefined,
      tags: article.topics.length ? article.topics.map((topic) => topic.name) : undefined,
      language: article.lang,
    })),
  }, null, 2)}\n`;
}
