// Finds the names in one paragraph: reads runs of capitalised words (with "of", "bin" … inside),
// and notes the words around each run that say who or what it names ("spokesman …", "… said").

import { LONGEST_NAME, longestNameAt, type GazetteerEntry } from './gazetteer.js';
import { CONNECTORS, LANGUAGE_CUES, ORG_NOUNS, ORG_PREFIXES, ORG_SUFFIXES, ROLE_NOUNS, SAID_ADVERBS, SAID_VERBS, STOPWORDS } from './lexicon.js';
import { isAcronym, lastOf, namesInRun, withoutPeriod, type Mention, type Part } from './segment.js';
import { ENDS_NAME, NAME_START, SENTENCE_START, type Tokens } from './token-list.js';
import type { WordSet } from './lower-words.js';

/** What one paragraph names, and any "Long Name (LN)" definitions it makes. */
export interface ParagraphNames {
  mentions: Mention[];
  /** Pairs of [long name, acronym] from "Islamic Republic News Agency (IRNA)". */
  acronyms: Array<[string, string]>;
}

const isNameStart = (tokens: Tokens, i: number): boolean => tokens.is(i, NAME_START);
const isNameWord = (tokens: Tokens, i: number): boolean => isNameStart(tokens, i) && !STOPWORDS.has(tokens.lower(i));

const matchGazetteer = (tokens: Tokens, i: number): { entry: GazetteerEntry; length: number } | undefined =>
  longestNameAt(tokens, i, Math.min(tokens.length, i + LONGEST_NAME));

function isOrgWord(part: Part): boolean {
  if (part.entry || part.connector) return false;
  const word = part.words[0]!.toLowerCase();
  return ORG_SUFFIXES.has(word) || ORG_PREFIXES.has(word);
}

const lastWord = (part: Part): string => part.words[part.words.length - 1]!.toLowerCase();

/** "of", "bin", "al" inside a name; "the" only after "of"; "for" only after "Council" and kin;
 * "and" only in "Institute of Aeronautics and Astronautics". */
function isConnector(tokens: Tokens, i: number, parts: Part[]): boolean {
  const previous = lastOf(parts);
  if (!previous) return false;
  if (tokens.isText(i, 'and') || tokens.isText(i, '&')) return parts.some(isOrgWord) && parts.some((p) => p.connector && /^(?:of|for)$/.test(p.words[0]!));
  if (!tokens.isWord(i)) return false;
  if (tokens.isText(i, 'the')) return previous.connector && lastWord(previous) === 'of';
  if (tokens.isText(i, 'for')) return ORG_SUFFIXES.has(lastWord(previous)) || ORG_PREFIXES.has(lastWord(previous));
  return tokens.isIn(i, CONNECTORS);
}

/** Longest run read as one: names are shorter, and a bound keeps Title Case text linear. */
const MAX_RUN = 12;

/** Reads the run of name words starting at `start`; `end` is the first token after it. */
function readRun(tokens: Tokens, start: number, seenLower: WordSet): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let i = start;
  while (i < tokens.length && parts.length < MAX_RUN) {
    const match = isNameStart(tokens, i) ? matchGazetteer(tokens, i) : undefined;
    if (match) {
      parts.push({ words: textsOf(tokens, i, i + match.length), entry: match.entry, connector: false, lower: undefined });
      i += match.length;
      if (tokens.is(i - 1, ENDS_NAME)) break;
    } else if (isNameWord(tokens, i)) {
      const dropped = parts.length === 0 && tokens.is(i, SENTENCE_START) && (seenLower.has(tokens.lower(i)) || isIngWord(tokens.text(i)));
      if (!dropped) parts.push({ words: [tokens.text(i)], entry: undefined, connector: false, lower: withoutPeriod(tokens.lower(i)) });
      i++;
      if (tokens.is(i - 1, ENDS_NAME)) break;
    } else if (isConnector(tokens, i, parts) && isNameStart(tokens, i + 1)) {
      parts.push({ words: [tokens.text(i)], entry: undefined, connector: true, lower: withoutPeriod(tokens.lower(i)) });
      i++;
    } else break;
  }
  return { parts, end: i };
}

/** "Running", "Looking": a sentence opening with a verb, not a name. The regex only runs on words ending "ing". */
const isIngWord = (text: string): boolean => text.endsWith('ing') && /^\p{Lu}\p{Ll}+ing$/u.test(text);

