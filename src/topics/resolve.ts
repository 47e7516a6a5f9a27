// Counts an article's names as topics: one per real-world thing however it is spelled (a surname
// folds into the full name, an acronym into its long form), and keeps the ones the article is about.

import type { FoundEntity } from './extract.js';
import { FOREIGN_ARTICLES, NOT_PERSON, ORG_SUFFIXES, TITLE_MODIFIERS, isOffice } from './lexicon.js';
import { startsUpper } from './chars.js';
import type { EntityKind, Mention } from './segment.js';
import type { WordSet } from './lower-words.js';

/** Everything known about one name across the article. */
interface Candidate {
  /** The name without middle initials, so "Mark E. Kelly" and "Mark Kelly" count together. */
  key: string;
  /** As shown to readers: the key, so every article spells a person's topic the same way. */
  name: string;
  words: string[];
  kind?: EntityKind;
  mentions: number;
  /** Order of the first mention, for a stable tie-break. */
  first: number;
  /** Named in the headline or the top paragraphs, where a story says what it is about. */
  prominent: boolean;
  personCue: boolean;
  saidCue: boolean;
  /** Has absorbed a shorter form ("Ashtiani"): full name then surname is how people are named. */
  absorbed: boolean;
  /** Some mention held a place name ("Mars Odyssey"), so it is not a person. */
  placeInside: boolean;
  /** A gazetteer name: its kind is certain. */
  known: boolean;
  /** Whether its words could be a person's name, once asked. */
  personShape?: boolean;
}

/** The names of one article, as they are counted. */
export interface Tally {
  candidates: Map<string, Candidate>;
  /** Name a folded name now counts under ("Ashtiani" → "Mohammad Reza Ashtiani"). */
  aliases: Map<string, string>;
  /** Words the article writes in lower case: a name made only of these is a phrase. */
  seenLower: WordSet;
  seen: number;
}

export function newTally(seenLower: WordSet): Tally {
  return { candidates: new Map(), aliases: new Map(), seenLower, seen: 0 };
}

const INITIAL = /^\p{Lu}\.?$/u;
/** "E." in "Mark E. Kelly"; the regex only runs on words short enough to be one. */
const isInitial = (word: string): boolean => word.length <= 3 && INITIAL.test(word);

function keyOf(mention: Mention): string {
  if (mention.kind || mention.words.length < 3) return mention.name;
  const words = mention.words.filter((word) => !isInitial(word));
  return words.length >= 2 ? words.join(' ') : mention.name;
}

export function addMention(tally: Tally, mention: Mention, prominent: boolean): void {
  const key = keyOf(mention);
  const existing = tally.candidates.get(key);
  const order = tally.seen++;
  if (key !== mention.name) tally.aliases.set(mention.name, key);
  if (!existing) {
    const { kind, personCue, saidCue, placeInside, known } = mention;
    const words = key === mention.name ? mention.words : key.split(' ');
    tally.candidates.set(key, {
      key, name: key, words, kind, personCue, saidCue, placeInside, known, mentions: 1, first: order, prominent, absorbed: false, personShape: undefined,
    });
    return;
  }
  existing.mentions++;
  existing.kind ??= mention.kind;
  existing.prominent ||= prominent;
  existing.personCue ||= mention.personCue;
  existing.saidCue ||= mention.saidCue;
  existing.placeInside ||= mention.placeInside;
  existing.known ||= mention.known;
}

/** Counts a headline mention of a name the body already uses (a headline alone proves little). */
export function addHeadlineMention(tally: Tally, name: string): boolean {
  const host = tally.candidates.get(tally.aliases.get(name) ?? name);
  if (!host) return false;
  host.mentions++;
  host.prominent = true;
  return true;
}

/** Most words in a name `addHeadlineMention` can count (a candidate's or an alias's), as words
 * joined by single spaces: a run of headline words longer than that cannot be one. */
export function mostNameWords(tally: Tally): number {
  let most = 0;
  for (const name of tally.candidates.keys()) most = Math.max(most, wordCount(name));
  for (const name of tally.aliases.keys()) most = Math.max(most, wordCount(name));
  return most;
}

function wordCount(name: string): number {
  let count = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) count++;
  return count;
}

function merge(tally: Tally, from: Candidate, into: Candidate): void {
  into.mentions += from.mentions;
  into.first = Math.min(into.first, from.first);
  into.prominent ||= from.prominent;
  into.personCue ||= from.personCue;
  into.saidCue ||= from.saidCue;
  into.absorbed = true;
  tally.candidates.delete(from.key);
  tally.aliases.set(from.key, into.key);
  for (const [alias, target] of tally.aliases) if (target === from.key) tally.aliases.set(alias, into.key);
}

/** "Union of Concerned Scientists (UCS)" and a later "UCS" are one organisation, shown by its
 * long name, which readers know better than initials. */
