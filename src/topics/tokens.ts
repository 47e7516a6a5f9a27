// Splits a paragraph into word and punctuation tokens, marking what name-finding needs:
// where sentences start (a capital proves nothing there) and where a name must end.

import { ASCII, classOf, LOWER, SPACE, startsUpper, UPPER, WORD } from './chars.js';
import { ABBREVIATIONS, HYPHEN_MODIFIERS, HYPHEN_PREFIXES } from './lexicon.js';
import type { LowerCaseWords } from './lower-words.js';
import { CAPITAL, CASED, CURLY, ENDS_NAME, HANDLE, NAME_START, SENTENCE_START, SMALL, Tokens, WORD_TOKEN } from './token-list.js';

export { Tokens } from './token-list.js';

/** Marks after which the next word starts a sentence or something like one. */
const OPENERS = new Set([...'.!?:;"“”‘([—–…•-'].map((mark) => mark.charCodeAt(0)));

/** Whether the period ending `text[start..end)` belongs to the word ("U.S.", "Mr.", "F.") rather than the sentence. */
function keepsPeriod(text: string, start: number, end: number, capital: boolean): boolean {
  const bare = end - 1;
  if ((bare - start === 1 && capital) || hasPeriod(text, start, bare)) return true;
  if (bare - start > LONGEST_ABBREVIATION) return false;
  const word = text.slice(start, bare);
  return ABBREVIATIONS.has((wordTraits & CASED) === 0 ? word : word.toLowerCase());
}

/** Longest abbreviation, so a longer word is not looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** Whether `text[start..end)` has a period: a word is short, so a loop beats a call into `lastIndexOf`. */
function hasPeriod(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === PERIOD) return true;
  return false;
}

/** "US-led" names the US (its head); "pro-Kremlin" names the Kremlin (its tail); "Ki-moon" stays whole. */
function hyphenSide(word: string): 'head' | 'tail' | undefined {
  const at = word.indexOf('-');
  if (at < 0 || word.indexOf('-', at + 1) >= 0) return undefined;
  const head = word.slice(0, at);
  const tail = word.slice(at + 1);
  if (startsUpper(head) && HYPHEN_MODIFIERS.has(tail)) return 'head';
  if (HYPHEN_PREFIXES.has(head.toLowerCase()) && startsUpper(tail)) return 'tail';
  return undefined;
}

const isApostrophe = (code: number): boolean => code === APOSTROPHE || code === RIGHT_QUOTE;

/** Adds a word of letters and digits alone (most words) as its token. */
function addPlainWord(tokens: Tokens, start: number, end: number, traits: number, lowerCase: LowerCaseWords | undefined): void {
  tokens.push((traits & (CAPITAL | HANDLE)) === CAPITAL ? traits | NAME_START : traits, start, end);
  if (lowerCase && (traits & SMALL) !== 0) file(lowerCase, tokens.paragraph, start, end, traits);
}

/** Adds a word with marks in or after it ("U.S.", "Iran's", "US-led", "said.") as its tokens;
 * returns whether its period ends the sentence (and so is a token of its own). */
function addMarkedWord(tokens: Tokens, start: number, end: number, traits: number, lowerCase: LowerCaseWords | undefined): boolean {
  const text = tokens.paragraph;
  const endsSentence = text.charCodeAt(end - 1) === PERIOD && !keepsPeriod(text, start, end, (traits & CAPITAL) !== 0);
  addWord(tokens, start, endsSentence ? end - 1 : end, traits, lowerCase);
  if (endsSentence) tokens.push(ENDS_NAME, end - 1, end);
  return endsSentence;
}

/** Adds the word `paragraph[start..end)` (a sentence-ending period left out) as a token: without a
 * possessive `'s` or a trailing apostrophe, and only the name half of "US-led" or "pro-Kremlin". */
