// Related articles: for each article, a few others that share its rarer topics and title words.
// A pure function of the site, so the same site always gives the same lists and they can be cached.
//
// Cost stays close to linear in the number of articles: candidates come only from inverted lists
// (topic → articles, signature term → articles), and from a long list only the articles nearest
// in time to this one, so a topic on every other page never makes the work quadratic.
import type { RoutedArticle, Site } from './model.js';

export interface RelatedOptions {
  /** How many related articles each article shows. */
  count: number;
  /** Most candidates taken from one topic's or term's list: the ones nearest in time. */
  window: number;
  /** Rarest words of the headline and summary that stand for the article's text. */
  signatureTerms: number;
  /** Share of the score from shared topics; the rest comes from shared signature terms. */
  topicShare: number;
  /** Candidates scoring less than this fraction of the best one are noise, not related. */
  cutoff: number;
}

export const defaults: RelatedOptions = { count: 4, window: 50, signatureTerms: 8, topicShare: 0.7, cutoff: 0.25 };

/** Words too common in news to say what a story is about (rarity filters the rest). */
const STOP_WORDS = new Set(('about after again against also among and are around because been before being between both but '
  + 'can could did does during each for from had has have her hers him his how into its just last like many more most '
  + 'new not now off once only other our out over said says she should since some such than that the their them then '
  + 'there these they this those through under until upon very was were what when where which while who whom why will '
  + 'with would year years you your').split(' '));

/** One list per topic or term: article indexes in ascending order, with a weight for sharing it. */
interface Postings {
  lists: number[][];
  /** Inverse document frequency of each list, squared: what one shared entry adds to the dot product. */
  weights: number[];
}

/** Each article's entries (topic or term ids) and the length of its weighted vector. */
interface Vectors {
  entries: number[][];
  norms: Float64Array;
}

/** For every article (by index), the indexes of its related articles, best first. */
export function relatedArticles(site: Site, options: RelatedOptions = defaults): number[][] {
  const articles = site.articles;
  const topics = topicVectors(site);
  const terms = termVectors(articles, options.signatureTerms);
  const scorer = new CandidateScores(articles.length);
  return articles.map((article) => {
    scorer.add(article.index, topics.vectors.entries[article.index] ?? [], topics.postings, options.window);
    scorer.add(article.index, terms.vectors.entries[article.index] ?? [], terms.postings, options.window, true);
    return scorer.best(article.index, options, topics.vectors.norms, terms.vectors.norms, articles);
  });
}

function idfSquared(listLength: number, total: number): number {
  const idf = Math.log(1 + total / listLength);
  return idf * idf;
}

function vectorsOf(entries: number[][], postings: Postings): Vectors {
  const norms = new Float64Array(entries.length);
  entries.forEach((ids, index) => { norms[index] = Math.sqrt(ids.reduce((sum, id) => sum + (postings.weights[id] ?? 0), 0)); });
  return { entries, norms };
}

/** Topics come already filed by the collect stage; an article's own topics are deduplicated by slug. */
function topicVectors(site: Site): { postings: Postings; vectors: Vectors } {
  const idBySlug = new Map(site.topics.map((archive, id) => [archive.topic.slug, id]));
  const postings: Postings = {
    lists: site.topics.map((archive) => archive.articles),
    weights: site.topics.map((archive) => idfSquared(archive.articles.length, site.articles.length)),
  };
  const entries = site.articles.map((article) => [...new Set(article.topics.map((topic) => idBySlug.get(topic.slug)))]
    .filter((id): id is number => id !== undefined && (postings.lists[id]?.length ?? 0) > 1));
  return { postings, vectors: vectorsOf(entries, postings) };
}

/** Text that NFKC leaves as it is, and whose letters and digits are `[a-z0-9]` once lower-cased. */
const ASCII = /^[\x00-\x7f]*$/;

function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  // Most headlines and summaries are ASCII: normalising and matching Unicode classes cost most of the time here.
  const words = (ASCII.test(lower) ? lower.match(/[a-z0-9]+/g) : lower.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)) ?? [];
  return [...new Set(words.filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !/^\d+$/.test(word)))];
}

/**
 * The signature: the rarest words of headline and summary that at least one other article uses.
 * Words are interned as numbers once, so 100,000 articles never hold more than one copy of a word.
 */
