// Owns headline tense: headlines report news in the present ("NASA launches probe"), and the
// future as "to" ("NASA to launch probe"), while ledes use the past and "will". Only the main
// verb changes, and only when its base form can be rebuilt by rule or from a short table.

function wordSet(words: string): Set<string> {
  return new Set(words.split(' '));
}

/**
 * Irregular past forms (simple past and participle) and their base form. A Map, not an object: a
 * lede's "constructor" must not find Object.prototype's.
 */
const IRREGULAR = new Map(Object.entries({
  found: 'find', made: 'make', won: 'win', led: 'lead', met: 'meet', left: 'leave',
  lost: 'lose', sent: 'send', held: 'hold', spent: 'spend', built: 'build', brought: 'bring',
  bought: 'buy', caught: 'catch', kept: 'keep', paid: 'pay', sold: 'sell', shot: 'shoot',
  struck: 'strike', told: 'tell', heard: 'hear', taught: 'teach', took: 'take',
  taken: 'take', saw: 'see', seen: 'see', began: 'begin', begun: 'begin', became: 'become',
  gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come', ran: 'run', flew: 'fly',
  flown: 'fly', fell: 'fall', fallen: 'fall', broke: 'break', broken: 'break', chose: 'choose',
  chosen: 'choose', drew: 'draw', drawn: 'draw', grew: 'grow', grown: 'grow', knew: 'know',
  known: 'know', rose: 'rise', risen: 'rise', spoke: 'speak', spoken: 'speak', stood: 'stand',
  threw: 'throw', thrown: 'throw', wrote: 'write', written: 'write', got: 'get',
  sought: 'seek', fought: 'fight', thought: 'think', slept: 'sleep', swept: 'sweep',
}));
/** Words ending in "ed" that are not past forms of a regular verb. */
const NOT_PAST = wordSet(
  'need feed speed seed bleed breed greed shed bed red wed sped fled bred hundred kindred ' +
  'naked wicked sacred beloved crooked ragged rugged',
);
/** "unmanned", "unexplained" are adjectives; these few "un-" verbs are news verbs. */
const UN_VERBS = /^un(?:veil|cover|leash|earth|lock|fold|ravel|der(?:m|l|t|g|w|sc|cut))/;
/** Stem endings after which "-ed" dropped a silent "e": "announc|ed", "arriv|ed", "retir|ed". */
const SILENT_E = new RegExp(
  '(?:c|v|u|creat|[^z]z|[rdl]g|[aeu]ng|[^aeo]at|[^o]ut|let|[^a]ir|[^o]ur|[^eo]ar|' +
  '(?<!oc)(?<!bi)[^s]s|[bcdfgkptz]l|[^oa]id|[^oe]ad|[^o]od|[^o]ud|[^o]ok|[^eo]ak|ik|sum|' +
  '[^aeo]am|[^a]im|[^aou]in|ap|[^a]ul|pon|[^ol]ot|[^aeo]il|(?:pl|st|gn|sc)or|ys)$',
);
/** A single-vowel monosyllable ending in one consonant ("hop|ed", "vot|ed") kept its "e". */
const SHORT_SYLLABLE = /^[^aeiouy]*[aeiou][^aeiouwxy]$/;
/** Consonants that "-ed" doubles after a stressed short vowel: "occurr|ed", "plann|ed". */
const DOUBLED = /([bgmnprt])\1$|..dd$/;

/** The base form of a regular past form ("launched" → "launch"), or undefined when unsure. */
export function baseOf(past: string): string | undefined {
  const word = past.toLowerCase();
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (!/^[a-z]{2,}ed$/.test(word)) return undefined;
  const stem = word.slice(0, -2);
  if (NOT_PAST.has(word) || !/[aeiouy]/.test(stem)) return undefined;
  if (/^un/.test(word) && !UN_VERBS.test(word)) return undefined;
  if (/[^d]eed$/.test(word)) return word.slice(0, -1);
  if (/ied$/.test(word)) return word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  // "cancelled" → "cancel", "fuelled" → "fuel", but "smelled" → "smell".
  if (/elled$/.test(word)) {
    return word.length >= 8 || /[aeiou]elled$/.test(word) ? stem.slice(0, -1) : stem;
  }
  if (DOUBLED.test(stem)) return stem.slice(0, -1);
  if (/e$/.test(stem)) return stem;
  if (SILENT_E.test(stem) || SHORT_SYLLABLE.test(stem)) return `${stem}e`;
  return stem;
}

