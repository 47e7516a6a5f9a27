// Turns one run of capitalised words into the names inside it: "Iranian Defense Minister
// Mohammad Reza Ashtiani" is the place Iran and the person Mohammad Reza Ashtiani.

import type { GazetteerEntry } from './gazetteer.js';
import {
  DIRECTIONS,
  GENERIC_ORG_WORDS,
  NOT_ACRONYMS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PLACE_OF_PREFIXES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  TITLE_MODIFIERS,
  isOffice,
  isOfficeKey,
} from './lexicon.js';
import type { WordSet } from './lower-words.js';

export type EntityKind = 'person' | 'place' | 'organisation';

/** One piece of a run: a gazetteer name, a plain capitalised word, or a connector ("of"). */
export interface Part {
  /** Words as written. */
  words: string[];
  entry?: GazetteerEntry;
  connector: boolean;
  /** The words lower-cased, without a final period: set by the reader when it has them at hand,
   * else by `lower` on first use. */
  lower?: string;
}

/** A name found in a run, before the article-wide counting. */
export interface Mention {
  /** The name as it will be shown: cleaned text, or the gazetteer's name ("United States"). */
  name: string;
  /** Words of the name as written, for matching a later surname. */
  words: string[];
  /** Kind proved by the words themselves: a gazetteer name, an "Agency" or "Province" ending. */
  kind?: EntityKind;
  /** Introduced as a person: after a title or role noun, or followed by ", who". */
  personCue: boolean;
  /** Followed by a verb of speech ("Villanueva said"). */
  saidCue: boolean;
  /** Holds a place name ("Mars Odyssey", "New York Yankees"): named after a place, not a person. */
  placeInside: boolean;
  /** A gazetteer name, so its kind needs no other proof. */
  known: boolean;
}

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Asked of the same part many times over (suffix, prefix, modifier…), so computed once. */
const lower = (part: Part): string => (part.lower ??= withoutPeriod(part.words.join(' ')).toLowerCase());

/** "Mr." → "Mr", as `text.replace(/\.$/, '')` without a regex. */
export const withoutPeriod = (text: string): string => (text.charCodeAt(text.length - 1) === 0x2e ? text.slice(0, -1) : text);
const isPlain = (part: Part | undefined): part is Part => !!part && !part.entry && !part.connector;

/** The last item, or undefined for none: in V8, asking an array for item -1 is a slow property
 * look-up, not an element read, and runs and their segments are often empty here. */
export const lastOf = <T>(list: readonly T[]): T | undefined => (list.length > 0 ? list[list.length - 1] : undefined);

/** An all-capital word that reads as an organisation's initials ("IRNA"), not shouting ("WATCH"). */
export function isAcronym(word: string, seenLower: WordSet): boolean {
  // Most words asked about are capitalised names: their second letter rules them out before the regex.
  const second = word.charCodeAt(1);
  if (!((second >= 0x41 && second <= 0x5a) || second === 0x26)) return false;
  if (!/^[A-Z][A-Z&]{1,5}$/.test(word) || ROMAN.test(word)) return false;
  const key = word.toLowerCase();
  return !NOT_ACRONYMS.has(key) && !seenLower.has(key);
}

/** The parts without connectors at either end; `parts` itself when it has none there (no part
 * list is changed once made). */
function trimConnectors(parts: Part[]): Part[] {
  let start = 0;
  let end = parts.length;
  while (start < end && parts[start]!.connector) start++;
  while (end > start && parts[end - 1]!.connector) end--;
  return start === 0 && end === parts.length ? parts : parts.slice(start, end);
}

function nameOf(parts: Part[]): string {
  let name = '';
  for (let k = 0; k < parts.length; k++) {
    const words = parts[k]!.words;
    const text = words.length === 1 ? words[0]! : words.join(' ');
    name += k === 0 ? text : ` ${text}`;
  }
  return name;
}

function wordsOf(parts: Part[]): string[] {
  const words: string[] = [];
  for (const part of parts) for (const word of part.words) words.push(word);
  return words;
}

