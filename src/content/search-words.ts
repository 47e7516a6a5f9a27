// The words an article can be found by: its text cut into words, lower-cased and stripped of accents,
// each once. The search page cuts a reader's query the same way (`templates/assets/search-index.js`,
// held to the same result by tests/search-index.test.ts), so "Zürich" finds "Zurich" and the reverse.

/** Letters and digits; anything else (spaces, punctuation, apostrophes, hyphens) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
/** Only text with a character outside ASCII needs decomposing and its accents dropping. */
const NOT_ASCII = /[^\x00-\x7f]/;

/** The text's words as the index keys them, in order of first appearance; one-character words are left out. */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  addWords(text, words);
  return [...words];
}

function addWords(text: string, words: Set<string>): void {
  if (!NOT_ASCII.test(text)) {
    asciiWords(text.toLowerCase(), words);
  } else {
    const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
    // Accents were most of what lay outside ASCII in most Latin-script text.
    if (!NOT_ASCII.test(folded)) asciiWords(folded, words);
    else for (const [word] of folded.matchAll(WORD)) if (word.length > 1) words.add(word);
  }
}

/**
 * An article's words as the parse cache keeps them for the index: the headline's, a line break, then
 * those of the rest not in the headline. The index marks headline words, and need not cut it again.
 */
export function articleWords(headline: string, rest: string): string {
  const words = new Set<string>();
  addWords(headline, words);
  const inHeadline = words.size;
  addWords(rest, words);
  const list = [...words];
  return `${list.slice(0, inHeadline).join(' ')}\n${list.slice(inHeadline).join(' ')}`;
}

/**
 * The same cut for lower-case ASCII, by character codes: the Unicode-aware pattern above was most of
 * what listing words cost (0.15 ms an article, a tenth of a Markdown parse).
 */
function asciiWords(text: string, words: Set<string>): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > 1) words.add(text.slice(start, i));
      start = -1;
    }
  }
}
