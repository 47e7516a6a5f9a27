// The words an article writes in lower case somewhere: "However" at a sentence start is then not a
// name. Name-finding only ever asks about words it saw with a capital (or another upper-case
// letter), so only those are looked for among the ~500 lower-case words of an article, behind a
// test of length and first and last letter: a string and a set entry for every lower-case word
// cost as much as reading the words in the first place.

import { CASED, SMALL, type Tokens } from './token-list.js';

/** What the name heuristics ask of the article's lower-case words. */
export interface WordSet {
  has(word: string): boolean;
}

/** Buckets of the length-and-letters test: enough that most lower-case words miss every bucket in use. */
const BUCKETS = 1024;

/** Length and the low bits of the first and last letters: equal words land in one bucket. */
function bucketOf(text: string, start: number, end: number): number {
  return (((end - start) & 15) << 6) | ((text.charCodeAt(start) & 7) << 3) | (text.charCodeAt(end - 1) & 7);
}

export class LowerCaseWords implements WordSet {
  /** The lower-cased form of every word not written plainly in lower case: all that is asked about. */
  private readonly asked = new Set<string>();
  /** Those of them the article also writes in lower case. */
  private readonly seen = new Set<string>();
  /** Every lower-case word, made only if something else is asked (nothing does today). */
  private all: Set<string> | undefined;

  constructor(private readonly paragraphs: readonly Tokens[]) {
    for (const tokens of paragraphs) {
      for (let i = 0; i < tokens.length; i++) {
        if (!tokens.isWord(i) || isPlain(tokens, i)) continue;
        const lower = tokens.lower(i);
        this.asked.add(lower);
        if (tokens.is(i, SMALL)) this.seen.add(lower);
      }
    }
    this.findPlainAsked();
  }

  has(word: string): boolean {
    if (this.asked.has(word)) return this.seen.has(word);
    return (this.all ??= everyLowerCaseWord(this.paragraphs)).has(word);
  }

  /** Adds to `seen` the asked words that the paragraphs write plainly in lower case. */
  private findPlainAsked(): void {
    /** Per bucket, how many asked words in it are not yet found. */
    const missing = new Int32Array(BUCKETS);
    for (const word of this.asked) if (!this.seen.has(word)) missing[bucketOf(word, 0, word.length)]! += 1;
    for (const tokens of this.paragraphs) {
      for (let i = 0; i < tokens.length; i++) {
        if (!isPlain(tokens, i)) continue;
        const bucket = bucketOf(tokens.paragraph, tokens.start(i), tokens.end(i));
        if (missing[bucket] === 0) continue;
        const text = tokens.text(i);
        if (this.asked.has(text) && !this.seen.has(text)) {
          this.seen.add(text);
          missing[bucket]! -= 1;
        }
      }
    }
  }
}

/** A lower-case word whose text is its lower-cased form, written as in the paragraph. */
const isPlain = (tokens: Tokens, i: number): boolean => tokens.is(i, SMALL) && !tokens.is(i, CASED);

function everyLowerCaseWord(paragraphs: readonly Tokens[]): Set<string> {
  const all = new Set<string>();
  for (const tokens of paragraphs) {
    for (let i = 0; i < tokens.length; i++) if (tokens.is(i, SMALL)) all.add(tokens.lower(i));
  }
  return all;
}