function addWord(tokens: Tokens, start: number, end: number, traits: number, lowerCase: LowerCaseWords | undefined): void {
  const text = tokens.paragraph;
  const last = text.charCodeAt(end - 1);
  if (end - start > 2 && (last === 0x73 || last === 0x53) && isApostrophe(text.charCodeAt(end - 2))) {
    end -= 2;
    traits |= ENDS_NAME;
  } else if (isApostrophe(last)) {
    end--;
    traits |= ENDS_NAME;
  }
  const side = (wordTraits & HAS_HYPHEN) === 0 ? undefined : hyphenSide(straight(text.slice(start, end), traits));
  if (side) {
    const hyphen = text.indexOf('-', start);
    if (side === 'head') end = hyphen;
    else start = hyphen + 1;
    traits = (traits & ~(CAPITAL | SMALL)) | ENDS_NAME | (startsUpper(text, start) ? CAPITAL : 0);
  }
  const opensName = (traits & CAPITAL) !== 0 || ((traits & SMALL) !== 0 && isArticleName(text, start, end));
  tokens.push(opensName && (traits & HANDLE) === 0 ? traits | NAME_START : traits, start, end);
  if (lowerCase && (traits & SMALL) !== 0) file(lowerCase, text, start, end, traits);
}

/** Files a lower-case word among the article's; as where it lies, unless lower-casing changes it. */
function file(lowerCase: LowerCaseWords, text: string, start: number, end: number, traits: number): void {
  if ((traits & CASED) === 0) lowerCase.addPlain(start, end);
  else lowerCase.addCased(straight(text.slice(start, end), traits).toLowerCase());
}

/** "al-Assad", "el-Sisi": `/^(?:al|el)-\p{Lu}/u` on `text[start..end)`, without a regex for every lower-case word. */
function isArticleName(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  return end - start > 3 && text.charCodeAt(start + 2) === HYPHEN && text.charCodeAt(start + 1) === 0x6c && (first === 0x61 || first === 0x65) &&
    startsUpper(text, start + 3);
}

const straight = (word: string, traits: number): string => ((traits & CURLY) === 0 ? word : word.replace(/’/g, "'"));

/** What the word `wordEnd` last read holds (`CURLY`, `CASED`, `HAS_HYPHEN`, `MARKED`), so the
 * common plain word skips the searches and the lower-casing that only some words need. */
let wordTraits = 0;
/** Bits no token trait uses. */
const HAS_HYPHEN = 1 << 20;
/** Has a mark in it or after it (`'’.&-`). */
const MARKED = 1 << 21;

/** Where the word starting at `start` ends: the longest run of letters, marks and digits, joined by
 * single `'’.&-`, then an apostrophe and a period if there are (so "U.S.", "Ki-moon", "dogs'"). */
function wordEnd(text: string, start: number): number {
  wordTraits = 0;
  let at = skipWordChars(text, start);
  for (let code = text.charCodeAt(at); isJoiner(code) && at + 1 < text.length && (classOf(text.codePointAt(at + 1)!) & WORD) !== 0; code = text.charCodeAt(at)) {
    wordTraits |= MARKED;
    if (code === HYPHEN) wordTraits |= HAS_HYPHEN;
    else if (code === RIGHT_QUOTE) wordTraits |= CURLY | CASED;
    at = skipWordChars(text, at + 1);
  }
  const code = text.charCodeAt(at);
  if (code === APOSTROPHE) {
    wordTraits |= MARKED;
    at++;
  } else if (code === RIGHT_QUOTE) {
    wordTraits |= CURLY | CASED | MARKED;
    at++;
  }
  if (text.charCodeAt(at) === PERIOD) {
    wordTraits |= MARKED;
    at++;
  }
  return at;
}

function skipWordChars(text: string, at: number): number {
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code >= 0x61 && code <= 0x7a) {
      at++;
      continue;
    }
    if (code < 0x80) {
      const flags = ASCII[code]!;
      if ((flags & WORD) === 0) break;
      if ((flags & UPPER) !== 0) wordTraits |= CASED;
      at++;
      continue;
    }
    wordTraits |= CASED;
    const codePoint = text.codePointAt(at)!;
    if ((classOf(codePoint) & WORD) === 0) break;
    at += codePoint > 0xffff ? 2 : 1;
  }
  return at;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 0x2e;
