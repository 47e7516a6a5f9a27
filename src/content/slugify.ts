// Slugs exactly as @sindresorhus/slugify makes them, without its cost for the text most titles are:
// ASCII and typographic quotes and dashes. Its transliteration (a pattern of some 1,900 characters,
// three Unicode normalisations) changes nothing there, so anything else is still handed to it.
import packageSlugify from '@sindresorhus/slugify';

export interface Options {
  /** Split camelCase words first ("iPhone" → "i-phone"); on by default, as in the package. */
  decamelize?: boolean;
}

/**
 * Text the package's transliteration leaves alone but for the steps below: no character here is a
 * key of its replacement table or composes under Unicode normalisation; ‘’“”… are not letters, and
 * –— become separators as the package's dash rule makes them.
 */
const PLAIN = /^[\x00-\x7f‘’“”–—…]*$/;
/** The ASCII characters the package drops as diacritics (Unicode `Diacritic`). */
const DIACRITIC = /[\^`]/g;
/** "Conway's Law" → "conways-law": the package drops a word-final apostrophe before t or s. */
const CONTRACTION = /([a-z\d])['\u2019]([ts])(?![a-z\d])/gi;
const SEPARATORS = /[^a-z\d]+/;

/** `@sindresorhus/slugify`'s result for `text` with its default options but `decamelize`. */
export function slugify(text: string, options: Options = {}): string {
  return slugWords(text, options).join('-');
}

/** The words of `slugify`'s result, for callers that pick some of them. */
export function slugWords(text: string, options: Options = {}): string[] {
  const decamelize = options.decamelize ?? true;
  if (!PLAIN.test(text)) return packageSlugify(text, { decamelize }).split('-').filter(Boolean);
  const plain = text.replaceAll('&', ' and ').replace(DIACRITIC, '');
  const lower = (decamelize ? splitCamelCase(plain) : plain).toLowerCase();
  return lower.replace(CONTRACTION, '$1$2').split(SEPARATORS).filter(Boolean);
}

/** The package's camelCase rule, pattern for pattern: "FOO360" → "FOO 360", "APIUsage" → "API Usage". */
function splitCamelCase(text: string): string {
  return text
    .replaceAll(/([A-Z]{2})(\d+)/g, '$1 $2')
    .replaceAll(/([a-z\d])([A-Z])/g, '$1 $2')
    .replaceAll(/([A-Z])([A-Z](?!s(?![a-z]))[a-z\d]+)/g, '$1 $2');
}