function textsOf(tokens: Tokens, start: number, end: number): string[] {
  const texts: string[] = [];
  for (let k = start; k < end; k++) texts.push(tokens.text(k));
  return texts;
}

/** Index of the word before `i`, skipping one comma ("spokesman, Robert Villanueva"). */
function before(tokens: Tokens, i: number): number {
  return tokens.isText(i - 1, ',') ? i - 2 : i - 1;
}

/** "Villanueva said", "Villanueva, who", "Villanueva also told". */
function speaks(tokens: Tokens, end: number): { said: boolean; who: boolean } {
  let k = tokens.isText(end, ',') ? end + 1 : end;
  const who = k > end && tokens.isText(k, 'who');
  if (tokens.isIn(k, SAID_ADVERBS)) k++;
  return { said: tokens.isIn(k, SAID_VERBS), who };
}

/** "Fars news agency": a lower-case organisation noun right after the name (not "Putin's party"). */
function orgNounAfter(tokens: Tokens, end: number): boolean {
  return tokens.isIn(end, ORG_NOUNS) || (tokens.isText(end, 'news') && tokens.isIn(end + 1, ORG_NOUNS));
}

/** "in Spanish", "from Arabic": a demonym naming a language, not a place. */
function isLanguage(parts: Part[], tokens: Tokens, start: number, end: number): boolean {
  if (parts.length !== 1 || !parts[0]!.entry?.demonym || !tokens.isIn(start - 1, LANGUAGE_CUES)) return false;
  const followedByNoun = tokens.isWord(end) && !['and', 'or', 'by', 'to'].includes(tokens.text(end));
  return !followedByNoun;
}

/** Adds the clues around a run to its first and last names. */
function applyCues(found: Mention[], parts: Part[], tokens: Tokens, start: number, end: number): void {
  const first = found[0];
  if (first && !first.kind && first.words[0] === parts[0]?.words[0]) {
    const wordBefore = before(tokens, start);
    if (tokens.isIn(wordBefore, ROLE_NOUNS)) first.personCue = true;
    if (tokens.isIn(wordBefore, ORG_NOUNS)) first.kind = 'organisation';
  }
  const last = lastOf(found);
  if (!last || last.kind) return;
  const { said, who } = speaks(tokens, end);
  last.saidCue ||= said;
  last.personCue ||= who;
  if (!tokens.is(end - 1, ENDS_NAME) && orgNounAfter(tokens, end)) last.kind = 'organisation';
}

/** Whether `letters` can be read, in order, out of `text` ("bake" out of "bloggersassociationofkenya"). */
function isSubsequence(letters: string, text: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "Bloggers Association of Kenya (BAKE)": the acronym stands for the name before it, when the
 * name's initials all appear in it, in order, and its other letters come from the name. */
function acronymDefinition(last: Mention | undefined, tokens: Tokens, end: number, seenLower: WordSet): [string, string] | undefined {
  if (!last || !tokens.isText(end, '(') || !tokens.isText(end + 2, ')')) return undefined;
  const acronym = tokens.isWord(end + 1) ? tokens.text(end + 1) : '';
  if (!isAcronym(acronym, seenLower)) return undefined;
  const initials = last.words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
  const letters = acronym.replace(/&/g, '').toLowerCase();
  const matches = letters[0] === initials[0] && isSubsequence(initials, letters) && isSubsequence(letters, last.words.join('').toLowerCase());
  return matches ? [last.name, acronym] : undefined;
}

export function namesInParagraph(tokens: Tokens, seenLower: WordSet): ParagraphNames {
  const result: ParagraphNames = { mentions: [], acronyms: [] };
  for (let i = tokens.next(NAME_START, 0); i < tokens.length; ) {
    const { parts, end } = readRun(tokens, i, seenLower);
    if (parts.length > 0 && !isLanguage(parts, tokens, i, end)) {
      const found = namesInRun(parts, seenLower);
      applyCues(found, parts, tokens, i, end);
      for (const mention of found) result.mentions.push(mention);
      const definition = acronymDefinition(lastOf(found), tokens, end, seenLower);
      if (definition) result.acronyms.push(definition);
    }
    i = tokens.next(NAME_START, Math.max(end, i + 1));
  }
  return result;
}
