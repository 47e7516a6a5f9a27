// Related articles depend only on what each article says about itself (headline, summary, topics,
// date and place), not on its body. A dev rebuild after an edit to a body finds the same inputs and
// reuses the last answer instead of scoring the whole archive again.
import { createHash } from 'node:crypto';
import type { Site } from './model.js';
import { relatedArticles } from './related.js';

let last: { signature: string; related: number[][] } | undefined;

function signatureOf(site: Site): string {
  const hash = createHash('sha1');
  for (const article of site.articles) {
    hash.update(`${article.url}\0${article.date.iso}\0${article.title}\0${article.summary}\0`);
    for (const topic of article.topics) hash.update(`${topic.slug}\0`);
    hash.update('\n');
  }
  return hash.digest('hex');
}

/**
 * Related lists for the site, reused when their inputs are unchanged. `unchanged` skips the check,
 * for callers that already know no headline, summary, topic, date or place changed.
 */
export function relatedArticlesOnce(site: Site, unchanged = false): number[][] {
  if (unchanged && last) return last.related;
  const signature = signatureOf(site);
  if (last?.signature !== signature) last = { signature, related: relatedArticles(site) };
  return last.related;
}
