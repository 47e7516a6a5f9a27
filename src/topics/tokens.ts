// Splits a paragraph into word and punctuation tokens, marking what name-finding needs:
// where sentences start (a capital proves nothing there) and where a name must end.

import { ABBREVIATIONS, HYPHEN_MODIFIERS, HYPHEN_PREFIXES } from './lexicon.js';

export interface Token {
  /** The word as written, without possessive `'s` or a sentence-ending period; or one mark. */
  text: string;
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

const REST = String.raw`[\p{L}\p{M}\p{N}]*(?:['’.&-][\p{L}\p{M}\p{N}]+)*['’]?\.?`;
/** Groups: 1 a capitalised word, 2 a lower-case word, 3 another word (digits, CJK), 4 a mark. */
const TOKEN = new RegExp(String.raw`(\p{Lu}${REST})|(\p{Ll}${REST})|([\p{L}\p{M}\p{N}]${REST})|([.!?]+|\S)`, 'gu');
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
  if (/^\p{Lu}/u.test(head) && HYPHEN_MODIFIERS.has(tail)) return head;
  if (HYPHEN_PREFIXES.has(head.toLowerCase()) && /^\p{Lu}/u.test(tail)) return tail;
  return undefined;
}

function wordToken(raw: string, capital: boolean, small: boolean, sentenceStart: boolean, handle: boolean): Token {
  let text = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  let endsName = false;
  if (text.length > 2 && (text.endsWith("'s") || text.endsWith("'S"))) [text, endsName] = [text.slice(0, -2), true];
  else if (text.endsWith("'")) [text, endsName] = [text.slice(0, -1), true];
  const head = splitHyphen(text);
  if (head) [text, endsName, capital, small] = [head, true, /^\p{Lu}/u.test(head), false];
  return { text, word: true, capital, small, sentenceStart, endsName, handle };
}

export function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let handle = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(paragraph); m; m = TOKEN.exec(paragraph)) {
    const mark = m[4];
    if (mark === undefined) {
      let raw = m[0];
      const capital = m[1] !== undefined;
      const endsSentence = raw.endsWith('.') && !keepsPeriod(raw, capital);
      if (endsSentence) raw = raw.slice(0, -1);
      tokens.push(wordToken(raw, capital, m[2] !== undefined, sentenceStart, handle));
      if (endsSentence) tokens.push(punctuation('.'));
      sentenceStart = endsSentence;
      handle = false;
    } else {
      tokens.push(punctuation(mark));
      sentenceStart = OPENERS.has(mark[0]!) || (sentenceStart && mark !== ',');
      handle = mark === '@' || mark === '#';
    }
  }
  return tokens;
}

function punctuation(text: string): Token {
  return { text, word: false, capital: false, small: false, sentenceStart: false, endsName: true, handle: false };
}
