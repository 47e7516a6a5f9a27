// Related articles depend only on what each article says about itself (headline, summary, topics,
// date and place), not on its body. A dev rebuild after an edit to a body finds the same inputs and
// reuses the last answer instead of scoring the whole archive again; a build keeps the answer in its
// cache folder, so a warm build does not score it again either.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashParts, renderCodeHash } from '../cache/fingerprint.js';
import type { Site } from './model.js';
import { relatedArticles } from './related.js';

/** The last lists, the site they were asked for and the signature of their inputs. */
let last: { site: Site; signature: string; related: number[][] } | undefined;

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
  if (last && (unchanged || last.site === site)) return last.related;
  const signature = signatureOf(site);
  last = { site, signature, related: last?.signature === signature ? last.related : relatedArticles(site) };
  return last.related;
}

/**
 * Related lists as `relatedArticlesOnce` gives them, kept in `dir` between builds under the hash of
 * their inputs and of Dateline's code; a file that is missing, unreadable or of the wrong shape is
 * simply worked out again.
 */
export function relatedArticlesKept(site: Site, dir: string): number[][] {
  if (last?.site === site) return last.related;
  const signature = signatureOf(site);
  if (last?.signature === signature) return (last = { ...last, site }).related;
  const file = path.join(dir, `related-${hashParts(renderCodeHash(), signature).slice(0, 16)}.json`);
  let related = readRelated(file, site.articles.length);
  if (!related) {
    related = relatedArticles(site);
    keepOnly(dir, file, related);
  }
  last = { site, signature, related };
  return related;
}

function readRelated(file: string, articles: number): number[][] | undefined {
  try {
    const related = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const valid = Array.isArray(related) && related.length === articles
      && related.every((list) => Array.isArray(list) && list.every((index) => Number.isInteger(index) && index >= 0 && index < articles));
    return valid ? related as number[][] : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the lists (whole, by rename) and removes those of older builds. */
function keepOnly(dir: string, file: string, related: number[][]): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(related));
    renameSync(`${file}.tmp`, file);
    for (const name of readdirSync(dir)) {
      if (/^related-.*\.json$/.test(name) && path.join(dir, name) !== file) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A cache that cannot be written only costs the next build the time to work the lists out again.
  }
}