const AMPERSAND = 0x26;
const HYPHEN = 0x2d;
const COMMA = 0x2c;
const isJoiner = (code: number): boolean =>
  code === APOSTROPHE || code === RIGHT_QUOTE || code === PERIOD || code === AMPERSAND || code === HYPHEN;
const isStop = (code: number): boolean => code === PERIOD || code === 0x21 || code === 0x3f;

/** Where the mark starting at `start` ends: a run of `.!?`, or one character. */
function markEnd(text: string, start: number, codePoint: number): number {
  if (!isStop(codePoint)) return start + (codePoint > 0xffff ? 2 : 1);
  let at = start + 1;
  while (isStop(text.charCodeAt(at))) at++;
  return at;
}

/** Where the word at `start` ends if it is an ASCII letter, then lower-case ones, then a space, a
 * comma or the end (most words); else `start`. Such a word needs none of `wordEnd`'s searches for
 * joiners and trailing marks, nor any trimming. */
function plainWordEnd(text: string, start: number, first: number): number {
  if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a))) return start;
  let at = start + 1;
  let code = text.charCodeAt(at);
  while (code >= 0x61 && code <= 0x7a) code = text.charCodeAt(++at);
  return at >= text.length || code === 0x20 || code === COMMA ? at : start;
}

/** Reads the paragraph left to right by hand: a Unicode regex per token cost more than the rest.
 * Its lower-case words are filed in `lowerCase`, if given. */
export function tokenize(paragraph: string, lowerCase?: LowerCaseWords): Tokens {
  const tokens = new Tokens(paragraph);
  lowerCase?.beginParagraph(paragraph);
  let sentenceStart = true;
  let handle = false;
  for (let at = 0; at < paragraph.length; ) {
    const code = paragraph.charCodeAt(at);
    if (code === 0x20) {
      at++;
      continue;
    }
    const plainEnd = plainWordEnd(paragraph, at, code);
    if (plainEnd > at) {
      const shape = code >= 0x61 ? SMALL : CAPITAL | CASED;
      addPlainWord(tokens, at, plainEnd, WORD_TOKEN | shape | (sentenceStart ? SENTENCE_START : 0) | (handle ? HANDLE : 0), lowerCase);
      sentenceStart = false;
      handle = false;
      at = plainEnd;
      continue;
    }
    const codePoint = code < 0xd800 ? code : paragraph.codePointAt(at)!;
    const flags = code < 0x80 ? ASCII[code]! : classOf(codePoint);
    if ((flags & SPACE) !== 0) {
      at += codePoint > 0xffff ? 2 : 1;
    } else if ((flags & WORD) !== 0) {
      const end = wordEnd(paragraph, at);
      const shape = (flags & UPPER) !== 0 ? CAPITAL : (flags & LOWER) !== 0 ? SMALL : 0;
      const traits = WORD_TOKEN | shape | (sentenceStart ? SENTENCE_START : 0) | (handle ? HANDLE : 0) | (wordTraits & (CURLY | CASED));
      if ((wordTraits & MARKED) === 0) {
        addPlainWord(tokens, at, end, traits, lowerCase);
        sentenceStart = false;
      } else {
        sentenceStart = addMarkedWord(tokens, at, end, traits, lowerCase);
      }
      at = end;
      handle = false;
    } else {
      const end = markEnd(paragraph, at, codePoint);
      tokens.push(ENDS_NAME | (code < 0x80 ? 0 : CASED), at, end);
      sentenceStart = OPENERS.has(code) || (sentenceStart && code !== COMMA);
      handle = code === 0x40 || code === 0x23;
      at = end;
    }
  }
  return tokens;
}
