// What parsing takes from the site's config: small, so the main thread can key the parse cache
// without loading the parser itself.
import type { SiteConfig } from '../config.js';

export interface ParseOptions {
  /** Language of articles that do not name one (the site's language). */
  defaultLang: string;
  /** Find people, places and organisations in the text as topics too (two thirds of a parse), or take tags alone. */
  findTopics: boolean;
  /** List the words of each article for the search index (the site has search); absent, none. */
  searchWords?: boolean;
}

export function parseOptionsOf(config: Pick<SiteConfig, 'language' | 'topics' | 'search'>): ParseOptions {
  return { defaultLang: config.language, findTopics: config.topics === 'all', searchWords: config.search };
}
