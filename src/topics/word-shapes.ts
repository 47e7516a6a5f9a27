// Word lists that answer "no" without hashing the word asked about, when no word in the list has
// its shape (length, first and last letter). Most look-ups ask about a word in none of the lists,
// and the word is often a string just made, so a set look-up must hash it first: that cost more
// than everything else name-finding does with a word.

/** Shapes are 4 bits of length and 5 of each end letter: enough to tell most words apart. */
const SHAPES = 1 << 14;

function shapeOf(word: string): number {
  const last = word.length - 1;
  return ((word.length & 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(last) & 31);
}

/** The shapes of a list's words: whether a word may be in the list. */
export class WordShapes {
  private readonly seen = new Uint8Array(SHAPES / 8);

  add(word: string): void {
    const shape = shapeOf(word);
    this.seen[shape >>> 3]! |= 1 << (shape & 7);
  }

  /** False when `word` is certainly not in the list. */
  mayHold(word: string): boolean {
    const shape = shapeOf(word);
    return (this.seen[shape >>> 3]! & (1 << (shape & 7))) !== 0;
  }
}

/** A set of words that rules out most words by their shape before looking them up. */
export class WordList extends Set<string> {
  private readonly shapes = new WordShapes();

  constructor(words: Iterable<string>) {
    super();
    for (const word of words) this.add(word);
  }

  override add(word: string): this {
    this.shapes.add(word);
    return super.add(word);
  }

  override has(word: string): boolean {
    return this.shapes.mayHold(word) && super.has(word);
  }
}
