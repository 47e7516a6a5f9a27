// Finds the names in one paragraph: reads runs of capitalised words (with "of", "bin" … inside),
// and notes the words around each run that say who or what it names ("spokesman …", "… said").

import { startsUpper } from './chars.js';
import { LONGEST_NAME, longestNameAt, type GazetteerEntry } from './gazetteer.js';
import { CONNECTORS, LANGUAGE_CUES, ORG_NOUNS, ORG_PREFIXES, ORG_SUFFIXES, ROLE_NOUNS, SAID_ADVERBS, SAID_VERBS, STOPWORDS } from './lexicon.js';
import { isAcronym, namesInRun, withoutPeriod, type Mention, type Part } from './segment.js';
import type { Token } from './tokens.js';

/** What one paragraph names, and any "Long Name (LN)" definitions it makes. */
export interface ParagraphNames {
  mentions: Mention[];
  /** Pairs of [long name, acronym] from "Islamic Republic News Agency (IRNA)". */
  acronyms: Array<[string, string]>;
}

const isNameStart = (t: Token | undefined): boolean => !!t && !t.handle && (t.capital || (t.small && isArticleName(t.text)));

/** "al-Assad", "el-Sisi": `/^(?:al|el)-\p{Lu}/u`, without a regex for every lower-case word. */
const isArticleName = (text: string): boolean =>
  text.charCodeAt(2) === 0x2d && text.charCodeAt(1) === 0x6c && (text.charCodeAt(0) === 0x61 || text.charCodeAt(0) === 0x65) && startsUpper(text, 3);
const isNameWord = (t: Token): boolean => isNameStart(t) && !STOPWORDS.has(t.lower);

function matchGazetteer(tokens: Token[], i: number): { entry: GazetteerEntry; length: number } | undefined {
  const limit = Math.min(tokens.length, i + LONGEST_NAME);
  let end = i;
  while (end < limit && tokens[end]!.word && !tokens[end]!.handle) end++;
  return longestNameAt(tokens, i, end);
}

const isOrgWord = (part: Part): boolean =>
  !part.entry && !part.connector && (ORG_SUFFIXES.has(part.words[0]!.toLowerCase()) || ORG_PREFIXES.has(part.words[0]!.toLowerCase()));

/** "of", "bin", "al" inside a name; "the" only after "of"; "for" only after "Council" and kin;
 * "and" only in "Institute of Aeronautics and Astronautics". */
function isConnector(t: Token, parts: Part[]): boolean {
  const previous = parts[parts.length - 1];
  if (!previous) return false;
  if (t.text === 'and' || t.text === '&') return parts.some(isOrgWord) && parts.some((p) => p.connector && /^(?:of|for)$/.test(p.words[0]!));
  if (!t.word) return false;
  const previousWord = (): string => previous.words[previous.words.length - 1]!.toLowerCase();
  if (t.text === 'the') return previous.connector && previousWord() === 'of';
  if (t.text === 'for') return ORG_SUFFIXES.has(previousWord()) || ORG_PREFIXES.has(previousWord());
  return CONNECTORS.has(t.text);
}

/** Longest run read as one: names are shorter, and a bound keeps Title Case text linear. */
const MAX_RUN = 12;

/** Reads the run of name words starting at `start`; `end` is the first token after it. */
function readRun(tokens: Token[], start: number, seenLower: ReadonlySet<string>): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let i = start;
  while (i < tokens.length && parts.length < MAX_RUN) {
    const t = tokens[i]!;
    const match = isNameStart(t) ? matchGazetteer(tokens, i) : undefined;
    if (match) {
      parts.push({ words: tokens.slice(i, i + match.length).map((w) => w.text), entry: match.entry, connector: false, lower: undefined });
      i += match.length;
      if (tokens[i - 1]!.endsName) break;
    } else if (isNameWord(t)) {
      const dropped = parts.length === 0 && t.sentenceStart && (seenLower.has(t.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(t.text));
      if (!dropped) parts.push({ words: [t.text], entry: undefined, connector: false, lower: withoutPeriod(t.lower) });
      i++;
      if (t.endsName) break;
    } else if (isConnector(t, parts) && isNameStart(tokens[i + 1])) {
      parts.push({ words: [t.text], entry: undefined, connector: true, lower: withoutPeriod(t.lower) });
      i++;
    } else break;
  }
  return { parts, end: i };
}