/** Third person singular present: "launch" → "launches", "deny" → "denies", "go" → "goes". */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|^go|^do)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Words that end a scan for the main verb: a passive, a copula or a relative clause starts. */
const STOP_WORDS = wordSet(
  'is are was were be been being had not who which that whose when where if because would ' +
  'could should might must can may shall do does did',
);
/** Participles that without an auxiliary are nearly always a reduced passive ("based on"). */
const REDUCED_PASSIVE = wordSet(
  'based located scheduled planned designed expected supposed slated called named dubbed ' +
  'titled entitled known born made set aimed intended used related involved considered ' +
  'believed said reported',
);
/** Participles that are never a simple past: "images taken from orbit". */
const PARTICIPLE_ONLY = /^(?:\p{Ll}+en|gone|begun|flown|drawn|grown|known|thrown|seen)$/u;
/** Subjects that cannot take "to" for "will": "There will be" → not "There to be". */
const PRONOUN = /^(?:there|it|he|she|they|we|i|you|this|that|these|those|which|who)$/i;
/** A capitalised first word ending in "s" is a plural common noun only with a plural suffix:
 * "Astronomers", "Scientists", not "Huygens" or "Mars". */
const PLURAL_NOUN = /(?:and|er|ist|ian|ant|ent|or|ie|ive|al|ee|ut|ic|ary|te|ge|le|ce|ve)s$/i;
/** Words after which a past form is an adjective or participle, not the main verb. */
const NOT_BEFORE_VERB = wordSet(
  'a an the to of in on at by for from with into onto about as than its their his her our my ' +
  'your this these those newly recently',
);
const ADVERB = /^(?:just|also|now|finally|already|soon|\p{Ll}+ly)$/u;
const PREPOSITION = /^(?:of|in|on|at|for|from|with|aboard|near|behind|under|over|about|by)$/;

/** A sentence with its main verb in headline tense, and that verb ('' when unchanged), which the
 * shortener must keep since its verb patterns only know past forms. */
export interface Tensed {
  text: string;
  verb: string;
}

/** Puts the lede's main verb in headline tense: "NASA launched" → "NASA launches", "have found"
 * → "find", "will launch" → "to launch". Leaves the text alone when the verb is not clear. */
export function toHeadlineTense(text: string): Tensed {
  const changed = retense(text.split(' '));
  if (changed === undefined) return { text, verb: '' };
  const verb = withoutMark(changed.words[changed.at] ?? '');
  return { text: changed.words.join(' '), verb };
}

interface Change {
  words: string[];
  /** Index of the changed verb in words. */
  at: number;
}

function retense(words: string[]): Change | undefined {
  for (let i = 1; i < Math.min(words.length, 16); i += 1) {
    const [word = '', mark = ''] = splitMark(words[i] ?? '');
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower)) return undefined;
    if (lower === 'will') return replaceWill(words, i);
    if (lower === 'has' || lower === 'have') return replacePerfect(words, i, lower === 'have');
    // Most words are no past form: baseOf rules them out before the participle pattern runs.
    const base = word === lower ? baseOf(lower) : undefined;
    if (base === undefined || PARTICIPLE_ONLY.test(lower)) continue;
    const previous = (words[i - 1] ?? '').toLowerCase();
    const next = (words[i + 1] ?? '').toLowerCase();
    // Modifiers, not the main verb: "based in", "the planned launch", "India's launched rocket".
    if (REDUCED_PASSIVE.has(lower) || NOT_BEFORE_VERB.has(previous) || next === 'by') continue;
    if (/[;:]$|['’]s$|^\d/.test(previous) || insideAside(words.slice(0, i))) continue;
    // ", launched in 1993": a participial phrase after a comma, not the main verb.
    if (previous.endsWith(',') && PREPOSITION.test(next)) continue;
    words[i] = (pluralSubject(words.slice(0, i)) ? base : thirdPerson(base)) + mark;
    return { words, at: i };
  }
  return undefined;
}

