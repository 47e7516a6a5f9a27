// Looks names up in the embedded gazetteer, by every name and demonym a place or organisation
// goes by, so "U.S.", "US" and "United States" come back as one topic.

import { ORGANISATIONS } from './organisations.js';
import { CITIES, COUNTRIES, REGIONS, SKY } from './places.js';

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
/** Lower-cased first words of names longer than one word, to skip hopeless look-ups. */
const firstWords = new Set<string>();

let longest = 1;

/** Key text the way the tokenizer leaves it: straight apostrophes, no possessive 's. */
function normalise(name: string): string {
  return name.replace(/’/g, "'").replace(/'s\b/g, '');
}

function add(alias: string, entry: GazetteerEntry): void {
  const key = normalise(alias);
  const words = key.split(' ');
  longest = Math.max(longest, words.length);
  if (words.length > 1) firstWords.add(words[0]!.toLowerCase());
  const isAcronym = !/\p{Ll}/u.test(key);
  const map = isAcronym ? exact : folded;
  const mapKey = isAcronym ? key : key.toLowerCase();
  if (!map.has(mapKey)) map.set(mapKey, entry);
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

/** Most words in any name. */
export const LONGEST_NAME = longest;

/** The entry named exactly by these words, as the tokenizer wrote them. */
export function lookupName(words: readonly string[]): GazetteerEntry | undefined {
  const key = words.join(' ');
  return exact.get(key) ?? folded.get(key.toLowerCase());
}

/** Whether some name of two or more words starts with this word. */
export function startsLongName(word: string): boolean {
  return firstWords.has(word.toLowerCase());
}
