// Owns where a headline comes from: the lede paragraph (an editor's note or a bare link is passed
// over), cleaned of brackets and invisible characters, and its first sentence.

/** The first sentence sits at the start of a paragraph; slicing bounds the cost of huge input. */
const SCAN_LIMIT = 600;

/** Initials, "U.S." and common abbreviations end in a period without ending the sentence. */
const ABBREVIATION = new RegExp(
  `(?:^|[\\s("'“])(?:\\p{L}\\.)*\\p{L}$|\\b(?:Mrs?|Ms|Dr|Prof|St|Sr|Jr|Inc|Corp|Co|Ltd|Gen|Gov|` +
    'Sen|Rep|Lt|Col|Capt|Sgt|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mt|Ft|Ave)$',
  'u',
);
/** Scripts without capitals (Arabic, CJK) start sentences with any letter; 。 needs no space. */
const SENTENCE_END = /[.!?…]+["'”’]?(?=\s+["'“‘]?[\p{Lu}\p{Lt}\p{Lo}\p{N}])|[。！？]/gu;
/** Notes about the post itself ("This post is part of our special coverage …") are not news. */
const EDITORIAL_NOTE =
  /^(?:this (?:post|article|story|piece) (?:is|was) |all links (?:lead|go|are) |editor['’]s note)/i;
/** A paragraph that is only a link (an image URL left by a converter) says nothing. */
const BARE_LINK = /^(?:https?:\/\/|www\.)\S*$/i;
/** A section label glued to the lede by a converter: "North KoreaDespite appeals, …",
 * "SpaceThe crew …", "RussiaRussian officials …"; also "Space At 2 p.m., …", "Space Yesterday, …". */
const GLUED_LABEL = new RegExp(
  '^(\\p{Lu}[\\p{L} ]{1,24}?\\p{Ll}) ?(?=(?:The|A|An|At|In|On|For|After|Despite|During|' +
    'Following|According|With|While)\\s|(?:Yesterday|Today|Tonight),|\\1)',
  'u',
);
/** A sentence that is a photo caption rather than news. */
const CAPTION =
  /\b(?:in|on) this (?:image|photo|photograph|picture|illustration)\b|^\S*(?:image|photo)\b/i;
/** A lead sentence this short with no verb is a label: "Huygens probe descent to Titan". */
const MAX_VERBLESS_WORDS = 8;
const LATIN_ONLY = /^[\p{Script=Latin}\P{L}]*$/u;
export const WORDLIKE = /[\p{L}\p{N}]/u;
/** White space that is not already one space; `/\s+/g` would rewrite every space between words. */
const WHITE_SPACE_TO_SQUEEZE = /\s{2,}|[^\S ]/g;
/** Control and zero-width characters, and half surrogate pairs (a slice can split a pair). */
const INVISIBLE = new RegExp(
  '[\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff]|' +
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** The first sentence of a paragraph; also the naive baseline that the eval script scores. */
export function firstSentence(paragraph: string): string {
  return sentenceOf(clean(paragraph));
}

export function sentenceOf(text: string): string {
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0] === '.' && ABBREVIATION.test(text.slice(0, match.index))) continue;
    return text.slice(0, match.index + match[0].length);
  }
  return text;
}

/** The first paragraph with words in it that is news, so an editor's note is passed over. */
export function pickLede(paragraphs: unknown): string {
  let fallback = '';
  for (const paragraph of Array.isArray(paragraphs) ? paragraphs : []) {
    const text = typeof paragraph === 'string' ? clean(paragraph) : '';
    if (WORDLIKE.test(text) && !EDITORIAL_NOTE.test(text) && !BARE_LINK.test(text)) {
      return dropLabel(text);
    }
    fallback ||= text;
  }
  return fallback;
}

/** Drops a glued section label, unless nothing but the label would be left. */
function dropLabel(text: string): string {
  const rest = text.replace(GLUED_LABEL, '');
  return WORDLIKE.test(rest) ? rest : text;
}

/** The lede's first sentence, or its second when the first is a caption or a verbless label. */
export function leadSentence(lede: string, hasVerb: (text: string) => boolean): string {
  const first = sentenceOf(lede);
  const rest = lede.slice(first.length).trim();
  if (rest === '') return first;
  const words = first.split(' ').length;
  // Verbs are only known in English: other scripts keep their first sentence.
  const label = words <= MAX_VERBLESS_WORDS && !hasVerb(first) && LATIN_ONLY.test(first);
  return label || CAPTION.test(first) ? sentenceOf(rest) : first;
}

/** Normalises whitespace and drops what is never headline material: brackets, parentheses. */
function clean(text: string): string {
  return text
    .slice(0, SCAN_LIMIT)
    .replace(INVISIBLE, ' ')
    .replace(/\[[^\]]*\]|\([^()]*\)|__[A-Z]+__/g, ' ')
    .replace(WHITE_SPACE_TO_SQUEEZE, ' ')
    .trim();
}