const wordAt = (tokens: Token[], i: number): string => (tokens[i]?.word ? tokens[i]!.text : '');

/** Index of the word before `i`, skipping one comma ("spokesman, Robert Villanueva"). */
function before(tokens: Token[], i: number): number {
  return tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
}

/** "Villanueva said", "Villanueva, who", "Villanueva also told". */
function speaks(tokens: Token[], end: number): { said: boolean; who: boolean } {
  let k = tokens[end]?.text === ',' ? end + 1 : end;
  const who = k > end && wordAt(tokens, k) === 'who';
  if (SAID_ADVERBS.has(wordAt(tokens, k))) k++;
  return { said: SAID_VERBS.has(wordAt(tokens, k)), who };
}

/** "Fars news agency": a lower-case organisation noun right after the name (not "Putin's party"). */
function orgNounAfter(tokens: Token[], end: number): boolean {
  const next = wordAt(tokens, end);
  return ORG_NOUNS.has(next) || (next === 'news' && ORG_NOUNS.has(wordAt(tokens, end + 1)));
}

/** "in Spanish", "from Arabic": a demonym naming a language, not a place. */
function isLanguage(parts: Part[], tokens: Token[], start: number, end: number): boolean {
  const next = tokens[end];
  const followedByNoun = !!next && next.word && !['and', 'or', 'by', 'to'].includes(next.text);
  return parts.length === 1 && !!parts[0]!.entry?.demonym && LANGUAGE_CUES.has(wordAt(tokens, start - 1)) && !followedByNoun;
}

/** Adds the clues around a run to its first and last names. */
function applyCues(found: Mention[], parts: Part[], tokens: Token[], start: number, end: number): void {
  const first = found[0];
  const wordBefore = wordAt(tokens, before(tokens, start));
  if (first && !first.kind && first.words[0] === parts[0]?.words[0]) {
    if (ROLE_NOUNS.has(wordBefore)) first.personCue = true;
    if (ORG_NOUNS.has(wordBefore)) first.kind = 'organisation';
  }
  const last = found[found.length - 1];
  if (!last || last.kind) return;
  const { said, who } = speaks(tokens, end);
  last.saidCue ||= said;
  last.personCue ||= who;
  if (!tokens[end - 1]?.endsName && orgNounAfter(tokens, end)) last.kind = 'organisation';
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
function acronymDefinition(last: Mention | undefined, tokens: Token[], end: number, seenLower: ReadonlySet<string>): [string, string] | undefined {
  const acronym = wordAt(tokens, end + 1);
  if (!last || tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || !isAcronym(acronym, seenLower)) return undefined;
  const initials = last.words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
  const letters = acronym.replace(/&/g, '').toLowerCase();
  const matches = letters[0] === initials[0] && isSubsequence(initials, letters) && isSubsequence(letters, last.words.join('').toLowerCase());
  return matches ? [last.name, acronym] : undefined;
}

export function namesInParagraph(tokens: Token[], seenLower: ReadonlySet<string>): ParagraphNames {
  const result: ParagraphNames = { mentions: [], acronyms: [] };
  let i = 0;
  while (i < tokens.length) {
    if (!isNameStart(tokens[i])) {
      i++;
      continue;
    }
    const { parts, end } = readRun(tokens, i, seenLower);
    if (parts.length > 0 && !isLanguage(parts, tokens, i, end)) {
      const found = namesInRun(parts, seenLower);
      applyCues(found, parts, tokens, i, end);
      result.mentions.push(...found);
      const definition = acronymDefinition(found[found.length - 1], tokens, end, seenLower);
      if (definition) result.acronyms.push(definition);
    }
    i = Math.max(end, i + 1);
  }
  return result;
}
