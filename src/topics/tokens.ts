// Splits a paragraph into word and punctuation tokens, marking what name-finding needs:
// where sentences start (a capital proves nothing there) and where a name must end.

import { ASCII, classOf, LOWER, SPACE, startsUpper, UPPER, WORD } from './chars.js';
import { ABBREVIATIONS, HYPHEN_MODIFIERS, HYPHEN_PREFIXES } from './lexicon.js';

export interface Token {
  /** The word as written, without possessive `'s` or a sentence-ending period; or one mark. */
  text: string;
  /** `text` lower-cased, once here rather than at every word-list look-up. */
  lower: string;
  /** Letters or digits, as opposed to punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Starts with a lower-case letter. */
  small: boolean;
  /** First word of a sentence, quote or clause after a colon. */
  sentenceStart: boolean;
  /** A name cannot run past this word (`Iran's`, the `US` of `US-led`). */
  endsName: boolean;
  /** A handle or hashtag (`@user`, `#tag`): never part of a name. */
  handle: boolean;
}

/** Marks after which the next word starts a sentence or something like one. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', '(', '[', '—', '–', '…', '•', '-']);

/** Whether a trailing period belongs to the word ("U.S.", "Mr.", "F.") rather than the sentence. */
function keepsPeriod(word: string, capital: boolean): boolean {
  const bare = word.slice(0, -1);
  return (bare.length === 1 && capital) || bare.includes('.') || ABBREVIATIONS.has(bare.toLowerCase());
}

/** "US-led" names the US; "pro-Kremlin" names the Kremlin; "Ki-moon" stays whole. */
function splitHyphen(word: string): string | undefined {
  const at = word.indexOf('-');
  if (at < 0 || word.indexOf('-', at + 1) >= 0) return undefined;
  const head = word.slice(0, at);
  const tail = word.slice(at + 1);
  if (startsUpper(head) && HYPHEN_MODIFIERS.has(tail)) return head;
  if (HYPHEN_PREFIXES.has(head.toLowerCase()) && startsUpper(tail)) return tail;
  return undefined;
}

function wordToken(raw: string, capital: boolean, small: boolean, sentenceStart: boolean, handle: boolean): Token {
  let text = (wordTraits & CURLY) === 0 ? raw : raw.replace(/’/g, "'");
  let endsName = false;
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 2 && (last === 0x73 || last === 0x53) && text.charCodeAt(text.length - 2) === APOSTROPHE) {
    text = text.slice(0, -2);
    endsName = true;
  } else if (last === APOSTROPHE) {
    text = text.slice(0, -1);
    endsName = true;
  }
  const head = (wordTraits & HAS_HYPHEN) === 0 ? undefined : splitHyphen(text);
  if (head) {
    text = head;
    endsName = true;
    capital = startsUpper(head);
    small = false;
  }
  const lower = (wordTraits & CASED) === 0 ? text : text.toLowerCase();
  return { text, lower, word: true, capital, small, sentenceStart, endsName, handle };
}

/** What the word `wordEnd` last read holds, so the common plain word skips the searches and
 * the lower-casing that only some words need. */
let wordTraits = 0;
/** A right single quote, which the token text straightens. */
const CURLY = 1;
const HAS_HYPHEN = 2;
/** An upper-case or non-ASCII character, which lower-casing may change. */
const CASED = 4;

/** Where the word starting at `start` ends: the longest run of letters, marks and digits, joined by
 * single `'’.&-`, then an apostrophe and a period if there are (so "U.S.", "Ki-moon", "dogs'"). */
function wordEnd(text: string, start: number): number {
  wordTraits = 0;
  let at = skipWordChars(text, start);
  for (let code = text.charCodeAt(at); isJoiner(code) && at + 1 < text.length && (classOf(text.codePointAt(at + 1)!) & WORD) !== 0; code = text.charCodeAt(at)) {
    if (code === HYPHEN) wordTraits |= HAS_HYPHEN;
    else if (code === RIGHT_QUOTE) wordTraits |= CURLY | CASED;
    at = skipWordChars(text, at + 1);
  }
  const code = text.charCodeAt(at);
  if (code === APOSTROPHE) at++;
  else if (code === RIGHT_QUOTE) {
    wordTraits |= CURLY | CASED;
    at++;
  }
  if (text.charCodeAt(at) === PERIOD) at++;
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

/** Reads the paragraph left to right by hand: a Unicode regex per token cost more than the rest. */
export function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let handle = false;
  for (let at = 0; at < paragraph.length; ) {
    const code = paragraph.charCodeAt(at);
    if (code === 0x20) {
      at++;
      continue;
    }
    const codePoint = code < 0xd800 ? code : paragraph.codePointAt(at)!;
    const flags = code < 0x80 ? ASCII[code]! : classOf(codePoint);
    if ((flags & SPACE) !== 0) {
      at += codePoint > 0xffff ? 2 : 1;
    } else if ((flags & WORD) !== 0) {
      const end = wordEnd(paragraph, at);
      let raw = paragraph.slice(at, end);
      at = end;
      const capital = (flags & UPPER) !== 0;
      const endsSentence = raw.charCodeAt(raw.length - 1) === PERIOD && !keepsPeriod(raw, capital);
      if (endsSentence) raw = raw.slice(0, -1);
      tokens.push(wordToken(raw, capital, !capital && (flags & LOWER) !== 0, sentenceStart, handle));
      if (endsSentence) tokens.push(punctuation('.'));
      sentenceStart = endsSentence;
      handle = false;
    } else {
      const end = markEnd(paragraph, at, codePoint);
      const mark = paragraph.slice(at, end);
      at = end;
      tokens.push(punctuation(mark));
      sentenceStart = OPENERS.has(mark[0]!) || (sentenceStart && mark !== ',');
      handle = mark === '@' || mark === '#';
    }
  }
  return tokens;
}

function punctuation(text: string): Token {
  const lower = text.charCodeAt(0) < 0x80 ? text : text.toLowerCase();
  return { text, lower, word: false, capital: false, small: false, sentenceStart: false, endsName: true, handle: false };
}
