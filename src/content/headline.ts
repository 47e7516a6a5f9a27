// Owns headline inference for wire stories that arrive without one. Pure string rules, no NLP:
// take the lede's first sentence, drop datelines, asides, attribution and time padding, put it in
// headline style, then shorten it at a clause or phrase boundary so it never reads as cut off.
import { WORDLIKE, leadSentence, pickLede } from './headline/lede.js';
import { toHeadlineTense } from './headline/tense.js';

/** The naive baseline the eval script scores against. */
export { firstSentence } from './headline/lede.js';

/** The hard ceiling: listings and <title> are laid out for at most this many characters. */
const MAX_LENGTH = 100;
/** The issue aims for 50–80 characters; longer text is cut when a clean boundary allows it. */
const TARGET_LENGTH = 80;
const MIN_TARGET = 50;
/** A cut leaving fewer words than this is a fragment, so we look for a later boundary. */
const MIN_WORDS = 4;
const FALLBACK = 'Untitled';

const DAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAY = `${DAY_NAME}(?:[–-]${DAY_NAME})?(?: (?:morning|afternoon|evening|night))?`;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December' +
  '|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?:[–-]\\d{1,2}(?:st|nd|rd|th)?)?\\b';
const DATE = `(?:${MONTH} ${DAY}(?:,? \\d{4})?|${DAY} ${MONTH}(?:,? \\d{4})?|${MONTH},? \\d{4})`;
const ZONE = '(?:UTC|GMT|[ECMP][SD]?T|BST|CES?T|IST|JST|(?:Eastern|Central|Pacific|local) time)';
const CLOCK =
  '(?:(?:approximately|about|around|roughly) )?\\d{1,2}' +
  `(?:(?::\\d{2}){1,2}(?: ?[ap]\\.?m\\.?)?|(?:\\.\\d{2})? ?[ap]\\.?m\\.?)(?:,? ${ZONE}\\b)?`;
/** "today's launch" keeps its noun, so no time phrase may be followed by a possessive. */
const timePhrase = (source: string): RegExp => new RegExp(`\\b${source}(?!['’]s)`, 'gi');

/** Time padding: when a story happened is the dateline's job, not the headline's. */
const TIME_PHRASES = [
  timePhrase(`(?:(?:late|early) )?(?:(?:on|last|this|next|by|from|until|since) )?${WEEKDAY}`),
  timePhrase(`(?:(?:on|by|from|until|since|in|of|as of) )?${DATE}`),
  timePhrase(`(?:(?:at|around|about|by|before|after|from|of) )?${CLOCK}`),
  timePhrase(
    '(?:(?:earlier|later|for|on|from|until|by|since|of) )?(?:today|yesterday|tonight|tomorrow)' +
      '(?: (?:morning|afternoon|evening|night))?\\b',
  ),
  timePhrase('(?:(?:earlier|later) )?(?:this|last|next) (?:week|weekend|month|morning|night)\\b'),
  timePhrase('(?:over|on|at) the (?:past |last )?weekend\\b'),
  timePhrase('(?:in|over) (?:the )?(?:past|last|coming|recent) (?:few )?(?:days|weeks|months)\\b'),
  timePhrase('(?:\\d+|a few|several|two|three) (?:hours|days|weeks|months|years) (?:ago|later)\\b'),
  timePhrase('(?:on )?\\d{4}-\\d{2}-\\d{2}\\b|(?:at the (?:earliest|latest)|recently)\\b'),
];

const REPORT_VERB =
  '(?:said|says|say|reported|reports|report|announced|announces|stated|states|confirmed|' +
  'confirms|told|tells|wrote|writes|noted|notes|added|adds|claimed|claims|showed|shows|' +
  '(?:is|are|was|were) reporting)';
