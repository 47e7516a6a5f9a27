// The two instants standards ask of an article: when it was published and when it last changed,
// both ISO 8601 with an offset. A bare day is that day's midnight UTC, as elsewhere in Dateline.
import { isoInstant, parseDate } from '../content/date.js';
import type { ArticleMeta } from '../types.js';

export function publishedInstant(article: ArticleMeta): string {
  return isoInstant(article.date, article.dateTime);
}

/** `updated` when it is given and not before publication, else the publication instant. */
export function modifiedInstant(article: ArticleMeta): string {
  const published = publishedInstant(article);
  const parsed = article.updated ? parseDate(article.updated) : undefined;
  const updated = parsed && isoInstant(parsed.date, parsed.dateTime);
  return updated && Date.parse(updated) > Date.parse(published) ? updated : published;
}

/**
 * The same moment as `modifiedInstant`, written as precisely as the source wrote it: `2023-07-20`
 * for a bare day (a W3C datetime, as sitemaps take), rather than an invented midnight.
 */
export function modifiedAsWritten(article: ArticleMeta): string {
  const published = article.dateTime ?? article.date.iso;
  if (!article.updated) return published;
  return modifiedInstant(article) === publishedInstant(article) ? published : (article.updated ?? published);
}

/** The newest of some ISO instants (by the moment they name, not their spelling), each parsed once. */
export function newestInstant(instants: Iterable<string>): string | undefined {
  let newest: string | undefined;
  let newestTime = NaN;
  for (const instant of instants) {
    const time = Date.parse(instant);
    if (!newest || time > newestTime) {
      newest = instant;
      newestTime = time;
    }
  }
  return newest;
}
