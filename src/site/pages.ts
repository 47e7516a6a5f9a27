// The route stage: every page the site has, as a template name and the data it shows.
import type { CalendarDate } from '../types.js';
import { formatLongDate, formatMonth, formatMonthName, type DateFormatOptions } from '../content/date.js';
import { monthCalendar, type CalendarWeek } from './calendar.js';
import type { RoutedArticle, Site, TopicArchive } from './model.js';
import { paginate } from './pagination.js';
import { relatedArticlesOnce } from './related-memo.js';
import { dayPath, monthPath, topicPath, yearPath } from './routes.js';
import { topicIndex } from './topic-index.js';

export interface Crumb {
  name: string;
  /** Site path; absent for the current page. */
  url?: string;
}

/** One page to render: where it goes, which template draws it, and what it shows. */
export interface PageSpec {
  /** Site path, e.g. `/2023/07/`. */
  path: string;
  template: string;
  /** Title for `<title>` and the page heading. */
  title: string;
  /** One-line description for search engines and link previews. */
  description: string;
  breadcrumbs: Crumb[];
  /** Anything else the template shows. */
  data: Record<string, unknown>;
}

export interface PageOptions extends DateFormatOptions {
  perPage: number;
  /** Whether the site has a search page. */
  search?: boolean;
  /** Whether article pages show related articles (on unless false). */
  related?: boolean;
  siteTitle: string;
  siteDescription: string;
}

const HOME: Crumb = { name: 'Home', url: '/' };

/** Yields pages one at a time so a large archive never holds every page's data at once. */
export function* sitePages(site: Site, options: PageOptions): Generator<PageSpec> {
  yield* articlePages(site, options);
  yield* listingPages(site.articles, '/', options, {
    template: 'home.njk', title: options.siteTitle, description: options.siteDescription, breadcrumbs: [],
  });
  for (const year of site.years) yield* yearPages(site, year.year, options);
  yield* topicPages(site, options);
  yield { path: '/archive/', template: 'archive.njk', title: 'Archive', description: `Every year and month in ${options.siteTitle}.`,
    breadcrumbs: [HOME, { name: 'Archive' }], data: { years: site.years.map((year) => yearSummary(site, year.year, options)) } };
  yield { path: '/about/', template: 'about.njk', title: 'About', description: `About ${options.siteTitle}.`, breadcrumbs: [HOME, { name: 'About' }], data: {} };
  if (options.search !== false) yield { path: '/search/', template: 'search.njk', title: 'Search', description: `Search every article in ${options.siteTitle}.`, breadcrumbs: [HOME, { name: 'Search' }], data: {} };
  yield { path: '/404.html', template: '404.njk', title: 'Page not found', description: 'This page does not exist.', breadcrumbs: [], data: {
    years: site.years.map((year) => yearSummary(site, year.year, options)) } };
}

function* articlePages(site: Site, options: PageOptions): Generator<PageSpec> {
  const related = relatedShown(site, options);
  for (const article of site.articles) yield articlePage(site, article, related, options);
}

/**
 * The related lists article pages show, by article index: none when the site turns them off.
 * `unchanged` is `relatedArticlesOnce`'s: the caller knows nothing the lists depend on changed.
 */
export function relatedShown(site: Site, options: PageOptions, unchanged = false): number[][] {
  return options.related === false ? [] : relatedArticlesOnce(site, unchanged);
}

/** One article's page: the article, its neighbours by date and its related articles. */
export function articlePage(site: Site, article: RoutedArticle, related: number[][], options: PageOptions): PageSpec {
  return {
    path: article.url, template: 'article.njk', title: article.title, description: article.summary,
    breadcrumbs: [...dateCrumbs(article.date, options, true), { name: article.title }],
    data: {
      article,
      newer: site.articles[article.index - 1],
      older: site.articles[article.index + 1],
      related: (related[article.index] ?? []).map((index) => site.articles[index]),
    },
  };
}


/** Home › 2023 › July › 20, with the last step linked only when the page is below it. */
function dateCrumbs(date: CalendarDate, options: PageOptions, linkDay: boolean): Crumb[] {
  return [HOME, { name: String(date.year), url: yearPath(date.year) },
    { name: formatMonthName(date.month, options), url: monthPath(date.year, date.month) },
    { name: String(date.day), url: linkDay ? dayPath(date) : undefined }];
}

interface ListingHead {
  template: string;
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  data?: Record<string, unknown>;
}

