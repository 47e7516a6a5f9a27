// The words an article writes in lower case somewhere: "However" at a sentence start is then not a
// name. The tokenizer files each lower-case word here as it reads it, by where it lies in its
// paragraph rather than as a string: a string and a set entry for each of an article's ~500
// lower-case words cost as much as reading the words in the first place, and only a hundred or
// so words are ever asked about.

/** What the name heuristics ask of the article's lower-case words. */
export interface WordSet {
  has(word: string): boolean;
}

/** Buckets words are filed in by length and first and last letter; most hold a word or none. */
const BUCKETS = 1024;
/** Per filed word: its paragraph, where it starts and ends there, and the word filed before it in
 * its bucket (plus one; 0 for none). */
const STRIDE = 4;

function bucketOf(text: string, start: number, end: number): number {
  return (((end - start) & 15) << 6) | ((text.charCodeAt(start) & 7) << 3) | (text.charCodeAt(end - 1) & 7);
}

/** Where every article's words are filed, reused: arrays this size made (and freed) for each
 * article cost more than filing its words. Only the newest `LowerCaseWords` may use it. */
const store = {
  owner: undefined as LowerCaseWords | undefined,
  words: new Int32Array(STRIDE * 1024),
  /** Per bucket: the word filed last in it, plus one (0 for none). */
  buckets: new Int32Array(BUCKETS),
};

export class LowerCaseWords implements WordSet {
  /** Lower-case words that lower-casing changes ("iPhone", "café"): few, so kept as strings. */
  private readonly cased = new Set<string>();
  /** The paragraphs words are filed from; the last is the one being read. */
  private readonly paragraphs: string[] = [];
  private count = 0;

  constructor() {
    store.owner = this;
    store.buckets.fill(0);
  }

  /** The words filed next are from `paragraph`. */
  beginParagraph(paragraph: string): void {
    this.paragraphs.push(paragraph);
  }

  /** Files the word `paragraph[start..end)` of the current paragraph, which lower-casing leaves as it is. */
  addPlain(start: number, end: number): void {
    const { words, buckets } = this.claimed();
    const bucket = bucketOf(this.paragraphs[this.paragraphs.length - 1]!, start, end);
    const at = this.count * STRIDE;
    if (at + STRIDE > words.length) return this.grow(start, end);
    words[at] = this.paragraphs.length - 1;
    words[at + 1] = start;
    words[at + 2] = end;
    words[at + 3] = buckets[bucket]!;
    buckets[bucket] = ++this.count;
  }

  /** Files a word that lower-casing changed, already lower-cased. */
  addCased(lower: string): void {
    this.cased.add(lower);
  }

  has(word: string): boolean {
    if (word.length === 0) return false;
    // Most articles have no such word, and a set look-up would hash the question (a new string).
    if (this.cased.size !== 0 && this.cased.has(word)) return true;
    const { words, buckets } = this.claimed();
    for (let entry = buckets[bucketOf(word, 0, word.length)]!; entry !== 0; entry = words[(entry - 1) * STRIDE + 3]!) {
      if (this.equals(words, entry - 1, word)) return true;
    }
    return false;
  }

  /** Whether filed word `k` is `word`. */
  private equals(words: Int32Array, k: number, word: string): boolean {
    const at = k * STRIDE;
    const from = words[at + 1]!;
    if (words[at + 2]! - from !== word.length) return false;
    const source = this.paragraphs[words[at]!]!;
    for (let offset = 0; offset < word.length; offset++) if (source.charCodeAt(from + offset) !== word.charCodeAt(offset)) return false;
    return true;
  }

  private claimed(): typeof store {
    if (store.owner !== this) throw new Error('LowerCaseWords: another article has taken the word store');
    return store;
  }

  private grow(start: number, end: number): void {
    const words = new Int32Array(store.words.length * 2);
    words.set(store.words);
    store.words = words;
    this.addPlain(start, end);
  }
}
