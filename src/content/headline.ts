// Owns headline inference for wire stories that arrive without one. Pure string rules, no NLP:
// take the lede's first sentence, drop datelines, asides, attribution and time padding, put it in
// headline style, then shorten it at a clause or phrase boundary so it never reads as cut off.
import { leadSentence, pickLede } from './headline/lede.js';
import { dropPadding } from './headline/padding.js';
import { toHeadlineTense, withoutMark } from './headline/tense.js';
import {
  MIN_WORDS, SAME_PAST, hasFiniteVerb, removal, removeAll, tidy, trimDangling, trimEndWhile, wordCount,
} from './headline/words.js';

/** The naive baseline the eval script scores against. */
export { firstSentence } from './headline/lede.js';

/** The hard ceiling: listings and <title> are laid out for at most this many characters. */
const MAX_LENGTH = 100;
/** The issue aims for 50–80 characters; longer text is cut when a clean boundary allows it. */
const TARGET_LENGTH = 80;
const MIN_TARGET = 50;
const FALLBACK = 'Untitled';

/** Verbs of saying and finding whose "that" headlines leave out: "Probe finds (that) ice …". */
const THAT_VERB =
  '(?:say|says|said|announces?|announced|reports?|reported|states?|stated|claims?|claimed|' +
  'confirms?|confirmed|discovers?|discovered|finds?|found|shows?|showed|reveals?|revealed|' +
  'believes?|believed|suggests?|suggested|warns?|warned|deny|denies|denied|thinks?|thought|' +
  'argues?|argued|estimates?|estimated|indicates?|indicated|notes?|noted|learns?|learned)';
/** Headline style drops articles and an auxiliary before a participle, where meaning survives:
 * "could have helped" and "which was launched" stay whole. */
const KEEP_AUXILIARY =
  '(?<!\\b(?:can|could|would|should|might|must|may|will|shall|to|not|which|who|that)\\s)';
const HEADLINESE = [
  removal(/^(?:a|an|the)\s+/i),
  removal(/(?<=\s)(?<!\bof\s)(?:its|their|his|her)\s(?=\p{Ll})/gu, 'its', 'their', 'his', 'her'),
  removal(/(?<!\b(?:is|are|was|were|be|been|as))\s(?:a|an|the)(?=\s)/g),
  removal(new RegExp(`${KEEP_AUXILIARY}\\b(?:has|have|had) been (?=\\p{Ll}+ed\\b)`, 'gu'), 'been '),
  removal(new RegExp(`${KEEP_AUXILIARY}\\b(?:is|are|was|were) (?=\\p{Ll}+ed\\b)`, 'gu'),
    'is ', 'are ', 'was ', 'were '),
  removal(new RegExp(`${KEEP_AUXILIARY}\\b(?:has|have) (?=(?:\\p{Ll}+ed|${SAME_PAST})\\b)`, 'gu'),
    'has ', 'have '),
  // The verb is looked behind from after "that", so the engine tries it only where "that" is.
  removal(new RegExp(`that(?<=\\b${THAT_VERB}\\sthat)\\s(?=\\p{L})`, 'gu'), 'that'),
];

/** A clause cut off after a word or two: "…has broken, leaving astronauts". */
const STUB_CLAUSE = /,\s\p{Ll}\S*(?:\s\S+)?$/u;

const CLAUSE_BREAK = /,\s|;\s|:\s|\s[—–]\s|\s--?\s/g;
const PHRASE_BREAK = new RegExp(
  '\\s(?=(?:after|because|while|when|where|which|who|whose|although|though|as|since|until|' +
    'before|despite|following|amid|including|with|without|in|at|on|for|from|by|during|near|' +
    'into|over|under|through|against|between|among|than|outside|inside|across|around|' +
    'aboard|beyond|within|along|towards?|using)\\s)',
  'gi',
);
/** Last-resort boundaries: coordination, infinitives, participles ("…, bringing the total …"),
 * and "of", whose noun is often the news ("discovery | of smallest planet"). */
const WEAK_BREAK = /\s(?=(?:and|or|but|that|to|of|such as|\p{Ll}{3,}ing)\s)/gu;
/** Where to cut a long sentence, best first: [length limit, boundaries, keep the main verb]. */
type CutTier = [number, RegExp[], boolean];
/** Whether a text holds a finite verb; the tense rules add the verb they rewrote. */
type VerbTest = (text: string) => boolean;
const CUT_TIERS: CutTier[] = [
  [TARGET_LENGTH, [CLAUSE_BREAK, PHRASE_BREAK], true],
  [MAX_LENGTH, [CLAUSE_BREAK, PHRASE_BREAK, WEAK_BREAK], true],
  [MAX_LENGTH, [CLAUSE_BREAK, PHRASE_BREAK, WEAK_BREAK], false],
];