function* listingPages(articles: RoutedArticle[], listing: string, options: PageOptions, head: ListingHead): Generator<PageSpec> {
  for (const { items, pagination } of paginate(articles, options.perPage, listing)) {
    yield {
      path: pagination.page === 1 ? listing : (pagination.links.find((link) => link?.current)?.url ?? listing),
      template: head.template,
      title: pagination.page === 1 ? head.title : `${head.title} (page ${pagination.page})`,
      description: head.description,
      breadcrumbs: pagination.page === 1 ? head.breadcrumbs : pagedCrumbs(head.breadcrumbs, listing, pagination.page),
      // Not a spread: V8 would give each page's data a hidden class of its own (see `routed` in collect.ts).
      data: Object.assign({}, head.data, { articles: items, pagination, listingPath: listing }),
    };
  }
}

/** Page 2 of July sits below July: `Home › 2023 › July › Page 2`, with July linked back to page 1. */
function pagedCrumbs(crumbs: Crumb[], listing: string, page: number): Crumb[] {
  const above = crumbs.length ? [...crumbs.slice(0, -1), Object.assign({}, crumbs.at(-1) as Crumb, { url: listing })] : [HOME];
  return [...above, { name: `Page ${page}` }];
}

function yearSummary(site: Site, year: number, options: PageOptions) {
  const archive = site.years.find((entry) => entry.year === year);
  return {
    year, url: yearPath(year), count: archive?.articles.length ?? 0,
    months: (archive?.months ?? []).map((month) => ({
      month: month.month, name: formatMonthName(month.month, options), url: monthPath(year, month.month), count: month.articles.length,
    })).reverse(),
  };
}

function* yearPages(site: Site, year: number, options: PageOptions): Generator<PageSpec> {
  const archive = site.years.find((entry) => entry.year === year);
  if (!archive) return;
  const pick = (indexes: number[]) => indexes.map((index) => site.articles[index] as RoutedArticle);
  yield* listingPages(pick(archive.articles), yearPath(year), options, {
    template: 'year.njk', title: String(year), description: `${archive.articles.length} articles from ${year}.`,
    breadcrumbs: [HOME, { name: String(year) }], data: { summary: yearSummary(site, year, options) },
  });
  for (const month of archive.months) {
    const name = formatMonth(year, month.month, options);
    yield* listingPages(pick(month.articles), monthPath(year, month.month), options, {
      template: 'month.njk', title: name, description: `${month.articles.length} articles from ${name}.`,
      breadcrumbs: [HOME, { name: String(year), url: yearPath(year) }, { name: formatMonthName(month.month, options) }],
      data: { calendar: monthCalendar(year, month.month, month.days.map((day) => day.date)) satisfies CalendarWeek[] },
    });
    for (const day of month.days) {
      const name = formatLongDate(day.date, options);
      yield* listingPages(pick(day.articles), dayPath(day.date), options, {
        template: 'day.njk', title: name, description: `${day.articles.length} articles from ${name}.`,
        breadcrumbs: dateCrumbs(day.date, options, false), data: { date: day.date, onThisDay: onThisDay(site, day.date) },
      });
    }
  }
}

/** The same calendar day in other years, newest first. */
function onThisDay(site: Site, date: CalendarDate) {
  const found = [];
  for (const year of site.years) {
    if (year.year === date.year) continue;
    const day = year.months.find((month) => month.month === date.month)?.days.find((entry) => entry.date.day === date.day);
    if (day) found.push({ date: day.date, url: dayPath(day.date), articles: day.articles.slice(0, 5).map((index) => site.articles[index]) });
  }
  return found;
}

function* topicPages(site: Site, options: PageOptions): Generator<PageSpec> {
  yield { path: '/topics/', template: 'topics.njk', title: 'Topics', description: `People, places, organisations and tags in ${options.siteTitle}.`,
    breadcrumbs: [HOME, { name: 'Topics' }], data: { groups: topicIndex(site.topics) } };
  for (const archive of site.topics) yield* topicPage(site, archive, options);
}

function topicPage(site: Site, archive: TopicArchive, options: PageOptions): Generator<PageSpec> {
  const articles = archive.articles.map((index) => site.articles[index] as RoutedArticle);
  return listingPages(articles, topicPath(archive.topic.slug), options, {
    template: 'topic.njk', title: archive.topic.name, description: `${articles.length} articles about ${archive.topic.name}.`,
    breadcrumbs: [HOME, { name: 'Topics', url: '/topics/' }, { name: archive.topic.name }], data: { topic: archive.topic },
  });
}
