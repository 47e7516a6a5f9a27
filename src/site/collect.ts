// The collect stage: orders articles, gives each a unique URL and files them by day, month, year and topic.
import type { ArticleMeta, Problem } from '../types.js';
import { compareDatesDescending } from '../content/date.js';
import type { MonthArchive, RoutedArticle, Site, TopicArchive, YearArchive } from './model.js';
import { articlePath } from './routes.js';

/** Newest first; same-day articles by time, then headline, then file, so the order never varies. */
export function compareArticles(a: ArticleMeta, b: ArticleMeta): number {
  return compareDatesDescending(a, b) || compareText(a.title, b.title) || compareText(a.source, b.source);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two articles that would share a URL both keep a page: later files (by path) get `-2`, `-3`… */
function assignUrls(articles: ArticleMeta[], problems: Problem[]): ArticleMeta[] {
  const taken = new Map<string, string>();
  const bySource = [...articles].sort((a, b) => compareText(a.source, b.source));
  const renamed = new Map<string, ArticleMeta>();
  for (const article of bySource) {
    let slug = article.slug;
    for (let n = 2; taken.has(articlePath(article.date, slug)); n++) slug = `${article.slug}-${n}`;
    const url = articlePath(article.date, slug);
    if (slug !== article.slug) {
      problems.push({ file: article.source, code: 'duplicate-url', severity: 'warning',
        message: `${articlePath(article.date, article.slug)} is also the URL of ${taken.get(articlePath(article.date, article.slug))}; this article was given ${url}.`,
        hint: 'Give one of the two articles its own `slug:` in the front matter.' });
    }
    taken.set(url, article.source);
    renamed.set(article.source, slug === article.slug ? article : { ...article, slug });
  }
  return articles.map((article) => renamed.get(article.source) ?? article);
}

export function collectSite(metas: ArticleMeta[]): { site: Site; problems: Problem[] } {
  const problems: Problem[] = [];
  const articles: RoutedArticle[] = assignUrls(metas, problems)
    .sort(compareArticles)
    .map((meta, index) => routed(meta, articlePath(meta.date, meta.slug), index));
  return { site: { articles, years: archiveByYear(articles), topics: archiveByTopic(articles) }, problems };
}

/**
 * An article with its place, its fields in the same order as the metadata's. Built with
 * `Object.assign`, not a spread: V8 gives each `{ ...meta, url, index }` a hidden class of its own,
 * which made every look-up of an article field, thousands per page, a slow megamorphic one.
 */
function routed(meta: ArticleMeta, url: string, index: number): RoutedArticle {
  return Object.assign({}, meta, { url, index });
}

/** Articles arrive newest first, so each archive's lists come out newest first too. */
function archiveByYear(articles: RoutedArticle[]): YearArchive[] {
  const years: YearArchive[] = [];
  for (const article of articles) {
    const { year, month, iso } = article.date;
    let yearArchive = years.at(-1);
    if (yearArchive?.year !== year) years.push(yearArchive = { year, months: [], articles: [] });
    let monthArchive: MonthArchive | undefined = yearArchive.months.at(-1);
    if (monthArchive?.month !== month) yearArchive.months.push(monthArchive = { year, month, days: [], articles: [] });
    let day = monthArchive.days.at(-1);
    if (day?.date.iso !== iso) monthArchive.days.push(day = { date: article.date, articles: [] });
    yearArchive.articles.push(article.index);
    monthArchive.articles.push(article.index);
    day.articles.push(article.index);
  }
  return years;
}

function archiveByTopic(articles: RoutedArticle[]): TopicArchive[] {
  const topics = new Map<string, TopicArchive>();
  for (const article of articles) {
    for (const topic of article.topics) {
      let archive = topics.get(topic.slug);
      if (!archive) topics.set(topic.slug, archive = { topic, articles: [] });
      archive.articles.push(article.index);
    }
  }
  return [...topics.values()].sort((a, b) => compareText(a.topic.slug, b.topic.slug));
}
