// Looks names up in the embedded gazetteer, by every name and demonym a place or organisation
// goes by, so "U.S.", "US" and "United States" come back as one topic.

import { ORGANISATIONS } from './organisations.js';
import { CITIES, COUNTRIES, REGIONS, SKY } from './places.js';
import { HANDLE, type Tokens } from './token-list.js';
import { WordShapes } from './word-shapes.js';

export interface GazetteerEntry {
  /** The topic's name ("United States"). */
  name: string;
  kind: 'place' | 'organisation';
  /** Matched by an adjective or people-noun ("Iranian"), which may instead name a language. */
  demonym: boolean;
}

/** All-capital names, where case matters: "US" is not "us", "WHO" is not "Who". */
const exact = new Map<string, GazetteerEntry>();
/** Every other name, lower-cased, so "Bosnia And Herzegovina" in a headline still matches. */
const folded = new Map<string, GazetteerEntry>();
/** What one lower-cased run of words can still become, for reading names word by word. */
interface Prefix {
  /** All-capital names that lower-case to this run ("US" for "us"). */
  exact: string[];
  /** Whether some longer name starts with these words, so reading on may find it. */
  opensLonger: boolean;
}
/** Every name and every opening run of words of a longer name, lower-cased. */
const prefixes = new Map<string, Prefix>();

function prefixOf(lowerKey: string): Prefix {
  let prefix = prefixes.get(lowerKey);
  if (!prefix) prefixes.set(lowerKey, (prefix = { exact: [], opensLonger: false }));
  return prefix;
}

let longest = 1;

/** Key text the way the tokenizer leaves it: straight apostrophes, no possessive 's. */
function normalise(name: string): string {
  return name.replace(/’/g, "'").replace(/'s\b/g, '');
}

function add(alias: string, entry: GazetteerEntry): void {
  const key = normalise(alias);
  const words = key.split(' ');
  longest = Math.max(longest, words.length);
  for (let length = 1; length < words.length; length++) prefixOf(words.slice(0, length).join(' ').toLowerCase()).opensLonger = true;
  const isAcronym = !/\p{Ll}/u.test(key);
  const map = isAcronym ? exact : folded;
  const mapKey = isAcronym ? key : key.toLowerCase();
  if (!map.has(mapKey)) map.set(mapKey, entry);
  const prefix = prefixOf(key.toLowerCase());
  if (isAcronym && !prefix.exact.includes(key)) prefix.exact.push(key);
}

/** Demonyms get their plural too ("Iranian" → "Iranians"), except the ones that have none. */
function withPlural(demonym: string): string[] {
  return /(s|sh|ch|ese|x|z)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

function load(data: string, kind: GazetteerEntry['kind']): void {
  for (const line of data.trim().split('\n')) {
    const [names = '', demonyms = ''] = line.split(';');
    const aliases = names.split('|');
    const name = aliases[0]!;
    for (const alias of aliases) add(alias, { name, kind, demonym: false });
    for (const demonym of demonyms.split('|').filter(Boolean)) {
      for (const form of withPlural(demonym)) add(form, { name, kind, demonym: true });
    }
  }
}

load(COUNTRIES, 'place');
load(REGIONS, 'place');
load(CITIES, 'place');
load(SKY, 'place');
load(ORGANISATIONS, 'organisation');

/** The shapes of the prefixes: most capitalised words open no name, and are ruled out without hashing them. */
const prefixShapes = new WordShapes(prefixes.size);
for (const key of prefixes.keys()) prefixShapes.add(key);

const prefixAt = (lowerKey: string): Prefix | undefined => (prefixShapes.mayHold(lowerKey) ? prefixes.get(lowerKey) : undefined);

/** Most words in any name. */
export const LONGEST_NAME = longest;

/** The longest name that the words from `tokens[start]` (up to a mark or handle, and before `end`)
 * open with; reads word by word and stops as soon as no name starts with the words so far. */
export function longestNameAt(tokens: Tokens, start: number, end: number): { entry: GazetteerEntry; length: number } | undefined {
  let found: { entry: GazetteerEntry; length: number } | undefined;
  let lowerKey = '';
  for (let k = start; k < end && tokens.isWord(k) && !tokens.is(k, HANDLE); k++) {
    lowerKey = k === start ? tokens.lower(k) : `${lowerKey} ${tokens.lower(k)}`;
    const prefix = prefixAt(lowerKey);
    if (!prefix) break;
    const entry = exactAt(tokens, start, k, prefix) ?? folded.get(lowerKey);
    if (entry) found = { entry, length: k - start + 1 };
    if (!prefix.opensLonger) break;
  }
  return found;
}

/** The entry named exactly by each opening run of `tokens[start..end)`, by length (index 0 for one word). */
export function namesAt(tokens: Tokens, start: number, end: number): Array<GazetteerEntry | undefined> {
  const entries: Array<GazetteerEntry | undefined> = new Array(end - start).fill(undefined);
  let lowerKey = '';
  for (let k = start; k < end; k++) {
    lowerKey = k === start ? tokens.lower(k) : `${lowerKey} ${tokens.lower(k)}`;
    const prefix = prefixAt(lowerKey);
    if (!prefix) break;
    entries[k - start] = exactAt(tokens, start, k, prefix) ?? folded.get(lowerKey);
    if (!prefix.opensLonger) break;
  }
  return entries;
}

/** An all-capital name matches only as written: "US" is not "us". */
function exactAt(tokens: Tokens, start: number, last: number, prefix: Prefix): GazetteerEntry | undefined {
  if (prefix.exact.length === 0) return undefined;
  let key = tokens.text(start);
  for (let k = start + 1; k <= last; k++) key += ` ${tokens.text(k)}`;
  return exact.get(key);
}