/** "broken," → ["broken", ","]: the verb and the punctuation that follows it. */
function splitMark(word: string): string[] {
  const bare = withoutMark(word);
  return [bare, word.slice(bare.length)];
}

/** "broken," → "broken": a word without the comma, colon or semicolon after it. */
export function withoutMark(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x2c || last === 0x3b || last === 0x3a ? word.slice(0, -1) : word;
}

function replaceWill(words: string[], at: number): Change | undefined {
  const next = words[at + 1] ?? '';
  const previous = words[at - 1] ?? '';
  if (!/^\p{Ll}+$/u.test(next) || next === 'not' || PRONOUN.test(previous)) return undefined;
  words[at] = 'to';
  return { words, at: at + 1 };
}

/** "has (just) found" → "(just) finds"; "has been" stays for the passive rules to handle. */
function replacePerfect(words: string[], at: number, plural: boolean): Change | undefined {
  const adverb = ADVERB.test(words[at + 1] ?? '') ? 1 : 0;
  const [participle = '', mark = ''] = splitMark(words[at + 1 + adverb] ?? '');
  const base = participle === participle.toLowerCase() ? baseOf(participle) : undefined;
  if (base === undefined || participle === 'been') return undefined;
  words[at + 1 + adverb] = (plural ? base : thirdPerson(base)) + mark;
  words.splice(at, 1);
  return { words, at: at + adverb };
}

/** An aside opened and not closed: "Amphon, 62-year-old Thai jailed for …, died". A comma
 * followed by a capitalised word ends a scene-setter instead: "This evening, Russian rocket". */
function insideAside(subject: string[]): boolean {
  const commas = subject.flatMap((w, i) => (w.endsWith(',') ? [i] : []));
  if (commas.length % 2 === 0) return false;
  // Right after an opening comma: a participial phrase, "Juno, launched in 2011, …".
  const after = subject[(commas.at(-1) ?? -2) + 1];
  return after === undefined || !/^\p{Lu}/u.test(after);
}

/** A preposition or participle after the head noun: "Scientists | studying data". */
const isSubjectEnd = (word: string, at: number): boolean =>
  at > 0 && (PREPOSITION.test(word) || /^\p{Ll}+ing$/u.test(word));

/** "Astronomers", "Chiao and Sharipov", "Scientists studying data" take a plural verb. */
function pluralSubject(words: string[]): boolean {
  // After a scene-setter the subject follows its comma; before an aside it precedes it.
  const last = words.reduce((found, w, i) => (w.endsWith(',') ? i : found), -1);
  const afterScene = /^\p{Lu}/u.test(words[last + 1] ?? '');
  const first = words.findIndex((w) => w.endsWith(','));
  const subject = last < 0 ? words : afterScene ? words.slice(last + 1) : words.slice(0, first + 1);
  if (subject.some((w) => w === 'and' || w === '&')) return true;
  let head = subject.length - 1;
  const end = subject.findIndex(isSubjectEnd);
  if (end > 0) head = end - 1;
  while (head > 0 && ADVERB.test(subject[head] ?? '')) head -= 1;
  const noun = subject[head] ?? '';
  // Irregular plurals, and the counts a crowd is told in: "Hundreds of residents gather".
  if (/^(?:people|police|children|men|women|dozens|scores|hundreds|thousands|millions|billions)$/i.test(noun)) return true;
  if (noun !== noun.toLowerCase()) return head === 0 && PLURAL_NOUN.test(noun);
  return /[^su'’]s$/.test(noun) && !/(?:ss|us|is|news|ics)$/.test(noun);
}