export function foldAcronyms(tally: Tally, definitions: Array<[string, string]>): void {
  for (const [long, acronym] of definitions) {
    const into = tally.candidates.get(long);
    const from = tally.candidates.get(acronym);
    if (!from || !into || from === into || into.kind !== 'organisation' || from.kind) continue;
    merge(tally, from, into);
  }
}

function endsWith(long: string[], short: string[]): boolean {
  for (let k = 0; k < short.length; k++) if (long[long.length - short.length + k] !== short[k]) return false;
  return true;
}

const lastWordOf = (candidate: Candidate): string => candidate.words[candidate.words.length - 1]!;
const mayBePerson = (candidate: Candidate): boolean => !candidate.kind || candidate.kind === 'person';

/** Folds "Ashtiani" and "Reza Ashtiani" into "Mohammad Reza Ashtiani" (the longest, then most used). */
export function foldSurnames(tally: Tally): void {
  // A name can only end with a shorter one if it ends with the same word, and only a person's
  // name of two or more words can take one in: only those are tried (most articles have few).
  const hosts = new Map<string, Candidate[]>();
  for (const candidate of tally.candidates.values()) {
    if (candidate.words.length < 2 || !mayBePerson(candidate)) continue;
    const last = lastWordOf(candidate);
    const sharing = hosts.get(last);
    if (sharing) sharing.push(candidate);
    else hosts.set(last, [candidate]);
  }
  if (hosts.size === 0) return;
  const shorts: Candidate[] = [];
  for (const candidate of tally.candidates.values()) if (mayBePerson(candidate) && hosts.has(lastWordOf(candidate))) shorts.push(candidate);
  shorts.sort((a, b) => a.words.length - b.words.length || a.first - b.first);
  for (const short of shorts) {
    let host: Candidate | undefined;
    for (const long of hosts.get(lastWordOf(short))!) {
      if (tally.candidates.get(long.key) !== long || long.words.length <= short.words.length) continue;
      if (!endsWith(long.words, short.words) || !hasPersonShape(long, tally.seenLower)) continue;
      if (!host || long.words.length > host.words.length || (long.words.length === host.words.length && long.mentions > host.mentions)) host = long;
    }
    if (host) merge(tally, short, host);
  }
}

const LATIN = /^[\p{Script=Latin}\p{M}.'-]+$/u;

const isJoinWord = (word: string): boolean => word === 'of' || word === 'for' || word === 'and' || word === '&';

/** One to four Latin-script name words, naming no thing ("Telescope"), office or place. Asked of a
 * candidate once per surname it might take in, so the answer is kept: its words do not change. */
function hasPersonShape(candidate: Candidate, seenLower: WordSet): boolean {
  return (candidate.personShape ??= isPersonShaped(candidate, seenLower));
}

function isPersonShaped(candidate: Candidate, seenLower: WordSet): boolean {
  if (candidate.placeInside || candidate.words.some(isJoinWord)) return false;
  const words = candidate.words.filter((w) => startsUpper(w));
  if (words.length < 1 || words.length > 4) return false;
  const lowers = words.map((w) => w.toLowerCase());
  const last = words[words.length - 1]!;
  const lastLower = lowers[lowers.length - 1]!;
  if (FOREIGN_ARTICLES.has(lowers[0]!) || isOffice(last) || TITLE_MODIFIERS.has(lastLower) || ORG_SUFFIXES.has(lastLower)) return false;
  if (lowers.every((lower) => seenLower.has(lower))) return false;
  return words.every((w, k) => LATIN.test(w) && !NOT_PERSON.has(lowers[k]!) && !/^\p{Lu}{2,}s?$/u.test(w));
}

/** Written in lower case here ("of") or elsewhere in the article. */
function isLowerCaseWord(word: string, seenLower: WordSet): boolean {
  const lower = word.toLowerCase();
  return word === lower || seenLower.has(lower);
}

function kindOf(candidate: Candidate, seenLower: WordSet): EntityKind | undefined {
  if (candidate.known) return candidate.kind;
  if (candidate.words.every((w) => isLowerCaseWord(w, seenLower))) return undefined;
  if (candidate.kind) return candidate.kind;
  if (!hasPersonShape(candidate, seenLower)) return undefined;
  const fullName = candidate.words.length >= 2;
  return candidate.personCue || (fullName && (candidate.saidCue || candidate.absorbed)) ? 'person' : undefined;
}

/** Names the article is about: a kind is known, and named often or prominently. */
export function rankEntities(tally: Tally, minMentions: number, maxEntities: number): FoundEntity[] {
  const found: Array<FoundEntity & { first: number }> = [];
  for (const candidate of tally.candidates.values()) {
    if (candidate.mentions < minMentions && !candidate.prominent) continue;
    const kind = kindOf(candidate, tally.seenLower);
    if (kind) found.push({ name: candidate.name, kind, mentions: candidate.mentions, first: candidate.first });
  }
  found.sort((a, b) => b.mentions - a.mentions || a.first - b.first || (a.name < b.name ? -1 : 1));
  return found.slice(0, maxEntities).map(({ name, kind, mentions }) => ({ name, kind, mentions }));
}
