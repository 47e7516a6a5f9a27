// Word lists that answer "no" without hashing the word asked about, when no word in the list has
// its shape (length and first, second and last letters). Most look-ups ask about a word in none of
// the lists, and the word is often a string just made, so a set look-up must hash it first: that
// cost more than everything else name-finding does with the word.

/** The shapes of a list's words: whether a word may be in the list. */
export class WordShapes {
  /** One bit per shape, ~64 bits per word so that few other words share a word's bit. */
  private readonly seen: Uint8Array;
  private readonly shift: number;

  constructor(expectedWords: number) {
    const bits = Math.max(10, Math.ceil(Math.log2(expectedWords * 64)));
    this.seen = new Uint8Array(2 ** (bits - 3));
    this.shift = 32 - bits;
  }

  add(word: string): void {
    const shape = this.shapeOf(word, 0, word.length);
    this.seen[shape >>> 3]! |= 1 << (shape & 7);
  }

  /** False when `word` is certainly not in the list. */
  mayHold(word: string): boolean {
    return this.mayHoldSpan(word, 0, word.length);
  }

  /** `mayHold(text.slice(start, end))`, without making the word. */
  mayHoldSpan(text: string, start: number, end: number): boolean {
    const shape = this.shapeOf(text, start, end);
    return (this.seen[shape >>> 3]! & (1 << (shape & 7))) !== 0;
  }

  private shapeOf(text: string, start: number, end: number): number {
    const n = end - start;
    if (n === 0) return 0;
    const letters = (n << 24) ^ (text.charCodeAt(start) << 16) ^ (text.charCodeAt(n > 1 ? start + 1 : start) << 8) ^ text.charCodeAt(end - 1);
    return Math.imul(letters, 0x9e3779b1) >>> this.shift;
  }
}

/** A set of words that rules out most words by their shape before looking them up. */
export class WordList extends Set<string> {
  private readonly shapes: WordShapes;

  constructor(words: readonly string[]) {
    super();
    this.shapes = new WordShapes(words.length);
    for (const word of words) this.add(word);
  }

  override add(word: string): this {
    this.shapes.add(word);
    return super.add(word);
  }

  override has(word: string): boolean {
    return this.shapes.mayHold(word) && super.has(word);
  }

  /** False when `text.slice(start, end)` is certainly not in the list; the word is made only to make sure. */
  mayHoldSpan(text: string, start: number, end: number): boolean {
    return this.shapes.mayHoldSpan(text, start, end);
  }
}