/** Infers a concise headline from a wire story's paragraphs (first = lede). */
export function inferHeadline(paragraphs: string[]): string {
  const lede = pickLede(paragraphs);
  if (lede === '') return FALLBACK;
  const sentence = leadSentence(lede, hasFiniteVerb);
  const core = dropPadding(sentence);
  const kept = wordCount(core) >= MIN_WORDS || wordCount(sentence) < MIN_WORDS ? core : sentence;
  const tensed = toHeadlineTense(kept);
  // Splitting into words only when the rewritten verb is in the text at all: this runs per cut.
  const hasVerb = (text: string): boolean =>
    hasFiniteVerb(text) || (tensed.verb !== '' && text.includes(tensed.verb) &&
      text.split(' ').some((w) => withoutMark(w) === tensed.verb));
  const headline =
    finish(shorten(removeAll(tensed.text, HEADLINESE), hasVerb)) ||
    finish(shorten(sentence, hasVerb));
  return headline || finish(lede) || FALLBACK;
}

/** Up to MAX_LENGTH only a clause cut leaving 50–80 characters is worth it: a phrase cut there
 * loses the object ("signed a memorandum | with his Bolivian counterpart"). */
function shorten(text: string, hasVerb: VerbTest): string {
  if (text.length <= TARGET_LENGTH) return text;
  if (text.length <= MAX_LENGTH) {
    const clause = bestCut(text, [TARGET_LENGTH, [CLAUSE_BREAK], true], hasVerb);
    return clause !== undefined && clause.length >= MIN_TARGET ? clause : text;
  }
  for (const tier of CUT_TIERS) {
    const cut = bestCut(text, tier, hasVerb);
    if (cut !== undefined) return cut;
  }
  return hardCut(text);
}

/** The longest prefix ending at one of the boundaries that fits the limit and reads whole. */
function bestCut(
  text: string,
  [limit, boundaries, keepVerb]: CutTier,
  hasVerb: VerbTest,
): string | undefined {
  const needsVerb = keepVerb && hasVerb(text);
  let best: string | undefined;
  for (const boundary of boundaries) {
    for (const match of text.matchAll(boundary)) {
      if (match.index > limit + 1) break;
      if (best !== undefined && match.index <= best.length) continue;
      const prefix = trimDangling(text.slice(0, match.index));
      // A colon or semicolon closes an intro clause whose verb our short list may not know.
      const verbNeeded = needsVerb && !/^[:;]/.test(match[0]);
      const longer = prefix.length > (best?.length ?? 0) && prefix.length <= limit;
      const fits = longer && wordCount(prefix) >= MIN_WORDS && !STUB_CLAUSE.test(prefix);
      if (fits && (!verbNeeded || hasVerb(prefix)) && quotesBalanced(prefix)) best = prefix;
    }
  }
  return best;
}

function quotesBalanced(text: string): boolean {
  if (!/["“”'‘’]/.test(text)) return true;
  const count = (pattern: RegExp): number => (text.match(pattern) ?? []).length;
  const singles = count(/(?:^|\s)['‘]/g) === count(/['’](?=[\s,;:.!?]|$)/g);
  return count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g) && singles;
}

/** Final polish and the hard guarantees: no trailing period, capitalised, at most MAX_LENGTH. */
function finish(text: string): string {
  const polished = trimEndWhile(unpairMarks(tidy(text)), /[\s.,;:…。]/);
  // Capitalise before the length cut: "ß" upper-cases to two characters.
  const first = /^([^\p{L}\p{N}]*)(\p{Ll})/u;
  return hardCut(polished.replace(first, (_, lead: string, c: string) => lead + c.toUpperCase()));
}

/** A cut can strand half a quotation or parenthesis; an unpaired mark looks like a typo. */
function unpairMarks(text: string): string {
  const parens = (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
  const unparened = parens ? text : text.replace(/[()]/g, ' ');
  if (quotesBalanced(unparened)) return tidy(unparened);
  return tidy(unparened.replace(/["“”‘]|(?:^|\s)'|'(?=\s|$)/g, ' '));
}

/** Last resort for text with no usable boundary: cut at a space, or by code point if none. */
function hardCut(text: string): string {
  if (text.length <= MAX_LENGTH) return text;
  const space = text.lastIndexOf(' ', MAX_LENGTH);
  const atSpace = space > 0 ? trimEndWhile(trimDangling(text.slice(0, space)), /[\s.,;:]/) : '';
  // One unbroken run of 100+ characters: cut it, but never between a surrogate pair.
  return atSpace || text.slice(0, MAX_LENGTH).replace(/[\ud800-\udbff]$/, '');
}
