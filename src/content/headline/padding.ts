// Owns what a headline leaves out of the lede's sentence: datelines, asides, attribution and time
// padding, and scene-setting before the main clause.
import {
  MIN_WORDS, VERB, removal, removeAll, tidy, trimDangling, wordCount, type Removal,
} from './words.js';

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
const timePhrase = (source: string, ...cues: string[]): Removal =>
  removal(new RegExp(`\\b${source}(?!['’]s)`, 'gi'), ...cues);

/** Time padding: when a story happened is the dateline's job, not the headline's. */
const TIME_PHRASES = [
  timePhrase(`(?:(?:late|early) )?(?:(?:on|last|this|next|by|from|until|since) )?${WEEKDAY}`, 'day'),
  timePhrase(`(?:(?:on|by|from|until|since|in|of|as of) )?${DATE}`),
  timePhrase(`(?:(?:at|around|about|by|before|after|from|of) )?${CLOCK}`),
  timePhrase(
    '(?:(?:earlier|later|for|on|from|until|by|since|of) )?(?:today|yesterday|tonight|tomorrow)' +
      '(?: (?:morning|afternoon|evening|night))?\\b',
    'today', 'yesterday', 'tonight', 'tomorrow',
  ),
  timePhrase('(?:(?:earlier|later) )?(?:this|last|next) (?:week|weekend|month|morning|night)\\b',
    'week', 'month', 'morning', 'night'),
  timePhrase('(?:over|on|at) the (?:past |last )?weekend\\b', 'weekend'),
  timePhrase('(?:in|over) (?:the )?(?:past|last|coming|recent) (?:few )?(?:days|weeks|months)\\b',
    'days', 'weeks', 'months'),
  timePhrase('(?:\\d+|a few|several|two|three) (?:hours|days|weeks|months|years) (?:ago|later)\\b',
    'ago', 'later'),
  timePhrase('(?:on )?\\d{4}-\\d{2}-\\d{2}\\b|(?:at the (?:earliest|latest)|recently)\\b',
    '-', 'earliest', 'latest', 'recently'),
];

const REPORT_VERB =
  '(?:said|says|say|reported|reports|report|announced|announces|stated|states|confirmed|' +
  'confirms|told|tells|wrote|writes|noted|notes|added|adds|claimed|claims|showed|shows|' +
  '(?:is|are|was|were) reporting)';
/** Attribution: who said it matters less in a headline than what happened. The three that open
 * with a comma need no cue: the engine looks for the comma first. */
const ATTRIBUTIONS = [
  removal(/,?\s*\baccording to\b[^,;]*(?:, (?:a|an|the)\b[^,;]*$)?/gi, 'according to'),
  removal(new RegExp(`,\\s*${REPORT_VERB}\\s+(?:the\\s+)?\\p{Lu}[^,;]*$`, 'u')),
  removal(new RegExp(`,\\s*[^,;]{1,60}?\\s${REPORT_VERB}\\b(?:\\s+[^\\s,;]+){0,4}$`, 'i')),
  removal(new RegExp(`,\\s*[^,;]{1,40}?\\s${REPORT_VERB},`, 'gi')),
  removal(/,?\s*\b(?:in an? (?:statement|press release|interview|blog post)|told reporters)\b[^,;]*/gi,
    'statement', 'press release', 'interview', 'blog post', 'told reporters'),
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

/** Asides between paired commas or dashes: ", a crew member on …," and " – which launched … –". */
const ASIDES = [
  removal(new RegExp(
    ',\\s(?:a|an|the|who|whose|which|known as|also known as|one of|formerly|now|former|then)\\s' +
      `[^;]{1,150}?,(?=\\s(?:${VERB}|\\p{Ll}{3,}s)\\b)`,
    'gu',
  )),
  removal(/\s[—–](?=\s)[^—–]{1,150}?\s[—–](?=\s)|—[^—]{1,150}?—|\s--?(?=\s)[^-]{1,150}?\s--?(?=\s)/g,
    '—', '–', '-'),
];

/** Removes everything a reader would not miss: datelines, asides, attribution and time. */
export function dropPadding(sentence: string): string {
  const body = sentence.replace(/[.!?…。！？]+["'”’]?$/, '');
  let text = removeAll(body, ASIDES, ' ').replace(DATELINE, '');
  text = tidy(removeAll(tidy(removeAll(text, TIME_PHRASES)), ATTRIBUTIONS));
  text = keepClause(text, text.replace(LEADING_ADVERBIAL, ''));
  // Every LEADING_REPORT match holds "that"; most ledes have none, and the pattern is costly.
  const reported = /that/i.test(text) ? text.replace(LEADING_REPORT, '') : text;
  if (!PRONOUN_START.test(reported)) text = keepClause(text, reported);
  // A removal at the end can strand "planned for"; a sentence that ends "is over" is whole.
  return text.endsWith(body.slice(body.lastIndexOf(' ') + 1)) ? text : trimDangling(text);
}

/** A leading phrase goes (`rest` is what is left without it) only when a real clause is left behind. */
function keepClause(text: string, rest: string): string {
  return rest !== text && wordCount(rest) >= MIN_WORDS ? rest : text;
}