/** Attribution: who said it matters less in a headline than what happened. */
const ATTRIBUTIONS = [
  /,?\s*\baccording to\b[^,;]*(?:, (?:a|an|the)\b[^,;]*$)?/gi,
  new RegExp(`,\\s*${REPORT_VERB}\\s+(?:the\\s+)?\\p{Lu}[^,;]*$`, 'u'),
  new RegExp(`,\\s*[^,;]{1,60}?\\s${REPORT_VERB}\\b(?:\\s+[^\\s,;]+){0,4}$`, 'i'),
  new RegExp(`,\\s*[^,;]{1,40}?\\s${REPORT_VERB},`, 'gi'),
  /,?\s*\b(?:in an? (?:statement|press release|interview|blog post)|told reporters)\b[^,;]*/gi,
];
/** "NASA said that X" → "X", unless X opens with a pronoun that needs the speaker to make sense. */
const LEADING_REPORT =
  new RegExp(`^[^,;]{1,60}?\\s${REPORT_VERB}(?:\\s+[^\\s,;]+){0,5}?,?\\s+that\\s+`, 'i');
const PRONOUN_START = /^(?:he|she|they|it|we|i|you|his|her|their|its|this|these|those|there)\b/i;

/** Scene-setting before the main clause: "On Tuesday, …", "Following the return of …, …". */
const LEADING_ADVERBIAL = new RegExp(
  '^(?:on|in|at|after|with|without|despite|earlier|later|last|since|during|as|amid|amidst|' +
    'before|over|until|according to|while|when|although|though|because|once|upon|around|' +
    'meanwhile|however|now|also|still|instead|additionally|separately|elsewhere|' +
    'for the first time|by \\p{Ll}+ing|\\p{Lu}\\p{Ll}+ing)\\b[^,;]{0,120},\\s+',
  'iu',
);
/** Datelines: "WASHINGTON —", "LONDON, Jan. 5 --", "Paris, France —". */
const DATELINE = new RegExp(
  "^(?:\\p{Lu}[\\p{Lu}.'’]+(?: \\p{Lu}[\\p{Lu}.'’]+)*|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?=,))" +
    '(?:,[^—–-]{1,30})?\\s*[—–-]{1,2}\\s+',
  'u',
);

/** Irregular verbs whose past participle is also their simple past: "has held" → "held". */
const SAME_PAST =
  '(?:won|made|left|led|met|found|got|held|hit|lost|sent|set|spent|built|brought|bought|' +
  'caught|kept|paid|sold|shot|struck|told|said|heard|meant|read|taught)';
/** Finite verbs that close an aside ("X, a student in Iaşi, Romania, won …") or make a clause. */
const VERB =
  '(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|' +
  'took|saw|began|became|gave|went|came|ran|flew|fell|broke|chose|drew|grew|knew|rose|spoke|' +
  `stood|threw|wrote|says|plans|faces|warns|${SAME_PAST}|\\p{Ll}{3,}ed)`;
const HAS_VERB = new RegExp(`\\s${VERB}\\b`, 'u');

/** Asides between paired commas or dashes: ", a crew member on …," and " – which launched … –". */
const ASIDES = [
  new RegExp(
    ',\\s(?:a|an|the|who|whose|which|known as|also known as|one of|formerly|now|former|then)\\s' +
      `[^;]{1,150}?,(?=\\s(?:${VERB}|\\p{Ll}{3,}s)\\b)`,
    'gu',
  ),
  /\s[—–](?=\s)[^—–]{1,150}?\s[—–](?=\s)|—[^—]{1,150}?—|\s--?(?=\s)[^-]{1,150}?\s--?(?=\s)/g,
];

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
  /^(?:a|an|the)\s+/i,
  /(?<=\s)(?<!\bof\s)(?:its|their|his|her)\s(?=\p{Ll})/gu,
  /(?<!\b(?:is|are|was|were|be|been|as))\s(?:a|an|the)(?=\s)/g,
  new RegExp(`${KEEP_AUXILIARY}\\b(?:has|have|had) been (?=\\p{Ll}+ed\\b)`, 'gu'),
  new RegExp(`${KEEP_AUXILIARY}\\b(?:is|are|was|were) (?=\\p{Ll}+ed\\b)`, 'gu'),
  new RegExp(`${KEEP_AUXILIARY}\\b(?:has|have) (?=(?:\\p{Ll}+ed|${SAME_PAST})\\b)`, 'gu'),
  new RegExp(`(?<=\\b${THAT_VERB}\\s)that\\s(?=\\p{L})`, 'gu'),
];

