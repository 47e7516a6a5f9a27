// Automatic topics: the people, places and organisations an article is about, found with fast
// word heuristics and an embedded gazetteer (an NLP library costs ~50× more per article).

import { slugify } from '../content/slugify.js';
import type { TopicKind } from '../types.js';
import { LONGEST_NAME, namesAt } from './gazetteer.js';
import { addHeadlineMention, addMention, foldAcronyms, foldSurnames, mostNameWords, newTally, rankEntities, type Tally } from './resolve.js';
import { namesInParagraph } from './scan.js';
import { LowerCaseWords } from './lower-words.js';
import type { Tokens } from './token-list.js';
import { tokenize } from './tokens.js';

export interface EntityInput {
  /** Headline; it only adds weight to names the body uses, since headlines are often Title Case. */
  title: string;
  /** Body paragraphs, lede first. */
  paragraphs: string[];
  /** Photo captions. Not read: they name photographers and agencies, not what the story is about. */
  captions: string[];
}

export interface FoundEntity {
  name: string;
  kind: Exclude<TopicKind, 'tag'>;
  /** Times the article names it, by any spelling, headline included. */
  mentions: number;
}

export interface ExtractOptions {
  /** Most entities kept per article. */
  maxEntities: number;
  /** Mentions that make a name a topic anywhere in the article. */
  minMentions: number;
  /** Paragraphs at the top (lede first) where one mention is enough. */
  prominentParagraphs: number;
}

export const defaults: ExtractOptions = { maxEntities: 8, minMentions: 2, prominentParagraphs: 3 };

const CREDIT = /\((?:credit|photo|image|picture)s?\b[^)]*\)/gi;
/** Two regexes rather than one alternation, so the anchored half fails at once. */
const CAPTION_START = /^\s*(?:image|photo|picture|video|graphic)s?\s*(?:credit|courtesy|source|by)?\s*:/i;
const CAPTION_CREDIT = /\b(?:photo|image|picture) (?:credit|source|courtesy)\b/i;
const BYLINE = /^\s*(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Ss]tory|[Tt]ext|[Ww]ords) )?[Bb]y:? \p{Lu}/u;

/** Paragraphs that are story text: not a caption or credit line that slipped in, not a byline. */
function isStoryText(paragraph: string): boolean {
  if ((paragraph.includes('(') && /\(credit:/i.test(paragraph)) || CAPTION_START.test(paragraph) || CAPTION_CREDIT.test(paragraph)) return false;
  return !(BYLINE.test(paragraph) && paragraph.split(/\s+/).length <= 8);
}

function countHeadline(tally: Tally, title: string): void {
  const words = tokenize(title).words();
  // Most runs of words are longer than any name counted: only a gazetteer name is looked up for those.
  const mostWords = mostNameWords(tally);
  for (let i = 0; i < words.length; ) {
    let length = Math.min(LONGEST_NAME, words.length - i);
    const entries = namesAt(words, i, i + length);
    for (; length > 0; length--) {
      const entry = entries[length - 1];
      if (!entry && length > mostWords) continue;
      if (addHeadlineMention(tally, entry?.name ?? joinWords(words, i, i + length))) break;
    }
    i += Math.max(length, 1);
  }
}

function joinWords(words: Tokens, start: number, end: number): string {
  let text = words.text(start);
  for (let k = start + 1; k < end; k++) text += ` ${words.text(k)}`;
  return text;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Entities the article is about, most-mentioned first, deterministic order. */
export function extractEntities(input: EntityInput, options: Partial<ExtractOptions> = {}): FoundEntity[] {
  const { maxEntities, minMentions, prominentParagraphs } = { ...defaults, ...options };
  const seenLower = new LowerCaseWords();
  const body: Tokens[] = [];
  for (const p of strings(input?.paragraphs)) if (isStoryText(p)) body.push(tokenize(p.includes('(') ? p.replace(CREDIT, ' ') : p, seenLower));
  const tally = newTally(seenLower);
  const definitions: Array<[string, string]> = [];
  body.forEach((tokens, index) => {
    const { mentions, acronyms } = namesInParagraph(tokens, seenLower);
    for (const mention of mentions) addMention(tally, mention, index < prominentParagraphs);
    for (const definition of acronyms) definitions.push(definition);
  });
  foldAcronyms(tally, definitions);
  foldSurnames(tally);
  if (typeof input?.title === 'string') countHeadline(tally, input.title);
  return rankEntities(tally, minMentions, maxEntities);
}

/** ASCII slug for a topic name ("Mohammad Reza Ashtiani" → "mohammad-reza-ashtiani"). */
/** Names repeat across an archive and transliteration is slow, so each name is slugged once. */
const slugs = new Map<string, string>();
const SLUG_MEMORY = 50_000;

export function topicSlug(name: string): string {
  const text = String(name ?? '');
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = slugify(text) || `topic-${hash(text)}`;
    if (slugs.size >= SLUG_MEMORY) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}

/** A short stable hash, for names that transliterate to nothing ("毛泽东"). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36);
}