function mention(parts: Part[], kind?: EntityKind, personCue = false): Mention {
  let placeInside = false;
  for (const part of parts) placeInside ||= part.entry?.kind === 'place';
  const known = parts.length === 1 && !!parts[0]!.entry;
  return { name: nameOf(parts), words: wordsOf(parts), kind, personCue, saidCue: false, placeInside, known };
}

/** "Minister", "Dr.", and capitalised roles ("Blogger", "Flight Engineers"). */
const isTitle = (part: Part): boolean => isPlain(part) && (part.words.length === 1 ? isOfficeKey(lower(part)) : isOffice(part.words[0]!));

/** A word that may stand before "of" inside one name ("University of …", "Gulf of …"). */
function opensOfName(part: Part): boolean {
  const word = lower(part);
  return ORG_PREFIXES.has(word) || ORG_SUFFIXES.has(word) || PLACE_OF_PREFIXES.has(word);
}

const isOf = (part: Part | undefined): boolean => !!part?.connector && (part.words[0] === 'of' || part.words[0] === 'for');

/** "Steve Squyres of Cornell University" is two names; "University of Nairobi" is one. */
function splitAtOf(parts: Part[]): Part[][] {
  const at = parts.findIndex(isOf);
  if (at <= 0 || opensOfName(parts[0]!) || opensOfName(parts[at - 1]!)) return [parts];
  return [trimConnectors(parts.slice(0, at)), trimConnectors(parts.slice(at + 1))].filter((p) => p.length > 0);
}

/** Whether the run splits at `parts[k]`: an office title with a name after it, not "of" or an
 * organisation word ("Minister of Defence", "President Office"). */
function splitsAt(parts: Part[], k: number): boolean {
  const next = parts[k + 1];
  const nextIsOrgWord = isPlain(next) && ORG_SUFFIXES.has(lower(next));
  return isTitle(parts[k]!) && !!next && !next.connector && !nextIsOrgWord;
}

/** Splits at office titles; the words after a title name a person ("Minister Ashtiani"). */
function splitAtTitles(parts: Part[]): Array<{ parts: Part[]; afterTitle: boolean }> {
  let at = 0;
  while (at < parts.length && !splitsAt(parts, at)) at++;
  // Most runs hold no title: one segment, without building one to copy.
  if (at === parts.length) {
    const whole = trimConnectors(parts);
    return whole.length > 0 ? [{ parts: whole, afterTitle: false }] : [];
  }
  const segments = [{ parts: [] as Part[], afterTitle: false }];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (splitsAt(parts, k)) {
      const before = segments[segments.length - 1]!.parts;
      while (isPlain(lastOf(before)) && TITLE_MODIFIERS.has(lower(lastOf(before)!))) before.pop();
      segments.push({ parts: [], afterTitle: true });
    } else {
      segments[segments.length - 1]!.parts.push(part);
    }
  }
  return segments.map((s) => ({ parts: trimConnectors(s.parts), afterTitle: s.afterTitle })).filter((s) => s.parts.length > 0);
}

/** "Fars News Agency", "Bloggers Association of Kenya"; not a bare "Foreign Ministry". */
function isOrganisationName(parts: Part[]): boolean {
  const last = parts[parts.length - 1];
  const at = parts.findIndex(isOf);
  const beforeOf = at > 0 ? parts[at - 1] : undefined; // not parts[-2] when there is no "of" (see lastOf)
  const suffixed = isPlain(last) && ORG_SUFFIXES.has(lower(last));
  const prefixed = at > 0 && at < parts.length - 1 && isPlain(beforeOf) && (ORG_PREFIXES.has(lower(beforeOf)) || ORG_SUFFIXES.has(lower(beforeOf)));
  if (!suffixed && !prefixed) return false;
  return !parts.every(isGenericOrgWord);
}

const isGenericOrgWord = (p: Part): boolean =>
  p.connector || (isPlain(p) && (ORG_SUFFIXES.has(lower(p)) || TITLE_MODIFIERS.has(lower(p)) || GENERIC_ORG_WORDS.has(lower(p))));