function termVectors(articles: RoutedArticle[], size: number): { postings: Postings; vectors: Vectors } {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const words = articles.map((article) => wordsOf(`${article.title} ${article.summary}`).map((word) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, id = counts.push(0) - 1);
    counts[id] = (counts[id] ?? 0) + 1;
    return id;
  }));
  const names = [...ids.keys()];
  const entries = words.map((list) => list
    .filter((id) => (counts[id] ?? 0) > 1)
    .sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0) || ((names[a] ?? '') < (names[b] ?? '') ? -1 : 1))
    .slice(0, size));
  const lists: number[][] = counts.map(() => []);
  entries.forEach((list, index) => { for (const id of list) lists[id]?.push(index); });
  const postings: Postings = { lists, weights: lists.map((list) => idfSquared(Math.max(1, list.length), articles.length)) };
  return { postings, vectors: vectorsOf(entries, postings) };
}

/** First position in an ascending list whose value is at least `value`. */
function lowerBound(list: number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Dot products with the current article, in flat arrays reused for every article (no per-article maps). */
class CandidateScores {
  private readonly topicDot: Float64Array;
  private readonly termDot: Float64Array;
  private readonly seen: Uint8Array;
  /** The articles with a dot product so far, `touchedCount` of them. */
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(size: number) {
    this.topicDot = new Float64Array(size);
    this.termDot = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.touched = new Int32Array(size);
  }

  /** Adds the weight of every entry shared with the articles nearest in time on each entry's list. */
  add(self: number, entries: number[], postings: Postings, window: number, terms = false): void {
    const dot = terms ? this.termDot : this.topicDot;
    const { seen, touched } = this;
    let count = this.touchedCount;
    for (const id of entries) {
      const list = postings.lists[id] ?? [];
      const weight = postings.weights[id] ?? 0;
      const at = lowerBound(list, self);
      const start = Math.max(0, Math.min(at - (window >> 1), list.length - window));
      const end = Math.min(list.length, start + window + 1);
      for (let i = start; i < end; i++) {
        const other = list[i] as number;
        if (other === self) continue;
        if (seen[other] === 0) { seen[other] = 1; touched[count++] = other; }
        dot[other] = (dot[other] as number) + weight;
      }
    }
    this.touchedCount = count;
  }

  /** The best candidates by cosine score; ties go to the newer article, then the smaller URL. */
  best(self: number, options: RelatedOptions, topicNorms: Float64Array, termNorms: Float64Array, articles: RoutedArticle[]): number[] {
    const ranked: { index: number; score: number }[] = [];
    const title = articles[self]?.title;
    const { topicDot, termDot, seen, touched } = this;
    const [topicShare, termShare] = [options.topicShare, 1 - options.topicShare];
    const [topicNorm, termNorm] = [topicNorms[self] as number, termNorms[self] as number];
    /** The score to beat once `count` are ranked: most candidates lose to it before anything is allocated. */
    let last = -Infinity;
    for (let i = 0; i < this.touchedCount; i++) {
      const other = touched[i] as number;
      const score = topicShare * cosine(topicDot[other] as number, topicNorm, topicNorms[other] as number)
        + termShare * cosine(termDot[other] as number, termNorm, termNorms[other] as number);
      topicDot[other] = 0;
      termDot[other] = 0;
      seen[other] = 0;
      if (score <= 0 || score < last) continue;
      // The same headline is another copy of this story (wire services re-file), not a related one.
      if (articles[other]?.title === title) continue;
      insertRanked(ranked, { index: other, score }, options.count, articles);
      if (ranked.length === options.count) last = (ranked[options.count - 1] as { score: number }).score;
    }
    this.touchedCount = 0;
    const floor = (ranked[0]?.score ?? 0) * options.cutoff;
    return ranked.filter((entry) => entry.score >= floor).map((entry) => entry.index);
  }
}

function cosine(dot: number, normA: number, normB: number): number {
  return dot > 0 ? dot / (normA * normB) : 0;
}

function before(a: { index: number; score: number }, b: { index: number; score: number }, articles: RoutedArticle[]): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const first = articles[a.index] as RoutedArticle;
  const second = articles[b.index] as RoutedArticle;
  if (first.date.iso !== second.date.iso) return first.date.iso > second.date.iso;
  return first.url < second.url;
}

/** Keeps the best `count` in order with an insertion step: count is tiny, so no full sort per article. */
function insertRanked(ranked: { index: number; score: number }[], entry: { index: number; score: number }, count: number, articles: RoutedArticle[]): void {
  let at = ranked.length;
  while (at > 0 && before(entry, ranked[at - 1] as { index: number; score: number }, articles)) at--;
  if (at >= count) return;
  ranked.splice(at, 0, entry);
  if (ranked.length > count) ranked.pop();
}