/** Words a headline cannot end on without reading as cut off. */
const DANGLING = new Set(
  ('a an the of to in on at for with by from as into onto about over under after before than ' +
    'via per near during between among against through and or but nor so yet that which who ' +
    'whom whose where when while because although if is are was were be been being has have ' +
    'had will would can could should may might must shall do does did its their his her our ' +
    'my your not very also starting beginning ending located based scheduled planned set due'
  ).split(' '),
);
/** A clause cut off after a word or two: "…has broken, leaving astronauts". */
const STUB_CLAUSE = /,\s\p{Ll}\S*(?:\s\S+)?$/u;
const TRAILING_MARKS = /[\s,;:—–-]+$/;
const LAST_WORD = /\s(\S+)$/;

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
  const sentence = leadSentence(lede, (text) => HAS_VERB.test(text));
  const core = dropPadding(sentence);
  const kept = wordCount(core) >= MIN_WORDS || wordCount(sentence) < MIN_WORDS ? core : sentence;
  const tensed = toHeadlineTense(kept);
  const hasVerb = (text: string): boolean =>
    HAS_VERB.test(text) ||
    (tensed.verb !== '' && text.split(' ').some((w) => w.replace(/[,;:]$/, '') === tensed.verb));
  const headline =
    finish(shorten(removeAll(tensed.text, HEADLINESE), hasVerb)) ||
    finish(shorten(sentence, hasVerb));
  return headline || finish(lede) || FALLBACK;
}

/** Removes everything a reader would not miss: datelines, asides, attribution and time. */
function dropPadding(sentence: string): string {
  const body = sentence.replace(/[.!?…。！？]+["'”’]?$/, '');
  let text = removeAll(body, ASIDES, ' ').replace(DATELINE, '');
  text = tidy(removeAll(tidy(removeAll(text, TIME_PHRASES)), ATTRIBUTIONS));
  text = dropLeading(text, LEADING_ADVERBIAL);
  if (!PRONOUN_START.test(text.replace(LEADING_REPORT, ''))) {
    text = dropLeading(text, LEADING_REPORT);
  }
  // A removal at the end can strand "planned for"; a sentence that ends "is over" is whole.
  return text.endsWith(body.slice(body.lastIndexOf(' ') + 1)) ? text : trimDangling(text);
}

function removeAll(text: string, patterns: RegExp[], by = ''): string {
  return patterns.reduce((result, pattern) => result.replace(pattern, by), text);
}

/** Drops a leading phrase only when a real clause is left behind. */
function dropLeading(text: string, pattern: RegExp): string {
  const rest = text.replace(pattern, '');
  return rest !== text && wordCount(rest) >= MIN_WORDS ? rest : text;
}

/** Repairs the seams left by removals: doubled spaces, orphaned or doubled commas. */
function tidy(text: string): string {
  return text
    .replace(/\s+([,;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
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

/** Drops what makes a cut look unfinished: a last "and"/"the", a lone ", planned", punctuation. */
function trimDangling(text: string): string {
  let result = text.replace(/,\s\p{Ll}+$/u, '').replace(TRAILING_MARKS, '');
  for (let last = LAST_WORD.exec(result); last; last = LAST_WORD.exec(result)) {
    if (!DANGLING.has((last[1] ?? '').toLowerCase())) break;
    result = result.slice(0, last.index).replace(TRAILING_MARKS, '');
  }
  return result;
}

/** Final polish and the hard guarantees: no trailing period, capitalised, at most MAX_LENGTH. */
function finish(text: string): string {
  const polished = unpairMarks(tidy(text)).replace(/[\s.,;:…。]+$/, '');
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
  const atSpace = space > 0 ? trimDangling(text.slice(0, space)).replace(/[\s.,;:]+$/, '') : '';
  // One unbroken run of 100+ characters: cut it, but never between a surrogate pair.
  return atSpace || text.slice(0, MAX_LENGTH).replace(/[\ud800-\udbff]$/, '');
}

function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(' ')) if (WORDLIKE.test(token)) count += 1;
  return count;
}