/** "Tahrir Square", "Mount Kenya", "Hormozgan Province". */
function isPlaceName(parts: Part[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1];
  const first = parts[0]!;
  const prefixed = isPlain(first) && (PLACE_PREFIXES.has(lower(first)) || (PLACE_OF_PREFIXES.has(lower(first)) && parts[1]!.connector));
  return prefixed || (isPlain(last) && PLACE_SUFFIXES.has(lower(last)));
}

/** Splits a title-free segment into gazetteer names, acronyms and groups of other words. */
function splitNames(parts: Part[], seenLower: WordSet, afterTitle: boolean, found: Mention[]): void {
  const first = found.length;
  let group: Part[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const entry = part.entry;
    if (part.connector) {
      if (group.length > 0) group.push(part);
    } else if (entry && entry.kind === 'place' && !entry.demonym) {
      if (group.length > 0 && group.every(isDirection)) group = [];
      if (group.length > 0 || isPlain(parts[k + 1])) group.push(part);
      else found.push(named(mention([part], 'place'), entry.name));
    } else if (entry) {
      group = flush(group, found, afterTitle && found.length === first);
      found.push(named(mention([part], entry.kind), entry.name));
    } else if (part.words.length === 1 && isAcronym(part.words[0]!, seenLower)) {
      group = flush(group, found, afterTitle && found.length === first);
      found.push(mention([part]));
    } else {
      group.push(part);
    }
  }
  flush(group, found, afterTitle && found.length === first);
}

const isDirection = (part: Part): boolean => isPlain(part) && DIRECTIONS.has(lower(part));

/** Adds the group of plain words read so far as one name; returns a new, empty group. */
function flush(group: Part[], found: Mention[], personCue: boolean): Part[] {
  const words = trimConnectors(group);
  if (words.length > 0) found.push(mention(words, undefined, personCue));
  return [];
}

/** A gazetteer name is shown by the gazetteer's name for it ("United States" for "U.S."). */
function named(found: Mention, name: string): Mention {
  found.name = name;
  return found;
}

const isAnd = (part: Part): boolean => part.connector && (part.words[0] === 'and' || part.words[0] === '&');

/** "University of Arizona and Cornell University" is two names; "… of Aeronautics and Astronautics" one. */
function splitAtAnd(parts: Part[]): Part[][] {
  const pieces: Part[][] = [];
  let start = 0;
  for (let k = 0; k < parts.length; k++) {
    if (!isAnd(parts[k]!)) continue;
    const tail = trimConnectors(parts.slice(k + 1));
    if (tail[0]?.entry || /^[A-Z]{2,6}$/.test(tail[0]?.words[0] ?? '') || isOrganisationName(tail)) {
      pieces.push(trimConnectors(parts.slice(start, k)));
      start = k + 1;
    }
  }
  pieces.push(trimConnectors(start === 0 ? parts : parts.slice(start)));
  return pieces.filter((piece) => piece.length > 0);
}

/** The names in one run of capitalised words, in reading order. */
export function namesInRun(parts: Part[], seenLower: WordSet): Mention[] {
  if (parts.length === 1 && !parts[0]!.connector) return [soleName(parts[0]!)];
  const found: Mention[] = [];
  for (const piece of splitAtAnd(parts)) namesInPiece(piece, seenLower, found);
  return found;
}

/** What the splitting below makes of a run of one word or one gazetteer name (most runs): no
 * title, "of", "and" or suffix to split at, so the part itself, as the gazetteer names it. */
function soleName(part: Part): Mention {
  const { entry, words } = part;
  const name = entry ? entry.name : words.length === 1 ? words[0]! : words.join(' ');
  return { name, words: words.slice(), kind: entry?.kind, personCue: false, saidCue: false, placeInside: entry?.kind === 'place', known: !!entry };
}

function namesInPiece(parts: Part[], seenLower: WordSet, found: Mention[]): void {
  for (const segment of splitAtTitles(parts)) {
    const pieces = splitAtOf(segment.parts);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      if (isOrganisationName(piece)) found.push(mention(piece, 'organisation'));
      else if (isPlaceName(piece)) found.push(mention(piece, 'place'));
      else splitNames(piece, seenLower, segment.afterTitle && k === 0, found);
    }
  }
}
