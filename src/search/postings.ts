// Which articles hold each word: the inverted index the search page reads, built from the words the
// parse stage listed for every article (kept in the parse cache, so an unchanged article is not parsed again).
import type { RoutedArticle } from '../site/model.js';

/**
 * Index keys of the search filters start so: a word never holds `#`, so these never meet one. The
 * search page's reader (templates/assets/search-index.js) asks for the same keys.
 */
export const YEAR = '#y';
export const TOPIC = '#t';

/**
 * One key's articles, in rising number, as a growing typed array: at 100,000 articles an index holds
 * tens of millions of entries, which as arrays of JS numbers would take twice the memory.
 */
export class Postings {
  private entries = new Int32Array(4);
  length = 0;
  /** The last article added, so an article listing a key twice counts once. */
  private last = -1;

  /** Adds an article, marked when the key is a word of its headline. */
  add(article: number, inHeadline: boolean): void {
    if (article === this.last) return;
    this.last = article;
    if (this.length === this.entries.length) {
      const grown = new Int32Array(this.entries.length * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[this.length++] = article * 2 + (inHeadline ? 1 : 0);
  }

  /**
   * As the search page reads them: each article as the gap from the one before (the first from -1,
   * so never zero), doubled, plus one when the key is in its headline. Gaps keep the files small.
   */
  encode(): string {
    let text = '';
    let previous = -1;
    for (let i = 0; i < this.length; i++) {
      const entry = this.entries[i] as number;
      const article = entry >> 1;
      text += `${i ? ',' : ''}${(article - previous) * 2 + (entry & 1)}`;
      previous = article;
    }
    return text;
  }
}

/**
 * Every key of the index with its articles, numbered by their place in `oldestFirst`: a new article
 * takes the next number, and the files of older ones stay as they were.
 */
export function buildPostings(oldestFirst: readonly RoutedArticle[], wordsOf: (hash: string) => string): Map<string, Postings> {
  const keys = new Map<string, Postings>();
  const add = (key: string, article: number, inHeadline: boolean): void => {
    let postings = keys.get(key);
    if (!postings) keys.set(key, (postings = new Postings()));
    postings.add(article, inHeadline);
  };
  oldestFirst.forEach((article, number) => {
    const words = wordsOf(article.hash);
    const lineBreak = words.indexOf('\n');
    for (const word of words.slice(0, lineBreak).split(' ')) if (word) add(word, number, true);
    for (const word of words.slice(lineBreak + 1).split(' ')) if (word) add(word, number, false);
    add(`${YEAR}${article.date.year}`, number, false);
    for (const topic of article.topics) add(`${TOPIC}${topic.name}`, number, false);
  });
  return keys;
}
