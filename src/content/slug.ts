// URL slugs: a handful of ASCII words, safe as one path segment on every file system and server.
import { slugify, slugWords } from './slugify.js';

/** Longest slug we make from a headline; long enough to be telling, short enough to share. */
const MAX_LENGTH = 60;
const MAX_WORDS = 8;
const FILLER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'by', 'with', 'from', 'as']);

/** Slug from a headline: its first significant words, transliterated to ASCII. */
export function slugFromTitle(title: string): string {
  const words = slugWords(title, { decamelize: false });
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    if (kept.length === 0 && FILLER.has(word)) continue;
    const joined = kept.length === 0 ? word.length : length + 1 + word.length;
    if (kept.length >= MAX_WORDS || joined > MAX_LENGTH) break;
    kept.push(word);
    length = joined;
  }
  while (kept.length > 1 && FILLER.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join('-') || 'article';
}

/**
 * Cleans a slug an editor wrote. Returns the clean slug and whether it had to change, so the build
 * can warn: a slug is one path segment, never `..`, a slash or anything outside `[a-z0-9-]`.
 */
export function cleanSlug(input: string): { slug: string; changed: boolean } {
  const slug = slugify(input, { decamelize: false }).slice(0, 100).replace(/-+$/, '');
  const safe = slug || 'article';
  return { slug: safe, changed: safe !== input };
}
