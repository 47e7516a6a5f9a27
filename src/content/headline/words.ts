// Owns what every headline step shares about words: counting them, the verbs that make a clause,
// the words a headline cannot end on, and removing patterns and tidying the seams they leave.
import { WORDLIKE } from './lede.js';

/** Fewer words than this is a fragment: a cut or removal leaving it takes the clause with it. */
export const MIN_WORDS = 4;

/** Irregular verbs whose past participle is also their simple past: "has held" → "held". */
export const SAME_PAST =
  '(?:won|made|left|led|met|found|got|held|hit|lost|sent|set|spent|built|brought|bought|' +
  'caught|kept|paid|sold|shot|struck|told|said|heard|meant|read|taught)';
/** Finite verbs that close an aside ("X, a student in Iaşi, Romania, won …") or make a clause. */
export const VERB =
  '(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|' +
  'took|saw|began|became|gave|went|came|ran|flew|fell|broke|chose|drew|grew|knew|rose|spoke|' +
  `stood|threw|wrote|says|plans|faces|warns|${SAME_PAST}|\\p{Ll}{3,}ed)`;
const HAS_VERB = new RegExp(`\\s${VERB}\\b`, 'u');

export function hasFiniteVerb(text: string): boolean {
  return HAS_VERB.test(text);
}

/**
 * A pattern to remove, and cues: lower-case strings at least one of which every match contains.
 * Most patterns match in few ledes, and looking for a few cues costs far less than trying the
 * pattern. Ten cues cost about as much as a pattern (digits, months): such patterns go without.
 * Cues suit patterns that are case-sensitive or `i` without `u`: only then can no non-ASCII
 * character match an ASCII letter of the pattern.
 */
export interface Removal {
  pattern: RegExp;
  /** Empty when the pattern has no cheap cue: it is always tried. */
  cues: readonly string[];
}

export function removal(pattern: RegExp, ...cues: string[]): Removal {
  return { pattern, cues };
}

export function removeAll(text: string, removals: readonly Removal[], by = ''): string {
  let result = text;
  let lower = text.toLowerCase();
  for (const { pattern, cues } of removals) {
    if (cues.length > 0 && !includesAny(lower, cues)) continue;
    const removed = result.replace(pattern, by);
    if (removed === result) continue;
    result = removed;
    lower = result.toLowerCase();
  }
  return result;
}

function includesAny(text: string, cues: readonly string[]): boolean {
  for (const cue of cues) if (text.includes(cue)) return true;
  return false;
}

/** Any seam `tidy` repairs; most text has none, and one test spares its four passes. */
const UNTIDY = /\s[\s,;:]|[,;:]\s*[,;:]|^[\s,;:—–-]|[\s,;:—–-]$/;
/** White space and the marks a removal can leave at the ends of text. */
const SEAM_MARK = /[\s,;:—–-]/;

/** Repairs the seams left by removals: doubled spaces, orphaned or doubled commas. */
export function tidy(text: string): string {
  if (!UNTIDY.test(text)) return text;
  const squeezed = text
    .replace(/\s+([,;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/\s{2,}/g, ' ');
  return trimWhile(squeezed, SEAM_MARK);
}

/**
 * `text` without the characters matching `mark` (a one-character class) at its ends, as
 * `replace(/^[…]+|[…]+$/g, '')` would give: tested from the ends inward, where that pattern tries
 * from every space of the text.
 */
function trimWhile(text: string, mark: RegExp): string {
  let start = 0;
  while (start < text.length && mark.test(text.charAt(start))) start += 1;
  return trimEndWhile(start === 0 ? text : text.slice(start), mark);
}

/** `text` without the characters matching `mark` at its end: `replace(/[…]+$/, '')`. */
export function trimEndWhile(text: string, mark: RegExp): string {
  let end = text.length;
  while (end > 0 && mark.test(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** Words are the space-separated tokens with a letter or digit; scanned, not split, as every
 * candidate cut is counted. */
export function wordCount(text: string): number {
  let count = 0;
  for (let start = 0; start <= text.length; ) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space;
    if (isWordlike(text, start, end)) count += 1;
    start = end + 1;
  }
  return count;
}

/** `WORDLIKE.test(text.slice(start, end))`, deciding ASCII by code and only the rest by regex. */
function isWordlike(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return WORDLIKE.test(text.slice(i, end));
    const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    if (letter || (code >= 0x30 && code <= 0x39)) return true;
  }
  return false;
}

/** Words a headline cannot end on without reading as cut off. */
const DANGLING = new Set(
  ('a an the of to in on at for with by from as into onto about over under after before than ' +
    'via per near during between among against through and or but nor so yet that which who ' +
    'whom whose where when while because although if is are was were be been being has have ' +
    'had will would can could should may might must shall do does did its their his her our ' +
    'my your not very also starting beginning ending located based scheduled planned set due'
  ).split(' '),
);
const SPACE = /\s/;

/** Drops what makes a cut look unfinished: a last "and"/"the", a lone ", planned", punctuation. */
export function trimDangling(text: string): string {
  let result = trimEndWhile(text.replace(/,\s\p{Ll}+$/u, ''), SEAM_MARK);
  for (let space = lastWordSpace(result); space >= 0; space = lastWordSpace(result)) {
    if (!DANGLING.has(result.slice(space + 1).toLowerCase())) break;
    result = trimEndWhile(result.slice(0, space), SEAM_MARK);
  }
  return result;
}

/** Where the space before the last word is, as `/\s(\S+)$/` finds it; -1 when there is none. */
function lastWordSpace(text: string): number {
  let start = text.length;
  while (start > 0 && !SPACE.test(text.charAt(start - 1))) start -= 1;
  return start === 0 || start === text.length ? -1 : start - 1;
}
