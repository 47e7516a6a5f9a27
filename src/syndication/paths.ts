// Where the syndication files live: one owner for feed and sitemap names, so the feeds, the
// autodiscovery links in page heads, robots.txt and the alias checker can never disagree.
export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedLink {
  format: FeedFormat;
  /** Media type for `<link rel="alternate" type>`. */
  type: string;
  /** Site path of the feed file, e.g. `/topics/space/feed.xml`. */
  path: string;
  /** Human label for the link, e.g. "Space (RSS)". */
  title: string;
}

const FORMATS: { format: FeedFormat; file: string; type: string; label: string }[] = [
  { format: 'rss', file: 'feed.xml', type: 'application/rss+xml', label: 'RSS' },
  { format: 'atom', file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  { format: 'json', file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
];

/** The three feeds of a listing (`/` for the whole site, `/topics/<slug>/` for a topic), RSS first. */
export function feedLinks(listing: string, name: string): FeedLink[] {
  return FORMATS.map(({ format, file, type, label }) => ({ format, type, path: `${listing}${file}`, title: `${name} (${label})` }));
}

/** Site path of one feed of a listing. */
export function feedPath(listing: string, format: FeedFormat): string {
  return `${listing}${FORMATS.find((entry) => entry.format === format)!.file}`;
}

export const SITEMAP = '/sitemap.xml';
export const NEWS_SITEMAP = '/sitemap-news.xml';
export const ROBOTS = '/robots.txt';

/** Part n (1-based) of a sitemap split into an index. */
export function sitemapPartPath(n: number): string {
  return `/sitemap-${n}.xml`;
}
