// Language and writing direction of an article: from front matter, else guessed from its script.

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const HEBREW = /[\u0590-\u05FF]/g;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LETTER = /\p{L}/gu;

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/** A language guessed from the script when most letters are Arabic or Hebrew; undefined otherwise. */
const ANY_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export function scriptLanguage(text: string): string | undefined {
  const sample = text.slice(0, 4000);
  // Most articles have no Hebrew or Arabic letter at all: one cheap test spares counting every letter.
  if (!ANY_RTL.test(sample)) return undefined;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  const arabic = sample.match(ARABIC)?.length ?? 0;
  const hebrew = sample.match(HEBREW)?.length ?? 0;
  if (arabic / letters > 0.5) return 'ar';
  if (hebrew / letters > 0.5) return 'he';
  return undefined;
}

/** True when the string is a plausible BCP 47 tag (`en`, `en-GB`, `zh-Hant-TW`). */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
