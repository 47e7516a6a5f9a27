// One paragraph's tokens, kept as numbers (traits, and where each token's text lies in the
// paragraph) with the text made only when asked: most words are plain lower-case ones that
// name-finding passes over, so building a string and an object for each cost more than the rest.

import type { WordList } from './word-shapes.js';

/** Letters or digits, as opposed to punctuation. */
export const WORD_TOKEN = 1;
/** Starts with a capital letter. */
export const CAPITAL = 2;
/** Starts with a lower-case letter. */
export const SMALL = 4;
/** First word of a sentence, quote or clause after a colon. */
export const SENTENCE_START = 8;
/** A name cannot run past this token (`Iran's`, the `US` of `US-led`, any mark). */
export const ENDS_NAME = 16;
/** A handle or hashtag (`@user`, `#tag`): never part of a name. */
export const HANDLE = 32;
/** The paragraph writes a right single quote here, which the token text straightens. */
export const CURLY = 64;
/** Has an upper-case or non-ASCII character, which lower-casing may change. */
export const CASED = 128;
/** May open a name: starts with a capital, or is "al-" or "el-" before one ("al-Assad"); not a handle. */
export const NAME_START = 256;

const STRIDE = 3;
const RIGHT_QUOTE = /’/g;

export class Tokens {
  /** How many tokens the paragraph has. */
  length = 0;
  /** Per token: its traits, where its text starts and where it ends in the paragraph. */
  private readonly data: number[];
  private texts: Array<string | undefined> | undefined;
  private lowers: Array<string | undefined> | undefined;

  constructor(readonly paragraph: string) {
    // Room for prose (a token and its space take ~5.5 characters), so the list seldom has to grow.
    this.data = new Array<number>(Math.ceil(paragraph.length * 0.7) + STRIDE);
  }

  push(traits: number, start: number, end: number): void {
    const at = this.length * STRIDE;
    this.data[at] = traits;
    this.data[at + 1] = start;
    this.data[at + 2] = end;
    this.length++;
  }

  /** The word tokens alone, in order: a headline is matched word by word, its marks skipped. */
  words(): Tokens {
    const words = new Tokens(this.paragraph);
    for (let at = 0; at < this.length * STRIDE; at += STRIDE) {
      if ((this.data[at]! & WORD_TOKEN) !== 0) words.push(this.data[at]!, this.data[at + 1]!, this.data[at + 2]!);
    }
    return words;
  }

  /** The first token from `from` on that has `trait`, or `length`. */
  next(trait: number, from: number): number {
    let i = Math.max(from, 0);
    while (i < this.length && (this.data[i * STRIDE]! & trait) === 0) i++;
    return i;
  }

  /** Whether token `i` has `trait`; no token past either end has any. */
  is(i: number, trait: number): boolean {
    return i >= 0 && i < this.length && (this.data[i * STRIDE]! & trait) !== 0;
  }

  isWord(i: number): boolean {
    return this.is(i, WORD_TOKEN);
  }

  /** Whether token `i` is the word or mark `text`: `text(i) === text`, read where the token lies
   * rather than from a string made for it (the words around a name are mostly asked about once). */
  isText(i: number, text: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const at = i * STRIDE;
    if ((this.data[at]! & CURLY) !== 0) return this.text(i) === text;
    const start = this.data[at + 1]!;
    if (this.data[at + 2]! - start !== text.length) return false;
    for (let k = 0; k < text.length; k++) if (this.paragraph.charCodeAt(start + k) !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Whether token `i` is a word in `list`: `list.has(text(i))`, with the text made only when the
   * word has the shape of one in the list (most words asked about are in none). */
  isIn(i: number, list: WordList): boolean {
    if (!this.isWord(i)) return false;
    const at = i * STRIDE;
    const shaped = (this.data[at]! & CURLY) !== 0 || list.mayHoldSpan(this.paragraph, this.data[at + 1]!, this.data[at + 2]!);
    return shaped && list.has(this.text(i));
  }

  /** The word as written, without possessive `'s` or a sentence-ending period; or one mark; '' past
   * either end. Remembered, since the words around a name are read several times. */
  text(i: number): string {
    if (i < 0 || i >= this.length) return '';
    this.texts ??= new Array<string | undefined>(this.length);
    return (this.texts[i] ??= this.makeText(i));
  }

  private makeText(i: number): string {
    const at = i * STRIDE;
    const text = this.paragraph.slice(this.data[at + 1], this.data[at + 2]);
    return (this.data[at]! & CURLY) === 0 ? text : text.replace(RIGHT_QUOTE, "'");
  }

  /** `text(i)` lower-cased; remembered, since a capitalised word is looked up under it several times. */
  lower(i: number): string {
    if (i < 0 || i >= this.length) return '';
    if ((this.data[i * STRIDE]! & CASED) === 0) return this.text(i);
    this.lowers ??= new Array<string | undefined>(this.length);
    return (this.lowers[i] ??= this.text(i).toLowerCase());
  }
}
