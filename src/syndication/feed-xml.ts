// RSS 2.0 and Atom 1.0, written by hand as the sitemaps are: two fixed shapes, every value escaped
// by xmlText. The `feed` library built them through a general object-to-XML converter (xml-js) that
// took a third of the feeds thread's time, wrote text into CDATA sections that a `]]>` in an article
// would have closed early, and wrote `<` unescaped into attributes.
import type { FeedEntry } from './feeds.js';
import { escapeMarkup, xmlElement, xmlText } from './markup.js';

/** What a feed says about itself, all URLs absolute. */
export interface FeedHead {
  title: string;
  description: string;
  /** The listing the feed follows. */
  link: string;
  /** This feed. */
  self: string;
  /** Instant of the newest change among its articles. */
  updated: string;
  language: string;
  publisher: string;
  /** Licence line, if the site has one. */
  rights?: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';
const RSS_OPEN = '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
  + 'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n';

const line = (name: string, value: string | undefined) => (value === undefined ? '' : `${xmlElement(name, value)}\n`);
const rfc822 = (instant: string) => new Date(instant).toUTCString();
const utc = (instant: string) => new Date(instant).toISOString();

export function rss2(head: FeedHead, entries: FeedEntry[]): string {
  let xml = `${XML_HEAD}${RSS_OPEN}<channel>\n${line('title', head.title)}${line('link', head.link)}`
    // RSS readers render a channel's description as HTML, as they do an item's: text is escaped for both.
    + `${line('description', escapeMarkup(head.description))}${line('lastBuildDate', rfc822(head.updated))}`
    + `${line('docs', 'https://www.rssboard.org/rss-specification')}${line('generator', 'Dateline')}`
    + `${line('language', head.language)}${line('copyright', head.rights)}`
    + `<atom:link href="${xmlText(head.self)}" rel="self" type="application/rss+xml"/>\n`;
  for (const entry of entries) xml += rssItem(entry);
  return `${xml}</channel>\n</rss>\n`;
}

function rssItem({ article, url, content, published }: FeedEntry): string {
  let xml = `<item>\n${line('title', article.title)}${line('link', url)}<guid isPermaLink="true">${xmlText(url)}</guid>\n`
    + `${line('pubDate', rfc822(published))}${line('description', article.summary ? escapeMarkup(article.summary) : undefined)}`
    + line('content:encoded', content)
    // RSS's `<author>` must be an e-mail address; Dublin Core's creator is the name-only form readers know.
    + line('dc:creator', article.authors.length ? article.authors.join(', ') : undefined);
  for (const topic of article.topics) xml += line('category', topic.name);
  return `${xml}</item>\n`;
}

export function atom1(head: FeedHead, entries: FeedEntry[]): string {
  let xml = `${XML_HEAD}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(head.language)}">\n`
    + `${line('id', head.self)}${line('title', head.title)}${line('updated', utc(head.updated))}${line('generator', 'Dateline')}`
    + `<author>${xmlElement('name', head.publisher)}</author>\n`
    + `<link rel="alternate" type="text/html" href="${xmlText(head.link)}"/>\n`
    + `<link rel="self" type="application/atom+xml" href="${xmlText(head.self)}"/>\n`
    + `${line('subtitle', head.description)}${line('rights', head.rights)}`;
  for (const entry of entries) xml += atomEntry(entry);
  return `${xml}</feed>\n`;
}

function atomEntry({ article, url, content, published, modified }: FeedEntry): string {
  let xml = `<entry>\n${line('title', article.title)}${line('id', url)}<link rel="alternate" type="text/html" href="${xmlText(url)}"/>\n`
    + `${line('published', utc(published))}${line('updated', utc(modified))}${line('summary', article.summary || undefined)}`
    + (content === undefined ? '' : `<content type="html">${xmlText(content)}</content>\n`);
  for (const name of article.authors) xml += `<author>${xmlElement('name', name)}</author>\n`;
  for (const topic of article.topics) xml += `<category term="${xmlText(topic.slug)}" label="${xmlText(topic.name)}"/>\n`;
  return `${xml}</entry>\n`;
}
