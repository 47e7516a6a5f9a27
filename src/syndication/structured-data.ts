// The schema.org NewsArticle that search engines read from an article page's JSON-LD.
import type { SiteConfig } from '../config.js';
import type { RoutedArticle } from '../site/model.js';
import { absoluteUrl } from '../site/routes.js';
import { modifiedInstant, publishedInstant } from './article-dates.js';
import { absoluteContentUrl } from './markup.js';

/** Google shows at most 110 characters of a NewsArticle headline and may reject longer ones. */
export const MAX_HEADLINE = 110;

/** Cuts at a word boundary and marks the cut, so the result (with `…`) fits in `max` characters. */
export function shortenHeadline(title: string, max = MAX_HEADLINE): string {
  const chars = [...title];
  if (chars.length <= max) return title;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** A plain object; the template turns it into `<script>`-safe JSON with the `json` filter. */
export function newsArticle(article: RoutedArticle, config: SiteConfig): Record<string, unknown> {
  const url = absoluteUrl(config.baseUrl, article.url);
  const publisher = { '@type': 'Organization', name: config.publisher, url: config.baseUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: shortenHeadline(article.title),
    description: article.summary || undefined,
    datePublished: publishedInstant(article),
    dateModified: modifiedInstant(article),
    inLanguage: article.lang,
    author: article.authors.length ? article.authors.map((name) => ({ '@type': 'Person', name })) : [publisher],
    publisher,
    image: article.image ? [absoluteContentUrl(article.image, config.baseUrl, article.url)] : undefined,
    keywords: article.tags.length ? article.tags : undefined,
    wordCount: article.wordCount,
  };
}
