// The search index: static JSON files under `/search-index/` that the search page fetches a few at a
// time (templates/assets/search-index.js reads them). A manifest names the shards and the filters; each
// shard holds the words that begin with its key; article records come in files of a hundred.
// Pagefind did this job before, and at 16,000 articles took 23 s and 4.3 GB of its own: see the README.
import type { OutputFile, SiteContext, StandaloneOutput } from '../outputs/types.js';
import type { RoutedArticle } from '../site/model.js';
import { buildPostings, TOPIC, type Postings } from './postings.js';
import { shardsOf } from './shards.js';

export interface Options {
  /** Folder of the index in the output. */
  bundleDir: string;
  /** Article records per file: a page of results needs only a few files. */
  articlesPerFile: number;
  /** A shard larger than this is split by one more letter of its words (unless one word fills it). */
  shardBytes: number;
  /** Topics offered as a filter, the commonest first: a list of tens of thousands helps nobody. */
  topicsListed: number;
  /** Characters of an article's summary shown as its excerpt. */
  excerptLength: number;
}

export const defaults: Options = { bundleDir: 'search-index', articlesPerFile: 100, shardBytes: 48_000, topicsListed: 1000, excerptLength: 300 };

/** What the search page reads first; `version` changes with the format. */
export interface Manifest {
  version: 1;
  articles: number;
  articlesPerFile: number;
  /** Shard keys, sorted; a word lives in the shard of the longest key it begins with. */
  shards: string[];
  /** Years with their article counts, newest first. */
  years: [number, number][];
  /** Topic names with their article counts, the commonest first. */
  topics: [string, number][];
}

export function searchIndex(options: Partial<Options> = {}): StandaloneOutput {
  const settings = { ...defaults, ...options };
  return { name: 'search', standalone: true, files: (context) => indexFiles(context, settings) };
}

function* indexFiles({ site, wordsOf }: SiteContext, options: Options): Iterable<OutputFile> {
  const oldestFirst = [...site.articles].reverse();
  const postings = buildPostings(oldestFirst, wordsOf);
  const shards = shardsOf(postings, options.shardBytes);
  const manifest: Manifest = {
    version: 1, articles: site.articles.length, articlesPerFile: options.articlesPerFile, shards: shards.map((shard) => shard.key),
    years: site.years.map((year) => [year.year, year.articles.length]),
    topics: topicCounts(postings).slice(0, options.topicsListed),
  };
  yield { file: `${options.bundleDir}/index.json`, content: JSON.stringify(manifest) };
  for (const shard of shards) yield { file: `${options.bundleDir}/words/${shardFile(shard.key)}.json`, content: shardJson(shard.keys, postings) };
  for (let start = 0; start < oldestFirst.length; start += options.articlesPerFile) {
    const records = oldestFirst.slice(start, start + options.articlesPerFile).map((article) => articleRecord(article, options.excerptLength));
    yield { file: `${options.bundleDir}/articles/${start / options.articlesPerFile}.json`, content: JSON.stringify(records) };
  }
}

/** A shard's file name: its key's UTF-8 bytes in hex, so any word makes a safe, stable name. */
function shardFile(key: string): string {
  return Buffer.from(key, 'utf8').toString('hex');
}

function shardJson(keys: string[], postings: Map<string, Postings>): string {
  return `{${keys.map((key) => `${JSON.stringify(key)}:[${(postings.get(key) as Postings).encode()}]`).join(',')}}`;
}

/** By name, as the filter shows them: a place and a person both called Jordan are one entry. */
function topicCounts(postings: Map<string, Postings>): [string, number][] {
  const counts: [string, number][] = [];
  for (const [key, articles] of postings) if (key.startsWith(TOPIC)) counts.push([key.slice(TOPIC.length), articles.length]);
  return counts.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
}

/** Site path, headline, day and excerpt: what a result shows. */
function articleRecord(article: RoutedArticle, excerptLength: number): [string, string, string, string] {
  return [article.url, article.title, article.date.iso, excerpt(article.summary, excerptLength)];
}

/** The summary cut at a word boundary near the length, with an ellipsis when cut. */
function excerpt(summary: string, length: number): string {
  if (summary.length <= length) return summary;
  const space = summary.lastIndexOf(' ', length);
  return `${summary.slice(0, space > length / 2 ? space : length).trimEnd()}…`;
}
