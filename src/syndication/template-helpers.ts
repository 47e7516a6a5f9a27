// What every page's head (in `templates/base.njk`) and article bodies need from this
// folder: feed links, NewsArticle data, absolute article dates and images, body links under the base path.
import type nunjucks from 'nunjucks';
import type { SiteConfig } from '../config.js';
import type { RoutedArticle } from '../site/model.js';
import { basePathOf, linkTo, topicPath } from '../site/routes.js';
import type { Topic } from '../types.js';
import { modifiedInstant, publishedInstant } from './article-dates.js';
import { absoluteContentUrl, isSitePath, rewriteUrls } from './markup.js';
import { feedLinks } from './paths.js';
import { newsArticle } from './structured-data.js';

export function addSyndicationHelpers(env: nunjucks.Environment, config: SiteConfig): void {
  const basePath = basePathOf(config.baseUrl);
  const withHref = (links: ReturnType<typeof feedLinks>) => links.map((link) => ({ ...link, href: linkTo(basePath, link.path) }));
  // Every page's head and footer list the site's feeds: made once, not per page.
  const siteFeeds = withHref(feedLinks('/', config.title));
  /** The site's feeds, after a topic's own feeds when the page is about one. */
  env.addGlobal('feedsFor', (topic?: Topic) => !config.feeds ? [] : [
    ...(topic ? withHref(feedLinks(topicPath(topic.slug), topic.name)) : []),
    ...siteFeeds,
  ]);
  env.addFilter('newsArticle', (article: RoutedArticle) => newsArticle(article, config));
  env.addFilter('publishedInstant', (article: RoutedArticle) => publishedInstant(article));
  env.addFilter('modifiedInstant', (article: RoutedArticle) => modifiedInstant(article));
  env.addFilter('articleImage', (article: RoutedArticle) => (article.image ? absoluteContentUrl(article.image, config.baseUrl, article.url) : ''));
  /** Body HTML keeps site paths (`/2021/…`) so it can be cached once; pages put them under the base path. */
  env.addFilter('underBasePath', (html: string) => (html ? rewriteUrls(html, (url) => (isSitePath(url) ? linkTo(basePath, url) : url)) : html));
}
