// The site as the collect stage sees it: articles in order, with the archives and topics that list them.
import type { ArticleMeta, CalendarDate, Topic } from '../types.js';

/** An article with its place in the site. */
export interface RoutedArticle extends ArticleMeta {
  /** Site path of the article page, e.g. `/2023/07/20/iran-bolivia/`. */
  url: string;
  /** Position in the newest-first order (0 = newest). */
  index: number;
}

export interface DayArchive {
  date: CalendarDate;
  /** Indexes into `Site.articles`, newest first. */
  articles: number[];
}

export interface MonthArchive {
  year: number;
  month: number;
  days: DayArchive[];
  articles: number[];
}

export interface YearArchive {
  year: number;
  months: MonthArchive[];
  articles: number[];
}

export interface TopicArchive {
  topic: Topic;
  /** Indexes into `Site.articles`, newest first. */
  articles: number[];
}

export interface Site {
  /** Every published article, newest first. */
  articles: RoutedArticle[];
  /** Years newest first; months and days inside newest first. */
  years: YearArchive[];
  /** Topics with at least one article, by slug. */
  topics: TopicArchive[];
}
