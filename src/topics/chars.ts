// Character classes the tokenizer reads, by code point: a table lookup for ASCII and a
// remembered Unicode-regex answer for anything else, so no regex runs per character.

/** `[\p{L}\p{M}\p{N}]`: a letter, mark or digit, the stuff of words. */
export const WORD = 1;
/** `\p{Lu}`: an upper-case letter. */
export const UPPER = 2;
/** `\p{Ll}`: a lower-case letter. */
export const LOWER = 4;
/** `\s`: white space between tokens. */
export const SPACE = 8;
const KNOWN = 16;

/** Classes of the Basic Multilingual Plane, filled in as characters are first met. */
const bmp = new Uint8Array(0x10000);

function classify(char: string): number {
  let flags = KNOWN;
  if (/[\p{L}\p{M}\p{N}]/u.test(char)) flags |= WORD;
  if (/\p{Lu}/u.test(char)) flags |= UPPER;
  if (/\p{Ll}/u.test(char)) flags |= LOWER;
  if (/\s/u.test(char)) flags |= SPACE;
  return flags;
}

/** Classes of the ASCII characters, for the tokenizer's inner loops. */
export const ASCII = Uint8Array.from({ length: 0x80 }, (_, code) => classOf(code));

/** The classes of the code point `codePoint` (astral ones are rare enough to classify each time). */
export function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
  let flags = bmp[codePoint]!;
  if (flags === 0) bmp[codePoint] = flags = classify(String.fromCharCode(codePoint));
  return flags;
}

/** Whether `text` has an upper-case letter at `at` (by default its start, as `/^\p{Lu}/u` tests). */
export function startsUpper(text: string, at = 0): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  return (classOf(text.codePointAt(at)!) & UPPER) !== 0;
}
