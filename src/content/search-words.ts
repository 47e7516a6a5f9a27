// The words an article can be found by: its text cut into words, lower-cased and stripped of accents,
// each once. The search page cuts a reader's query the same way (`templates/assets/search-index.js`,
// held to the same result by tests/search-index.test.ts), so "Zürich" finds "Zurich" and the reverse.

/** Letters and digits; anything else (spaces, punctuation, apostrophes, hyphens) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
/** Only words with a character outside ASCII need decomposing and their accents dropping. */
const NOT_ASCII = /[^\x00-\x7f]/g;

/** The text's words as the index keys them, in order of first appearance; one-character words are left out. */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  addWords(text, words);
  return [...words];
}

function addWords(text: string, words: Set<string>): void {
  // Decomposing and lower-casing the whole text cost as much as cutting it when one accented name was
  // enough to send it all that way. Only the words around a character outside ASCII are folded now;
  // ASCII whitespace ends them, and neither a decomposition nor a final sigma's context reaches past it.
  let cut = 0;
  NOT_ASCII.lastIndex = 0;
  for (let found = NOT_ASCII.exec(text); found !== null; found = NOT_ASCII.exec(text)) {
    let start = found.index;
    while (start > cut && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = found.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (start > cut) asciiWords(text.slice(cut, start).toLowerCase(), words);
    foldedWords(text.slice(start, end), words);
    cut = NOT_ASCII.lastIndex = end;
  }
  if (cut < text.length) asciiWords((cut === 0 ? text : text.slice(cut)).toLowerCase(), words);
}

/** Words with accents or outside ASCII: decomposed, stripped of marks, lower-cased. */
function foldedWords(text: string, words: Set<string>): void {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  for (const [word] of folded.matchAll(WORD)) if (word.length > 1) words.add(word);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
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
